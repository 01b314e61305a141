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
from xml.etree import ElementTree as ET

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
    """Each dated figure is drawn over the days the text gives, at its bounds, in its unit's panel."""
    _, named = drawn
    period = q.period
    assert period is not None
    ax = named[f"{q.id}:label"].axes
    x0 = None if period.start is None else day(period.start)
    x1 = None if period.end is None else day(period.end + dt.timedelta(days=1))
    middle = x1 if x0 is None else x0 if x1 is None else (x0 + x1) / 2
    assert chart.UNITS[q.unit] in ax.get_title(loc="left")
    if q.qualifier is Qualifier.BETWEEN:
        assert q.low is not None and q.high is not None and x0 is not None and x1 is not None
        box = named[f"{q.id}:range"]
        assert (box.get_x(), box.get_width()) == pytest.approx((x0, x1 - x0))
        assert (box.get_y(), box.get_y() + box.get_height()) == (float(q.low), float(q.high))
        (segment,) = named[f"{q.id}:bounds"].get_segments()
        assert segment.tolist() == [[middle, float(q.low)], [middle, float(q.high)]]
        assert box.axes is ax and f"{q.id}:period" not in named
        return
    bound = q.low if q.low is not None else q.high
    assert bound is not None
    dot = named[f"{q.id}:value"]
    assert (dot.get_xdata()[0], dot.get_ydata()[0]) == pytest.approx((middle, float(bound)))
    assert dot.axes is ax and dot.get_color() == chart.INK
    assert dot.get_markerfacecolor() == ("white" if q.basis is Basis.PROJECTED else chart.INK)
    line = named.get(f"{q.id}:period")
    assert (line is None) == period.is_open  # a line only across days the text gives
    if line is not None:
        assert line.get_xdata() == pytest.approx([x0, x1])
        assert list(line.get_ydata()) == [float(bound)] * 2
        assert line.get_linestyle() == ("--" if q.basis is Basis.PROJECTED else "-")
    above, below = named.get(f"{q.id}:open-above"), named.get(f"{q.id}:open-below")
    assert (above is not None) == (q.qualifier in LOW_ONLY)
    assert (below is not None) == (q.qualifier in HIGH_ONLY)
    if above is not None:  # from the bound up to all of a share, and no further
        assert above.xyann == pytest.approx((middle, float(bound)))
        assert above.xy == pytest.approx((middle, chart.WHOLE))


def test_an_open_start_is_drawn_as_open_not_from_the_axis_edge(
    drawn: tuple[Any, dict[str, Any]],
) -> None:
    """A figure "by" a date is a dot at that date and a short line fading into the days before."""
    _, named = drawn
    opens = [q for q in DATED if q.period is not None and q.period.start is None]
    assert [q.id for q in opens] == ["judges-dismissed", "judges-suspended"]
    for q in opens:
        assert q.period is not None and q.period.end is not None and q.low is not None
        ax = named[f"{q.id}:label"].axes
        left, right = ax.get_xlim()
        end, bound = day(q.period.end + dt.timedelta(days=1)), float(q.low)
        fading = named[f"{q.id}:open-start"]
        pieces = [piece.tolist() for piece in fading.get_segments()]
        xs = [x for piece in pieces for x, _ in piece]
        assert {y for piece in pieces for _, y in piece} == {bound}
        # From the dot leftwards, FADE points long (some weeks here): far from the axis's edge.
        assert pieces[0][0][0] == pytest.approx(end) == max(xs)
        assert left + (right - left) / 2 < min(xs) < end - 20
        alphas = [float(colour[3]) for colour in fading.get_colors()]
        assert alphas == sorted(alphas, reverse=True) and alphas[0] == 1 and alphas[-1] < 0.1


def test_nothing_drawn_for_a_share_goes_past_all_of_it(drawn: tuple[Any, dict[str, Any]]) -> None:
    """On the share's panel, no line, arrow, box or tick stands above 100%, in data or as drawn."""
    fig, named = drawn
    ax = named["cocaine-flow-share-2012:label"].axes
    assert chart.WHOLE < ax.get_ylim()[1] < chart.WHOLE * 1.1  # room for the 100% line only
    assert max(float(v) for v in ax.yaxis.get_majorticklocs()) == chart.WHOLE
    lines = [a for a in ax.get_lines() if len(a.get_ydata())]
    assert max(float(y) for a in lines for y in a.get_ydata()) <= chart.WHOLE
    arrow = named["cocaine-flow-share-2012:open-above"]
    assert arrow.xy[1] == chart.WHOLE
    renderer = fig.canvas.get_renderer()
    ceiling = ax.transData.transform((0, chart.WHOLE))[1]
    for artist in (arrow.arrow_patch, *lines, *ax.patches, *ax.collections):
        assert artist.get_window_extent(renderer).y1 <= ceiling + 1.5, artist  # a stroke, no more


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
    """Each dated figure has one label and one mark; besides, only titles, key, years and source."""
    fig, named = drawn
    ids = {q.id for q in DATED}
    others = {"title", "deck", "legend", "source", "year"}
    assert {name.partition(":")[0] for name in named} == ids | others
    drawn_as = [name for name in named if name.endswith((":value", ":range"))]
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
    """The foot of the chart names the page, what it leaves out, and how to read a bound."""
    _, named = drawn
    source = BRIEF.source
    credit = named["source"].get_text()
    assert credit.startswith(f"Source: \u201c{source.title}\u201d, {source.publisher}, ")
    assert source.url in credit
    assert credit.endswith(
        "Figures as the text gives them; 9 figures the text does not date are not shown.\n"
        "An arrow is a bound the text leaves open on one side; it stops where its axis does"
        " (a share at 100%, a count at zero), never past it."
    )


def test_the_title_says_what_the_figures_show(drawn: tuple[Any, dict[str, Any]]) -> None:
    """The headline and deck state what the figures show, in the brief's own numbers."""
    _, named = drawn
    assert named["title"].get_text() == (
        "Honduras\u2019 homicide rate could fall in 2013, from 85.5 to 80 per 100,000"
    )
    assert named["deck"].get_text().replace("\n", " ") == chart.DECK
    texts = {q.id: q.text for q in BRIEF.quantities}
    # Every number the headline and deck give is a figure of the brief, in its words.
    assert texts["homicide-rate-2012"] == "85.5 per 100,000"
    assert texts["homicide-rate-2013"] == "80 per 100,000"
    assert texts["cocaine-flow-share-2012"] in chart.DECK
    assert f"dismissed {texts['judges-dismissed']} judges" in chart.DECK
    assert f"suspended {texts['judges-suspended']};" in chart.DECK
    assert texts["operation-neptune-seized-value"] == "between $500 and $800 million"
    assert "between $500 million and $800 million" in chart.DECK


def test_another_brief_has_a_plain_headline_and_no_deck() -> None:
    """The written headline is the shipped figures' only; another brief's names its page."""
    brief = brief_with(figure("one", Qualifier.EXACT, "2013", low=Decimal(1), high=Decimal(1)))
    named = marks(chart.draw(brief))
    assert named["title"].get_text() == f"What \u201c{BRIEF.source.title}\u201d dates: 1 figures"
    assert "deck" not in named


def drawn_kinds(named: dict[str, Any]) -> set[str]:
    """The kinds of mark on a chart, read from its artists' names and styles."""
    kinds = set()
    for name, artist in named.items():
        part = name.partition(":")[2]
        if part == "period":
            kinds.add("projected" if artist.get_linestyle() == "--" else "figure")
        elif part == "value" and artist.get_markerfacecolor() == "white":
            kinds.add("projected")
        elif part in {"range", "open-start", "open-end"}:
            kinds.add(part)
        elif part in {"open-above", "open-below"}:
            kinds.add("lower-bound" if part == "open-above" else "upper-bound")
    return kinds


def keys(fig: Any) -> list[str]:
    (legend,) = fig.legends
    return [t.get_text() for t in legend.get_texts()]


def test_the_legend_keys_only_what_is_drawn(drawn: tuple[Any, dict[str, Any]]) -> None:
    """The legend has a key for each kind of mark on the chart, and for no other."""
    fig, named = drawn
    assert drawn_kinds(named) == {"figure", "projected", "range", "lower-bound", "open-start"}
    assert keys(fig) == [
        "a figure, across the days it holds for",
        "projected: dashed, hollow",
        "a range: \u201cbetween\u201d its two bounds",
        "\u201cmore than\u201d: a lower bound, up to the axis\u2019s limit",
        "\u201cby\u201d a date: the text gives no start",
    ]
    assert keys(fig) == [chart.KINDS[k] for k in chart.KINDS if k in drawn_kinds(named)]


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
    """Upper bounds point down to zero, lower bounds up to the axis's top, open ends fade right."""
    brief = brief_with(
        figure("almost", Qualifier.ALMOST, "since 2013", high=Decimal(250)),
        figure("dozens", Qualifier.DOZENS, "2014", low=Decimal(24), inferred="two dozen"),
        figure("many", Qualifier.MANY, "2013"),
        figure("band", Qualifier.BETWEEN, "2013", unit=Unit.PERCENT, basis=Basis.PROJECTED,
               low=Decimal(5), high=Decimal(7)),
    )  # fmt: skip
    fig = chart.draw(brief)
    named = marks(fig)
    persons = named["almost:label"].axes
    left, right = persons.get_xlim()
    # Whole years: "since 2013" gives no end, and no period runs past 2014.
    assert (left, right) == (day(dt.date(2013, 1, 1)), day(dt.date(2015, 1, 1)))
    below = named["almost:open-below"]
    assert (below.xyann, below.xy) == ((left, 250), (left, 0))
    assert "almost:period" not in named
    end = [piece.tolist() for piece in named["almost:open-end"].get_segments()]
    assert end[0][0] == [left, 250] and left < end[-1][1][0] < left + (right - left) / 4
    assert (
        named["dozens:label"].get_text() == "dozens measured: dozens text\n2014 (number inferred)"
    )
    middle = (day(dt.date(2014, 1, 1)) + day(dt.date(2015, 1, 1))) / 2
    above = named["dozens:open-above"]
    assert above.xyann == (middle, 24) and above.xy == (middle, persons.get_ylim()[1])
    # "many" gives no number: its words are shown on the axis, and nothing is made up.
    assert named["many:label"].get_text() == "many measured: many text\n2013"
    assert named["many:label"].xy[1] == 0
    assert not {"many:period", "many:value", "many:range"} & named.keys()
    band = named["band:range"]
    assert (band.get_facecolor()[3], band.get_hatch()) == (0, "///")
    assert named["band:label"].get_text() == "band text\n2013 (projected)"
    percent = named["band:label"].axes
    ticks = [t.get_text() for t in percent.get_yticklabels()]
    assert ticks == ["0%", "25%", "50%", "75%", "100%"]  # a share is shown against all of it
    assert drawn_kinds(named) == {"figure", "range", "lower-bound", "upper-bound", "open-end"}
    assert keys(fig) == [
        "a figure, across the days it holds for",
        "a range: \u201cbetween\u201d its two bounds",
        "\u201cmore than\u201d: a lower bound, up to the axis\u2019s limit",
        "\u201calmost\u201d: an upper bound, down to zero",
        "\u201csince\u201d a date: the text gives no end",
    ]
    assert named["source"].get_text().endswith(f"Figures as the text gives them.\n{chart.READING}.")


def test_a_percent_above_all_of_a_whole_is_not_taken_for_a_share() -> None:
    """A percent past 100 (a rise, not a share) gets an axis that reaches it, as any unit does."""
    brief = brief_with(
        figure("rise", Qualifier.MORE_THAN, "2013", unit=Unit.PERCENT, low=Decimal(150))
    )
    named = marks(chart.draw(brief))
    top = named["rise:label"].axes.get_ylim()[1]
    assert top > 150 and named["rise:open-above"].xy[1] == top


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
    """The axis runs over whole years, with 90 days of room for a fade on an open side."""
    by, since = DateRange.parse("by the end of June 2013"), DateRange.parse("since June 2013")
    assert chart.time_axis([by]) == (dt.date(2013, 1, 1), dt.date(2014, 1, 1))
    assert chart.time_axis([since]) == (dt.date(2013, 1, 1), dt.date(2014, 1, 1))
    early, late = DateRange.parse("by March 1, 2013"), DateRange.parse("since November 2013")
    assert chart.time_axis([early, late]) == (dt.date(2012, 1, 1), dt.date(2015, 1, 1))


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


def script(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run examples/chart.py as a user would, with *args*, from *cwd*."""
    return subprocess.run(
        [sys.executable, str(EXAMPLES / "chart.py"), *args],
        capture_output=True, text=True, encoding="utf-8", check=False, timeout=120, cwd=cwd,
    )  # fmt: skip


def test_the_script_writes_svg_with_its_words_as_text(tmp_path: Path) -> None:
    """``-o FILE.svg`` writes an SVG whose headline, labels and source are text a reader can find."""
    out = tmp_path / "chart.svg"
    done = script("-o", str(out), cwd=tmp_path)
    assert (done.returncode, done.stdout, done.stderr) == (0, f"wrote {out}\n", "")
    root = ET.parse(out).getroot()  # noqa: S314 -- the file the test has just written
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    groups = {g.get("id"): g for g in root.iter("{http://www.w3.org/2000/svg}g")}
    words = "".join(groups["title"].itertext()).strip()
    assert words == "Honduras\u2019 homicide rate could fall in 2013, from 85.5 to 80 per 100,000"
    assert "more than 80 percent" in "".join(groups["cocaine-flow-share-2012:label"].itertext())
    assert BRIEF.source.url in "".join(groups["source"].itertext())
    again = tmp_path / "again.svg"
    assert script("-o", str(again), cwd=tmp_path).returncode == 0
    assert again.read_bytes() == out.read_bytes()  # no date, no random ids: the same bytes


def test_the_script_writes_png_at_200_dpi(tmp_path: Path) -> None:
    """``-o FILE.png`` writes a PNG of the figure's size at 200 dots an inch, with marks on it."""
    out = tmp_path / "deep" / "chart.png"
    done = script("-o", str(out), cwd=tmp_path)
    assert (done.returncode, done.stdout, done.stderr) == (0, f"wrote {out}\n", "")
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = chart.draw(BRIEF).get_size_inches()
    pixels = image.imread(out)
    assert pixels.shape[:2] == (round(height * 200), round(width * 200)) == (2400, 2200)
    assert pixels.std() > 0.1  # not a blank canvas
    assert (pixels[..., :3] < 0.5).mean() > 0.01  # and it has dark marks: lines, text


def test_the_script_writes_both_into_output_unless_told(tmp_path: Path) -> None:
    """With no -o, the SVG and the PNG go into output/, the folder git ignores."""
    done = script(cwd=tmp_path)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == "wrote output/honduras-brief.svg\nwrote output/honduras-brief.png\n"
    assert sorted(p.name for p in (tmp_path / "output").iterdir()) == [
        "honduras-brief.png",
        "honduras-brief.svg",
    ]


@pytest.mark.parametrize("name", ["chart.pdf", "chart", "chart.svg.bak", "chart.jpeg"])
def test_the_script_refuses_another_kind_of_file_and_writes_nothing(
    name: str, tmp_path: Path
) -> None:
    """An -o that ends in neither .svg nor .png is refused with exit 2, before anything is written."""
    out = tmp_path / "new" / name
    done = script("-o", str(out), cwd=tmp_path)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.splitlines()[-1] == (
        f"chart.py: error: -o {out}: the chart is written as .svg or .png, so FILE must end in one"
    )
    assert list(tmp_path.iterdir()) == []


def test_the_script_is_quiet_on_a_closed_pipe(tmp_path: Path) -> None:
    """A reader that leaves (``| head -0``) gets no traceback; the chart is still written."""
    out = tmp_path / "chart.svg"
    with subprocess.Popen(
        [sys.executable, str(EXAMPLES / "chart.py"), "-o", str(out)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path,
    ) as running:  # fmt: skip
        assert running.stdout is not None and running.stderr is not None
        running.stdout.close()
        assert running.wait(timeout=120) == 141
        assert running.stderr.read() == b""
    assert out.is_file()


def test_a_file_that_cannot_be_written_is_named_in_one_line(tmp_path: Path) -> None:
    """A path under a file, not a folder, fails with exit 1 and one line naming it."""
    (tmp_path / "taken").write_text("", encoding="utf-8")
    out = tmp_path / "taken" / "chart.png"
    done = script("-o", str(out), cwd=tmp_path)
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr.startswith(f"chart.py: cannot write {out}: ")
    assert done.stderr.count("\n") == 1
