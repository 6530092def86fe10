"""Dates: temporal expressions and the publication date that resolves relative ones."""
