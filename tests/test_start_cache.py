"""The start's compiled code kept between runs (ucdesigner/start_cache.py): a second
PySide import compiles nothing and gets the same code, the same patterns and the same
function signatures; the editor's and the command line's starts use the cache; texts and patterns from the cache equal those compiled afresh; a damaged
file is ignored; nothing is kept outside the PySide import or before ``enable()``.
The starts run in fresh interpreters, as each start is."""

from __future__ import annotations

import builtins
import marshal
import re
import re._compiler as re_compiler
import sys
from pathlib import Path

import pytest

from ucdesigner import start_cache
from ucdesigner.start_cache import _Cache

from .conftest import fresh_python, run_fresh

ROOT = Path(__file__).resolve().parents[1]

PROBE = """
import builtins, inspect, json, marshal, re, re._compiler, sys
from ucdesigner import start_cache
if sys.argv[1] != "-":
    start_cache.enable(sys.argv[1])
from ucdesigner.qt_import import import_pyside
import_pyside()
from PySide6 import QtCore, QtGui, QtWidgets
support = {n: m for n, m in sys.modules.items() if n.startswith("shibokensupport")}
# Every pattern compiled so far, against the same compiled afresh here (the hooks are
# gone): equal patterns have the same opcodes.
patterns = sorted(
    (str(key[1]), key[2], compiled == re._compiler.compile(key[1], key[2]))
    for key, compiled in re._cache.items()
)
def shape(code):
    return [code.co_code.hex(), code.co_names, code.co_varnames, code.co_flags,
            code.co_filename, code.co_firstlineno, code.co_linetable.hex(),
            [shape(c) if inspect.iscode(c) else repr(c) for c in code.co_consts]]
code = {
    n: shape(f.__code__)
    for m in support.values() for n, f in sorted(vars(m).items())
    if inspect.isfunction(f) and f.__module__ == m.__name__
}
from shibokensupport.signature import get_signature  # PySide's parser at work
signatures = [
    str(get_signature(f))
    for f in (QtWidgets.QWidget.resize, QtCore.QTimer.singleShot, QtGui.QPainter.drawText,
              QtWidgets.QGraphicsScene.addItem, QtCore.QObject.setProperty)
]
print(json.dumps({
    "compiled": start_cache.compiled_here(),
    "modules": sorted(support), "patterns": patterns, "code": code,
    "signatures": signatures,
    "hooks_gone": builtins.compile.__module__ == "builtins",
}))
"""


def _start(cache: str) -> dict:
    return run_fresh(PROBE, cache)


def test_a_second_start_compiles_nothing_and_gets_the_same_pyside(tmp_path) -> None:
    cache = tmp_path / "cache" / "pyside.bin"
    without = _start("-")
    first = _start(str(cache))
    assert first["compiled"] >= 20  # PySide 6.11: 12 modules' code, 15 patterns
    assert cache.stat().st_size > 50_000
    second = _start(str(cache))
    assert second["compiled"] == 0
    assert without["compiled"] == 0 and not list(tmp_path.glob("**/start-*"))
    assert len(without["modules"]) >= 10 and len(without["patterns"]) >= 5
    for run in (first, second):
        assert run["hooks_gone"]
        for part in ("modules", "patterns", "code", "signatures"):
            assert run[part] == without[part], part
        assert all(same for _, _, same in run["patterns"])
    assert "w: int, h: int" in second["signatures"][0]


def test_a_damaged_or_foreign_cache_is_compiled_afresh_and_replaced(tmp_path) -> None:
    cache = tmp_path / "pyside.bin"
    good = _start(str(cache))
    header = cache.read_bytes()[: len(start_cache._HEADER)]
    for damage in (b"", b"garbage", header + b"\x00\x01", b"x" + cache.read_bytes()[1:]):
        cache.write_bytes(damage)
        again = _start(str(cache))
        assert again["compiled"] == good["compiled"]
        assert again["signatures"] == good["signatures"]
        assert _start(str(cache))["compiled"] == 0


def test_texts_from_the_cache_are_those_compiled_afresh() -> None:
    cache = _Cache()
    source = "def f(a: Undefined) -> int:\n    return len([a])\nx = f('b')\n"
    for text in (source, source.encode()):
        first = cache.compile(text, "support/x.py", "exec")
        assert cache.compile(text, "support/x.py", "exec") is first  # kept
        fresh = builtins.compile(text, "support/x.py", "exec")  # inherits this module's
        assert marshal.dumps(first) == marshal.dumps(fresh)
    assert cache.compiled == 2
    # Another file name, mode or flag is another entry.
    other = cache.compile(source, "support/y.py", "exec")
    assert other.co_filename == "support/y.py"
    assert (
        cache.compile("1 + 2", "<s>", "eval", dont_inherit=True).co_flags
        == builtins.compile("1 + 2", "<s>", "eval", dont_inherit=True).co_flags
    )


def test_the_callers_future_imports_reach_the_code_as_compile_itself_gives_them() -> None:
    cache = _Cache()
    source = "def f(a: Undefined): pass\nf(1)\nresult = f.__annotations__"
    # This module has ``from __future__ import annotations``: the hints stay text.
    with_future = cache.compile(source, "a.py", "exec")
    space: dict = {}
    exec(with_future, space)
    assert space["result"] == {"a": "Undefined"}
    # A caller without it: the hint is evaluated, and fails, as with the built-in.
    caller = builtins.compile(
        "code = cache.compile(source, 'b.py', 'exec')", "caller.py", "exec", dont_inherit=True
    )
    names = {"cache": cache, "source": source}
    exec(caller, names)
    with pytest.raises(NameError):
        exec(names["code"], {})


PATTERNS = [
    (r"(?P<name>\w+)\s*=\s*(?P<value>[^,]+)", 0),
    (r"^[ \t]+$", re.MULTILINE),
    (r"a.b", re.DOTALL | re.IGNORECASE),
    (r"\bcolou?r\b", re.ASCII),
    (r"(x)(y)?(?(2)z|w)", 0),
    (rb"\x00[\x80-\xff]+", 0),
    ("über|straße", re.IGNORECASE),
    (r"  # comment\n  (a | b)+  ", re.VERBOSE),
]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_patterns_from_the_cache_equal_those_compiled_afresh(pattern, flags) -> None:
    cache = _Cache()
    first = cache.compile_pattern(pattern, int(flags))
    again = cache.compile_pattern(pattern, int(flags))
    fresh = re_compiler.compile(pattern, int(flags))
    assert cache.compiled == 1
    # Pattern equality compares the opcodes, the flags and the text.
    assert first == fresh and again == fresh
    assert again.groupindex == fresh.groupindex and again.groups == fresh.groups
    kept = marshal.loads(marshal.dumps(cache.patterns))  # as the file keeps them
    assert kept == cache.patterns


def test_a_wrong_pattern_fails_as_before_and_is_not_kept() -> None:
    cache = _Cache()
    with pytest.raises(re.error):
        cache.compile_pattern("(unclosed", 0)
    assert cache.patterns == {} and re_compiler._sre.__name__ == "_sre"


def test_without_enable_or_outside_the_import_nothing_is_hooked(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(start_cache, "_CACHE", _Cache())
    with start_cache.importing():
        assert builtins.compile is start_cache._BUILTIN_COMPILE
        assert re_compiler.compile is start_cache._PATTERN_COMPILE
    start_cache.enable(str(tmp_path / "pyside.bin"))
    with start_cache.importing():
        assert builtins.compile is not start_cache._BUILTIN_COMPILE
        re.compile("kept during the import [0-9]+")
    assert builtins.compile is start_cache._BUILTIN_COMPILE
    assert re_compiler.compile is start_cache._PATTERN_COMPILE
    re.compile("a search typed later [0-9]+")
    kept = start_cache._read(str(tmp_path / "pyside.bin"))[1]
    assert [key[0] for key in kept] == ["kept during the import [0-9]+"]


def test_the_command_lines_start_keeps_the_models_and_pysides_imports(tmp_path) -> None:
    source = ROOT / "resources" / "examples" / "online-shop-intent.ucd"
    kept = tmp_path / "cache" / "ucdesigner" / f"start-{sys.implementation.cache_tag}.bin"

    def run(*args: str) -> tuple[dict, dict]:
        fresh_python("-m", "ucdesigner", *args, env={"XDG_CACHE_HOME": str(tmp_path / "cache")})
        return start_cache._read(str(kept))

    code, patterns = run("info", str(source))
    assert code == {} and len(patterns) >= 10  # the model's import: pydantic's patterns
    code, more = run("export", str(source), "-o", str(tmp_path / "model.svg"))
    assert len(code) >= 10 and len(more) >= len(patterns) + 10  # and PySide's
    assert set(patterns) <= set(more)


def test_trees_and_options_are_compiled_as_the_built_in_does(tmp_path, monkeypatch) -> None:
    import ast

    monkeypatch.setattr(start_cache, "_CACHE", _Cache())
    start_cache.enable(str(tmp_path / "start.bin"))
    with start_cache.importing():
        tree = ast.parse("x = 1 + 2", "t.py")  # compile(..., _feature_version=...)
        code = compile(tree, "t.py", "exec")  # a tree, not a text
        old = ast.parse("x = 1", feature_version=(3, 8))
    space: dict = {}
    exec(code, space)
    assert space["x"] == 3 and isinstance(old, ast.Module)
    assert start_cache.compiled_here() == 0 and not (tmp_path / "start.bin").exists()
