"""Pipeline state: every `Doc._` extension claimx uses, registered here and only here.

A stage reads and writes the state of a document through these extensions; each component's
factory (`pipeline/components.py`) lists the ones it writes in its `assigns` and the ones it
reads in its `requires`. All default to None ("not computed yet"). The module sits below every
stage (it imports none), so any stage may read the state.

| extension | written by | holds |
|---|---|---|
| `claimx_published` | the caller (`pipeline/api.py`) | the publication `date`, or None |
| `claimx_country` | the caller (`pipeline/api.py`) | the `Country` of the whole document (its text, else its outlet), or None: the stages then read it from their own text |
| `claimx_text` | `claimx_sentences` | the doc's text (`doc.text` is rebuilt on each access) |
| `claimx_figures` | `claimx_figures` | the `QuantityReading`s the text rules found |
| `claimx_quantities` | `claimx_quantities` | `(QuantityReading, counted lemma or None)` pairs |
| `claimx_dates` | `claimx_dates` | the `DateReading`s |
| `claimx_orgs` | `claimx_orgs` | the `OrgReading`s |
| `claimx_attributed` | `claimx_attribution` | one `Attributed` a figure, in document order |

Importing this module registers them; a stage that reads one imports it (there is no other place
that calls `set_extension`).
"""

from __future__ import annotations

from spacy.tokens import Doc

EXTENSIONS = (
    "claimx_published",
    "claimx_country",
    "claimx_text",
    "claimx_figures",
    "claimx_quantities",
    "claimx_dates",
    "claimx_orgs",
    "claimx_attributed",
)

for _name in EXTENSIONS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def doc_text(doc: Doc) -> str:
    """The doc's text as `claimx_sentences` kept it, else built (once more) from the tokens."""
    text: str | None = doc._.claimx_text
    return doc.text if text is None else text
