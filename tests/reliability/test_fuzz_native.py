"""Fuzzing the .ucd reader with mutations of real files: whatever the bytes, reading
either gives a Document or raises NativeFormatError with a message; nothing else."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ucdesigner.io.native import NativeFormatError, loads

from ..strategies import byte_flips, flipped

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"
SEEDS = [
    (EXAMPLES / name).read_bytes()
    for name in ("post-purchase-support.ucd", "online-shop-intent.ucd")
]
CASES = 1500
FUZZ = settings(
    max_examples=CASES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=False
)


def read(raw: bytes) -> None:
    try:
        loads(raw, "fuzzed.ucd")
    except NativeFormatError as error:
        message = str(error)
        assert message.startswith("fuzzed.ucd: ") and "\n" not in message and len(message) < 2000


@FUZZ
@given(st.sampled_from(SEEDS), byte_flips(max_size=8))
def test_byte_flips(seed: bytes, flips: list[tuple[float, int]]) -> None:
    read(flipped(seed, flips))


@FUZZ
@given(st.sampled_from(SEEDS), st.floats(0, 1))
def test_truncations(seed: bytes, where: float) -> None:
    read(seed[: int(where * len(seed))])


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20)
    | st.sampled_from(
        ["actor", "usecase", "include", "uc_request_return", "#zzzzzz", "", "x" * 20_000]
    ),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=6,
)


def paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from paths(value, (*prefix, index))


@FUZZ
@given(st.sampled_from(SEEDS), st.data())
def test_json_value_swaps(seed: bytes, data: st.DataObject) -> None:
    content = json.loads(seed)
    every = list(paths(content))[1:]
    for _ in range(data.draw(st.integers(1, 3))):
        path = data.draw(st.sampled_from(every))
        node = content
        for step in path[:-1]:
            node = node[step]
        action = data.draw(st.sampled_from(["replace", "delete", "duplicate"]))
        key = path[-1]
        if action == "delete":
            del node[key]
        elif action == "duplicate" and isinstance(node, list):
            node.append(node[key])
        else:
            node[key] = data.draw(json_values)
        every = list(paths(content))[1:] or every
    raw = json.dumps(content, allow_nan=True).encode()
    read(raw)


def test_the_fuzzer_reaches_both_outcomes() -> None:
    """The mutations above are not all rejected at the door: some still load."""
    content = json.loads(SEEDS[0])
    content["elements"][0]["name"] = "Renamed by the fuzzer"
    assert (
        loads(json.dumps(content).encode()).get(content["elements"][0]["id"]).name
        == "Renamed by the fuzzer"
    )
