"""
Citations a person can paste: of the page, with the words a record stands on.

Three forms of one citation: plain text, CSL-JSON (which Zotero, Mendeley
and pandoc read) and a BibTeX entry. Each names the page, its publisher and
its address, and quotes the record's words with where they stand in the
page's text (section and character offsets). Standard library only;
citeproc-py renders the CSL-JSON in the tests.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Final, Literal

from ._actors import Actor, Place
from ._edge import brief_or_default
from ._models import Accomplishment, Brief, Challenge, Goal, Record
from ._operations import Operation
from ._quantities import Quantity
from ._source import Citation, Source
from ._statements import Statement

Format = Literal["text", "csl", "bibtex"]
"""The forms a citation comes in."""
FORMATS: Final[tuple[Format, ...]] = ("text", "csl", "bibtex")

_RECORDS: Final = (Challenge, Goal, Accomplishment, Operation, Actor, Place, Quantity, Statement)
_LATEX: Final = str.maketrans({
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "$": r"\$",
    "&": r"\&",
    "%": r"\%",
    "#": r"\#",
    "_": r"\_",
    "^": r"\^{}",
    "~": r"\~{}",
    "\u00a0": "~",  # a no-break space, as LaTeX writes it
    "\u2013": "--",
    "\u201c": "``",
    "\u201d": "''",
})  # fmt: skip


def _citations(cited: Record | Citation) -> tuple[Citation, ...]:
    # The words a record stands on: a statement's clause, a figure's
    # sentence, a record's sentences; an actor or a place where the text
    # first names it.
    if isinstance(cited, Citation):
        return (cited,)
    if isinstance(cited, Statement):
        return (cited.citation,)
    if isinstance(cited, Quantity):
        return () if cited.citation is None else (cited.citation,)
    if isinstance(cited, Actor | Place):
        return cited.mentions[:1]
    return cited.citations


def _where(citations: Sequence[Citation]) -> str:
    # "Challenges section, characters 118–224 and 225–408", a group for
    # each section in turn.
    groups: list[tuple[str, list[str]]] = []
    for c in citations:
        name = c.section.value.capitalize()
        if not groups or groups[-1][0] != name:
            groups.append((name, []))
        groups[-1][1].append(f"{c.start}\u2013{c.end}")
    parts = []
    for name, spans in groups:
        listed = ", ".join(spans[:-1]) + " and " + spans[-1] if len(spans) > 1 else spans[0]
        parts.append(f"{name} section, characters {listed}")
    return "; ".join(parts)


def _quote(citations: Sequence[Citation]) -> str:
    return " \u2026 ".join(c.quote for c in citations)


def _locator(citations: Sequence[Citation]) -> str:
    # Where the words stand, and the words: "" for a record without any.
    if not citations:
        return ""
    return f"{_where(citations)}: \u201c{_quote(citations)}\u201d"


def _coverage(source: Source) -> str:
    return f"{source.years[0]}\u2013{source.years[-1]}"


def _note(source: Source, citations: Sequence[Citation]) -> str:
    return f"Reporting on {_coverage(source)}. {_locator(citations)}".rstrip()


def _text(source: Source, citations: Sequence[Citation]) -> str:
    head = (
        f"{source.bureau} ({source.bureau_acronym}), {source.publisher}. "
        f"\u201c{source.title}.\u201d n.d., reporting on {_coverage(source)}. {source.url}."
    )
    locator = _locator(citations)
    return f"{head} {locator}" if locator else head


def _csl(key: str, source: Source, citations: Sequence[Citation]) -> str:
    item: dict[str, object] = {
        "id": key,
        "type": "webpage",
        "title": source.title,
        "author": [{"literal": source.bureau}],
        "publisher": source.publisher,
        "URL": source.url,
        "language": "en",
        "source": "honduras-brief",
        "note": _note(source, citations),
    }
    if citations and len({c.section for c in citations}) == 1:
        item["section"] = citations[0].section.value
    return json.dumps([item], ensure_ascii=False, indent=2)


def _latex(text: str) -> str:
    return text.translate(_LATEX)


def _bibtex(key: str, source: Source, citations: Sequence[Citation]) -> str:
    fields = (
        ("author", f"{{{_latex(source.bureau)}}}"),
        ("title", f"{{{_latex(source.title)}}}"),
        ("publisher", _latex(source.publisher)),
        ("howpublished", f"\\url{{{source.url}}}"),
        ("url", source.url),
        ("language", "english"),
        ("note", _latex(_note(source, citations))),
    )
    lines = [f"  {name} = {{{value}}}," for name, value in fields]
    return "\n".join([f"@misc{{{key},", *lines, "}"])


def cite(
    record_or_id: Record | Citation | str, format: Format = "text", *, brief: Brief | None = None
) -> str:
    r"""
    A citation of the page that quotes what *record_or_id* stands on.

    It names the page, its publisher and its address, and quotes the
    record's words with where they stand: the section and the character
    offsets in the page's text. A statement is cited by its clause, a figure
    by its sentence, a challenge, goal, accomplishment or operation by its
    sentences, and an actor or a place where the text first names it.

    Args:
        record_or_id: A record, a :class:`Citation`, or what
            :meth:`Brief.lookup` finds a record of *brief* by: its id, or a
            name, acronym or alias.
        format: ``"text"`` (the default) for a line to paste; ``"csl"`` for
            CSL-JSON, an array of one item, which Zotero, Mendeley and
            pandoc read; ``"bibtex"`` for a BibTeX ``@misc`` entry. The
            item's id (and BibTeX key) is the record's id.
        brief: The brief that ids are looked up in, and whose source is
            cited; by default the shipped :data:`BRIEF`.

    Returns:
        The citation, as a line of text, CSL-JSON text or a BibTeX entry.

    Raises:
        UnknownRecordError: If *record_or_id* is a str that no record of
            *brief* answers to (and ``AmbiguousRecordError`` if several
            do), as :meth:`Brief.lookup` raises them.
        ValueError: If *format* is not one of the formats.
        TypeError: If *record_or_id* is not a record, a citation or a
            ``str``, or *brief* is not a :class:`Brief`.

    Examples:
        >>> print(cite("homicide-rate-was-85-5-in-2012"))  # doctest: +NORMALIZE_WHITESPACE
        Bureau of International Narcotics and Law Enforcement Affairs (INL), U.S. Department
        of State. “INL country program page for Honduras.” n.d., reporting on 2012–2013.
        http://www.state.gov/j/inl/regions/westernhemisphere/219171.htm. Challenges
        section, characters 1442–1534: “Honduras' homicide rate could fall to 80 per 100,000
        for 2013, from 85.5 per 100,000 in 2012”
        >>> print(cite("los-cachiros", "bibtex"))  # doctest: +ELLIPSIS
        @misc{los-cachiros,
          author = {{Bureau of International Narcotics and Law Enforcement Affairs}},
          title = {{INL country program page for Honduras}},
          publisher = {U.S. Department of State},
          howpublished = {\url{http://www.state.gov/j/inl/regions/westernhemisphere/219171.htm}},
          url = {http://www.state.gov/j/inl/regions/westernhemisphere/219171.htm},
          language = {english},
          note = {Reporting on 2012--2013. Accomplishments section, characters 3874--3886: ...},
        }
    """
    if format not in FORMATS:
        msg = f"'format' must be one of {', '.join(map(repr, FORMATS))}, got {format!r}"
        raise ValueError(msg)
    brief = brief_or_default(brief)
    cited = brief.lookup(record_or_id) if isinstance(record_or_id, str) else record_or_id
    if not isinstance(cited, (Citation, *_RECORDS)):
        msg = (
            "'record_or_id' must be a record, a Citation or a record's id, "
            f"got {record_or_id!r} of type {type(record_or_id).__name__}"
        )
        raise TypeError(msg)
    citations = _citations(cited)
    key = f"citation-{cited.start}-{cited.end}" if isinstance(cited, Citation) else cited.id
    if format == "csl":
        return _csl(key, brief.source, citations)
    if format == "bibtex":
        return _bibtex(key, brief.source, citations)
    return _text(brief.source, citations)
