"""Edit > Settings…: the application's preferences in one dialog. Every change applies at
once to every open window and is saved (``settings_apply.preferences_changed``); there
is nothing to confirm, so the dialog only has Close and Restore Defaults."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr
from ..l10n import LANGUAGES
from .preferences import ExportPrefs, Preferences
from .settings_apply import notifier, preferences_changed


class SettingsDialog(QDialog):
    """The Settings dialog. See the module docstring."""

    _open: SettingsDialog | None = None

    @classmethod
    def instance(cls, parent: QWidget | None = None) -> SettingsDialog:
        """The open dialog, or a new one."""
        dialog = cls._open
        try:
            if dialog is not None and dialog.isVisible():
                return dialog
        except RuntimeError:  # deleted with its window
            pass
        cls._open = cls(parent)
        return cls._open

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._loading = False
        self._loaders: list[Callable[[Preferences], None]] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self._appearance_group())
        layout.addWidget(self._canvas_group())
        layout.addWidget(self._saving_group())
        layout.addWidget(self._export_group())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Close | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self.defaults_button = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        self.defaults_button.setToolTip(
            self.tr("Put every setting back as it was at installation (recent files stay)")
        )
        self.defaults_button.clicked.connect(self.restore_defaults)
        buttons.rejected.connect(self.close)
        for button in buttons.buttons():  # Enter in a field applies it, it does not close
            button.setAutoDefault(False)
            button.setDefault(False)
        layout.addWidget(buttons)
        for box in self.findChildren(QSpinBox) + self.findChildren(QDoubleSpinBox):
            box.setKeyboardTracking(False)  # typed numbers apply on Enter or Tab
        self.load()
        notifier().changed.connect(self._changed_elsewhere)

    # ------------------------------------------------------------------ building

    def _field(
        self,
        form: QFormLayout,
        label: str,
        widget: QWidget,
        tip: str,
        load: Callable[[Preferences], None],
    ) -> None:
        widget.setToolTip(tip)
        widget.setAccessibleDescription(tip)
        if isinstance(widget, QCheckBox):
            widget.setText(label)
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(widget)
        else:
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
        self._loaders.append(load)

    def _appearance_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Appearance"))
        form = QFormLayout(group)
        self.appearance_box = QComboBox()
        self.appearance_box.setObjectName("appearanceBox")
        for value, text in (
            ("system", self.tr("As the system (light or dark)")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.appearance_box.addItem(text, value)
        self._field(
            form,
            self.tr("&Windows:"),
            self.appearance_box,
            self.tr("The colours of the windows; the diagram stays light, like paper"),
            lambda p: _select(self.appearance_box, p.appearance),
        )
        self.appearance_box.activated.connect(
            lambda _i: self._set(appearance=self.appearance_box.currentData())
        )
        self.language_box = QComboBox()
        self.language_box.setObjectName("languageBox")
        self.language_box.addItem(tr("As the system"), "")
        for code, name in LANGUAGES.items():  # each language named in itself
            self.language_box.addItem(name, code)
        self._field(
            form,
            tr("&Language:"),
            self.language_box,
            tr("The language of menus, dialogs, model checks and reports"),
            lambda p: _select(self.language_box, p.language),
        )
        self.language_box.activated.connect(
            lambda _i: self._set(language=self.language_box.currentData())
        )
        self.language_note = QLabel(tr("A new language applies when ucdesigner starts again."))
        self.language_note.setObjectName("languageNote")
        self.language_note.setWordWrap(True)
        form.addRow(self.language_note)
        return group

    def _canvas_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Diagram"))
        form = QFormLayout(group)
        self.grid_box = QSpinBox(minimum=2, maximum=200)
        self.grid_box.setObjectName("gridSizeBox")
        self.grid_box.setSuffix(self.tr(" px"))
        self._field(
            form,
            self.tr("&Grid size:"),
            self.grid_box,
            self.tr("The grid spacing at 100 % (2 to 200 px)"),
            lambda p: self.grid_box.setValue(p.grid_size),
        )
        self.grid_box.valueChanged.connect(lambda v: self._set(grid_size=v))
        self.show_grid_box = QCheckBox()
        self.show_grid_box.setObjectName("showGridBox")
        self._field(
            form,
            self.tr("Show the gr&id"),
            self.show_grid_box,
            self.tr("Draw the grid on the canvas (never in pictures)"),
            lambda p: self.show_grid_box.setChecked(p.show_grid),
        )
        self.show_grid_box.toggled.connect(lambda on: self._set(show_grid=on))
        self.snap_box = QCheckBox()
        self.snap_box.setObjectName("snapBox")
        self._field(
            form,
            self.tr("&Snap to the grid"),
            self.snap_box,
            self.tr("Shapes and bend points snap to the grid (hold Alt to place freely)"),
            lambda p: self.snap_box.setChecked(p.snap_to_grid),
        )
        self.snap_box.toggled.connect(lambda on: self._set(snap_to_grid=on))
        self.notation_box = QComboBox()
        self.notation_box.setObjectName("actorNotationBox")
        self.notation_box.addItem(self.tr("Stick figure (UML default)"), "stick")
        self.notation_box.addItem(self.tr("«actor» box"), "box")
        self._field(
            form,
            self.tr("New &actors:"),
            self.notation_box,
            self.tr("How actors you add are drawn; change one actor in its properties (Style)"),
            lambda p: _select(self.notation_box, p.actor_notation),
        )
        self.notation_box.activated.connect(
            lambda _i: self._set(actor_notation=self.notation_box.currentData())
        )
        return group

    def _saving_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Saving"))
        form = QFormLayout(group)
        self.autosave_box = QSpinBox(minimum=10, maximum=3600, singleStep=10)
        self.autosave_box.setObjectName("autosaveSecondsBox")
        self.autosave_box.setSuffix(self.tr(" s"))
        self._field(
            form,
            self.tr("A&utosave every:"),
            self.autosave_box,
            self.tr("How often a recovery copy of unsaved work is written (10 to 3600 seconds)"),
            lambda p: self.autosave_box.setValue(p.autosave_seconds),
        )
        self.autosave_box.valueChanged.connect(lambda v: self._set(autosave_seconds=v))
        self.changes_box = QSpinBox(minimum=1, maximum=1000)
        self.changes_box.setObjectName("autosaveChangesBox")
        self.changes_box.setSuffix(self.tr(" changes"))
        self._field(
            form,
            self.tr("…or &after:"),
            self.changes_box,
            self.tr("Also write the recovery copy after this many changes (1 to 1000)"),
            lambda p: self.changes_box.setValue(p.autosave_changes),
        )
        self.changes_box.valueChanged.connect(lambda v: self._set(autosave_changes=v))
        self.backup_box = QCheckBox()
        self.backup_box.setObjectName("keepBackupBox")
        self._field(
            form,
            self.tr("&Keep the previous version as a .bak file when saving"),
            self.backup_box,
            self.tr("Saving “x.ucd” first keeps the file as it was in “x.ucd.bak”"),
            lambda p: self.backup_box.setChecked(p.keep_backup),
        )
        self.backup_box.toggled.connect(lambda on: self._set(keep_backup=on))
        return group

    def _export_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Pictures"))
        form = QFormLayout(group)
        self.scale_box = QDoubleSpinBox(decimals=2, minimum=0.25, maximum=16.0, singleStep=0.5)
        self.scale_box.setObjectName("exportScaleBox")
        self.scale_box.setSuffix(" x")
        self.dpi_label = QLabel()
        self._field(
            form,
            self.tr("PNG si&ze:"),
            self.scale_box,
            self.tr("Pixels per diagram pixel in PNG pictures and Copy as Image (2 x: 192 dpi)"),
            lambda p: self.scale_box.setValue(p.export.scale),
        )
        form.addRow("", self.dpi_label)
        self.scale_box.valueChanged.connect(lambda v: self._set_export(scale=v))
        self.background_box = QComboBox()
        self.background_box.setObjectName("exportBackgroundBox")
        self.background_box.addItem(self.tr("White"), "white")
        self.background_box.addItem(self.tr("Transparent"), "transparent")
        self._field(
            form,
            self.tr("&Background:"),
            self.background_box,
            self.tr("The background of exported pictures and of Copy as Image"),
            lambda p: _select(self.background_box, p.export.background),
        )
        self.background_box.activated.connect(
            lambda _i: self._set_export(background=self.background_box.currentData())
        )
        return group

    # ------------------------------------------------------------------ state

    def load(self) -> None:
        """Show the shared preferences."""
        prefs = Preferences.shared()
        self._loading = True
        try:
            for load in self._loaders:
                load(prefs)
            self._show_dpi()
        finally:
            self._loading = False

    def _changed_elsewhere(self, _prefs: Preferences) -> None:
        if not self._loading:
            self.load()

    def _show_dpi(self) -> None:
        self.dpi_label.setText(self.tr("{dpi:g} dpi").format(dpi=self.scale_box.value() * 96))

    def _set(self, **values: Any) -> None:
        if self._loading:
            return
        prefs = Preferences.shared()
        if all(getattr(prefs, name) == value for name, value in values.items()):
            return
        for name, value in values.items():
            setattr(prefs, name, value)
        preferences_changed()

    def _set_export(self, **values: Any) -> None:
        self._show_dpi()
        if self._loading:
            return
        prefs = Preferences.shared()
        export = ExportPrefs(**{**vars(prefs.export), **values})
        if export != prefs.export:
            self._set(export=export)

    def restore_defaults(self) -> None:
        """Every setting back to its default (recent files and the last export folder
        stay), applied at once."""
        prefs = Preferences.shared()
        defaults = Preferences()
        for name in vars(defaults):
            if name not in ("recent_files", "export"):
                setattr(prefs, name, getattr(defaults, name))
        prefs.export = ExportPrefs(folder=prefs.export.folder)
        preferences_changed()
        self.load()

    def closeEvent(self, event: Any) -> None:
        if SettingsDialog._open is self:
            SettingsDialog._open = None
        super().closeEvent(event)


def _select(box: QComboBox, value: object) -> None:
    index = box.findData(value)
    box.setCurrentIndex(max(index, 0))
