"""Extraction: the only package that imports spaCy."""
