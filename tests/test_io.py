"""Writers that follow pandas: a path, a PathLike, an open file, or the text back."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import honduras_brief as hb
from honduras_brief import BRIEF


@pytest.mark.parametrize(
    ("write", "expected"),
    [
        (lambda target: hb.to_csv(BRIEF, target), lambda: hb.to_csv(BRIEF)),
        (
            lambda target: hb.to_csv(BRIEF, target, table="statements"),
            lambda: hb.to_csv(BRIEF, table="statements"),
        ),
        (lambda target: hb.to_json(BRIEF, target), lambda: hb.to_json(BRIEF)),
        (lambda target: hb.to_json(BRIEF, target, indent=2), lambda: hb.to_json(BRIEF, indent=2)),
    ],
    ids=["csv", "csv-statements", "json", "json-indented"],
)
@pytest.mark.parametrize("kind", ["str", "path", "file", "buffer"])
def test_writers_take_a_path_a_pathlike_or_a_file(
    write: object, expected: object, kind: str, tmp_path: Path
) -> None:
    """Each writer writes the same text wherever it is told, and returns None then."""
    text = expected()  # type: ignore[operator]
    target = tmp_path / "out.txt"
    if kind == "buffer":
        buffer = io.StringIO()
        assert write(buffer) is None  # type: ignore[operator]
        assert buffer.getvalue() == text
        return
    if kind == "file":
        with target.open("w", encoding="utf-8", newline="") as file:
            assert write(file) is None  # type: ignore[operator]
            assert not file.closed  # left open, as pandas does
    else:
        assert write(str(target) if kind == "str" else target) is None  # type: ignore[operator]
    assert target.read_bytes() == text.encode("utf-8")


def test_a_path_is_replaced_not_appended(tmp_path: Path) -> None:
    """Writing to a path replaces what the file held."""
    target = tmp_path / "out.csv"
    target.write_text("old\n" * 1000, encoding="utf-8")
    hb.to_csv(hb.HOMICIDE_RATE_2012, target)
    assert target.read_text(encoding="utf-8") == hb.to_csv(hb.HOMICIDE_RATE_2012)


@pytest.mark.parametrize(
    ("target", "error", "message"),
    [
        (
            5,
            TypeError,
            "'path_or_buf' must be None, a path or an open text file, got 5 of type int",
        ),
        (b"out.csv", TypeError, "'path_or_buf' must be None, a path or an open text file"),
        ("", ValueError, "'path_or_buf' must name a file, got ''"),
        (Path(), IsADirectoryError, "Is a directory"),
    ],
)
def test_a_bad_target_is_refused_by_name(
    target: object, error: type[Exception], message: str
) -> None:
    """A target that is not a path or a file is refused, naming path_or_buf."""
    with pytest.raises(error, match=message):
        hb.to_csv(BRIEF, target)  # type: ignore[call-overload]
    with pytest.raises(error, match=message):
        hb.to_json(BRIEF, target)  # type: ignore[call-overload]


def test_a_bytes_pathlike_is_refused() -> None:
    """A PathLike that gives bytes is not a text path."""

    class BytesPath:
        def __fspath__(self) -> bytes:
            return b"out.csv"

    with pytest.raises(TypeError, match="'path_or_buf' must name a file"):
        hb.to_csv(BRIEF, BytesPath())  # type: ignore[call-overload]


def test_indent_must_be_an_int() -> None:
    """The indent is None or an int; a string or a bool is refused by name."""
    for indent in ("2", True):
        with pytest.raises(TypeError, match="'indent' must be None or an int"):
            hb.to_json(BRIEF, indent=indent)  # type: ignore[call-overload]
