"""
Benchmarks for honduras-brief: each figure a ratio of two things measured by pairs.

Run from the repository root, in an environment with the ``test`` and
``bench`` extras:

    python -m pip install -e '.[test,bench]' && python benchmarks/run.py

Each ratio comes from one run that measures A, then B, then A, then B...:
every pair gives a ratio, and the figure is the median of those ratios,
with their least and greatest. A busy moment of the machine falls on both
sides of a pair, so the ratios hold where absolute times do not.

``--quick`` takes fewer pairs (for a smoke run); ``--write PATH`` writes the
Markdown report there (docs/performance.md comes from a full run). Nothing
here is a test: timings depend on the machine, so they are reported, never
asserted.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import decimal
import enum
import functools
import hashlib
import itertools
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import typing
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import cattrs
import orjson
import pendulum
import pydantic

import honduras_brief as hb
from honduras_brief import serialization
from honduras_brief._source import SOURCE_TEXT
from honduras_brief._statements import ARGUMENT_TYPES
from honduras_brief._verify import _located

BIN = Path(sys.executable).parent


@attrs.frozen
class Ratio:
    """One figure of the report: A against B, by pairs."""

    name: str
    a: str
    b: str
    ratios: tuple[float, ...]
    a_ms: float  # median of A's times
    b_ms: float
    target: float | None = None
    unit: str = "ms"

    @property
    def median(self) -> float:
        """The median of the per-pair ratios."""
        return statistics.median(self.ratios)

    @property
    def met(self) -> bool | None:
        """Whether the median is at most the target; None without one."""
        return None if self.target is None else self.median <= self.target


def _time_call(function: Callable[[], object], batch: int) -> float:
    start = time.perf_counter()
    for _ in range(batch):
        function()
    return (time.perf_counter() - start) / batch * 1000


def paired_calls(  # noqa: PLR0913 -- one row of the report: what, A, B and how
    name: str,
    a: tuple[str, Callable[[], object]],
    b: tuple[str, Callable[[], object]],
    pairs: int,
    *,
    target: float | None = None,
    batch: int = 1,
) -> Ratio:
    """Time A then B, *pairs* times (each sample *batch* calls), after one warm-up each."""
    a[1](), b[1]()
    ratios, a_times, b_times = [], [], []
    for _ in range(pairs):
        ta, tb = _time_call(a[1], batch), _time_call(b[1], batch)
        ratios.append(ta / tb)
        a_times.append(ta)
        b_times.append(tb)
    return Ratio(name, a[0], b[0], tuple(ratios), statistics.median(a_times),
                 statistics.median(b_times), target)  # fmt: skip


# A small launcher forks and runs the command, and reports its wall time
# and peak memory. Linux keeps a process's peak memory across fork and exec,
# so a command started straight from this (large) process would report this
# process's size; the launcher is smaller than any command measured.
_LAUNCHER = """
import os, sys, time
start = time.perf_counter()
pid = os.fork()
if pid == 0:
    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
    os.execv(sys.argv[1], sys.argv[1:])
_, status, usage = os.wait4(pid, 0)
elapsed = (time.perf_counter() - start) * 1000
print(os.waitstatus_to_exitcode(status), elapsed, usage.ru_maxrss)
"""


@functools.cache
def _child_environment() -> dict[str, str]:
    # Commands run with their bytecode compiled, as from an installed wheel
    # (pip compiles it): an editable install under PYTHONDONTWRITEBYTECODE
    # (set on some machines) would compile our modules afresh in every run,
    # while attrs and pendulum come compiled. One cache for this run, filled
    # by each measurement's first, unmeasured, pair.
    environment = dict(os.environ)
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    environment["PYTHONPYCACHEPREFIX"] = tempfile.mkdtemp(prefix="honduras-brief-bench-")
    return environment


def _process(argv: list[str]) -> tuple[float, float]:
    # Wall time (ms) and peak memory (ru_maxrss: MiB) of one fresh process.
    done = subprocess.run(
        [sys.executable, "-c", _LAUNCHER, *argv],
        check=True,
        capture_output=True,
        text=True,
        env=_child_environment(),
    )
    code, elapsed, rss = done.stdout.split()
    if code != "0":
        msg = f"{argv} exited with {code}: {done.stderr}"
        raise RuntimeError(msg)
    return float(elapsed), int(rss) / 1024


def paired_processes(
    name: str, a: tuple[str, list[str]], b: tuple[str, list[str]], pairs: int, target: float
) -> tuple[Ratio, Ratio]:
    """Run A then B, *pairs* times: the ratio of their times, and of their peak memory."""
    _process(a[1]), _process(b[1])
    times, memory = [], []
    for _ in range(pairs):
        ta, ma = _process(a[1])
        tb, mb = _process(b[1])
        times.append((ta, tb))
        memory.append((ma, mb))
    ms = Ratio(name, a[0], b[0], tuple(x / y for x, y in times),
               statistics.median(x for x, _ in times), statistics.median(y for _, y in times),
               target)  # fmt: skip
    mb = Ratio(f"{name} (peak memory)", a[0], b[0], tuple(x / y for x, y in memory),
               statistics.median(x for x, _ in memory), statistics.median(y for _, y in memory),
               target, unit="MiB")  # fmt: skip
    return ms, mb


@contextlib.contextmanager
def without_orjson() -> Iterator[None]:
    """The library as installed without the ``fast`` extra."""
    saved = serialization._orjson
    serialization._orjson = None
    try:
        yield
    finally:
        serialization._orjson = saved


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


def bench_cli(pairs: int) -> list[Ratio]:
    """The command line and first use of the data, against importing what they need."""
    py, cli = sys.executable, str(BIN / "honduras-brief")
    floor = ("python -c 'import attrs, pendulum'", [py, "-c", "import attrs, pendulum"])
    floor_json = (
        "python -c 'import attrs, cattrs, pendulum'",
        [py, "-c", "import attrs, cattrs, pendulum"],
    )
    rows: list[Ratio] = []
    for label, argv in (
        ("honduras-brief (summary)", [cli]),
        ("honduras-brief show los-cachiros", [cli, "show", "los-cachiros"]),
        ("honduras-brief list actors", [cli, "list", "actors"]),
        ("honduras-brief search cachiros", [cli, "search", "cachiros"]),
    ):
        rows.append(paired_processes(label, (label, argv), floor, pairs, 1.2)[0])
    label = "honduras-brief export --format json"
    argv = [cli, "export", "--format", "json"]
    rows.append(paired_processes(label, (label, argv), floor_json, pairs, 1.3)[0])
    label = "python -c 'import honduras_brief as hb; hb.BRIEF'"
    first_use = [py, "-c", "import honduras_brief as hb; hb.BRIEF"]
    rows += paired_processes("first use of BRIEF", (label, first_use), floor, pairs, 1.1)
    return rows


def _plain_dicts(briefs: list[hb.Brief]) -> list[dict[str, Any]]:
    return [hb.to_dict(b) for b in briefs]


def bench_json(pairs: int) -> list[Ratio]:
    """The JSON round trip of BRIEF against orjson on the same plain dict, and pydantic v2."""
    brief = hb.BRIEF
    plain = hb.to_dict(brief)
    text = hb.to_json(brief)
    model = pydantic_models()[hb.Brief]
    assert hb.from_json(text, hb.Brief) == brief
    assert orjson.loads(text) == plain
    with without_orjson():
        assert hb.to_json(brief) == text
        assert hb.from_json(text, hb.Brief) == brief
    assert model.model_validate_json(text).model_dump_json().encode() == orjson.dumps(plain)

    def ours() -> object:
        return hb.from_json(hb.to_json(brief), hb.Brief)

    def ours_stdlib() -> object:
        with without_orjson():
            return hb.from_json(hb.to_json(brief), hb.Brief)

    floor = ("orjson.loads(orjson.dumps(plain dict))", lambda: orjson.loads(orjson.dumps(plain)))
    return [
        paired_calls("JSON round trip of BRIEF, `fast` extra",
                     ("from_json(to_json(BRIEF))", ours), floor, pairs, target=8),
        paired_calls("from_json of BRIEF, `fast` extra, against pydantic v2",
                     ("from_json(text, Brief)", lambda: hb.from_json(text, hb.Brief)),
                     ("Model.model_validate_json(text)", lambda: model.model_validate_json(text)),
                     pairs, target=2),
        paired_calls("JSON round trip of BRIEF, without the extra",
                     ("from_json(to_json(BRIEF))", ours_stdlib), floor, pairs, target=12),
    ]  # fmt: skip


def _citations(brief: hb.Brief) -> list[hb.Citation]:
    return list(dict.fromkeys(c for _, _, c in _located(brief) if isinstance(c, hb.Citation)))


def bench_checks(pairs: int) -> list[Ratio]:
    """The checks: verify against the direct check; percent_change against its formula."""
    brief = hb.BRIEF
    citations = _citations(brief)
    assert len(citations) == hb.verify(brief).citations

    def direct() -> bool:
        digest = hashlib.sha256(SOURCE_TEXT.encode("utf-8")).hexdigest()
        return digest == brief.source.sha256 and all(
            SOURCE_TEXT[c.start : c.end] == c.quote for c in citations
        )

    assert direct()
    assert hb.verify(brief).ok
    old, new = Decimal("85.5"), Decimal("80")
    assert hb.percent_change(old, new) == (new - old) * 100 / old
    return [
        paired_calls(f"verify(BRIEF) against the hash and {len(citations)} citations' offsets",
                     ("verify(BRIEF)", lambda: hb.verify(brief)),
                     ("sha256 and every offset, directly", direct), pairs, target=20, batch=5),
        paired_calls("percent_change of two decimals",
                     ("percent_change(old, new)", lambda: hb.percent_change(old, new)),
                     ("(new - old) * 100 / old", lambda: (new - old) * 100 / old),
                     pairs, target=5, batch=2000),
    ]  # fmt: skip


def bench_growth(runs: int) -> list[str]:
    """1, 10 and 100 copies of the brief in one JSON list: how the time grows."""
    sizes = (1, 10, 100)
    copies = [hb.from_json(hb.to_json(hb.BRIEF), hb.Brief) for _ in range(max(sizes))]
    times: dict[str, dict[int, float]] = {"round trip": {}, "verify": {}}
    for n in sizes:
        briefs = copies[:n]

        def round_trip(briefs: list[hb.Brief] = briefs) -> object:
            text = "[" + ",".join(hb.to_json(b) for b in briefs) + "]"
            return [hb.from_dict(item, hb.Brief) for item in json.loads(text)]

        def verify_all(briefs: list[hb.Brief] = briefs) -> object:
            return [hb.verify(b) for b in briefs]

        assert round_trip() == briefs
        samples = max(3, runs // n)
        times["round trip"][n] = statistics.median(
            _time_call(round_trip, 1) for _ in range(samples)
        )
        times["verify"][n] = statistics.median(_time_call(verify_all, 1) for _ in range(samples))
    lines = []
    for what, by_size in times.items():
        shown = ", ".join(f"{n}: {ms:,.1f} ms" for n, ms in by_size.items())
        exponents = ", ".join(
            f"{a} to {b}: {math.log(by_size[b] / by_size[a]) / math.log(b / a):.2f}"
            for a, b in itertools.pairwise(sizes)
        )
        lines.append(f"| {what} | {shown} | {exponents} |")
    return lines


# --- The report ------------------------------------------------------------------------------


def machine() -> list[str]:
    """What the figures were measured on."""
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    versions = ", ".join(
        f"{m.__name__} {v}"
        for m, v in (
            (attrs, attrs.__version__),
            (cattrs, _version("cattrs")),
            (pendulum, _version("pendulum")),
            (orjson, orjson.__version__),
            (pydantic, pydantic.VERSION),
        )
    )
    return [
        f"- Date: {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC",
        (
            f"- Machine: {platform.system()} {platform.release()} on {platform.machine()}, "
            f"{os.cpu_count()} logical CPUs ({cpu})"
        ),
        f"- Python: {platform.python_implementation()} {platform.python_version()}",
        f"- honduras-brief {hb.__version__}; {versions}",
    ]


def _version(name: str) -> str:
    from importlib.metadata import version

    return version(name)


def row(r: Ratio) -> str:
    """One line of the Markdown table."""
    if r.met is None:
        verdict = ""
    else:
        verdict = f"at most {r.target:g}: " + ("met" if r.met else "**not met**")
    spread = f"{min(r.ratios):.2f} to {max(r.ratios):.2f}"
    sides = f"{r.a_ms:,.3g} / {r.b_ms:,.3g} {r.unit}"
    return (f"| {r.name} | `{r.a}` / `{r.b}` | **{r.median:.2f}** ({spread}; {len(r.ratios)} pairs)"
            f" | {sides} | {verdict} |")  # fmt: skip


def main() -> None:
    """Run every benchmark; print the report, or write it with --write."""
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer pairs, for a smoke run")
    parser.add_argument("--write", type=Path, help="write the Markdown report to this file")
    arguments = parser.parse_args()
    quick = arguments.quick
    rows = [
        *bench_cli(5 if quick else 40),
        *bench_json(10 if quick else 200),
        *bench_checks(10 if quick else 200),
    ]
    growth = bench_growth(10 if quick else 100)
    header = "| figure | A / B | median ratio (least to greatest) | medians of A / B | target |"
    table = [header, "| --- | --- | --- | --- | --- |", *(row(r) for r in rows)]
    growth_table = [
        "| what | median time by number of copies | exponent between sizes (1 is linear) |",
        "| --- | --- | --- |",
        *growth,
    ]
    report = "\n".join([*machine(), "", *table, "", *growth_table, ""])
    print(report)
    if arguments.write is not None:
        template = arguments.write.read_text(encoding="utf-8")
        begin, end = "<!-- benchmark: begin -->", "<!-- benchmark: end -->"
        before, _, rest = template.partition(begin)
        _, _, after = rest.partition(end)
        arguments.write.write_text(f"{before}{begin}\n{report}{end}{after}", encoding="utf-8")


if __name__ == "__main__":
    main()
