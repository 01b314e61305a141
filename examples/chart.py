"""A chart of every dated figure in the brief: one panel per unit, one time axis.

Each figure is drawn as the text gives it and no more. A figure holds over
its period, so it is a line across those days at its value, with a dot for
the figure. A range ("between $500 and $800 million") is a box from its low
bound to its high bound; an open bound ("more than 80 percent") is an arrow
pointing where the text sets no limit. A projected figure is hollow, an
inferred date is dotted, and a period open at its start ("by the end of the
first half of 2013") runs to the left edge. The time axis ends where the data
ends. Figures the text does not date have no place on a time axis: the source
line counts them.

Needs the ``plot`` extra (matplotlib): from the repository's root,
``python -m pip install '.[plot]'``.

Run: ``python examples/chart.py [OUT.png]``; it writes ``output/honduras-brief.png``
unless told where. ``draw(brief)`` builds the figure without writing it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING, Any

import honduras_brief as hb

if TYPE_CHECKING:
    from matplotlib.artist import Artist
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

DEFAULT = Path("output", "honduras-brief.png")
DPI = 100
WIDTH = 11  # inches
PANEL = 2.2  # inches of height a panel takes, its title and gap included
MARGINS = 2.3  # inches of height for the title, the time axis, the legend and the source

# Okabe and Ito's palette, which readers with any common colour blindness
# tell apart; each label also says the basis, so colour is never the only cue.
COLOURS = {
    hb.Basis.REPORTED: "#0072B2",  # blue
    hb.Basis.ESTIMATED: "#009E73",  # bluish green
    hb.Basis.PROJECTED: "#D55E00",  # vermillion
}
GREY = "#555555"
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
ARROW = 24  # points: how far an open bound's arrow reaches
ROOM = 36  # points above the highest mark, for its arrow or its two-line label
MIDDLE = 0.6  # past this share of the time axis, a label stands left of its mark
WHOLE = 100  # percent: a percent axis that reaches it is ticked in quarters
ONE_DAY = dt.timedelta(days=1)
ELLIPSIS = " \u2026"  # where a long measure is cut short
FAR = dt.timedelta(days=365)  # room for a period open on a side to be seen running on


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


def source_line(brief: hb.Brief, undated: int) -> str:
    """The credit at the foot of the chart: the page, and what is left out."""
    source = brief.source
    credit = (
        f"Source: \u201c{source.title}\u201d, {source.publisher}, {source.bureau}"
        f" ({source.bureau_acronym}),\n{source.url}. Figures as the text gives them"
    )
    if undated == 0:
        return f"{credit}."
    those = "figure" if undated == 1 else "figures"
    verb = "is" if undated == 1 else "are"
    return f"{credit}; {undated} {those} the text does not date {verb} not shown."


def time_axis(periods: list[hb.DateRange]) -> tuple[dt.date, dt.date]:
    """
    Where the time axis starts and ends: the first day and the day after the last.

    A period open on a side runs to that edge, which then stands at least
    365 days from the date it has, so that its line is seen to run on.
    """
    firsts: list[dt.date] = []
    lasts: list[dt.date] = []
    for period in periods:
        start, end = period.start, period.end
        if start is None:
            assert end is not None  # a range is never open on both sides
            start = end + ONE_DAY - FAR
        firsts.append(start)
        lasts.append(start + FAR if end is None else end + ONE_DAY)
    return min(firsts), max(lasts)


def tick(unit: hb.Unit, value: float) -> str:
    """A value on a panel's axis, in the panel's unit."""
    if unit is hb.Unit.US_DOLLARS:
        return f"${value / 1e6:,.0f} million" if value else "$0"
    if unit is hb.Unit.PERCENT:
        return f"{value:g}%"
    return f"{value:,g}"


def _mark(ax: Axes, figure: hb.Quantity, edges: tuple[float, float]) -> tuple[float, float, float]:
    """Draw one figure on *ax*; return where its label goes and its highest point."""
    import matplotlib.dates as mdates
    from matplotlib.patches import Rectangle

    period = figure.period
    assert period is not None
    left, right = edges
    x0 = left if period.start is None else float(mdates.date2num(period.start))
    x1 = right if period.end is None else float(mdates.date2num(period.end + ONE_DAY))
    # The dot sits in the middle of the days the figure holds for; where one
    # side is open, on the side the text gives.
    x = x1 if period.start is None else x0 if period.end is None else (x0 + x1) / 2
    colour = COLOURS[figure.basis]
    hollow = figure.basis is hb.Basis.PROJECTED
    style = "-" if period.is_stated else ":"
    gid = figure.id
    if figure.qualifier is hb.Qualifier.BETWEEN:
        assert figure.low is not None and figure.high is not None
        low, high = float(figure.low), float(figure.high)
        box = Rectangle(
            (x0, low),
            x1 - x0,
            high - low,
            facecolor="none" if hollow else colour,
            alpha=0.4,
            edgecolor=colour,
            linestyle=style,
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
            ecolor=colour,
            elinewidth=2.5,
            capsize=8,
            capthick=2.5,
        )
        bars.lines[2][0].set_gid(f"{gid}:bounds")
        return x, low + half, high
    bound = figure.low if figure.low is not None else figure.high
    if bound is None:  # "about", "some", "many": no number to place
        return x, 0, 0
    y = float(bound)
    (line,) = ax.plot([x0, x1], [y, y], color=colour, linewidth=3, linestyle=style)
    line.set_gid(f"{gid}:period")
    shape = "^" if figure.qualifier in LOW_ONLY else "v" if figure.qualifier in HIGH_ONLY else "o"
    (dot,) = ax.plot(
        [x],
        [y],
        marker=shape,
        markersize=9,
        color=colour,
        linestyle="none",
        markerfacecolor="white" if hollow else colour,
        markeredgewidth=2,
    )
    dot.set_gid(f"{gid}:value")
    if figure.qualifier in LOW_ONLY or figure.qualifier in HIGH_ONLY:
        up = figure.qualifier in LOW_ONLY
        arrow = ax.annotate(
            "",
            xy=(x, y),
            xytext=(0, ARROW if up else -ARROW),
            textcoords="offset points",
            arrowprops={
                "arrowstyle": "<|-",
                "color": colour,
                "linewidth": 2,
                "shrinkA": 0,
                "shrinkB": 6,
                "mutation_scale": 14,
            },
        )
        arrow.set_gid(f"{gid}:open-{'above' if up else 'below'}")
    for side, where, pointer in (("start", left, "<"), ("end", right, ">")):
        if getattr(period, side) is None:
            (edge,) = ax.plot(
                [where],
                [y],
                marker=pointer,
                markersize=10,
                color=colour,
                linestyle="none",
                clip_on=False,
            )
            edge.set_gid(f"{gid}:open-{side}")
    return x, y, y


def _legend(figures: list[hb.Quantity]) -> list[Artist]:
    """A key to each way of drawing a figure that the chart uses, and no other."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    def key(text: str, **style: Any) -> Line2D:
        style = {"linestyle": "none", "markersize": 8, **style}
        return Line2D([], [], color=GREY, label=text, **style)

    periods = [q.period for q in figures if q.period is not None]
    qualifiers = {q.qualifier for q in figures}
    keys: list[Artist] = []
    for basis in (b for b in hb.Basis if any(q.basis is b for q in figures)):
        hollow = basis is hb.Basis.PROJECTED
        colour = COLOURS[basis]
        keys.append(
            Line2D(
                [],
                [],
                color=colour,
                marker="o",
                markersize=8,
                linewidth=3,
                markeredgewidth=2,
                markerfacecolor="white" if hollow else colour,
                label=f"{basis.value} (hollow)" if hollow else basis.value,
            )
        )
    shapes: list[tuple[bool, Artist]] = [
        (
            hb.Qualifier.BETWEEN in qualifiers,
            Patch(facecolor=GREY, alpha=0.4, edgecolor=GREY, label="a range: between its bounds"),
        ),
        (
            bool(qualifiers & LOW_ONLY),
            key("\u2191 a lower bound only (\u201cmore than\u201d)", marker="^"),
        ),
        (
            bool(qualifiers & HIGH_ONLY),
            key("\u2193 an upper bound only (\u201calmost\u201d)", marker="v"),
        ),
        (
            any(not p.is_stated for p in periods),
            key("date inferred, not stated", linestyle=":", linewidth=3),
        ),
        (
            any(p.start is None for p in periods),
            key("open start: the text gives only the end", marker="<"),
        ),
        (
            any(p.end is None for p in periods),
            key("open end: the text gives only the start", marker=">"),
        ),
    ]
    return keys + [shape for shown, shape in shapes if shown]


def _panel(
    ax: Axes, unit: hb.Unit, members: list[hb.Quantity], edges: tuple[float, float], inches: float
) -> None:
    """Draw the figures of one unit on *ax*, a figure *inches* high, each labelled."""
    from matplotlib.ticker import FixedLocator, FuncFormatter, MaxNLocator

    ax.set_xlim(*edges)
    several = len({q.measure for q in members}) > 1
    title = f"counts of {UNITS[unit]}" if several else f"{members[0].measure} ({UNITS[unit]})"
    ax.set_title(textwrap.fill(title[0].upper() + title[1:], 110), loc="left", fontsize=10.5)
    tops = [0.0]
    for q in members:
        x, y, top = _mark(ax, q, edges)
        tops.append(top)
        # A label stands just above its mark's line, beside the dot, on the
        # side with room: leftwards once past the axis's middle.
        rightwards = (x - edges[0]) / (edges[1] - edges[0]) < MIDDLE
        between = q.qualifier is hb.Qualifier.BETWEEN
        note = ax.annotate(
            label(q, with_measure=several),
            xy=(x, y),
            xytext=(10 if rightwards else -10, 0 if between else 4),
            textcoords="offset points",
            ha="left" if rightwards else "right",
            va="center" if between else "bottom",
            fontsize=9,
            linespacing=1.3,
            parse_math=False,
        )
        note.set_gid(f"{q.id}:label")
    # The highest mark stands ROOM points below the top of the panel.
    points = ax.get_position().height * inches * 72
    ax.set_ylim(0, (max(tops) or 1) * points / (points - ROOM))
    if unit is hb.Unit.PERCENT and ax.get_ylim()[1] >= WHOLE:
        ax.yaxis.set_major_locator(FixedLocator([0, 25, 50, 75, 100]))
    else:
        ax.yaxis.set_major_locator(MaxNLocator(4))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: tick(unit, v)))
    ax.grid(axis="y", color="#dddddd", linewidth=0.8)
    ax.grid(axis="x", which="major", color="#bbbbbb", linewidth=0.8)
    ax.spines[["top", "right"]].set_visible(False)
    ax.tick_params(labelsize=9)


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

    height = PANEL * len(panels) + MARGINS
    fig = Figure(figsize=(WIDTH, height), dpi=DPI)
    FigureCanvasAgg(fig)  # renders the PNG, and lets a test measure the text
    fig.subplots_adjust(
        left=0.11, right=0.97, top=1 - 1.05 / height, bottom=1.55 / height, hspace=0.7
    )
    axes = fig.subplots(len(panels), 1, sharex=True, squeeze=False)[:, 0]
    for ax, (unit, members) in zip(axes, panels.items(), strict=True):
        _panel(ax, unit, members, edges, height)
    _time_ticks(axes[-1], first, last)
    source = brief.source
    fig.suptitle(
        f"Every dated figure in the {source.bureau_acronym} page on {source.country},"
        f" {source.years[0]}\u2013{source.years[-1]}, one panel per unit",
        x=0.01,
        ha="left",
        fontsize=14,
        fontweight="bold",
    )
    fig.legend(
        handles=_legend(figures),
        loc="lower left",
        bbox_to_anchor=(0.01, 0.5 / height),
        ncol=4,
        fontsize=9,
        frameon=False,
        columnspacing=1.5,
    )
    undated = len(brief.quantities) - len(figures)
    credit = fig.text(
        0.01,
        0.12 / height,
        source_line(brief, undated),
        fontsize=8.5,
        color="#333333",
        linespacing=1.4,
        parse_math=False,
    )
    credit.set_gid("source")
    return fig


def main(out: Path) -> None:
    """Draw the chart of the shipped brief into *out*, creating its folder if need be."""
    fig = draw(hb.BRIEF)
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, dpi=DPI)
    print(f"wrote {out}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Chart every dated figure of the brief.")
    parser.add_argument(
        "out", nargs="?", type=Path, default=DEFAULT, help=f"the PNG to write (default: {DEFAULT})"
    )
    try:
        main(parser.parse_args().out)
    except ModuleNotFoundError as missing:
        if missing.name is None or missing.name.partition(".")[0] != "matplotlib":
            raise
        sys.exit(
            "chart.py needs the plot extra (matplotlib); from the repository's root:"
            " python -m pip install '.[plot]'"
        )
