"""A chart of every dated figure in the brief: one panel per unit, one time axis.

Each figure is drawn as the text gives it and no more. A figure holds over
its period, so it is a line across those days at its value, with a dot for
the figure. A range ("between $500 and $800 million") is a bar from its low
bound to its high bound. A bound with no other side ("more than 80 percent")
is an arrow that runs only as far as the axis allows: to 100% for a share,
to the top of its panel otherwise (to zero for an upper bound). A figure
given "by" a date, with no start, is a dot at that date with a line fading
into the days before it: the text says when it held by, not since when. A
projected figure is dashed and hollow. The time axis covers the whole years
the data falls in. Figures the text does not date have no place on a time
axis: the source line counts them.

Needs the ``plot`` extra (matplotlib): from the repository's root,
``python -m pip install '.[plot]'``.

Run: ``python examples/chart.py -o FILE.svg`` (or ``FILE.png``, at 200 dpi);
with no ``-o`` it writes both ``output/honduras-brief.svg`` and
``output/honduras-brief.png``. ``draw(brief)`` builds the figure without
writing it; ``write(fig, path)`` writes it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING, Any

import honduras_brief as hb

if TYPE_CHECKING:
    from collections.abc import Sequence

    from matplotlib.artist import Artist
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from matplotlib.legend import Legend
    from matplotlib.transforms import Transform

OUTPUT = Path("output")
DEFAULTS = (OUTPUT / "honduras-brief.svg", OUTPUT / "honduras-brief.png")
FORMATS = {".svg": "svg", ".png": "png"}
DPI = 200  # for print: an 11-inch chart is 2,200 pixels wide
WIDTH = 11  # inches
PANEL = 2.2  # inches of height a panel takes, its title and gap included
HEAD = 1.95  # inches above the panels: headline, deck and key
FOOT = 1.25  # inches below them: the time axis and the source

HEADLINE = "Honduras\u2019 homicide rate could fall in 2013, from 85.5 to 80 per 100,000"
DECK = (
    "The U.S. estimates that more than 80 percent of U.S.-bound cocaine first passed through"
    " Central America in 2012. The 2013 homicide rate is a projection. By mid-2013 the Supreme"
    " Court had dismissed 57 judges and suspended 16; in September, Operation Neptune seized"
    " between $500 million and $800 million in assets."
)

READING = (
    "An arrow is a bound the text leaves open on one side; it stops where its axis does"
    " (a share at 100%, a count at zero), never past it"
)

# One ink: the basis of a figure (reported, estimated, projected) is said in
# its label's words, and a projection is also dashed and hollow, so colour
# carries nothing a reader must decode. Okabe and Ito's blue.
INK = "#0072B2"
GREY = "#333333"
UNITS = {
    hb.Unit.PERCENT: "percent",
    hb.Unit.PER_100000_POPULATION: "per 100,000 population",
    hb.Unit.US_DOLLARS: "US dollars",
    hb.Unit.PERSONS: "persons",
    hb.Unit.UNITS: "units",
}
LOW_ONLY = frozenset(  # the qualifiers that give no upper bound
    {hb.Qualifier.MORE_THAN, hb.Qualifier.AT_LEAST, hb.Qualifier.DOZENS, hb.Qualifier.HUNDREDS}
)
HIGH_ONLY = frozenset(  # and those that give no lower bound
    {hb.Qualifier.ALMOST, hb.Qualifier.LESS_THAN, hb.Qualifier.AT_MOST}
)
WHOLE = 100.0  # percent: all of a share, the most a share can be
ROOM = 36  # points above the highest mark, for its two-line label
HEADROOM = 6  # points above 100% on a share's axis, so its line and arrowhead show
FADE = 40  # points: how far the line of a figure with an open side fades out
STEPS = 16  # pieces of that fading line, each fainter than the last
LABEL_SIZE = 9  # points
LEADING = 1.3
MIDDLE = 0.6  # past this share of the time axis, a label stands left of its mark
ONE_DAY = dt.timedelta(days=1)
ROOM_BEFORE = dt.timedelta(days=90)  # an open side needs this much axis for its fade
ELLIPSIS = " \u2026"  # where a long measure is cut short

# The ways a figure is drawn, each with its key, in the legend's order.
KINDS = {
    "figure": "a figure, across the days it holds for",
    "projected": "projected: dashed, hollow",
    "range": "a range: \u201cbetween\u201d its two bounds",
    "lower-bound": "\u201cmore than\u201d: a lower bound, up to the axis\u2019s limit",
    "upper-bound": "\u201calmost\u201d: an upper bound, down to zero",
    "open-start": "\u201cby\u201d a date: the text gives no start",
    "open-end": "\u201csince\u201d a date: the text gives no end",
}


def dated_figures(brief: hb.Brief) -> list[hb.Quantity]:
    """Every figure of *brief* that has a period, in document order."""
    return [q for q in brief.quantities if q.period is not None]


def label(figure: hb.Quantity, *, with_measure: bool) -> str:
    """
    Two lines by which a reader finds the figure in the text.

    The figure's own words (after what it measures, cut short past 50
    characters, when its panel holds more than one measure), then its
    period and how it is known.
    """
    period = figure.period
    assert period is not None
    measure = textwrap.shorten(figure.measure, 50, placeholder=ELLIPSIS)
    words = f"{measure}: {figure.text}" if with_measure else figure.text
    notes = [] if figure.basis is hb.Basis.REPORTED else [figure.basis.value]
    if not period.is_stated:
        notes.append("date inferred")
    if figure.inferred is not None:
        notes.append("number inferred")
    when = period.format() + (f" ({', '.join(notes)})" if notes else "")
    return f"{words}\n{when}"


def source_line(brief: hb.Brief, undated: int, *, bounds: bool = False) -> str:
    """The credit at the foot of the chart: the page, what is left out, how to read *bounds*."""
    source = brief.source
    credit = (
        f"Source: \u201c{source.title}\u201d, {source.publisher}, {source.bureau}"
        f" ({source.bureau_acronym}),\n{source.url}. Figures as the text gives them"
    )
    if undated:
        those = "figure" if undated == 1 else "figures"
        verb = "is" if undated == 1 else "are"
        credit = f"{credit}; {undated} {those} the text does not date {verb} not shown"
    if bounds:
        credit = f"{credit}.\n{READING}"
    return f"{credit}."


def titles(brief: hb.Brief) -> tuple[str, str | None]:
    """
    The headline and the deck under it: what the figures show.

    The shipped brief's are written (a headline is an editor's judgement, and
    the tests hold each of its numbers to the text); any other brief gets a
    plain headline naming its page, and no deck.
    """
    if dated_figures(brief) == dated_figures(hb.BRIEF):
        return HEADLINE, DECK
    source = brief.source
    return f"What \u201c{source.title}\u201d dates: {len(dated_figures(brief))} figures", None


def time_axis(periods: list[hb.DateRange]) -> tuple[dt.date, dt.date]:
    """
    Where the time axis starts and ends: whole years, from the first day the data gives.

    A period open on a side gives only the date it has; the axis keeps 90
    days of room on its open side, for the line that fades into it.
    """
    firsts: list[dt.date] = []
    lasts: list[dt.date] = []
    for period in periods:
        start, end = period.start, period.end
        if start is None:
            assert end is not None  # a range is never open on both sides
            start = end - ROOM_BEFORE
        firsts.append(start)
        lasts.append(end if end is not None else start + ROOM_BEFORE)
    return dt.date(min(firsts).year, 1, 1), dt.date(max(lasts).year + 1, 1, 1)


def tick(unit: hb.Unit, value: float) -> str:
    """A value on a panel's axis, in the panel's unit."""
    if unit is hb.Unit.US_DOLLARS:
        return f"${value / 1e6:,.0f} million" if value else "$0"
    if unit is hb.Unit.PERCENT:
        return f"{value:g}%"
    return f"{value:,g}"


def kind(figure: hb.Quantity) -> set[str]:
    """The ways *figure* is drawn: the keys of KINDS its mark needs."""
    period = figure.period
    assert period is not None
    if figure.qualifier is hb.Qualifier.BETWEEN:
        return {"range"}
    if figure.low is None and figure.high is None:  # "many": words on the axis, no mark
        return set()
    hollow = figure.basis is hb.Basis.PROJECTED
    kinds = {"projected"} if hollow else set()
    if period.start is not None and period.end is not None:
        kinds.add("projected" if hollow else "figure")
    if period.start is None:
        kinds.add("open-start")
    if period.end is None:
        kinds.add("open-end")
    if figure.qualifier in LOW_ONLY:
        kinds.add("lower-bound")
    if figure.qualifier in HIGH_ONLY:
        kinds.add("upper-bound")
    return kinds


def _fade(ax: Axes, at: tuple[float, float], length: float, gid: str, *, dashed: bool) -> None:
    """A line from *at* running *length* along the time axis, fading out."""
    from matplotlib.collections import LineCollection

    x, y = at
    pieces = [
        [(x + length * i / STEPS, y), (x + length * (i + 1) / STEPS, y)] for i in range(STEPS)
    ]
    fading = LineCollection(
        pieces,
        colors=[(*_rgb(INK), 1 - i / STEPS) for i in range(STEPS)],
        linewidths=3,
        linestyles="--" if dashed else "-",
        capstyle="butt",
    )
    fading.set_gid(gid)
    ax.add_collection(fading, autolim=False)


def _rgb(colour: str) -> tuple[float, float, float]:
    from matplotlib.colors import to_rgb

    return to_rgb(colour)


def _arrow(ax: Axes, x: float, tail: float, head: float, gid: str) -> None:
    """An arrow at *x* from *tail* to *head*, in data units: it ends exactly there."""
    arrow = ax.annotate(
        "",
        xy=(x, head),
        xytext=(x, tail),
        arrowprops={
            "arrowstyle": "-|>",
            "color": INK,
            "linewidth": 2,
            "shrinkA": 7,  # clear of the dot
            "shrinkB": 0,  # the head's tip on the limit, not past it
            "mutation_scale": 14,
        },
        annotation_clip=False,
    )
    arrow.set_gid(gid)


def _mark(
    ax: Axes, figure: hb.Quantity, edges: tuple[float, float], limits: tuple[float, float]
) -> tuple[float, float]:
    """Draw one figure on *ax*; return where its label goes."""
    import matplotlib.dates as mdates
    from matplotlib.patches import Rectangle

    period = figure.period
    assert period is not None
    left, right = edges
    x0 = None if period.start is None else float(mdates.date2num(period.start))
    x1 = None if period.end is None else float(mdates.date2num(period.end + ONE_DAY))
    # The dot sits in the middle of the days the figure holds for; where one
    # side is open, on the date the text gives.
    x = x1 if x0 is None else x0 if x1 is None else (x0 + x1) / 2
    assert x is not None  # a range is never open on both sides
    hollow = figure.basis is hb.Basis.PROJECTED
    gid = figure.id
    if figure.qualifier is hb.Qualifier.BETWEEN:
        assert figure.low is not None and figure.high is not None
        assert x0 is not None and x1 is not None  # the text's ranges have both dates
        low, high = float(figure.low), float(figure.high)
        box = Rectangle(
            (x0, low),
            x1 - x0,
            high - low,
            facecolor="none" if hollow else INK,
            alpha=0.35,
            edgecolor=INK,
            hatch="///" if hollow else None,
        )
        box.set_gid(f"{gid}:range")
        ax.add_patch(box)
        half = (high - low) / 2
        bars = ax.errorbar(
            x,
            low + half,
            yerr=[[half], [half]],
            fmt="none",
            ecolor=INK,
            elinewidth=2.5,
            capsize=8,
            capthick=2.5,
        )
        bars.lines[2][0].set_gid(f"{gid}:bounds")
        return x, low + half
    bound = figure.low if figure.low is not None else figure.high
    if bound is None:  # "about", "some", "many": no number to place
        return x, 0
    y = float(bound)
    style = "--" if hollow else "-"
    if x0 is not None and x1 is not None:
        (line,) = ax.plot([x0, x1], [y, y], color=INK, linewidth=3, linestyle=style)
        line.set_gid(f"{gid}:period")
    # An open side fades out over FADE points of the axis: days the text
    # neither gives nor rules out, never a line from the axis's edge.
    per_point = (right - left) / (ax.get_position().width * WIDTH * 72)
    if x0 is None:
        _fade(ax, (x, y), -FADE * per_point, f"{gid}:open-start", dashed=hollow)
    if x1 is None:
        _fade(ax, (x, y), FADE * per_point, f"{gid}:open-end", dashed=hollow)
    (dot,) = ax.plot(
        [x],
        [y],
        marker="o",
        markersize=9,
        color=INK,
        linestyle="none",
        markerfacecolor="white" if hollow else INK,
        markeredgewidth=2,
        zorder=3,
    )
    dot.set_gid(f"{gid}:value")
    if figure.qualifier in LOW_ONLY:
        _arrow(ax, x, y, limits[1], f"{gid}:open-above")
    if figure.qualifier in HIGH_ONLY:
        _arrow(ax, x, y, limits[0], f"{gid}:open-below")
    return x, y


def _key(kind: str, box: tuple[float, float, float, float], trans: Transform) -> list[Artist]:
    """The artists of one legend key, drawn as the chart draws that kind of mark."""
    from matplotlib.collections import LineCollection
    from matplotlib.lines import Line2D
    from matplotlib.patches import FancyArrowPatch, Rectangle

    x0, y0, width, height = box
    middle, centre = y0 + height / 2, x0 + width / 2
    dot: dict[str, Any] = {
        "marker": "o",
        "markersize": 7,
        "markeredgewidth": 2,
        "color": INK,
        "transform": trans,
    }
    if kind == "range":
        return [
            Rectangle(
                (centre - 4, y0 - 2),
                8,
                height + 4,
                facecolor=INK,
                alpha=0.35,
                edgecolor=INK,
                transform=trans,
            ),
            Line2D(
                [centre] * 2, [y0 - 2, y0 + height + 2], color=INK, linewidth=2.5, transform=trans
            ),
            Line2D(
                [centre - 5, centre + 5], [y0 - 2] * 2, color=INK, linewidth=2.5, transform=trans
            ),
            Line2D(
                [centre - 5, centre + 5],
                [y0 + height + 2] * 2,
                color=INK,
                linewidth=2.5,
                transform=trans,
            ),
        ]
    if kind in {"lower-bound", "upper-bound"}:
        up = kind == "lower-bound"
        tail, head = (y0, y0 + height + 5) if up else (y0 + height, y0 - 5)
        arrow = FancyArrowPatch(
            (centre, tail), (centre, head), arrowstyle="-|>", mutation_scale=10,
            color=INK, linewidth=1.5, shrinkA=4, shrinkB=0, transform=trans,
        )  # fmt: skip
        return [arrow, Line2D([centre], [tail], **{**dot, "markersize": 5})]
    if kind in {"open-start", "open-end"}:
        end, start = (x0 + width, x0) if kind == "open-start" else (x0, x0 + width)
        pieces = [
            [
                (end + (start - end) * i / STEPS, middle),
                (end + (start - end) * (i + 1) / STEPS, middle),
            ]
            for i in range(STEPS)
        ]
        fading = LineCollection(
            pieces, colors=[(*_rgb(INK), 1 - i / STEPS) for i in range(STEPS)],
            linewidths=3, capstyle="butt", transform=trans,
        )  # fmt: skip
        return [fading, Line2D([end], [middle], **dot)]
    hollow = kind == "projected"
    return [
        Line2D(
            [x0, x0 + width],
            [middle] * 2,
            color=INK,
            linewidth=3,
            linestyle="--" if hollow else "-",
            transform=trans,
        ),
        Line2D([centre], [middle], markerfacecolor="white" if hollow else INK, **dot),
    ]


def _legend(fig: Figure, kinds: set[str], top: float) -> Legend:
    """A key to each way of drawing a figure that the chart uses, and no other."""
    from matplotlib.legend_handler import HandlerBase
    from matplotlib.patches import Patch

    class Handler(HandlerBase):
        def create_artists(  # noqa: PLR0913, PLR0917 -- matplotlib's signature
            self, legend: Legend, orig_handle: Any, xdescent: float, ydescent: float,
            width: float, height: float, fontsize: float, trans: Transform,
        ) -> Sequence[Artist]:  # fmt: skip
            del legend, fontsize
            box = (-xdescent, -ydescent, width, height)
            return _key(orig_handle.get_gid(), box, trans)

    handles = []
    for name, text in KINDS.items():
        if name in kinds:
            handle = Patch(label=text)
            handle.set_gid(name)
            handles.append(handle)
    legend = fig.legend(
        handles=handles,
        handler_map={Patch: Handler()},
        loc="upper left",
        bbox_to_anchor=(0.005, top),
        ncol=3,
        fontsize=LABEL_SIZE,
        frameon=False,
        columnspacing=2.5,
        handlelength=2.6,
        handletextpad=1.0,
        labelspacing=0.9,
    )
    legend.set_gid("legend")
    return legend


def _panel(
    ax: Axes, unit: hb.Unit, members: list[hb.Quantity], edges: tuple[float, float]
) -> set[str]:
    """Draw the figures of one unit on *ax*, each labelled; return the kinds drawn."""
    from matplotlib.ticker import FixedLocator, FuncFormatter, MaxNLocator

    ax.set_xlim(*edges)
    several = len({q.measure for q in members}) > 1
    name = UNITS.get(unit, unit.value)
    title = f"counts of {name}" if several else f"{members[0].measure} ({name})"
    ax.set_title(textwrap.fill(title[0].upper() + title[1:], 110), loc="left", fontsize=10.5)
    bounds = [float(b) for q in members for b in (q.low, q.high) if b is not None]
    points = ax.get_position().height * ax.get_figure().get_figheight() * 72  # type: ignore[union-attr]
    # A share is never more than all of it: its axis stops just past 100%,
    # and an open upper side runs to 100%, not to the top of the panel.
    share = unit is hb.Unit.PERCENT and all(b <= WHOLE for b in bounds)
    if share:
        top = WHOLE * points / (points - HEADROOM)
        limits = (0.0, WHOLE)
    else:
        top = (max(bounds, default=0) or 1) * points / (points - ROOM)
        limits = (0.0, top)
    ax.set_ylim(0, top)
    kinds: set[str] = set()
    for q in members:
        x, y = _mark(ax, q, edges, limits)
        kinds |= kind(q)
        text = label(q, with_measure=several)
        # A label stands beside the dot on the side with room (leftwards once
        # past the axis's middle), just above its line, or below it where
        # the panel has no room above.
        rightwards = (x - edges[0]) / (edges[1] - edges[0]) < MIDDLE
        between = q.qualifier is hb.Qualifier.BETWEEN
        tall = LABEL_SIZE * LEADING * (text.count("\n") + 1) + 6
        above = y / top * points + tall <= points
        note = ax.annotate(
            text,
            xy=(x, y),
            xytext=(10 if rightwards else -10, 0 if between else 4 if above else -6),
            textcoords="offset points",
            ha="left" if rightwards else "right",
            va="center" if between else "bottom" if above else "top",
            fontsize=LABEL_SIZE,
            linespacing=LEADING,
            parse_math=False,
        )
        note.set_gid(f"{q.id}:label")
    if share:
        ax.yaxis.set_major_locator(FixedLocator([0, 25, 50, 75, 100]))
    else:
        ax.yaxis.set_major_locator(MaxNLocator(4))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: tick(unit, v)))
    ax.grid(axis="y", color="#dddddd", linewidth=0.8)
    ax.grid(axis="x", which="major", color="#bbbbbb", linewidth=0.8)
    ax.spines[["top", "right"]].set_visible(False)
    ax.tick_params(labelsize=9)
    return kinds


def _time_ticks(ax: Axes, first: dt.date, last: dt.date) -> None:
    """Quarters on the time axis, years between long ticks, each named under its middle."""
    import matplotlib.dates as mdates
    from matplotlib.ticker import NullFormatter

    ax.xaxis.set_major_locator(mdates.YearLocator())
    ax.xaxis.set_major_formatter(NullFormatter())
    ax.xaxis.set_minor_locator(mdates.MonthLocator(bymonth=(1, 4, 7, 10)))
    ax.xaxis.set_minor_formatter(mdates.DateFormatter("%b"))
    ax.tick_params(axis="x", which="major", length=30)
    # A year's name stands under the middle of its part of the axis, so no
    # label sits on the edge where the data ends.
    for year in range(first.year, (last - ONE_DAY).year + 1):
        shown = max(first, dt.date(year, 1, 1)), min(last, dt.date(year + 1, 1, 1))
        middle = (float(mdates.date2num(shown[0])) + float(mdates.date2num(shown[1]))) / 2
        name = ax.annotate(
            str(year),
            xy=(middle, 0),
            xycoords=("data", "axes fraction"),
            xytext=(0, -20),
            textcoords="offset points",
            ha="center",
            va="top",
            fontsize=10,
            fontweight="bold",
        )
        name.set_gid(f"year:{year}")


def draw(brief: hb.Brief) -> Figure:
    """
    Build the chart of *brief*'s dated figures as a matplotlib Figure.

    Raises:
        ValueError: If *brief* has no dated figure to chart.
    """
    import matplotlib.dates as mdates
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figures = dated_figures(brief)
    if not figures:
        msg = "the brief has no dated figure to chart: no quantity has a period"
        raise ValueError(msg)
    panels: dict[hb.Unit, list[hb.Quantity]] = {}
    for figure in figures:
        panels.setdefault(figure.unit, []).append(figure)
    first, last = time_axis([q.period for q in figures if q.period is not None])
    edges = float(mdates.date2num(first)), float(mdates.date2num(last))
    headline, deck = titles(brief)

    height = PANEL * len(panels) + HEAD + FOOT
    fig = Figure(figsize=(WIDTH, height), dpi=100)
    FigureCanvasAgg(fig)  # renders the PNG, and lets a test measure the text
    fig.subplots_adjust(
        left=0.11, right=0.97, top=1 - (HEAD + 0.35) / height, bottom=FOOT / height, hspace=0.7
    )
    axes = fig.subplots(len(panels), 1, sharex=True, squeeze=False)[:, 0]
    kinds: set[str] = set()
    for ax, (unit, members) in zip(axes, panels.items(), strict=True):
        kinds |= _panel(ax, unit, members, edges)
    _time_ticks(axes[-1], first, last)
    inch = 1 / height  # one inch of the figure's height, as a fraction of it
    title = fig.text(0.01, 1 - 0.2 * inch, headline, fontsize=16, fontweight="bold", va="top")
    title.set_gid("title")
    if deck is not None:
        words = fig.text(
            0.01,
            1 - 0.55 * inch,
            textwrap.fill(deck, 125),
            fontsize=10.5,
            va="top",
            linespacing=1.35,
            parse_math=False,
        )
        words.set_gid("deck")
    _legend(fig, kinds, 1 - (1.2 if deck is not None else 0.6) * inch)
    undated = len(brief.quantities) - len(figures)
    credit = fig.text(
        0.01,
        0.1 * inch,
        source_line(brief, undated, bounds=bool(kinds & {"lower-bound", "upper-bound"})),
        fontsize=8.5,
        color=GREY,
        linespacing=1.4,
        parse_math=False,
    )
    credit.set_gid("source")
    return fig


def write(fig: Figure, out: Path) -> None:
    """
    Write *fig* to *out*: SVG with its words as text, or PNG at 200 dpi.

    Raises:
        ValueError: If *out* ends neither in ``.svg`` nor in ``.png``.
    """
    import matplotlib as mpl

    form = FORMATS.get(out.suffix.lower())
    if form is None:
        msg = f"{out}: the chart is written as .svg or .png"
        raise ValueError(msg)
    title = next((t.get_text() for t in fig.texts if t.get_gid() == "title"), "")
    # Text stays text in the SVG, so an editor can set it in the house font;
    # no date and a fixed salt, so the same chart writes the same bytes.
    with mpl.rc_context({"svg.fonttype": "none", "svg.hashsalt": "honduras-brief"}):
        if form == "svg":
            fig.savefig(out, format="svg", metadata={"Title": title, "Date": None})
        else:
            fig.savefig(out, format="png", dpi=DPI, metadata={"Title": title})


def main(argv: list[str] | None = None) -> int:
    """Draw the shipped brief's chart into ``-o FILE``, or into output/ as SVG and PNG."""
    try:
        import matplotlib as mpl  # noqa: F401 -- checked first: without it nothing can be done
    except ModuleNotFoundError as missing:
        if missing.name is None or missing.name.partition(".")[0] != "matplotlib":
            raise
        sys.stderr.write(
            "chart.py needs the plot extra (matplotlib); from the repository's root:"
            " python -m pip install '.[plot]'\n"
        )
        return 1
    parser = argparse.ArgumentParser(
        prog="chart.py", description="Chart every dated figure of the Honduras brief."
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        type=Path,
        help="the file to write: FILE.svg, or FILE.png at 200 dpi"
        f" (default: {DEFAULTS[0]} and {DEFAULTS[1]})",
    )
    out = parser.parse_args(argv).output
    if out is not None and out.suffix.lower() not in FORMATS:
        parser.error(f"-o {out}: the chart is written as .svg or .png, so FILE must end in one")
    fig = draw(hb.BRIEF)
    paths = DEFAULTS if out is None else (out,)
    for path in paths:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write(fig, path)
        except OSError as error:
            sys.stderr.write(f"chart.py: cannot write {path}: {error.strerror or error}\n")
            return 1
    try:
        for path in paths:
            print(f"wrote {path}", flush=True)
    except BrokenPipeError:
        # The reader went away (``| head``): the chart is written; stop
        # quietly, and keep Python from complaining when it flushes at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141  # as the package's command line does, and a shell after SIGPIPE
    return 0


if __name__ == "__main__":
    sys.exit(main())
