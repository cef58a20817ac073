"""Golden data, evaluation runner and benchmarks."""
