"""
Citations a person can paste: of the page, with the words a record stands on.

Three forms of one citation: plain text, CSL-JSON (which Zotero, Mendeley
and pandoc read) and a BibTeX entry. Each names the page a record's words
stand in (its own source: the shipped page, or any other text a brief was
made of), its publisher and its address where the source has them, and
quotes the words with where they stand in the text (section, where the text
has sections, and character offsets). In CSL-JSON and BibTeX the reference
is the record's passage of the page: its title is the words, then, in
brackets, where they stand and the record's id, and the page is what it is
part of; so each record is a reference of its own, in the styles that print
no note (APA, Chicago) as in those that do. Standard library only;
citeproc-py renders the CSL-JSON in the tests, in the APA and Chicago styles.
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
from ._source import Citation, Section, Source
from ._statements import Statement
from .exceptions import _shown

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
    # each section in turn; "Characters 0–42" in a text without sections.
    groups: list[tuple[Section | None, list[str]]] = []
    for c in citations:
        if not groups or groups[-1][0] != c.section:
            groups.append((c.section, []))
        groups[-1][1].append(f"{c.start}\u2013{c.end}")
    parts = []
    for section, spans in groups:
        listed = ", ".join(spans[:-1]) + " and " + spans[-1] if len(spans) > 1 else spans[0]
        where = "" if section is None else f"{section.value.capitalize()} section, "
        parts.append(f"{where}characters {listed}")
    where = "; ".join(parts)
    return where[0].upper() + where[1:]


def _quote(citations: Sequence[Citation]) -> str:
    return " \u2026 ".join(c.quote for c in citations)


def _locator(citations: Sequence[Citation]) -> str:
    # Where the words stand, and the words: "" for a record without any.
    if not citations:
        return ""
    return f"{_where(citations)}: \u201c{_quote(citations)}\u201d"


def _coverage(source: Source) -> str:
    # "2012–2013", "2012", or "" for a source that names no years.
    if not source.years:
        return ""
    first, last = source.years[0], source.years[-1]
    return str(first) if first == last else f"{first}\u2013{last}"


def _author(source: Source) -> str | None:
    # The bureau that wrote the page, or else its publisher, or nobody named.
    return source.bureau or source.publisher


def _note(source: Source) -> str:
    coverage = _coverage(source)
    return f"Reporting on {coverage}." if coverage else ""


def _passage(record_id: str | None, citations: Sequence[Citation]) -> str:
    # The title of a record's reference: its words as the page has them, then
    # in brackets (an editor's words beside a quotation) where they stand and
    # which record they are. Records often share words (four goals stand on
    # one sentence), so the words alone would not tell their references apart.
    named = "" if record_id is None else f"; record {record_id}"
    return f"{_quote(citations)} [{_where(citations)}{named}]"


def _text(source: Source, citations: Sequence[Citation]) -> str:
    # Only what the source says of itself: a user's page may name no bureau,
    # no publisher, no address and no years.
    named = []
    if source.bureau:
        acronym = f" ({source.bureau_acronym})" if source.bureau_acronym else ""
        named.append(f"{source.bureau}{acronym}")
    if source.publisher:
        named.append(source.publisher)
    coverage = _coverage(source)
    head = (f"{', '.join(named)}. " if named else "") + f"\u201c{source.title}.\u201d n.d."
    head += f", reporting on {coverage}." if coverage else ""
    head += f" {source.url}." if source.url else ""
    locator = _locator(citations)
    return f"{head} {locator}" if locator else head


def _csl(key: str, record_id: str | None, source: Source, citations: Sequence[Citation]) -> str:
    author = _author(source)
    item: dict[str, object] = {"id": key, "type": "webpage"}
    if citations:
        # The passage is the item, the page its container ("Website Title" in
        # Zotero). CSL-JSON's nocase markup keeps a style from title-casing
        # the quotation (Chicago would print "Could Fall to 80 Per 100,000").
        passage = _passage(record_id, citations)
        item |= {"title": f'<span class="nocase">{passage}</span>', "container-title": source.title}
    else:
        item["title"] = source.title
    item |= {"author": [{"literal": author}]} if author else {}
    item |= {"publisher": source.publisher} if source.publisher else {}
    item |= {"URL": source.url} if source.url else {}
    item |= {"language": "en", "source": "honduras-brief"}
    note = _note(source)
    item |= {"note": note} if note else {}
    sections = {c.section for c in citations}
    if len(sections) == 1 and (section := sections.pop()) is not None:
        item["section"] = section.value
    return json.dumps([item], ensure_ascii=False, indent=2)


def _latex(text: str) -> str:
    return text.translate(_LATEX)


def _bibtex(key: str, record_id: str | None, source: Source, citations: Sequence[Citation]) -> str:
    # A @misc entry, a type that needs no year (the page gives none):
    # BibTeX's styles print its title, howpublished and note, biblatex's its
    # title, howpublished, note and url. So a record's passage is the title,
    # and the page it stands in leads howpublished.
    author = _author(source)
    note = _note(source)
    title = _passage(record_id, citations) if citations else source.title
    published = [f"In \\emph{{{_latex(source.title)}}}"] if citations else []
    published += [] if source.url is None else [f"\\url{{{source.url}}}"]
    fields = (
        ("author", None if author is None else f"{{{_latex(author)}}}"),
        ("title", f"{{{_latex(title)}}}"),
        ("publisher", None if source.publisher is None else _latex(source.publisher)),
        ("howpublished", ", ".join(published) or None),
        ("url", source.url),
        ("language", "english"),
        ("note", _latex(note) if note else None),
    )
    lines = [f"  {name} = {{{value}}}," for name, value in fields if value is not None]
    return "\n".join([f"@misc{{{key},", *lines, "}"])


def _source_of(cited: object, citations: Sequence[Citation], brief: Brief | None) -> Source:
    # The source the record's own words stand in. A record without words (a
    # figure the text implies) is cited from the brief asked for, or the
    # shipped one; a record whose words stand in another brief's page is
    # refused, never cited from the wrong page.
    sources = list(dict.fromkeys(c.source for c in citations))
    if not sources:
        return brief_or_default(brief).source
    if len(sources) > 1:
        listed = ", ".join(f"{s.title!r} ({s.key})" for s in sources)
        msg = f"{_named(cited)} stands on the words of several sources ({listed}): cite each"
        raise ValueError(msg)
    (source,) = sources
    if brief is not None and brief_or_default(brief).source != source:
        msg = (
            f"{_named(cited)} cites {source.title!r} ({source.key}), not the source of the "
            f"brief given, {brief.source.title!r} ({brief.source.key})"
        )
        raise ValueError(msg)
    return source


def _named(cited: object) -> str:
    ident = getattr(cited, "id", None)
    return "the citation" if ident is None else f"the record {_shown(ident)}"


def cite(
    record_or_id: Record | Citation | str, format: Format = "text", *, brief: Brief | None = None
) -> str:
    r"""
    A citation of the page that quotes what *record_or_id* stands on.

    The page is the record's own source, the text its words stand in: the
    shipped page for a record of :data:`BRIEF`, a user's page for a record
    of a brief made of it. The citation names the page, and its publisher
    and address where the source has them, and quotes the record's words
    with where they stand: the section (in a text that has sections) and
    the character offsets in the page's text. A statement is cited by its clause, a figure
    by its sentence, a challenge, goal, accomplishment or operation by its
    sentences, and an actor or a place where the text first names it.

    Args:
        record_or_id: A record, a :class:`Citation`, or what
            :meth:`Brief.lookup` finds a record of *brief* by: its id, or a
            name, acronym or alias.
        format: ``"text"`` (the default) for a line to paste; ``"csl"`` for
            CSL-JSON, an array of one item, which Zotero, Mendeley and
            pandoc read; ``"bibtex"`` for a BibTeX ``@misc`` entry. The
            item's id (and BibTeX key) is the record's id. In both, the
            item is the record's passage of the page: its title is the
            words, then where they stand and the record's id in brackets,
            and the page is its container (``container-title``; BibTeX's
            ``howpublished``), so that two records are two references in
            any style. A record that stands on no words is the page itself.
        brief: The brief that ids are looked up in, and whose source is
            cited for a record that stands on no words; by default the
            shipped :data:`BRIEF`. A record given is cited from its own
            source, which must then be this brief's.

    Returns:
        The citation, as a line of text, CSL-JSON text or a BibTeX entry.

    Raises:
        UnknownRecordError: If *record_or_id* is a str that no record of
            *brief* answers to (and ``AmbiguousRecordError`` if several
            do), as :meth:`Brief.lookup` raises them.
        ValueError: If *format* is not one of the formats, or the record's
            words stand in a source other than that of a *brief* given (or
            in several sources).
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
          title = {{Los Cachiros [Accomplishments section, characters ...; record los-cachiros]}},
          publisher = {U.S. Department of State},
          howpublished = {In \emph{INL country program page for Honduras}, \url{http://www.state.gov/...}},
          url = {http://www.state.gov/j/inl/regions/westernhemisphere/219171.htm},
          language = {english},
          note = {Reporting on 2012--2013.},
        }
    """
    if format not in FORMATS:
        msg = f"'format' must be one of {', '.join(map(repr, FORMATS))}, got {_shown(format)}"
        raise ValueError(msg)
    if isinstance(record_or_id, str):
        brief = brief_or_default(brief)
        cited: object = brief.lookup(record_or_id)
    else:
        cited = record_or_id
    if not isinstance(cited, (Citation, *_RECORDS)):
        msg = (
            "'record_or_id' must be a record, a Citation or a record's id, "
            f"got {_shown(record_or_id)} of type {type(record_or_id).__name__}"
        )
        raise TypeError(msg)
    citations = _citations(cited)
    source = _source_of(cited, citations, brief)
    if isinstance(cited, Citation):
        record_id, key = None, f"citation-{cited.start}-{cited.end}"
    else:
        record_id = key = cited.id
    if format == "csl":
        return _csl(key, record_id, source, citations)
    if format == "bibtex":
        return _bibtex(key, record_id, source, citations)
    return _text(source, citations)
