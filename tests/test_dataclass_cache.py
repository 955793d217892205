"""The dataclass method cache (ucdesigner/dataclass_cache.py): a second start compiles
nothing; the classes made from cached code are the same as those compiled afresh; a
damaged or foreign cache file is ignored. Run in fresh interpreters, as each start is."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import fresh_python, run_fresh

ROOT = Path(__file__).resolve().parents[1]

PROBE = """
import dataclasses, json, sys
from ucdesigner import dataclass_cache
dataclass_cache.install(sys.argv[1])
import ucdesigner.model
from ucdesigner.model import changes, problems
from ucdesigner.model.elements import Actor

def code_of(cls):
    return {
        name: [f.__code__.co_code.hex(), repr(f.__code__.co_consts), f.__code__.co_names]
        for name in ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__")
        if (f := getattr(cls, name, None)) is not None and hasattr(f, "__code__")
        and f.__code__.co_filename == "<string>"
    }

fix = problems.QuickFix("Add", "connect", (("a", "b"),))
same = problems.QuickFix("Add", "connect", (("a", "b"),))
try:
    fix.label = "x"
    frozen = False
except dataclasses.FrozenInstanceError:
    frozen = True
added = changes.ElementAdded(Actor(id="a1", name="Customer"))
report = {
    "compiled": dataclass_cache.compiled_here(),
    "code": {c.__name__: code_of(c) for c in (problems.QuickFix, problems.Problem,
             changes.ElementAdded, changes.ElementChanged)},
    "behaviour": [fix == same, hash(fix) == hash(same), repr(fix), frozen,
                  repr(added.inverse().inverse()) == repr(added)],
}
dataclass_cache.save()
print(json.dumps(report))
"""


def _run(cache: Path, disable: bool = False) -> dict:
    code = PROBE
    if disable:  # the same probe with dataclasses compiling as Python does by itself
        code = code.replace("dataclass_cache.install(sys.argv[1])", "")
    return run_fresh(code, str(cache))


def test_a_second_start_compiles_no_dataclass_method(tmp_path) -> None:
    cache = tmp_path / "cache" / "dataclasses.bin"
    first = _run(cache)
    assert first["compiled"] > 100  # the model's, pydantic's, annotated_types'
    assert cache.stat().st_size > 10_000
    second = _run(cache)
    assert second["compiled"] == 0
    assert second["code"] == first["code"]


def test_classes_from_the_cache_are_those_python_makes(tmp_path) -> None:
    cache = tmp_path / "dataclasses.bin"
    _run(cache)
    cached = _run(cache)
    plain = _run(cache, disable=True)
    assert cached["code"] == plain["code"]
    assert cached["behaviour"] == plain["behaviour"]
    assert cached["behaviour"] == [
        True,
        True,
        "QuickFix(label='Add', action='connect', params=(('a', 'b'),))",
        True,
        True,
    ]


def test_a_damaged_or_foreign_cache_is_ignored(tmp_path) -> None:
    cache = tmp_path / "dataclasses.bin"
    cache.write_bytes(b"not a cache at all")
    assert _run(cache)["compiled"] > 100
    good = cache.read_bytes()
    cache.write_bytes(good[: len(good) // 2])  # cut short
    assert _run(cache)["compiled"] > 100
    cache.write_bytes(good.replace(good[:26], b"x" * 26, 1))  # another header
    assert _run(cache)["compiled"] > 100
    assert _run(cache)["compiled"] == 0  # rewritten whole by the run before


EDITOR = """
import json, os, sys
from ucdesigner.app.launch import start_editor
from ucdesigner import dataclass_cache
app = start_editor([])
print(json.dumps(dataclass_cache.compiled_here()), flush=True)
os._exit(0)  # killed: nothing runs at exit
"""


def test_the_editor_keeps_its_cache_even_when_killed_after_the_start(tmp_path) -> None:
    env = {
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "UCDESIGNER_CONFIG_DIR": str(tmp_path / "config"),
    }

    def start() -> int:
        return run_fresh(EDITOR, env=env)

    start()
    assert list((tmp_path / "cache" / "ucdesigner").glob("dataclasses-*.bin"))
    assert start() == 0


EXAMPLE = ROOT / "resources/examples/post-purchase-support.ucd"


def _command(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    """``python -m ucdesigner ARGS`` (ending by os._exit, as installed) with its own
    cache folder."""
    env = {"XDG_CACHE_HOME": str(tmp_path / "cache")}
    # (check: 1 when there are warnings)
    return fresh_python("-m", "ucdesigner", *args, env=env, cwd=tmp_path, ok=(0, 1))


@pytest.mark.parametrize(
    "args",
    [
        ["info", "{example}"],
        ["check", "{example}"],
        ["convert", "{example}", "out.xmi"],
        ["layout", "{example}", "-o", "out.ucd"],
        ["export", "{example}", "--all", "-f", "svg"],
    ],
    ids=lambda args: args[0],
)
def test_subcommands_that_read_documents_use_the_cache(tmp_path: Path, args: list[str]) -> None:
    filled = [a.format(example=EXAMPLE) for a in args]
    first = _command(tmp_path, *filled)
    (cache,) = (tmp_path / "cache" / "ucdesigner").glob("dataclasses-*.bin")
    written = (cache.read_bytes(), cache.stat().st_mtime_ns)
    assert len(written[0]) > 10_000  # the model's methods, pydantic's
    second = _command(tmp_path, *filled)
    # Nothing new compiled the second time: the file is left as it was.
    assert (cache.read_bytes(), cache.stat().st_mtime_ns) == written
    assert (second.returncode, second.stdout) == (first.returncode, first.stdout)


def test_the_file_of_the_first_cache_version_is_removed(tmp_path: Path) -> None:
    # the name the first version of the cache wrote: nothing reads it any more
    folder = tmp_path / "cache" / "ucdesigner"
    folder.mkdir(parents=True)
    tag = sys.implementation.cache_tag  # (fresh_python runs this same Python)
    superseded = folder / f"dataclasses-{tag}.bin"
    superseded.write_bytes(b"ucdesigner dataclass code\n" + bytes(1000))
    _command(tmp_path, "info", str(EXAMPLE))
    assert not superseded.exists()
    assert [p.name for p in folder.glob("dataclasses-*")] == [f"dataclasses-{tag}-2.bin"]


def test_help_of_a_subcommand_writes_no_cache(tmp_path: Path) -> None:
    # check's help imports the model's checks (its choices), yet stays without the cache
    assert "ucdesigner check" in _command(tmp_path, "check", "--help").stdout
    assert not (tmp_path / "cache").exists()


HINTS = """
import json, sys, typing
from ucdesigner import dataclass_cache
dataclass_cache.install(sys.argv[1])
before = dataclass_cache.compiled_here()
import pydantic_core  # its TypedDicts: hundreds of type hints written as text
from ucdesigner.model.elements import Actor
hint = typing.ForwardRef("dict[str, tuple[int, ...]]")
try:
    typing.ForwardRef("not an (expression")
    refused = False
except SyntaxError:
    refused = True
report = {
    "compiled": dataclass_cache.compiled_here() - before,
    "value": repr(typing._eval_type(hint, {}, {})),
    "same_code": hint.__forward_code__.co_code == compile(
        "dict[str, tuple[int, ...]]", "<string>", "eval").co_code,
    "refused": refused,
    "hints": {k: repr(v) for k, v in typing.get_type_hints(Actor).items()},
}
dataclass_cache.save()
print(json.dumps(report))
"""


def test_type_hints_written_as_text_come_from_the_cache(tmp_path: Path) -> None:
    cache = tmp_path / "dataclasses.bin"

    def run(code: str) -> dict:
        return run_fresh(code, str(cache))

    first = run(HINTS)
    assert first["compiled"] > 500  # pydantic-core's TypedDicts, the model's fields
    second = run(HINTS)
    assert second["compiled"] == 0
    plain = run(HINTS.replace("dataclass_cache.install(sys.argv[1])", ""))
    for report in (first, second, plain):
        assert report["value"] == "dict[str, tuple[int, ...]]"
        assert report["same_code"] and report["refused"]
    assert first["hints"] == second["hints"] == plain["hints"]
    assert "name" in first["hints"]
