"""The document's validator kept between runs (ucdesigner/validator_cache.py): a second
run builds none; the validator from the cache accepts, cleans and refuses exactly what
the one pydantic builds does; a damaged file, or one made for another version of the
model, is ignored; nothing is written unless a program asks for it. Run in fresh
interpreters, as each start is."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from .conftest import run_fresh

ROOT = Path(__file__).resolve().parents[1]

PROBE = """
import hashlib, json, sys
from ucdesigner import validator_cache
if sys.argv[1] != "-":
    validator_cache.enable(sys.argv[1])
from ucdesigner.io.native import NativeFormatError, loads_data
from ucdesigner.model.data import DocumentData

results = {}
for name, raw in json.loads(sys.stdin.read()).items():
    try:
        data = loads_data(raw.encode("utf-8"), name)
    except NativeFormatError as error:
        results[name] = "refused: " + str(error)
    else:
        results[name] = "read: " + hashlib.sha256(repr(data).encode()).hexdigest()
print(json.dumps({
    "built": validator_cache.built_here(),
    "complete": DocumentData.__pydantic_complete__,
    "results": results,
}))
"""

EXAMPLES = sorted((ROOT / "resources" / "examples").glob("*.ucd"))


def _variants() -> dict[str, str]:
    """The bundled examples, and broken or odd copies of one of them that reach each
    kind of rule the model has: field types and limits, unknown fields, the kind of an
    element, NaN, the text rule, a field validator and a model validator."""
    texts = {path.name: path.read_text("utf-8") for path in EXAMPLES}
    base = json.loads(texts["retail-customer-journey.ucd"])

    def changed(change) -> str:
        content = json.loads(json.dumps(base))
        change(content)
        return json.dumps(content)

    def element(content: dict, **fields) -> None:
        content["elements"][0].update(fields)

    texts |= {
        "unknown-kind": changed(lambda c: element(c, kind="robot")),
        "extra-field": changed(lambda c: element(c, colour="red")),
        "control-characters": changed(lambda c: element(c, name="Cus\x1btomer\r\nNew")),
        "name-too-long": changed(lambda c: element(c, name="x" * 10_001)),
        "wrong-type": changed(lambda c: element(c, name=42)),
        "nan-position": changed(lambda c: c["diagrams"][0]["shapes"][0].update(x=float("nan"))),
        "touchpoint-twice": changed(
            lambda c: c.setdefault("journey", {}).update(touchpoints=["web", "web"])
        ),
        "stage-without-name": changed(
            lambda c: c.setdefault("journey", {}).update(stages=[{"id": "s1", "name": "  "}])
        ),
        "stages-with-one-id": changed(
            lambda c: c.setdefault("journey", {}).update(
                stages=[{"id": "s1", "name": "A"}, {"id": "s1", "name": "B"}]
            )
        ),
        "empty-document": json.dumps({"format": "ucdesigner", "version": 2}),
    }
    return texts


def _run(folder: str) -> dict:
    return run_fresh(PROBE, folder, stdin=json.dumps(_variants()))


def test_a_second_run_builds_no_validator_and_reads_and_refuses_the_same(tmp_path) -> None:
    plain = _run("-")  # pydantic alone, no cache
    first = _run(str(tmp_path))
    (kept,) = tmp_path.glob("validator-DocumentData-*.pickle")
    assert first["built"] == ["DocumentData"]
    second = _run(str(tmp_path))
    assert second["built"] == []
    assert second["complete"] is False  # the validator came from the file, not pydantic
    assert plain["results"] == first["results"] == second["results"]
    results = second["results"]
    for path in EXAMPLES:
        assert results[path.name].startswith("read: ")
    for refused in (
        "unknown-kind",
        "extra-field",
        "name-too-long",
        "wrong-type",
        "nan-position",
        "touchpoint-twice",
        "stage-without-name",
        "stages-with-one-id",
    ):
        assert results[refused].startswith("refused: "), refused
    assert results["control-characters"].startswith("read: ")  # cleaned, not refused
    assert kept.stat().st_size > 5_000


def test_a_damaged_file_or_one_for_another_model_is_ignored(tmp_path) -> None:
    expected = _run("-")["results"]
    _run(str(tmp_path))
    (kept,) = tmp_path.glob("validator-DocumentData-*.pickle")
    good = kept.read_bytes()
    kept.write_bytes(good[: len(good) // 2])  # cut short
    damaged = _run(str(tmp_path))
    assert damaged["built"] == ["DocumentData"]
    assert damaged["results"] == expected
    # Another key: what another version of the model (or of pydantic) would have made.
    header = len(b"ucdesigner validator 1\n")
    other = good[:header] + bytes(32) + good[header + 32 :]
    kept.write_bytes(other)
    foreign = _run(str(tmp_path))
    assert foreign["built"] == ["DocumentData"]
    assert foreign["results"] == expected
    assert kept.read_bytes()[: header + 32] == good[: header + 32]  # rewritten for this model
    assert _run(str(tmp_path))["built"] == []


def test_nothing_is_kept_unless_asked(tmp_path) -> None:
    env_home = {"XDG_CACHE_HOME": str(tmp_path / "cache"), "HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "-"],
        input=json.dumps({"a.ucd": EXAMPLES[0].read_text("utf-8")}),
        capture_output=True,
        text=True,
        timeout=120,
        env={
            **os.environ,
            **env_home,
            "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        },
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1])["built"] == []
    assert not (tmp_path / "cache").exists()
