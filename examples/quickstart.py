"""A short printed tour of honduras_brief: run ``python examples/quickstart.py``."""

from __future__ import annotations

import os
import sys
import textwrap
from decimal import ROUND_HALF_UP, Decimal

import honduras_brief as hb

WIDTH = 80  # columns: every line fits a terminal of the usual size


def quoted(citation: hb.Citation) -> str:
    """A quote, wrapped, with the place it stands in the source text."""
    where = f"{citation.section.value}, characters {citation.start}-{citation.end}"
    words = textwrap.fill(
        f'"{citation.quote}"', WIDTH, initial_indent="    ", subsequent_indent="     "
    )
    return f"{words}\n    ({where})"


def line(label: str, text: str) -> str:
    """*text* after *label*, wrapped, its later lines under its first word."""
    return textwrap.fill(text, WIDTH, initial_indent=label, subsequent_indent=" " * len(label))


def main() -> None:
    """Print the tour."""
    source = hb.SOURCE
    print(source.publisher)
    print(f"{source.bureau} ({source.bureau_acronym})")
    print(f"{source.title}, reporting on {source.years[0]}-{source.years[-1]}")
    print(f"sha256 {source.sha256}\n")

    print("CHALLENGES")
    for challenge in hb.CHALLENGES:
        print(line(f"  [{challenge.id}] ", challenge.title))
        print(quoted(challenge.citations[0]))
    print()

    print("HOMICIDE RATE (per 100,000 population)")
    old, new, stated = hb.HOMICIDE_RATE_2012, hb.HOMICIDE_RATE_2013, hb.HOMICIDE_RATE_DECREASE
    for rate in (old, new):
        assert rate.period is not None and rate.value is not None
        print(f"  {rate.period}: {rate.value} ({rate.basis.value})")
    assert old.value is not None and new.value is not None and stated.value is not None
    change = hb.percent_change(old.value, new.value)
    rounded = change.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    print(f"  computed change: {change:.4f} percent, {rounded} at the text's precision")
    print(f"  the text says:   a {stated.text} decrease -> agrees: {-rounded == stated.value}")
    assert old.citation is not None
    print(quoted(old.citation))
    print()

    neptune = hb.OPERATION_NEPTUNE
    value = neptune.seized_value
    assert value is not None and value.low and value.high
    seizure = value.period  # the text dates the seizure, not the whole operation
    assert seizure is not None and seizure.start is not None and seizure.end is not None
    print(neptune.name.upper())
    print(f"  seized:  {seizure.start:%B %d}-{seizure.end:%d, %Y} ({seizure.days} days)")
    print(line("           ", f"inferred: {(seizure.inferred or '').split('.')[0]}"))
    print(line("  assets:  ", ", ".join(kind.value for kind in neptune.assets_seized)))
    low, high = value.low / 1_000_000, value.high / 1_000_000
    print(line("  worth:   ", f'${low:,.0f} to ${high:,.0f} million ("{value.text}")'))
    print(line("  target:  ", f"{', '.join(a.name for a in neptune.targets)} (inferred)"))
    print(line("  with:    ", ", ".join(actor.name for actor in neptune.participants)))
    print(quoted(neptune.citations[0]))


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
