"""The chart example draws every dated figure as the text gives it, read back from the figure."""

from __future__ import annotations

import datetime as dt
import importlib.util
import itertools
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import pytest

from honduras_brief import BRIEF, Basis, Brief, DateRange, Qualifier, Quantity, Unit

mdates = pytest.importorskip("matplotlib.dates")
image = pytest.importorskip("matplotlib.image")

EXAMPLES = Path(__file__).parents[1] / "examples"
DATED = [q for q in BRIEF.quantities if q.period is not None]
LOW_ONLY = {Qualifier.MORE_THAN, Qualifier.AT_LEAST, Qualifier.DOZENS, Qualifier.HUNDREDS}
HIGH_ONLY = {Qualifier.ALMOST, Qualifier.LESS_THAN, Qualifier.AT_MOST}


def load_chart() -> ModuleType:
    """Import examples/chart.py from its path, as a module of its own."""
    spec = importlib.util.spec_from_file_location("chart_example", EXAMPLES / "chart.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


chart = load_chart()


def day(when: dt.date) -> float:
    """A date where matplotlib puts it on a time axis."""
    return float(mdates.date2num(when))


def marks(fig: Any) -> dict[str, Any]:
    """Every artist the chart named, by its name; two with one name fail the test."""
    named = [artist for artist in fig.findobj() if artist.get_gid()]
    names = [artist.get_gid() for artist in named]
    assert len(names) == len(set(names)), names
    return dict(zip(names, named, strict=True))


@pytest.fixture(scope="module")
def drawn() -> tuple[Any, dict[str, Any]]:
    """The chart of the shipped brief, rendered once, and its named artists."""
    fig = chart.draw(BRIEF)
    fig.canvas.draw()
    return fig, marks(fig)


def brief_with(*figures: Quantity) -> Brief:
    """A brief whose only figures are *figures*, on its first challenge."""
    only = attrs.evolve(BRIEF.challenges[0], quantities=figures)
    return attrs.evolve(BRIEF, challenges=(only,), goals=(), accomplishments=(), operations=())


def figure(id: str, qualifier: Qualifier, period: str | None, **fields: Any) -> Quantity:
    """A figure of our own making, for the ways of drawing the brief does not use."""
    fields.setdefault("unit", Unit.PERSONS)
    fields.setdefault("basis", Basis.REPORTED)
    return Quantity(
        id=id, measure=f"{id} measured", text=f"{id} text", qualifier=qualifier,
        period=None if period is None else DateRange.parse(period), **fields,
    )  # fmt: skip


def test_the_shipped_brief_has_six_dated_figures() -> None:
    """The figures the chart must show are the six the brief dates, and the others are nine."""
    assert [q.id for q in DATED] == [
        "cocaine-flow-share-2012",
        "homicide-rate-2012",
        "homicide-rate-2013",
        "judges-dismissed",
        "judges-suspended",
        "operation-neptune-seized-value",
    ]
    assert len(BRIEF.quantities) - len(DATED) == 9


@pytest.mark.parametrize("q", DATED, ids=[q.id for q in DATED])
def test_a_dated_figure_is_drawn_at_its_bounds_over_its_period(
    q: Quantity, drawn: tuple[Any, dict[str, Any]]
) -> None:
    """Each dated figure is drawn over its days, at its bounds, in its unit's panel."""
    _, named = drawn
    period = q.period
    assert period is not None
    ax = named[f"{q.id}:label"].axes
    left, right = ax.get_xlim()
    x0 = left if period.start is None else day(period.start)
    x1 = right if period.end is None else day(period.end + dt.timedelta(days=1))
    middle = x1 if period.start is None else (x0 + x1) / 2
    assert chart.UNITS[q.unit] in ax.get_title(loc="left")
    colour = chart.COLOURS[q.basis]
    if q.qualifier is Qualifier.BETWEEN:
        assert q.low is not None and q.high is not None
        box = named[f"{q.id}:range"]
        assert (box.get_x(), box.get_width()) == pytest.approx((x0, x1 - x0))
        assert (box.get_y(), box.get_y() + box.get_height()) == (float(q.low), float(q.high))
        (segment,) = named[f"{q.id}:bounds"].get_segments()
        assert segment.tolist() == [[middle, float(q.low)], [middle, float(q.high)]]
        assert box.axes is ax and f"{q.id}:period" not in named
        return
    bound = q.low if q.low is not None else q.high
    assert bound is not None
    line, dot = named[f"{q.id}:period"], named[f"{q.id}:value"]
    assert line.get_xdata() == pytest.approx([x0, x1])
    assert list(line.get_ydata()) == [float(bound)] * 2
    assert (dot.get_xdata()[0], dot.get_ydata()[0]) == pytest.approx((middle, float(bound)))
    assert line.axes is ax and dot.axes is ax
    assert line.get_color() == colour
    assert line.get_linestyle() == ("-" if period.is_stated else ":")
    assert dot.get_markerfacecolor() == ("white" if q.basis is Basis.PROJECTED else colour)
    above, below = named.get(f"{q.id}:open-above"), named.get(f"{q.id}:open-below")
    assert (above is not None) == (q.qualifier in LOW_ONLY)
    assert (below is not None) == (q.qualifier in HIGH_ONLY)
    if above is not None:
        assert above.xy == pytest.approx((middle, float(bound)))
        assert above.xyann[0] == 0 and above.xyann[1] > 0  # the arrow points up
    start = named.get(f"{q.id}:open-start")
    assert (start is None) == (period.start is not None)
    if start is not None:
        assert (start.get_xdata()[0], start.get_ydata()[0]) == (left, float(bound))
        assert start.get_marker() == "<"


@pytest.mark.parametrize("q", DATED, ids=[q.id for q in DATED])
def test_a_dated_figure_is_labelled_with_its_words_and_its_period(
    q: Quantity, drawn: tuple[Any, dict[str, Any]]
) -> None:
    """A label gives the figure's words, its period and how it is known: projected, inferred."""
    _, named = drawn
    assert q.period is not None
    first, when = named[f"{q.id}:label"].get_text().split("\n")
    assert first.endswith(q.text)
    assert when.startswith(q.period.format())
    assert ("projected" in when) == (q.basis is Basis.PROJECTED)
    assert ("estimated" in when) == (q.basis is Basis.ESTIMATED)
    assert ("date inferred" in when) == (not q.period.is_stated)


def test_the_labels_as_drawn(drawn: tuple[Any, dict[str, Any]]) -> None:
    """The six labels read exactly so, and no two alike: a measure where a panel holds two."""
    _, named = drawn
    assert [named[f"{q.id}:label"].get_text() for q in DATED] == [
        "more than 80 percent\n2012 (estimated)",
        "85.5 per 100,000\n2012",
        "80 per 100,000\n2013 (projected)",
        "judges dismissed by the Supreme Court: 57\nby the end of the first half of 2013 (date inferred)",
        "judges suspended by the Supreme Court: 16\nby the end of the first half of 2013 (date inferred)",
        "between $500 and $800 million\nSeptember 19\u201326, 2013 (date inferred)",
    ]


def test_nothing_but_the_dated_figures_is_drawn_as_one(drawn: tuple[Any, dict[str, Any]]) -> None:
    """Each dated figure has one label and one line or box; nothing else has either."""
    fig, named = drawn
    ids = {q.id for q in DATED}
    assert {name.partition(":")[0] for name in named} == {*ids, "source", "year"}
    drawn_as = [name for name in named if name.endswith((":period", ":range"))]
    assert sorted(name.partition(":")[0] for name in drawn_as) == sorted(ids)
    assert len(fig.axes) == 4  # percent, per 100,000, persons, US dollars
    assert [ax.get_title(loc="left").rpartition("(")[2] for ax in fig.axes] == [
        "percent)",
        "per 100,000 population)",
        "Counts of persons",
        "US dollars)",
    ]


def test_the_time_axis_ends_with_the_data(drawn: tuple[Any, dict[str, Any]]) -> None:
    """Every panel runs from the first day the data gives to the end of its last day."""
    fig, named = drawn
    starts = [q.period.start for q in DATED if q.period is not None and q.period.start]
    ends = [q.period.end for q in DATED if q.period is not None and q.period.end]
    assert (min(starts), max(ends)) == (dt.date(2012, 1, 1), dt.date(2013, 12, 31))
    for ax in fig.axes:
        assert ax.get_xlim() == (day(dt.date(2012, 1, 1)), day(dt.date(2014, 1, 1)))
    years = sorted(name for name in named if name.startswith("year:"))
    assert years == ["year:2012", "year:2013"]  # and no "2014" at the edge
    assert [named[name].get_text() for name in years] == ["2012", "2013"]
    middles = [named[name].xy[0] for name in years]
    assert middles == [
        (day(dt.date(y, 1, 1)) + day(dt.date(y + 1, 1, 1))) / 2 for y in (2012, 2013)
    ]


def test_the_source_line_names_the_page(drawn: tuple[Any, dict[str, Any]]) -> None:
    """The foot of the chart names the page by title and address, and what it leaves out."""
    _, named = drawn
    credit = named["source"].get_text()
    assert f"\u201c{BRIEF.source.title}\u201d" in credit
    assert BRIEF.source.url in credit
    assert credit.endswith(
        "Figures as the text gives them; 9 figures the text does not date are not shown."
    )


def test_the_legend_keys_only_what_is_drawn(drawn: tuple[Any, dict[str, Any]]) -> None:
    """The legend tells projected, ranges, open bounds, inferred dates and open starts apart."""
    fig, _ = drawn
    (legend,) = fig.legends
    assert [t.get_text() for t in legend.get_texts()] == [
        "reported",
        "estimated",
        "projected (hollow)",
        "a range: between its bounds",
        "\u2191 a lower bound only (\u201cmore than\u201d)",
        "date inferred, not stated",
        "open start: the text gives only the end",
    ]


def test_no_text_overlaps_another_or_leaves_its_place(drawn: tuple[Any, dict[str, Any]]) -> None:
    """Labels stay inside their panels; titles, labels, legend and source never overlap."""
    fig, named = drawn
    renderer = fig.canvas.get_renderer()
    whole = fig.bbox
    for q in DATED:
        note = named[f"{q.id}:label"]
        box, panel = note.get_window_extent(renderer), note.axes.bbox
        assert panel.x0 <= box.x0 and box.x1 <= panel.x1 and panel.y0 <= box.y0
        assert box.y1 <= panel.y1, q.id
    ticks = {id(t) for ax in fig.axes for t in (*ax.get_xticklabels(which="both"), *ax.get_yticklabels())}  # fmt: skip
    texts = [
        t for t in fig.findobj(lambda a: hasattr(a, "get_text"))
        if t.get_visible() and t.get_text() and id(t) not in ticks
    ]  # fmt: skip
    assert len(texts) > len(DATED) + 4  # labels, titles, years, legend, source
    boxes = {t.get_text(): t.get_window_extent(renderer) for t in texts}
    for box in boxes.values():
        assert whole.x0 <= box.x0 and box.x1 <= whole.x1
        assert whole.y0 <= box.y0 and box.y1 <= whole.y1
    for (a, one), (b, other) in itertools.combinations(boxes.items(), 2):
        assert not one.overlaps(other), (a, b)


def test_other_ways_of_drawing_a_figure() -> None:
    """Upper bounds point down, open ends reach the right edge, hatched projected ranges."""
    brief = brief_with(
        figure("almost", Qualifier.ALMOST, "since 2013", high=Decimal(250)),
        figure("dozens", Qualifier.DOZENS, "2014", low=Decimal(24), inferred="two dozen"),
        figure("many", Qualifier.MANY, "2013"),
        figure("band", Qualifier.BETWEEN, "2013", unit=Unit.PERCENT, basis=Basis.PROJECTED,
               low=Decimal(5), high=Decimal(7)),
    )  # fmt: skip
    fig = chart.draw(brief)
    named = marks(fig)
    left, right = named["almost:label"].axes.get_xlim()
    # No period gives an end before 2015, and "since 2013" gives none at all.
    assert (left, right) == (day(dt.date(2013, 1, 1)), day(dt.date(2015, 1, 1)))
    below = named["almost:open-below"]
    assert below.xy == (left, 250) and below.xyann == (0, -chart.ARROW)
    end = named["almost:open-end"]
    assert (end.get_xdata()[0], end.get_ydata()[0], end.get_marker()) == (right, 250, ">")
    assert named["almost:period"].get_xdata() == pytest.approx([left, right])
    assert (
        named["dozens:label"].get_text() == "dozens measured: dozens text\n2014 (number inferred)"
    )
    middle = (day(dt.date(2014, 1, 1)) + day(dt.date(2015, 1, 1))) / 2
    assert named["dozens:open-above"].xy == (middle, 24)
    # "many" gives no number: its words are shown on the axis, and nothing is made up.
    assert named["many:label"].get_text() == "many measured: many text\n2013"
    assert named["many:label"].xy[1] == 0
    assert not {"many:period", "many:value", "many:range"} & named.keys()
    band = named["band:range"]
    assert (band.get_facecolor()[3], band.get_hatch()) == (0, "///")
    assert named["band:label"].get_text() == "band text\n2013 (projected)"
    percent = named["band:label"].axes
    assert percent.get_ylim()[1] < 100
    ticks = [t.get_text() for t in percent.get_yticklabels()]
    assert ticks[0] == "0%" and "100%" not in ticks  # quarters only for a whole
    (legend,) = fig.legends
    assert [t.get_text() for t in legend.get_texts()] == [
        "reported",
        "projected (hollow)",
        "a range: between its bounds",
        "\u2191 a lower bound only (\u201cmore than\u201d)",
        "\u2193 an upper bound only (\u201calmost\u201d)",
        "open end: the text gives only the start",
    ]
    assert named["source"].get_text().endswith("Figures as the text gives them.")


def test_a_panel_of_many_measures_names_each_and_shortens_the_long() -> None:
    """Where a panel holds two measures, each label names its own, cut short past 50 characters."""
    long = figure(
        "long", Qualifier.EXACT, "by the end of June 2013", low=Decimal(3), high=Decimal(3)
    )
    long = attrs.evolve(long, measure="a measure whose words run on and on, " * 3)
    brief = brief_with(long, figure("short", Qualifier.EXACT, "2012", low=Decimal(1), high=Decimal(1)))  # fmt: skip
    named = marks(chart.draw(brief))
    first = named["long:label"].get_text().split("\n")[0]
    assert first == "a measure whose words run on and on, a measure \u2026: long text"
    assert named["short:label"].get_text() == "short measured: short text\n2012"
    assert named["long:label"].axes.get_title(loc="left") == "Counts of persons"


def test_the_time_axis_has_room_where_no_period_gives_an_edge() -> None:
    """A period open on a side has 365 days of room that way: its line is seen to run on."""
    by, since = DateRange.parse("by the end of June 2013"), DateRange.parse("since June 2013")
    assert chart.time_axis([by]) == (dt.date(2012, 7, 1), dt.date(2013, 7, 1))
    assert chart.time_axis([since]) == (dt.date(2013, 6, 1), dt.date(2014, 6, 1))
    # A start given elsewhere does not cut the open line short.
    by_2012 = DateRange.parse("by the end of June 2012")
    year = DateRange.parse("2013")
    assert chart.time_axis([by_2012, year]) == (dt.date(2011, 7, 2), dt.date(2014, 1, 1))


def test_one_undated_figure_is_counted_in_the_singular() -> None:
    """The source line counts a lone undated figure as one."""
    assert chart.source_line(BRIEF, 1).endswith("; 1 figure the text does not date is not shown.")


@pytest.mark.parametrize(
    ("unit", "value", "shown"),
    [
        (Unit.US_DOLLARS, 0.0, "$0"),
        (Unit.US_DOLLARS, 5e8, "$500 million"),
        (Unit.PERCENT, 80.0, "80%"),
        (Unit.PER_100000_POPULATION, 85.5, "85.5"),
        (Unit.PERSONS, 1200.0, "1,200"),
    ],
)
def test_an_axis_value_is_shown_in_its_unit(unit: Unit, value: float, shown: str) -> None:
    """Ticks say dollars in millions, percent with its sign, counts with separators."""
    assert chart.tick(unit, value) == shown


def test_a_brief_with_no_dated_figure_is_refused() -> None:
    """With nothing to put on a time axis, draw says so instead of an empty chart."""
    undated = brief_with(figure("undated", Qualifier.EXACT, None, low=Decimal(1), high=Decimal(1)))
    with pytest.raises(ValueError, match="no dated figure to chart"):
        chart.draw(undated)


def test_the_script_writes_the_png(tmp_path: Path) -> None:
    """Run as a script, the chart writes a PNG of the figure's size, with marks on it."""
    out = tmp_path / "chart.png"
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / "chart.py"), str(out)],
        capture_output=True, text=True, encoding="utf-8", check=True, timeout=120, cwd=EXAMPLES,
    )  # fmt: skip
    assert (done.stdout, done.stderr) == (f"wrote {out}\n", "")
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    pixels = image.imread(out)
    assert pixels.shape[:2] == (1110, 1100)  # four panels of 2.2 inches, margins, 100 dpi
    assert pixels.std() > 0.1  # not a blank canvas
    assert (pixels[..., :3] < 0.5).mean() > 0.01  # and it has dark marks: lines, text
