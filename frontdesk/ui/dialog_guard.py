"""No dialog loses what was typed: Escape, Cancel or the close box ask first when there is
input, and the primary button is the one Enter presses.

The question is a window-modal box opened with `open()` (never `exec()`), so the event loop —
and the cache worker's answers — keep running while it is on screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QDialog, QMessageBox, QPushButton, QWidget

DISCARD_TEXT = str(QT_TRANSLATE_NOOP("DialogGuard", "Discard what you typed?"))


def make_primary(primary: QPushButton, *others: QAbstractButton) -> None:
    """Enter presses `primary`, whatever has the focus: the other buttons of the dialog never
    take the default ring when tabbed to (Qt's auto-default would hand it to them)."""
    for button in others:
        if isinstance(button, QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
    primary.setAutoDefault(True)
    primary.setDefault(True)


def ask_before_discarding(
    dialog: QDialog, has_input: bool, discard: Callable[[], None], what: str = ""
) -> QMessageBox | None:
    """Discard at once when nothing was typed; otherwise ask (Keep editing is the default,
    so a second Escape or Enter keeps the input). Returns the question while it is asked."""
    if not has_input:
        discard()
        return None
    box = QMessageBox(dialog)
    box.setObjectName("discard-question")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(dialog.windowTitle())
    box.setText(QCoreApplication.translate("DialogGuard", DISCARD_TEXT))
    box.setInformativeText(
        what
        or QCoreApplication.translate(
            "DialogGuard", "What you typed in this dialog is not saved yet."
        )
    )
    gone = box.addButton(
        QCoreApplication.translate("DialogGuard", "Discard"), QMessageBox.ButtonRole.DestructiveRole
    )
    keep = box.addButton(
        QCoreApplication.translate("DialogGuard", "Keep editing"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)

    def finished(_code: int) -> None:
        if box.clickedButton() is gone:
            discard()

    box.finished.connect(finished)
    box.open()
    return box


def discard_question(parent: QWidget) -> QMessageBox | None:
    """The question on screen over `parent`, if any (for tests and for not asking twice)."""
    for box in parent.findChildren(QMessageBox, "discard-question"):
        if box.isVisible():
            return box
    return None


def answer(box: QMessageBox, text: str) -> None:
    """Click the button labelled `text` (tests: what a receptionist would click)."""
    for button in box.buttons():
        if button.text() == text:
            button.click()
            return
    raise LookupError(text)
