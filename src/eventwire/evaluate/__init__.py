"""Evaluation: gold loaders and pure scorers. The CLI runs extraction and hands results here."""
