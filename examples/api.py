"""A small web API serving the brief, with FastAPI.

Run: ``python examples/api.py`` prints the routes; ``uvicorn api:app --app-dir
examples`` serves them (uvicorn is not an extra of ours: ``python -m pip install
uvicorn``). Needs the ``api`` extra (pydantic and FastAPI): from the
repository's root, ``python -m pip install '.[api]'``.

The records are served as they are: FastAPI validates and writes them
through the library's own pydantic schema, so the JSON is ``to_json``'s and a
bad request body gets the library's errors, with their JSON paths.
"""

from __future__ import annotations

import os
import sys
from typing import Annotated

import honduras_brief as hb

try:
    from fastapi import Body, FastAPI, HTTPException, Query
except ModuleNotFoundError:
    sys.exit(
        "this example needs the api extra (pydantic, FastAPI); from the repository's root:"
        " python -m pip install '.[api]'"
    )

app = FastAPI(
    title="honduras-brief",
    description="The U.S. State Department's 2012-2013 INL brief on Honduras, cited.",
)


def not_found(error: LookupError) -> HTTPException:
    """
    A 404 whose JSON says why: ``{"detail": "no record of the brief has the id 'x'"}``.

    Every lookup error of the library is one (an unknown id, a name that
    names several records, a record of another kind), and its message names
    the key and the nearest names.
    """
    return HTTPException(status_code=404, detail=str(error))


@app.get("/records")
def records() -> list[dict[str, str]]:
    """Every record's id and kind."""
    return [{"id": record.id, "kind": type(record).__name__} for record in hb.BRIEF]


@app.get("/figures", response_model=list[hb.Quantity])
def figures() -> tuple[hb.Quantity, ...]:
    """Every figure, with its bounds, unit, period and quote."""
    return hb.BRIEF.quantities


@app.get("/statements", response_model=list[hb.Statement])
def statements(
    about: Annotated[
        str | None, Query(description="an id, a name, an acronym or an alias of a record")
    ] = None,
) -> tuple[hb.Statement, ...]:
    """Every statement, or those about a record ("los-cachiros", "HNP")."""
    if about is None:
        return hb.BRIEF.statements
    try:
        return hb.BRIEF.statements_about(about)
    except LookupError as error:
        raise not_found(error) from None


@app.get("/lookup/actor", response_model=hb.Actor)
def lookup_actor(
    key: Annotated[str, Query(description="an id, a name, an acronym or an alias")],
) -> hb.Actor:
    """An actor by id, name, acronym or alias ("HNP", "U.S.")."""
    try:
        return hb.BRIEF.lookup(key, kind=hb.Actor)
    except LookupError as error:
        raise not_found(error) from None


@app.get("/search")
def search(q: str) -> list[dict[str, str | float]]:
    """Records and statements that match every word of *q*, best first."""
    try:
        hits = hb.search(q)
    except ValueError as error:
        raise HTTPException(status_code=422, detail=str(error)) from None
    return [
        {"id": hit.record.id, "where": hit.where, "snippet": hit.snippet, "score": hit.score}
        for hit in hits
    ]


@app.post("/verify", response_model=hb.Verification)
def verify(brief: Annotated[hb.Brief, Body()]) -> hb.Verification:
    """Check a brief sent as JSON against the shipped text."""
    return hb.verify(brief)


def main() -> None:
    """Print the routes, one a line."""
    for route in app.routes:
        methods = ",".join(sorted(getattr(route, "methods", ()) or ()))
        print(f"{methods:<8} {getattr(route, 'path', '')}")


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
