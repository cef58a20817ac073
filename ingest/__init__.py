"""Corpus parsing, chunking, embedding and indexing."""
