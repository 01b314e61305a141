"""
Where the hooks of :class:`~honduras_brief._record.RecordBase` land.

The records sit at the bottom and know neither how they are shown nor how
pydantic takes them; this module sits above both, so that every import
arrow points down but the base's own, which is made on first use. It
imports the display at once (a notebook that shows one record shows more),
and pydantic's layer only when pydantic asks, so showing a record never
imports pydantic or cattrs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._display import to_html

if TYPE_CHECKING:
    from pydantic import GetJsonSchemaHandler
    from pydantic.json_schema import JsonSchemaValue
    from pydantic_core import CoreSchema


def html(record: object) -> str:
    """A record's notebook display: :func:`~honduras_brief._display.to_html`."""
    return to_html(record)


def core_schema(cls: type) -> CoreSchema:
    """The pydantic core schema of the record type *cls*."""
    from ._pydantic import core_schema_of  # pydantic and cattrs, when pydantic asks

    return core_schema_of(cls)


def json_schema(cls: type, handler: GetJsonSchemaHandler) -> JsonSchemaValue:
    """The record type's JSON Schema, its definitions handed to pydantic's generator."""
    from ._pydantic import json_schema_of

    # pydantic's handler carries the generator it works for, though its
    # public protocol does not name it; the definitions must go there.
    return json_schema_of(cls, getattr(handler, "generate_json_schema"))  # noqa: B009 -- see above
