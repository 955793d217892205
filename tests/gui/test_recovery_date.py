"""The Recovery dialog writes when a copy was saved as the user's locale writes dates."""

from __future__ import annotations

import datetime

import pytest
from PySide6.QtCore import QLocale

from ucdesigner.app.recovery_dialog import saved_text

MOMENT = datetime.datetime(2026, 12, 3, 14, 5, tzinfo=datetime.UTC)


@pytest.fixture
def locale():
    """Set the default QLocale for one test and put the previous one back."""
    before = QLocale()
    yield QLocale.setDefault
    QLocale.setDefault(before)


def test_english_keeps_the_iso_date(qapp, locale) -> None:
    locale(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    local = MOMENT.astimezone()
    assert saved_text(MOMENT) == local.strftime("%Y-%m-%d %H:%M")


@pytest.mark.parametrize(("name", "date_part"), [("de_DE", "03.12.26"), ("fr_FR", "03/12/2026")])
def test_german_and_french_write_the_date_their_way(qapp, locale, name, date_part) -> None:
    locale(QLocale(name))
    local = MOMENT.astimezone()
    text = saved_text(MOMENT)
    assert text.startswith(date_part)
    assert local.strftime("%H:%M") in text
