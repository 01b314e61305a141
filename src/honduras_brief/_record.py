"""
The base of the records: what a notebook and pydantic ask of every one.

A notebook asks a record for ``_repr_html_``; pydantic and FastAPI ask its
type for ``__get_pydantic_core_schema__`` and
``__get_pydantic_json_schema__``. The answers need display and serialization,
which know the records, so the records cannot know them: each hook imports
:mod:`honduras_brief._hooks`, the one module above both, when it is first
called, and hands the question on. This module imports nothing of the
package, and ``import honduras_brief`` imports neither the display nor
pydantic.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
    from pydantic.json_schema import JsonSchemaValue
    from pydantic_core import CoreSchema


class RecordBase:
    """
    The base of every record and result: its notebook display and its pydantic schema.

    It holds nothing (``__slots__ = ()``), so a slotted attrs class stays
    slotted. A class may define ``_summary()``, a few words for the caption
    of its display; a figure or a date range has its ``format()`` there.
    """

    __slots__ = ()

    def _repr_html_(self) -> str:
        from . import _hooks  # above the records, on first use: see the module's docstring

        return _hooks.html(self)

    @classmethod
    def __get_pydantic_core_schema__(
        cls, _source: type[Any], _handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        from . import _hooks

        return _hooks.core_schema(cls)

    @classmethod
    def __get_pydantic_json_schema__(
        cls, _core_schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        from . import _hooks

        return _hooks.json_schema(cls, handler)
