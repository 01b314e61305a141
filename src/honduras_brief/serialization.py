"""
JSON in and out, through one configured cattrs converter.

Importing this module imports cattrs; ``import honduras_brief`` does not,
so the cost is paid on first use. Output is deterministic (same records,
same bytes) and lossless: a ``Decimal`` is written as its string, keeping
its exponent (``"85.50"`` stays ``85.50``), dates as ``YYYY-MM-DD``, enums by
value and tuples as arrays. Input is strict: nothing is coerced, and every
problem is reported with its JSON path in one :class:`InvalidDataError`.
"""

from __future__ import annotations

import contextvars
import enum
import functools
import inspect
import json
import re
import sys
import types
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, Final, TypeVar, overload

import attrs
import pendulum
from cattrs import BaseConverter
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.fns import identity
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override
from cattrs.v import transform_error

from ._io import MAX_READ, PathOrBuffer, write
from ._models import Brief
from ._source import SOURCE, Citation, Source
from ._statements import ARGUMENT_TYPES
from ._vocabulary import _SLUG, SlugVocabulary, Vocabulary
from .exceptions import InvalidDataError
from .exceptions import _shown as _excerpt

if TYPE_CHECKING:
    from cattrs.preconf.json import JsonConverter

__all__ = [
    "configure_converter",
    "from_dict",
    "from_json",
    "json_schema",
    "to_dict",
    "to_json",
]

T = TypeVar("T")
JSON = dict[str, Any] | list[Any] | str | int | float | bool | None
"""What :func:`json.loads` can give."""

# ASCII digits only: \d would admit "٨٥.٥" and "８５.５", which Decimal reads.
_DECIMAL: Final = re.compile(r"-?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")
_DATE: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_SURROGATE: Final = re.compile("[\ud800-\udfff]")
_SCHEMA_DIALECT: Final = "https://json-schema.org/draft/2020-12/schema"


def _find_orjson() -> types.ModuleType | None:
    # The ``fast`` extra: orjson reads and writes the same JSON several times
    # faster. Every check stays ours, and the bytes written are the same.
    try:
        import orjson
    except ImportError:
        return None
    return orjson


_orjson = _find_orjson()


class _MismatchError(TypeError):
    """A JSON value of the wrong kind, or a string of the wrong form."""


_MOST_DIGITS: Final = 4300  # Python's own limit on reading an int from text


class _Numeral(str):
    """A JSON number this library reads as no value: NaN, Infinity, or too long an integer."""

    __slots__ = ()

    def __repr__(self) -> str:
        return str(self) if len(self) <= 20 else f"a number of {len(self)} digits"  # noqa: PLR2004


def _numeral(text: str, odd: list[str]) -> int | _Numeral:
    # Read where it stands, so that a problem is reported at its own path;
    # *odd* records every number read as no value.
    if text[-1:].isdigit() and len(text.lstrip("-")) <= _MOST_DIGITS:
        return int(text)
    odd.append(text)
    return _Numeral(text)


def _shown(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False) if _is_json(value) else repr(value)
    if len(text) > 60:  # noqa: PLR2004 -- keep messages short, saying how long the value was
        text = f"{text[:57]}... ({len(text):,} characters as written)"
    # A lone surrogate cannot be printed: show it escaped, as JSON writes it.
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _is_json(value: object) -> bool:
    if isinstance(value, _Numeral):
        return False
    return value is None or isinstance(value, str | int | float | bool | list | dict)


def _expected(what: str, value: object) -> _MismatchError:
    return _MismatchError(f"expected {what}, got {_shown(value)}")


# --- Leaf hooks: strict, never coercing --------------------------------------


def _structure_str(value: object, _: type) -> str:
    if not isinstance(value, str) or isinstance(value, _Numeral):
        raise _expected("a string", value)
    if _SURROGATE.search(value):
        # JSON's "\ud800" escapes give a str that no UTF-8 text can hold.
        raise _expected("a string of Unicode characters (no lone surrogate)", value)
    return value


def _structure_int(value: object, _: type) -> int:
    if isinstance(value, _Numeral):
        limit = f" of at most {_MOST_DIGITS} digits" if value[-1:].isdigit() else ""
        raise _MismatchError(f"expected an integer{limit}, got {value!r}")
    if isinstance(value, bool) or not isinstance(value, int):
        raise _expected("an integer", value)
    return value


def _structure_bool(value: object, _: type) -> bool:
    if not isinstance(value, bool):
        raise _expected("true or false", value)
    return value


def _structure_decimal(value: object, _: type) -> Decimal:
    if not isinstance(value, str) or isinstance(value, _Numeral) or not _DECIMAL.fullmatch(value):
        raise _expected("a decimal string", value)
    try:
        return Decimal(value)
    except InvalidOperation:  # pragma: no cover -- the pattern admits only valid decimals
        raise _expected("a decimal string", value) from None


def _structure_date(value: object, _: type) -> pendulum.Date:
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        raise _expected("a date string YYYY-MM-DD", value)
    try:
        return pendulum.Date.fromisoformat(value)
    except ValueError:
        raise _expected("a real date", value) from None


def _is_enum(cls: Any) -> bool:
    return isinstance(cls, type) and issubclass(cls, enum.Enum)


def _enum_hook(cls: type[enum.Enum]) -> Callable[[object, type], enum.Enum]:
    if issubclass(cls, Vocabulary):
        return _vocabulary_hook(cls)
    values = {member.value: member for member in cls}
    listed = ", ".join(json.dumps(v) for v in values)

    def structure(value: object, _: type) -> enum.Enum:
        if not isinstance(value, str) or value not in values:
            raise _expected(f"one of {listed}", value)
        return values[value]

    return structure


def _vocabulary_hook(cls: type[Vocabulary]) -> Callable[[object, type], enum.Enum]:
    # An open vocabulary: any words it can hold are a term of it.
    def structure(value: object, _: type) -> enum.Enum:
        if not isinstance(value, str):
            raise _expected(f"a term of {cls.__name__} (a string)", value)
        try:
            return cls(value)
        except ValueError as error:
            raise _MismatchError(str(error)) from None

    return structure


# --- Sources: written once, named by their key -----------------------------------
#
# A brief's JSON holds its source in full, text included, once; every
# citation names its source by its key ("sha256:" and 16 hex digits). While
# a brief is read, the only source its citations may name is its own; a
# record read alone may name the shipped page or a source given to
# from_json() or from_dict().


@attrs.frozen
class _Sources:
    known: dict[str, Source]
    brief: Source | None = None  # the source of the brief being read
    raw: object = None  # the brief's source as JSON, once read as *brief*


_SOURCES: Final[contextvars.ContextVar[_Sources | None]] = contextvars.ContextVar(
    "honduras_brief_sources", default=None
)
_SHIPPED: Final = _Sources({SOURCE.key: SOURCE})
_KEY: Final = re.compile(r"sha256:[0-9a-f]{16}")


def _source_key(source: Source) -> str:
    return source.key


def _structure_source_key(value: object, _: type) -> Source:
    if not isinstance(value, str) or not _KEY.fullmatch(value):
        raise _expected('a source\'s key ("sha256:" and 16 hex digits)', value)
    sources = _SOURCES.get() or _SHIPPED
    found = sources.known.get(value)
    if found is not None:
        return found
    if sources.brief is not None:
        msg = f"cites the source {value}, not the brief's own source {sources.brief.key}"
    else:
        msg = f"cites the source {value}, which was not given: pass it in sources="
    raise _MismatchError(msg)


def _overrides(cls: type) -> dict[str, Any]:
    # A citation names its source by key; everything else is written in full.
    if cls is Citation:
        return {"source": override(unstruct_hook=_source_key, struct_hook=_structure_source_key)}
    return {}


def _is_homogeneous_tuple(cls: Any) -> bool:
    args = typing.get_args(cls)
    return typing.get_origin(cls) is tuple and len(args) == 2 and args[1] is Ellipsis  # noqa: PLR2004


# A statement's subject and objects are records or terms of several types:
# JSON holds each as {"type": "Actor", "value": {...}} (or "value": "judges"
# for a term), so that reading it back needs no guessing.
_ARGUMENTS: Final = {cls.__name__: cls for cls in ARGUMENT_TYPES}
_ARGUMENT_KEYS: Final = frozenset({"type", "value"})


def _is_argument(cls: Any) -> bool:
    args = typing.get_args(cls)
    return len(args) == len(ARGUMENT_TYPES) and set(args) == set(ARGUMENT_TYPES)


def _argument_hooks(
    converter: BaseConverter, *, detailed: bool
) -> tuple[Callable[[object], object], Callable[[object, type], object]]:
    def unstructure(value: object) -> object:
        return {
            "type": type(value).__name__,
            "value": converter.unstructure(value, unstructure_as=type(value)),
        }

    listed = ", ".join(json.dumps(name) for name in _ARGUMENTS)

    def structure(value: object, cls: type) -> object:
        if not isinstance(value, dict) or value.keys() != _ARGUMENT_KEYS:
            raise _expected('an object {"type": ..., "value": ...}', value)
        kind = value["type"]
        if not isinstance(kind, str) or kind not in _ARGUMENTS:
            if not detailed:
                raise _expected(f"one of {listed}", kind)
            problem = _keyed(f"expected one of {listed}, got {_shown(kind)}", "type", cls)
            raise ClassValidationError("while reading an argument", [problem], cls)  # pyright: ignore[reportCallIssue]
        target = _ARGUMENTS[kind]
        if not detailed:
            return converter.structure(value["value"], target)
        try:
            return converter.structure(value["value"], target)
        except Exception as error:  # noqa: BLE001 -- any problem inside: give it its path
            error.add_note(AttributeValidationNote("@ key value", "value", target))
            raise ClassValidationError("while reading an argument", [error], cls) from None  # pyright: ignore[reportCallIssue]

    return unstructure, structure


# A result may hold one of several kinds of value (a change is a Decimal or
# a ChangeRange): JSON tells them apart by their kind, a string or an object.
def _json_kind(tp: Any) -> str:
    if attrs.has(tp):
        return "object"
    if _is_homogeneous_tuple(tp):
        return "array"
    if tp is type(None):
        return "null"
    if tp is bool:
        return "boolean"
    if tp is int:
        return "integer"
    return "string"  # str, Decimal, dates and enums are written as strings


def _is_json_union(cls: Any) -> bool:
    args = typing.get_args(cls)
    if typing.get_origin(cls) not in (typing.Union, types.UnionType) or _is_argument(cls):
        return False
    kinds = [_json_kind(a) for a in args]
    distinct = len(set(kinds)) == len(kinds)
    return distinct and (len(args) > 2 or type(None) not in args)  # noqa: PLR2004 -- X | None is cattrs' own


def _union_hook(converter: BaseConverter, cls: Any) -> Callable[[object, type], object]:
    members = {_json_kind(a): a for a in typing.get_args(cls)}
    listed = " or ".join(members)

    def structure(value: object, _: type) -> object:
        kind = (
            "null" if value is None
            else "boolean" if isinstance(value, bool)
            else "integer" if isinstance(value, int)
            else "string" if isinstance(value, str)
            else "object" if isinstance(value, dict)
            else "array" if isinstance(value, list)
            else "number"
        )  # fmt: skip
        if kind not in members:
            raise _expected(listed, value)
        return converter.structure(value, members[kind])

    return structure


# --- The converter ----------------------------------------------------------------


def configure_converter(converter: BaseConverter) -> None:
    """
    Teach any cattrs converter this library's types, as cattrs' preconf modules do.

    After this, *converter* structures and unstructures every record and
    result type with the same strictness as :func:`from_dict` (no value is
    coerced; an unknown or missing key, an enum value that is not one of
    its words, a float for a decimal are all refused) and to the same JSON
    as :func:`to_json`: decimals as strings keeping their exponent, dates
    as ``YYYY-MM-DD``, enums by value, a statement's subject and objects as
    ``{"type": ..., "value": ...}``. It works on a plain
    ``cattrs.Converter`` and on the JSON converters of ``cattrs.preconf``
    (``json``, ``orjson``, ``msgspec``), whose own hooks it overrides for
    these types.

    Problems are raised as cattrs raises them (a ``ClassValidationError``
    with every problem when the converter has ``detailed_validation``);
    :func:`from_dict` turns them into one :class:`InvalidDataError` with
    JSON paths. Repeated keys in JSON text are refused by :func:`from_json`
    only: that check belongs to the parser.

    Examples:
        >>> import cattrs
        >>> from honduras_brief import HOMICIDE_RATE_2012, Quantity
        >>> converter = cattrs.Converter()
        >>> configure_converter(converter)
        >>> data = converter.unstructure(HOMICIDE_RATE_2012)
        >>> data["low"], data["unit"]
        ('85.5', 'per-100000-population')
        >>> converter.structure(data, Quantity) == HOMICIDE_RATE_2012
        True
    """
    if not isinstance(converter, BaseConverter):
        msg = f"'converter' must be a cattrs converter, got {converter!r}"
        raise TypeError(msg)
    detailed = bool(getattr(converter, "detailed_validation", False))
    for cls, leaf in _LEAVES.items():
        converter.register_unstructure_hook(cls, leaf)
    converter.register_unstructure_hook_factory(_is_enum, lambda _: _enum_value)
    converter.register_unstructure_hook_factory(
        attrs.has, lambda cls: _record_unstructure(converter, cls)
    )
    converter.register_unstructure_hook_factory(
        _is_homogeneous_tuple, lambda cls: _tuple_unstructure(converter, cls)
    )
    for cls, hook in (
        (str, _structure_str),
        (int, _structure_int),
        (bool, _structure_bool),
        (Decimal, _structure_decimal),
        (pendulum.Date, _structure_date),
    ):
        converter.register_structure_hook(cls, hook)
    converter.register_structure_hook_factory(_is_enum, _enum_hook)
    converter.register_structure_hook_factory(
        _is_homogeneous_tuple, lambda cls: _tuple_hook(converter, cls, detailed=detailed)
    )
    converter.register_structure_hook_factory(
        attrs.has, lambda cls: _class_hook(converter, cls, detailed=detailed)
    )
    converter.register_structure_hook_factory(
        _is_json_union, lambda cls: _union_hook(converter, cls)
    )
    unstructure, structure = _argument_hooks(converter, detailed=detailed)
    converter.register_unstructure_hook_func(_is_argument, unstructure)
    converter.register_structure_hook_func(_is_argument, structure)


def _iso_date(day: pendulum.Date) -> str:
    return day.isoformat()


# How configure_converter writes these types; cattrs writes _AS_THEY_ARE
# with its identity hook.
_LEAVES: Final[Mapping[type, Callable[[Any], str]]] = {Decimal: str, pendulum.Date: _iso_date}
_AS_THEY_ARE: Final = frozenset({str, int, bool, type(None)})


def _enum_value(member: enum.Enum) -> object:
    return member.value


def _tuple_unstructure(
    converter: BaseConverter, cls: Any
) -> Callable[[tuple[Any, ...]], list[Any]]:
    item_type = typing.get_args(cls)[0]

    def unstructure(value: tuple[Any, ...]) -> list[Any]:
        hook = converter.get_unstructure_hook(item_type)
        return [hook(item) for item in value]

    return unstructure


def _make(*, detailed: bool) -> JsonConverter:
    # Two converters share these hooks. The fast one reads valid data with
    # no bookkeeping; on the first problem it stops, and the detailed one
    # reads the same data again to report every problem with its path.
    from cattrs.preconf.json import make_converter  # imported when reading first needs it

    converter = make_converter(detailed_validation=detailed)
    configure_converter(converter)
    return converter


def _tuple_hook(
    converter: BaseConverter, cls: Any, *, detailed: bool
) -> Callable[[object, type], tuple[Any, ...]]:
    item_type = typing.get_args(cls)[0]

    def structure(value: object, _: type) -> tuple[Any, ...]:
        if not isinstance(value, list):
            raise _expected("an array", value)
        hook = converter.get_structure_hook(item_type)
        if not detailed:
            return tuple([hook(item, item_type) for item in value])
        items, errors = [], []
        for index, item in enumerate(value):
            try:
                items.append(hook(item, item_type))
            except Exception as error:  # noqa: BLE001 -- every problem is collected, then raised
                error.add_note(IterableValidationNote(f"@ index {index}", index, item_type))
                errors.append(error)
        if errors:
            # cattrs' errors take (message, exceptions, type) in __new__;
            # pyright reads ExceptionGroup's two-argument __init__ instead.
            raise IterableValidationError("while reading an array", errors, cls)  # pyright: ignore[reportCallIssue]
        return tuple(items)

    return structure


def _class_hook(
    converter: BaseConverter, cls: Any, *, detailed: bool
) -> Callable[[object, type], Any]:
    # cattrs' generated function reads the fields and reports their problems
    # with their paths; around it we refuse unknown keys, require every key
    # (output always has them all, so a missing one is a mistake), and give
    # the record's own validation errors the record's path.
    fields = {a.alias: a for a in attrs.fields(cls) if a.init}
    names = frozenset(fields)
    generated = make_dict_structure_fn(
        cls, converter, _cattrs_forbid_extra_keys=False, **_overrides(cls)
    )
    identified = "id" in names and not detailed
    if issubclass(cls, Source):
        generated = _as_read(generated)
    elif issubclass(cls, Brief):
        generated = _with_own_source(converter, generated, cls, detailed=detailed)

    def structure(value: object, _: type) -> Any:
        if not isinstance(value, dict):
            raise _expected("an object", value)
        if value.keys() == names:  # the usual case: exactly the fields
            if identified and (memo := _READING.get()) is not None:
                return memo.read(value, cls, generated)
            return generated(value, cls)
        if not detailed:
            raise _expected(f"the keys of {cls.__name__}", sorted(value))
        problems: list[Exception] = []
        problems += [
            _keyed(f"unknown key for {cls.__name__}", str(key), cls)
            for key in value
            if key not in fields
        ]
        for name, field in fields.items():
            if name not in value and field.default is not attrs.NOTHING:
                problems.append(_keyed("missing key", name, cls))
        known = {key: item for key, item in value.items() if key in fields}
        try:
            generated(known, cls)  # for the problems of the fields that are there
        except ClassValidationError as group:
            # cattrs reports the record's own validation errors here too,
            # at the record's path; their messages name the field.
            problems.extend(group.exceptions)
        # The keys differ from the fields, so there is always a problem.
        raise ClassValidationError(f"while reading {cls.__name__}", problems, cls)  # pyright: ignore[reportCallIssue]

    return structure


def _as_read(generated: Callable[..., Any]) -> Callable[..., Any]:
    # The brief's source, read before its records, is the same object there.
    def structure(value: object, cls: type) -> Any:
        sources = _SOURCES.get()
        if sources is not None and sources.raw is value:
            return sources.brief
        return generated(value, cls)

    return structure


def _with_own_source(
    converter: BaseConverter, generated: Callable[..., Any], cls: type, *, detailed: bool
) -> Callable[..., Any]:
    # A brief's source is read first: its citations name it, and no other.
    def structure(value: dict[str, Any], _: type) -> Any:
        raw = value.get("source")
        try:
            source = converter.structure(raw, Source)
        except Exception as error:
            if not detailed:
                raise
            # The records cannot be read without their source: say only that.
            error.add_note(AttributeValidationNote("@ key source", "source", Source))
            raise ClassValidationError(f"while reading {cls.__name__}", [error], cls) from None  # pyright: ignore[reportCallIssue]
        token = _SOURCES.set(_Sources({source.key: source}, source, raw))
        try:
            return generated(value, cls)
        finally:
            _SOURCES.reset(token)

    return structure


def _keyed(message: str, key: str, cls: type) -> Exception:
    error = _MismatchError(message)
    error.add_note(AttributeValidationNote(f"@ key {key}", key, cls))
    return error


# --- Reading and writing a record once where JSON repeats it -------------------------
#
# JSON writes a record in full wherever it stands: the brief holds an actor
# in dozens of statements. While one text is read, a record with an id is
# built once; every later object with that id that is the same JSON, value
# for value and kind for kind, is given the record already built. "The same"
# compares the objects' JSON text, not the objects: == takes true for 1 and
# 1.0 for 1, which the reading would refuse. Any other object with an id
# already seen is read in full, and marks the reading for the brief's check
# of its ids on the JSON itself.


class _Reading:
    """The records read so far from one JSON text, by id."""

    __slots__ = ("records", "repeated", "same")

    def __init__(self, same: Callable[[object], object]) -> None:
        self.records: dict[str, list[Any]] = {}
        self.repeated = False  # an id met twice, not as the same JSON
        self.same = same  # the JSON text of a value, to compare kinds

    def read(self, value: dict[str, Any], cls: type, generated: Callable[..., Any]) -> Any:
        ident = value["id"]
        if type(ident) is not str:
            return generated(value, cls)  # refused there, with its message
        seen = self.records.get(ident)
        if seen is None:
            record = generated(value, cls)
            self.records[ident] = [cls, value, record, None]
            return record
        if seen[0] is cls:
            if seen[3] is None:
                seen[3] = self.same(seen[1])
            if self.same(value) == seen[3]:
                return seen[2]
        self.repeated = True
        return generated(value, cls)


_READING: Final[contextvars.ContextVar[_Reading | None]] = contextvars.ContextVar(
    "honduras_brief_reading", default=None
)
_WRITING: Final[contextvars.ContextVar[dict[int, tuple[object, object]] | None]] = (
    contextvars.ContextVar("honduras_brief_writing", default=None)
)


def _record_unstructure(converter: BaseConverter, cls: Any) -> Callable[[Any], Any]:
    return _written_once(cls, make_dict_unstructure_fn(cls, converter, **_overrides(cls)))


def _written_once(cls: type, generated: Callable[[Any], Any]) -> Callable[[Any], Any]:
    if "id" not in {a.name for a in attrs.fields(cls)}:
        return generated

    def unstructure(obj: Any) -> Any:
        # While one text is written, a record held in many places (the same
        # object) is turned into a dict once; the text is the same.
        written = _WRITING.get()
        if written is None:
            return generated(obj)
        done = written.get(id(obj))
        if done is not None and done[0] is obj:
            return done[1]
        result = generated(obj)
        written[id(obj)] = (obj, result)
        return result

    return unstructure


# --- Writing the package's own records from plans of our own ---------------------------
#
# For each record class, cattrs generates and compiles a function on first
# use, asking the converter for the hook of every field's type: for the
# record classes of a brief that was half of what writing it costs in a
# fresh process (`export --format json`), mostly in resolving annotations
# and dispatching on every field's type. The package's own converter writes
# the package's own classes instead from a plan made once per class from
# attrs.fields and the annotations (read in one expression per class):
# (key, how to write the value), where "how" is what the generated function
# would call, compiled into one small function per class. Tuples,
# optionals, records and a statement's arguments are planned here as the
# hooks registered above write them; every other type gets the converter's
# own hook. Any other class (a user's subclass of a record too) keeps
# cattrs' generated function, and a converter of a user's keeps cattrs'
# functions for every class, so that hooks registered on it later apply.
# Tests compare the two on every record and result. Writing needs no
# converter at all, so it is made when something first needs it.


def _is_own_record(cls: object) -> bool:
    # Exactly a class defined in this package: a user's subclass is not.
    return (
        isinstance(cls, type)
        and attrs.has(cls)
        and cls.__module__.partition(".")[0] == __name__.partition(".")[0]
    )


class _Planner:
    """
    How the package's own converter writes the package's own record classes.

    *converter* gives that converter, for the hooks of the types not planned
    here; it writes attribute names as keys (it does not use aliases).
    """

    __slots__ = ("converter", "records", "writers")

    def __init__(self, converter: Callable[[], BaseConverter]) -> None:
        self.converter = converter
        self.records: dict[type, Callable[[Any], Any]] = {}
        self.writers: dict[Any, _Write | None] = {}

    def record(self, cls: type, planning: frozenset[type] = frozenset()) -> Callable[[Any], Any]:
        """The writer of records of *cls*, planned on first use."""
        found = self.records.get(cls)
        if found is not None:
            return found
        if cls in planning:
            # A record that holds its own kind (an actor part of another):
            # written by the plan, once it is made.
            def later(obj: Any) -> Any:
                return self.record(cls)(obj)

            return later
        planning |= {cls}
        fields = [a for a in attrs.fields(cls) if a.init]
        overrides = _overrides(cls)
        plan: list[tuple[str, _Write | None]] = []
        for a, tp in zip(fields, _field_types(cls, fields), strict=True):
            given = overrides.get(a.name)
            plan.append(
                (a.name, self.writer(tp, planning) if given is None else given.unstruct_hook)
            )
        unstructure = _compiled(cls, plan)
        # Kept once whole: a thread that finds it finds all of it (two that
        # plan one class at once make the same plan).
        self.records[cls] = written = _written_once(cls, unstructure)
        return written

    def writer(self, tp: Any, planning: frozenset[type] = frozenset()) -> _Write | None:
        """How a value of type *tp* is written: None where it is written as it is."""
        if tp in self.writers:
            return self.writers[tp]
        self.writers[tp] = found = self._writer(tp, planning)
        return found

    def _writer(self, tp: Any, planning: frozenset[type]) -> _Write | None:
        if tp in _AS_THEY_ARE:
            return None
        if tp in _LEAVES:
            return _LEAVES[tp]
        if _is_enum(tp):
            return _enum_value
        if _is_own_record(tp):
            return self.record(tp, planning)
        if _is_homogeneous_tuple(tp):
            item = self.writer(typing.get_args(tp)[0], planning)
            if item is None:
                return list
            return lambda value: [item(member) for member in value]
        if _is_argument(tp):
            return self._argument
        args = typing.get_args(tp)
        if len(args) == 2 and type(None) in args:  # noqa: PLR2004 -- X | None, as cattrs' is_optional
            (other,) = (a for a in args if a is not type(None))
            inner = self.writer(other, planning)
            if inner is None:
                return None
            return lambda value: None if value is None else inner(value)
        hook = self.converter().get_unstructure_hook(tp)
        return None if hook is identity else hook

    def _argument(self, value: object) -> object:
        # As _argument_hooks writes it: the value by its own type.
        cls = type(value)
        write = self.writer(cls)
        return {"type": cls.__name__, "value": value if write is None else write(value)}


_Write = Callable[[Any], Any]


def _field_types(cls: type, fields: list[attrs.Attribute[Any]]) -> list[Any]:
    # What typing.get_type_hints reads for these fields, names looked up in
    # the class's module first, but one expression for the class where it
    # compiles one per annotation: most of what planning costs. Where that
    # may read otherwise (an annotation of a base class, in another module;
    # a quoted name inside one; a name the module lacks), get_type_hints.
    own = inspect.get_annotations(cls)
    annotations: list[object] = [a.type for a in fields]  # strings, or types once resolved
    written = [t for t in annotations if isinstance(t, str)]
    if (
        written
        and all(a.name in own for a in fields)
        and not any(quote in text for text in written for quote in "'\"")
    ):
        expression = "((" + "),(".join(written) + "),)"
        try:
            read = iter(eval(expression, vars(sys.modules[cls.__module__])))  # noqa: S307 -- the package's own annotations, as get_type_hints evaluates them
        except Exception:  # noqa: BLE001, S110 -- get_type_hints says what is wrong, or reads it
            pass
        else:
            return [_hint(next(read)) if isinstance(a.type, str) else a.type for a in fields]
    hints = typing.get_type_hints(cls)
    return [hints[a.name] for a in fields]


def _hint(tp: object) -> object:
    # As get_type_hints reads a bare None.
    return type(None) if tp is None else tp


def _compiled(cls: type, plan: list[tuple[str, _Write | None]]) -> Callable[[Any], Any]:
    # The plan as one function that builds the dict in one expression, as
    # cattrs' generated functions do: a loop over the plan takes half again
    # as long. The keys are attribute names, each written by its writer.
    writers = {f"_w{index}": write for index, (_, write) in enumerate(plan) if write is not None}
    items = "".join(
        f"{key!r}: {'obj.' + key if write is None else f'_w{index}(obj.{key})'}, "
        for index, (key, write) in enumerate(plan)
    )
    arguments = "".join(f", {name}={name}" for name in writers)
    source = f"def unstructure(obj{arguments}):\n    return {{{items}}}\n"
    namespace: dict[str, Any] = dict(writers)
    exec(compile(source, f"<honduras_brief plan of {cls.__qualname__}>", "exec"), namespace)  # noqa: S102 -- attribute names and writers of the package's own classes
    return namespace["unstructure"]  # type: ignore[no-any-return]


@functools.cache
def _converter() -> JsonConverter:
    # Made on first use: writing the package's own records needs none.
    converter = _make(detailed=False)
    converter.register_unstructure_hook_factory(_is_own_record, _PLANNER.record)
    return converter


_PLANNER: Final = _Planner(_converter)


@functools.cache
def _detailed() -> JsonConverter:
    # Made on the first problem to report: valid data never needs it.
    return _make(detailed=True)


def _unstructure(obj: object) -> Any:
    # What the converter writes: for the package's own records, the plan it
    # would dispatch to, without making the converter.
    cls = type(obj)
    if _is_own_record(cls):
        return _PLANNER.record(cls)(obj)
    return _converter().unstructure(obj)


# --- Public API --------------------------------------------------------------------


def to_dict(obj: object) -> dict[str, Any]:
    """
    A record (or a :class:`Brief`) as a dict of plain JSON values.

    Examples:
        >>> from honduras_brief import HOMICIDE_RATE_2012
        >>> d = to_dict(HOMICIDE_RATE_2012)
        >>> d["low"], d["qualifier"], d["period"]["start"]
        ('85.5', 'exact', '2012-01-01')
    """
    if not attrs.has(type(obj)):
        msg = f"'obj' must be a record of this library, got {obj!r} of type {type(obj).__name__}"
        raise TypeError(msg)
    result = _unstructure(obj)
    assert isinstance(result, dict)  # noqa: S101 -- an attrs instance unstructures to a dict
    return result


def from_dict(data: object, cls: type[T], *, sources: Iterable[Source] = ()) -> T:
    """
    Read a record of type *cls* from plain JSON values, strictly.

    A citation names its source by its key (:attr:`Source.key`). In a
    brief, that is the brief's own source, which its JSON holds; a record
    read on its own may cite the shipped page or one of *sources*.

    Args:
        data: The JSON values.
        cls: The record type to read.
        sources: The sources of another page that the record's citations
            may name, for a record read without its brief.

    Raises:
        InvalidDataError: Listing every problem with its JSON path: a
            value of the wrong kind, a decimal that is not a string, an
            unknown enum value, an impossible date, an unknown or missing
            key, a record whose own validation fails, a citation of a
            source that is not known (or, in a brief, not the brief's own).
        TypeError: If *cls* is not a record type of this library, or
            *sources* holds something other than a :class:`Source`.

    Examples:
        >>> from honduras_brief import Citation
        >>> data = {"quote": 1, "start": "3", "end": 5, "section": "intro"}
        >>> from_dict(data | {"source": "sha256:3232e6f5b6b5d3fc"}, Citation)
        Traceback (most recent call last):
          ...
        honduras_brief.exceptions.InvalidDataError: 3 problems in the data for Citation:
          $.quote: expected a string, got 1
          $.start: expected an integer, got "3"
          $.section: expected one of "challenges", "goals", "accomplishments", got "intro"
    """
    _check_record_type(cls)
    return _read(data, cls, None, sources=_given(sources))


def _given(sources: object) -> _Sources | None:
    # The sources a record read alone may cite, besides the shipped page.
    if isinstance(sources, str | bytes | Source) or not isinstance(sources, Iterable):
        msg = f"'sources' must be an iterable of Source, got {_shown(sources)}"
        raise TypeError(msg)
    given = tuple(sources)
    if not given:
        return None
    known = {SOURCE.key: SOURCE}
    for index, source in enumerate(given):
        if not isinstance(source, Source):
            msg = (
                f"'sources'[{index}] must be a Source, got {_shown(source)} "
                f"of type {type(source).__name__}"
            )
            raise TypeError(msg)
        known[source.key] = source
    return _Sources(known)


class _UnreadError(Exception):
    """The data has a problem; the caller reads it another way to report it."""


def _read(
    data: object,
    cls: type[T],
    reading: _Reading | None,
    *,
    report: bool = True,
    sources: _Sources | None = None,
) -> T:
    # With a reading (JSON just parsed, whose values are only JSON's own
    # kinds), a record repeated as the same JSON is built once. Without
    # *report*, any problem raises _UnreadError, listing nothing.
    name = cls.__name__
    brief = isinstance(data, dict) and _is_brief(cls)
    token = _READING.set(reading)
    given = _SOURCES.set(sources)
    try:
        result: T = _converter().structure(data, cls)
    except RecursionError:
        if not report:
            raise _UnreadError from None
        raise InvalidDataError(name, (("$", "nested too deeply to read"),)) from None
    except Exception:  # noqa: BLE001 -- any problem: read again, reporting every one
        if not report:
            raise _UnreadError from None
        problems = _detailed_problems(data, cls)
        if brief and all(path == "$" for path, _ in problems):
            # The brief's own checks (two records with one id) say no path;
            # the JSON itself does.
            problems = _id_problems(data) or problems  # type: ignore[arg-type]
        raise InvalidDataError(name, problems) from None
    finally:
        _SOURCES.reset(given)
        _READING.reset(token)
    # Where every id stood for the same JSON each time, no copy can differ
    # from the brief's own record and no two records share an id.
    unchecked = reading is None or reading.repeated
    if brief and unchecked and (problems := _id_problems(data)):  # type: ignore[arg-type]
        if not report:
            raise _UnreadError
        raise InvalidDataError(name, problems)
    if brief and (problems := _listed_twice(data)):  # type: ignore[arg-type]
        if not report:
            raise _UnreadError
        raise InvalidDataError(name, problems)
    return result


def _detailed_problems(data: object, cls: type) -> tuple[tuple[str, str], ...]:
    try:
        _detailed().structure(data, cls)
    except (ClassValidationError, IterableValidationError, _MismatchError) as error:
        return _problems(error)
    # The fast reading fails only where this one does.
    return (("$", "cannot be read"),)  # pragma: no cover


def _is_brief(cls: type) -> bool:
    return issubclass(cls, Brief)


# Where a brief's own records stand: every other record with their id is a
# copy that must be equal to them (a statement's subject, an operation's
# target, a figure in a statement).
_OWN_PLACES: Final = re.compile(
    r"\$\.(?:challenges|goals|accomplishments|operations|actors|places)\[\d+\]"
    r"(?:\.quantities\[\d+\]|\.statements\[\d+\])?"
)


def _records_in(data: object, path: str) -> Iterator[tuple[str, dict[str, Any]]]:
    # Every JSON object with a string "id" inside the data, with its path;
    # a term's value is a string, so only records are found.
    if isinstance(data, dict):
        if isinstance(data.get("id"), str):
            yield path, data
        for key, value in data.items():
            if isinstance(value, dict | list):
                yield from _records_in(value, f"{path}.{key}")
    else:  # a list: only dicts and lists are walked into
        items: list[object] = data  # type: ignore[assignment]
        for index, item in enumerate(items):
            if isinstance(item, dict | list):
                yield from _records_in(item, f"{path}[{index}]")


def _id_problems(data: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    # Ids are unique across a brief, and a record nested anywhere is the
    # brief's own record of that id: checked on the JSON itself, so that a
    # problem is reported at its path.
    # Only called on data that could be read, or whose only problems are the
    # brief's own: never nested deeper than a brief is.
    found = list(_records_in(data, "$"))
    own: dict[str, tuple[str, dict[str, Any]]] = {}
    for path, record in found:
        if _OWN_PLACES.fullmatch(path):
            first = own.setdefault(record["id"], (path, record))
            if first[1] is not record and first[1] != record:
                message = f"the id {record['id']!r} is already used at {first[0]} by another record"
                return ((path, message),)
    problems = []
    for path, record in found:
        mine = own.get(record["id"])
        if mine is not None and mine[1] is not record and mine[1] != record:
            problems.append(
                (
                    path,
                    f"differs from the brief's own record of the id {record['id']!r} at {mine[0]}",
                )
            )
    return tuple(problems)


_LISTS: Final = ("challenges", "goals", "accomplishments", "operations", "actors", "places")


def _listed_twice(data: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    # A record is the brief's once: listed again in the brief's own lists (the
    # same record, or the reading would have refused it), its rows and
    # figures would count twice. Only called on data read as a brief.
    first: dict[str, str] = {}
    problems = []
    for name in _LISTS:
        for index, record in enumerate(data[name]):
            path = f"$.{name}[{index}]"
            seen = first.setdefault(record["id"], path)
            if seen != path:
                problems.append(_twice(record["id"], seen, path))
            # and within a record, its statements: one listed twice would count twice
            held: dict[str, str] = {}
            for at, statement in enumerate(record.get("statements", ())):
                where = f"{path}.statements[{at}]"
                before = held.setdefault(statement["id"], where)
                if before != where:
                    problems.append(_twice(statement["id"], before, where))
    return tuple(problems)


def _twice(ident: str, first: str, again: str) -> tuple[str, str]:
    return again, f"the record {_excerpt(ident)} is listed twice, at {first} and {again}"


def _is_record_type(cls: object) -> bool:
    # Not a TypeGuard on purpose: narrowing would lose the caller's T.
    return isinstance(cls, type) and attrs.has(cls)


def _check_record_type(cls: object) -> None:
    # Not a TypeGuard on purpose: narrowing would lose the caller's T.
    if not (isinstance(cls, type) and attrs.has(cls)):
        msg = f"'cls' must be a record type of this library, got {cls!r}"
        raise TypeError(msg)


_LONG_STEP: Final = re.compile(r"[^.\[\]]{61,}")  # a key of a path too long to quote whole


def _short_path(path: str) -> str:
    # A path names a key someone wrote: a pasted paragraph as a key is shown by its start.
    return _LONG_STEP.sub(lambda m: f"{m[0][:59]}\u2026({len(m[0]):,} characters)", path)


def _problems(error: BaseException) -> tuple[tuple[str, str], ...]:
    found = []
    for line in transform_error(error, "$", _message):
        message, _, path = line.rpartition(" @ ")
        found.append((_short_path(path), message))
    return tuple(found)


def _message(error: BaseException, _: object) -> str:
    if isinstance(error, KeyError):
        return "missing key"
    return str(error)


@overload
def to_json(
    obj: object, path_or_buf: None = None, *, indent: int | None = None, overwrite: bool = False
) -> str: ...


@overload
def to_json(
    obj: object, path_or_buf: PathOrBuffer, *, indent: int | None = None, overwrite: bool = False
) -> None: ...


def to_json(
    obj: object,
    path_or_buf: PathOrBuffer | None = None,
    *,
    indent: int | None = None,
    overwrite: bool = False,
) -> str | None:
    """
    A record (or a :class:`Brief`) as JSON text.

    Keys come in the order of the fields and non-ASCII characters as they
    are; the same records always give the same text.

    Args:
        obj: The record.
        path_or_buf: Where to write it, as pandas' writers take it: a path,
            a ``PathLike`` or an open text file. ``None`` (the default)
            returns the text instead.
        indent: ``None`` (the default) for compact text, the fastest to
            write and read; or a number of spaces, for text that reads and
            diffs well.
        overwrite: Replace the file *path_or_buf* names if it exists; by
            default an existing file is refused. A file is written whole:
            to a temporary name beside it, then renamed into place.

    Returns:
        The text, when *path_or_buf* is ``None``; else ``None``.

    Raises:
        TypeError: If *obj* is not a record, *indent* not an int, or
            *path_or_buf* neither a path nor a text file (a binary one).
        FileExistsError: If the file exists and *overwrite* is false.

    Examples:
        >>> from honduras_brief import HOMICIDE_RATE_2012
        >>> citation = HOMICIDE_RATE_2012.period.citation
        >>> to_json(citation)
        '{"quote":"2012","start":1530,"end":1534,"source":"sha256:3232e6f5b6b5d3fc","section":"challenges"}'
        >>> print(to_json(citation, indent=2))
        {
          "quote": "2012",
          "start": 1530,
          "end": 1534,
          "source": "sha256:3232e6f5b6b5d3fc",
          "section": "challenges"
        }
        >>> import io
        >>> out = io.StringIO()
        >>> to_json(citation, out), out.getvalue()[:9]
        (None, '{"quote":')
    """
    if indent is not None and (isinstance(indent, bool) or not isinstance(indent, int)):
        msg = f"'indent' must be None or an int, got {indent!r} of type {type(indent).__name__}"
        raise TypeError(msg)
    if not attrs.has(type(obj)):
        to_dict(obj)  # raises the TypeError that names the argument
    token = _WRITING.set({})
    try:
        data = _unstructure(obj)
    finally:
        _WRITING.reset(token)
    return write(_dumps(data, indent), path_or_buf, overwrite=overwrite)


def _dumps(data: object, indent: int | None) -> str:
    # orjson writes what json.dumps writes here, byte for byte (the tests
    # compare them), but for an indent other than 2, a lone surrogate and an
    # integer beyond 64 bits, which it refuses: the standard library writes those.
    if _orjson is not None and indent in (None, 2):
        option = _orjson.OPT_PASSTHROUGH_DATETIME | _orjson.OPT_PASSTHROUGH_DATACLASS
        if indent == 2:  # noqa: PLR2004 -- orjson's only indent
            option |= _orjson.OPT_INDENT_2
        try:
            return _orjson.dumps(data, option=option).decode()  # type: ignore[no-any-return]
        except TypeError:
            pass
    if indent is None:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(data, ensure_ascii=False, indent=indent)


def from_json(text: str | bytes, cls: type[T], *, sources: Iterable[Source] = ()) -> T:
    """
    Read a record of type *cls* from JSON text, strictly (see :func:`from_dict`).

    *sources* are the sources of another page that a record read without
    its brief may cite; a brief's JSON holds its own.

    Text that is not JSON, or that repeats a key in an object (which JSON
    parsers would otherwise resolve silently), is refused too, and so is
    text longer than 64 MiB (``MAX_READ``; about 150 times the shipped
    brief), before it is parsed.

    Raises:
        InvalidDataError: Listing every problem with its JSON path.

    Examples:
        >>> from honduras_brief import BRIEF, Brief
        >>> from_json(to_json(BRIEF), Brief) == BRIEF
        True
    """
    if not isinstance(text, str | bytes):
        msg = f"'text' must be a str or bytes, got {_shown(text)} of type {type(text).__name__}"
        raise TypeError(msg)
    name = getattr(cls, "__name__", repr(cls))
    if len(text) > MAX_READ:
        limit = f"longer than {MAX_READ:,} {'bytes' if isinstance(text, bytes) else 'characters'}"
        raise InvalidDataError(name, (("$", f"{limit}, the most a reader reads"),))
    given = _given(sources)
    known = _is_record_type(cls)
    data = _fast_loads(text) if known else None
    if data is not None:
        # Parsed by orjson: read it; on any problem, read the text again as
        # below, so that the errors are the standard library's, the same
        # with the extra as without it.
        try:
            return _read(data, cls, _Reading(_orjson_text), report=False, sources=given)
        except _UnreadError:
            pass
    odd: list[str] = []  # NaN, Infinity, or too long an integer: refused anyway
    try:
        data = json.loads(
            text,
            object_pairs_hook=_no_repeats,
            parse_int=lambda digits: _numeral(digits, odd),
            parse_constant=lambda word: _numeral(word, odd),
        )
    except RecursionError:
        raise InvalidDataError(name, (("$", "nested too deeply to read"),)) from None
    except ValueError as error:
        raise InvalidDataError(name, (("$", f"not JSON: {error}"),)) from None
    _check_record_type(cls)
    # A _Numeral is a str to ==, and written as one: no record is taken as
    # read already where one stands in the data.
    return _read(data, cls, None if odd else _Reading(_json_text), sources=given)


def _orjson_text(value: object) -> bytes:
    assert _orjson is not None  # noqa: S101 -- only used on what orjson parsed
    return _orjson.dumps(value)  # type: ignore[no-any-return]


def _json_text(value: object) -> str:
    return json.dumps(value)


def _fast_loads(text: str | bytes) -> object:
    # orjson's reading of *text*, or None where it cannot say what the
    # standard library would: without orjson, for anything orjson refuses
    # (NaN, a BOM, UTF-16, what is not JSON), and where a key may be
    # repeated, since orjson keeps the last value of a repeated key silently.
    #
    # The repeated-key check counts colons. Without \u escapes, every ":" of
    # the text is a key's or a literal character of a string, and orjson
    # writes every key and string character back as one ":" each: the text
    # and orjson's writing of what it read have as many colons exactly when
    # no pair was dropped; a repeated key drops a pair, so the writing has
    # fewer. An escape could write a colon as \u003a: then the standard
    # library reads it, pair by pair.
    if _orjson is None:
        return None
    escape, colon = ("\\u", ":") if isinstance(text, str) else (b"\\u", b":")
    if escape in text:  # type: ignore[operator]
        return None
    try:
        data = _orjson.loads(text)
        written: bytes = _orjson.dumps(data)
    except (TypeError, ValueError):  # orjson's JSONDecodeError is a ValueError
        return None
    if written.count(b":") != text.count(colon):  # type: ignore[arg-type]
        return None
    return data


def _no_repeats(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        repeated = next(key for index, (key, _) in enumerate(pairs) if key in dict(pairs[:index]))
        msg = f"the key {repeated!r} is repeated in an object"
        raise ValueError(msg)
    return result


# --- JSON Schema ---------------------------------------------------------------------


def json_schema(cls: type) -> dict[str, Any]:
    """
    A JSON Schema (draft 2020-12) for records of type *cls*.

    Generated from the models: every record type under it is in ``$defs``;
    objects take exactly their fields; decimals are strings; dates are
    ``format: date``.

    Examples:
        >>> from honduras_brief import Quantity
        >>> schema = json_schema(Quantity)
        >>> schema["$ref"], schema["$defs"]["Quantity"]["properties"]["low"]
        ('#/$defs/Quantity', {'anyOf': [{'$ref': '#/$defs/decimal'}, {'type': 'null'}]})
    """
    _check_record_type(cls)
    defs: dict[str, Any] = {
        "decimal": {"type": "string", "pattern": f"^{_DECIMAL.pattern}$"},
        "date": {"type": "string", "format": "date", "pattern": f"^{_DATE.pattern}$"},
    }
    _define(cls, defs)
    return {"$schema": _SCHEMA_DIALECT, "$ref": f"#/$defs/{cls.__name__}", "$defs": defs}


def _define(cls: type, defs: dict[str, Any]) -> None:
    if cls.__name__ in defs:
        return
    defs[cls.__name__] = {}  # placeholder: a record may refer to itself
    hints = typing.get_type_hints(cls)
    fields = [a for a in attrs.fields(cls) if a.init]
    properties = {a.alias: _schema_of(hints[a.name], defs) for a in fields}
    if cls is Citation:
        properties["source"] = {
            "description": "The key of the cited source: its sha256, shortened.",
            "type": "string",
            "pattern": f"^{_KEY.pattern}$",
        }
    defs[cls.__name__] = {
        "type": "object",
        "description": (cls.__doc__ or "").strip().split("\n\n")[0].replace("\n", " "),
        "properties": properties,
        "required": [a.alias for a in fields],
        "additionalProperties": False,
    }


def _schema_of(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    args = typing.get_args(tp)
    if _is_json_union(tp):
        return {"anyOf": [_schema_of(a, defs) for a in args]}
    if _is_argument(tp):
        if "Argument" not in defs:
            defs["Argument"] = {}  # placeholder: the records below may refer to it
            defs["Argument"] = {
                "description": "A statement's subject or object: a record or a term, by type.",
                "oneOf": [
                    {
                        "type": "object",
                        "properties": {
                            "type": {"const": name},
                            "value": _schema_of(cls, defs),
                        },
                        "required": ["type", "value"],
                        "additionalProperties": False,
                    }
                    for name, cls in _ARGUMENTS.items()
                ],
            }
        return {"$ref": "#/$defs/Argument"}
    if type(None) in args:
        (inner,) = (a for a in args if a is not type(None))
        return {"anyOf": [_schema_of(inner, defs), {"type": "null"}]}
    if _is_homogeneous_tuple(tp):
        return {"type": "array", "items": _schema_of(args[0], defs)}
    if attrs.has(tp):
        _define(tp, defs)
        return {"$ref": f"#/$defs/{tp.__name__}"}
    if _is_enum(tp) and issubclass(tp, Vocabulary):
        # Open: the shipped terms, or other words a term can be.
        other: dict[str, Any] = {"type": "string", "minLength": 1}
        if issubclass(tp, SlugVocabulary):
            other["pattern"] = f"^{_SLUG.pattern}$"
        else:
            other["pattern"] = r"^\S+(?: \S+)*$"
        defs.setdefault(
            tp.__name__,
            {
                "description": f"A term of {tp.__name__}: a shipped one, or other words.",
                "anyOf": [{"enum": [m.value for m in tp]}, other],
            },
        )
        return {"$ref": f"#/$defs/{tp.__name__}"}
    if _is_enum(tp):
        defs.setdefault(tp.__name__, {"enum": [m.value for m in tp]})
        return {"$ref": f"#/$defs/{tp.__name__}"}
    if tp is type(None):
        return {"type": "null"}
    simple: Mapping[Any, dict[str, Any]] = {
        str: {"type": "string"},
        int: {"type": "integer"},
        bool: {"type": "boolean"},
        Decimal: {"$ref": "#/$defs/decimal"},
        pendulum.Date: {"$ref": "#/$defs/date"},
    }
    return dict(simple[tp])
