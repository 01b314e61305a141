"""mypy --strict accepts the package and a typed usage of its public API."""

from __future__ import annotations

from pathlib import Path

import pytest

mypy_api = pytest.importorskip("mypy.api")

ROOT = Path(__file__).parents[1]


@pytest.mark.parametrize("target", ["src", "tests/typing"])
def test_mypy_strict_passes(target: str) -> None:
    """Mypy --strict reports no error in the target."""
    path = ROOT / target
    if not path.exists():
        pytest.skip(f"{target} is not in this tree")
    stdout, stderr, status = mypy_api.run(
        ["--strict", "--no-incremental", "--cache-dir", "/dev/null", str(path)]
    )
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
    stdout, _, status = mypy_api.run(
        ["--strict", "--no-incremental", "--cache-dir", "/dev/null", str(bad)]
    )
    assert status == 1
    assert 'Argument "low" to "Quantity" has incompatible type "float"' in stdout
