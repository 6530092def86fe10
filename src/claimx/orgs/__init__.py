"""Organisations: names found by lexicon, patterns and institutional structure."""
