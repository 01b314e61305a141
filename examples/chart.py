"""A picture of the brief: the homicide rates, and the timeline of dated facts.

Needs the ``plot`` extra (matplotlib): from the repository's root,
``python -m pip install '.[plot]'``.

Run: ``python examples/chart.py [OUT.png]``; it writes ``output/honduras-brief.png``
unless told where.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from timeline import dated_facts

import honduras_brief as hb

LABEL_WIDTH = 45  # characters of a fact's label beside its bar
DEFAULT = Path("output", "honduras-brief.png")


def main(out: Path) -> None:
    """Draw the chart into *out*, creating its folder if need be."""
    import matplotlib as mpl

    mpl.use("Agg")  # draw to a file; no screen needed
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    fig, (rates, timeline) = plt.subplots(
        1, 2, figsize=(12, 4.5), gridspec_kw={"width_ratios": [1, 2]}
    )

    old, new = hb.HOMICIDE_RATE_2012, hb.HOMICIDE_RATE_2013
    assert old.value is not None and new.value is not None
    bars = rates.bar(["2012\nreported", "2013\nprojected"], [float(old.value), float(new.value)],
                     color=["#4c72b0", "#dd8452"], edgecolor="black")  # fmt: skip
    bars[1].set_hatch("//")
    rates.bar_label(bars, labels=[old.text, new.text])
    rates.set_ylabel("homicides per 100,000 population")
    rates.set_ylim(0, 100)
    rates.set_title(f"{hb.describe_change(old, new).text.capitalize()} (hatched: projected)")

    first, last = hb.DateRange.parse("2012").start, hb.DateRange.parse("2014").end
    facts = dated_facts(hb.BRIEF)
    for row, (period, what) in enumerate(facts):
        # A range open on one side ("by the end of the first half of 2013")
        # runs to the edge of the chart on that side.
        start = mdates.date2num(period.start or first)
        width = max(mdates.date2num(period.end or last) - start + 1, 4)
        timeline.barh(row, width, left=start, color="#4c72b0" if period.is_stated else "#dd8452",
                      hatch=None if period.is_stated else "//", edgecolor="black")  # fmt: skip
        timeline.text(
            start + width + 5,
            row,
            what if len(what) < LABEL_WIDTH else what[: LABEL_WIDTH - 1] + "\u2026",
            va="center",
            fontsize=8,
        )
    timeline.set_yticks([])
    timeline.invert_yaxis()
    timeline.xaxis_date()
    timeline.set_xlim(mdates.date2num(first), mdates.date2num(last))
    timeline.set_title("Dated facts (hatched: year inferred)")

    fig.suptitle("Honduras, INL brief 2012\u20132013")
    fig.tight_layout()
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, dpi=100)
    print(f"wrote {out}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Chart the homicide rates and the timeline.")
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
