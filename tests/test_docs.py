"""Every public helper documents itself with an example that runs."""

from __future__ import annotations

import inspect

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


@pytest.mark.parametrize("helper", HELPERS, ids=lambda h: getattr(h, "__qualname__", None) or h.fget.__qualname__)
def test_helper_has_a_doctest(helper: object) -> None:
    """The docstring holds an example; --doctest-modules runs it."""
    doc = inspect.getdoc(helper) or ""
    assert ">>> " in doc


def test_the_list_of_helpers_is_not_empty() -> None:
    """DateRange's public helpers are all listed."""
    names = {getattr(h, "__name__", None) or h.fget.__name__ for h in HELPERS}  # type: ignore[union-attr]
    assert {"parse", "format", "isoformat", "days", "overlaps", "intersection", "span", "iter",
            "to_interval", "to_datetime_interval", "fiscal_years", "fiscal_year", "is_stated"} <= names  # fmt: skip
