"""Export the brief's figures to CSV and a pandas DataFrame.

Run: ``python examples/export.py [OUTPUT_DIR]``; it writes into ``output/`` unless
told where. It needs the ``pandas`` extra (pandas and pyarrow): from the
repository's root, ``python -m pip install '.[pandas]'``. Without it, it says
so and writes nothing.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import honduras_brief as hb

DEFAULT = Path("output")
EXTRA = frozenset({"pandas", "pyarrow"})  # what the pandas extra installs


def main(argv: list[str] | None = None) -> int:
    """Write the CSV into the folder given (creating it if need be), and show the DataFrame."""
    parser = argparse.ArgumentParser(description="Export the brief's figures.")
    parser.add_argument(
        "out_dir",
        nargs="?",
        type=Path,
        default=DEFAULT,
        help=f"the folder to write honduras-figures.csv into (default: {DEFAULT}/)",
    )
    out_dir = parser.parse_args(argv).out_dir
    # Checked first: half an export, the CSV without the DataFrame, would
    # look like success.
    try:
        import pandas as pd  # noqa: F401 -- only checked here: to_dataframe imports it
        import pyarrow as pa  # noqa: F401 -- and to_dataframe needs it too
    except ModuleNotFoundError as missing:
        if missing.name is None or missing.name.partition(".")[0] not in EXTRA:
            raise
        sys.stderr.write(
            "export.py needs the pandas extra (pandas, pyarrow); from the repository's root:"
            " python -m pip install '.[pandas]'\n"
        )
        return 1

    out_dir.mkdir(parents=True, exist_ok=True)
    csv_path = out_dir / "honduras-figures.csv"
    csv_path.write_text(hb.to_csv(hb.BRIEF), encoding="utf-8")
    print(f"wrote {len(hb.to_records(hb.BRIEF))} figures to {csv_path}")

    frame = hb.to_dataframe(hb.BRIEF)
    people = frame[frame["unit"] == "persons"][["figure_id", "qualifier", "low", "high"]]
    print(people.to_string(index=False))
    print(frame.dtypes[["low", "period_start", "unit"]].to_string())
    return 0


if __name__ == "__main__":
    try:
        status = main()
        sys.stdout.flush()  # inside the try, so that a closed pipe shows here
    except BrokenPipeError:
        # The reader left (``| head``): say nothing more. Python flushes
        # stdout again at exit, so point it at devnull first (the signal
        # module's note on SIGPIPE), and exit 141, as the package's command
        # line does and a shell reports a process that SIGPIPE ended.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(141)
    sys.exit(status)
