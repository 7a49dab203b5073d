"""Benchmarks: each case times the project against a raw SQLite baseline doing the same work in the same run."""
