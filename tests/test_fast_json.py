"""The `fast` extra: JSON through orjson writes the same bytes and keeps every promise."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest

# The extra's promises are about orjson: where it is not installed (the oldest-dependencies
# run), the whole suite is the proof that the library works without it.
pytest.importorskip("orjson")

from test_serialization import BAD, _brief_with, _set, assert_identical

import honduras_brief as hb
from honduras_brief import BRIEF, Brief, InvalidDataError, from_dict, from_json, to_dict, to_json
from honduras_brief import serialization as s

ROOT = Path(__file__).parents[1]
TEXT = to_json(BRIEF)


@pytest.fixture(params=["orjson", "stdlib"])
def path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Each test runs with orjson, and as installed without the extra."""
    assert s._orjson is not None
    if request.param == "stdlib":
        monkeypatch.setattr(s, "_orjson", None)
    return str(request.param)


def _problems(text: str | bytes, cls: type = Brief) -> tuple[tuple[str, str], ...]:
    with pytest.raises(InvalidDataError) as info:
        from_json(text, cls)
    return info.value.problems


def _both(function: Any, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any]:
    """What *function* gives with orjson, then without it; raising is a result too."""
    results = []
    for module in (s._orjson, None):
        with monkeypatch.context() as patch:
            patch.setattr(s, "_orjson", module)
            try:
                results.append(function())
            except InvalidDataError as error:
                results.append(("error", error.problems))
    return results[0], results[1]


# --- The same bytes ---------------------------------------------------------------------------


@pytest.mark.parametrize("indent", [None, 2, 4, 0])
def test_both_paths_write_the_same_bytes(
    indent: int | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The brief is written byte for byte the same with orjson and without it, at any indent."""
    fast, slow = _both(lambda: to_json(BRIEF, indent=indent).encode(), monkeypatch)
    assert fast == slow
    expected = json.dumps(json.loads(slow), ensure_ascii=False, indent=indent,
                          separators=(",", ":") if indent is None else None)  # fmt: skip
    assert slow.decode() == expected


TRICKY = [
    "tab\there, a new line\n, a return\r, \b and \f",
    'quotes " and a backslash \\ and a slash /',
    "every control character " + "".join(chr(i) for i in range(32)),
    "non-ASCII: é, ñ, 漢字, 😀, and \u2028 \u2029 \x7f \ufeff",
    "a lone surrogate \ud800 and its like \udfff",  # orjson refuses it: the stdlib writes it
]


@pytest.mark.parametrize("value", TRICKY, ids=range(len(TRICKY)))
@pytest.mark.parametrize("indent", [None, 2])
def test_tricky_strings_are_written_the_same(
    value: str, indent: int | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Escapes, non-ASCII and surrogates are written identically by both paths."""
    actor = attrs.evolve(BRIEF.actors[0], inferred=value)
    fast, slow = _both(lambda: to_json(actor, indent=indent), monkeypatch)
    assert fast == slow
    assert json.loads(slow)["inferred"] == value


def test_integers_beyond_64_bits_are_written_by_the_standard_library() -> None:
    """An integer orjson cannot hold is written by the standard library."""
    data = {"big": 2**70, "small": -(2**63)}
    assert s._dumps(data, None) == json.dumps(data, separators=(",", ":"))


def test_a_record_held_in_many_places_is_written_once_per_text() -> None:
    """The same object in many places is written from one dict: the text does not change."""
    brief = from_json(TEXT, Brief)
    actors = [a for st in brief.statements for a in st.arguments if isinstance(a, hb.Actor)]
    shared = [a for a in actors if any(a is b for b in brief.actors)]
    assert shared  # the reading gives back one object per record
    assert to_json(brief) == TEXT
    assert to_dict(brief) == json.loads(TEXT)
    # to_dict keeps giving fresh dicts: changing one changes nothing else.
    first, second = to_dict(brief), to_dict(brief)
    assert first == second and first["actors"][0] is not second["actors"][0]


def test_to_json_still_refuses_what_is_not_a_record() -> None:
    """The check of the argument stays to_dict's."""
    with pytest.raises(TypeError, match="'obj' must be a record of this library"):
        to_json({"id": "x"})


# --- The same records, the same errors -----------------------------------------------------


def test_both_paths_read_the_brief_back(path: str) -> None:
    """Read with orjson or without, the brief comes back with its exact types."""
    for text in (TEXT, TEXT.encode(), to_json(BRIEF, indent=2)):
        assert_identical(from_json(text, Brief), BRIEF)
    assert path in {"orjson", "stdlib"}


def test_a_repeated_record_is_read_once() -> None:
    """An actor written in many statements is one object once read."""
    brief = from_json(TEXT, Brief)
    for actor in brief.actors:
        copies = [a for st in brief.statements for a in st.arguments if a == actor]
        assert all(a is actor for a in copies), actor.id


@pytest.mark.parametrize(("where", "value", "message"), BAD, ids=[f"{p}={v!r}" for p, v, _ in BAD])
def test_bad_input_gives_the_same_problems_as_from_dict(
    where: str, value: object, message: str, path: str
) -> None:
    """Every bad value of the serialization tests is refused by from_json as by from_dict."""
    data = _brief_with(_set(where, value))
    with pytest.raises(InvalidDataError) as expected:
        from_dict(data, Brief)
    assert _problems(json.dumps(data)) == expected.value.problems
    assert message in str(expected.value)
    assert path in {"orjson", "stdlib"}


def _second(text: str, old: str, new: str) -> str:
    """*text* with the second occurrence of *old* replaced by *new*."""
    first = text.index(old)
    second = text.index(old, first + 1)
    return text[:second] + new + text[second + len(old) :]


US = BRIEF.lookup("us-government")
US_JSON = json.dumps(to_dict(US), ensure_ascii=False, separators=(",", ":"))


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('"generic":false', '"generic":0', "expected true or false, got 0"),
        ('"start":229,', '"start":229.0,', "expected an integer, got 229.0"),
        ('"start":229,', '"start":true,', "expected an integer, got true"),
        ('"start":229,', '"start":1e500,', "expected an integer, got"),
        ('"start":229,', '"start":NaN,', "expected an integer, got NaN"),
        ('"name":"United States Government"', '"name":"United States"', "differs from the brief"),
    ],
    ids=["0 for false", "229.0 for 229", "true for 1", "infinity", "NaN", "another name"],
)
def test_a_copy_equal_only_to_python_is_read_in_full(
    old: str, new: str, message: str, path: str
) -> None:
    """A later copy of a record that == takes for the first (0 for false, 1.0 for 1) is refused at its path."""
    copy = US_JSON.replace(old, new, 1)
    assert copy != US_JSON
    text = _second(TEXT, US_JSON, copy)
    problems = _problems(text)
    assert any(message in said and where.startswith("$.") for where, said in problems), problems
    with pytest.raises(InvalidDataError) as reference:
        from_dict(json.loads(text, parse_constant=s._Numeral), Brief)
    if message != "expected an integer, got NaN":  # json.loads reads NaN as a float
        assert problems == reference.value.problems
    assert path in {"orjson", "stdlib"}


def test_an_id_read_as_two_kinds_is_refused(path: str) -> None:
    """A record whose id another kind of record already has is read in full, and refused."""
    data = to_dict(BRIEF)
    place = dict(data["places"][0], id=data["actors"][0]["id"])
    data["places"].append(place)
    with pytest.raises(InvalidDataError) as expected:
        from_dict(data, Brief)
    assert _problems(json.dumps(data)) == expected.value.problems
    assert "is already used at $.actors[0]" in str(expected.value)
    assert path in {"orjson", "stdlib"}


def test_an_id_that_is_not_a_string_is_refused_at_its_path(path: str) -> None:
    """A record's id of another kind is refused there, as from_dict does."""
    data = to_dict(BRIEF)
    data["actors"][1]["id"] = 5
    with pytest.raises(InvalidDataError) as expected:
        from_dict(data, Brief)
    assert _problems(json.dumps(data)) == expected.value.problems
    assert expected.value.problems == (("$.actors[1].id", "expected a string, got 5"),)
    assert path in {"orjson", "stdlib"}


# --- Repeated keys ----------------------------------------------------------------------------


def _repeat(text: str, key: str, value: str) -> str:
    """*text* with the first object holding *key* given it again, first, with *value*."""
    at = text.index(f'"{key}":')
    return f'{text[:at]}"{key}":{value},{text[at:]}'


@pytest.mark.parametrize(
    ("key", "value"),
    [("source", "1"), ("quote", '"x"'), ("generic", "false"), ("mentions", "[]"),
     ("note", '"a: b \\u003a"'), ("inferred", '"said: so"')],
)  # fmt: skip
def test_a_repeated_key_is_refused_anywhere(key: str, value: str, path: str) -> None:
    """A key given twice in any object is refused on both paths, with the same message."""
    text = _repeat(TEXT, key, value)
    assert _problems(text) == (("$", f"not JSON: the key {key!r} is repeated in an object"),)
    assert _problems(text.encode()) == _problems(text)
    assert path in {"orjson", "stdlib"}


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ('{"a":1}', {"a": 1}),
        ('{"a": "b:c", "d": {"e": ":"}}', {"a": "b:c", "d": {"e": ":"}}),
        ('{"a":1,"a":2}', None),  # orjson keeps the last: the count says so
        ('{"a":{"b":1},"a":{"b":1}}', None),
        ('{"a":"\\u003a","a":":"}', None),  # an escape could hide a colon: not counted
        ('{"a":"\\u00e9"}', None),
        ('{"a":NaN}', None),  # orjson refuses what the standard library reads
        ("\ufeff{}", None),
        (b"\xef\xbb\xbf{}", None),
        ('"\ud800"', None),
        ("[" * 1100 + "]" * 1100, None),
    ],
)
def test_orjson_reads_only_what_it_reads_as_the_standard_library(
    text: str | bytes, read: object
) -> None:
    """_fast_loads gives orjson's reading only where a key cannot be repeated and nothing is escaped."""
    assert s._fast_loads(text) == read
    if read is not None:
        assert json.loads(text) == read


def test_without_orjson_nothing_is_read_fast(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the extra, the standard library reads everything."""
    monkeypatch.setattr(s, "_orjson", None)
    assert s._fast_loads('{"a":1}') is None


@pytest.mark.parametrize(
    "text",
    ["{", "[1,]", "\ufeff{}", '{"a": NaN}', "1" * 5000, '{"source": 1e400}', "null",
     b"\xff\xfe{\x00}\x00", b"\xef\xbb\xbf[]", b'{"a":"\xff"}'],
    ids=range(10),
)  # fmt: skip
def test_what_orjson_refuses_gives_the_standard_library_s_answer(
    text: str | bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Text orjson refuses or reads otherwise gets the same problems with the extra as without."""
    fast, slow = _both(lambda: from_json(text, Brief), monkeypatch)
    assert fast == slow
    assert fast[0] == "error"


def test_a_class_that_is_no_record_is_still_named_for_text_that_is_not_json() -> None:
    """A wrong cls with broken text reports the text, as before."""
    with pytest.raises(InvalidDataError, match="not JSON"):
        from_json("{", dict)
    with pytest.raises(TypeError, match="'cls' must be a record type"):
        from_json("{}", dict)


def test_floats_are_refused_everywhere() -> None:
    """No field takes a float: a float in orjson's reading always sends it to the standard library."""
    with pytest.raises(InvalidDataError, match=r"expected an integer, got 1\.0"):
        from_json('{"quote": "2012", "start": 1.0, "end": 5, "section": "challenges"}', hb.Citation)
    for value in (1.5, 2.0):
        problems = _problems(json.dumps(_brief_with(_set("source.years.0", value))))
        assert problems == (("$.source.years[0]", f"expected an integer, got {value}"),)


def test_without_orjson_installed_the_library_works(tmp_path: Path) -> None:
    """With orjson not importable, serialization imports, writes the same text and reads it."""
    script = tmp_path / "no_orjson.py"
    script.write_text(
        "import sys\n"
        "sys.modules['orjson'] = None\n"
        "from honduras_brief import serialization as s, BRIEF, Brief\n"
        "assert s._orjson is None\n"
        "text = s.to_json(BRIEF)\n"
        "assert s.from_json(text, Brief) == BRIEF\n"
        "sys.stdout.write(text)\n",
        encoding="utf-8",
    )
    # The package as this environment has it (an editable install, or the
    # wheel in .ci/run), never src/ by path: that would be a second copy.
    out = subprocess.run(
        [sys.executable, str(script)], check=True, capture_output=True, cwd=ROOT
    ).stdout
    assert out.decode("utf-8") == TEXT


def test_without_orjson_importable_none_is_found(monkeypatch: pytest.MonkeyPatch) -> None:
    """When orjson cannot be imported, the library reads and writes with the standard library."""
    monkeypatch.setitem(sys.modules, "orjson", None)
    assert s._find_orjson() is None


def test_records_nested_too_deeply_are_refused_on_both_paths(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An actor part of an actor, hundreds deep, is refused alike with orjson and without."""
    actor = to_dict(BRIEF.actors[0])
    nested = actor
    for _ in range(200):  # within what orjson reads and writes (it stops at 255 levels)
        nested = dict(actor, part_of=nested)
    text = json.dumps(nested)
    assert s._fast_loads(text) is not None
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(400)  # the reading, not orjson, runs out of frames
    try:
        fast, slow = _both(lambda: from_json(text, hb.Actor), monkeypatch)
    finally:
        sys.setrecursionlimit(limit)
    assert fast == slow == ("error", (("$", "nested too deeply to read"),))


def test_a_lone_surrogate_is_refused_on_both_paths(monkeypatch: pytest.MonkeyPatch) -> None:
    """A lone surrogate escape, which orjson refuses to read, is refused at its path as before."""
    text = '{"quote": "\\ud800", "start": 0, "end": 1, "source": "sha256:3232e6f5b6b5d3fc", "section": "goals"}'
    fast, slow = _both(lambda: from_json(text, hb.Citation), monkeypatch)
    assert fast == slow
    assert fast[1][0][0] == "$.quote"
