"""Organisations: names found by lexicon, patterns and institutional structure.

Reads the parsed `Doc` (its text and the entities the base model proposes); data `orgs.tsv`,
`orgs_words.yaml`, `orgs_places.yaml`, `orgs_patterns.yaml` (compiled by `tables.py`). Writes
`OrgReading`s (offsets, canonical name): `sources.py` proposes candidates, `judge.py` cleans and
rejects them, `references.py` adds later mentions, `folding.py` holds the name keys, and
`find.py` puts them together (`find_orgs`). In the pipeline: `doc._.claimx_orgs`.
"""
