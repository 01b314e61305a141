"""
Benchmarks for honduras-brief, each a ratio measured side by side in one run.

Run from the repository root, in an environment with the ``bench`` extra:

    python -m pip install -e '.[bench]' && python benchmarks/run.py

``--quick`` takes fewer samples (for a smoke run); the numbers in
docs/performance.md come from a full run. Nothing here is a test: timings
depend on the machine, so they are reported, never asserted.
"""

from __future__ import annotations

import argparse
import decimal
import enum
import importlib
import json
import platform
import statistics
import subprocess
import sys
import time
import typing
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import attrs
import orjson
import pydantic

import honduras_brief as hb
from honduras_brief import content
from honduras_brief._statements import ARGUMENT_TYPES

BIN = Path(sys.executable).parent


def _process_ms(argv: list[str], runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def _interleaved(commands: dict[str, list[str]], runs: int) -> dict[str, float]:
    # Interleave the commands so that a busy moment of the machine is shared
    # by all of them rather than falling on one.
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, argv in commands.items():
            samples[name].append(_process_ms(argv, 1))
    return {name: statistics.median(values) for name, values in samples.items()}


def _call_ms(function: Callable[[], object], runs: int) -> float:
    function()  # warm caches and generated hooks once
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


# --- A pydantic v2 model of the same shape, made from the attrs classes ---------------


def _annotation(tp: Any, names: dict[str, Any]) -> str:
    args = typing.get_args(tp)
    if args and set(args) == set(ARGUMENT_TYPES):  # a statement's subject or object
        names.update((a.__name__, a) for a in args)
        return "Argument"
    if typing.get_origin(tp) is tuple:
        return f"tuple[{_annotation(args[0], names)}, ...]"
    if args:  # a union with None
        return " | ".join(_annotation(a, names) for a in args)
    if tp is type(None):
        return "None"
    if tp is hb.DateRange.__attrs_attrs__.start.type or getattr(tp, "__name__", "") == "Date":
        return "date"
    names[tp.__name__] = tp
    return tp.__name__


def pydantic_models() -> dict[type, type[pydantic.BaseModel]]:
    """One pydantic model for each record type, field for field."""
    namespace: dict[str, Any] = {"date": date, "Decimal": decimal.Decimal}
    models: dict[type, type[pydantic.BaseModel]] = {}
    pending = [hb.Brief]
    while pending:
        cls = pending.pop()
        if cls in models:
            continue
        hints = typing.get_type_hints(cls)
        names: dict[str, Any] = {}
        fields = {
            a.alias: (_annotation(hints[a.name], names), ...) for a in attrs.fields(cls) if a.init
        }
        config = pydantic.ConfigDict(extra="forbid", frozen=True)
        models[cls] = pydantic.create_model(cls.__name__, __config__=config, **fields)  # type: ignore[call-overload]
        for tp in names.values():
            if attrs.has(tp):
                pending.append(tp)
            elif isinstance(tp, type) and issubclass(tp, enum.Enum):
                namespace[tp.__name__] = tp
    namespace |= {cls.__name__: model for cls, model in models.items()}
    # The JSON holds an argument as {"type": "Actor", "value": {...}}: a union
    # told apart by its "type", as pydantic's discriminated unions are.
    config = pydantic.ConfigDict(extra="forbid", frozen=True)
    tagged = [
        pydantic.create_model(  # type: ignore[call-overload]
            f"{cls.__name__}Argument",
            __config__=config,
            type=(typing.Literal[cls.__name__], ...),
            value=(cls.__name__, ...),
        )
        for cls in ARGUMENT_TYPES
    ]
    namespace["Argument"] = typing.Annotated[
        typing.Union[tuple(tagged)],  # noqa: UP007 -- built from a tuple of models
        pydantic.Field(discriminator="type"),
    ]
    for model in (*models.values(), *tagged):
        model.model_rebuild(_types_namespace=namespace)
    return models


# --- The benchmarks -------------------------------------------------------------------------


def bench_import(runs: int) -> list[str]:
    """`import honduras_brief` against `import attrs` and the three dependencies."""
    py = sys.executable
    times = _interleaved(
        {
            "python (nothing)": [py, "-c", "pass"],
            "import attrs": [py, "-c", "import attrs"],
            "import attrs, cattrs, pendulum": [py, "-c", "import attrs, cattrs, pendulum"],
            "import honduras_brief": [py, "-c", "import honduras_brief"],
            "import honduras_brief; use BRIEF": [py, "-c", "import honduras_brief as h; h.BRIEF"],
        },
        runs,
    )
    attrs_ms, honduras_ms = times["import attrs"], times["import honduras_brief"]
    lines = [f"  {name:<36} {ms:7.1f} ms" for name, ms in times.items()]
    lines.append(f"  ratio: import honduras_brief / import attrs = {honduras_ms / attrs_ms:.2f}"
                 "  (target: at most 1.15)")  # fmt: skip
    deps = times["import attrs, cattrs, pendulum"]
    lines.append(
        f"  ratio: import honduras_brief / the three dependencies = {honduras_ms / deps:.2f}"
    )
    first_use = times["import honduras_brief; use BRIEF"]
    lines.append(
        f"  ratio: import and use of BRIEF / the three dependencies = {first_use / deps:.2f}"
    )
    return lines


def bench_cli(runs: int) -> list[str]:
    """The command line's cold start against importing its dependencies."""
    times = _interleaved(
        {
            "honduras-brief summary": [str(BIN / "honduras-brief"), "summary"],
            "python -c 'import attrs, cattrs, pendulum'": [
                sys.executable,
                "-c",
                "import attrs, cattrs, pendulum",
            ],
        },
        runs,
    )
    cli, deps = times.values()
    lines = [f"  {name:<44} {ms:7.1f} ms" for name, ms in times.items()]
    lines.append(f"  ratio: cold start / importing the dependencies = {cli / deps:.2f}")
    return lines


def _round_trips(briefs: list[hb.Brief]) -> dict[str, Callable[[], object]]:
    models = pydantic_models()
    model = models[hb.Brief]
    dicts = [hb.to_dict(b) for b in briefs]
    texts = [hb.to_json(b).encode() for b in briefs]
    instances = [model.model_validate_json(t) for t in texts]

    def ours() -> None:
        for brief in briefs:
            hb.from_json(hb.to_json(brief), hb.Brief)

    def floor() -> None:
        for data in dicts:
            orjson.loads(orjson.dumps(data))

    def stdlib() -> None:
        for data in dicts:
            json.loads(json.dumps(data, ensure_ascii=False, separators=(",", ":")))

    def pyd() -> None:
        for instance in instances:
            model.model_validate_json(instance.model_dump_json())

    assert all(hb.from_json(t, hb.Brief) == b for t, b in zip(texts, briefs, strict=True))
    assert all(orjson.loads(t) == d for t, d in zip(texts, dicts, strict=True))
    return {"honduras_brief to_json + from_json": ours, "orjson of plain dicts (floor)": floor,
            "pydantic v2 model of the same shape": pyd,
            "stdlib json of plain dicts (no records)": stdlib}  # fmt: skip


def bench_json(briefs: int, runs: int) -> list[str]:
    """The JSON round trip against orjson (the floor) and pydantic v2."""
    corpus = [attrs.evolve(hb.BRIEF) for _ in range(briefs)]
    times = {name: _call_ms(f, runs) for name, f in _round_trips(corpus).items()}
    ours, floor, pyd, stdlib = times.values()
    lines = [f"  {name:<38} {ms:9.2f} ms" for name, ms in times.items()]
    lines.append(f"  ratio to the floor: {ours / floor:.1f} (target at most 10 for one brief)")
    lines.append(f"  ratio to pydantic:  {ours / pyd:.2f} (target below 1)")
    lines.append(
        f"  stdlib json alone, before any record is built: {stdlib / floor:.1f} times the floor"
    )
    return lines


def bench_content(runs: int) -> list[str]:
    """Building every constant of the content from scratch (re-running the module)."""
    ms = _call_ms(lambda: importlib.reload(content), runs)
    records, citations = len(hb.BRIEF.ids), hb.verify(hb.BRIEF).citations
    return [f"  build all constants: {ms:.2f} ms ({records} records, {citations} citations)"]


def main() -> None:
    """Run every benchmark and print the results."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--quick", action="store_true", help="fewer samples, for a smoke run")
    quick = parser.parse_args().quick
    runs = 5 if quick else 40
    python = f"{platform.python_implementation()} {platform.python_version()}"
    system = f"{platform.system()} {platform.release()} on {platform.machine()}"
    versions = (
        f"honduras-brief {hb.__version__}, attrs {attrs.__version__}, "
        f"pydantic {pydantic.VERSION}, orjson {orjson.__version__}"
    )
    print(f"{python}, {system}; {versions}")
    print(f"median of {runs} runs each\n")
    print("Import (fresh processes)")
    print("\n".join(bench_import(runs)))
    print("\nCommand line cold start (fresh processes)")
    print("\n".join(bench_cli(max(runs // 2, 3))))
    print("\nJSON round trip of BRIEF")
    print("\n".join(bench_json(1, runs)))
    print("\nJSON round trip of a corpus of 1,000 briefs")
    print("\n".join(bench_json(1000 if not quick else 50, 3)))
    print("\nBuilding the content")
    print("\n".join(bench_content(runs)))


if __name__ == "__main__":
    main()
