"""Dates: temporal expressions and the publication date that resolves relative ones.

Reads the raw text and the publication date (`doc._.claimx_published`, found by `published.py`
when the caller gives none); data `dates.yaml`, `dates_published.yaml`, `dates_holidays.yaml`.
Writes `DateReading`s (offsets, ISO value, granularity): `find.py` finds them with the patterns
`lexicon.py` compiles, `readers.py` reads each pattern kind (with `calendar_math.py` and
`holidays.py`), `checks.py` rejects years inside names and amounts. In the pipeline:
`doc._.claimx_dates`.
"""
