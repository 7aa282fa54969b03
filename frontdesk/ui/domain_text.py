"""The messages made under the window (frontdesk/domain/texts.py `Text`), in the window's
language: their English templates are listed here for lupdate and translated when shown.

A plain str (a vendor's reason, anything not made as a `Text`) is shown as it is.
tests/ui/test_domain_texts.py fails when a template used below the window is not listed here.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject

from frontdesk.domain.errors import FrontdeskError
from frontdesk.domain.texts import Text

CONTEXT = "DomainText"

# The templates without a count, as `Text` was given them ({names} are filled after).
TEMPLATES = frozenset(
    str(template)
    for template in (
        QT_TRANSLATE_NOOP("DomainText", "{provider} already has {first}: book anyway?"),
        QT_TRANSLATE_NOOP("DomainText", "{provider} already has {first}: save anyway?"),
        QT_TRANSLATE_NOOP(
            "DomainText", "{provider} already has {first} and {second}: book anyway?"
        ),
        QT_TRANSLATE_NOOP(
            "DomainText", "{provider} already has {first} and {second}: save anyway?"
        ),
        QT_TRANSLATE_NOOP("DomainText", "this account is not configured"),
        # A clinic desk working from its mirror (domain/errors.py ServerAway).
        QT_TRANSLATE_NOOP(
            "DomainText",
            "Kept on the clinic server only, which cannot be reached: try again when it is back.",
        ),
        QT_TRANSLATE_NOOP("DomainText", "{vendor}'s API cannot do this"),
        QT_TRANSLATE_NOOP(
            "DomainText",
            "{vendor} refused these credentials ({reason}). Check them and try again.",
        ),
        QT_TRANSLATE_NOOP("DomainText", "{vendor} cannot be reached at {address} ({reason})."),
        QT_TRANSLATE_NOOP("DomainText", "The test failed: {error}"),
        # A date or a time typed (domain/conventions.py).
        QT_TRANSLATE_NOOP("DomainText", "Not a date: write it like {hint}."),
        QT_TRANSLATE_NOOP("DomainText", "Write the year in full (19{yy} or 20{yy}?)."),
        QT_TRANSLATE_NOOP("DomainText", "There is no month {month} (read as year-month-day)."),
        QT_TRANSLATE_NOOP("DomainText", "There is no month {month} (read as month/day)."),
        QT_TRANSLATE_NOOP("DomainText", "There is no month {month} (read as day/month)."),
        QT_TRANSLATE_NOOP("DomainText", "{month} {year} has no day {day}."),
        QT_TRANSLATE_NOOP("DomainText", "Type the start time."),
        QT_TRANSLATE_NOOP("DomainText", "Not a time: write it like {hint}."),
        QT_TRANSLATE_NOOP("DomainText", "An hour has 60 minutes: {minute} is too many."),
        QT_TRANSLATE_NOOP("DomainText", "{hour} {half} is not a time."),
        QT_TRANSLATE_NOOP("DomainText", "There is no hour {hour}."),
        # What a vendor's API cannot do, and where to do it instead (connectors' `unsupported`).
        QT_TRANSLATE_NOOP(
            "DomainText",
            "SyncVet cannot change clients or animals: edit them in the practice's PIMS",
        ),
        QT_TRANSLATE_NOOP(
            "DomainText",
            "SyncVet cannot create clients or animals: add them in the practice's PIMS",
        ),
        QT_TRANSLATE_NOOP(
            "DomainText",
            "SyncVet's writeback covers booking and confirmation only: change the appointment in the practice's PIMS",
        ),
        QT_TRANSLATE_NOOP(
            "DomainText",
            "SyncVet's writeback covers booking and confirmation only: mark the no-show in the practice's PIMS",
        ),
        QT_TRANSLATE_NOOP(
            "DomainText",
            "SyncVet's writeback covers booking and confirmation only: check the patient in from the practice's PIMS",
        ),
        QT_TRANSLATE_NOOP(
            "DomainText",
            "SyncVet's writeback covers booking and confirmation only: cancel the appointment in the practice's PIMS",
        ),
        QT_TRANSLATE_NOOP(
            "DomainText",
            "SyncVet's writeback covers booking and confirmation only: move the appointment in the practice's PIMS",
        ),
        QT_TRANSLATE_NOOP(
            "DomainText",
            "SyncVet has no availability search; frontdesk computes openings from the book",
        ),
        QT_TRANSLATE_NOOP(
            "DomainText",
            "frontdesk does not change PracSuite patient details yet; edit the patient in PracSuite",
        ),
        QT_TRANSLATE_NOOP(
            "DomainText",
            "VISH has no availability search; frontdesk computes openings from the book",
        ),
        QT_TRANSLATE_NOOP(
            "DomainText",
            "VISH's API has no customers resource; the book shows each client's name from the appointment",
        ),
        QT_TRANSLATE_NOOP("DomainText", "VISH's API exposes no appointment writes"),
        QT_TRANSLATE_NOOP(
            "DomainText",
            "Progenda's API has no appointment confirmation (Progenda confirms by its own reminders)",
        ),
        QT_TRANSLATE_NOOP(
            "DomainText",
            "Naturaesoft's API has no change feed; the schedules on screen are read again at each sync",
        ),
        QT_TRANSLATE_NOOP(
            "DomainText",
            "Naturaesoft's API has no change feed; the patient list is read again in full at each sync",
        ),
        QT_TRANSLATE_NOOP(
            "DomainText",
            "Naturaesoft's API cannot change appointments; change the visit in Naturaesoft itself",
        ),
        QT_TRANSLATE_NOOP(
            "DomainText",
            "Naturaesoft's API cannot confirm appointments; confirm the visit in Naturaesoft itself",
        ),
        QT_TRANSLATE_NOOP(
            "DomainText", "Naturaesoft's API cannot record no-shows; mark it in Naturaesoft itself"
        ),
        QT_TRANSLATE_NOOP(
            "DomainText",
            "Naturaesoft's API cannot record arrivals; check the patient in in Naturaesoft itself",
        ),
        QT_TRANSLATE_NOOP(
            "DomainText",
            "Naturaesoft's API cannot cancel appointments; cancel the visit in Naturaesoft itself",
        ),
        QT_TRANSLATE_NOOP(
            "DomainText",
            "Naturaesoft's API cannot change appointments; move the visit in Naturaesoft itself",
        ),
        QT_TRANSLATE_NOOP(
            "DomainText", "Naturaesoft's API cannot create appointments; book in Naturaesoft itself"
        ),
        # An appointment's history (domain/history.py): "{what} {how}", each a Text.
        QT_TRANSLATE_NOOP("DomainText", "{what} {how}"),
        QT_TRANSLATE_NOOP("DomainText", "{weekday} {day} {month} {clock}"),
        QT_TRANSLATE_NOOP("DomainText", "booked for {when}"),
        QT_TRANSLATE_NOOP("DomainText", "moved from {before} to {after}"),
        QT_TRANSLATE_NOOP("DomainText", "end changed from {before} to {after}"),
        QT_TRANSLATE_NOOP("DomainText", "provider changed from {before} to {after}"),
        QT_TRANSLATE_NOOP("DomainText", "service changed from {before} to {after}"),
        QT_TRANSLATE_NOOP("DomainText", "status changed from {before} to {after}"),
        QT_TRANSLATE_NOOP("DomainText", "none"),
        QT_TRANSLATE_NOOP("DomainText", "cancelled"),
        QT_TRANSLATE_NOOP("DomainText", "seen at the vendor (sync at {desk}/{user})"),
        QT_TRANSLATE_NOOP("DomainText", "by {desk}/{user} through frontdesk"),
        QT_TRANSLATE_NOOP("DomainText", "proposed"),
        QT_TRANSLATE_NOOP("DomainText", "pending"),
        QT_TRANSLATE_NOOP("DomainText", "booked"),
        QT_TRANSLATE_NOOP("DomainText", "arrived"),
        QT_TRANSLATE_NOOP("DomainText", "fulfilled"),
        QT_TRANSLATE_NOOP("DomainText", "no-show"),
        QT_TRANSLATE_NOOP("DomainText", "entered in error"),
        QT_TRANSLATE_NOOP("DomainText", "checked in"),
        QT_TRANSLATE_NOOP("DomainText", "on the waitlist"),
        # What the start worked around (sync/startup.py StartNotes, store/recovery.py).
        QT_TRANSLATE_NOOP("DomainText", "{account} was not started: {reason}"),
        QT_TRANSLATE_NOOP("DomainText", "{vendor}: {message}"),
        QT_TRANSLATE_NOOP(
            "DomainText", "{account}: option {key} is outside {low}..{high} ({value}); using {used}"
        ),
        QT_TRANSLATE_NOOP("DomainText", "the default"),
        QT_TRANSLATE_NOOP("DomainText", "{damaged} {writes} {settings}"),
        QT_TRANSLATE_NOOP(
            "DomainText",
            "The local cache was damaged ({reason}). It was moved aside to {path} and a fresh one was started; the book and the patients are fetched again from the vendors.",
        ),
        QT_TRANSLATE_NOOP(
            "DomainText", "The waiting writes could not be read back from the damaged file."
        ),
        QT_TRANSLATE_NOOP("DomainText", "It held no waiting writes."),
        QT_TRANSLATE_NOOP("DomainText", "1 waiting write was read back and queued again"),
        QT_TRANSLATE_NOOP(
            "DomainText", "The account settings could not be read back from the damaged file."
        ),
        QT_TRANSLATE_NOOP("DomainText", "It held no account settings."),
        QT_TRANSLATE_NOOP("DomainText", "1 account setting was read back and kept"),
        QT_TRANSLATE_NOOP("DomainText", "{read}."),
        QT_TRANSLATE_NOOP("DomainText", "{read}; at least 1 could not be read and is lost."),
        # Errors made in sync/ that the window shows (the outbox, the accounts, clinic mode).
        QT_TRANSLATE_NOOP("DomainText", "this write is no longer in the outbox"),
        QT_TRANSLATE_NOOP("DomainText", "this write is being sent"),
        QT_TRANSLATE_NOOP("DomainText", "the account '{account}' is no longer configured"),
        QT_TRANSLATE_NOOP("DomainText", "waiting for an earlier write to be sent first"),
        QT_TRANSLATE_NOOP(
            "DomainText", "an unexpected error stopped this write; it will be retried"
        ),
        QT_TRANSLATE_NOOP("DomainText", "the account '{account}' is not configured"),
        QT_TRANSLATE_NOOP(
            "DomainText",
            "vendor openings are not asked from a desk in clinic mode (the clinic's sync agent is the only one that talks to the vendors)",
        ),
        QT_TRANSLATE_NOOP(
            "DomainText", "the clinic server cannot be reached: this desk shows its copy"
        ),
        QT_TRANSLATE_NOOP("DomainText", "the clinic server cannot be reached"),
        QT_TRANSLATE_NOOP("DomainText", "{reason} (and this desk has no copy of the book yet)"),
        QT_TRANSLATE_NOOP(
            "DomainText",
            "the clinic server is not a PostgreSQL address (e.g. postgresql://frontdesk_desk@db.clinic.lan/frontdesk?sslmode=verify-full)",
        ),
        QT_TRANSLATE_NOOP(
            "DomainText",
            "the clinic server's address must not contain the password; frontdesk asks for it and keeps it in this computer's keyring",
        ),
        QT_TRANSLATE_NOOP(
            "DomainText",
            "the clinic server {host} is not on this computer: its address needs sslmode=verify-full (or verify-ca, require) so the connection is encrypted",
        ),
        QT_TRANSLATE_NOOP("DomainText", "there is no network client to reach the vendor with"),
        QT_TRANSLATE_NOOP("DomainText", "the account {name} is not running"),
        QT_TRANSLATE_NOOP("DomainText", "none configured"),
        QT_TRANSLATE_NOOP("DomainText", "no account named {name} (accounts: {known})"),
        QT_TRANSLATE_NOOP(
            "DomainText", "no account configured; add one with `frontdesk accounts add`"
        ),
        QT_TRANSLATE_NOOP(
            "DomainText",
            "{account}: the keyring holds no {names} for this account; add it again with `frontdesk accounts add ... --replace`",
        ),
        QT_TRANSLATE_NOOP("DomainText", "the installer could not be downloaded or did not verify"),
        # The address check (store/accounts.py check_url; the accounts dialog's server address).
        QT_TRANSLATE_NOOP("DomainText", "the base URL"),
        QT_TRANSLATE_NOOP("DomainText", "the server address"),
        QT_TRANSLATE_NOOP("DomainText", "option {key}"),
        QT_TRANSLATE_NOOP("DomainText", "{account}: the base URL"),
        QT_TRANSLATE_NOOP("DomainText", "{account}: option {key}"),
        QT_TRANSLATE_NOOP("DomainText", "{what} is not a valid URL"),
        QT_TRANSLATE_NOOP(
            "DomainText", "{what} must be a full address such as https://api.example.com/v1"
        ),
        QT_TRANSLATE_NOOP(
            "DomainText",
            "{what} must not contain a user name or password; give credentials with --secret",
        ),
        QT_TRANSLATE_NOOP("DomainText", "{what} must not contain '?' or '#' parts"),
        QT_TRANSLATE_NOOP(
            "DomainText",
            "{what} must use https (plain http is only allowed to this computer: 127.0.0.1, ::1 or localhost)",
        ),
    )
)


class DomainPlurals(QObject):
    """The templates with a count (%n): lupdate reads a plural from a class's self.tr only."""

    def forms(self, n: int) -> dict[str, str]:
        """Each plural template, translated for `n`."""
        return {
            "{provider} already has {first} and {second} and %n more: book anyway?": self.tr(
                "{provider} already has {first} and {second} and %n more: book anyway?", "", n
            ),
            "{provider} already has {first} and {second} and %n more: save anyway?": self.tr(
                "{provider} already has {first} and {second} and %n more: save anyway?", "", n
            ),
            "The waiting writes could not be read back (at least %n lost).": self.tr(
                "The waiting writes could not be read back (at least %n lost).", "", n
            ),
            "%n waiting writes were read back and queued again": self.tr(
                "%n waiting writes were read back and queued again", "", n
            ),
            "The account settings could not be read back (at least %n lost).": self.tr(
                "The account settings could not be read back (at least %n lost).", "", n
            ),
            "%n account settings were read back and kept": self.tr(
                "%n account settings were read back and kept", "", n
            ),
            "{read}; at least %n could not be read and are lost.": self.tr(
                "{read}; at least %n could not be read and are lost.", "", n
            ),
        }


def shown(text: str) -> str:
    """`text` in the window's language when it is a listed `Text`, else as it is."""
    if not isinstance(text, Text):
        return text
    if text.number is not None:
        translated = DomainPlurals().forms(text.number).get(text.template)
    elif text.template in TEMPLATES:
        translated = QCoreApplication.translate(CONTEXT, text.template)
    else:
        translated = None
    if translated is None:
        return str(text)
    try:
        return translated.format_map(_localised(text.values))
    except (KeyError, ValueError, IndexError):  # a translation that lost a {name}: English
        return str(text)


def _localised(values: Mapping[str, str]) -> dict[str, str]:
    """A month named in English (domain/conventions.py's MONTHS; a history line's short day
    and month) in the window's language; a value that is a `Text` translated in turn."""
    # Not before a first frame: neither is needed to draw it (conventions compiles its parsers).
    from frontdesk.domain.conventions import MONTHS
    from frontdesk.domain.history import SHORT_DAYS, SHORT_MONTHS

    found = dict(values)
    short = QLocale.FormatType.ShortFormat
    for name, value in values.items():
        if isinstance(value, Text):
            found[name] = shown(value)
        elif value in MONTHS:
            found[name] = QLocale().monthName(MONTHS.index(value) + 1)
        elif name == "weekday" and value in SHORT_DAYS:
            found[name] = QLocale().dayName(SHORT_DAYS.index(value) + 1, short)
        elif name == "month" and value in SHORT_MONTHS:
            found[name] = QLocale().monthName(SHORT_MONTHS.index(value) + 1, short)
    return found


def error_text(error: FrontdeskError) -> str:
    """An error as the window says it: "Vendor: message", the message translated when it is
    frontdesk's own (a vendor's reason stays as the vendor wrote it)."""
    message = shown(error.message)
    return f"{error.vendor}: {message}" if error.vendor else message
