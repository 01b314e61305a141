"""JSON in and out: lossless, deterministic, strict, with a schema."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal
from importlib.resources import files
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pendulum
import pytest
from conftest import record_params
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import RECORDS

import honduras_brief as hb
import honduras_brief.content
from honduras_brief import (
    BRIEF,
    Brief,
    InvalidDataError,
    Quantity,
    from_dict,
    from_json,
    to_dict,
    to_json,
)

GOLDEN = Path(__file__).parent / "golden" / "brief.json"
ROOT = Path(__file__).parents[1]


def assert_identical(a: object, b: object, path: str = "$") -> None:
    """Equal, and of the same types all the way down (Decimal exponents too)."""
    assert type(a) is type(b), f"{path}: {type(a).__name__} != {type(b).__name__}"
    if isinstance(a, Decimal):
        assert a.as_tuple() == b.as_tuple(), f"{path}: {a!r} != {b!r}"  # type: ignore[union-attr]
    elif isinstance(a, tuple):
        assert len(a) == len(b), path  # type: ignore[arg-type]
        for i, (x, y) in enumerate(zip(a, b, strict=True)):  # type: ignore[call-overload]
            assert_identical(x, y, f"{path}[{i}]")
    elif attrs.has(type(a)):
        for field in attrs.fields(type(a)):
            if field.init:
                assert_identical(
                    getattr(a, field.name), getattr(b, field.name), f"{path}.{field.name}"
                )
    assert a == b, path


# --- Lossless and deterministic ---------------------------------------------------------


def test_the_brief_round_trips_with_its_types() -> None:
    """from_json(to_json(BRIEF)) is BRIEF, Decimals, dates, enums and tuples alike."""
    back = from_json(to_json(BRIEF), Brief)
    assert_identical(back, BRIEF)
    assert back.lookup("operation-neptune") == hb.OPERATION_NEPTUNE


@pytest.mark.parametrize("record", record_params())
def test_every_constant_round_trips(record: hb.Record) -> None:
    """Each record comes back identical, through dicts and through JSON text."""
    assert_identical(from_json(to_json(record), type(record)), record)
    assert_identical(from_dict(to_dict(record), type(record)), record)


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.sampled_from(list(RECORDS)).flatmap(lambda cls: RECORDS[cls]))
def test_arbitrary_records_round_trip(record: object) -> None:
    """Any valid record, of any type, comes back identical through JSON."""
    assert_identical(from_json(to_json(record), type(record)), record)


def test_decimals_keep_their_exponent_and_never_become_numbers() -> None:
    """Decimal("85.50") is written "85.50" and read back as 85.50; no JSON number holds it."""
    q = attrs.evolve(hb.HOMICIDE_RATE_2012, low=Decimal("85.50"), high=Decimal("85.50"))
    data = to_dict(q)
    assert (data["low"], data["high"]) == ("85.50", "85.50")
    assert str(from_dict(data, Quantity).low) == "85.50"
    big = attrs.evolve(hb.NEPTUNE_SEIZED_VALUE, low=Decimal("5E+8"))
    assert to_dict(big)["low"] == "5E+8"
    assert from_dict(to_dict(big), Quantity).low.as_tuple() == Decimal("5E+8").as_tuple()  # type: ignore[union-attr]

    def numbers(value: object) -> list[object]:
        if isinstance(value, dict):
            return [n for v in value.values() for n in numbers(v)]
        if isinstance(value, list):
            return [n for v in value for n in numbers(v)]
        return [value] if isinstance(value, float) else []

    assert numbers(json.loads(to_json(BRIEF))) == []


def test_dates_and_enums_are_plain_json() -> None:
    """Dates are YYYY-MM-DD strings and enums their values; read back as pendulum Dates."""
    data = to_dict(hb.OPERATION_NEPTUNE)
    assert data["seized_value"]["period"]["start"] == "2013-09-19"
    assert data["assets_seized"] == ["properties", "vehicles", "bank accounts", "businesses"]
    back = from_dict(data, hb.Operation)
    assert type(back.seized_value.period.start) is pendulum.Date  # type: ignore[union-attr]
    judges = to_dict(hb.BRIEF.lookup("supreme-court-dismissed-judges"))
    assert (judges["period"]["start"], judges["period"]["end"]) == (None, "2013-06-30")
    assert judges["subject"] == {"type": "Actor", "value": to_dict(hb.content.SUPREME_COURT)}
    assert judges["objects"][0] == {"type": "Role", "value": "judges"}


def test_output_is_deterministic() -> None:
    """The same records give the same bytes, in this process and in another."""
    assert to_json(BRIEF) == to_json(from_json(to_json(BRIEF), Brief))
    other = subprocess.run(
        [sys.executable, "-c", "import honduras_brief as hb; print(hb.to_json(hb.BRIEF))"],
        capture_output=True, text=True, encoding="utf-8", check=True, env={**os.environ, "PYTHONHASHSEED": "7", "PYTHONIOENCODING": "utf-8"},
    )  # fmt: skip
    assert other.stdout == to_json(BRIEF) + "\n"


def test_golden_json() -> None:
    """The JSON of BRIEF is the golden file (regenerate with scripts/regenerate.py)."""
    assert to_json(BRIEF, indent=2) + "\n" == GOLDEN.read_text(encoding="utf-8")


def test_to_dict_refuses_what_is_not_a_record() -> None:
    """Only the library's records are serialized."""
    with pytest.raises(TypeError, match="'obj' must be a record of this library, got"):
        to_dict({"a": 1})
    with pytest.raises(TypeError, match="'cls' must be a record type of this library"):
        from_dict({}, dict)


def test_cattrs_is_imported_on_first_use_only() -> None:
    """Import honduras_brief does not import cattrs; serialization does."""
    code = (
        "import sys, honduras_brief as hb\n"
        "assert 'cattrs' not in sys.modules, 'cattrs imported eagerly'\n"
        "hb.to_json(hb.HOMICIDE_RATE_2012)\n"
        "assert 'cattrs' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# --- Strict ----------------------------------------------------------------------------


def _brief_with(change: Any) -> dict[str, Any]:
    data = to_dict(BRIEF)
    change(data)
    return data


def _set(path: str, value: object) -> Any:
    """A change that sets the value at a simple JSON path like 'challenges.2.quantities.0.low'."""

    def change(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = data
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        if value is _DELETE:
            del target[last]
        else:
            target[int(last) if last.isdigit() else last] = value

    return change


_DELETE = object()
_HOMICIDE = "challenges.3.quantities.0"  # the 2012 homicide rate

BAD = [
    ("challenges.0.title", 5, "$.challenges[0].title: expected a string, got 5"),
    (
        "challenges.0.citations",
        "a quote",
        '$.challenges[0].citations: expected an array, got "a quote"',
    ),
    (
        f"{_HOMICIDE}.low",
        1.5,
        "$.challenges[3].quantities[0].low: expected a decimal string, got 1.5",
    ),
    (
        f"{_HOMICIDE}.low",
        85,
        "$.challenges[3].quantities[0].low: expected a decimal string, got 85",
    ),
    (
        f"{_HOMICIDE}.low",
        "85,5",
        '$.challenges[3].quantities[0].low: expected a decimal string, got "85,5"',
    ),
    (
        f"{_HOMICIDE}.low",
        "NaN",
        '$.challenges[3].quantities[0].low: expected a decimal string, got "NaN"',
    ),
    (
        f"{_HOMICIDE}.unit",
        "Per Cent",
        "$.challenges[3].quantities[0].unit: 'Per Cent' is not a term of Unit: its value must be",
    ),
    (
        f"{_HOMICIDE}.period.start",
        "2013-02-30",
        '$.challenges[3].quantities[0].period.start: expected a real date, got "2013-02-30"',
    ),
    (
        f"{_HOMICIDE}.period.end",
        "2012-12-31T00:00:00",
        "$.challenges[3].quantities[0].period.end: expected a date string YYYY-MM-DD",
    ),
    (
        f"{_HOMICIDE}.colour",
        "red",
        "$.challenges[3].quantities[0].colour: unknown key for Quantity",
    ),
    (f"{_HOMICIDE}.basis", _DELETE, "$.challenges[3].quantities[0].basis: missing key"),
    (f"{_HOMICIDE}.inferred", _DELETE, "$.challenges[3].quantities[0].inferred: missing key"),
    (
        f"{_HOMICIDE}.high",
        "90",
        "$.challenges[3].quantities[0]: an exact figure has 'low' == 'high', got 85.5 and 90",
    ),
    (
        "accomplishments.0.bullet",
        True,
        "$.accomplishments[0].bullet: expected an integer, got true",
    ),
    ("accomplishments.0.bullet", "1", '$.accomplishments[0].bullet: expected an integer, got "1"'),
    ("accomplishments.0.bullet", 0, "$.accomplishments[0]: 'bullet' must be >= 1: 0"),
    ("actors.0.generic", 0, "$.actors[0].generic: expected true or false, got 0"),
    ("actors.0.mentions.0.start", 7, "$.actors[0].mentions[0]: the text at 7:"),
    ("source.years", [2012, "2013"], '$.source.years[1]: expected an integer, got "2013"'),
    ("goals", None, "$.goals: expected an array, got null"),
    (
        "challenges.0.statements.0.objects.0",
        "cocaine",
        '$.challenges[0].statements[0].objects[0]: expected an object {"type": ..., "value": ...}, got "cocaine"',
    ),
    (
        "challenges.0.statements.0.objects.0.type",
        "Drug",
        '$.challenges[0].statements[0].objects[0].type: expected one of "Actor", "Place", ',
    ),
    (
        "challenges.0.statements.0.objects.0.value",
        "heroin",
        "$.challenges[0].statements[0]: 'objects[0]': 'heroin' does not stand in the statement's citation",
    ),
    (
        "challenges.0.statements.0.subject.value.kind",
        "City",
        "$.challenges[0].statements[0].subject.value.kind: 'City' is not a term of PlaceKind",
    ),
    (
        "challenges.0.statements.0.factuality",
        "CT+",
        '$.challenges[0].statements[0].factuality: expected one of "certain", ',
    ),
    (
        "challenges.0.statements.2.objects.0.value",
        "synthetic  drugs",
        "$.challenges[0].statements[2].objects[0].value: 'synthetic  drugs' is not a term of Substance: a term's words are separated by single spaces",
    ),
    (
        "challenges.0.statements.0.grading.0",
        "pivotal",
        "$.challenges[0].statements[0]: 'grading[0]': 'pivotal' does not stand in the statement's citation",
    ),
]


@pytest.mark.parametrize(("path", "value", "message"), BAD, ids=[f"{p}={v!r}" for p, v, _ in BAD])
def test_bad_input_is_refused_with_its_path(path: str, value: object, message: str) -> None:
    """Each kind of bad value is refused, naming its JSON path; nothing is coerced."""
    with pytest.raises(InvalidDataError) as info:
        from_dict(_brief_with(_set(path, value)), Brief)
    assert isinstance(info.value, ValueError)
    assert len(info.value.problems) == 1, info.value.problems
    assert message in str(info.value)
    found_path, found_message = info.value.problems[0]
    assert f"{found_path}: {found_message}".startswith(message)


def test_an_argument_of_the_wrong_type_lists_what_does_not_fit() -> None:
    """A Place's value read as an Actor reports each field that an Actor lacks or refuses."""
    with pytest.raises(InvalidDataError) as info:
        from_dict(_brief_with(_set("challenges.0.statements.0.subject.type", "Actor")), Brief)
    paths = [path for path, _ in info.value.problems]
    assert "$.challenges[0].statements[0].subject.value.acronym" in paths
    assert "$.challenges[0].statements[0].subject.value.part_of" in paths


def test_every_problem_is_listed() -> None:
    """Several problems are all reported, each with its own path."""

    def change(data: dict[str, Any]) -> None:
        _set(f"{_HOMICIDE}.low", 1.5)(data)
        _set("challenges.0.title", 5)(data)
        _set("places.0.kind", "City")(data)

    with pytest.raises(InvalidDataError, match=r"^3 problems in the data for Brief:") as info:
        from_dict(_brief_with(change), Brief)
    assert [p for p, _ in info.value.problems] == [
        "$.challenges[0].title", "$.challenges[3].quantities[0].low", "$.places[0].kind",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[]", "$: expected an object, got []"),
        ('"brief"', '$: expected an object, got "brief"'),
        ("{", "$: not JSON"),
        ('{"source": 1, "source": 2}', "$: not JSON: the key 'source' is repeated in an object"),
    ],
)
def test_a_payload_that_is_not_an_object_is_refused(text: str, message: str) -> None:
    """Top-level garbage is one problem at $."""
    with pytest.raises(InvalidDataError, match="1 problem in the data for Brief") as info:
        from_json(text, Brief)
    assert message in str(info.value)


def test_from_json_takes_text_or_bytes() -> None:
    """Bytes are JSON too; other types are refused."""
    assert from_json(to_json(hb.HOMICIDE_RATE_2012).encode(), Quantity) == hb.HOMICIDE_RATE_2012
    with pytest.raises(TypeError, match="'text' must be a str or bytes"):
        from_json(to_dict(hb.HOMICIDE_RATE_2012), Quantity)  # type: ignore[arg-type]


# --- Schema ----------------------------------------------------------------------------

SCHEMA = hb.json_schema(Brief)
VALIDATOR = jsonschema.Draft202012Validator(
    SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)


def test_the_schema_is_valid_draft_2020_12() -> None:
    """The generated schema is itself a valid 2020-12 schema, with every record type."""
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    for cls in (
        Brief,
        hb.Challenge,
        hb.Goal,
        hb.Accomplishment,
        hb.Operation,
        hb.Actor,
        hb.Place,
        Quantity,
        hb.DateRange,
        hb.Citation,
    ):
        assert cls.__name__ in SCHEMA["$defs"]


def test_the_shipped_schema_files_are_the_generated_schema() -> None:
    """The package's and the docs' schema files are what json_schema(Brief) gives."""
    shipped = (
        files("honduras_brief")
        .joinpath("data")
        .joinpath("brief.schema.json")
        .read_text(encoding="utf-8")
    )
    assert json.loads(shipped) == SCHEMA
    docs = ROOT / "docs" / "brief.schema.json"
    if docs.exists():  # the docs are not in an installed wheel
        assert json.loads(docs.read_text(encoding="utf-8")) == SCHEMA


@pytest.mark.parametrize("record", record_params())
def test_the_schema_accepts_every_constant(record: hb.Record) -> None:
    """Each record's JSON is valid against the schema of its type."""
    jsonschema.validate(
        to_dict(record), hb.json_schema(type(record)), format_checker=jsonschema.FormatChecker()
    )


def test_the_schema_accepts_the_brief() -> None:
    """The whole brief is valid against the Brief schema."""
    assert list(VALIDATOR.iter_errors(to_dict(BRIEF))) == []


SCHEMA_BAD = [
    b
    for b in BAD
    if "must be >= 1" not in b[2]
    and "the text at" not in b[2]
    and "an exact figure" not in b[2]
    and "does not stand in" not in b[2]  # a statement's own validation: its words
]


@pytest.mark.parametrize(
    ("path", "value"),
    [(p, v) for p, v, _ in SCHEMA_BAD],
    ids=[f"{p}={v!r}" for p, v, _ in SCHEMA_BAD],
)
def test_the_schema_rejects_the_bad_inputs(path: str, value: object) -> None:
    """The schema rejects every bad value that a schema can see."""
    assert list(VALIDATOR.iter_errors(_brief_with(_set(path, value))))


def test_the_schema_rejects_a_payload_that_is_not_an_object() -> None:
    """An array is not a brief."""
    assert list(VALIDATOR.iter_errors([]))


def test_json_schema_refuses_what_is_not_a_record_type() -> None:
    """json_schema takes record types only."""
    with pytest.raises(TypeError, match="'cls' must be a record type"):
        hb.json_schema(int)


# --- Results of the helpers, and unions told apart by their JSON kind ----------------


@pytest.mark.parametrize(
    "result",
    [
        hb.check_change(85.5, 80, stated=-6.4),
        hb.describe_change(85.5, 80),
        hb.check_change(hb.content.PEOPLE_TRAINED, 1500, stated=20),
        hb.describe_change(hb.content.PEOPLE_TRAINED, 1500),
        hb.percent_change(hb.content.PEOPLE_TRAINED, 1500),
        hb.verify(hb.BRIEF),
    ],
    ids=lambda r: type(r).__name__,
)
def test_every_result_type_round_trips_and_has_a_schema(result: object) -> None:
    """ChangeCheck, ChangeDescription, ChangeRange and Verification read back and validate."""
    text = to_json(result)
    assert from_json(text, type(result)) == result
    schema = hb.json_schema(type(result))
    jsonschema.Draft202012Validator(schema).validate(json.loads(text))


@pytest.mark.parametrize("value", [None, True, 5, 1.5, ["a"]], ids=repr)
def test_a_union_refuses_a_value_of_another_kind(value: object) -> None:
    """A change is a decimal string or a range object; anything else is named at its path."""
    data = {"agrees": True, "stated": "-6.4", "places": 1, "computed": value, "rounded": None}
    with pytest.raises(InvalidDataError) as info:
        from_dict(data, hb.ChangeCheck)
    ((path, message),) = info.value.problems
    assert (path, message.split(", got")[0]) == ("$.computed", "expected string or object")


def test_json_kinds_of_types() -> None:
    """Each type is read from the JSON kind it is written as."""
    from honduras_brief.serialization import _json_kind, _schema_of

    assert [_json_kind(t) for t in (hb.Citation, tuple[int, ...], type(None), bool, int, Decimal)] == [
        "object", "array", "null", "boolean", "integer", "string",
    ]  # fmt: skip
    schema = _schema_of(Decimal | hb.ChangeRange | None, {})
    assert schema["anyOf"][-1] == {"type": "null"}


# --- configure_converter: the same JSON and strictness in anyone's converter ---------

_PRECONF = ["json", "orjson", "msgspec"]


def _converter(name: str, *, detailed: bool = True) -> Any:
    import importlib

    if name != "json":
        pytest.importorskip(name)  # orjson and msgspec come with the test extra
    module = importlib.import_module(f"cattrs.preconf.{name}")
    converter = module.make_converter(detailed_validation=detailed)
    hb.serialization.configure_converter(converter)
    return converter


@pytest.mark.parametrize("name", _PRECONF)
@pytest.mark.parametrize("detailed", [True, False], ids=["detailed", "fast"])
def test_a_preconf_converter_writes_the_same_json_and_reads_it_back(
    name: str, detailed: bool
) -> None:
    """The json, orjson and msgspec converters of cattrs give to_json's JSON, and read it back."""
    converter = _converter(name, detailed=detailed)
    out = converter.dumps(BRIEF)
    assert json.loads(out) == json.loads(to_json(BRIEF))
    if name != "json":  # compact writers give the very bytes
        assert out == to_json(BRIEF).encode("utf-8")
    back = converter.loads(out, Brief)
    assert back == BRIEF
    assert type(back.challenges[3].quantities[0].low) is Decimal


@pytest.mark.parametrize("name", _PRECONF)
@pytest.mark.parametrize("record", record_params())
def test_every_record_round_trips_through_a_preconf_converter(name: str, record: object) -> None:
    """Every record of the brief, statements included, round-trips through each converter."""
    converter = _converter(name)
    assert converter.loads(converter.dumps(record), type(record)) == record


@pytest.mark.parametrize("name", _PRECONF)
def test_a_configured_converter_is_as_strict(name: str) -> None:
    """No coercion in anyone's converter: a float decimal and a wrong enum value are refused."""
    from cattrs.errors import ClassValidationError

    converter = _converter(name)
    data = to_dict(hb.HOMICIDE_RATE_2012) | {"low": 85.5, "unit": "Per Cent"}
    with pytest.raises(ClassValidationError) as info:
        converter.structure(data, hb.Quantity)
    messages = sorted(str(e) for e in info.value.exceptions)
    assert messages[0].startswith("'Per Cent' is not a term of Unit")
    assert messages[1] == "expected a decimal string, got 85.5"


def test_a_plain_converter_is_configured_too() -> None:
    """A cattrs.Converter of the user's own gets the same hooks."""
    import cattrs

    converter = cattrs.Converter()
    hb.serialization.configure_converter(converter)
    assert converter.unstructure(BRIEF) == to_dict(BRIEF)
    assert converter.structure(to_dict(BRIEF), Brief) == BRIEF


def test_configure_converter_refuses_what_is_not_a_converter() -> None:
    """Anything but a cattrs converter is refused, by name."""
    with pytest.raises(TypeError, match="'converter' must be a cattrs converter, got"):
        hb.serialization.configure_converter(json)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "kind", ["challenges", "goals", "accomplishments", "operations", "actors", "places"]
)
def test_a_record_listed_twice_is_refused_naming_both_paths(kind: str) -> None:
    """A brief's JSON that lists one of its records twice is refused at load, at both paths."""
    data = hb.to_dict(hb.BRIEF)
    data[kind].append(data[kind][0])
    last = len(data[kind]) - 1
    ident = data[kind][0]["id"]
    expected = (
        (
            f"$.{kind}[{last}]",
            f"the record {ident!r} is listed twice, at $.{kind}[0] and $.{kind}[{last}]",
        ),
    )
    with pytest.raises(hb.InvalidDataError) as read:
        hb.from_dict(data, hb.Brief)
    assert read.value.problems == expected
    with pytest.raises(hb.InvalidDataError) as parsed:
        hb.from_json(json.dumps(data, ensure_ascii=False), hb.Brief)  # orjson's reading too
    assert parsed.value.problems == expected


# --- The package's own records, written from plans of our own, as cattrs writes them ---


def _generated() -> Any:
    """A converter configured as the package's, that writes every record with cattrs' own code."""
    from cattrs.preconf.json import make_converter

    converter = make_converter()
    hb.serialization.configure_converter(converter)
    return converter


def _same_json(a: object, b: object) -> bool:
    """The same JSON text: keys in the same order, and every value of the same kind."""
    return json.dumps(a, ensure_ascii=False) == json.dumps(b, ensure_ascii=False)


def _results() -> list[object]:
    claim = "The homicide rate was 85.5 per 100,000 in 2012, and Los Cachiros were dismantled."
    return [
        BRIEF,
        BRIEF.source,
        hb.verify(BRIEF),
        hb.check_change(85.5, 80, stated=-6.4),
        hb.describe_change(85.5, 80),
        hb.check_change(hb.content.PEOPLE_TRAINED, 1500, stated=20),
        hb.percent_change(hb.content.PEOPLE_TRAINED, 1500),
        hb.check_claim(claim),
        *hb.check_claim(claim).findings,
        *hb.search("cachiros"),
        hb.parse_figure("more than 80 percent"),
    ]


@pytest.mark.parametrize(
    "record",
    [*record_params(), *(pytest.param(r, id=type(r).__name__) for r in _results())],
)
def test_own_records_are_written_as_cattrs_writes_them(record: object) -> None:
    """to_dict of every record and result is the very JSON that cattrs' generated functions give."""
    from honduras_brief.serialization import _is_own_record

    assert _is_own_record(type(record))
    assert _same_json(to_dict(record), _generated().unstructure(record))


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.sampled_from(list(RECORDS)).flatmap(lambda cls: RECORDS[cls]))
def test_arbitrary_records_are_written_as_cattrs_writes_them(record: object) -> None:
    """Any valid record, of any type, gives the JSON of cattrs' generated functions."""
    assert _same_json(to_dict(record), _generated().unstructure(record))


@attrs.frozen(kw_only=True)
class _Faction(hb.Actor):
    """A user's own kind of actor: a subclass with a field of its own."""

    founded: int = 2000


def test_a_user_subclass_is_written_by_cattrs() -> None:
    """A user's subclass of a record is no record of ours: cattrs writes it, its own field too."""
    from honduras_brief.serialization import _is_own_record

    challenge = next(c for c in BRIEF.challenges if c.actors)
    actor = challenge.actors[0]
    faction = _Faction(**{a.name: getattr(actor, a.name) for a in attrs.fields(hb.Actor)})
    assert not _is_own_record(_Faction)
    assert to_dict(faction) == to_dict(actor) | {"founded": 2000}
    assert _same_json(to_dict(faction), _generated().unstructure(faction))
    # Held where the brief holds an Actor, it is written as an Actor; as a
    # statement's subject, by its own type, as cattrs writes either.
    statement = next(s for s in BRIEF.statements if isinstance(s.subject, hb.Actor))
    said = attrs.evolve(statement, subject=faction)
    assert to_dict(said)["subject"]["type"] == "_Faction"
    assert _same_json(to_dict(said), _generated().unstructure(said))
    held = attrs.evolve(challenge, actors=(faction,))
    assert to_dict(held)["actors"] == [to_dict(actor)]
    assert _same_json(to_dict(held), _generated().unstructure(held))
    assert to_json(held) == json.dumps(
        _generated().unstructure(held), ensure_ascii=False, separators=(",", ":")
    )


def test_classes_are_ours_exactly() -> None:
    """Only a record class defined in the package is planned: not a subclass, a non-record or a type."""
    from honduras_brief.serialization import _is_own_record

    assert _is_own_record(hb.Brief)
    assert _is_own_record(hb.Verification)
    assert not _is_own_record(_Faction)
    assert not _is_own_record(hb.Unit)  # an enum of ours, but no record
    assert not _is_own_record(tuple[hb.Actor, ...])
    assert not _is_own_record(BRIEF)


def _own_classes() -> list[type]:
    import importlib
    import pkgutil

    found = []
    for info in pkgutil.walk_packages(hb.__path__, f"{hb.__name__}."):
        try:
            module = importlib.import_module(info.name)
        except ModuleNotFoundError as error:
            if (error.name or "").startswith(hb.__name__):
                raise
            continue  # the module of an extra not installed (pydantic): it defines no record
        found += [
            value
            for value in vars(module).values()
            if isinstance(value, type) and attrs.has(value) and value.__module__ == info.name
        ]
    return found


@pytest.mark.parametrize("cls", _own_classes(), ids=lambda c: f"{c.__module__}.{c.__qualname__}")
def test_field_types_are_what_get_type_hints_reads(cls: type) -> None:
    """Every record class's fields are read as the types typing.get_type_hints gives."""
    import typing

    from honduras_brief.serialization import _field_types

    fields = [a for a in attrs.fields(cls) if a.init]
    hints = typing.get_type_hints(cls)
    assert _field_types(cls, fields) == [hints[a.name] for a in fields]


class _Inner:
    """A name the module of the classes below does hold."""


@attrs.frozen
class _Base:
    """A base class whose fields another class inherits."""

    held: _Inner | None = None


@attrs.frozen
class _Inherits(_Base):
    """Fields of a base class: their names are the base module's to read."""

    own: int = 0


@attrs.frozen
class _Quoted:
    """A quoted name inside an annotation: get_type_hints reads it, not the one expression."""

    held: tuple["_Inner", ...] = ()  # noqa: UP037 -- the quotes are what is tested


@attrs.frozen
class _Nested:
    """A name of the class's own namespace, which the module lacks."""

    class Kind:
        """Known only inside the class."""

    kind: Kind | None = None
    nothing: None = None


@pytest.mark.parametrize("cls", [_Inherits, _Quoted, _Nested, _Base], ids=lambda c: c.__name__)
def test_field_types_fall_back_to_get_type_hints(cls: type) -> None:
    """Inherited fields, quoted names and names of the class itself are read by get_type_hints."""
    import typing

    from honduras_brief.serialization import _field_types

    fields = [a for a in attrs.fields(cls) if a.init]
    hints = typing.get_type_hints(cls)
    assert _field_types(cls, fields) == [hints[a.name] for a in fields]


def test_field_types_already_resolved_are_kept() -> None:
    """Fields whose types attrs has resolved are taken as they are; a bare None is NoneType."""
    import typing

    from honduras_brief.serialization import _field_types

    @attrs.frozen
    class Partly:
        """One field resolved, one written."""

        resolved: int = 0
        written: None = None

    fields: list[attrs.Attribute[Any]] = list(attrs.fields(Partly))
    object.__setattr__(fields[0], "type", int)  # as attrs.resolve_types leaves it
    assert _field_types(Partly, fields) == [int, type(None)]
    attrs.resolve_types(Partly)
    resolved: list[attrs.Attribute[Any]] = list(attrs.fields(Partly))
    assert (
        _field_types(Partly, resolved)
        == [int, type(None)]
        == list(typing.get_type_hints(Partly).values())
    )


def test_a_long_key_is_shown_by_its_start() -> None:
    """An unknown key of 100,000 characters: its path quotes its start and its length."""
    data = {**hb.to_dict(hb.HOMICIDE_RATE_2012), "k" * 100_000: 1}
    with pytest.raises(hb.InvalidDataError) as caught:
        hb.from_dict(data, hb.Quantity)
    ((path, message),) = caught.value.problems
    assert path == "$." + "k" * 59 + "\u2026(100,000 characters)"
    assert message == "unknown key for Quantity"
    assert len(str(caught.value)) < 200


@pytest.mark.parametrize(
    "text", [b" " * (64 * 2**20 + 1), " " * (64 * 2**20 + 1)], ids=["bytes", "str"]
)
def test_from_json_reads_at_most_its_limit(text: str | bytes) -> None:
    """Past 64 MiB, from_json refuses before it parses, in one problem at $."""
    with pytest.raises(hb.InvalidDataError) as caught:
        hb.from_json(text, hb.Brief)
    unit = "bytes" if isinstance(text, bytes) else "characters"
    assert caught.value.problems == (
        ("$", f"longer than 67,108,864 {unit}, the most a reader reads"),
    )
