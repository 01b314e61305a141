"""The examples run as a newcomer would run them, and say what they should."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

EXAMPLES = Path(__file__).parents[1] / "examples"


def run(name: str) -> str:
    """Run an example in a fresh interpreter and return what it printed."""
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / name)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    return done.stdout


def test_quickstart_tours_the_brief() -> None:
    """The quickstart prints the challenges, the homicide figures and Neptune, quoted."""
    out = run("quickstart.py")
    assert "CHALLENGES\n  [drug-transit] Honduras as a transit country for drugs" in out
    assert "  2012: 85.5 (reported)\n  2013: 80 (projected)" in out
    assert "computed change: -6.4327 percent, -6.4 at the text's precision" in out
    assert "a 6.4 percent decrease -> agrees: True" in out
    assert "when:    September 19-26, 2013 (8 days)" in out
    assert "inferred: The text gives the month and days but no year" in out
    assert "worth:   $500 to $800 million" in out
    assert "target:  Los Cachiros" in out
    assert '"Honduras suffers from violence and a high homicide rate."' in out
