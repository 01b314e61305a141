"""
Search the brief: ranked hits, each with the words that matched.

Every record and statement is searched in its names (id, name or title,
acronym, aliases), its quotes, and its vocabulary (the text's own words it
holds as terms: "extortion", "polygraphs", "pivotal"). A hit needs every
word of the query; case and accents are ignored.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from typing import Any, Final

import attrs

from ._actors import Actor, Place
from ._display import DisplayMixin
from ._edge import brief_or_default
from ._models import Brief, Record, fold
from ._source import Citation
from ._statements import Statement

_RANKS: Final = {"name": 50, "alias": 40, "quote": 30, "vocabulary": 20, "id": 10}
"""How strongly a match counts, by where it is; an exact id, name or alias counts most."""
_EXACT: Final = 100
_CONTEXT: Final = 30  # characters of a quote shown either side of a match


@attrs.frozen(kw_only=True)
class Hit(DisplayMixin):
    """
    A record or a statement that matches a query.

    Attributes:
        record: What matched.
        where: Where the query matched best: ``"id"``, ``"name"`` (a name,
            a title, or what a figure measures), ``"alias"`` (an alias or an
            acronym), ``"quote"`` or ``"vocabulary"``.
        snippet: The words that matched, with a little of their context.
        score: Higher ranks first: an exact id, name or alias (100) above
            a name that holds the words (50), an alias (40), a quote (30),
            the vocabulary (20) and an id that holds them (10).
    """

    record: Record
    where: str
    snippet: str
    score: int


def _places(record: Record) -> Iterator[tuple[str, str]]:
    # (where, words) for everything of a record a query can match.
    yield "id", str(getattr(record, "id", ""))
    for field in ("name", "title", "measure", "text"):
        value = getattr(record, field, None)
        if isinstance(value, str):
            yield "name", value
    acronym = getattr(record, "acronym", None)
    if isinstance(acronym, str):
        yield "alias", acronym
    for alias in getattr(record, "aliases", ()):
        yield "alias", alias
    if isinstance(record, Statement):
        yield "quote", record.citation.quote
        parts: list[object] = [*record.arguments, *record.grading, record.predicate]
    else:
        # A record's statements are hits of their own, not the record's; so
        # are the actors and places it names, whose mentions stand elsewhere.
        own = [
            getattr(record, f.name) for f in attrs.fields(type(record)) if f.name != "statements"
        ]
        parts = [v for value in own for v in _own(value)]
    for part in parts:
        if isinstance(part, Citation):
            yield "quote", part.quote
        elif isinstance(part, enum.Enum) and isinstance(part.value, str):
            yield "vocabulary", part.value


def _own(value: object) -> Iterator[object]:
    # walk(), but not into another record that stands in the text on its own.
    if isinstance(value, Actor | Place):
        return
    yield value
    if isinstance(value, tuple):
        for item in value:
            yield from _own(item)
    elif attrs.has(type(value)):
        record: Any = value
        for field in attrs.fields(type(record)):
            yield from _own(getattr(record, field.name))


def _snippet(words: str, at: int, length: int) -> str:
    # About _CONTEXT characters either side of the match, cut between words.
    start, end = max(0, at - _CONTEXT), min(len(words), at + length + _CONTEXT)
    if start and words[start - 1] != " ":
        space = words.find(" ", start, at)
        start = space + 1 if space >= 0 else start
    if end < len(words) and words[end] != " ":
        space = words.rfind(" ", at + length, end)
        end = space if space >= 0 else end
    return ("\u2026" if start else "") + words[start:end] + ("\u2026" if end < len(words) else "")


def _match(record: Record, wanted: list[str]) -> tuple[Hit, int] | None:
    # The hit, and how long the words it matched in are: of two equal
    # matches, the one in fewer words (a statement's clause) is more to the point.
    best: tuple[int, int, str, str] | None = None
    for where, words in _places(record):
        folded = fold(words)
        if not all(w in folded for w in wanted):
            continue
        exact = where in ("id", "name", "alias") and (
            " ".join(folded.replace("-", " ").split()) == " ".join(wanted)
        )
        score = _EXACT if exact else _RANKS[where]
        if best is None or (score, -len(words)) > (best[0], -best[1]):
            at = folded.find(wanted[0])
            best = (score, len(words), where, _snippet(words, at, len(wanted[0])))
    if best is None:
        return None
    score, length, where, snippet = best
    hit = Hit(record=record, where=where, snippet=snippet, score=score)
    return hit, length


def search(query: str, brief: Brief | None = None) -> tuple[Hit, ...]:
    """
    Records and statements that match every word of *query*, best first.

    Args:
        query: Words to find, in any order; case and accents are ignored.
        brief: The brief to search; :data:`~honduras_brief.BRIEF` by default.

    Raises:
        TypeError: If *query* is not a str or *brief* not a Brief.
        ValueError: If *query* has no words: it would match everything.

    Examples:
        >>> hits = search("cachiros")
        >>> [(h.record.id, h.where) for h in hits[:2]]
        [('los-cachiros', 'name'), ('operation-neptune-seizure', 'name')]
        >>> hit = search("pivotal")[0]
        >>> hit.record.id
        'inl-advisor-assisted-the-hondurans'
        >>> hit.snippet
        'An INL advisor was pivotal in assisting the Hondurans'
    """
    if not isinstance(query, str):
        msg = f"'query' must be a str, got {query!r} of type {type(query).__name__}"
        raise TypeError(msg)
    wanted = fold(query).split()
    if not wanted:
        msg = f"'query' must have words in it, got {query!r}"
        raise ValueError(msg)
    brief = brief_or_default(brief)
    found = [
        (-match[0].score, match[1], index, match[0])
        for index, record in enumerate(brief)
        if (match := _match(record, wanted)) is not None
    ]
    return tuple(hit for *_, hit in sorted(found, key=lambda f: f[:3]))
