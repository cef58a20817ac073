"""Enforcement-law assistant: grounded, cited answers on enforcing court judgments."""
