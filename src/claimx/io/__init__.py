"""Inputs and outputs: reading files, writing records, reports and the command line.

Reads files, folders and stdin (`inputs.py`: decoding, HTML article text, `meta.jsonl`
publication dates); writes records as JSONL, CSV or a table (`output.py`), reconciliations as a
terminal view (`report_table.py`) or one HTML page (`report_html.py`). `cli.py` is the `claimx`
command: arguments in, library calls, formatting out.
"""
