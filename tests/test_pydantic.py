"""pydantic and FastAPI take the records as they are: the same strictness, JSON and schema."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import honduras_brief as hb
from honduras_brief import BRIEF
from honduras_brief import content as c

pydantic = pytest.importorskip("pydantic")

EXAMPLES = [
    BRIEF,
    hb.SOURCE,
    c.GANGS,
    c.POLICE_PROFESSIONALIZATION,
    c.NEPTUNE_SEIZURE,
    c.OPERATION_NEPTUNE,
    c.KINGPIN_DESIGNATION,
    c.NORTHERN_ATLANTIC_LANDING_ZONE.routes[0],
    BRIEF.statements[0],
    c.LOS_CACHIROS,
    c.HONDURAS,
    c.HOMICIDE_RATE_2012,
    c.BY_MID_YEAR,
    c.HOMICIDE_RATE_2012.citation,
    hb.check_change(85.5, 80, stated=-6.4),
    hb.describe_change(c.PEOPLE_TRAINED, 1500),
    hb.percent_change(c.PEOPLE_TRAINED, 1500),
]


def _used(schema: dict[str, Any], root: str) -> dict[str, Any]:
    """The definitions of *schema* that its root's definition reaches (itself, if it holds itself)."""
    text = json.dumps(schema["$defs"][root])
    reached: dict[str, Any] = {}
    while True:
        found = {
            name: definition
            for name, definition in schema["$defs"].items()
            if f'"#/$defs/{name}"' in text
        }
        if found.keys() == reached.keys():
            return reached
        reached = found
        text += json.dumps(found)


@pytest.mark.parametrize("record", EXAMPLES, ids=lambda r: type(r).__name__)
def test_a_type_adapter_validates_dumps_and_describes_every_record_type(record: Any) -> None:
    """TypeAdapter validates Python and JSON, dumps to_json's bytes, and gives json_schema's schema."""
    cls = type(record)
    adapter = pydantic.TypeAdapter(cls)
    assert adapter.validate_python(record) is record
    assert adapter.validate_python(hb.to_dict(record)) == record
    assert adapter.validate_json(hb.to_json(record)) == record
    assert adapter.dump_json(record) == hb.to_json(record).encode("utf-8")
    assert adapter.dump_python(record) == hb.to_dict(record)
    schema = adapter.json_schema()
    ours = hb.json_schema(cls)
    # pydantic puts the root's definition at the root, and keeps only the
    # definitions it uses: otherwise the schema is json_schema's.
    assert {k: v for k, v in schema.items() if k != "$defs"} == ours["$defs"][cls.__name__]
    assert schema.get("$defs", {}) == _used(ours, cls.__name__)


def test_bad_data_is_refused_with_the_library_s_message() -> None:
    """The library's problems reach pydantic's error, with their JSON paths."""
    adapter = pydantic.TypeAdapter(hb.Quantity)
    data = hb.to_dict(c.HOMICIDE_RATE_2012) | {"low": 85.5}
    with pytest.raises(pydantic.ValidationError) as info:
        adapter.validate_python(data)
    assert "$.low: expected a decimal string, got 85.5" in str(info.value)
    with pytest.raises(pydantic.ValidationError, match=r"\$\.section: expected one of"):
        pydantic.TypeAdapter(hb.Citation).validate_json(
            '{"quote":"H","start":0,"end":1,"section":"x"}'
        )


def test_a_record_is_a_field_of_a_pydantic_model() -> None:
    """A record type annotates a field of the user's own pydantic model."""

    class Claim(pydantic.BaseModel):  # type: ignore[misc,name-defined]
        figure: hb.Quantity
        note: str

    claim = Claim.model_validate({"figure": hb.to_dict(c.HOMICIDE_RATE_2013), "note": "checked"})
    assert claim.figure == c.HOMICIDE_RATE_2013
    assert json.loads(claim.model_dump_json())["figure"] == hb.to_dict(c.HOMICIDE_RATE_2013)
    schema = Claim.model_json_schema()
    figure = {k: v for k, v in schema["properties"]["figure"].items() if k != "title"}
    assert figure == hb.json_schema(hb.Quantity)["$defs"]["Quantity"]
    assert schema["$defs"]["Actor"] == hb.json_schema(hb.Quantity)["$defs"]["Actor"]


def test_importing_the_package_does_not_import_pydantic() -> None:
    """Records reach pydantic only when pydantic asks: a plain program never imports it."""
    code = (
        "import sys, honduras_brief as hb\n"
        "hb.to_json(hb.BRIEF); hb.verify(hb.BRIEF); hb.BRIEF.lookup('HNP')\n"
        "print('pydantic' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


# --- FastAPI: examples/api.py, tested with FastAPI's TestClient -------------------------


@pytest.fixture(scope="module")
def client() -> Any:
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    path = Path(__file__).parents[1] / "examples" / "api.py"
    spec = importlib.util.spec_from_file_location("api_example", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return TestClient(module.app)


def test_the_api_serves_figures_and_statements_as_to_json_writes_them(client: Any) -> None:
    """Figures and statements come back as the library writes them."""
    figures = client.get("/figures")
    assert figures.status_code == 200
    assert figures.json() == [hb.to_dict(q) for q in BRIEF.quantities]
    about = client.get("/statements", params={"about": "los-cachiros"})
    assert [s["id"] for s in about.json()] == [s.id for s in BRIEF.statements_about("los-cachiros")]
    assert len(client.get("/statements").json()) == len(BRIEF.statements)
    assert len(client.get("/records").json()) == len(BRIEF)


def test_the_api_looks_up_and_searches(client: Any) -> None:
    """Lookup by name or acronym, search with snippets; unknown keys and empty queries refused."""
    assert client.get("/lookup/actor", params={"key": "HNP"}).json()["id"] == (
        "honduran-national-police"
    )
    missing = client.get("/lookup/actor", params={"key": "Honduras"})
    assert (missing.status_code, missing.json()["detail"]) == (
        404,
        "'Honduras' is a Place, not an Actor",
    )
    hits = client.get("/search", params={"q": "pivotal"}).json()
    first = hb.search("pivotal")[0]
    assert hits[0] == {
        "id": "inl-advisor-assisted-the-hondurans",
        "where": "sentence",
        "snippet": "An INL advisor was pivotal in assisting the Hondurans.",
        "score": first.score,
    }
    assert isinstance(hits[0]["score"], float)
    assert client.get("/search", params={"q": " "}).status_code == 422


def test_the_api_takes_a_brief_as_a_request_body(client: Any) -> None:
    """A brief posted as JSON is validated by the library, and a bad one refused with its path."""
    done = client.post("/verify", json=hb.to_dict(BRIEF))
    assert done.status_code == 200
    assert done.json()["failures"] == []
    bad = hb.to_dict(BRIEF)
    bad["challenges"][3]["quantities"][0]["low"] = 85.5
    refused = client.post("/verify", json=bad)
    assert refused.status_code == 422
    assert "$.challenges[3].quantities[0].low: expected a decimal string" in refused.text


def test_the_openapi_document_resolves_every_reference(client: Any) -> None:
    """Every $ref of the OpenAPI document names one of its component schemas."""
    document = client.get("/openapi.json").json()
    schemas = document["components"]["schemas"]
    refs = set(json.dumps(document).split('"$ref": "')[1:])
    assert refs
    for ref in refs:
        name = ref.split('"', 1)[0].removeprefix("#/components/schemas/")
        assert name in schemas, name
    ours = hb.json_schema(hb.Brief)["$defs"]
    actors = schemas["Brief"]["properties"]["actors"]["items"]["$ref"].split("/")[-1]
    assert actors in {"Actor", "Actor-Input", "Actor-Output"}  # pydantic names each mode
    assert schemas[actors]["description"] == ours["Actor"]["description"]
    assert schemas[actors]["required"] == ours["Actor"]["required"]
