"""Every example in the README and the docs type-checks, as a user's code would."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
_BLOCK = re.compile(r"```pycon\n(.*?)```", re.DOTALL)


def program(document: Path) -> str:
    """The Python of a document's ``pycon`` blocks, in order, as one module."""
    lines = ["from __future__ import annotations"]
    for block in _BLOCK.findall(document.read_text(encoding="utf-8")):
        for line in block.splitlines():
            if line.startswith((">>> ", "... ")):
                lines.append(line[4:])
            elif line in (">>>", "..."):
                lines.append("")
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def programs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """One file per document that shows code, in a directory of their own."""
    folder = tmp_path_factory.mktemp("examples")
    written = []
    for document in DOCUMENTS:
        text = program(document)
        if text.count("\n") > 1:
            path = folder / f"{document.stem.replace('-', '_')}.py"
            path.write_text(text, encoding="utf-8")
            written.append(path)
    return written


def test_the_examples_are_found() -> None:
    """The README and most docs pages show code: the test cannot pass on nothing."""
    shown = [d.name for d in DOCUMENTS if program(d).count("\n") > 1]
    assert {"README.md", "tutorial.md", "statements.md", "publishing.md"} <= set(shown)
    assert "lookup(" in program(ROOT / "README.md")


def test_mypy_strict_accepts_every_example(programs: list[Path]) -> None:
    """The strict mypy finds no error in the examples."""
    pytest.importorskip("mypy")  # a test tool, absent where only the core tests run
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--ignore-missing-imports",
         "--no-incremental", "--cache-dir", "/dev/null", *map(str, programs)],
        capture_output=True, text=True, check=False, timeout=300, cwd=programs[0].parent,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr


def test_pyright_accepts_every_example(programs: list[Path]) -> None:
    """Pyright finds no error in the examples (unused expressions are what doctests are)."""
    pytest.importorskip("pyright")
    done = subprocess.run(
        [sys.executable, "-m", "pyright", "--pythonpath", sys.executable, *map(str, programs)],
        capture_output=True, text=True, check=False, timeout=300, cwd=programs[0].parent,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "\n0 errors," in done.stdout
