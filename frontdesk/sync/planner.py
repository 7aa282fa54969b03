"""What an account's sync should do now: a pure function of the clock, the past and the budget.

No I/O and no waiting here, so every decision is unit-tested on a made-up clock. The
coordinator feeds it what the cache remembers (when each task last succeeded, what it cost)
and runs whatever it says is due; the workspace's background loop asks again every few seconds.

Budget arithmetic (docs/sync.md): a share of the daily quota (`reserve`) is kept for writes and
searches the receptionist starts. From the rest, the once-a-day tasks (reference data, the full
window, a first full patient pass) are paid first; what remains is spread over the clinic's
open hours, and never faster than what is left until the quota resets. When the tasks on a
short interval would spend faster than that, all their intervals are stretched by one factor.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from frontdesk.store.cache import TaskRecord


class Task(StrEnum):
    REFERENCE = "reference"  # locations, providers, services
    PATIENTS = "patients"  # incremental with the vendor's change filter, else a full re-read
    WINDOW = "window"  # the whole appointment window, read in full (catches deletions)
    CHANGES = "changes"  # appointments changed since the cursor, across the window
    VISIBLE = "visible"  # the range on screen, read in full


# Run in this order when several are due: reference data first (zones, providers), then what
# the receptionist is looking at.
ORDER = (Task.REFERENCE, Task.VISIBLE, Task.CHANGES, Task.PATIENTS, Task.WINDOW)
DAILY = timedelta(hours=6)  # a task on at least this interval is paid from the daily share


def _default_costs() -> dict[Task, float]:
    return {
        Task.REFERENCE: 3,
        Task.PATIENTS: 1,
        Task.WINDOW: 20,
        Task.CHANGES: 1,
        Task.VISIBLE: 1,
    }


@dataclass(frozen=True)
class SyncPolicy:
    """How fresh each part should be when nothing limits it. Intervals are minimums."""

    reference_every: timedelta = timedelta(hours=24)
    patients_every: timedelta = timedelta(minutes=5)  # with a change filter
    patients_poll_every: timedelta = timedelta(hours=6)  # without one: a full re-read
    window_every: timedelta = timedelta(hours=24)  # with a change filter
    window_poll_every: timedelta = timedelta(minutes=15)  # without one
    changes_every: timedelta = timedelta(minutes=10)
    visible_every: timedelta = timedelta(minutes=1)
    reserve: float = 0.25  # share of a daily quota kept for writes and searches
    open_hours: float = 10.0  # the working day the daily quota must last
    first_pass_cost: float = 50  # requests a first full patient pass is assumed to take
    backoff: tuple[int, ...] = (30, 60, 120, 300, 600, 900)  # seconds; the last repeats
    costs: dict[Task, float] = field(default_factory=_default_costs)

    def backoff_after(self, failures: int) -> timedelta:
        step = self.backoff[min(max(failures, 1), len(self.backoff)) - 1]
        return timedelta(seconds=step)


@dataclass(frozen=True)
class Budget:
    limit: int | None  # requests a day; None: the vendor publishes no quota
    remaining: int | None
    resets_at: datetime

    @staticmethod
    def unlimited(now: datetime) -> Budget:
        return Budget(None, None, next_reset(now))


def next_reset(now: datetime) -> datetime:
    """Quotas renew at midnight UTC (PatientNow's, and frontdesk's own counter)."""
    day = now.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    return day + timedelta(days=1)


@dataclass(frozen=True)
class Situation:
    """Everything the planner looks at for one account."""

    now: datetime
    records: Mapping[str, TaskRecord]
    reads_patients: bool = True
    incremental_patients: bool = True
    incremental_appointments: bool = True
    first_pass_done: bool = False  # the patients cursor exists
    visible: bool = False  # a range is on screen
    budget: Budget | None = None
    blocked_until: datetime | None = None  # back-off after a failure, or a quota window


@dataclass(frozen=True)
class Plan:
    due: tuple[Task, ...]
    intervals: Mapping[Task, timedelta]
    next_at: datetime  # when something is next due
    stretch: float = 1.0  # how much the budget slowed the short-interval tasks
    paused: str = ""  # why nothing may run now ("" when something may)


def base_intervals(s: Situation, policy: SyncPolicy) -> dict[Task, timedelta]:
    out = {Task.REFERENCE: policy.reference_every}
    if s.reads_patients:
        out[Task.PATIENTS] = (
            policy.patients_every if s.incremental_patients else policy.patients_poll_every
        )
    if s.incremental_appointments:
        out[Task.WINDOW] = policy.window_every
        if Task.WINDOW in s.records and s.records[Task.WINDOW].last_ok is not None:
            out[Task.CHANGES] = policy.changes_every
    else:
        out[Task.WINDOW] = policy.window_poll_every
    if s.visible:
        out[Task.VISIBLE] = policy.visible_every
    return out


def cost_of(task: Task, s: Situation, policy: SyncPolicy) -> float:
    record = s.records.get(task)
    if record is not None and record.cost is not None:
        return max(1.0, record.cost)
    return policy.costs.get(task, 1.0)


def _hours(delta: timedelta) -> float:
    return delta.total_seconds() / 3600


def stretch_factor(s: Situation, policy: SyncPolicy, base: Mapping[Task, timedelta]) -> float:
    """1 when the budget allows the base intervals; above 1 when they must be slowed; 0 when
    polling must pause until the quota renews."""
    budget = s.budget
    if budget is None or budget.limit is None or budget.remaining is None:
        return 1.0
    daily = [t for t, every in base.items() if every >= DAILY]
    short = [t for t, every in base.items() if every < DAILY]
    # Runs of each once-a-day task in an open day (at least one).
    fixed = sum(
        cost_of(t, s, policy) * max(1.0, policy.open_hours / _hours(base[t])) for t in daily
    )
    # A first full patient pass is paid once, from today's share.
    one_off = 0.0
    if s.reads_patients and s.incremental_patients and not s.first_pass_done:
        one_off = policy.first_pass_cost
    keep = budget.limit * policy.reserve
    per_hour = (budget.limit - keep - fixed - one_off) / policy.open_hours
    left_hours = max(_hours(budget.resets_at - s.now), 0.25)
    spendable = budget.remaining - keep - one_off - _due_fixed(s, policy, base, daily)
    per_hour = min(per_hour, spendable / left_hours)
    if per_hour <= 0:
        return 0.0
    wanted = sum(cost_of(t, s, policy) / _hours(base[t]) for t in short)
    return max(1.0, wanted / per_hour)


def _due_fixed(
    s: Situation, policy: SyncPolicy, base: Mapping[Task, timedelta], daily: list[Task]
) -> float:
    return sum(cost_of(t, s, policy) for t in daily if _is_due(t, s, base[t]))


def _last_ok(task: Task, s: Situation) -> datetime | None:
    record = s.records.get(task)
    last = record.last_ok if record is not None else None
    if task is Task.CHANGES:
        # A full window read is also a read of every change.
        window = s.records.get(Task.WINDOW)
        if window is not None and window.last_ok is not None:
            last = window.last_ok if last is None else max(last, window.last_ok)
    return last


def _is_due(task: Task, s: Situation, every: timedelta) -> bool:
    last = _last_ok(task, s)
    return last is None or s.now - last >= every


def plan(s: Situation, policy: SyncPolicy | None = None) -> Plan:
    policy = policy or SyncPolicy()
    base = base_intervals(s, policy)
    stretch = stretch_factor(s, policy, base)
    intervals = {
        t: every if every >= DAILY else every * max(stretch, 1.0) for t, every in base.items()
    }
    if s.blocked_until is not None and s.blocked_until > s.now:
        return Plan((), intervals, s.blocked_until, stretch, "waiting before trying again")
    budget = s.budget
    if budget is not None and budget.limit is not None and budget.remaining is not None:
        keep = budget.limit * policy.reserve
        if stretch == 0.0:
            # Only the once-a-day tasks may still run, and only while they leave the reserve.
            affordable: list[Task] = []
            left = float(budget.remaining) - keep
            for t in ORDER:
                cost = cost_of(t, s, policy)
                if t in base and base[t] >= DAILY and _is_due(t, s, base[t]) and cost <= left:
                    affordable.append(t)
                    left -= cost
            if not affordable:
                return Plan(
                    (),
                    intervals,
                    budget.resets_at,
                    0.0,
                    "today's request budget is kept for writes",
                )
            return Plan(tuple(affordable), intervals, s.now, 0.0)
    due = [t for t in ORDER if t in intervals and _is_due(t, s, intervals[t])]
    if Task.WINDOW in due and Task.CHANGES in due:
        due.remove(Task.CHANGES)  # the full read covers every change
    return Plan(tuple(due), intervals, _next_at(s, intervals), stretch)


def _next_at(s: Situation, intervals: Mapping[Task, timedelta]) -> datetime:
    soonest: datetime | None = None
    for task, every in intervals.items():
        last = _last_ok(task, s)
        at = s.now if last is None else last + every
        soonest = at if soonest is None else min(soonest, at)
    return max(soonest or s.now, s.now)
