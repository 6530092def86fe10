"""Figures: numbers (digits and words), units and currencies in context, qualifiers, quantities
and counted nouns."""
