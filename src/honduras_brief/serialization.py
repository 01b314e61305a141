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

import enum
import json
import re
import typing
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any, Final, TypeVar

import attrs
import pendulum
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn
from cattrs.preconf.json import JsonConverter, make_converter
from cattrs.v import transform_error

from ._statements import ARGUMENT_TYPES
from .exceptions import InvalidDataError

__all__ = ["from_dict", "from_json", "json_schema", "to_dict", "to_json"]

T = TypeVar("T")
JSON = dict[str, Any] | list[Any] | str | int | float | bool | None
"""What :func:`json.loads` can give."""

_DECIMAL: Final = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?")
_DATE: Final = re.compile(r"\d{4}-\d{2}-\d{2}")
_SCHEMA_DIALECT: Final = "https://json-schema.org/draft/2020-12/schema"


class _MismatchError(TypeError):
    """A JSON value of the wrong kind, or a string of the wrong form."""


def _shown(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False) if _is_json(value) else repr(value)
    return text if len(text) <= 60 else text[:57] + "..."  # noqa: PLR2004 -- keep messages short


def _is_json(value: object) -> bool:
    return value is None or isinstance(value, str | int | float | bool | list | dict)


def _expected(what: str, value: object) -> _MismatchError:
    return _MismatchError(f"expected {what}, got {_shown(value)}")


# --- Leaf hooks: strict, never coercing --------------------------------------


def _structure_str(value: object, _: type) -> str:
    if not isinstance(value, str):
        raise _expected("a string", value)
    return value


def _structure_int(value: object, _: type) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _expected("an integer", value)
    return value


def _structure_bool(value: object, _: type) -> bool:
    if not isinstance(value, bool):
        raise _expected("true or false", value)
    return value


def _structure_decimal(value: object, _: type) -> Decimal:
    if not isinstance(value, str) or not _DECIMAL.fullmatch(value):
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
    values = {member.value: member for member in cls}
    listed = ", ".join(json.dumps(v) for v in values)

    def structure(value: object, _: type) -> enum.Enum:
        if not isinstance(value, str) or value not in values:
            raise _expected(f"one of {listed}", value)
        return values[value]

    return structure


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
    converter: JsonConverter, *, detailed: bool
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


# --- The converter ----------------------------------------------------------------


def _make(*, detailed: bool) -> JsonConverter:
    # Two converters share these hooks. The fast one reads valid data with
    # no bookkeeping; on the first problem it stops, and the detailed one
    # reads the same data again to report every problem with its path.
    converter = make_converter(detailed_validation=detailed)
    converter.register_unstructure_hook(Decimal, str)
    converter.register_unstructure_hook(pendulum.Date, lambda d: d.isoformat())
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
    unstructure, structure = _argument_hooks(converter, detailed=detailed)
    converter.register_unstructure_hook_func(_is_argument, unstructure)
    converter.register_structure_hook_func(_is_argument, structure)
    return converter


def _tuple_hook(
    converter: JsonConverter, cls: Any, *, detailed: bool
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
    converter: JsonConverter, cls: Any, *, detailed: bool
) -> Callable[[object, type], Any]:
    # cattrs' generated function reads the fields and reports their problems
    # with their paths; around it we refuse unknown keys, require every key
    # (output always has them all, so a missing one is a mistake), and give
    # the record's own validation errors the record's path.
    fields = {a.alias: a for a in attrs.fields(cls) if a.init}
    names = frozenset(fields)
    generated = make_dict_structure_fn(cls, converter, _cattrs_forbid_extra_keys=False)

    def structure(value: object, _: type) -> Any:
        if not isinstance(value, dict):
            raise _expected("an object", value)
        if value.keys() == names:  # the usual case: exactly the fields
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


def _keyed(message: str, key: str, cls: type) -> Exception:
    error = _MismatchError(message)
    error.add_note(AttributeValidationNote(f"@ key {key}", key, cls))
    return error


_CONVERTER: Final = _make(detailed=False)
_DETAILED: Final = _make(detailed=True)


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
    result = _CONVERTER.unstructure(obj)
    assert isinstance(result, dict)  # noqa: S101 -- an attrs instance unstructures to a dict
    return result


def from_dict(data: object, cls: type[T]) -> T:
    """
    Read a record of type *cls* from plain JSON values, strictly.

    Raises:
        InvalidDataError: Listing every problem with its JSON path: a
            value of the wrong kind, a decimal that is not a string, an
            unknown enum value, an impossible date, an unknown or missing
            key, a record whose own validation fails.
        TypeError: If *cls* is not a record type of this library.

    Examples:
        >>> from honduras_brief import Citation
        >>> from_dict({"quote": 1, "start": "3", "end": 5, "section": "intro"}, Citation)
        Traceback (most recent call last):
          ...
        honduras_brief.exceptions.InvalidDataError: 3 problems in the data for Citation:
          $.quote: expected a string, got 1
          $.start: expected an integer, got "3"
          $.section: expected one of "challenges", "goals", "accomplishments", got "intro"
    """
    _check_record_type(cls)
    try:
        return _CONVERTER.structure(data, cls)
    except Exception:  # noqa: BLE001, S110 -- any problem: read again, reporting every one
        pass
    try:
        result: T = _DETAILED.structure(data, cls)
    except (ClassValidationError, IterableValidationError, _MismatchError) as error:
        raise InvalidDataError(cls.__name__, _problems(error)) from None
    return result  # pragma: no cover -- the fast reading fails only where this one does


def _check_record_type(cls: object) -> None:
    # Not a TypeGuard on purpose: narrowing would lose the caller's T.
    if not (isinstance(cls, type) and attrs.has(cls)):
        msg = f"'cls' must be a record type of this library, got {cls!r}"
        raise TypeError(msg)


def _problems(error: BaseException) -> tuple[tuple[str, str], ...]:
    found = []
    for line in transform_error(error, "$", _message):
        message, _, path = line.rpartition(" @ ")
        found.append((path, message))
    return tuple(found)


def _message(error: BaseException, _: object) -> str:
    if isinstance(error, KeyError):
        return "missing key"
    return str(error)


def to_json(obj: object, *, indent: int | None = None) -> str:
    """
    A record (or a :class:`Brief`) as JSON text.

    Keys come in the order of the fields and non-ASCII characters as they
    are; the same records always give the same text.

    Args:
        obj: The record.
        indent: ``None`` (the default) for compact text, the fastest to
            write and read; or a number of spaces, for text that reads and
            diffs well.

    Examples:
        >>> from honduras_brief import HOMICIDE_RATE_2012
        >>> citation = HOMICIDE_RATE_2012.period.citation
        >>> to_json(citation)
        '{"quote":"2012","start":1530,"end":1534,"section":"challenges"}'
        >>> print(to_json(citation, indent=2))
        {
          "quote": "2012",
          "start": 1530,
          "end": 1534,
          "section": "challenges"
        }
    """
    if indent is None:
        return json.dumps(to_dict(obj), ensure_ascii=False, separators=(",", ":"))
    return json.dumps(to_dict(obj), ensure_ascii=False, indent=indent)


def from_json(text: str | bytes, cls: type[T]) -> T:
    """
    Read a record of type *cls* from JSON text, strictly (see :func:`from_dict`).

    Text that is not JSON, or that repeats a key in an object (which JSON
    parsers would otherwise resolve silently), is refused too.

    Raises:
        InvalidDataError: Listing every problem with its JSON path.

    Examples:
        >>> from honduras_brief import BRIEF, Brief
        >>> from_json(to_json(BRIEF), Brief) == BRIEF
        True
    """
    if not isinstance(text, str | bytes):
        msg = f"'text' must be a str or bytes, got {text!r} of type {type(text).__name__}"
        raise TypeError(msg)
    try:
        data = json.loads(text, object_pairs_hook=_no_repeats)
    except ValueError as error:
        raise InvalidDataError(
            getattr(cls, "__name__", repr(cls)), (("$", f"not JSON: {error}"),)
        ) from None
    return from_dict(data, cls)


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
    defs[cls.__name__] = {
        "type": "object",
        "description": (cls.__doc__ or "").strip().split("\n\n")[0].replace("\n", " "),
        "properties": {a.alias: _schema_of(hints[a.name], defs) for a in fields},
        "required": [a.alias for a in fields],
        "additionalProperties": False,
    }


def _schema_of(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    args = typing.get_args(tp)
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
    if _is_enum(tp):
        defs.setdefault(tp.__name__, {"enum": [m.value for m in tp]})
        return {"$ref": f"#/$defs/{tp.__name__}"}
    simple: Mapping[Any, dict[str, Any]] = {
        str: {"type": "string"},
        int: {"type": "integer"},
        bool: {"type": "boolean"},
        Decimal: {"$ref": "#/$defs/decimal"},
        pendulum.Date: {"$ref": "#/$defs/date"},
    }
    return dict(simple[tp])
