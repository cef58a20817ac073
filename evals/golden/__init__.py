"""Golden question sets written from the corpus."""
