"""Export the brief's figures to CSV and, with the pandas extra, a DataFrame.

Run: ``python examples/export.py [OUTPUT_DIR]``
"""

from __future__ import annotations

import sys
from pathlib import Path

import honduras_brief as hb


def main(out_dir: Path) -> None:
    """Write the CSV into *out_dir* and show the DataFrame."""
    out_dir.mkdir(parents=True, exist_ok=True)
    csv_path = out_dir / "honduras-figures.csv"
    csv_path.write_text(hb.to_csv(hb.BRIEF), encoding="utf-8")
    print(f"wrote {len(hb.to_records(hb.BRIEF))} figures to {csv_path}")

    try:
        frame = hb.to_dataframe(hb.BRIEF)
    except ModuleNotFoundError as missing:
        print(f"skipped the DataFrame: {missing}")
        return
    people = frame[frame["unit"] == "persons"][["figure_id", "qualifier", "low", "high"]]
    print(people.to_string(index=False))
    print(frame.dtypes[["low", "period_start", "unit"]].to_string())


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path())
