"""Patient alerts (issue 15 item 7) on both stores: set, replaced, removed by an empty text."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from frontdesk.domain.alerts import PatientAlert
from frontdesk.store.protocol import Store

T0 = datetime(2026, 11, 18, 9, 30, tzinfo=UTC)


def test_an_alert_is_kept_replaced_and_removed(store: Store) -> None:
    store.save_account("A", "progenda", "http://a", {})
    alert = PatientAlert("A", "7", "Allergic to latex", T0, "d", "u")
    other = PatientAlert("B", "7", "Wheelchair", T0, "d", "u")
    store.set_patient_alert(alert)
    store.set_patient_alert(other)
    assert store.patient_alerts([("A", "7"), ("B", "7"), ("A", "8")]) == {
        ("A", "7"): alert,
        ("B", "7"): other,
    }
    newer = replace(alert, text="Allergic to latex and iodine", user="u2")
    store.set_patient_alert(newer)
    assert store.patient_alerts([("A", "7")]) == {("A", "7"): newer}
    store.set_patient_alert(replace(newer, text="  "))
    assert store.patient_alerts([("A", "7")]) == {}
    store.set_patient_alert(alert)
    store.remove_account("A")
    assert store.patient_alerts([("A", "7"), ("B", "7")]) == {("B", "7"): other}
