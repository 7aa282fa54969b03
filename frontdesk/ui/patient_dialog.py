"""Create or edit a patient in the vendor's system, where the vendor's API allows it.

Checked as you type (names required, birth date in the clinic's order or ISO and not in the
future, phone and e-mail plausible); what was typed is kept when the vendor refuses. Enter saves
(or says what is missing); Escape or closing with something typed asks before discarding it.
The date order and the phone example follow the account's country (its location's zone).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain.conventions import BELGIUM, Convention, convention_for_zone
from frontdesk.domain.errors import (
    FrontdeskError,
)
from frontdesk.domain.models import Capability, Patient, PatientDraft, PatientHit
from frontdesk.sync.facade.desk import CreatePatient, EditPatient, Outcome, Workspace
from frontdesk.ui import tasks
from frontdesk.ui.alive import alive
from frontdesk.ui.dialog_guard import ask_before_discarding, make_primary
from frontdesk.ui.patient_form import FIELDS, PatientInput, check_patient
from frontdesk.ui.tab_order import buttons_as_laid_out
from frontdesk.ui.tones import error_style

LABELS = {
    "first_name": "First name",
    "last_name": "Last name",
    "birth_date": "Birth date",
    "phone": "Phone",
    "email": "E-mail",
}


def placeholders(convention: Convention) -> dict[str, str]:
    return {
        "first_name": "",
        "last_name": "",
        "birth_date": convention.date_hint,
        "phone": convention.phone_example,
        "email": "name@example.com",
    }


async def save_patient(
    workspace: Workspace, account: str, draft: PatientDraft, existing: Patient | None = None
) -> tuple[Patient, str]:
    """Through the outbox: the patient is in the cache (found by search, bookable) at once.

    Returns the patient and, when the vendor has not taken it yet, why it waits. A refusal
    (invalid, conflict...) is raised: nothing is kept and the dialog keeps what was typed.
    """
    command = (
        EditPatient(existing, draft) if existing is not None else CreatePatient(account, draft)
    )
    result = await workspace.execute(command)
    if result.outcome is Outcome.SENT and result.patient is not None:
        return result.patient, ""
    error = result.error or FrontdeskError(result.reason or "the vendor did not return the patient")
    target = result.entry.target_id if result.entry is not None else None
    if result.outcome is Outcome.WAITING and target:
        waiting = await workspace.patient(account, target)
        if waiting is not None:
            return waiting, result.reason
    raise error


class PatientDialog(QDialog):
    saved = Signal(object)  # PatientHit

    def __init__(
        self,
        workspace: Workspace,
        *,
        patient: Patient | None = None,
        account: str | None = None,
        typed: PatientInput | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.existing = patient
        self.setWindowTitle("Edit patient" if patient else "New patient")
        self.setMinimumWidth(460)
        self._touched: set[str] = set()
        self.waiting = ""  # after saving: why the vendor has not taken it yet, if it has not
        self._tried = False
        self._saving = False
        self.convention: Convention = BELGIUM
        self._start = PatientInput()  # what the dialog opened with: more than that is input

        self.account = QComboBox()
        self.account.setAccessibleName("Account")
        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        for name in FIELDS:
            edit = QLineEdit()
            edit.setAccessibleName(LABELS[name])
            self.fields[name] = edit
            error = QLabel()
            error.setStyleSheet(error_style())
            error.setWordWrap(True)
            error.hide()
            self.errors[name] = error
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(error_style())
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(
            "Save changes" if patient else "Create patient",
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        make_primary(self.save_button, cancel)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        if patient is None:
            form.addRow("Account", self.account)
        for name in FIELDS:
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(self.fields[name])
            box.addWidget(self.errors[name])
            form.addRow(LABELS[name] + (" *" if name.endswith("_name") else ""), box)
        layout = QVBoxLayout(self)
        if patient is not None:
            layout.addWidget(QLabel(f"In <b>{patient.account}</b>"))
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        buttons_as_laid_out(self.buttons)  # once in the dialog: Qt re-chains what it adopts

        self._fill_accounts(account if patient is None else patient.account)
        self._follow_account()
        start = PatientInput.of(patient, self.convention) if patient else (typed or PatientInput())
        self._start = start
        for name in FIELDS:
            self.fields[name].setText(getattr(start, name))
            self.fields[name].textEdited.connect(lambda _t, n=name: self._edited(n))
        self.account.currentIndexChanged.connect(lambda _i: self._follow_account())
        # The cursor starts where typing is most likely: the first empty name, else the first.
        empty = next((n for n in FIELDS if not self.fields[n].text()), "first_name")
        self.fields[empty].setFocus()
        self.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.submit)
        self.note.setText("* required. Saved in the vendor's system, then shown here.")
        self.validate()

    # -- accounts --------------------------------------------------------------------------
    def _fill_accounts(self, preferred: str | None) -> None:
        model = QStandardItemModel(self)
        self.account.setModel(model)
        first_allowed = -1
        for stored in self.workspace.reference.accounts:
            allowed, why = self.workspace.can(stored.name, Capability.CREATE_PATIENT)
            self.account.addItem(stored.name if allowed else f"{stored.name} — cannot add")
            row = self.account.count() - 1
            self.account.setItemData(row, stored.name, Qt.ItemDataRole.UserRole)
            item = model.item(row)
            item.setEnabled(allowed)
            item.setToolTip("" if allowed else why)
            if allowed and (first_allowed < 0 or stored.name == preferred):
                first_allowed = row
        if first_allowed >= 0:
            self.account.setCurrentIndex(first_allowed)

    def _follow_account(self) -> None:
        """Dates and phone numbers as the account's country writes them."""
        name = self.existing.account if self.existing else self.account.currentData()
        zone = self.workspace.reference.account_zone(name) if name else None
        self.convention = convention_for_zone(zone.key if zone else None)
        for field, text in placeholders(self.convention).items():
            self.fields[field].setPlaceholderText(text)
        self.validate()

    def chosen_account(self) -> str | None:
        if self.existing is not None:
            return self.existing.account
        name = self.account.currentData()
        if name is None:
            return None
        allowed, _ = self.workspace.can(name, Capability.CREATE_PATIENT)
        return str(name) if allowed else None

    # -- checking --------------------------------------------------------------------------
    def typed(self) -> PatientInput:
        return PatientInput(**{name: self.fields[name].text() for name in FIELDS})

    def _edited(self, name: str) -> None:
        self._touched.add(name)
        self.validate()

    def _today(self) -> date:
        return self.workspace.cached.today()

    def validate(self) -> bool:
        checked = check_patient(self.typed(), self._today(), self.convention)
        grew = False
        for name in FIELDS:
            message = checked.problems.get(name, "")
            shown = bool(message) and (self._tried or name in self._touched)
            self.errors[name].setText(message)
            grew |= shown and self.errors[name].isHidden()
            self.errors[name].setVisible(shown)
        layout = self.layout()
        if grew and self.isVisible() and layout is not None:  # room for the message, not clipped
            layout.activate()
            self.resize(self.width(), max(self.height(), self.sizeHint().height()))
        account_problem = ""
        if self.chosen_account() is None:
            reasons = {
                self.workspace.can(a.name, Capability.CREATE_PATIENT)[1]
                for a in self.workspace.reference.accounts
            }
            account_problem = "No account here lets frontdesk add patients" + (
                f" ({'; '.join(sorted(r for r in reasons if r))})." if reasons else "."
            )
        self.problem.setText(account_problem)
        ok = checked.ok and not account_problem
        # Enabled even when something is missing: Enter or a click then says what (a greyed
        # default button would swallow Enter without a word).
        self.save_button.setEnabled(not self._saving)
        return ok

    def problems(self) -> dict[str, str]:
        """What is wrong, per field (shown or not yet)."""
        return check_patient(self.typed(), self._today(), self.convention).problems

    def has_input(self) -> bool:
        """Something typed beyond what the dialog opened with."""
        return self.typed() != self._start

    def reject(self) -> None:
        """Escape, Cancel or the close box: ask before what was typed is lost."""
        if self._saving:
            return  # the vendor is being asked: the answer must find the dialog
        ask_before_discarding(self, self.has_input(), super().reject)

    # -- saving ----------------------------------------------------------------------------
    def submit(self) -> None:
        self._tried = True
        if not self.validate():
            first = next((n for n in FIELDS if self.errors[n].isVisible()), None)
            if first:
                self.fields[first].setFocus()
            return
        checked = check_patient(self.typed(), self._today(), self.convention)
        account = self.chosen_account()
        assert checked.draft is not None and account is not None
        self._saving = True
        self.save_button.setEnabled(False)
        self.problem.setStyleSheet("")
        self.problem.setText("Saving…")
        tasks.run(
            save_patient(self.workspace, account, checked.draft, self.existing),
            self._done,
            self._failed,
        )

    def _done(self, saved: tuple[Patient, str]) -> None:
        if not alive(self):
            return
        self._saving = False
        patient, self.waiting = saved
        self.saved.emit(PatientHit(patient, self.workspace.vendor_of(patient.account)))
        self.accept()

    def _failed(self, error: FrontdeskError) -> None:
        if not alive(self):
            return
        self._saving = False
        self.problem.setStyleSheet(error_style())
        self.problem.setText(f"Not saved: {error}")
        self.save_button.setEnabled(True)
