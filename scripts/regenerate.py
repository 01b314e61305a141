"""
Write the generated files that the repository keeps.

The JSON Schema (in the package and in docs/), the data dictionary and the
table of predicates (in docs/) and the golden JSON of the brief (in tests/).

Run ``python scripts/regenerate.py`` after a deliberate change to the models
or the content; the tests fail until these files match the code.
"""

from __future__ import annotations

import json
from pathlib import Path

from datadict import render, with_predicates

import honduras_brief as hb

ROOT = Path(__file__).parents[1]


def main() -> None:
    """Write every generated file."""
    schema = json.dumps(hb.json_schema(hb.Brief), ensure_ascii=False, indent=2) + "\n"
    for path in (
        ROOT / "src/honduras_brief/data/brief.schema.json",
        ROOT / "docs/brief.schema.json",
    ):
        path.write_text(schema, encoding="utf-8")
    golden = hb.to_json(hb.BRIEF, indent=2) + "\n"
    (ROOT / "tests/golden/brief.json").write_text(golden, encoding="utf-8")
    (ROOT / "docs/data-dictionary.md").write_text(render(), encoding="utf-8")
    statements = ROOT / "docs/statements.md"
    page = statements.read_text(encoding="utf-8")
    statements.write_text(with_predicates(page), encoding="utf-8")


if __name__ == "__main__":
    main()
