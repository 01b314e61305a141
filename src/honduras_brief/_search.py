"""
Search the brief: hits ranked by BM25, each with the words that matched.

Every record and statement is a document of fields (see :func:`search`);
any word of the query may match, and a record that matches more of the
rarer words, in weightier and shorter fields, ranks higher, by BM25F
(Robertson and Zaragoza, "The Probabilistic Relevance Framework: BM25 and
Beyond", 2009) computed by hand over the brief. Words are compared folded
(case and accents aside) and stemmed by a few English suffix rules, so that
"falls", "fall" and "falling" are one word.
"""

from __future__ import annotations

import enum
import functools
import math
import re
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from typing import Any, Final

import attrs
import pendulum

from ._actors import Actor, Place
from ._display import DisplayMixin
from ._edge import PerBrief, brief_or_default
from ._models import Brief, Record, fold
from ._source import Citation
from ._statements import Factuality, Statement
from .exceptions import _shown

_WEIGHTS: Final = {
    "name": 3.0,
    "alias": 3.0,
    "sentence": 2.0,
    "source": 2.0,
    "hedge": 1.5,
    "quote": 1.0,
    "vocabulary": 1.0,
    "id": 0.5,
}
"""How much a word counts in each field (BM25F's field weights); of two fields that
count as much for a hit, the first here gives its snippet."""
_PREFERENCE: Final = {name: rank for rank, name in enumerate(_WEIGHTS)}
_K1: Final = 1.2  # how soon more of one word stops counting
_B: Final = 0.75  # how much a long field is discounted
_CONTEXTS: Final = (30, 60, 120)
"""Characters of a quote shown either side of a match: the first, then more where that is taken."""

_WORD: Final = re.compile(r"\w+(?:[.,'’]\w+)*")
"""A word, a figure ("100,000", "85.5") or an abbreviation ("U.S")."""

# Words too common to find anything by, dropped from a query that has others: the
# function words, and the auxiliaries that say no more than tense ("will fall" is "fall").
# fmt: off
_STOP: Final = frozenset({
    "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "do", "does", "did",
    "for", "from", "has", "have", "in", "into", "is", "it", "its", "of", "on", "or", "shall",
    "that", "the", "their", "them", "these", "this", "those", "to", "was", "were", "which",
    "will", "with", "would",
})
# fmt: on

# The words of a quote that hedge or negate what it says.
# fmt: off
_HEDGES: Final = frozenset({
    "could", "may", "might", "likely", "unlikely", "appear", "appears", "appeared", "seem",
    "seems", "probably", "possibly", "perhaps", "not", "estimate", "estimates", "estimated",
    "approximately",
})
# fmt: on

_KEPT: Final = frozenset({"united"})
"""Words the suffix rules would get wrong: "united" is not "unit" and "-ed"."""

_SUFFIXES: Final = (
    ("sses", "ss"),
    ("ies", "y"),
    ("ied", "y"),
    ("ss", "ss"),
    ("us", "us"),
    ("is", "is"),
    ("s", ""),
)
"""Plural and third-person endings, tried in order; the first that fits is used."""


def stem(word: str) -> str:
    """
    A folded word without its inflection, so that its forms compare equal.

    A few English suffix rules, after Porter's first steps: a plural or
    third-person "s", "-ing" and "-ed" (a doubled consonant undoubled),
    "-ation" as "-ate", and a final "e". Words of three letters or fewer,
    and figures, are kept as they are.

    Examples:
        >>> [stem(w) for w in ("falls", "fall", "falling", "fell")]
        ['fall', 'fall', 'fall', 'fell']
        >>> [stem(w) for w in ("planned", "plans", "estimates", "estimated", "countries")]
        ['plan', 'plan', 'estimat', 'estimat', 'country']
        >>> stem("designation") == stem("designated"), stem("united"), stem("85.5")
        (True, 'united', '85.5')
    """
    if len(word) <= 3 or not word.isalpha() or word in _KEPT:  # noqa: PLR2004 -- "gps", "its"
        return word
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix):
            word = word[: -len(suffix)] + replacement
            break
    for suffix in ("ing", "ed"):
        base = word.removesuffix(suffix)
        if base != word and len(base) >= 3 and any(v in base for v in "aeiouy"):  # noqa: PLR2004 -- "red", "sing" stay
            word = base[:-1] if base[-1] == base[-2] and base[-1] not in "lsz" else base
            break
    if word.endswith("ation") and len(word) > 6:  # noqa: PLR2004 -- "nation" stays
        word = word[:-3]
    return word[:-1] if word.endswith("e") and len(word) > 4 else word  # noqa: PLR2004 -- "the"


_stem: Final = functools.lru_cache(maxsize=8192)(stem)  # a few hundred words, over and over


@functools.lru_cache(maxsize=8192)  # the same words, in many fields
def _term(token: str) -> str:
    # A folded word as the index holds it: its possessive, the commas of a
    # figure and the points of an abbreviation ("U.S") dropped, stemmed.
    token = token.removesuffix("'s").removesuffix("’s")
    token = token.replace(",", "").replace("'", "").replace("’", "")
    if not token.replace(".", "").isdigit():
        token = token.replace(".", "")
    return _stem(token)


_STOP_TERMS: Final = frozenset(_term(w) for w in _STOP)  # "does", "these" as stemmed


@functools.lru_cache(maxsize=4096)  # the brief quotes one sentence in several records
def _tokens(words: str) -> tuple[tuple[int, int, str], ...]:
    # (start, end, term) for each word of *words*.
    folded = words.casefold() if words.isascii() else fold(words)
    if len(folded) == len(words):
        return tuple((m.start(), m.end(), _term(m.group())) for m in _WORD.finditer(folded))
    # A character folds to two ("ﬁ"): the words are found before folding.
    return tuple((m.start(), m.end(), _term(fold(m.group()))) for m in _WORD.finditer(words))


@functools.lru_cache(maxsize=4096)
def _terms(words: str) -> tuple[str, ...]:
    # The terms of _tokens(words), without their places: what the index
    # counts, found with findall where the places are not needed.
    folded = words.casefold() if words.isascii() else fold(words)
    if len(folded) == len(words):
        return tuple(map(_term, _WORD.findall(folded)))
    return tuple(_term(fold(w)) for w in _WORD.findall(words))


def _plain(words: str) -> str:
    # The words as an exact match compares them: folded, one space apart.
    return " ".join(fold(m.group()).replace(".", "") for m in _WORD.finditer(words))


@attrs.frozen(kw_only=True)
class Hit(DisplayMixin):
    """
    A record or a statement that matches a query.

    Attributes:
        record: What matched.
        where: The field the snippet comes from, where the query matched
            best: ``"name"`` (a name, a title, or what a figure measures and
            its words), ``"alias"`` (an alias or an acronym),
            ``"sentence"`` (a statement's sentence), ``"source"`` (whose word
            it is), ``"hedge"`` (its hedging words and factuality),
            ``"quote"``, ``"vocabulary"`` (its terms) or ``"id"``.
        snippet: The words that matched, with a little of their context;
            no two hits of one search show the same snippet (see
            :func:`search`).
        score: The hit's BM25F score, a float: higher ranks first. A hit
            whose whole id, name or alias is the query adds the best score
            of the search, so that it ranks above every other.
    """

    record: Record
    where: str
    snippet: str
    score: float


@attrs.frozen
class _Field:
    # One field of one document: its values, and the terms counted in them.
    values: tuple[str, ...]
    counts: Counter[str]
    length: int


_fold: Final = functools.lru_cache(maxsize=8192)(fold)  # each word of every quote


def _fields(record: Record, memo: dict[int, list[object]]) -> Iterator[tuple[str, str]]:
    # (field, words) for everything of a record a query can match.
    yield "id", record.id
    for name in ("name", "title", "measure", "text"):
        value = getattr(record, name, None)
        if isinstance(value, str):
            yield "name", value
    acronym = getattr(record, "acronym", None)
    if isinstance(acronym, str):
        yield "alias", acronym
    for alias in getattr(record, "aliases", ()):
        yield "alias", alias
    sources: list[object] = [*getattr(record, "sources", ())]
    sources += [getattr(record, "according_to", None), getattr(record, "attributed_to", None)]
    for source in sources:
        if isinstance(source, Actor):
            yield from (("source", name) for name in (source.name, source.acronym) if name)
            yield from (("source", alias) for alias in source.aliases)
    if isinstance(record, Statement):
        yield "sentence", str(record)
        yield "quote", record.citation.quote
        hedges = [w for w in _WORD.findall(record.citation.quote) if _fold(w) in _HEDGES]
        if record.factuality is not Factuality.CERTAIN:
            hedges += [record.factuality.value.replace("-", " "), record.factuality.hedge]
        yield from (("hedge", h) for h in hedges)
        parts: list[object] = [*record.arguments, *record.grading, record.predicate]
    else:
        # A record's statements are hits of their own, not the record's; so
        # are the actors and places it names, whose mentions stand elsewhere.
        own = [
            getattr(record, f.name) for f in attrs.fields(type(record)) if f.name != "statements"
        ]
        parts = [v for value in own for v in _parts(value, memo)]
    for part in parts:
        if isinstance(part, Citation):
            yield "quote", part.quote
        elif isinstance(part, enum.Enum) and isinstance(term := part.value, str):
            yield "vocabulary", term


_LEAVES: Final = frozenset({str, int, bool, type(None), Decimal, pendulum.Date})
"""Types that hold no citation or term: most of the values walked."""


def _parts(value: object, memo: dict[int, list[object]]) -> list[object]:
    # The citations and terms in *value*, depth first, not inside another
    # record that stands in the text on its own (an actor, a place); each
    # record's found once per index (a source is held by every citation).
    if type(value) in _LEAVES or isinstance(value, Actor | Place):
        return []
    held: list[object] = [value] if isinstance(value, Citation | enum.Enum) else []
    if isinstance(value, tuple):
        for item in value:
            held += _parts(item, memo)
    elif attrs.has(type(value)):
        kept = memo.get(id(value))
        if kept is not None:
            return kept
        record: Any = value
        for field in attrs.fields(type(record)):
            held += _parts(getattr(record, field.name), memo)
        memo[id(value)] = held  # the record outlives the memo: its id is its own
    return held


def _document(record: Record, memo: dict[int, list[object]]) -> dict[str, _Field]:
    values: dict[str, list[str]] = {}
    for name, words in _fields(record, memo):
        found = values.setdefault(name, [])
        if words not in found:  # "HNP" is an alias and a source of its own
            found.append(words)
    document = {}
    for name, found in values.items():
        terms = [term for words in found for term in _terms(words)]
        document[name] = _Field(tuple(found), Counter(terms), len(terms))
    return document


@attrs.frozen
class _Index:
    # What ranking needs of a brief, whatever the query: its documents, each
    # field's average length, and how many documents hold each term.
    documents: tuple[tuple[Record, dict[str, _Field]], ...]
    averages: dict[str, float]
    holding: Counter[str]


def _read(brief: Brief) -> _Index:
    memo: dict[int, list[object]] = {}
    documents = tuple((record, _document(record, memo)) for record in brief)
    averages = {}
    for name in _WEIGHTS:
        lengths = [d[name].length for _, d in documents if name in d]
        averages[name] = sum(lengths) / len(lengths) if lengths else 1.0
    holding: Counter[str] = Counter()
    for _, document in documents:
        holding.update(set().union(*(f.counts for f in document.values())))
    return _Index(documents, averages, holding)


_index: Final[PerBrief[_Index]] = PerBrief(_read)
"""What is read of the last few briefs, by identity."""


def _snippet(words: str, at: int, length: int, context: int) -> str:
    # About *context* characters either side of the match, cut between words.
    start, end = max(0, at - context), min(len(words), at + length + context)
    if start and words[start - 1] != " ":
        space = words.find(" ", start, at)
        start = space + 1 if space >= 0 else start
    if end < len(words) and words[end] != " ":
        space = words.rfind(" ", at + length, end)
        end = space if space >= 0 else end
    return ("\u2026" if start else "") + words[start:end] + ("\u2026" if end < len(words) else "")


def _snippets(field: _Field, idf: dict[str, float], contexts: tuple[int, ...]) -> Iterator[str]:
    # The field's snippets, best first: the values that hold more of the
    # query's weight (the shorter of two equal), each centred on each of its
    # matches in turn, with each of *contexts*; a context of 0 is the whole value.
    scored = []
    for words in field.values:
        matches = [(s, e) for s, e, term in _tokens(words) if term in idf]
        if matches:
            weight = sum(idf[t] for t in {term for _, _, term in _tokens(words)} if t in idf)
            scored.append((-weight, len(words), words, matches))
    scored.sort()
    for context in contexts:
        for _, _, words, matches in scored:
            if not context:
                yield words
                continue
            for start, end in matches:
                yield _snippet(words, start, end - start, context)


@attrs.frozen
class _Ranked:
    # A document's score, whether the query is its whole id, name or alias,
    # the fields it matched in, best first, and a statement's sentence, as
    # the index wrote it (writing it again would give the same words).
    record: Record
    score: float
    exact: bool
    fields: tuple[tuple[str, _Field], ...]
    sentence: str | None


def _ranked(
    record: Record, document: dict[str, _Field], idf: dict[str, float], index: _Index, plain: str
) -> _Ranked:
    # BM25F: each term's frequency, weighted and discounted by length field
    # by field, summed, then saturated once.
    norms = {
        name: 1 - _B + _B * field.length / index.averages[name] for name, field in document.items()
    }
    weighted = {
        t: sum(_WEIGHTS[n] * f.counts[t] / norms[n] for n, f in document.items()) for t in idf
    }
    score = sum(idf[t] * w / (_K1 + w) for t, w in weighted.items())
    # A field's share: what its terms add before saturation.
    shares = {
        name: sum(idf[t] * _WEIGHTS[name] * field.counts[t] / norms[name] for t in idf)
        for name, field in document.items()
    }
    order = sorted((n for n in shares if shares[n]), key=lambda n: (-shares[n], _PREFERENCE[n]))
    exact = next(
        (
            name
            for name in ("name", "alias", "id")
            if name in document
            and any(_plain(v.replace("-", " ")) == plain for v in document[name].values)
        ),
        None,
    )
    if exact is not None:
        order = [exact, *(n for n in order if n != exact)]
    sentence = document["sentence"].values[0] if isinstance(record, Statement) else None
    fields = tuple((n, document[n]) for n in order)
    return _Ranked(record, score, exact is not None, fields, sentence)


def search(query: str, brief: Brief | None = None) -> tuple[Hit, ...]:
    """
    Records and statements that match any word of *query*, best first.

    Each record and statement is searched in its id, its names (name or
    title, what a figure measures and its words), its aliases and acronym,
    its quotes, its vocabulary (the text's own words it holds as terms:
    "extortion", "polygraphs", "pivotal") and its sources (the names of
    whoever the text says gives it); a statement also in its sentence
    (``str(statement)``) and its hedges (the quote's hedging words, such as
    "could", "likely" and "appear", and its factuality's: "possible").

    Words are folded (case and accents aside) and stemmed, and the commonest
    ("the", "of", "in") are dropped from a query that has other words. Hits
    are ranked by BM25F, so that a hit holding more of the query's rarer
    words, in a name rather than a long quote, comes first; one whose whole
    id, name or alias is the query comes before all others.

    No two hits show the same snippet. Where a hit's best snippet is one a
    better hit shows (statements share the clause they stand on), it shows
    its next: a match in another field or around another of its words; for
    a statement, its own sentence; a match with more context, then the whole
    of the words; its name; and at last its id, which no other record has.
    :attr:`Hit.where` names the field the snippet is from.

    Args:
        query: Words to find, in any order.
        brief: The brief to search; :data:`~honduras_brief.BRIEF` by default.

    Raises:
        TypeError: If *query* is not a str or *brief* not a Brief.
        ValueError: If *query* has no words: it would match everything.

    Examples:
        >>> hit = search("cachiros")[0]
        >>> hit.record.id, hit.where, hit.snippet
        ('los-cachiros', 'name', 'Los Cachiros')
        >>> search("homicide rate will fall")[0].record.id  # "could fall"; "will" is no word
        'homicide-rate-could-fall-to-80-in-2013'

        Any word may match: what the Violence Observatory says is found by its
        name, whichever words each statement has besides.

        >>> from honduras_brief import BRIEF
        >>> found = {h.record for h in search("Violence Observatory")}
        >>> set(BRIEF.statements_where(according_to="violence-observatory")) <= found
        True
    """
    if not isinstance(query, str):
        msg = f"'query' must be a str, got {_shown(query)} of type {type(query).__name__}"
        raise TypeError(msg)
    terms = [term for _, _, term in _tokens(query)]
    if not terms:
        msg = f"'query' must have words in it, got {_shown(query)}"
        raise ValueError(msg)
    index = _index(brief_or_default(brief))
    count = len(index.documents)
    idf = {
        t: math.log(1 + (count - index.holding[t] + 0.5) / (index.holding[t] + 0.5))
        for t in {t for t in terms if t not in _STOP_TERMS} or set(terms)
        if index.holding[t]
    }
    plain = _plain(query)
    ranked = [
        _ranked(record, document, idf, index, plain)
        for record, document in index.documents
        if any(t in f.counts for f in document.values() for t in idf)
    ]
    best = max((r.score for r in ranked), default=0.0)
    # sorted() is stable: of two equal scores, the record the brief gives first.
    ranked.sort(key=lambda r: -(r.score + best * r.exact))
    shown: set[str] = set()
    hits = []
    for found in ranked:
        where, snippet = _distinct(found, idf, shown)
        shown.add(snippet)
        score = found.score + best * found.exact
        hits.append(Hit(record=found.record, where=where, snippet=snippet, score=score))
    return tuple(hits)


def _distinct(found: _Ranked, idf: dict[str, float], shown: set[str]) -> tuple[str, str]:
    # The hit's best snippet that no better hit shows, and the field it is
    # from: a match with a little context; else a statement's own sentence;
    # else a match with more context, or whole; else the record's name, or
    # its id, which no other record has.
    record = found.record
    candidates = [(n, s) for n, f in found.fields for s in _snippets(f, idf, _CONTEXTS[:1])]
    if found.sentence is not None:
        candidates.append(("sentence", found.sentence))
    wider = (*_CONTEXTS[1:], 0)
    candidates += [(n, s) for n, f in found.fields for s in _snippets(f, idf, wider)]
    candidates += [("name", getattr(record, a)) for a in ("name", "title") if hasattr(record, a)]
    return next(((n, s) for n, s in candidates if s not in shown), ("id", record.id))
