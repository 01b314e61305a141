"""Export the brief's figures to CSV and, with the pandas extra, a DataFrame.

Run: ``python examples/export.py [OUTPUT_DIR]``; it writes into ``output/`` unless
told where. The DataFrame needs the ``pandas`` extra (pandas and pyarrow): from
the repository's root, ``python -m pip install '.[pandas]'``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import honduras_brief as hb

DEFAULT = Path("output")


def main(out_dir: Path) -> None:
    """Write the CSV into *out_dir*, creating it if need be, and show the DataFrame."""
    out_dir.mkdir(parents=True, exist_ok=True)
    csv_path = out_dir / "honduras-figures.csv"
    csv_path.write_text(hb.to_csv(hb.BRIEF), encoding="utf-8")
    print(f"wrote {len(hb.to_records(hb.BRIEF))} figures to {csv_path}")

    try:
        frame = hb.to_dataframe(hb.BRIEF)
    except ModuleNotFoundError:
        sys.exit(
            "the DataFrame needs the pandas extra (pandas, pyarrow); from the repository's root:"
            " python -m pip install '.[pandas]'"
        )
    people = frame[frame["unit"] == "persons"][["figure_id", "qualifier", "low", "high"]]
    print(people.to_string(index=False))
    print(frame.dtypes[["low", "period_start", "unit"]].to_string())


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Export the brief's figures.")
    parser.add_argument(
        "out_dir",
        nargs="?",
        type=Path,
        default=DEFAULT,
        help=f"the folder to write honduras-figures.csv into (default: {DEFAULT}/)",
    )
    main(parser.parse_args().out_dir)
