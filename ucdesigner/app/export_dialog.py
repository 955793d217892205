"""The export dialog: which diagram(s), format, size, background and margin, where to
write, with a live preview; and whether to write the picture again on every save."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..io.render import (
    ExportError,
    ExportOptions,
    ExportResult,
    export_all_steps,
    export_diagram,
    file_names,
    render_png,
)
from ..model import Document
from ..model.settings import ExportTarget
from .export_prefs import ExportPrefs, load_prefs, save_prefs
from .progress import run_steps

PREVIEW_SIZE = (520, 360)
SCOPES = ("diagram", "all", "selection")


FRAME_STATES = {
    Qt.CheckState.PartiallyChecked: None,
    Qt.CheckState.Checked: True,
    Qt.CheckState.Unchecked: False,
}
"""The frame box's state -> ExportOptions.frame (None: as the diagram says)."""


class ExportDialog(QDialog):
    """Export pictures of ``document``; ``selection`` holds the ids selected on the
    diagram ``diagram_id`` (empty: the selection choice is disabled)."""

    def __init__(
        self,
        document: Document,
        diagram_id: str | None,
        selection: Sequence[str] = (),
        document_path: str | os.PathLike[str] | None = None,
        scope: str = "diagram",
        prefs: ExportPrefs | None = None,
        parent: QWidget | None = None,
        remembered: dict[tuple[str, str], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.remembered = remembered if remembered is not None else {}
        """The paths exported to before, by (diagram id, scope): the caller keeps it, so
        the next export of the same diagram suggests the file name the user chose."""
        self.selection = list(selection)
        self.document_path = Path(document_path) if document_path else None
        self.prefs = prefs or load_prefs()
        self.results: list[ExportResult] = []
        self.cancelled = False
        """True when the user stopped an export of every diagram half-way."""
        self.planned = 0
        """How many pictures an export of every diagram was to write."""
        self._path_touched = False
        self.setWindowTitle(self.tr("Export Pictures"))
        self._build()
        if diagram_id is not None:
            index = self.diagram_box.findData(diagram_id)
            if index >= 0:
                self.diagram_box.setCurrentIndex(index)
        self._load(self.prefs)
        if scope == "selection" and not self.selection:
            scope = "diagram"
        self.scope_buttons[scope].setChecked(True)
        self._suggest_path()
        self._preview_timer = QTimer(self, singleShot=True, interval=120)
        self._preview_timer.timeout.connect(self.update_preview)
        for signal in (
            self.format_box.currentIndexChanged,
            self.scale_box.valueChanged,
            self.background_box.currentIndexChanged,
            self.margin_box.valueChanged,
            self.diagram_box.currentIndexChanged,
            self.scope_group.idToggled,
            self.frame_box.stateChanged,
        ):
            signal.connect(self._changed)
        self.path_edit.textEdited.connect(self._path_edited)
        self._changed()
        self.update_preview()

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        self.diagram_box = QComboBox()
        for info in self.document.diagrams():
            self.diagram_box.addItem(info.name or info.id, info.id)
        self.scope_group = QButtonGroup(self)
        self.scope_buttons = {
            "diagram": QRadioButton(self.tr("This diagram")),
            "all": QRadioButton(self.tr("All diagrams, one file each")),
            "selection": QRadioButton(self.tr("The selection only")),
        }
        for number, name in enumerate(SCOPES):
            self.scope_group.addButton(self.scope_buttons[name], number)
        self.scope_buttons["selection"].setEnabled(bool(self.selection))

        self.format_box = QComboBox()
        self.format_box.addItem(self.tr("PNG image (for slides)"), "png")
        self.format_box.addItem(self.tr("SVG drawing (scales without blur)"), "svg")
        self.format_box.addItem(self.tr("PDF document (for print)"), "pdf")
        self.scale_box = QDoubleSpinBox(decimals=2, minimum=0.25, maximum=16.0, singleStep=0.5)
        self.scale_box.setSuffix(" x")
        self.dpi_label = QLabel()
        self.background_box = QComboBox()
        self.background_box.addItem(self.tr("White"), "white")
        self.background_box.addItem(self.tr("Transparent"), "transparent")
        self.margin_box = QDoubleSpinBox(decimals=0, minimum=0, maximum=1000, singleStep=5)
        self.margin_box.setSuffix(" px")
        self.path_edit = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        self.frame_box = QCheckBox(self.tr("UML diagram frame (uc [name])"))
        self.frame_box.setObjectName("exportFrame")
        self.frame_box.setTristate(True)
        self.frame_box.setCheckState(Qt.CheckState.PartiallyChecked)
        self.frame_box.setToolTip(
            self.tr("Partly ticked: as each diagram's own setting (Diagram ▸ Diagram Frame)")
        )
        self.on_save_box = QCheckBox(self.tr("Export again whenever the document is saved"))
        self.on_save_box.setToolTip(
            self.tr("The picture is written again, with these settings, on every save.")
        )

        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(*PREVIEW_SIZE)
        self.preview.setStyleSheet("QLabel { background: #d9dde3; }")
        self.size_label = QLabel()
        self.size_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        form = QFormLayout()
        scope_box = QVBoxLayout()
        first = QHBoxLayout()
        first.addWidget(self.scope_buttons["diagram"])
        first.addWidget(self.diagram_box, 1)
        scope_box.addLayout(first)
        scope_box.addWidget(self.scope_buttons["all"])
        scope_box.addWidget(self.scope_buttons["selection"])
        form.addRow(self.tr("Export:"), scope_box)
        form.addRow(self.tr("Format:"), self.format_box)
        size_row = QHBoxLayout()
        size_row.addWidget(self.scale_box)
        size_row.addWidget(self.dpi_label, 1)
        form.addRow(self.tr("Size:"), size_row)
        form.addRow(self.tr("Background:"), self.background_box)
        form.addRow(self.tr("Margin:"), self.margin_box)
        form.addRow(self.tr("Frame:"), self.frame_box)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        form.addRow(self.tr("Save to:"), path_row)
        form.addRow("", self.on_save_box)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        left = QVBoxLayout()
        left.addWidget(self.preview, 1)
        left.addWidget(self.size_label)
        main = QHBoxLayout()
        main.addLayout(left, 1)
        main.addLayout(form)
        outer = QVBoxLayout(self)
        outer.addLayout(main, 1)
        outer.addWidget(buttons)

    def _load(self, prefs: ExportPrefs) -> None:
        self.format_box.setCurrentIndex(max(0, self.format_box.findData(prefs.format)))
        self.scale_box.setValue(prefs.scale)
        self.background_box.setCurrentIndex(max(0, self.background_box.findData(prefs.background)))
        self.margin_box.setValue(prefs.margin)

    # ------------------------------------------------------------------ state

    @property
    def scope(self) -> str:
        return SCOPES[max(0, self.scope_group.checkedId())]

    @property
    def diagram_id(self) -> str | None:
        return self.diagram_box.currentData()

    def options(self) -> ExportOptions:
        """The options as the dialog shows them."""
        return ExportOptions(
            format=self.format_box.currentData(),
            scale=self.scale_box.value(),
            background=self.background_box.currentData(),
            margin=self.margin_box.value(),
            ids=self.selection if self.scope == "selection" else None,
            frame=FRAME_STATES[self.frame_box.checkState()],
        )

    def _changed(self, *_args: object) -> None:
        png = self.format_box.currentData() == "png"
        self.scale_box.setEnabled(png)
        self.dpi_label.setText(
            self.tr("{dpi:g} dpi").format(dpi=self.scale_box.value() * 96) if png else ""
        )
        self.diagram_box.setEnabled(self.scope != "all")
        self.on_save_box.setEnabled(self.document_path is not None and self.scope != "selection")
        if self.scope == "selection":
            self.on_save_box.setChecked(False)
        self._suggest_path()
        self._preview_timer.start()

    def _path_edited(self, _text: str) -> None:
        self._path_touched = True

    def _folder(self) -> Path:
        if self.prefs.folder and Path(self.prefs.folder).is_dir():
            return Path(self.prefs.folder)
        if self.document_path is not None:
            return self.document_path.resolve().parent
        return Path.home()

    def _suggest_path(self) -> None:
        """Follow the choices with a file name made from the diagram's name, until the
        user types a path of their own (then only the suffix follows the format)."""
        fmt = self.format_box.currentData()
        current = self.path_edit.text().strip()
        if self._path_touched and current:
            if self.scope != "all" and Path(current).suffix.lower() in (".svg", ".png", ".pdf"):
                self.path_edit.setText(str(Path(current).with_suffix(f".{fmt}")))
            return
        folder = self._folder()
        before = self.remembered.get((self.diagram_id or "", self.scope))
        if before and self.scope != "all":
            self.path_edit.setText(str(Path(before).with_suffix(f".{fmt}")))
            return
        if self.scope == "all" or self.diagram_id is None:
            self.path_edit.setText(before or str(folder))
            return
        name = file_names(self.document, [self.diagram_id], fmt)[self.diagram_id]
        if self.scope == "selection":
            name = f"{Path(name).stem} (selection).{fmt}"
        self.path_edit.setText(str(folder / name))

    def _browse(self) -> None:
        if self.scope == "all":
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("Folder for the pictures"), self.path_edit.text()
            )
        else:
            fmt = self.format_box.currentData()
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save picture as"),
                self.path_edit.text(),
                self.tr("{kind} files (*.{fmt})").format(kind=fmt.upper(), fmt=fmt),
            )
        if chosen:
            self.path_edit.setText(chosen)
            self._path_touched = True

    # ------------------------------------------------------------------ preview

    def update_preview(self) -> None:
        """Draw the picture as it will be exported (as PNG, scaled to fit the preview)."""
        if self.diagram_id is None:
            self.preview.setText(self.tr("The document has no diagrams."))
            return
        # Drawn at the screen's pixel density, so the preview is sharp on high-DPI screens.
        dpr = max(1.0, self.preview.devicePixelRatioF())
        try:
            chosen = self.options()
            rendered = render_png(
                self.document,
                self.diagram_id,
                ExportOptions(
                    format="png",
                    scale=dpr,
                    background=chosen.background,
                    margin=chosen.margin,
                    ids=chosen.ids,
                ),
            )
        except ExportError as error:
            self.preview.setText(str(error))
            return
        image = QImage.fromData(rendered.data, "PNG")
        pixmap = QPixmap.fromImage(image)
        width, height = (round(side * dpr) for side in PREVIEW_SIZE)
        if pixmap.width() > width or pixmap.height() > height:
            pixmap = pixmap.scaled(
                width,
                height,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        pixmap.setDevicePixelRatio(dpr)
        self.preview.setPixmap(pixmap)
        scale = (chosen.effective_scale if chosen.format == "png" else 1.0) / dpr
        unit = self.tr("pixels") if chosen.format == "png" else self.tr("px")
        self.size_label.setText(
            self.tr("{w} x {h} {unit}").format(
                w=round(rendered.width * scale), h=round(rendered.height * scale), unit=unit
            )
        )

    # ------------------------------------------------------------------ exporting

    def export(self) -> list[ExportResult]:
        """Write the pictures as chosen; remember the settings; ExportError on failure."""
        options = self.options()
        text = self.path_edit.text().strip()
        if not text:
            raise ExportError(self.tr("choose where to save the picture"))
        path = Path(text).expanduser()
        remember = self.on_save_box.isChecked() and self.on_save_box.isEnabled()
        if remember and not self._inside_document_folder(path):
            raise ExportError(
                self.tr(
                    "pictures exported on every save must be inside the document's folder "
                    "({folder}); choose a place there or untick the box"
                ).format(folder=self._document_folder())
            )
        if self.scope == "all":
            results = self._export_all(path, options)
            folder = path
        else:
            if self.diagram_id is None:
                raise ExportError(self.tr("the document has no diagrams"))
            if path.suffix.lower() != f".{options.format}":
                path = path.with_name(path.name + f".{options.format}")
            results = [export_diagram(self.document, self.diagram_id, path, options)]
            folder = path.parent
        self.remembered[(self.diagram_id or "", self.scope)] = str(path)
        self.prefs = ExportPrefs(
            format=options.format,
            scale=options.scale,
            background=options.background,
            margin=options.margin,
            folder=str(folder.resolve()),
        )
        save_prefs(self.prefs)
        if remember:
            self._remember_on_save(path, options)
        self.results = results
        return results

    def _export_all(self, folder: Path, options: ExportOptions) -> list[ExportResult]:
        """Every diagram, one picture at a time, with progress and Cancel (painting
        stays on the GUI thread; the window repaints between two pictures)."""
        steps = export_all_steps(self.document, folder, options)
        names = {info.id: info.name or info.id for info in self.document.diagrams()}
        outcome = run_steps(
            self,
            [
                (
                    self.tr("Exporting “{name}” ({n} of {count})…").format(
                        name=names.get(diagram_id, diagram_id), n=n, count=len(steps)
                    ),
                    step,
                )
                for n, (diagram_id, step) in enumerate(steps, 1)
            ],
        )
        self.cancelled, self.planned = outcome.cancelled, outcome.total
        if outcome.error is not None:
            raise outcome.error
        return outcome.values

    def _document_folder(self) -> Path:
        assert self.document_path is not None
        return self.document_path.resolve().parent

    def _inside_document_folder(self, path: Path) -> bool:
        return path.resolve().is_relative_to(self._document_folder())

    def _remember_on_save(self, path: Path, options: ExportOptions) -> None:
        stored = os.path.relpath(path.resolve(), self._document_folder())
        target = ExportTarget(
            path=Path(stored).as_posix(),
            format=options.format,  # type: ignore[arg-type]
            diagram=None if self.scope == "all" else self.diagram_id,
            scale=options.scale,
            background=options.background,  # type: ignore[arg-type]
            margin=options.margin,
        )
        settings = self.document.settings
        kept = tuple(t for t in settings.export_on_save if t.path != target.path)
        self.document.set_info(
            settings=settings.model_copy(update={"export_on_save": (*kept, target)})
        )

    def accept(self) -> None:
        try:
            self.export()
        except ExportError as error:
            QMessageBox.warning(self, self.tr("Cannot export"), str(error))
            return
        super().accept()
