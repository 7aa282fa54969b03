"""What both stores keep: accounts, reference data, patients, appointments, the sync's memory."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from frontdesk.domain.models import (
    Appointment,
    AppointmentStatus,
    Location,
    Patient,
    Provider,
    Service,
)
from frontdesk.store.cache import AccountSyncState, TaskRecord
from frontdesk.store.protocol import Store

T0 = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)


def test_accounts_keep_their_order_settings_and_replacement(store: Store) -> None:
    store.save_account("B", "progenda", "http://b", {})
    store.save_account("A", "pracsuite", "http://a", {"country": "BE"})
    store.save_account("B", "vish", "http://b2", {"x": "1"})  # edited, keeps its place
    assert [(a.name, a.vendor, a.base_url, a.options) for a in store.accounts()] == [
        ("B", "vish", "http://b2", {"x": "1"}),
        ("A", "pracsuite", "http://a", {"country": "BE"}),
    ]
    assert store.account("A") is not None
    assert store.account("nobody") is None


def test_removing_an_account_forgets_everything_it_had(store: Store) -> None:
    for name in ("A", "B"):
        store.save_account(name, "progenda", f"http://{name}", {})
        store.replace_reference(name, [Location(name, "1", "Main", "Europe/Brussels")], [], [])
        store.upsert_patients([Patient(name, "1", "Jan", f"Peeters{name}")])
        store.upsert_appointments([Appointment(name, "1", "p1", T0, T0 + timedelta(hours=1))])
        store.set_cursor(name, "patients", "c1")
    store.remove_account("A")
    assert [a.name for a in store.accounts()] == ["B"]
    assert [x.account for x in store.locations()] == ["B"]
    assert store.patient_count() == 1
    assert [h.patient.account for h in store.search_patients("peeters")] == ["B"]
    assert [a.account for a in store.appointments_between(T0, T0 + timedelta(hours=1))] == ["B"]
    assert store.cursor("A", "patients") is None


def test_reference_data_is_replaced_per_account(store: Store) -> None:
    store.save_account("A", "progenda", "http://a", {})
    store.replace_reference(
        "A",
        [Location("A", "1", "Main", "Europe/Brussels")],
        [Provider("A", "p1", "Dr One", "1"), Provider("A", "p2", "Dr Two", "1")],
        [Service("A", "s", "Consult", 20, "#ff0000", ("p1",))],
    )
    assert store.services() == [Service("A", "s", "Consult", 20, "#ff0000", ("p1",))]
    store.replace_reference(
        "A",
        [Location("A", "1", "Main", "Europe/Brussels")],
        [Provider("A", "p2", "Dr Two", "1")],
        [],
    )
    assert [p.name for p in store.providers()] == ["Dr Two"]
    assert store.services() == []


def test_providers_follow_the_account_order_then_the_vendor_order(store: Store) -> None:
    store.save_account("Z", "progenda", "http://z", {})
    store.save_account("A", "progenda", "http://a", {})
    store.replace_reference("Z", [], [Provider("Z", "2", "Zed"), Provider("Z", "1", "Abe")], [])
    store.replace_reference("A", [], [Provider("A", "1", "Bo")], [])
    assert [p.name for p in store.providers()] == ["Zed", "Abe", "Bo"]
    assert [p.name for p in store.providers("A")] == ["Bo"]


def test_a_full_window_read_drops_what_the_vendor_no_longer_lists(store: Store) -> None:
    store.save_account("A", "progenda", "http://a", {})
    a1 = Appointment("A", "1", "p1", T0, T0 + timedelta(minutes=20))
    a2 = Appointment("A", "2", "p1", T0 + timedelta(hours=1), T0 + timedelta(hours=1, minutes=20))
    store.upsert_appointments([a1, a2])
    store.replace_appointments("A", T0 - timedelta(hours=1), T0 + timedelta(hours=3), [a2])
    window = store.appointments_between(T0 - timedelta(hours=1), T0 + timedelta(hours=3))
    assert [a.id for a in window] == ["2"]


def test_a_waiting_change_survives_a_vendor_read_until_it_is_confirmed(store: Store) -> None:
    mine = Appointment("A", "1", "p1", T0, T0 + timedelta(minutes=20), pending=True, title="new")
    store.upsert_appointments([mine])
    vendor = Appointment("A", "1", "p1", T0, T0 + timedelta(minutes=20), title="old")
    assert store.merge_appointments("A", [vendor], cursor=("A", "appointments", "c2")) == 0
    store.replace_appointments("A", T0, T0 + timedelta(hours=1), [vendor])
    assert store.appointment("A", "1") == mine
    assert store.cursor("A", "appointments") == "c2"


def test_appointments_round_trip_with_status_and_times(store: Store) -> None:
    # Every field its own value: a reader that takes one column for another shows here.
    original = Appointment(
        "A",
        "9",
        "p1",
        T0,
        T0 + timedelta(minutes=30),
        AppointmentStatus.ARRIVED,
        patient_id="p",
        service_id="s",
        title="Consult",
        notes="left knee",
        colour="#123456",
        confirmed_at=T0 - timedelta(days=1),
        arrived_at=T0 - timedelta(minutes=3),
        vendor_status="Arrived (front)",
        updated_at=T0 + timedelta(seconds=5, microseconds=700),
        vendor_ref="r9",
        pending=True,
    )
    store.upsert_appointments([original])
    expected = replace(original, updated_at=T0 + timedelta(seconds=5))  # whole seconds
    window = (T0, T0 + timedelta(hours=1))
    again = store.appointment("A", "9")
    assert again == expected
    assert again is not None and again.start.utcoffset() == timedelta(0)
    assert store.appointments_between(*window) == [expected]
    assert store.appointments_starting(*window, "A", ["p1"]) == [expected]


def test_appointments_between_overlap_the_window_in_time_order(store: Store) -> None:
    late = Appointment("B", "late", "p", T0 + timedelta(hours=2), T0 + timedelta(hours=3))
    early = Appointment("A", "early", "p", T0 - timedelta(minutes=30), T0 + timedelta(minutes=5))
    outside = Appointment("A", "out", "p", T0 - timedelta(hours=1), T0)
    store.upsert_appointments([late, early, outside])
    window = (T0, T0 + timedelta(hours=4))
    assert [a.id for a in store.appointments_between(*window)] == ["early", "late"]
    assert [a.id for a in store.appointments_between(*window, account="B")] == ["late"]
    store.delete_appointment("B", "late")
    assert store.appointment("B", "late") is None


def test_a_day_column_reads_what_starts_in_it_for_its_providers(store: Store) -> None:
    hour = timedelta(hours=1)
    rows = [
        Appointment("A", "before", "p", T0 - hour, T0 + hour),  # began the day before
        Appointment("A", "second", "p", T0 + 2 * hour, T0 + 3 * hour),
        Appointment("A", "first", "q", T0, T0 + hour),
        Appointment("A", "other", "r", T0, T0 + hour),  # a provider not shown
        Appointment("B", "account", "p", T0, T0 + hour),
        Appointment("A", "after", "p", T0 + 24 * hour, T0 + 25 * hour),
    ]
    store.upsert_appointments(rows)
    day = (T0, T0 + 24 * hour)
    assert [a.id for a in store.appointments_starting(*day, "A", ["p", "q"])] == [
        "first",
        "second",
    ]
    assert store.appointments_starting(*day, "A", []) == []


def test_patients_round_trip(store: Store) -> None:
    patient = Patient(
        "A",
        "7",
        "Zoë",
        "Müller",
        date(1990, 5, 16),
        "+32 2 555 01 23",
        "zoe@x.be",
        vendor_ref="fd-p-7",
        updated_at=T0,
        location_id="1",
    )
    assert store.upsert_patients([patient, patient]) == 2
    assert store.patient("A", "7") == patient
    assert store.patient_count() == 1
    assert store.patient_count("B") == 0
    assert store.patient_names([("A", "7"), ("A", "8")]) == {("A", "7"): patient.display_name}
    store.delete_patient("A", "7")
    assert store.patient("A", "7") is None
    assert store.search_patients("muller") == []


def test_a_long_passs_pages_are_stored_like_any_page(store: Store) -> None:
    """`bulk` (a page of a long pass; SQLite writes it in its page process) stores the same
    patients and resume point; `bulk_done` ends the pass."""
    store.save_account("A", "progenda", "http://a", {})
    page = [Patient("A", str(n), "Zoë", f"Müller{n}", updated_at=T0) for n in range(30)]
    cursor = ("A", "patients.pass", "page 2")
    assert store.upsert_patients(page[:10]) == 10
    assert store.upsert_patients(page[10:], cursor=cursor, bulk=True) == 20
    store.bulk_done()
    assert store.patient_count("A") == 30
    assert store.patient("A", "25") == page[25]
    assert store.cursor(*cursor[:2]) == "page 2"
    assert {hit.patient.id for hit in store.search_patients("muller")} == {
        str(n) for n in range(30)
    }


def test_a_patients_location_is_kept_through_a_copy_read_without_it(store: Store) -> None:
    listed = Patient("A", "7", "Zoë", "Müller", location_id="2")
    store.upsert_patients([listed])
    assert store.patient("A", "7") == listed
    # An edit's optimistic copy names no location: the one the vendor listed stays.
    edited = Patient("A", "7", "Zoé", "Müller")
    store.upsert_patients([edited], pending=True)
    stored = store.patient("A", "7")
    assert stored is not None and (stored.first_name, stored.location_id) == ("Zoé", "2")


def test_a_patient_edit_waiting_in_the_outbox_is_kept_over_the_vendor_copy(store: Store) -> None:
    store.save_account("A", "progenda", "http://a", {})
    edited = Patient("A", "1", "Jan", "Peeters-Edited")
    store.upsert_patients([edited], pending=True)
    vendor = Patient("A", "1", "Jan", "Peeters")
    assert store.upsert_patients([vendor], cursor=("A", "patients", "p9")) == 0
    assert store.patient("A", "1") == edited
    assert store.cursor("A", "patients") == "p9"  # the page still counts as read


def test_cursors_are_set_forgotten_and_set_together(store: Store) -> None:
    store.set_cursor("A", "patients", "1")
    store.set_cursors("A", {"patients": None, "appointments": "5", "other": "x"})
    assert store.cursor("A", "patients") is None
    assert (store.cursor("A", "appointments"), store.cursor("A", "other")) == ("5", "x")


def test_the_schedulers_memory_and_the_budget_survive(store: Store) -> None:
    store.record_task("A", "patients", T0, ok=True, cost=3.0)
    store.record_task("A", "patients", T0 + timedelta(minutes=5), ok=False)
    assert store.task_records("A") == {"patients": TaskRecord(T0, T0 + timedelta(minutes=5), 3.0)}
    state = AccountSyncState(T0, 2, T0 + timedelta(minutes=10), "the vendor is away")
    store.save_account_state("A", state)
    assert store.account_state("A") == state
    assert store.account_state("B") == AccountSyncState()
    store.save_account_state("A", AccountSyncState(T0))
    assert store.account_state("A") == AccountSyncState(T0)
    assert store.budget_used("A") is None
    store.set_budget_used("A", date(2026, 11, 18), 41)
    store.set_budget_used("A", date(2026, 11, 19), 2)
    assert store.budget_used("A") == (date(2026, 11, 19), 2)


def test_a_patient_is_seen_where_their_appointments_providers_work(store: Store) -> None:
    store.save_account("A", "progenda", "http://a", {})
    store.replace_reference(
        "A",
        [
            Location("A", "1", "Gent", "Europe/Brussels"),
            Location("A", "2", "Aalst", "Europe/Brussels"),
        ],
        [
            Provider("A", "dr1", "Dr One", "1"),
            Provider("A", "dr2", "Dr Two", "2"),
            Provider("A", "dr3", "Dr Three"),
        ],
        [],
    )
    store.upsert_appointments(
        [
            Appointment("A", "a1", "dr1", T0, T0 + timedelta(minutes=20), patient_id="p"),
            Appointment("A", "a2", "dr3", T0, T0 + timedelta(minutes=20), patient_id="p"),
            Appointment("A", "a3", "dr2", T0, T0 + timedelta(minutes=20), patient_id="other"),
        ]
    )
    assert store.patient_locations("A", "p") == frozenset({"1"})
    assert store.patient_locations("A", "nobody") == frozenset()
