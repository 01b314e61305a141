"""
The brief as a Frictionless Data Package (v2): five CSV tables and their descriptor.

The tables are the figures and the statements (as :func:`to_csv` writes
them), the records (challenges, goals, accomplishments, operations), the
actors and the places. ``datapackage.json`` describes each with a Table
Schema: field types, a description of every field (the tables' own, which
Arrow and Parquet carry too, read from the records' docstrings as the data
dictionary is), primary and foreign keys between the tables, and the empty
cell as the missing value. Nothing
beyond the package's own dependencies: the ``frictionless`` package
validates the result in the tests, and reads it for users, but is not
needed to write it.
"""

from __future__ import annotations

import errno
import json
import os
import re
import typing
import unicodedata
from collections.abc import Iterable, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any, Final

import attrs
import pendulum

from ._actors import ActorKind, PlaceKind
from ._dates import Precision
from ._edge import brief_or_default
from ._english import Tense
from ._io import check_overwrite, replace_folder
from ._models import Brief
from ._quantities import Basis, Qualifier, Unit
from ._source import SOURCE, Section, Source
from ._statements import Factuality, Predicate, Scope
from ._tables import (
    TABLES,
    ActorRow,
    FigureRow,
    PlaceRow,
    RecordRow,
    StatementRow,
    Table,
    descriptions,
    to_csv,
)

PROFILE: Final = "https://datapackage.org/profiles/2.0/datapackage.json"
"""The Data Package standard the descriptor follows (v2)."""
DESCRIPTOR: Final = "datapackage.json"
"""The descriptor's file name, beside the tables."""
TABLE_NAMES: Final[tuple[Table, ...]] = TABLES
"""The tables of the package, one CSV file each, in the descriptor's order."""

_PUBLIC_DOMAIN_MARK: Final = "https://creativecommons.org/publicdomain/mark/1.0/"
_CURATOR: Final = "The honduras-brief developers"
# The curators' keywords for the shipped page; a package of another text has
# none until its maker says what it is about.
_SHIPPED_KEYWORDS: Final = ("honduras", "narcotics", "inl", "state-department", "open-data")
_KINDS: Final = ("challenge", "goal", "accomplishment", "operation")


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


def _values(members: Iterable[Any]) -> tuple[str, ...]:
    return tuple(str(m.value) for m in members)


# The closed vocabularies of each table; "kind" is an actor's in one, a place's in another.
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
_VALUES: Final[Mapping[str, Mapping[str, tuple[str, ...]]]] = {
    "figures": _FIGURE_VALUES,
    "statements": {
        **_FIGURE_VALUES,
        "predicate": _values(Predicate),
        "factbank": tuple(f.factbank for f in Factuality),
        "scope": _values(Scope),
        "tense": _values(Tense),
    },
    "records": {
        "record_kind": _KINDS,
        "section": _values(Section),
        "period_precision": _values(Precision),
    },
    "actors": {"kind": _values(ActorKind)},
    "places": {"kind": _values(PlaceKind)},
}
# The rows that to_records gives, whose TypedDicts give each field's type.
_ROWS: Final[Mapping[str, type]] = {
    "figures": FigureRow,
    "statements": StatementRow,
    "records": RecordRow,
    "actors": ActorRow,
    "places": PlaceRow,
}
# A list is never empty here: every record is stated in words.
_NEVER_EMPTY: Final = frozenset({("records", "spans")})

_TYPES: Final[Mapping[object, str]] = {
    str: "string",
    int: "integer",
    bool: "boolean",
    Decimal: "number",
    pendulum.Date: "date",
}


def _typed_columns(name: Table) -> tuple[_Column, ...]:
    # The types of the rows that to_records gives, read from their TypedDict;
    # what each means, from the tables. A list is a string in CSV, its items
    # joined (see to_csv), and empty when there are none.
    hints = typing.get_type_hints(_ROWS[name])
    described = descriptions(name)
    columns = []
    for column, hint in hints.items():
        if typing.get_origin(hint) is tuple:
            kind, required = str, (name, column) in _NEVER_EMPTY
        else:
            kinds = typing.get_args(hint) or (hint,)
            (kind,) = (k for k in kinds if k is not type(None))
            required = type(None) not in kinds
        columns.append(
            _Column(
                name=column,
                type=_TYPES[kind],
                description=described[column],
                required=required,
                values=_VALUES[name].get(column, ()),
            )
        )
    return tuple(columns)


def _columns() -> dict[str, tuple[_Column, ...]]:
    return {name: _typed_columns(name) for name in TABLE_NAMES}


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


def _refuse(path: str, why: str, *, overwrite: bool) -> FileExistsError:
    what = "replace it" if overwrite else "pass overwrite=True to replace it"
    return FileExistsError(errno.EEXIST, f"{why}; give a new or empty folder, or {what}", path)


def _check_folder(path: str, *, overwrite: bool) -> None:
    # The folder is swapped whole, so overwrite=True would delete what it
    # holds: only a data package's folder (or an empty one) is replaced.
    folder = Path(path)
    if os.path.lexists(path) and not folder.is_dir():
        msg = f"'path' must be a directory, got the file {path!r}"
        raise FileExistsError(msg)
    if not folder.exists() or not any(folder.iterdir()):
        return
    if not overwrite:
        raise _refuse(path, "is a folder that holds files", overwrite=False)
    if not (folder / DESCRIPTOR).is_file():
        msg = (
            f"holds files but no {DESCRIPTOR}: overwrite=True replaces the whole folder, "
            "so only a data package's folder is replaced"
        )
        raise FileExistsError(errno.EEXIST, msg, path)


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
    written as the exact decimals they are (``85.5``), typed ``number``; a
    list (``aliases``, ``spans``) is a ``string``, its items joined with
    ``"; "`` as :func:`to_csv` joins them. The same brief always gives the
    same bytes.

    The folder is written whole: the files go into a temporary folder
    beside *path*, which then takes its place, so a reader sees the old
    package or the new one, never a mix, and a failed write leaves the old
    one.

    Args:
        path: The directory to write; its parent folders are created if
            they do not exist.
        brief: The brief to write; by default the shipped :data:`BRIEF`.
        overwrite: Replace a folder that already holds a data package
            (a ``datapackage.json``). The folder is replaced whole: any
            other file in it goes too. A folder that holds files but no
            ``datapackage.json`` is never replaced, since those files are
            not the package's.

    Returns:
        The path of ``datapackage.json``.

    Raises:
        FileExistsError: If *path* is a file; or a directory that holds
            files and *overwrite* is false; or one that holds files but
            no ``datapackage.json``.
        TypeError: If *brief* is not a :class:`Brief`, or *overwrite* is
            not a bool.

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
    check_overwrite(overwrite)
    folder = os.fspath(path)
    if not isinstance(folder, str):
        msg = f"'path' must name a folder, got {path!r}"
        raise TypeError(msg)
    _check_folder(folder, overwrite=overwrite)
    tables = _tables(brief)
    columns = _with_own_words(_columns(), tables)
    text = json.dumps(_descriptor(brief, columns), ensure_ascii=False, indent=2) + "\n"

    def fill(temporary: str) -> None:
        for name, table in tables.items():
            (Path(temporary) / f"{name}.csv").write_text(table, encoding="utf-8", newline="")
        (Path(temporary) / DESCRIPTOR).write_text(text, encoding="utf-8", newline="")

    try:
        Path(folder).parent.mkdir(parents=True, exist_ok=True)
    except FileExistsError:  # a file stands where a folder above it would go
        raise NotADirectoryError(errno.ENOTDIR, "Not a directory", folder) from None
    try:
        replace_folder(folder, fill, overwrite=overwrite)
    except FileExistsError:
        # Another writer filled the folder after the check.
        raise _refuse(folder, "is a folder that holds files", overwrite=overwrite) from None
    return Path(folder) / DESCRIPTOR
