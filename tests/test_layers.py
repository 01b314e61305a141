"""The package's import arrows point down: from the interface to the records, never back."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Final, Literal

import attrs
import pytest

import honduras_brief as hb

PACKAGE: Final = Path(hb.__file__).parent
ROOT: Final = "honduras_brief"

# Lowest first. A module may import, at module level, only from its own
# layer or a lower one; the eager graph must also have no cycle, which
# orders the modules inside a layer.
LAYERS: Final[tuple[tuple[str, frozenset[str]], ...]] = (
    (
        "foundation: imports nothing of ours",
        frozenset({"exceptions", "_record"}),
    ),
    (
        "records: the types of a brief and what validates and words them",
        frozenset(
            {
                "_validators",
                "_vocabulary",
                "_english",
                "_source",
                "_dates",
                "_readings",
                "_quantities",
                "_actors",
                "_operations",
                "_statements",
                "_sentences",
                "_models",
            }
        ),
    ),
    (
        "content: the shipped brief, as Python literals",
        frozenset(
            {
                "content",
                "content._base",
                "content._names",
                "content._said",
                "content._challenges",
                "content._goals",
                "content._accomplishments",
            }
        ),
    ),
    (
        "helpers, checks, exports and display: they take a Brief, defaulting at the edge",
        frozenset(
            {
                "_edge",
                "_io",
                "_docstrings",
                "_tree",
                "_display",
                "_figures",
                "_changes",
                "_search",
                "_verify",
                "_tables",
                "_publish",
                "_linked",
                "_annotate",
                "_cite",
                "_claims",
                "serialization",
                "_pydantic",
            }
        ),
    ),
    (
        "hooks: where the records' display and pydantic hooks land, above both",
        frozenset({"_hooks"}),
    ),
    (
        "interface: the command line and the public namespace",
        frozenset({"_terminal", "cli", "__main__", ""}),  # "" is honduras_brief itself
    ),
)

# The only imports that may point up: made inside a function, on first
# use, each with its reason.
ALLOWED_UPWARD: Final[Mapping[tuple[str, str], str]] = {
    ("_record", "_hooks"): (
        "the records' base answers a notebook and pydantic; the answers need display and "
        "serialization, which know the records, so it asks the hooks module on first call"
    ),
}

Kind = Literal["eager", "typing", "lazy"]


@attrs.frozen
class Arrow:
    """One import of a module of the package by another, where it stands."""

    source: str
    target: str
    line: int
    kind: Kind


def _name(path: Path, top: Path) -> str:
    # "" for the package's __init__, "content" for a subpackage's, "content._base".
    parts = list(path.relative_to(top).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(nodes: Iterable[ast.AST], kind: Kind = "eager") -> Iterator[tuple[ast.stmt, Kind]]:
    # Every import statement with how it runs: at import time, only for a
    # type checker, or when the function holding it is called.
    for node in nodes:
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node, kind
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            yield from _imports(ast.iter_child_nodes(node), "lazy")
        elif isinstance(node, ast.If) and _is_type_checking(node.test):
            yield from _imports(node.body, "typing")
            yield from _imports(node.orelse, kind)
        else:
            yield from _imports(ast.iter_child_nodes(node), kind)


def _resolve(base: str, names: list[str], modules: frozenset[str]) -> Iterator[str]:
    # "from . import _validators" imports a module; "from ._models import Brief" a name of one.
    for name in names:
        sub = f"{base}.{name}" if base else name
        yield sub if sub in modules else base


def arrows(sources: Mapping[str, str], packages: frozenset[str] = frozenset()) -> list[Arrow]:
    """
    The package-internal imports of *sources*, module name to source text.

    Names are relative to the package: ``""`` for the package itself,
    ``"content"`` for a subpackage (listed in *packages*), ``"_models"``.
    Importing a submodule runs its parents' ``__init__`` first; those
    implicit arrows are left out, as the package's own is lazy.
    """
    modules = frozenset(sources)
    found = []
    for module, text in sources.items():
        here = module if module in packages or module == "" else module.rpartition(".")[0]
        for node, kind in _imports(ast.parse(text).body):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets += [
                    alias.name.removeprefix(ROOT).removeprefix(".")
                    for alias in node.names
                    if alias.name == ROOT or alias.name.startswith(f"{ROOT}.")
                ]
            else:
                assert isinstance(node, ast.ImportFrom)
                if node.level:
                    up = here.split(".") if here else []
                    up = up[: len(up) - (node.level - 1)]
                    base = ".".join([*up, *([node.module] if node.module else [])])
                elif node.module == ROOT or (node.module or "").startswith(f"{ROOT}."):
                    base = (node.module or "").removeprefix(ROOT).removeprefix(".")
                else:
                    continue
                targets += _resolve(base, [alias.name for alias in node.names], modules)
            found += [
                Arrow(module, target, node.lineno, kind)
                for target in dict.fromkeys(targets)
                if target != module
            ]
    return found


def cycles(found: list[Arrow]) -> list[list[str]]:
    """Each cycle of the eager arrows, as the modules around it, its first one last too."""
    graph: dict[str, set[str]] = {}
    for arrow in found:
        if arrow.kind == "eager":
            graph.setdefault(arrow.source, set()).add(arrow.target)
    seen: set[str] = set()
    loops: list[list[str]] = []

    def visit(module: str, path: list[str]) -> None:
        if module in path:
            loops.append([*path[path.index(module) :], module])
            return
        if module in seen:
            return
        seen.add(module)
        for target in sorted(graph.get(module, ())):
            visit(target, [*path, module])

    for module in sorted(graph):
        visit(module, [])
    return loops


def problems(
    found: list[Arrow],
    modules: frozenset[str],
    layers: tuple[tuple[str, frozenset[str]], ...] = LAYERS,
    allowed: Mapping[tuple[str, str], str] = ALLOWED_UPWARD,
) -> list[str]:
    """What breaks the layer rule, each naming the module, the line and the layers."""
    level = {m: i for i, (_, members) in enumerate(layers) for m in members}
    said = [
        f"{_dotted(m)} is in no layer: place it in LAYERS" for m in sorted(modules - level.keys())
    ]
    said += [
        f"{_dotted(m)} is placed in LAYERS but is no module" for m in sorted(level.keys() - modules)
    ]
    used = set()
    for arrow in found:
        low, high = level.get(arrow.source), level.get(arrow.target)
        if low is None or high is None or high <= low:
            continue
        if arrow.kind == "lazy" and (arrow.source, arrow.target) in allowed:
            used.add((arrow.source, arrow.target))
            continue
        said.append(
            f"{_dotted(arrow.source)} line {arrow.line}: {arrow.kind} import of "
            f"{_dotted(arrow.target)} points up, from {layers[low][0].split(':')[0]} "
            f"to {layers[high][0].split(':')[0]}"
        )
    for source, target in sorted(allowed.keys() - used):
        said.append(
            f"the allowed upward import {_dotted(source)} -> {_dotted(target)} is made nowhere"
        )
    return said


def _dotted(module: str) -> str:
    return f"{ROOT}.{module}" if module else ROOT


def _package() -> tuple[dict[str, str], frozenset[str]]:
    files = sorted(PACKAGE.rglob("*.py"))
    sources = {_name(path, PACKAGE): path.read_text(encoding="utf-8") for path in files}
    packages = frozenset(_name(p, PACKAGE) for p in files if p.name == "__init__.py")
    return sources, packages


SOURCES, PACKAGES = _package()
ARROWS = arrows(SOURCES, PACKAGES)


# --- The package ---------------------------------------------------------------------


def test_the_eager_imports_have_no_cycle() -> None:
    """No module imports, at import time, a module that imports it back, however far round."""
    assert cycles(ARROWS) == []


def test_every_import_points_to_its_layer_or_below() -> None:
    """Every module is placed, and every import, eager, typing or lazy, points down but one."""
    assert problems(ARROWS, frozenset(SOURCES)) == []


def test_the_only_circle_of_imports_is_the_record_base_s_own() -> None:
    """Counting lazy imports too, every circle goes through an allowed upward arrow."""
    run_time = [
        attrs.evolve(a, kind="eager")
        for a in ARROWS
        if a.kind != "typing" and (a.source, a.target) not in ALLOWED_UPWARD
    ]
    assert cycles(run_time) == []
    closed = [attrs.evolve(a, kind="eager") for a in ARROWS if a.kind != "typing"]
    assert ["_record", "_hooks", "_pydantic", "serialization", "_models", "_record"] in cycles(
        closed
    )


def test_the_checker_sees_the_package_s_imports() -> None:
    """The arrows found include each kind, so the checks above cannot pass by seeing none."""
    found = {(a.source, a.target, a.kind) for a in ARROWS}
    assert ("_models", "_record", "eager") in found
    assert ("_models", "_validators", "eager") in found  # from . import _validators as v
    assert ("content._base", "_source", "eager") in found  # an absolute import
    assert ("content", "content._base", "eager") in found
    assert ("_record", "_hooks", "lazy") in found
    assert ("_hooks", "_pydantic", "lazy") in found
    assert ("_sentences", "_statements", "typing") in found
    assert ("_edge", "content", "lazy") in found
    assert ("__main__", "cli", "eager") in found
    assert len(ARROWS) > 200


def test_no_record_imports_the_display_or_pydantic() -> None:
    """The records' layers reach display and pydantic only through the base's hooks."""
    below = {m for _, members in LAYERS[:3] for m in members}
    reached = sorted(
        (a.source, a.target, a.kind)
        for a in ARROWS
        if a.source in below and a.target in {"_display", "_pydantic", "_hooks", "serialization"}
    )
    assert reached == [("_record", "_hooks", "lazy")] * 3  # its three hooks


def test_the_record_base_imports_nothing_of_the_package_at_import_time() -> None:
    """_record's only arrow to the package is its hooks', made when a hook is called."""
    assert [(a.target, a.kind) for a in ARROWS if a.source == "_record"] == [("_hooks", "lazy")] * 3


def _modules_after(code: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", f"import sys\n{code}\nimport json\n" + _PRINT],
        capture_output=True,
        text=True,
        check=True,
    )
    return list(json.loads(done.stdout))


_WATCHED: Final = ("honduras_brief._hooks", "honduras_brief._display", "honduras_brief._pydantic")
_PRINT: Final = (
    f"print(json.dumps([m for m in {_WATCHED!r} + ('pydantic', 'cattrs') if m in sys.modules]))"
)


def test_the_brief_is_built_without_the_hooks_display_or_pydantic() -> None:
    """Building BRIEF imports none of the modules above the records that its base names."""
    assert _modules_after("import honduras_brief as hb\nhb.BRIEF") == []


def test_showing_a_record_imports_the_display_and_not_pydantic() -> None:
    """A record's _repr_html_ loads the hooks and the display, never pydantic or cattrs."""
    code = "import honduras_brief as hb\nhb.SOURCE._repr_html_()"
    assert _modules_after(code) == ["honduras_brief._hooks", "honduras_brief._display"]


def test_a_pydantic_schema_reaches_pydantic_through_the_hooks() -> None:
    """A pydantic schema of a record type loads the hooks, _pydantic and cattrs."""
    pytest.importorskip("pydantic")
    code = "import pydantic, honduras_brief as hb\npydantic.TypeAdapter(hb.Citation)"
    assert _modules_after(code) == [
        "honduras_brief._hooks",
        "honduras_brief._display",
        "honduras_brief._pydantic",
        "pydantic",
        "cattrs",
    ]


# --- The checker fails when it should ------------------------------------------------


def test_the_checker_reports_an_eager_cycle_and_not_a_typing_one() -> None:
    """A circle of module-level imports is reported; one closed under TYPE_CHECKING is not."""
    found = arrows(
        {
            "_a": "from ._b import B\n",
            "_b": "from . import _c\n",
            "_c": "import honduras_brief._a\n",
            "_d": "from ._a import A\n",
            "_e": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from ._d import D\n",
        }
    )
    assert cycles(found) == [["_a", "_b", "_c", "_a"]]
    assert Arrow("_e", "_d", 3, "typing") in found
    assert cycles([a for a in found if a.source != "_c"]) == []


def test_the_checker_reports_an_upward_import_by_module_and_line() -> None:
    """An eager, a typing and a lazy import up a layer are each named, with their lines."""
    layers = (("low: records", frozenset({"_low"})), ("high: helpers", frozenset({"_high"})))
    sources = {
        "_low": (
            "from typing import TYPE_CHECKING\n"
            "from ._high import helper\n"
            "if TYPE_CHECKING:\n"
            "    from ._high import Helper\n"
            "else:\n"
            "    import os\n"
            "def f():\n"
            "    from . import _high\n"
        ),
        "_high": "from ._low import Record\n",
    }
    found = arrows(sources)
    assert problems(found, frozenset(sources), layers, {}) == [
        "honduras_brief._low line 2: eager import of honduras_brief._high points up, from low to high",
        "honduras_brief._low line 4: typing import of honduras_brief._high points up, from low to high",
        "honduras_brief._low line 8: lazy import of honduras_brief._high points up, from low to high",
    ]


def test_the_allow_list_admits_only_a_lazy_import_and_must_be_used() -> None:
    """An allowed pair passes lazily, not eagerly, and an entry no import uses is reported."""
    layers = (("low: records", frozenset({"_low"})), ("high: hooks", frozenset({"_high"})))
    allowed = {("_low", "_high"): "a reason", ("_high", "_low"): "never made"}
    lazily = {"_low": "def f():\n    from . import _high\n", "_high": ""}
    assert problems(arrows(lazily), frozenset(lazily), layers, allowed) == [
        "the allowed upward import honduras_brief._high -> honduras_brief._low is made nowhere"
    ]
    eagerly = {"_low": "from . import _high\n", "_high": ""}
    assert problems(arrows(eagerly), frozenset(eagerly), layers, allowed)[0] == (
        "honduras_brief._low line 1: eager import of honduras_brief._high points up, from low to high"
    )


def test_the_checker_names_a_module_in_no_layer() -> None:
    """A new module not placed in LAYERS fails by name, and so does a placed one that is gone."""
    modules = frozenset({*SOURCES, "_new"}) - {"_tree"}
    assert problems([], modules) == [
        "honduras_brief._new is in no layer: place it in LAYERS",
        "honduras_brief._tree is placed in LAYERS but is no module",
        "the allowed upward import honduras_brief._record -> honduras_brief._hooks is made nowhere",
    ]


def test_the_checker_resolves_a_subpackage_s_relative_imports() -> None:
    """In a subpackage, "." is the subpackage and ".." the package; other packages are not ours."""
    sources = {
        "content": "from ._base import cite\nfrom .. import _models\nimport attrs\n",
        "content._base": "from honduras_brief import _source\nfrom . import helper\n",
        "_models": "",
        "_source": "",
    }
    found = arrows(sources, frozenset({"content"}))
    assert [(a.source, a.target, a.line) for a in found] == [
        ("content", "content._base", 1),
        ("content", "_models", 2),
        ("content._base", "_source", 1),
        ("content._base", "content", 2),  # a name of the subpackage's __init__
    ]
