"""A timeline of every dated fact in the brief, stated or inferred.

Run: ``python examples/timeline.py``
"""

from __future__ import annotations

import itertools
import os
import sys
import textwrap

import honduras_brief as hb

WIDTH = 80  # columns: every line fits a terminal of the usual size


def dated_facts(brief: hb.Brief) -> list[tuple[hb.DateRange, str]]:
    """Every (period, what happened or was measured) pair in the brief."""
    facts = [(q.period, q.measure) for q in brief.quantities if q.period is not None]
    facts += [
        (record.period, getattr(record, "title", None) or record.name)
        for record in (*brief.accomplishments, *brief.operations)
        if record.period is not None
    ]
    return sorted(set(facts))


def heading(period: hb.DateRange) -> str:
    """The period in words, and whether the text states it or it is inferred."""
    return f"{period.format()} ({'stated' if period.is_stated else 'inferred'})"


def main() -> None:
    """Print the timeline: each period, then what it dates, one fact a line."""
    # Two records may date the same days in different words of the text:
    # they share one entry of the timeline.
    facts = dated_facts(hb.BRIEF)
    for when, group in itertools.groupby(facts, key=lambda fact: heading(fact[0])):
        print(when)
        for _, what in group:
            print(textwrap.fill(what, WIDTH, initial_indent="  ", subsequent_indent="    "))


if __name__ == "__main__":
    try:
        main()
        sys.stdout.flush()  # inside the try, so that a closed pipe shows here
    except BrokenPipeError:
        # The reader left (``| head``): say nothing more. Python flushes
        # stdout again at exit, so point it at devnull first (the signal
        # module's note on SIGPIPE), and exit 141, as the package's command
        # line does and a shell reports a process that SIGPIPE ended.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(141)
