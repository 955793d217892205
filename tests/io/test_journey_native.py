"""The journey in the .ucd file: format version 2, and version-1 files upgraded."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from ucdesigner.io import native
from ucdesigner.io.journey_properties import field_for, lift, parse_emotion
from ucdesigner.model import FORMAT_VERSION, Document

from ..strategies import documents

VERSION_1 = {
    "format": "ucdesigner",
    "version": 1,
    "name": "Shop",
    "elements": [
        {"kind": "actor", "id": "a", "name": "Customer"},
        {
            "kind": "usecase",
            "id": "u1",
            "name": "Return item",
            "properties": {
                "Stage": "Post-purchase support",
                "touchpoints": "web; store",
                "Emotion": "-1",
                "pain_points": "Label printing\nQueue in store",
                "owner": "Returns team",
            },
        },
        {
            "kind": "usecase",
            "id": "u2",
            "name": "Rate the service",
            "properties": {"JourneyStep::stage": "Loyalty", "channel": "kiosk", "emotion": "great"},
        },
        {"kind": "usecase", "id": "u3", "name": "Browse"},
    ],
    "relationships": [{"kind": "association", "id": "r", "source": "a", "target": "u1"}],
    "diagrams": [
        {
            "id": "d",
            "name": "Main",
            "shapes": [{"element": "a", "x": 0, "y": 0, "width": 48, "height": 84}],
        }
    ],
}


def test_the_format_is_version_2() -> None:
    assert FORMAT_VERSION == 2
    assert json.loads(native.dumps(Document()))["version"] == 2


def test_a_version_1_file_opens_with_the_default_journey(tmp_path: Path) -> None:
    plain = {k: v for k, v in VERSION_1.items() if k != "elements"}
    plain["elements"] = [VERSION_1["elements"][0], VERSION_1["elements"][3]]
    plain["relationships"] = []
    path = tmp_path / "old.ucd"
    path.write_text(json.dumps(plain))
    document = native.load(path)
    assert document.journey == Document().journey
    assert document.get("u3").journey.is_empty()
    native.save(document, path)
    assert json.loads(path.read_text())["version"] == 2


def test_a_version_1_file_has_its_journey_properties_lifted(tmp_path: Path) -> None:
    path = tmp_path / "old.ucd"
    path.write_text(json.dumps(VERSION_1))
    document = native.load(path)
    returned = document.get("u1")
    assert returned.journey.stage == "stage_support"
    assert returned.journey.touchpoints == ("web", "store")
    assert returned.journey.emotion == -1
    assert returned.journey.pain_points == ("Label printing", "Queue in store")
    assert returned.properties == {"owner": "Returns team"}
    rated = document.get("u2")
    loyalty = document.journey.stage(rated.journey.stage)
    assert loyalty.name == "Loyalty" and document.journey.stages[-1] == loyalty
    assert rated.journey.touchpoints == ("kiosk",) and "kiosk" in document.journey.touchpoints
    assert rated.journey.emotion is None
    assert rated.properties == {"emotion": "great"}  # not an emotion: kept as it was


def test_lifting_leaves_a_document_without_journey_properties_alone() -> None:
    content = {"format": "ucdesigner", "version": 1, "elements": [{"kind": "usecase", "id": "u"}]}
    assert lift(content) is content


def test_property_names_and_emotions_are_read_generously() -> None:
    assert field_for("Customer Emotion") == "emotion"
    assert field_for("EAUML::pain_points") == "pain_points"
    assert field_for("owner") is None
    assert [parse_emotion(t) for t in ("+2", "\u22121", " 0 ", "3", "good")] == [
        2,
        -1,
        0,
        None,
        None,
    ]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document=documents())
def test_journey_data_survives_save_and_load(document: Document) -> None:
    data = document.to_data()
    assert native.loads(native.dumps(data)).to_data() == data
