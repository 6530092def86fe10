"""One adapter per system the benchmarks run, each mapping its output to GOLD_FORMAT records.

Every adapter module has NAME, TYPES (the mention types it competes on), LIMITS (corpus -> what
the peer cannot do there), `load()` (model loading, timed apart) and
`extract(docs, types) -> Iterator[list[Record]]`.
"""

SYSTEMS = {
    "claimx": "adapters.claimx_adapter",
    "recognizers": "adapters.recognizers",
    "quantulum3": "adapters.quantulum",
    "dateparser": "adapters.dateparser_peer",
    "spacy-ner": "adapters.spacy_ner",
}
