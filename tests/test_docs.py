"""Every public helper documents itself with an example that runs."""

from __future__ import annotations

import inspect
import os
import subprocess
import sys
from pathlib import Path

import pytest

import honduras_brief as hb

HELPERS = [
    hb.percent_change,
    hb.percentage_point_change,
    hb.describe_change,
    hb.check_change,
    hb.ChangeRange,
    hb.Citation.of,
    hb.Brief.get,
    hb.Brief.lookup,
    *(
        member
        for name, member in inspect.getmembers(hb.DateRange)
        if not name.startswith("_") and (callable(member) or isinstance(member, property))
    ),
    hb.DateRange.__contains__,
    hb.DateRange.__iter__,
]


@pytest.mark.parametrize(
    "helper", HELPERS, ids=lambda h: getattr(h, "__qualname__", None) or h.fget.__qualname__
)
def test_helper_has_a_doctest(helper: object) -> None:
    """The docstring holds an example; --doctest-modules runs it."""
    doc = inspect.getdoc(helper) or ""
    assert ">>> " in doc


def test_the_list_of_helpers_is_not_empty() -> None:
    """DateRange's public helpers are all listed."""
    names = {getattr(h, "__name__", None) or h.fget.__name__ for h in HELPERS}  # type: ignore[union-attr]
    assert {"parse", "format", "isoformat", "days", "overlaps", "intersection", "span", "iter",
            "to_interval", "to_datetime_interval", "fiscal_years", "fiscal_year", "is_stated"} <= names  # fmt: skip


ROOT = Path(__file__).parents[1]


def test_the_data_dictionary_is_current() -> None:
    """docs/data-dictionary.md is what scripts/regenerate.py writes from the models."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from datadict import render
    finally:
        sys.path.pop(0)
    text = render()
    assert (ROOT / "docs" / "data-dictionary.md").read_text(encoding="utf-8") == text
    for cls in (
        "Brief",
        "Challenge",
        "Goal",
        "Accomplishment",
        "Operation",
        "Actor",
        "Quantity",
        "DateRange",
        "Citation",
    ):
        assert f"## `{cls}`" in text
    assert "| `low` | <code>Decimal &#124; None</code> | the figure's `unit` |" in text


def test_the_documentation_site_builds_strictly(tmp_path: Path) -> None:
    """Mkdocs build --strict succeeds: no broken link, reference or docstring."""
    pytest.importorskip("mkdocs")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=300,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    api = (tmp_path / "site" / "api" / "index.html").read_text(encoding="utf-8")
    for name in ("percent_change", "DateRange", "from_json", "to_dataframe", "InvalidDataError"):
        assert name in api
    changelog = (tmp_path / "site" / "changelog" / "index.html").read_text(encoding="utf-8")
    assert "Keep a Changelog" in changelog
    dictionary = (tmp_path / "site" / "data-dictionary" / "index.html").read_text(encoding="utf-8")
    assert "<code>Decimal &#124; None</code>" in dictionary  # a pipe, not a split cell


def test_every_public_name_is_exported_lazily() -> None:
    """__all__ and the lazy table agree, and every name resolves."""
    assert set(hb.__all__) == set(hb._LAZY) | {n for n in hb.__all__ if n.endswith("Error")}
    for name in hb.__all__:
        assert getattr(hb, name) is not None
    assert set(hb.__all__) <= set(dir(hb))
    with pytest.raises(AttributeError, match="has no attribute 'nope'"):
        _ = hb.nope  # type: ignore[attr-defined]


def test_import_loads_no_dependency() -> None:
    """Importing honduras_brief imports neither attrs, pendulum nor cattrs."""
    code = (
        "import sys, honduras_brief\n"
        "loaded = {m.split('.')[0] for m in sys.modules}\n"
        "print(sorted(loaded & {'attr', 'attrs', 'pendulum', 'cattrs'}))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize("module", ["content", "serialization"])
def test_public_modules_resolve_in_a_fresh_interpreter(module: str) -> None:
    """hb.content and hb.serialization work without importing them first, as the README shows."""
    code = f"import honduras_brief as hb; print(hb.{module}.__name__)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == f"honduras_brief.{module}"
