"""Run the base model's components only on the sentences whose output claimx reads.

claimx reads the parse of a figure's sentence (attribution: subject, actor) and of the sentences
just before it (their subject can be the figure's actor), the entities of sentences that can name
an organisation, the part of speech around figures and organisations, and the lemmas of nouns
and adjectives in parsed sentences. Running every component on every sentence, as a bare spaCy
pipeline does, pays for much more. Cheap prefilters decide per sentence, before any model runs:

- figure sentences: those holding a figure the text rules found (`doc._.claimx_figures`);
- cue sentences: those with a capitalised word, except a function word opening the sentence
  ("Le", "Selon", "Cette"): the entity recogniser finds no organisation without one;
- entity sentences: the cue sentences with a capitalised word outside the names claimx knows
  without the NER (the lexicon's bodies, places: `orgs.sources.known_names`);
- parsed sentences: the figure sentences, and the two sentences before each that are cue
  sentences (the only ones where attribution looks for an actor);
- tagged sentences: the parsed ones, and the cue sentences where the organisation finder reads
  parts of speech: those holding an ORG or MISC entity or an institution's head noun
  ("ministère", "Banque" ...). The NER has its own embedding, so it runs first, untagged.

Then `entities` (ner) run on entity sentences, `tagging` components (tok2vec, morphologizer) on
tagged sentences, `parsing` components (parser) on parsed sentences, reading the tagger's
tensor, and the lemmatizer on the `lemma_pos` tokens of parsed sentences. Each component runs
on consecutive runs of selected sentences cut out as small docs, batched, and the annotations
are copied back; a run that is the whole doc is annotated in place. Tokens outside the selection
keep no part of speech, dependency, entity or lemma; sentence boundaries stay those of
`claimx_sentences` everywhere.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy
from spacy.attrs import (
    DEP,
    HEAD,
    IDX,
    IS_ALPHA,
    IS_STOP,
    LOWER,
    MORPH,
    ORTH,
    POS,
    SENT_START,
    SHAPE,
    SPACY,
    TAG,
)
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from ..docstate import doc_text
from ..orgs.sources import known_names
from ..orgs.tables import load_words

Run = tuple[int, int]
"""Tokens [start, end) of consecutive selected sentences."""


@dataclass
class _Plan:
    """Which tokens of one doc each group of components runs on; `tagged` is completed from
    `maybe_tagged` once the entities are known."""

    doc: Doc
    tagged: list[Run]
    parsed: list[Run]
    entities: list[Run]
    maybe_tagged: list[int] = field(default_factory=list)
    """Cue sentences (indices into `sentences`) outside the parsed ones, tagged if they hold
    an organisation cue."""
    sentences: list[Run] = field(default_factory=list)
    parsed_ids: set[int] = field(default_factory=set)


def _runs(bounds: Sequence[Run], keep: Iterable[int]) -> list[Run]:
    """Merge the token ranges of the kept sentences into runs of consecutive sentences."""
    out: list[Run] = []
    for k in sorted(set(keep)):
        start, end = bounds[k]
        if out and out[-1][1] == start:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _cue_flags(doc: Doc) -> tuple[list[bool], list[bool], list[bool]]:
    """For each token: a word starting with a capital, and a word at all (alphabetic); plus
    whether it is a function word (spaCy's French stop words)."""
    strings = doc.vocab.strings
    values = doc.to_array([SHAPE, IS_ALPHA, IS_STOP])
    capital = [strings[int(s)][:1] == "X" for s in values[:, 0]]
    return capital, values[:, 1].astype(bool).tolist(), values[:, 2].astype(bool).tolist()


def _has_cue(
    flags: tuple[list[bool], list[bool], list[bool]],
    start: int,
    end: int,
    known: tuple[list[int], bytearray] | None = None,
) -> bool:
    """Whether a sentence has a capitalised word other than a function word opening it; with
    `known` (each token's character offset, and the characters inside known names), one
    outside the names claimx knows without the NER."""
    capital, alpha, stop = flags
    first = True
    for i in range(start, end):
        if not alpha[i]:
            continue
        if capital[i] and not (first and stop[i]) and not (known and known[1][known[0][i]]):
            return True
        first = False
    return False


def _known_chars(doc: Doc) -> bytearray:
    """1 for each character of the text inside a known name (a body of the lexicon, a place)."""
    text = doc_text(doc)
    known = bytearray(len(text))
    for start, end in known_names(text):
        known[start:end] = b"\x01" * (end - start)
    return known


def plan(doc: Doc) -> _Plan:
    """The runs of tokens to tag, parse and search for entities in `doc`."""
    if len(doc) == 0:
        return _Plan(doc, [], [], [])
    starts = doc.to_array([SENT_START]).reshape(-1)
    cuts = [i for i in range(1, len(doc)) if starts[i] == 1]
    bounds = list(zip([0, *cuts], [*cuts, len(doc)], strict=True))
    first_chars = [doc[a].idx for a, _ in bounds]
    figures = {
        max(0, bisect_right(first_chars, reading.start) - 1)
        for reading in doc._.claimx_figures or []
    }
    flags = _cue_flags(doc)
    cues = {k for k, (a, b) in enumerate(bounds) if _has_cue(flags, a, b)}
    parsed = figures | {j for k in figures for j in (k - 1, k - 2) if j in cues}
    known = (doc.to_array([IDX]).reshape(-1).tolist(), _known_chars(doc)) if cues else None
    entities = {k for k in cues if _has_cue(flags, *bounds[k], known)}
    return _Plan(
        doc,
        [],
        _runs(bounds, parsed),
        _runs(bounds, entities),
        maybe_tagged=sorted(cues - parsed),
        sentences=bounds,
        parsed_ids=parsed,
    )


def complete(p: _Plan) -> None:
    """Set the tagged runs: the parsed sentences, and the cue sentences where the organisation
    finder reads parts of speech (an ORG or MISC entity, an institution's head noun)."""
    if not p.sentences:
        return
    heads = load_words().head_ids
    lower = p.doc.to_array([LOWER]).reshape(-1).tolist()
    marked = bytearray(len(p.doc))
    for ent in p.doc.ents:
        if ent.label_ in ("ORG", "MISC"):
            marked[ent.start : ent.end] = b"\x01" * (ent.end - ent.start)
    keep = set(p.parsed_ids)
    for k in p.maybe_tagged:
        start, end = p.sentences[k]
        if any(marked[start:end]) or any(w in heads for w in lower[start:end]):
            keep.add(k)
    p.tagged = _runs(p.sentences, keep)


def _index_as_sets(lemmatizer: Any) -> None:
    """Make the rule lemmatizer's word index sets: spaCy ships lists (66 000 nouns), and the
    French lemmatizer tests each new word's membership in them, a scan each time."""
    if "lemma_index" not in getattr(lemmatizer, "lookups", {}):
        return
    index = lemmatizer.lookups.get_table("lemma_index")
    for key, words in list(index.items()):
        index[key] = frozenset(words)


def _words(doc: Doc) -> tuple[list[str], list[bool]]:
    """The words of `doc` and whether a space follows each (no Token objects built)."""
    strings = doc.vocab.strings
    values = doc.to_array([ORTH, SPACY])
    return [strings[int(o)] for o in values[:, 0]], [bool(s) for s in values[:, 1]]


def _piece(doc: Doc, words: list[str], spaces: list[bool], run: Run) -> Doc:
    """Tokens `run` of `doc` as a doc of their own (the doc itself for a whole-doc run)."""
    start, end = run
    if (start, end) == (0, len(doc)):
        return doc
    sent_starts = doc.to_array([SENT_START])[start:end].reshape(-1).tolist()
    sent_starts[0] = 1
    return Doc(
        doc.vocab,
        words=words[start:end],
        spaces=spaces[start:end],
        sent_starts=[s == 1 for s in sent_starts],
    )


class Focus:
    """The base model's components, each run on the sentences claimx reads its output from.

    nlp (Language): the pipeline holding the base components (disabled in its main loop).
    tagging (list[str]): components run on figure and cue sentences, in order (tok2vec first).
    parsing (list[str]): components run on parsed sentences, reading the tagging tensor.
    entities (list[str]): components run on cue sentences.
    lemmatizer (str): the lemmatizer, applied to `lemma_pos` tokens of parsed sentences.
    lemma_pos (list[str]): the parts of speech whose lemmas claimx reads.
    """

    def __init__(
        self,
        nlp: Language,
        name: str,
        tagging: list[str],
        parsing: list[str],
        entities: list[str],
        lemmatizer: str,
        lemma_pos: list[str],
    ) -> None:
        self.name = name
        self.nlp = nlp
        self.groups = {"tagged": tagging, "parsed": parsing, "entities": entities}
        self.lemmatizer_name = lemmatizer
        self.lemma_pos = frozenset(nlp.vocab.strings.add(p) for p in lemma_pos)
        _index_as_sets(nlp.get_pipe(lemmatizer))

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for batch in minibatch(docs, batch_size):
            yield from self._annotate([plan(doc) for doc in batch])

    def _run(self, group: str, pieces: list[Doc]) -> None:
        for name in self.groups[group]:
            proc: Any = self.nlp.get_pipe(name)
            for _ in proc.pipe(pieces, batch_size=max(1, len(pieces))):
                pass

    def _annotate(self, plans: list[_Plan]) -> list[Doc]:
        texts = {id(p): _words(p.doc) for p in plans}
        found = [_piece(p.doc, *texts[id(p)], run) for p in plans for run in p.entities]
        self._run("entities", found)
        it = iter(found)
        for p in plans:
            _copy_entities(p.doc, p.entities, [next(it) for _ in p.entities])
            complete(p)
        tagged = [
            _piece(p.doc, *texts[id(p)], run) for p in plans for run in p.tagged
        ]
        self._run("tagged", tagged)
        it = iter(tagged)
        for p in plans:
            _copy_tags(p.doc, p.tagged, [next(it) for _ in p.tagged])
        parsed = []
        for p in plans:
            for run in p.parsed:
                piece = _piece(p.doc, *texts[id(p)], run)
                if piece is not p.doc:
                    piece.tensor = p.doc.tensor[run[0] : run[1]]
                parsed.append(piece)
        self._run("parsed", parsed)
        it = iter(parsed)
        for p in plans:
            _copy_parse(p.doc, p.parsed, [next(it) for _ in p.parsed])
        for p in plans:
            self._lemmatize(p.doc, p.parsed)
        return [p.doc for p in plans]

    def _lemmatize(self, doc: Doc, runs: list[Run]) -> None:
        lemmatizer: Any = self.nlp.get_pipe(self.lemmatizer_name)
        pos = doc.to_array([POS]).reshape(-1)
        for start, end in runs:
            for i in range(start, end):
                if pos[i] in self.lemma_pos:
                    token = doc[i]
                    token.lemma_ = lemmatizer.lemmatize(token)[0]


_TAGS = [POS, TAG, MORPH]


def _copy_tags(doc: Doc, runs: list[Run], pieces: list[Doc]) -> None:
    """Parts of speech and the tagging tensor of each piece, back onto `doc`."""
    if not pieces or pieces[0] is doc:
        return
    values = doc.to_array(_TAGS)
    width = pieces[0].tensor.shape[1]
    tensor = numpy.zeros((len(doc), width), dtype="float32")
    for (start, end), piece in zip(runs, pieces, strict=True):
        values[start:end] = piece.to_array(_TAGS)
        tensor[start:end] = piece.tensor
    doc.from_array(_TAGS, values)
    doc.tensor = tensor


def _copy_parse(doc: Doc, runs: list[Run], pieces: list[Doc]) -> None:
    """Heads and dependencies of each piece back onto `doc`; the sentence boundaries of
    unparsed tokens are restored (spaCy recomputes them from the heads)."""
    if not pieces or pieces[0] is doc:
        return
    rules = doc.to_array([SENT_START])
    values = doc.to_array([HEAD, DEP])
    for (start, end), piece in zip(runs, pieces, strict=True):
        values[start:end] = piece.to_array([HEAD, DEP])
    doc.from_array([HEAD, DEP], values)
    parsed = doc.to_array([SENT_START])
    for start, end in runs:
        rules[start:end] = parsed[start:end]
    doc.from_array([SENT_START], rules)


def _copy_entities(doc: Doc, runs: list[Run], pieces: list[Doc]) -> None:
    """Entities of each piece back onto `doc`; other tokens are outside any entity."""
    if pieces and pieces[0] is doc:
        return
    ents = [
        Span(doc, start + e.start, start + e.end, label=e.label)
        for (start, _), piece in zip(runs, pieces, strict=True)
        for e in piece.ents
    ]
    doc.set_ents(ents, default="outside")
