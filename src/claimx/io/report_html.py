"""One self-contained HTML page of a reconciliation, for a journalist's browser.

A section per fact (conflicts on top), a verdict badge, the explanation, and each source's
sentence with the figure highlighted, grouped by document. Article text is untrusted input:
every piece of it goes through `html.escape`, and the page's Content-Security-Policy forbids
scripts and every external resource, so a `<script>` quoted in an article is shown, never run.
"""

from __future__ import annotations

from html import escape
from itertools import groupby

from ..reconciliation import Fact, Member, Reconciliation

BADGES = {"conflict": "Conflit", "compatible": "Compatible", "agree": "Concordant"}
"""Badge text of each verdict, as the reader sees it."""
SINGLE_BADGE = "Cité une fois"

_CSS = """
body { font: 16px/1.5 Georgia, serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem;
       color: #222; background: #fdfdfb; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; }
.summary { color: #555; margin-top: 0; }
section.fact { border: 1px solid #ddd; border-left: 6px solid #999; border-radius: 4px;
               padding: .6rem 1rem; margin: 1.2rem 0; background: #fff; }
section.conflict { border-left-color: #c62828; }
section.compatible { border-left-color: #ef8f00; }
section.agree { border-left-color: #2e7d32; }
section.fact h2 { font-size: 1.15rem; margin: .2rem 0 .4rem; }
.badge { display: inline-block; font: bold .8rem/1.6 sans-serif; padding: 0 .5rem;
         border-radius: 3px; color: #fff; background: #777; margin-right: .5rem;
         vertical-align: middle; }
.badge.conflict { background: #c62828; }
.badge.compatible { background: #b26a00; }
.badge.agree { background: #2e7d32; }
.explanation { margin: .2rem 0 .6rem; }
.doc h3 { font: bold .85rem sans-serif; color: #555; margin: .6rem 0 .2rem; }
.doc ul { margin: 0; padding-left: 1.2rem; }
mark { background: #ffe082; padding: 0 .1rem; }
details { margin-top: 2rem; }
summary { cursor: pointer; font-weight: bold; }
"""


def _member_label(fact: Fact) -> str:
    return SINGLE_BADGE if fact.single else BADGES[fact.verdict]


def _highlighted(members: list[Member]) -> str:
    """The sentence of `members` (one evidence) with each figure in a `<mark>`, escaped."""
    evidence = members[0].evidence
    if evidence is None:
        return " ; ".join(f"<mark>{escape(m.text)}</mark>" for m in members)
    sentence, base = evidence.text, evidence.start
    out, pos = [], 0
    for m in sorted(members, key=lambda m: m.start):
        start, end = m.start - base, m.end - base
        if start < pos or end > len(sentence) or sentence[start:end] != m.text:
            out.append(escape(sentence[pos:]))
            out.append(f" <mark>{escape(m.text)}</mark>")
            pos = len(sentence)
            continue
        out.append(escape(sentence[pos:start]))
        out.append(f"<mark>{escape(m.text)}</mark>")
        pos = end
    out.append(escape(sentence[pos:]))
    return "".join(out)


def _sentence_key(m: Member) -> tuple[str, int]:
    return (m.doc, m.evidence.start if m.evidence is not None else -m.start - 1)


def _fact_section(fact: Fact) -> str:
    verdict = "single" if fact.single else fact.verdict
    parts = [
        f'<section class="fact {verdict}" id="{escape(fact.id)}">',
        f'<h2><span class="badge {verdict}">{escape(_member_label(fact))}</span>'
        f"{escape(fact.fact)}</h2>",
        f'<p class="explanation">{escape(fact.explanation)}</p>',
    ]
    members = sorted(fact.members, key=lambda m: (m.doc, m.start))
    for doc, doc_members in groupby(members, key=lambda m: m.doc):
        parts.append(f'<div class="doc"><h3>{escape(doc)}</h3><ul>')
        for _, sentence_members in groupby(doc_members, key=_sentence_key):
            parts.append(f"<li>{_highlighted(list(sentence_members))}</li>")
        parts.append("</ul></div>")
    parts.append("</section>")
    return "\n".join(parts)


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n < 2 else many}"


def _singles_label(n: int) -> str:
    return _count(n, "chiffre cité une seule fois", "chiffres cités une seule fois")


def render_html(result: Reconciliation, title: str = "Rapprochement des chiffres") -> str:
    """The whole page: linked facts in the reconciliation's order, single figures folded below."""
    linked = [f for f in result if not f.single]
    singles = [f for f in result if f.single]
    counts = {v: sum(f.verdict == v for f in linked) for v in BADGES}
    summary = (
        f"{_count(len(linked), 'fait recoupé', 'faits recoupés')} : "
        f"{counts['conflict']} en conflit, {counts['compatible']} compatible(s), "
        f"{counts['agree']} concordant(s) ; {_singles_label(len(singles))}."
    )
    body = [f"<h1>{escape(title)}</h1>", f'<p class="summary">{escape(summary)}</p>']
    body.extend(_fact_section(f) for f in linked)
    if singles:
        body.append(f"<details><summary>{escape(_singles_label(len(singles)))}</summary>")
        body.extend(_fact_section(f) for f in singles)
        body.append("</details>")
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="fr"><head><meta charset="utf-8">',
            '<meta http-equiv="Content-Security-Policy" '
            "content=\"default-src 'none'; style-src 'unsafe-inline'\">",
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{escape(title)}</title>",
            f"<style>{_CSS}</style>",
            "</head><body>",
            *body,
            "</body></html>",
            "",
        ]
    )
