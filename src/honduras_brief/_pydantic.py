"""
pydantic and FastAPI: every record as a type pydantic can validate and dump.

pydantic finds these through ``__get_pydantic_core_schema__`` on the
records (see :class:`~honduras_brief._record.RecordBase`), whose hooks reach
this module through :mod:`honduras_brief._hooks` on first use only:
``import honduras_brief`` never imports pydantic, nor does showing a record.
Validation goes through :func:`~honduras_brief.serialization.from_dict` (the
same strictness), dumping through ``to_dict`` (the same JSON), and the JSON
Schema is :func:`~honduras_brief.serialization.json_schema`'s.
"""

from __future__ import annotations

from typing import Any

from pydantic.json_schema import CoreRef, DefsRef, GenerateJsonSchema
from pydantic_core import core_schema

from .serialization import from_dict, json_schema, to_dict


def core_schema_of(cls: type) -> core_schema.CoreSchema:
    """The pydantic core schema of the record type *cls*."""

    def validate(value: Any) -> Any:
        if isinstance(value, cls):
            return value
        return from_dict(value, cls)  # an InvalidDataError is a ValueError: pydantic reports it

    return core_schema.no_info_plain_validator_function(
        validate,
        serialization=core_schema.plain_serializer_function_ser_schema(to_dict),
    )


def json_schema_of(cls: type, generator: GenerateJsonSchema) -> dict[str, Any]:
    """
    The record type's JSON Schema, with its definitions handed to pydantic.

    Each definition of :func:`~honduras_brief.serialization.json_schema`
    becomes one of pydantic's, under the name pydantic gives it (so that a
    FastAPI OpenAPI document holds it under ``components/schemas``), and
    every ``$ref`` points where pydantic puts it.
    """
    schema = json_schema(cls)
    refs: dict[str, str] = {}
    names: dict[str, DefsRef] = {}
    for name in schema["$defs"]:
        # "module.Name:id", as pydantic writes its own: the definition is then "Name".
        core_ref = CoreRef(f"honduras_brief.{name}:honduras_brief")
        defs_ref, ref = generator.get_cache_defs_ref_schema(core_ref)
        refs[f"#/$defs/{name}"] = ref["$ref"]
        names[name] = defs_ref
    for name, definition in schema["$defs"].items():
        generator.definitions[names[name]] = _moved(definition, refs)
    # The root's own definition, in place: a lone reference to a type that
    # holds itself (an actor part of another) would make pydantic loop.
    return dict(generator.definitions[names[cls.__name__]])


def _moved(node: Any, refs: dict[str, str]) -> Any:
    if isinstance(node, dict):
        return {k: refs[v] if k == "$ref" else _moved(v, refs) for k, v in node.items()}
    if isinstance(node, list):
        return [_moved(item, refs) for item in node]
    return node
