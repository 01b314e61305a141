"""Render docs/data-dictionary.md from the models and the brief itself.

Every record type and field, its type, its unit where it has one, what it
means (from the class's ``Attributes:`` docstring) and an example value
taken from the brief; then every table of ``to_records``, its columns in
order, their types, what each means (the words the data package and the
Parquet fields give it) and the first row's values. ``scripts/regenerate.py``
writes it (``python scripts/datadict.py`` prints it alone); a test checks
that the file matches.
"""

from __future__ import annotations

import enum
import html
import inspect
import re
import typing

import attrs

import honduras_brief as hb
from honduras_brief import _display
from honduras_brief._docstrings import meanings as _meanings
from honduras_brief._tables import descriptions
from honduras_brief._tree import walk

RECORD_TYPES = (
    hb.Brief, hb.Source, hb.Challenge, hb.Goal, hb.Accomplishment, hb.Operation, hb.Designation,
    hb.Route, hb.Statement, hb.Actor, hb.Place, hb.Quantity, hb.DateRange, hb.Citation,
)  # fmt: skip
ENUMS = (
    hb.Section, hb.Qualifier, hb.Unit, hb.Basis, hb.Precision, hb.ActorKind, hb.PlaceKind,
    hb.Factuality, hb.Scope, hb.Substance, hb.Activity, hb.TransportMode, hb.Heading,
    hb.Vulnerability, hb.AssetKind, hb.Role, hb.Practice, hb.Equipment, hb.Aim, hb.Topic,
    hb.Domain, hb.Grade,
)  # fmt: skip
UNITS = {
    ("Citation", "start"): "characters of `SOURCE_TEXT`",
    ("Citation", "end"): "characters of `SOURCE_TEXT`",
    ("Quantity", "low"): "the figure's `unit`",
    ("Quantity", "high"): "the figure's `unit`",
    ("DateRange", "start"): "calendar day in Honduras",
    ("DateRange", "end"): "calendar day in Honduras",
    ("Source", "years"): "calendar years",
    ("Accomplishment", "bullet"): "position in the list, from 1",
}


# Each table of to_records, with the TypedDict of its rows.
TABLES = (
    ("figures", hb.FigureRow), ("statements", hb.StatementRow), ("records", hb.RecordRow),
    ("actors", hb.ActorRow), ("places", hb.PlaceRow),
)  # fmt: skip


def _example(cls: type) -> object | None:
    return next((o for o in walk(hb.BRIEF) if type(o) is cls), None)


def _type_name(tp: object) -> str:
    args = typing.get_args(tp)
    origin = typing.get_origin(tp)
    if origin is tuple:
        return f"tuple[{_type_name(args[0])}, ...]"
    if args:  # a union
        return " | ".join(_type_name(a) for a in args)
    if tp is type(None):
        return "None"
    return getattr(tp, "__name__", str(tp))


def _code(text: str) -> str:
    # A pipe inside a backtick span would split or show escaped in a table.
    return f"<code>{html.escape(text).replace('|', '&#124;')}</code>"


# A reStructuredText role in a docstring: ":class:`Actor`", ":data:`~x.BRIEF`".
_ROLE = re.compile(r":(?:py:)?([a-z]+):`(~?)([^`<>]+)`")


def _myst(text: str) -> str:
    """*text* with its docstring roles as MyST roles, linked to the API reference."""

    def role(m: re.Match[str]) -> str:
        kind, short, target = m[1], m[2], m[3]
        shown = target.rpartition(".")[2] if short else target
        if not target.startswith("honduras_brief."):
            target = f"honduras_brief.{target}"
        return f"{{py:{kind}}}`{shown} <{target}>`"

    return _ROLE.sub(role, text)


def _cell(text: str, limit: int = 90) -> str:
    text = text if len(text) <= limit else text[: limit - 1] + "\u2026"
    return text.replace("|", "\\|").replace("\n", " ")


def render() -> str:
    """The data dictionary as Markdown."""
    out = [
        "# Data dictionary",
        "",
        "Every record type and field, generated from the models and the brief by",
        "`scripts/regenerate.py`. Examples are the first value of that type in the",
        "brief. All fields are required when reading JSON; optional ones may be `null`.",
        "",
    ]
    for cls in RECORD_TYPES:
        example = _example(cls)
        meanings = _meanings(cls)
        summary = (inspect.getdoc(cls) or "").split("\n\n")[0].replace("\n", " ")
        out += [f"## `{cls.__name__}`", "", summary, ""]
        out += [
            "| field | type | unit | meaning | example from the brief |",
            "| --- | --- | --- | --- | --- |",
        ]
        hints = typing.get_type_hints(cls)
        for field in attrs.fields(cls):
            if not field.init:
                continue
            value = _display.text(getattr(example, field.name)) if example is not None else "\u2014"
            unit = UNITS.get((cls.__name__, field.name), "\u2014")
            out.append(
                f"| `{field.name}` | {_code(_type_name(hints[field.name]))} | {unit} | "
                f"{_myst(_cell(meanings.get(field.name, ''), 200))} | {_cell(value)} |"
            )
        out.append("")
    out += _tables()
    out += ["## Vocabularies", "", "Closed sets of values, written in JSON as the value.", ""]
    for kind in ENUMS:
        assert issubclass(kind, enum.Enum)
        values = ", ".join(f"`{m.value}`" for m in kind)
        out += [f"- **`{kind.__name__}`**: {values}"]
    return "\n".join(out) + "\n"


def _tables() -> list[str]:
    """The tables of ``to_records``: each one's columns, their types and the first row."""
    out = [
        "## Tables",
        "",
        "The flat rows of `to_records` (and `to_csv`, `to_dataframe`, `to_arrow`,",
        "`to_parquet`), one table per `table=`, columns in order. Every row ends",
        "with its source's key (`source_key`, always there) and address",
        "(`source_url`, empty for a text that has none), so the tables of several",
        "briefs concatenate and can be told apart; `section` is empty for a text",
        "without the page's headings. Examples are the first row of the brief.",
        "",
        "A column typed `tuple[str, ...]` holds several values: a tuple in",
        "`to_records`, a `list<string>` in Arrow and Parquet, a list in a DataFrame,",
        "empty where there are none. In CSV (`to_csv` and the data package) its",
        'items are joined with `"; "`; an item that holds `;`, `"` or a line break,',
        "or starts with white space, is put in double quotes as CSV quotes a field",
        '(`"` doubled), so `csv.reader([cell], delimiter=";", skipinitialspace=True)`',
        "reads the items back. No item of the shipped brief needs quoting: its ids",
        "are slugs, and none of its names, aliases or words holds `;`. `inferred` is",
        "prose (its reasons may hold `; `), not a list.",
        "",
        "`low` and `high` are the decimals as the text writes them (`57`, `85.5`) in",
        "`to_records`, CSV and a DataFrame (its `Decimal` objects). Arrow and Parquet",
        "give a column one scale, so there a count of 57 beside 85.5 reads `57.0`,",
        "equal in value; a table of figures of one scale keeps it.",
        "",
    ]
    for name, row in TABLES:
        # The name is a str here, not one of the Literal names the overloads take.
        (first,) = hb.to_records(hb.BRIEF, table=name)[:1]  # type: ignore[call-overload]
        meant = descriptions(name)
        out += [f"### `{name}`", "", "| column | type | meaning | example from the brief |"]
        out.append("| --- | --- | --- | --- |")
        for column, hint in typing.get_type_hints(row).items():
            value = first[column]
            shown = "\u2014" if value is None or value == () else _display.text(value)
            out.append(
                f"| `{column}` | {_code(_type_name(hint))} | {_cell(meant[column], 400)} | "
                f"{_cell(shown)} |"
            )
        out.append("")
    return out


if __name__ == "__main__":
    print(render(), end="")


PREDICATES_START = "<!-- predicates:start -->"
PREDICATES_END = "<!-- predicates:end -->"


def render_predicates() -> str:
    """The table of every predicate, its meaning and its example, for docs/statements.md."""
    lines = [
        PREDICATES_START,
        "| `Predicate` | value | meaning | example from the text |",
        "| --- | --- | --- | --- |",
    ]
    lines += [
        f"| `{p.name}` | `{p.value}` | {p.meaning} | \u201c{p.example}\u201d |"
        for p in hb.Predicate
    ]
    return "\n".join([*lines, PREDICATES_END])


def with_predicates(page: str) -> str:
    """*page* with the table between its markers rendered afresh."""
    before, _, rest = page.partition(PREDICATES_START)
    _, _, after = rest.partition(PREDICATES_END)
    return before + render_predicates() + after
