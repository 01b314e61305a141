"""
The brief as a Frictionless Data Package (v2): five CSV tables and their descriptor.

The tables are the figures and the statements (as :func:`to_csv` writes
them), the records (challenges, goals, accomplishments, operations), the
actors and the places. ``datapackage.json`` describes each with a Table
Schema: field types, a description of every field (read from the records'
own docstrings, as the data dictionary is), primary and foreign keys
between the tables, and the empty cell as the missing value. Nothing
beyond the package's own dependencies: the ``frictionless`` package
validates the result in the tests, and reads it for users, but is not
needed to write it.
"""

from __future__ import annotations

import json
import os
import re
import typing
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, Final

import attrs
import pendulum

from ._actors import Actor, ActorKind, Place, PlaceKind
from ._dates import DateRange, Precision
from ._docstrings import meanings, plain
from ._edge import brief_or_default
from ._english import Tense
from ._models import Accomplishment, Brief, Challenge
from ._quantities import Basis, Qualifier, Quantity, Unit
from ._source import SOURCE, Citation, Section, Source
from ._statements import Factuality, Predicate, Scope, Statement
from ._tables import COLUMNS, STATEMENT_COLUMNS, FigureRow, StatementRow, to_csv

PROFILE: Final = "https://datapackage.org/profiles/2.0/datapackage.json"
"""The Data Package standard the descriptor follows (v2)."""
DESCRIPTOR: Final = "datapackage.json"
"""The descriptor's file name, beside the tables."""
TABLE_NAMES: Final = ("figures", "statements", "records", "actors", "places")
"""The tables of the package, one CSV file each, in the descriptor's order."""

_PUBLIC_DOMAIN_MARK: Final = "https://creativecommons.org/publicdomain/mark/1.0/"
_CURATOR: Final = "The honduras-brief developers"
# The curators' keywords for the shipped page; a package of another text has
# none until its maker says what it is about.
_SHIPPED_KEYWORDS: Final = ("honduras", "narcotics", "inl", "state-department", "open-data")
_JOINED: Final = "; "  # how a cell joins several values, as in the figures table
_EXACT: Final = (
    " Exact: the decimal as the text writes it; read it as a decimal, not a binary "
    "float (frictionless reads a number field as a Python Decimal)."
)
_KINDS: Final = ("challenge", "goal", "accomplishment", "operation")
_PROVENANCE: Final = (
    "'stated' when the words say all of it, 'inferred' when the row says more "
    "than they do (see inferred)."
)


@attrs.frozen(kw_only=True)
class _Column:
    """One field of a table: its name, Table Schema type, meaning and constraints."""

    name: str
    type: str
    description: str
    required: bool = False
    values: tuple[str, ...] = ()

    def schema(self) -> dict[str, Any]:
        field: dict[str, Any] = {
            "name": self.name,
            "type": self.type,
            "description": self.description,
        }
        constraints: dict[str, Any] = {}
        if self.required:
            constraints["required"] = True
        if self.values:
            constraints["enum"] = list(self.values)
        if constraints:
            field["constraints"] = constraints
        return field


def _says(cls: type, field: str, lead: str = "", tail: str = "") -> str:
    # A field's meaning from its class's docstring, as the data dictionary
    # gives it; a lead puts it in the row's terms ("Of the figure's period:").
    meaning = plain(meanings(cls)[field])
    first = meaning[0].lower() if lead else meaning[0].upper()
    return f"{lead}{first}{meaning[1:]}{tail}"


_ACTOR_REF: Final = " The value is an actor_id of the actors table."
_PLACE_REF: Final = " The value is a place_id of the places table."
_NAME: Final = " The value is the actor's name."
_LIST: Final = " Several are joined with '; '."
_SPANS: Final = (
    "Where each of its citations stands in the page's text, as start:end character "
    "offsets, joined with '; '."
)


def _values(members: Iterable[Any]) -> tuple[str, ...]:
    return tuple(str(m.value) for m in members)


def _period(lead: str) -> dict[str, Callable[[], str]]:
    return {
        "period_start": lambda: _says(DateRange, "start", lead),
        "period_end": lambda: _says(DateRange, "end", lead),
        "period_precision": lambda: _says(DateRange, "precision", lead),
    }


def _source_meanings() -> dict[str, Callable[[], str]]:
    return {
        "source_key": lambda: (
            "The key of the row's source, the text it stands in: sha256: and the first 16 "
            "hex digits of the text's SHA-256 (Source.key), so rows of several briefs "
            "can be told apart."
        ),
        "source_url": lambda: _says(Source, "url", "Of the row's source: "),
    }


def _source_columns() -> tuple[_Column, ...]:
    return tuple(
        _Column(name=name, type="string", description=describe(), required=name == "source_key")
        for name, describe in _source_meanings().items()
    )


def _quote(lead: str) -> dict[str, Callable[[], str]]:
    return {
        "section": lambda: _says(Citation, "section", lead),
        "quote": lambda: _says(Citation, "quote", lead),
        "quote_start": lambda: _says(Citation, "start", lead),
        "quote_end": lambda: _says(Citation, "end", lead),
    }


# What each column of the figures and statements tables means. Those tables
# are built by to_records; the columns it adds must be described here (a
# test checks that every field has a description).
_FIGURE_MEANINGS: Final[Mapping[str, Callable[[], str]]] = {
    "record_id": lambda: (
        "The id of the challenge, goal, accomplishment or operation that holds "
        "the figure (its record_id in the records table)."
    ),
    "record_kind": lambda: "What kind of record holds the figure.",
    "figure_id": lambda: _says(Quantity, "id", "The figure's id: "),
    "measure": lambda: _says(Quantity, "measure"),
    "text": lambda: _says(Quantity, "text"),
    "qualifier": lambda: _says(Quantity, "qualifier"),
    "low": lambda: _says(Quantity, "low", tail=_EXACT),
    "high": lambda: _says(Quantity, "high", tail=_EXACT),
    "unit": lambda: _says(Quantity, "unit"),
    "basis": lambda: _says(Quantity, "basis"),
    **_period("Of the figure's period: "),
    "attributed_to_id": lambda: _says(Quantity, "attributed_to", tail=_ACTOR_REF),
    "attributed_to": lambda: _says(Quantity, "attributed_to", tail=_NAME),
    "derived_from": lambda: _says(Quantity, "derived_from", tail=_LIST),
    "factuality": lambda: (
        "How sure the text is of the figure: the factuality of the first statement "
        "that states it (see the statements table)."
    ),
    "provenance": lambda: _PROVENANCE,
    "inferred": lambda: _says(
        Quantity, "inferred", tail=" The reasons for the figure and for its period, joined."
    ),
    **_quote("Of the figure's citation: "),
    **_source_meanings(),
}
_STATEMENT_MEANINGS: Final[Mapping[str, Callable[[], str]]] = {
    "statement_id": lambda: _says(Statement, "id", "The statement's id: "),
    "record_ids": lambda: (
        "The ids of the challenges, goals and accomplishments that hold the statement "
        "(their record_id in the records table), joined with '; '."
    ),
    "subject_id": lambda: (
        "The subject's key: a record's id (in the actors, places, figures or records "
        "table), or Kind:words for a term of the text's vocabularies (Role:judges)."
    ),
    "subject_kind": lambda: (
        "The subject's type: Actor, Place, Quantity, Operation, Designation, or the "
        "vocabulary of a term (Role, Substance, ...)."
    ),
    "subject": lambda: _says(Statement, "subject", tail=" In words."),
    "predicate": lambda: _says(
        Statement, "predicate", tail=" One of the Predicate values (see the Statements page)."
    ),
    "object_ids": lambda: _says(Statement, "objects", "The objects' keys, as subject_id: "),
    "object_kinds": lambda: _says(Statement, "objects", "The objects' types, as subject_kind: "),
    "objects": lambda: _says(Statement, "objects", "In words, joined with '; ': "),
    "factuality": lambda: _says(Statement, "factuality"),
    "factbank": lambda: "The factuality as FactBank's value (CT+, PR+, PS+, CT-, PR-, PS-, Uu).",
    "according_to_id": lambda: _says(Statement, "according_to", tail=_ACTOR_REF),
    "according_to": lambda: _says(Statement, "according_to", tail=_NAME),
    "reported_by_id": lambda: _says(Statement, "reported_by", tail=_ACTOR_REF),
    "tense": lambda: _says(Statement, "tense", tail=" One of present, past, future."),
    **_period("Of the statement's period: "),
    "place_id": lambda: _says(Statement, "place", tail=_PLACE_REF),
    "scope": lambda: _says(Statement, "scope"),
    "grading": lambda: _says(Statement, "grading", tail=_LIST),
    "provenance": lambda: _PROVENANCE,
    "inferred": lambda: _says(
        Statement,
        "inferred",
        tail=" The reasons for the statement, for its period and for its readings, joined.",
    ),
    "sentence": lambda: (
        "The statement as one English sentence that says what its words say (str(statement))."
    ),
    **_quote("Of the statement's citation: "),
    **_source_meanings(),
}

# Closed vocabularies of the two tables from to_records.
_FIGURE_VALUES: Final[Mapping[str, tuple[str, ...]]] = {
    "record_kind": _KINDS,
    "section": _values(Section),
    "qualifier": _values(Qualifier),
    "unit": _values(Unit),
    "basis": _values(Basis),
    "period_precision": _values(Precision),
    "factuality": _values(Factuality),
    "provenance": ("stated", "inferred"),
}
_STATEMENT_VALUES: Final[Mapping[str, tuple[str, ...]]] = {
    **_FIGURE_VALUES,
    "predicate": _values(Predicate),
    "factbank": tuple(f.factbank for f in Factuality),
    "scope": _values(Scope),
    "tense": _values(Tense),
}

_TYPES: Final[Mapping[object, str]] = {
    str: "string",
    int: "integer",
    bool: "boolean",
    Decimal: "number",
    pendulum.Date: "date",
}


def _typed_columns(
    row: type,
    names: Sequence[str],
    described: Mapping[str, Callable[[], str]],
    values: Mapping[str, tuple[str, ...]],
) -> tuple[_Column, ...]:
    # The types of the rows that to_records gives, read from their TypedDict.
    hints = typing.get_type_hints(row)
    columns = []
    for name in names:
        kinds = typing.get_args(hints[name]) or (hints[name],)
        (kind,) = (k for k in kinds if k is not type(None))
        describe = described.get(name)
        columns.append(
            _Column(
                name=name,
                type=_TYPES[kind],
                description="" if describe is None else describe(),
                required=type(None) not in kinds,
                values=values.get(name, ()),
            )
        )
    return tuple(columns)


def _own_columns() -> dict[str, tuple[_Column, ...]]:
    # The records, actors and places tables, which only the data package has.
    period = "Of the record's period: "
    record = (
        _Column(
            name="record_id",
            type="string",
            description=_says(Challenge, "id", "The record's id: "),
            required=True,
        ),
        _Column(
            name="record_kind",
            type="string",
            description="What kind of record it is.",
            required=True,
            values=_KINDS,
        ),
        _Column(
            name="title",
            type="string",
            description=_says(Challenge, "title", tail=" For an operation, its name."),
            required=True,
        ),
        _Column(
            name="section",
            type="string",
            description=_says(Citation, "section", "Of its first citation: "),
            values=_values(Section),
        ),
        _Column(
            name="bullet",
            type="integer",
            description=_says(Accomplishment, "bullet", tail=" Accomplishments only."),
        ),
        _Column(
            name="period_start",
            type="date",
            description=_says(DateRange, "start", period),
        ),
        _Column(name="period_end", type="date", description=_says(DateRange, "end", period)),
        _Column(
            name="period_precision",
            type="string",
            description=_says(DateRange, "precision", period),
            values=_values(Precision),
        ),
        _Column(
            name="operation_id",
            type="string",
            description=_says(
                Accomplishment, "operation", tail=" The value is a record_id of this table."
            ),
        ),
        _Column(
            name="quote",
            type="string",
            description=(
                "The words the record is stated in: its citations' quotes, joined with ' … '."
            ),
            required=True,
        ),
        _Column(name="spans", type="string", description=_SPANS, required=True),
        *_source_columns(),
    )
    actor = (
        _Column(
            name="actor_id",
            type="string",
            description=_says(Actor, "id", "The actor's id: "),
            required=True,
        ),
        _Column(name="name", type="string", description=_says(Actor, "name"), required=True),
        _Column(
            name="kind",
            type="string",
            description=_says(Actor, "kind"),
            required=True,
            values=_values(ActorKind),
        ),
        _Column(name="acronym", type="string", description=_says(Actor, "acronym")),
        _Column(name="aliases", type="string", description=_says(Actor, "aliases", tail=_LIST)),
        _Column(name="generic", type="boolean", description=_says(Actor, "generic"), required=True),
        _Column(
            name="part_of_id",
            type="string",
            description=_says(Actor, "part_of", tail=" The value is an actor_id of this table."),
        ),
        _Column(name="note", type="string", description=_says(Actor, "note")),
        _Column(name="inferred", type="string", description=_says(Actor, "inferred")),
        _Column(name="spans", type="string", description=_SPANS),
        *_source_columns(),
    )
    place = (
        _Column(
            name="place_id",
            type="string",
            description=_says(Place, "id", "The place's id: "),
            required=True,
        ),
        _Column(name="name", type="string", description=_says(Place, "name"), required=True),
        _Column(
            name="kind",
            type="string",
            description=_says(Place, "kind"),
            required=True,
            values=_values(PlaceKind),
        ),
        _Column(name="aliases", type="string", description=_says(Place, "aliases", tail=_LIST)),
        _Column(name="generic", type="boolean", description=_says(Place, "generic"), required=True),
        _Column(name="note", type="string", description=_says(Place, "note")),
        _Column(name="spans", type="string", description=_SPANS),
        *_source_columns(),
    )
    return {"records": record, "actors": actor, "places": place}


def _columns() -> dict[str, tuple[_Column, ...]]:
    return {
        "figures": _typed_columns(FigureRow, COLUMNS, _FIGURE_MEANINGS, _FIGURE_VALUES),
        "statements": _typed_columns(
            StatementRow, STATEMENT_COLUMNS, _STATEMENT_MEANINGS, _STATEMENT_VALUES
        ),
        **_own_columns(),
    }


def _reference(fields: str, resource: str | None, to: str) -> dict[str, Any]:
    # A reference without a resource is to the table itself (Table Schema v2).
    reference: dict[str, Any] = {"fields": [to]}
    if resource is not None:
        reference = {"resource": resource, **reference}
    return {"fields": [fields], "reference": reference}


_KEYS: Final[Mapping[str, str]] = {
    "figures": "figure_id",
    "statements": "statement_id",
    "records": "record_id",
    "actors": "actor_id",
    "places": "place_id",
}
_FOREIGN_KEYS: Final[Mapping[str, tuple[tuple[str, str | None, str], ...]]] = {
    "figures": (("record_id", "records", "record_id"), ("attributed_to_id", "actors", "actor_id")),
    "statements": (("according_to_id", "actors", "actor_id"), ("place_id", "places", "place_id")),
    "records": (("operation_id", None, "record_id"),),
    "actors": (("part_of_id", None, "actor_id"),),
    "places": (),
}
_TITLES: Final[Mapping[str, tuple[str, str]]] = {
    "figures": (
        "Figures",
        (
            "One row per figure of the text: its words, exact bounds, unit, period, who "
            "gives it, and the words it stands in."
        ),
    ),
    "statements": (
        "Statements",
        (
            "One row per proposition of the text: subject, predicate and objects, how sure "
            "the text is and according to whom, when and where it holds, and its clause."
        ),
    ),
    "records": (
        "Records",
        (
            "The challenges, goals, accomplishments and operations the page is made of, "
            "with the words each is stated in."
        ),
    ),
    "actors": ("Actors", "Every organisation, group and person the page names."),
    "places": ("Places", "Every place the page names."),
}


def _resource(name: str, columns: tuple[_Column, ...]) -> dict[str, Any]:
    title, description = _TITLES[name]
    schema: dict[str, Any] = {
        "fields": [c.schema() for c in columns],
        "missingValues": [""],
        "primaryKey": [_KEYS[name]],
    }
    foreign = [_reference(*key) for key in _FOREIGN_KEYS[name]]
    if foreign:
        schema["foreignKeys"] = foreign
    return {
        "name": name,
        "type": "table",
        "path": f"{name}.csv",
        "scheme": "file",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "title": title,
        "description": description,
        "dialect": {"header": True, "delimiter": ",", "lineTerminator": "\n", "quoteChar": '"'},
        "schema": schema,
    }


def _name(source: Source) -> str:
    # The package's name, after its source: the shipped page's as published,
    # any other text's its title's words and the start of its digest, in the
    # letters a Data Package name may have.
    if source == SOURCE:
        return "honduras-brief"
    letters = unicodedata.normalize("NFKD", source.title.lower())
    plain = "".join(c for c in letters if not unicodedata.combining(c))
    words = re.findall(r"[a-z0-9]+", plain)
    return "-".join([*words[:8], source.sha256[:8]])


def _years(source: Source) -> str:
    # "2012-2013", "1863", or "" for a source that names no years.
    if not source.years:
        return ""
    first, last = source.years[0], source.years[-1]
    return str(first) if first == last else f"{first}-{last}"


def _descriptor(brief: Brief, columns: Mapping[str, tuple[_Column, ...]]) -> dict[str, Any]:
    # What the source says of itself, and no more: a user's page may name no
    # publisher, bureau, address, years or rights.
    from importlib.metadata import version

    source = brief.source
    years = _years(source)
    by = ", ".join(name for name in (source.publisher, source.bureau) if name)
    page = f"{source.title} ({source.bureau})" if source.bureau else source.title
    page = f"The {source.publisher}'s {page}" if source.publisher else page
    descriptor: dict[str, Any] = {
        "$schema": PROFILE,
        "name": _name(source),
        "title": f"{source.title}{f', {years}' if years else ''}, as cited data",
        "description": (
            f"{page}{f', reporting on {years},' if years else ''} as cited data: every "
            "figure, statement, record, actor and place, with the exact words it stands on "
            "and where they stand in the page's text "
            f"(UTF-8, sha256 {source.sha256}). Exact decimals; the empty cell is a missing "
            "value." + (f" Rights: {source.rights}" if source.rights else "")
        ),
        "version": version("honduras-brief"),
    }
    if source == SOURCE:
        descriptor["keywords"] = list(_SHIPPED_KEYWORDS)
    if source.public_domain:
        licence = {"name": "other-pd", "path": _PUBLIC_DOMAIN_MARK}
        descriptor["licenses"] = [licence | ({"title": source.rights} if source.rights else {})]
    cited = {"title": f"{by}: {source.title}" if by else source.title}
    descriptor["sources"] = [cited | ({"path": source.url} if source.url else {})]
    creators = []
    if by:
        creator: dict[str, Any] = {"title": by}
        creator |= {"organization": source.publisher} if source.publisher else {}
        creator |= {"path": source.url} if source.url else {}
        creators.append(creator | {"roles": ["creator"]})
    descriptor["contributors"] = [*creators, {"title": _CURATOR, "roles": ["dataCurator"]}]
    descriptor["resources"] = [_resource(name, cols) for name, cols in columns.items()]
    return descriptor


def _tables(brief: Brief) -> dict[str, str]:
    # Each table as to_csv writes it: a header, LF line ends, "" for None.
    return {name: to_csv(brief, table=name) for name in TABLE_NAMES}


def _with_own_words(
    columns: Mapping[str, tuple[_Column, ...]], tables: Mapping[str, str]
) -> dict[str, tuple[_Column, ...]]:
    # The vocabularies are open: a column's allowed values are the shipped
    # terms and then any other words of the brief's own that its cells hold
    # (a user's "founders" as an actor's kind), in the order they come.
    import csv
    import io

    widened = {}
    for name, cols in columns.items():
        rows = list(csv.DictReader(io.StringIO(tables[name])))
        widened[name] = tuple(
            attrs.evolve(
                col,
                values=tuple(
                    dict.fromkeys([*col.values, *(r[col.name] for r in rows if r[col.name])])
                ),
            )
            if col.values
            else col
            for col in cols
        )
    return widened


def write_datapackage(
    path: str | os.PathLike[str], brief: Brief | None = None, *, overwrite: bool = False
) -> Path:
    """
    Write the brief as a Frictionless Data Package (v2) into the directory *path*.

    One CSV file per table (``figures``, ``statements``, ``records``,
    ``actors``, ``places``) and ``datapackage.json``, which gives each table
    its Table Schema: field types, a description of every field, primary
    and foreign keys, and the empty cell as the missing value; and the
    package its licence, source page, contributors and version: all from
    the brief's own source, with what it says of itself (a licence only for
    a text in the public domain), and a name after it. Bounds are
    written as the exact decimals they are (``85.5``), typed ``number``.
    The same brief always gives the same bytes.

    Args:
        path: The directory to write into; it is created if it does not
            exist.
        brief: The brief to write; by default the shipped :data:`BRIEF`.
        overwrite: Write into a directory that already holds files,
            replacing the package's own files (and leaving the others).

    Returns:
        The path of ``datapackage.json``.

    Raises:
        FileExistsError: If *path* is a directory that holds files and
            *overwrite* is false, or if *path* is a file.
        TypeError: If *brief* is not a :class:`Brief`.

    Examples:
        >>> import json, tempfile
        >>> with tempfile.TemporaryDirectory() as folder:
        ...     descriptor = write_datapackage(folder)
        ...     package = json.loads(descriptor.read_text(encoding="utf-8"))
        ...     written = sorted(p.name for p in descriptor.parent.iterdir())
        >>> written  # doctest: +NORMALIZE_WHITESPACE
        ['actors.csv', 'datapackage.json', 'figures.csv', 'places.csv', 'records.csv',
         'statements.csv']
        >>> [r["name"] for r in package["resources"]]
        ['figures', 'statements', 'records', 'actors', 'places']
        >>> package["licenses"][0]["name"], package["sources"][0]["path"]
        ('other-pd', 'http://www.state.gov/j/inl/regions/westernhemisphere/219171.htm')
    """
    brief = brief_or_default(brief)
    folder = Path(path)
    if folder.exists() and not folder.is_dir():
        msg = f"'path' must be a directory, got the file {str(folder)!r}"
        raise FileExistsError(msg)
    if folder.exists() and any(folder.iterdir()) and not overwrite:
        msg = (
            f"'path' {str(folder)!r} is a directory that holds files; pass overwrite=True "
            "to write the package's files into it"
        )
        raise FileExistsError(msg)
    tables = _tables(brief)
    columns = _with_own_words(_columns(), tables)
    descriptor = _descriptor(brief, columns)
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in tables.items():
        (folder / f"{name}.csv").write_text(text, encoding="utf-8", newline="")
    target = folder / DESCRIPTOR
    text = json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n"
    target.write_text(text, encoding="utf-8", newline="")
    return target
