"""mypy --strict accepts the package and a typed usage of its public API."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

if importlib.util.find_spec("mypy") is None:
    pytest.skip("mypy is not installed", allow_module_level=True)

ROOT = Path(__file__).parents[1]


def mypy(*args: str) -> tuple[str, str, int]:
    """
    Run mypy --strict on *args* in its own process; return its output and status.

    Its own process, not mypy.api in this one: mypy's in-process teardown kept
    the test run open for seconds after its summary.
    """
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null",
         *args],
        cwd=ROOT, capture_output=True, text=True, encoding="utf-8", check=False, timeout=600,
    )  # fmt: skip
    return done.stdout, done.stderr, done.returncode


@pytest.mark.parametrize("target", ["src", "tests/typing"])
def test_mypy_strict_passes(target: str) -> None:
    """Mypy --strict reports no error in the target."""
    path = ROOT / target
    if not path.exists():
        pytest.skip(f"{target} is not in this tree")
    stdout, stderr, status = mypy(str(path))
    assert status == 0, stdout + stderr
    assert "Success: no issues found" in stdout


def test_mypy_catches_a_wrong_type_in_usage(tmp_path: Path) -> None:
    """The check can fail: a float where a Decimal belongs is a type error."""
    bad = tmp_path / "bad.py"
    bad.write_text(
        "import honduras_brief as hb\n"
        "hb.Quantity(id='x', measure='m', text='1', qualifier=hb.Qualifier.EXACT,\n"
        "            unit=hb.Unit.PERSONS, basis=hb.Basis.REPORTED, low=1.0, high=1.0)\n",
        encoding="utf-8",
    )
    stdout, _, status = mypy(str(bad))
    assert status == 1
    assert 'Argument "low" to "Quantity" has incompatible type "float"' in stdout
