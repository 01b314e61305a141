"""The homicide figures and the brief's stated change, checked.

Run: ``python examples/homicide_change.py``
"""

from __future__ import annotations

import os
import sys

import honduras_brief as hb


def main() -> None:
    """Print the figures, their change, and the check of the stated one."""
    old, new, stated = hb.HOMICIDE_RATE_2012, hb.HOMICIDE_RATE_2013, hb.HOMICIDE_RATE_DECREASE
    for rate in (old, new):
        assert rate.period is not None
        print(f"{rate.period.format()}: {rate.text} ({rate.basis.value})")

    exact = hb.percent_change(old, new)
    print(f"exact change: {exact.low} percent")
    print(f"in words:     {hb.describe_change(old, new).text}")

    assert stated.value is not None and stated.citation is not None
    check = hb.check_change(old, new, stated=-stated.value)
    print(f"the text says: a {stated.text} decrease -> {'agrees' if check.agrees else 'DISAGREES'}")
    print(f"               (computed {check.rounded} at {check.places} decimal place)")
    start, end = stated.span or (0, 0)
    print(f"quoted from characters {start}-{end}: {hb.SOURCE_TEXT[start:end]!r}")


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
