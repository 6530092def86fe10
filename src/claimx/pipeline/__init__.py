"""The spaCy pipeline: sentence boundaries, components, record building and chunking.

Reads texts (and their publication dates); writes records (`records.py`). `components.py` wraps
each stage as a spaCy component whose factory declares the `Doc._` extensions (all registered in
`claimx.docstate`) it reads and writes; `sentences.py` sets the boundaries
(data `sentences.yaml`); `focus.py` runs the base model only on the sentences claimx reads;
`build.py` turns an annotated `Doc` into records; `chunking.py` cuts long texts; `api.py` loads
the pipeline once a process and runs it (`extract`, `extract_batch`, `stream_pieces`).
"""
