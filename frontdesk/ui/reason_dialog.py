"""Cancelling an appointment asks why (vendors store the reason; front desks report on it).

Enter confirms once a reason is given (and says it is missing otherwise); Escape keeps the
appointment, asking first when a reason was already typed.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from frontdesk.ui.dialog_guard import ask_before_discarding, make_primary

# Offered in the window's language (the vendor keeps the reason as chosen).
REASONS = (
    str(QT_TRANSLATE_NOOP("ReasonDialog", "Patient cancelled")),
    str(QT_TRANSLATE_NOOP("ReasonDialog", "Patient is ill")),
    str(QT_TRANSLATE_NOOP("ReasonDialog", "Clinic cancelled")),
    str(QT_TRANSLATE_NOOP("ReasonDialog", "Provider unavailable")),
    str(QT_TRANSLATE_NOOP("ReasonDialog", "Booked by mistake")),
)


class ReasonDialog(QDialog):
    """`reason()` is what the receptionist chose or typed; the dialog refuses an empty one."""

    def __init__(self, summary: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cancel appointment"))
        self.setMinimumWidth(420)
        intro = QLabel(self.tr("Cancel <b>%1</b>?").replace("%1", summary))
        intro.setWordWrap(True)
        self.reasons = QComboBox()
        self.reasons.setEditable(True)
        self.reasons.addItems([self.tr(reason) for reason in REASONS])
        self.reasons.setCurrentIndex(-1)
        self.reasons.setAccessibleName(self.tr("Reason for cancelling"))
        line = self.reasons.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("Choose or type a reason"))
        line.textChanged.connect(self._validate)
        self.problem = QLabel()
        self.problem.setAccessibleName(self.tr("What is missing"))
        self.problem.setStyleSheet("color: palette(placeholder-text);")
        form = QFormLayout()
        form.addRow(self.tr("&Reason"), self.reasons)
        buttons = QDialogButtonBox()
        self.cancel_button = QPushButton(self.tr("Cancel appointment"))
        self.keep_button = QPushButton(self.tr("Keep it"))
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.RejectRole)
        # The dialog was opened to cancel: Enter does that (once there is a reason).
        make_primary(self.cancel_button, self.keep_button)
        self._tried = False
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._validate()

    def reason(self) -> str:
        return " ".join(self.reasons.currentText().split())

    def _validate(self) -> None:
        ok = bool(self.reason())
        self.cancel_button.setEnabled(ok)  # what is missing is said beside it
        self.problem.setText("" if ok else self.tr("Say why, so the clinic can report on it."))
        # Said as a hint until Cancel appointment is tried without a reason, then as an error.
        colour = "#C62828" if self._tried and not ok else "palette(placeholder-text)"
        self.problem.setStyleSheet(f"color: {colour};")

    def accept(self) -> None:
        if self.reason():
            super().accept()
            return
        self._tried = True
        self._validate()
        self.reasons.setFocus()

    def reject(self) -> None:
        ask_before_discarding(
            self, bool(self.reason()), super().reject, self.tr("The reason is not kept.")
        )
