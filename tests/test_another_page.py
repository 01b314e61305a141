"""examples/another_page.py: a brief of another text, with the public API alone."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

EXAMPLE = Path(__file__).parents[1] / "examples" / "another_page.py"


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(EXAMPLE), *args],
        cwd=cwd, capture_output=True, text=True, encoding="utf-8", check=False, timeout=120,
    )  # fmt: skip


def test_it_uses_the_public_api_alone() -> None:
    """No private module or name of the package is imported or reached."""
    tree = ast.parse(EXAMPLE.read_text(encoding="utf-8"))
    imported = {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    } | {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert imported == {"__future__", "argparse", "os", "sys", "pathlib", "honduras_brief"}
    reached = {
        node.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == "hb"
    }
    assert reached and not any(name.startswith("_") for name in reached)


def test_it_verifies_and_reads_back_and_writes_nothing_unasked(tmp_path: Path) -> None:
    """Without a path: the sentences, a clean verify, the same brief from JSON; no file."""
    done = _run(cwd=tmp_path)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.splitlines()[:4] == [
        "Our fathers brought forth a new nation on this continent.",
        "We are engaged in a great civil war.",
        "verified: 7 citations, 0 failures",
        "read back from its JSON: the same brief",
    ]
    assert list(tmp_path.iterdir()) == []


def test_it_writes_the_annotated_page_of_its_own_text(tmp_path: Path) -> None:
    """The page shows the Gettysburg text, marked on its words, and nothing of the shipped page."""
    page = tmp_path / "page.html"
    done = _run(str(page), cwd=tmp_path)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.splitlines()[-1] == f"wrote {page}"
    html = page.read_text(encoding="utf-8")
    assert "Four score and seven years ago" in html
    assert 'data-id="our-fathers-brought-forth-a-new-nation"' in html
    assert 'data-id="this-continent"' in html
    for shipped in ("Honduras", "Los Cachiros", "Violence Observatory"):
        assert shipped not in html


def test_a_bad_argument_is_refused_by_argparse(tmp_path: Path) -> None:
    """Two paths: a usage error, exit 2, nothing written."""
    done = _run("a.html", "b.html", cwd=tmp_path)
    assert done.returncode == 2
    assert "unrecognized arguments: b.html" in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_closed_pipe_is_quiet(tmp_path: Path) -> None:
    """`| head -1`: the first line, and no traceback."""
    with subprocess.Popen(
        [sys.executable, str(EXAMPLE)], cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as example:
        assert example.stdout is not None and example.stderr is not None
        head = subprocess.run(
            ["head", "-1"], stdin=example.stdout, capture_output=True, check=True, timeout=120
        )
        example.stdout.close()
        stderr = example.stderr.read()
    assert head.stdout == b"Our fathers brought forth a new nation on this continent.\n"
    assert stderr == b""
    # 0 when it wrote everything before head left, 141 when it met the closed pipe
    assert example.returncode in {0, 141}
