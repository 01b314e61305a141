"""What first use of the data loads and runs: structural checks, never timings."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import honduras_brief as hb

PACKAGE = Path(hb.__file__).parent


def _run(code: str, first_on_path: Path | None = None, *, unmeasured: bool = False) -> str:
    # A fresh interpreter, so that nothing a test imported earlier counts.
    env = None
    if first_on_path is not None or unmeasured:
        # Coverage measures subprocesses; a copy of the package in a temporary
        # zip is not the package whose coverage counts, and coverage imports
        # modules of its own (json, hashlib) that the package does not.
        env = {k: v for k, v in os.environ.items() if not k.startswith("COVERAGE_PROCESS_")}
    if first_on_path is not None:
        code = f"import sys; sys.path.insert(0, {str(first_on_path)!r})\n{code}"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    return done.stdout.strip()


# What the dependencies import is theirs: pendulum 3.0.0, the oldest allowed, imports
# time_machine, which imports zipfile, argparse and, where it is installed, pytest.
_AFTER_THE_DEPENDENCIES = "import sys, attrs, pendulum\nbefore = set(sys.modules)\n"


def test_first_use_reads_the_text_without_zipfile() -> None:
    """Using BRIEF reads the shipped text without importing zipfile or resource readers."""
    code = _AFTER_THE_DEPENDENCIES + (
        "import json, honduras_brief as hb\n"
        "hb.BRIEF\n"
        "print(json.dumps(sorted(m for m in sys.modules if m not in before and (m == 'zipfile'\n"
        "    or m.startswith(('importlib.readers', 'importlib.resources.readers'))))))\n"
    )
    assert json.loads(_run(code)) == []


def test_first_use_parses_no_date() -> None:
    """Building the content never calls DateRange.parse: its ranges are written out."""
    code = (
        "from honduras_brief._dates import DateRange\n"
        "def refuse(*args, **kwargs):\n"
        "    raise AssertionError(f'parse{args!r} called while building the content')\n"
        "DateRange.parse = refuse\n"
        "import honduras_brief as hb\n"
        "print(len(hb.BRIEF.challenges))\n"
    )
    assert _run(code) == str(len(hb.BRIEF.challenges))


def test_the_text_is_read_from_a_zip_too(tmp_path: Path) -> None:
    """Installed as a zip (zipimport), the package reads the same text and builds BRIEF."""
    archive = tmp_path / "honduras_brief.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for file in sorted(PACKAGE.rglob("*")):
            if file.is_file() and "__pycache__" not in file.parts:
                zf.write(file, Path("honduras_brief") / file.relative_to(PACKAGE))
    code = (
        "import hashlib, honduras_brief as hb\n"
        "print(hb.__file__)\n"
        "print(hashlib.sha256(hb.SOURCE_TEXT.encode()).hexdigest())\n"
        "print(hb.BRIEF.source.sha256)\n"
    )
    where, digest, recorded = _run(code, archive).splitlines()
    assert where.startswith(str(archive))
    assert digest == recorded == hb.SOURCE.sha256
    text = (PACKAGE / "data" / "honduras-inl-brief.txt").read_bytes().decode("utf-8")
    assert hb.SOURCE_TEXT == text


_HEX64 = re.compile(r"[0-9a-f]{64}")  # what the check without a regular expression replaced


@given(st.text(alphabet="0123456789abcdefABCDEFgx \n\u0660", min_size=62, max_size=66))
@example("0" * 64)
@example(hb.SOURCE.sha256)
@example("a" * 63 + "A")
@example("f" * 64 + "\n")
@example("\u0660" * 64)  # an Arabic-Indic zero is a digit to \d, not to [0-9]
def test_the_digest_check_accepts_what_the_pattern_accepts(value: str) -> None:
    """A Source's sha256 is accepted exactly when it is 64 lower-case hex digits."""
    if value == hb.SOURCE.sha256:
        assert attrs.evolve(hb.SOURCE, sha256=value).sha256 == value
    elif _HEX64.fullmatch(value):
        with pytest.raises(ValueError, match="but the text's SHA-256 is"):
            attrs.evolve(hb.SOURCE, sha256=value)
    else:
        with pytest.raises(ValueError, match="'sha256' must be 64 lower-case hex digits, got"):
            attrs.evolve(hb.SOURCE, sha256=value)


def test_first_use_imports_nothing_it_does_not_use() -> None:
    """Neither serialization, nor HTML, nor hashing, nor the version's metadata."""
    code = _AFTER_THE_DEPENDENCIES + (
        "import honduras_brief as hb\n"
        "hb.BRIEF\n"
        "unused = ('html', 'hashlib', 'cattrs', 'json', 'difflib', 'argparse', 'csv',\n"
        "          'importlib.metadata', 'email', 'socket', 'zipfile')\n"
        "print(' '.join(m for m in unused if m in sys.modules and m not in before))\n"
    )
    assert _run(code, unmeasured=True) == ""


@pytest.mark.parametrize(
    "argv", [[], ["show", "operation-neptune"], ["list", "figures"], ["search", "kingpins"]]
)
def test_the_command_line_imports_only_what_its_command_uses(argv: list[str]) -> None:
    """The reading commands need no serialization, HTML, hashing, suggestions or metadata."""
    code = _AFTER_THE_DEPENDENCIES + (
        "import contextlib, io\n"
        "from honduras_brief.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    status = main({argv!r})\n"
        "unused = ('html', 'hashlib', 'cattrs', 'json', 'difflib', 'csv',\n"
        "          'importlib.metadata', 'email', 'socket', 'zipfile')\n"
        "print(status, ' '.join(m for m in unused if m in sys.modules and m not in before))\n"
    )
    assert _run(code, unmeasured=True) == "0"


def test_writing_json_makes_no_converter() -> None:
    """to_json of the brief imports no cattrs converter module: the package's records need none."""
    code = _AFTER_THE_DEPENDENCIES + (
        "import honduras_brief as hb\n"
        "text = hb.to_json(hb.BRIEF, indent=2)\n"
        "assert 'cattrs' in sys.modules\n"
        "print(' '.join(m for m in sys.modules if m.startswith('cattrs.preconf')))\n"
    )
    assert _run(code, unmeasured=True) == ""
