"""Help > About ucdesigner: the icon, the version, the licence, the versions of Qt,
PySide and Python (with a button that copies them for a bug report) and a link to the
user guide."""

from __future__ import annotations

import platform
import sys
from html import escape

import PySide6
from PySide6.QtCore import QCoreApplication, QSize, QUrl, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..resources import resources_dir
from .icons import app_icon

LICENCE = "GPL-3.0-or-later"
LICENCE_URL = "https://www.gnu.org/licenses/gpl-3.0.html"
HOMEPAGE = "https://github.com/ucdesigner/ucdesigner"


def guide_url() -> QUrl:
    """The README (the user guide): the copy beside this installation, else online."""
    local = resources_dir().parent / "README.md"
    if local.is_file():
        return QUrl.fromLocalFile(str(local))
    return QUrl(HOMEPAGE + "#readme")


def version_lines() -> list[tuple[str, str]]:
    """(what, version) for the program and what it runs on."""
    return [
        ("ucdesigner", __version__),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("Python", platform.python_version()),
        (
            QCoreApplication.translate("AboutDialog", "System"),
            f"{platform.system()} {platform.release()} ({sys.platform})",
        ),
    ]


class AboutDialog(QDialog):
    """The About box. See the module docstring."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About ucdesigner"))
        self.setAccessibleName(self.tr("About ucdesigner"))
        icon = QLabel()
        icon.setObjectName("aboutIcon")
        icon.setPixmap(app_icon().pixmap(QSize(96, 96), self.devicePixelRatioF()))
        icon.setAccessibleName(self.tr("ucdesigner icon"))
        self.heading = QLabel(
            "<h2>ucdesigner {version}</h2><p>{what}</p>".format(
                version=escape(__version__),
                what=escape(self.tr("UML use case diagrams for business analysts.")),
            )
        )
        self.heading.setObjectName("aboutHeading")
        self.licence = QLabel(
            self.tr(
                "<p>Copyright © the ucdesigner developers.<br>Free software under the "
                '<a href="{url}">GNU General Public License, version 3 or later</a> '
                "({spdx}). There is no warranty.</p>"
            ).format(url=LICENCE_URL, spdx=LICENCE)
        )
        self.licence.setObjectName("aboutLicence")
        self.licence.setOpenExternalLinks(True)
        self.licence.setWordWrap(True)
        rows = "".join(
            f"<tr><td>{escape(name)}</td><td><b>{escape(value)}</b></td></tr>"
            for name, value in version_lines()
        )
        self.versions = QLabel(f"<table cellspacing=2>{rows}</table>")
        self.versions.setObjectName("aboutVersions")
        self.versions.setAccessibleName(self.tr("Versions"))
        self.guide = QLabel(
            self.tr(
                '<a href="{url}">User guide (README)</a> · <a href="{home}">Website</a>'
            ).format(url=guide_url().toString(), home=HOMEPAGE)
        )
        self.guide.setObjectName("aboutGuide")
        self.guide.setOpenExternalLinks(True)

        text = QVBoxLayout()
        for label in (self.heading, self.licence, self.versions, self.guide):
            text.addWidget(label)
        top = QHBoxLayout()
        top.addWidget(icon, 0)
        top.addLayout(text, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy Versions"))
        self.copy_button.setToolTip(self.tr("Copy the versions, to paste into a bug report"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_versions)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    @staticmethod
    def versions_text() -> str:
        """The versions as plain text, one per line."""
        return "\n".join(f"{name}: {value}" for name, value in version_lines())

    def copy_versions(self) -> None:
        QGuiApplication.clipboard().setText(self.versions_text())


def show_about(parent: QWidget | None) -> AboutDialog:
    """Show the About box (modal) and return it once closed."""
    dialog = AboutDialog(parent)
    dialog.exec()
    return dialog
