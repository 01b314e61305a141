"""Writers that follow pandas: a path, a PathLike, an open file, or the text back."""

from __future__ import annotations

import errno
import io
import os
import stat
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

import honduras_brief as hb
from honduras_brief import BRIEF, _io


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
    """With overwrite=True, writing to a path replaces what the file held."""
    target = tmp_path / "out.csv"
    target.write_text("old\n" * 1000, encoding="utf-8")
    hb.to_csv(hb.HOMICIDE_RATE_2012, target, overwrite=True)
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


# --- Files written whole: _io.replace_file and _io.replace_folder ------------------


def _old_and_new(path: Path) -> None:
    path.write_bytes(b"old\n" * 1000)


def test_a_file_is_replaced_whole_while_a_reader_reads(tmp_path: Path) -> None:
    """A reader watching the target sees the old bytes or the new, never a part or nothing."""
    target = tmp_path / "out.txt"
    versions = [bytes([65 + n]) * 200_000 for n in range(3)]
    target.write_bytes(versions[0])
    seen: set[bytes] = set()
    done = threading.Event()

    def read() -> None:
        while not done.is_set():
            seen.add(target.read_bytes())

    reader = threading.Thread(target=read)
    reader.start()
    try:
        for n in range(30):
            data = versions[n % 3]
            _io.replace_file(str(target), lambda file, data=data: file.write(data), overwrite=True)
    finally:
        done.set()
        reader.join()
    assert seen <= set(versions)
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]  # no temporary left


def test_a_new_file_gets_the_permissions_of_a_new_file(tmp_path: Path) -> None:
    """The temporary file is made as open() would make it: 0o666 less the umask."""
    umask = os.umask(0o022)
    os.umask(umask)
    target = tmp_path / "new.txt"
    _io.write("x", target, overwrite=False)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask


def test_a_failed_write_leaves_the_old_file_and_names_the_path(tmp_path: Path) -> None:
    """A full disk part-way: the old file stays, no temporary is left, the error names the target."""
    target = tmp_path / "out.txt"
    _old_and_new(target)

    def full(file: object) -> None:
        file.write(b"new")  # type: ignore[attr-defined]
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(OSError, match="No space left on device") as caught:
        _io.replace_file(str(target), full, overwrite=True)
    assert caught.value.filename == str(target)
    assert target.read_bytes() == b"old\n" * 1000
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_an_interrupted_write_leaves_no_temporary(tmp_path: Path) -> None:
    """Anything else raised while writing (Ctrl-C) removes the temporary and goes on up."""
    target = tmp_path / "out.txt"

    def interrupted(_: object) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        _io.replace_file(str(target), interrupted, overwrite=False)
    assert list(tmp_path.iterdir()) == []


def test_a_file_size_limit_leaves_the_old_file(tmp_path: Path) -> None:
    """Past RLIMIT_FSIZE (Python ignores SIGXFSZ), the write fails and the old file is whole."""
    target = tmp_path / "out.csv"
    _old_and_new(target)
    script = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (10_000, 10_000))\n"
        "from honduras_brief import _io\n"
        "try:\n"
        "    _io.write('x' * 100_000, sys.argv[1], overwrite=True)\n"
        "except OSError as error:\n"
        "    print(error.errno, error.filename)\n"
    )
    unmeasured = {k: v for k, v in os.environ.items() if not k.startswith("COVERAGE_")}
    done = subprocess.run(  # coverage could not write its data under the limit either
        [sys.executable, "-c", script, str(target)], capture_output=True, text=True, check=True,
        env=unmeasured,
    )  # fmt: skip
    assert done.stdout == f"{errno.EFBIG} {target}\n"
    assert target.read_bytes() == b"old\n" * 1000
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_a_missing_folder_is_named_by_the_target(tmp_path: Path) -> None:
    """A target in a folder that does not exist: the error names the target, not a temporary."""
    target = tmp_path / "nowhere" / "out.txt"
    with pytest.raises(FileNotFoundError) as caught:
        _io.write("x", target, overwrite=False)
    assert caught.value.filename == str(target)


def test_creating_is_exclusive(tmp_path: Path) -> None:
    """Without overwrite, an existing file is refused, and so is one that appears while writing."""
    target = tmp_path / "out.txt"
    target.write_text("mine", encoding="utf-8")
    with pytest.raises(FileExistsError) as caught:
        _io.write("yours", target, overwrite=False)
    assert caught.value.filename == str(target)
    target.unlink()

    def racing(file: object) -> None:
        target.write_text("the other writer's", encoding="utf-8")  # got there first
        file.write(b"mine")  # type: ignore[attr-defined]

    with pytest.raises(FileExistsError):
        _io.replace_file(str(target), racing, overwrite=False)
    assert target.read_text(encoding="utf-8") == "the other writer's"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_two_writers_at_once_one_wins(tmp_path: Path) -> None:
    """Of writers started together without overwrite, exactly one creates the file."""
    target = tmp_path / "out.txt"
    barrier = threading.Barrier(8)
    outcomes: list[str] = []

    def writer(n: int) -> None:
        def slow(file: object) -> None:
            barrier.wait()
            file.write(str(n).encode() * 10_000)  # type: ignore[attr-defined]

        try:
            _io.replace_file(str(target), slow, overwrite=False)
        except FileExistsError:
            outcomes.append("refused")
        else:
            outcomes.append(str(n))

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    (winner,) = [o for o in outcomes if o != "refused"]
    assert target.read_bytes() == winner.encode() * 10_000
    assert outcomes.count("refused") == 7


@pytest.mark.parametrize("code", [errno.EPERM, errno.EXDEV])
def test_without_hard_links_the_name_is_reserved_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    """On a file system without hard links, creating stays exclusive and the file whole."""
    target = tmp_path / "out.txt"

    def no_links(*_: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "link", no_links)
    _io.write("new", target, overwrite=False)
    assert target.read_text(encoding="utf-8") == "new"
    with pytest.raises(FileExistsError):
        _io.write("again", target, overwrite=False)
    assert target.read_text(encoding="utf-8") == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_another_link_failure_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A link that fails for another reason is an error naming the target."""

    def broken(*_: object) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "link", broken)
    target = tmp_path / "out.txt"
    with pytest.raises(OSError, match="Input/output error") as caught:
        _io.write("new", target, overwrite=False)
    assert caught.value.filename == str(target)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["newdir/", "newdir" + os.sep])
def test_a_trailing_slash_means_a_folder(tmp_path: Path, name: str) -> None:
    """A file is never written under a name meant as a folder."""
    target = str(tmp_path / "x") + "/" + name
    with pytest.raises(IsADirectoryError, match="ends with a slash"):
        _io.write("x", target, overwrite=True)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("overwrite", ["no", 0, None])
def test_overwrite_is_a_bool(tmp_path: Path, overwrite: object) -> None:
    """'no' is true to Python: overwrite takes True or False only."""
    with pytest.raises(TypeError, match="'overwrite' must be True or False, got"):
        _io.write("x", tmp_path / "x", overwrite=overwrite)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="'overwrite' must be True or False"):
        _io.replace_folder(str(tmp_path / "y"), lambda _: None, overwrite=overwrite)  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


def _fill(content: str) -> Callable[[str], None]:
    def fill(folder: str) -> None:
        for name in ("a.txt", "b.txt"):
            (Path(folder) / name).write_text(content, encoding="utf-8")

    return fill


def _contents(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.iterdir())}


def test_a_folder_is_created_whole(tmp_path: Path) -> None:
    """A new folder, a trailing slash, or an empty folder: filled at once."""
    for name in ("new", "slashed/", "empty"):
        if name == "empty":
            (tmp_path / name).mkdir()
        _io.replace_folder(str(tmp_path / name), _fill(name), overwrite=False)
        assert _contents(tmp_path / name.rstrip("/")) == {"a.txt": name, "b.txt": name}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty", "new", "slashed"]


def test_a_folder_that_holds_files_is_kept_without_overwrite(tmp_path: Path) -> None:
    """Refused by name, before anything is written; and so is one filled while writing."""
    target = tmp_path / "package"
    target.mkdir()
    (target / "theirs.txt").write_text("keep", encoding="utf-8")
    with pytest.raises(FileExistsError, match="holds files") as caught:
        _io.replace_folder(str(target), _fill("new"), overwrite=False)
    assert caught.value.filename == str(target)
    other = tmp_path / "other"

    def racing(folder: str) -> None:
        _fill("the other writer's")(str(other))  # got there first
        _fill("mine")(folder)

    other.mkdir()
    (other / "x").touch()
    (other / "x").unlink()
    with pytest.raises(FileExistsError, match="holds files"):
        _io.replace_folder(str(other), racing, overwrite=False)
    assert _contents(other) == {"a.txt": "the other writer's", "b.txt": "the other writer's"}
    assert _contents(target) == {"theirs.txt": "keep"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other", "package"]


@pytest.mark.parametrize("exchange", [True, False], ids=["renameat2", "moved-aside"])
def test_a_folder_is_replaced_whole_with_overwrite(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, exchange: bool
) -> None:
    """The old folder goes, the new one is in its place; nothing else is left beside them."""
    if not exchange:
        monkeypatch.setattr(_io, "_exchange", lambda *_: False)
    target = tmp_path / "package"
    _io.replace_folder(str(target), _fill("old"), overwrite=False)
    (target / "stale.txt").write_text("old", encoding="utf-8")
    _io.replace_folder(str(target), _fill("new"), overwrite=True)
    assert _contents(target) == {"a.txt": "new", "b.txt": "new"}
    assert [p.name for p in tmp_path.iterdir()] == ["package"]


def test_a_failed_folder_leaves_the_old_one(tmp_path: Path) -> None:
    """A package that cannot be written part-way leaves the old package and no temporary."""
    target = tmp_path / "package"
    _io.replace_folder(str(target), _fill("old"), overwrite=False)

    def full(folder: str) -> None:
        (Path(folder) / "a.txt").write_text("new", encoding="utf-8")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(OSError, match="No space left") as caught:
        _io.replace_folder(str(target), full, overwrite=True)
    assert caught.value.filename == str(target)
    assert _contents(target) == {"a.txt": "old", "b.txt": "old"}

    def interrupted(_: str) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        _io.replace_folder(str(target), interrupted, overwrite=True)
    assert [p.name for p in tmp_path.iterdir()] == ["package"]


def test_a_folder_target_that_is_a_file_or_unreachable(tmp_path: Path) -> None:
    """A file where the folder would go is refused; a missing parent is named by the target."""
    target = tmp_path / "file"
    target.write_text("keep", encoding="utf-8")
    with pytest.raises(NotADirectoryError, match="is a file") as caught:
        _io.replace_folder(str(target), _fill("x"), overwrite=True)
    assert caught.value.filename == str(target)
    deep = tmp_path / "nowhere" / "package"
    with pytest.raises(FileNotFoundError) as missing:
        _io.replace_folder(str(deep), _fill("x"), overwrite=False)
    assert missing.value.filename == str(deep)
    assert target.read_text(encoding="utf-8") == "keep"


def test_the_exchange_says_when_the_system_cannot(monkeypatch: pytest.MonkeyPatch) -> None:
    """No renameat2 (no libc, an old kernel): False, for the fallback; another errno: an error."""
    import ctypes

    def no_libc(*_: object, **__: object) -> None:
        raise OSError("no libc")

    monkeypatch.setattr(ctypes, "CDLL", no_libc)
    assert _io._exchange(Path("a"), "b") is False

    class Libc:
        def __init__(self, code: int) -> None:
            self.code = code

        def renameat2(self, *_: object) -> int:
            ctypes.set_errno(self.code)
            return -1

    for code, expected in [(errno.ENOSYS, False), (errno.EINVAL, False)]:
        monkeypatch.setattr(ctypes, "CDLL", lambda *_, code=code, **__: Libc(code))
        assert _io._exchange(Path("a"), "b") is expected
    monkeypatch.setattr(ctypes, "CDLL", lambda *_, **__: Libc(errno.EACCES))
    with pytest.raises(PermissionError) as caught:
        _io._exchange(Path("a"), "b")
    assert caught.value.filename == "b"


# --- overwrite means the same on every writer (issue 22, the tables' writers) ------------


def _writers() -> dict[str, Callable[..., object]]:
    import functools
    import importlib.util

    writers: dict[str, Callable[..., object]] = {
        "to_csv": functools.partial(hb.to_csv, BRIEF),
        "write_datapackage": hb.write_datapackage,
    }
    if importlib.util.find_spec("pyarrow") is not None:  # to_parquet needs the pandas extra
        writers["to_parquet"] = functools.partial(hb.to_parquet, BRIEF)
    return writers


@pytest.mark.parametrize("name", list(_writers()))
def test_every_table_writer_refuses_what_exists_unless_told(tmp_path: Path, name: str) -> None:
    """A second write is refused, naming the target and overwrite=True; with it, it replaces."""
    write = _writers()[name]
    target = tmp_path / "out"
    write(target, overwrite=False)
    first = sorted(p.name for p in tmp_path.rglob("*"))
    with pytest.raises(FileExistsError, match=r"pass overwrite=True") as caught:
        write(target)  # the default is not to overwrite
    assert caught.value.filename == str(target)
    assert sorted(p.name for p in tmp_path.rglob("*")) == first  # nothing beside it
    write(target, overwrite=True)
    assert sorted(p.name for p in tmp_path.rglob("*")) == first
    with pytest.raises(TypeError, match=r"^'overwrite' must be True or False, got 'no'"):
        write(target, overwrite="no")


def test_a_binary_file_is_refused_by_name() -> None:
    """A BytesIO or a file open in binary gets a TypeError naming path_or_buf, before writing."""
    for binary in (io.BytesIO(), io.BufferedWriter(io.BytesIO())):
        with pytest.raises(TypeError, match=r"'path_or_buf' must be a text file, got a binary one"):
            hb.to_json(BRIEF, binary)  # type: ignore[call-overload]
        with pytest.raises(TypeError, match=r"wrap it in io.TextIOWrapper"):
            hb.to_csv(BRIEF, binary)  # type: ignore[call-overload]
        assert binary.tell() == 0


def test_a_reader_stops_at_its_limit(tmp_path: Path) -> None:
    """read_limited reads at most limit + 1 bytes, and refuses in one line past the limit."""
    target = tmp_path / "big"
    target.write_bytes(b"x" * 11)
    assert _io.read_limited(str(target), 11) == b"x" * 11
    with pytest.raises(_io.TooLargeError, match=r"^'.*big' is larger than 10 bytes, the most"):
        _io.read_limited(str(target), 10)
    assert _io.MAX_READ == 64 * 2**20


def test_to_json_refuses_an_existing_file_unless_told(tmp_path: Path) -> None:
    """to_json means by overwrite what to_csv, to_parquet and --force mean; the message says so."""
    target = tmp_path / "brief.json"
    target.write_text("keep\n", encoding="utf-8")
    with pytest.raises(FileExistsError, match="pass overwrite=True to replace it") as caught:
        hb.to_json(hb.HOMICIDE_RATE_2012, target)
    assert caught.value.filename == str(target)
    assert target.read_text(encoding="utf-8") == "keep\n"
    hb.to_json(hb.HOMICIDE_RATE_2012, target, overwrite=True)
    assert target.read_text(encoding="utf-8") == hb.to_json(hb.HOMICIDE_RATE_2012)
    with pytest.raises(TypeError, match="'overwrite' must be True or False"):
        hb.to_json(hb.HOMICIDE_RATE_2012, target, overwrite="yes")  # type: ignore[call-overload]


def test_a_descriptor_is_written_to_and_a_gone_reader_is_said(tmp_path: Path) -> None:
    """/dev/fd/N is the open stream: written to as it is; its reader gone is BrokenPipeError."""
    read, write = os.pipe()
    try:
        _io.replace_file(f"/dev/fd/{write}", lambda file: file.write(b"bytes"), overwrite=False)
        assert os.read(read, 100) == b"bytes"
    finally:
        os.close(read)
    try:
        with pytest.raises(BrokenPipeError):
            _io.replace_file(f"/dev/fd/{write}", lambda file: file.write(b"x"), overwrite=True)
    finally:
        os.close(write)
    with pytest.raises(OSError, match="Bad file descriptor") as caught:
        _io.replace_file("/dev/fd/999", lambda file: file.write(b"x"), overwrite=True)
    assert caught.value.filename == "/dev/fd/999"
    assert list(tmp_path.iterdir()) == []
