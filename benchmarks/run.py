"""
Benchmarks for honduras-brief: each figure a ratio of two things measured by pairs.

Run from the repository root, in an environment with the ``test`` and
``bench`` extras:

    python -m pip install -e '.[test,bench]' && python benchmarks/run.py

Each ratio comes from one run that measures A, then B, then A, then B...:
every pair gives a ratio, and the figure is the median of those ratios,
with their least and greatest. A busy moment of the machine falls on both
sides of a pair, so the ratios hold where absolute times do not.

The targets are those of issue 19, item 8 ("Speed stays at the design's
limit"): first use of ``BRIEF`` against a script that makes as many frozen
attrs classes and enums as the package (counted from it at run time); each
reading command against first use; ``export --format json`` against first
use plus ``import cattrs``; ``verify`` against a plain loop over the same
words; and a user brief 10 and 100 times the shipped one, verified and
round-tripped through JSON in linear time.

``--quick`` takes fewer pairs (a smoke run, under a minute); ``--write PATH``
writes the Markdown report between the benchmark markers of that file
(docs/performance.md comes from a full run). ``--only TEXT`` measures only
the rows whose name holds TEXT, and ``--pairs N`` takes N pairs for each,
while a change is being tried. Nothing here is a test: timings
depend on the machine, so they are reported, never asserted.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import decimal
import enum
import functools
import gc
import hashlib
import itertools
import json
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
from typing import Any, Final

import attrs
import cattrs
import orjson
import pendulum
import pydantic

import honduras_brief as hb
from honduras_brief import serialization
from honduras_brief._statements import ARGUMENT_TYPES


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
    note: str = ""  # what the target stands for, where it is not a plain ratio

    @property
    def median(self) -> float:
        """The median of the per-pair ratios."""
        return statistics.median(self.ratios)

    @property
    def met(self) -> bool | None:
        """Whether the median is at most the target; None without one."""
        return None if self.target is None else self.median <= self.target


_ONLY: list[str] = []
"""Parts of the names of the rows to measure (--only); every row when empty."""


def wanted(name: str) -> bool:
    """Whether the row *name* is measured in this run."""
    return not _ONLY or any(part in name for part in _ONLY)


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
) -> Ratio | None:
    """Time A then B, *pairs* times (each sample *batch* calls), after one warm-up each."""
    if not wanted(name):
        return None
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
    name: str,
    a: tuple[str, list[str]],
    b: tuple[str, list[str]],
    pairs: int,
    target: float | None,
) -> tuple[Ratio | None, Ratio | None]:
    """Run A then B, *pairs* times: the ratio of their times, and of their peak memory."""
    if not wanted(name):
        return None, None
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


def _field_annotation(cls: type, name: str, tp: Any, names: dict[str, Any]) -> str:
    # A citation names its source by key ("sha256:..."); the brief holds it in full.
    if cls is hb.Citation and name == "source":
        return "str"
    return _annotation(tp, names)


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
            a.alias: (_field_annotation(cls, a.name, hints[a.name], names), ...)
            for a in attrs.fields(cls)
            if a.init
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

# What the package defines for the data: counted in a fresh interpreter after
# first use of BRIEF, from the modules that first use loads, so that the
# baseline follows the package as classes and vocabularies come and go.
_COUNT = """
import enum, json, sys
import attrs
import honduras_brief
honduras_brief.BRIEF
classes, enums = [], []
for name, module in sorted(sys.modules.items()):
    if name != "honduras_brief" and not name.startswith("honduras_brief."):
        continue
    for value in vars(module).values():
        if not isinstance(value, type) or value.__module__ != name:
            continue
        if attrs.has(value):
            classes.append(len(attrs.fields(value)))
        elif issubclass(value, enum.Enum):
            enums.append(len(value.__members__))
print(json.dumps({"classes": classes, "enums": enums}))
"""


@attrs.frozen
class Shape:
    """What first use of BRIEF makes: the fields of each attrs class, the members of each enum."""

    classes: tuple[int, ...]
    enums: tuple[int, ...]

    def source(self) -> str:
        """A module that imports attrs and pendulum and makes as many classes and enums."""
        lines = ["from __future__ import annotations", "", "import enum", "",
                 "import attrs", "import pendulum", ""]  # fmt: skip
        for index, fields in enumerate(self.classes):
            lines += ["", "@attrs.frozen(kw_only=True)", f"class Record{index}:"]
            lines += [f"    field{f}: object" for f in range(fields)] or ["    pass"]
        for index, members in enumerate(self.enums):
            lines += ["", f"class Vocabulary{index}(enum.Enum):"]
            lines += [f"    TERM{m} = 'term {m}'" for m in range(members)] or ["    pass"]
        return "\n".join(lines) + "\n"

    def __str__(self) -> str:
        return (f"{len(self.classes)} frozen attrs classes of {sum(self.classes)} fields, "
                f"{len(self.enums)} enums of {sum(self.enums)} members")  # fmt: skip


@functools.cache
def shape() -> Shape:
    """What the package makes on first use of BRIEF, counted in a fresh interpreter."""
    done = subprocess.run([sys.executable, "-c", _COUNT], check=True, capture_output=True,
                          text=True, env=_child_environment())  # fmt: skip
    counted = json.loads(done.stdout)
    return Shape(tuple(counted["classes"]), tuple(counted["enums"]))


def _baseline() -> list[str]:
    # The baseline as a module of its own, so that it runs from compiled
    # bytecode as the package does (the first, unmeasured, run compiles it).
    folder = Path(tempfile.mkdtemp(prefix="honduras-brief-baseline-"))
    (folder / "baseline_of_first_use.py").write_text(shape().source(), encoding="utf-8")
    code = f"import sys; sys.path.insert(0, {str(folder)!r}); import baseline_of_first_use"
    return [sys.executable, "-c", code]


READING_COMMANDS: Final = (
    (),
    ("list",),
    ("list", "figures"),
    ("show", "los-cachiros"),
    ("search", "cachiros"),
    ("cite", "los-cachiros"),
)
"""The commands that read the brief and print it (cli.COMMANDS less export, annotate, verify)."""


def bench_start(pairs: int) -> list[Ratio | None]:
    """First use of BRIEF against its baseline; the command line against first use."""
    py = sys.executable
    first_use_code = "import honduras_brief; honduras_brief.BRIEF"
    first_use = (f"python -c '{first_use_code}'", [py, "-c", first_use_code])
    baseline = (f"python -c 'import baseline' ({shape()})", _baseline())
    rows = list(paired_processes("first use of BRIEF", first_use, baseline, pairs, 1.1))
    for words in READING_COMMANDS:
        label = " ".join(("python -m honduras_brief", *words)) + ("" if words else " (summary)")
        argv = [py, "-m", "honduras_brief", *words]
        rows.append(paired_processes(label, (label, argv), first_use, pairs, 1.15)[0])
    with_cattrs_code = f"{first_use_code}; import cattrs"
    with_cattrs = (f"python -c '{with_cattrs_code}'", [py, "-c", with_cattrs_code])
    label = "python -m honduras_brief export --format json"
    argv = [py, "-m", "honduras_brief", "export", "--format", "json"]
    rows.append(paired_processes(label, (label, argv), with_cattrs, pairs, 1.2)[0])
    label = "python -m honduras_brief verify"
    argv = [py, "-m", "honduras_brief", "verify"]
    rows.append(paired_processes(label, (label, argv), first_use, pairs, None)[0])
    return rows


def bench_json(pairs: int) -> list[Ratio | None]:
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


# --- verify against a plain loop over the same words, with the public API --------------------


def _inside(obj: object) -> Iterator[object]:
    # Every record held anywhere in *obj*, *obj* included, depth first; the
    # source is the brief's own and is not walked in every citation.
    pending = [obj]
    while pending:
        item = pending.pop()
        if isinstance(item, tuple):
            pending += reversed(item)
        elif attrs.has(type(item)) and not isinstance(item, hb.Source):
            yield item
            pending += reversed([getattr(item, f.name) for f in attrs.fields(type(item)) if f.init])


@attrs.frozen
class Words:
    """What a brief cites, each once: its citations, its figures and its cited dates."""

    citations: tuple[hb.Citation, ...]
    figures: tuple[hb.Quantity, ...]
    dates: tuple[hb.DateRange, ...]

    @classmethod
    def of(cls, brief: hb.Brief) -> Words:
        """Collect them once, before anything is timed."""
        found = list(dict.fromkeys(_inside(brief)))
        dates = [d for d in found if isinstance(d, hb.DateRange) and d.citation is not None]
        return cls(tuple(c for c in found if isinstance(c, hb.Citation)), brief.quantities,
                   tuple(dates))  # fmt: skip


def _same_figure(q: hb.Quantity) -> bool:
    read = hb.parse_figure(q.text)
    return (read.qualifier is q.qualifier and read.low == q.low and read.high == q.high
            and read.unit in (None, q.unit))  # fmt: skip


def _same_dates(d: hb.DateRange) -> bool:
    assert d.citation is not None
    try:
        read = hb.DateRange.parse(d.citation.quote)
    except hb.DateParseError:  # words with no year: read with the range's own
        last = d.end if d.end is not None else d.start
        assert last is not None
        read = hb.DateRange.parse(d.citation.quote, year=last.year)
    return (read.start, read.end, read.precision) == (d.start, d.end, d.precision)


def plain_check(brief: hb.Brief, words: Words) -> bool:
    """The hash, every citation's offsets, every figure's and cited date's words read once."""
    source = brief.source
    return (
        hashlib.sha256(source.text.encode("utf-8")).hexdigest() == source.sha256
        and all(c.source.text[c.start : c.end] == c.quote for c in words.citations)
        and all(_same_figure(q) for q in words.figures)
        and all(_same_dates(d) for d in words.dates)
    )


def bench_checks(pairs: int) -> list[Ratio | None]:
    """The checks: verify against the plain loop; percent_change against its formula."""
    brief = hb.BRIEF
    words = Words.of(brief)
    checked = hb.verify(brief)
    assert checked.ok
    assert (len(words.citations), len(words.figures), len(words.dates)) == (
        checked.citations, checked.figures, checked.dates)  # fmt: skip
    assert plain_check(brief, words)
    old, new = Decimal("85.5"), Decimal("80")
    assert hb.percent_change(old, new) == (new - old) * 100 / old
    floor = (f"sha256, {len(words.citations)} offsets, {len(words.figures)} figures and "
             f"{len(words.dates)} dates read back")  # fmt: skip
    return [
        paired_calls("verify(BRIEF) against a plain loop over the same words",
                     ("verify(BRIEF)", lambda: hb.verify(brief)),
                     (floor, lambda: plain_check(brief, words)), pairs, target=12, batch=3),
        paired_calls("percent_change of two decimals",
                     ("percent_change(old, new)", lambda: hb.percent_change(old, new)),
                     ("(new - old) * 100 / old", lambda: (new - old) * 100 / old),
                     pairs, target=5, batch=2000),
    ]  # fmt: skip


# --- Claims ------------------------------------------------------------------------------------


def _claims(count: int) -> list[str]:
    # Sentences of the tests' paraphrases, over and over to *count*.
    path = Path(__file__).parents[1] / "tests" / "claims" / "paraphrases.json"
    sentences = [c["sentence"] for c in json.loads(path.read_text(encoding="utf-8"))]
    return list(itertools.islice(itertools.cycle(sentences), count))


def bench_claims(pairs: int) -> list[Ratio | None]:
    """A claim against one verify(); archives of 10, 100 and 1,000 claims against each other."""
    brief = hb.BRIEF
    sentences = itertools.cycle(_claims(200))
    ten, hundred, thousand = _claims(10), _claims(100), _claims(1000)

    def archive(claims: list[str]) -> Callable[[], object]:
        return lambda: [c.verdict for c in hb.check_claims(claims, brief=brief)]

    def claim() -> object:
        return hb.check_claim(next(sentences), brief=brief)

    return [
        paired_calls("one claim against one verify() of the shipped brief",
                     ("check_claim(a sentence)", claim),
                     ("verify(BRIEF)", lambda: hb.verify(brief)), pairs, target=1, batch=5),
        paired_calls("an archive of 100 claims against one of 10",
                     ("check_claims(100)", archive(hundred)), ("check_claims(10)", archive(ten)),
                     max(4, pairs // 10), target=11),
        paired_calls("an archive of 1,000 claims against one of 100",
                     ("check_claims(1,000)", archive(thousand)),
                     ("check_claims(100)", archive(hundred)),
                     max(2, pairs // 40), target=11),
    ]  # fmt: skip


# --- A user's brief, 10 and 100 times the shipped one ------------------------------------------


def _reading(record: object, reading: hb.Reading, rename: Callable[[str], str]) -> hb.Reading:
    # A reading names a record by its id: the copy's record has the copy's id.
    held = getattr(record, reading.field)
    items = held if isinstance(held, tuple) else (held,)
    if any(getattr(item, "id", None) == reading.value for item in items):
        return attrs.evolve(reading, value=rename(reading.value))
    return reading


def user_brief(times: int) -> hb.Brief:
    """
    A brief of a text *times* the shipped page, built with the public API.

    The text is the shipped page *times* over, without its two headings
    (so that it has no sections, as another page has none), and the brief
    holds every record of BRIEF once per copy: cited at that copy's
    offsets, with the copy's number after its id (and its bullet counted
    from the start of the text). The page's author (the bureau) is one
    actor, as one author writes every copy.
    """
    shipped = hb.BRIEF
    page = shipped.source.text.replace("Challenges:", "Challenges;").replace("Goals:", "Goals;")
    between = "\n\n"
    source = shipped.source
    text = between.join([page] * times) + "\n"
    user = hb.Source(text=text, title=f"{source.title}, {times} times over",
                     publisher=source.publisher, bureau=source.bureau,
                     bureau_acronym=source.bureau_acronym, country=source.country,
                     years=source.years, public_domain=source.public_domain,
                     rights=source.rights)  # fmt: skip
    author = next(a for a in shipped.actors if a.name == source.bureau)
    bullets = page.count("\u2022")
    shared: dict[int, object] = {}
    parts: dict[str, list[Any]] = {name: [] for name in
                                   ("challenges", "goals", "accomplishments", "operations",
                                    "actors", "places")}  # fmt: skip
    for copy in range(times):
        offset = copy * (len(page) + len(between))
        made = dict(shared)  # one record for one record of BRIEF, as BRIEF shares them

        def rename(ident: str, copy: int = copy) -> str:
            return ident if ident == author.id else f"{ident}-{copy}"

        def moved(
            obj: Any, offset: int = offset, made: dict[int, object] = made, copy: int = copy
        ) -> Any:
            if isinstance(obj, tuple):
                return tuple(moved(o) for o in obj)
            if not attrs.has(type(obj)):
                return obj
            if id(obj) in made:
                return made[id(obj)]
            if isinstance(obj, hb.Citation):
                new: object = hb.Citation(quote=obj.quote, start=obj.start + offset,
                                          end=obj.end + offset, source=user)  # fmt: skip
            else:
                values: dict[str, object] = {}
                for field in attrs.fields(type(obj)):
                    if not field.init:
                        continue
                    value = getattr(obj, field.name)
                    if field.name == "id":
                        value = rename(value)
                    elif field.name == "derived_from":
                        value = tuple(rename(i) for i in value)
                    elif field.name == "bullet" and isinstance(value, int):
                        value += copy * bullets  # the text's bullets are counted from its start
                    elif field.name == "readings":
                        value = tuple(_reading(obj, r, rename) for r in value)
                    else:
                        value = moved(value)
                    values[field.alias] = value
                new = type(obj)(**values)
            made[id(obj)] = new
            if obj is author:
                shared[id(obj)] = new
            return new

        for name, held in parts.items():
            held.extend(r for r in moved(getattr(shipped, name)) if copy == 0 or r.id != author.id)
    return hb.Brief(source=user, **{name: tuple(r) for name, r in parts.items()})


def _records(brief: hb.Brief) -> int:
    # The records with an id, each once: what a brief is made of.
    return len({r.id for r in _inside(brief) if isinstance(getattr(r, "id", None), str)})


def bench_scale(pairs: int) -> tuple[list[Ratio], list[str]]:
    """The checks and the JSON round trip of a user brief 10 and 100 times the shipped one."""
    name = "{} of a user brief, 100x against 10x the shipped one{}"
    if not any(wanted(name.format(what, how)) for what in ("verify", "JSON round trip")
               for how in ("", ", collector paused")):  # fmt: skip
        return [], []
    sizes = (1, 10, 100)
    briefs = {n: user_brief(n) for n in sizes}
    records = {n: _records(b) for n, b in briefs.items()}
    for n, brief in briefs.items():
        checked = hb.verify(brief)
        assert checked.ok, checked.failures[:3]
        assert checked.statements == n * len(hb.BRIEF.statements)
        assert hb.from_json(hb.to_json(brief), hb.Brief) == brief

    def verify(n: int) -> Callable[[], object]:
        return lambda: hb.verify(briefs[n])

    def round_trip(n: int) -> Callable[[], object]:
        return lambda: hb.from_json(hb.to_json(briefs[n]), hb.Brief)

    growth = records[100] / records[10]
    rows, lines = [], []
    for what, work in (("verify", verify), ("JSON round trip", round_trip)):
        for how, timed in (("", work), (", collector paused", lambda n, w=work: _paused(w(n)))):
            ratio = paired_calls(
                name.format(what, how),
                (f"100x: {records[100]:,} records", timed(100)),
                (f"10x: {records[10]:,} records", timed(10)),
                pairs,
                target=round(1.1 * growth, 1),
            )
            if ratio is None:
                continue
            rows.append(attrs.evolve(ratio, note=f"linear is {growth:.2f}, the ratio of records"))
            small = statistics.median(_time_call(timed(1), 1) for _ in range(max(5, pairs)))
            per = {1: small / records[1], 10: ratio.b_ms / records[10],
                   100: ratio.a_ms / records[100]}  # fmt: skip
            shown = ", ".join(f"{n}x: {per[n] * 1000:,.1f} µs" for n in sizes)
            lines.append(f"| {what}{how} | {shown} | {per[100] / per[10]:.2f} |")
    return rows, lines


def _paused(work: Callable[[], object]) -> Callable[[], object]:
    # The same call with the cyclic garbage collector off while it runs: what
    # the package's own code costs, apart from the collector's full passes,
    # which start once the brief outgrows the interpreter's own objects.
    def paused() -> object:
        gc.disable()
        try:
            return work()
        finally:
            gc.enable()

    return paused


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
    if r.target is None:
        target, verdict = "none (reported)", ""
    else:
        target = f"at most {r.target:g}" + (f" ({r.note})" if r.note else "")
        verdict = "met" if r.met else "**missed**"
    spread = f"[{min(r.ratios):.2f}, {max(r.ratios):.2f}]"
    sides = f"{r.a_ms:,.3g} / {r.b_ms:,.3g} {r.unit}"
    return (f"| {r.name} | `{r.a}` / `{r.b}` | {target} | **{r.median:.2f}** | {spread} "
            f"| {len(r.ratios)} | {sides} | {verdict} |")  # fmt: skip


def verdicts(rows: list[Ratio]) -> list[str]:
    """Which targets are met and which are missed, in a sentence each."""
    judged = [r for r in rows if r.target is not None]
    missed = [r for r in judged if not r.met]
    lines = [f"**{len(judged) - len(missed)} of {len(judged)} targets met.**"]
    if missed:
        lines += ["", "Missed:", ""]
        lines += [f"- {r.name}: {r.median:.2f}, target at most {r.target:g}" for r in missed]
    return lines


def main() -> None:
    """Run every benchmark; print the report, or write it with --write."""
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer pairs, for a smoke run")
    parser.add_argument("--write", type=Path, help="write the Markdown report to this file")
    parser.add_argument("--only", action="append", default=[], metavar="TEXT",
                        help="measure only the rows whose name holds TEXT (repeatable; "
                             "a partial report, never written)")  # fmt: skip
    parser.add_argument("--pairs", type=int, metavar="N",
                        help="N pairs for every row, in place of the run's own counts")  # fmt: skip
    arguments = parser.parse_args()
    if (arguments.only or arguments.pairs) and arguments.write is not None:
        parser.error("--only and --pairs make a partial report: it cannot be written")
    _ONLY[:] = arguments.only
    quick = arguments.quick
    started = time.perf_counter()

    def pairs(quick_run: int, full_run: int) -> int:
        return arguments.pairs or (quick_run if quick else full_run)

    measured = [
        *bench_start(pairs(4, 50)),
        *bench_json(pairs(10, 200)),
        *bench_checks(pairs(10, 200)),
        *bench_claims(pairs(10, 100)),
    ]
    rows = [r for r in measured if r is not None]
    scale_rows, per_record = bench_scale(pairs(2, 16))
    rows += scale_rows
    minutes = (time.perf_counter() - started) / 60
    header = ("| figure | A / B | target | median ratio | [least, greatest] | pairs "
              "| medians of A / B | verdict |")  # fmt: skip
    table = [header, "| --- | --- | --- | --- | --- | --- | --- | --- |", *(row(r) for r in rows)]
    per_record_table = [
        "| what | median time per record, by size of the user brief | 100x against 10x |",
        "| --- | --- | --- |",
        *per_record,
    ]
    run = "quick (a smoke run: too few pairs to report)" if quick else "full"
    if arguments.only or arguments.pairs:
        run = "partial (--only or --pairs: for comparing changes, not a report)"
    report = "\n".join([*machine(), f"- Run: {run}, {minutes:.1f} minutes", "",
                        *verdicts(rows), "", *table, "", *per_record_table, ""])  # fmt: skip
    print(report)
    if arguments.write is not None:
        template = arguments.write.read_text(encoding="utf-8")
        begin, end = "<!-- benchmark: begin -->", "<!-- benchmark: end -->"
        before, _, rest = template.partition(begin)
        _, _, after = rest.partition(end)
        arguments.write.write_text(f"{before}{begin}\n{report}{end}{after}", encoding="utf-8")


if __name__ == "__main__":
    main()
