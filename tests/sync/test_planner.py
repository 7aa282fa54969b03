"""The planner alone: what is due, how a budget stretches intervals, back-off. No I/O, no time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from frontdesk.store.cache import TaskRecord
from frontdesk.sync.planner import Budget, Situation, SyncPolicy, Task, next_reset, plan

# 08:00 in Los Angeles: eight hours before PatientNow's quota renews at midnight UTC.
NOW = datetime(2026, 11, 18, 16, 0, tzinfo=UTC)
POLICY = SyncPolicy()


def done(ago: timedelta, cost: float | None = None) -> TaskRecord:
    return TaskRecord(NOW - ago, NOW - ago, cost)


def fresh_everything(cost: float = 1) -> dict[str, TaskRecord]:
    return {t.value: done(timedelta(seconds=1), cost) for t in Task}


def pne(remaining: int, records: dict[str, TaskRecord], **kw: object) -> Situation:
    args: dict[str, object] = {
        "now": NOW,
        "records": records,
        "first_pass_done": True,
        "visible": True,
        "budget": Budget(1000, remaining, next_reset(NOW)),
    }
    args.update(kw)
    return Situation(**args)  # type: ignore[arg-type]


def test_a_new_account_does_everything_it_can_reference_first() -> None:
    result = plan(Situation(NOW, {}, visible=True))
    assert result.due == (Task.REFERENCE, Task.VISIBLE, Task.PATIENTS, Task.WINDOW)
    assert result.next_at == NOW


def test_nothing_is_due_right_after_everything_ran_and_the_next_time_is_known() -> None:
    result = plan(Situation(NOW, fresh_everything(), visible=True, first_pass_done=True))
    assert result.due == ()
    assert result.next_at == NOW - timedelta(seconds=1) + POLICY.visible_every


def test_each_part_comes_due_on_its_own_interval() -> None:
    records = {
        Task.REFERENCE.value: done(timedelta(hours=23)),
        Task.PATIENTS.value: done(timedelta(minutes=6)),
        Task.WINDOW.value: done(timedelta(hours=3)),
        Task.CHANGES.value: done(timedelta(minutes=11)),
        Task.VISIBLE.value: done(timedelta(seconds=30)),
    }
    assert plan(Situation(NOW, records, visible=True)).due == (Task.CHANGES, Task.PATIENTS)


def test_the_full_window_read_replaces_the_incremental_one_when_both_are_due() -> None:
    records = {
        Task.WINDOW.value: done(timedelta(hours=25)),
        Task.CHANGES.value: done(timedelta(hours=1)),
    }
    due = plan(Situation(NOW, records)).due
    assert Task.WINDOW in due and Task.CHANGES not in due


def test_without_a_change_filter_patients_are_reread_rarely_and_the_window_more_often() -> None:
    s = Situation(
        NOW,
        {
            Task.PATIENTS.value: done(timedelta(hours=1)),
            Task.WINDOW.value: done(timedelta(minutes=16)),
        },
        incremental_patients=False,
        incremental_appointments=False,
    )
    result = plan(s)
    assert result.intervals[Task.PATIENTS] == POLICY.patients_poll_every
    assert Task.CHANGES not in result.intervals
    assert Task.WINDOW in result.due and Task.PATIENTS not in result.due


def test_a_vendor_without_patients_is_never_asked_for_them() -> None:
    assert Task.PATIENTS not in plan(Situation(NOW, {}, reads_patients=False)).intervals


def test_nothing_runs_while_backing_off_and_the_plan_says_until_when() -> None:
    later = NOW + timedelta(minutes=5)
    result = plan(Situation(NOW, {}, blocked_until=later))
    assert result.due == () and result.next_at == later and result.paused


def test_backoff_grows_and_is_capped() -> None:
    steps = [POLICY.backoff_after(n).total_seconds() for n in range(1, 9)]
    assert steps == sorted(steps) and steps[0] == 30 and steps[-1] == 900


def test_an_unlimited_vendor_keeps_the_base_intervals() -> None:
    result = plan(Situation(NOW, fresh_everything(cost=40), visible=True))
    assert result.stretch == 1.0
    assert result.intervals[Task.VISIBLE] == POLICY.visible_every


def test_a_daily_quota_stretches_the_short_intervals_to_fit_the_open_day() -> None:
    # A PNE account after its first day: the day view costs 2 requests, the rest 1.
    records = fresh_everything(cost=1)
    records[Task.VISIBLE.value] = done(timedelta(seconds=1), 2)
    records[Task.REFERENCE.value] = done(timedelta(seconds=1), 3)
    records[Task.WINDOW.value] = done(timedelta(seconds=1), 15)
    result = plan(pne(1000, records))
    # Wanted: 2/min + 1/10 min + 1/5 min = 138 requests an hour. Allowed: (1000 - 250 kept
    # - 18 daily) / 10 hours = 73.2 an hour.
    assert 1.8 < result.stretch < 1.95
    hourly = 2 * 3600 / result.intervals[Task.VISIBLE].total_seconds()
    hourly += 3600 / result.intervals[Task.CHANGES].total_seconds()
    hourly += 3600 / result.intervals[Task.PATIENTS].total_seconds()
    assert 10 * hourly + 18 <= 750.5
    # Once-a-day tasks keep their day.
    assert result.intervals[Task.REFERENCE] == POLICY.reference_every


def test_spending_slows_down_as_the_remaining_budget_shrinks() -> None:
    records = fresh_everything(cost=2)
    plenty = plan(pne(900, records))
    scarce = plan(pne(300, records))
    assert scarce.stretch > plenty.stretch


def test_polling_pauses_at_the_reserve_and_resumes_after_the_reset() -> None:
    records = {t.value: done(timedelta(hours=30), 2) for t in Task}
    result = plan(pne(250, records))
    assert result.due == () and result.next_at == next_reset(NOW)
    assert "budget" in result.paused
    after_reset = plan(pne(1000, records, now=next_reset(NOW)))
    assert after_reset.due


def test_once_a_day_tasks_still_run_from_above_the_reserve_when_polling_is_paused() -> None:
    records = {t.value: done(timedelta(hours=30), 2) for t in Task}
    records[Task.REFERENCE.value] = done(timedelta(hours=30), 3)
    result = plan(pne(254, records))
    assert result.due == (Task.REFERENCE,)


def test_the_first_full_patient_pass_is_paid_from_the_days_share() -> None:
    records = fresh_everything(cost=2)
    before = plan(pne(1000, records, first_pass_done=False))
    after = plan(pne(1000, records, first_pass_done=True))
    assert before.stretch > after.stretch
