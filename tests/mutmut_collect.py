"""
A pytest plugin for mutation testing: mutants stay off while tests are collected.

mutmut 3 switches a mutant on through the ``MUTANT_UNDER_TEST`` environment
variable, read on every call of a mutated function. This library builds its
content with the functions being mutated when ``honduras_brief.content`` is
imported, and the tests build their parametrized cases from the content, so
collecting the tests calls mutated code. With a mutant on during collection,
every test would fail to collect (mutmut's own check run refuses to go on).
This plugin turns mutants off while conftest files load and tests are
collected, and back on for the tests themselves. Used only by mutmut, through
``pytest_add_cli_args`` in pyproject.toml.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

_KEY = "MUTANT_UNDER_TEST"


@contextmanager
def _mutants_off() -> Iterator[None]:
    saved = os.environ.get(_KEY)
    os.environ[_KEY] = ""
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop(_KEY, None)
        else:
            os.environ[_KEY] = saved


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_load_initial_conftests() -> Iterator[None]:
    """Load the conftest files with mutants off."""
    with _mutants_off():
        return (yield)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_collection() -> Iterator[object]:
    """Collect the tests with mutants off."""
    with _mutants_off():
        return (yield)
