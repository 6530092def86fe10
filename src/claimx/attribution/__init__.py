"""Attribution: who (actor), what (subject) and when (horizon) of every figure.

Reads the parsed `Doc` and what the earlier stages left on it (`doc._.claimx_quantities`,
`claimx_dates`, `claimx_orgs`, `claimx_published`); data `subjects.yaml`, `actors.yaml`,
`horizons.yaml`. Writes one `Attributed` a figure (subject, actor and its source, horizon,
evidence sentence) to `doc._.claimx_attributed`: `subjects.py`, `actors.py`, `horizons.py` each
decide one attribute, `attribute.py` runs them per figure with the per-document facts (country,
main actor, period) computed once.
"""
