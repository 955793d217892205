"""Open the editor on a document with one use case selected, its Journey tab and the
Coverage view (for the README screenshot: see README, Customer journeys).

    python resources/screenshots/journey_shot.py DOCUMENT "Use case name"
"""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QTabWidget

from ucdesigner.app.main_window import MainWindow
from ucdesigner.io.native import load


def main() -> int:
    app = QApplication(sys.argv)
    window = MainWindow(load(sys.argv[1]), None)
    window.resize(1600, 1000)
    window.show()

    def arrange() -> None:
        target = next(n for n in window.document.nodes() if n.name == sys.argv[2])
        window.findChild(QAction, "action_coverage").trigger()
        window.current_scene().select_ids([target.id])
        tabs = window.properties.findChild(QTabWidget, "propertiesTabs")
        titles = [tabs.tabText(i) for i in range(tabs.count())]
        tabs.setCurrentIndex(titles.index("Journey"))
        window.actions_by_name["zoom_fit"].trigger()

    QTimer.singleShot(300, arrange)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
