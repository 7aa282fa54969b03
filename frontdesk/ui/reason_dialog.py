"""Cancelling an appointment asks why (vendors store the reason; front desks report on it)."""

from __future__ import annotations

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

REASONS = (
    "Patient cancelled",
    "Patient is ill",
    "Clinic cancelled",
    "Provider unavailable",
    "Booked by mistake",
)


class ReasonDialog(QDialog):
    """`reason()` is what the receptionist chose or typed; the dialog refuses an empty one."""

    def __init__(self, summary: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Cancel appointment")
        self.setMinimumWidth(420)
        intro = QLabel(f"Cancel <b>{summary}</b>?")
        intro.setWordWrap(True)
        self.reasons = QComboBox()
        self.reasons.setEditable(True)
        self.reasons.addItems(REASONS)
        self.reasons.setCurrentIndex(-1)
        self.reasons.setAccessibleName("Reason for cancelling")
        line = self.reasons.lineEdit()
        assert line is not None
        line.setPlaceholderText("Choose or type a reason")
        line.textChanged.connect(self._validate)
        self.problem = QLabel()
        self.problem.setAccessibleName("What is missing")
        self.problem.setStyleSheet("color: palette(placeholder-text);")
        form = QFormLayout()
        form.addRow("&Reason", self.reasons)
        buttons = QDialogButtonBox()
        self.cancel_button = QPushButton("Cancel appointment")
        self.keep_button = QPushButton("Keep it")
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.keep_button.setDefault(True)
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
        self.cancel_button.setEnabled(ok)
        self.problem.setText("" if ok else "Say why, so the clinic can report on it.")

    def accept(self) -> None:
        if self.reason():
            super().accept()
