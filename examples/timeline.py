"""A timeline of every dated fact in the brief, stated or inferred.

Run: ``python examples/timeline.py``
"""

from __future__ import annotations

import honduras_brief as hb


def dated_facts(brief: hb.Brief) -> list[tuple[hb.DateRange, str]]:
    """Every (period, what happened or was measured) pair in the brief."""
    facts = [(q.period, q.measure) for q in brief.quantities if q.period is not None]
    facts += [
        (record.period, getattr(record, "title", None) or record.name)
        for record in (*brief.accomplishments, *brief.operations)
        if record.period is not None
    ]
    return sorted(set(facts))


def main() -> None:
    """Print the timeline, one dated fact a line."""
    for period, what in dated_facts(hb.BRIEF):
        how = "stated" if period.is_stated else "inferred"
        print(f"{period.format():<28} {how:<9} {what}")


if __name__ == "__main__":
    main()
