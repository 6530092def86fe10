"""Figures: numbers (digits and words), units and currencies in context, qualifiers, quantities
and counted nouns.

Reads the raw text (and, for `counts.py` only, the parts of speech of its `Doc`); data
`units.yaml`, `currencies.yaml`, `scales.yaml`, `number_words.yaml`, `qualifiers.yaml`,
`not_quantities.yaml`. Writes `QuantityReading`s (offsets, value or range, canonical unit,
dimension, qualifier, scale), then `(reading, counted lemma)` pairs. Modules, in reading order:
`numbers.py` (digits; words through `number_words.py`, `number_grammar.py`, `number_lexicon.py`),
`units.py` and `unit_context.py` (the unit around a number), `qualifiers.py`, `ratios.py`
("un jeune sur quatre": 25 %), `quantities.py` (figures and ranges: `find_quantities`),
`currency_context.py` (currencies left to the context), `price_context.py` (the priced unit a
sentence names away from the amount), `counts.py` (the counted noun), `precision.py` (the step
of the last stated digit).
In the pipeline: `doc._.claimx_figures` (text only), then `doc._.claimx_quantities`.
"""
