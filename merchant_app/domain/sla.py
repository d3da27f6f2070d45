"""SLA clocks of after-sales tickets, counted in the shop's business hours.

The platform gives each ticket wall-clock due times that never pause. The console keeps its own,
from the shop definition the platform serves at sign-in (``GET /v1/me`` → ``shop``):

- **Business calendar** (:class:`Calendar`): ``business_hours`` per weekday in the shop's
  ``timezone`` (``{"mon": ["09:00", "18:00"], ...}``; a day that is absent is closed; ``"24:00"``
  is the end of the day; a day may also list several ranges, ``[["09:00", "12:00"], ["13:00",
  "18:00"]]``), and ``holidays`` (ISO dates, closed all day). Opening times are wall-clock times of
  the shop's zone, so across a daylight-saving change a day keeps its 09:00 to 18:00 and the UTC
  instants move. A shop that gives no business hours is open round the clock.
  ``add(start, hours)`` is the earliest instant by which ``hours`` of opening time have passed
  since ``start`` (so a clock that runs out exactly at closing time is due at closing time, not at
  the next opening); ``open_hours_between(a, b)`` counts the opening time between two instants.
- **Targets**: ``sla[priority]`` gives ``first_response_hours``, ``next_response_hours`` and
  ``resolution_hours``; a priority without a target has no clocks.
- **When clocks run**: only while the ticket is being worked on (new, open, awaiting return,
  escalated, reopened). *Awaiting the customer* pauses every clock; *resolved* and *closed* stop
  them. The ticket's past states are rebuilt from its messages: the platform's system notes
  ``Status X → Y``, a customer message (which moves a ticket awaiting the customer back to open, and
  a resolved one to reopened, as the platform does) and an agent reply. Notes can be missing (older
  records, the seed's history): when the state so rebuilt disagrees with the ticket's status, the
  change is taken to have happened at the last message (a resolved or closed ticket: at
  ``resolved_at``, else ``closed_at``), never before the last known change.
- **First response**: from ``created_at`` for ``first_response_hours`` of running time; met when
  ``first_responded_at`` (or, without it, the first agent reply) comes no later than the due time,
  breached when later. A ticket resolved or closed without an answer has it *stopped*.
- **Next response**: after the first answer, the latest customer message with no agent reply after
  it starts ``next_response_hours`` of running time from that message; the first agent reply after
  it meets (or, late, breaches) it. No such message: no clock (``none``); a customer message
  before the first answer is the first response's business.
- **Resolution**: from ``created_at`` for ``resolution_hours`` of running time; met (or breached)
  when the ticket is resolved or closed, at ``resolved_at`` (else ``closed_at``). A reopened
  ticket's clock goes on from where it stopped: time spent resolved does not count.

A running clock has a due time (:class:`Clock` ``running``); one that is paused has the running
time it had left (``left``, negative when it had already run out); met and breached ones have the
time they were answered or resolved. Due times depend only on the ticket and the calendar, never
on the time now: a ticket's dues change when it is rewritten or the calendar changes, and it
*breaches* by the passage of time, which readers compare when they look (``breached(now)``).

**In the cache** the tickets table's ``first_response_due``, ``next_response_due`` and
``resolution_due`` hold these dues (:func:`dues`), written with every ticket record (the sync's
pull and every optimistic change go through ``sync.mapping``): the due time of a running clock,
:data:`PAUSED_DUE` for a paused one, NULL for one met, breached, stopped or without a target. The
derived ``sla_next_due`` is the earliest running due time (:data:`PAUSED_DUE` when the clocks are
paused, :data:`NEVER_DUE` when none runs), indexed, for the queue's sort and "breaching soon". The
shop definition is kept in ``preferences`` (:data:`PREFERENCE`); when it changes every ticket's
dues are computed again (``sync.shop.remember_shop``).

Pure: no database, no network, no Qt. The sync layer computes the dues with every ticket it writes
and the services and views read the clocks, so this module sits below both (``merchant_app.domain``).
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
CLOCKS = ("first_response", "next_response", "resolution")
TARGET_KEYS = {"first_response": "first_response_hours", "next_response": "next_response_hours",
               "resolution": "resolution_hours"}
PAUSED = frozenset({"awaiting_customer"})
STOPPED = frozenset({"resolved", "closed"})

NEVER_DUE = "9999"
"""``sla_next_due`` of a ticket with no clock running or paused: after every real timestamp."""
PAUSED_DUE = "9998-12-31T00:00:00.000000Z"
"""The due of a paused clock: no instant, but after every real one and before :data:`NEVER_DUE`, so
paused tickets sort after running ones; it parses as a timestamp (readers that show it must say
"paused", not the date)."""

PREFERENCE = "shop.sla_calendar"
"""Where the cache keeps the shop's time zone, business hours, holidays and SLA targets."""
SHOP_FIELDS = ("timezone", "business_hours", "holidays", "sla")

_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"
_STATUS_NOTE = re.compile(r"Status (\w+) → (\w+)")
_SPAN_DAYS = 400   # the calendar's windows are built this many days either side of what is asked


def to_epoch(iso: str) -> float:
    return datetime.fromisoformat(iso).timestamp()


def to_iso(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).strftime(_FORMAT)


def _clock_time(text: str) -> int:
    hours, _, minutes = str(text).partition(":")
    return int(hours) * 3600 + int(minutes or 0) * 60


def _ranges(spec: Any) -> list[tuple[int, int]]:
    """``["09:00", "18:00"]`` or ``[["09:00", "12:00"], ...]`` -> [(open, close)] in seconds of the day."""
    if not spec:
        return []
    pairs = [spec] if isinstance(spec[0], str) else spec
    out = []
    for pair in pairs:
        try:
            start, end = _clock_time(pair[0]), _clock_time(pair[1])
        except (ValueError, IndexError, TypeError):
            continue
        if 0 <= start < end <= 86400:
            out.append((start, end))
    return sorted(out)


class Calendar:
    """When a shop is open: weekly hours in its time zone, minus holidays. Instants are UTC epoch
    seconds (floats) in the fast calls (:meth:`add_seconds`, :meth:`seconds_between`) and aware
    datetimes in :meth:`add` and :meth:`open_hours_between`.

    Opening windows are laid out lazily over a span of days around what is asked, with the opening
    time before each one summed, so both calls are two binary searches."""

    def __init__(self, timezone: str = "UTC", business_hours: dict | None = None,
                 holidays: list[str] | tuple[str, ...] = (), sla: dict | None = None) -> None:
        try:
            self.zone = ZoneInfo(timezone or "UTC")
        except (ZoneInfoNotFoundError, ValueError):
            self.zone = ZoneInfo("UTC")
        hours = business_hours or {}
        self.week = [_ranges(hours.get(day)) for day in WEEKDAYS]
        self.always_open = not any(self.week)
        self.holidays = frozenset(date.fromisoformat(d) for d in holidays or () if _is_date(d))
        self.targets: dict[str, tuple[float | None, ...]] = {}
        for priority, target in (sla or {}).items():
            if isinstance(target, dict):
                self.targets[priority] = tuple(
                    float(target[TARGET_KEYS[c]]) * 3600 if target.get(TARGET_KEYS[c]) is not None else None
                    for c in CLOCKS)
        self._first = self._last = None   # date ordinals the windows cover
        self._opens: list[float] = []
        self._closes: list[float] = []
        self._before: list[float] = []    # opening seconds before window i
        self._after: list[float] = []     # ... up to the end of window i

    @classmethod
    def from_shop(cls, shop: dict | None) -> Calendar:
        shop = shop or {}
        return cls(shop.get("timezone") or "UTC", shop.get("business_hours"), shop.get("holidays") or (),
                   shop.get("sla"))

    # --- the windows ------------------------------------------------------------------------
    def _cover(self, epoch: float) -> None:
        day = datetime.fromtimestamp(epoch, UTC).date().toordinal()
        if self._first is not None and self._first + 2 <= day <= self._last - 2:
            return
        first = day - _SPAN_DAYS if self._first is None else min(self._first, day - _SPAN_DAYS)
        last = day + _SPAN_DAYS if self._last is None else max(self._last, day + _SPAN_DAYS)
        opens, closes = [], []
        for ordinal in range(first, last + 1):
            d = date.fromordinal(ordinal)
            if d in self.holidays:
                continue
            ranges = self.week[d.weekday()]
            if not ranges:
                continue
            midnight = datetime(d.year, d.month, d.day, tzinfo=self.zone)
            for start, end in ranges:
                # wall-clock arithmetic: 09:00 stays 09:00 on a daylight-saving day
                o = (midnight + timedelta(seconds=start)).timestamp()
                c = (midnight + timedelta(seconds=end)).timestamp()
                if c > o:
                    opens.append(o)
                    closes.append(c)
        before, after, total = [], [], 0.0
        for o, c in zip(opens, closes, strict=True):
            before.append(total)
            total += c - o
            after.append(total)
        self._first, self._last = first, last
        self._opens, self._closes, self._before, self._after = opens, closes, before, after

    def _elapsed(self, t: float) -> float:
        """Opening seconds from the start of the windows to ``t``."""
        i = bisect_right(self._opens, t) - 1
        if i < 0:
            return 0.0
        return self._before[i] + min(t - self._opens[i], self._closes[i] - self._opens[i])

    def seconds_between(self, a: float, b: float) -> float:
        """Opening seconds between two epoch instants (0 when ``b`` is not after ``a``)."""
        if b <= a:
            return 0.0
        if self.always_open:
            return b - a
        self._cover(a)
        self._cover(b)
        return self._elapsed(b) - self._elapsed(a)

    def add_seconds(self, start: float, seconds: float) -> float:
        """The earliest epoch instant by which ``seconds`` of opening time have passed since ``start``."""
        if seconds <= 0 or self.always_open:
            return start + max(seconds, 0.0)
        self._cover(start)
        target = self._elapsed(start) + seconds
        j = bisect_left(self._after, target)
        while j >= len(self._after):   # beyond the windows laid out: lay out more
            if not self._opens:
                raise ValueError("the shop is never open")
            self._cover(self._closes[-1] + 86400 * (_SPAN_DAYS - 3))
            target = self._elapsed(start) + seconds
            j = bisect_left(self._after, target)
        return self._opens[j] + (target - self._before[j])

    def add(self, start: datetime, hours: float) -> datetime:
        """When ``hours`` of opening time have passed since ``start`` (an aware datetime), in UTC."""
        return datetime.fromtimestamp(self.add_seconds(start.timestamp(), hours * 3600), UTC)

    def open_hours_between(self, a: datetime, b: datetime) -> float:
        return self.seconds_between(a.timestamp(), b.timestamp()) / 3600


def _is_date(text: Any) -> bool:
    try:
        date.fromisoformat(str(text))
        return True
    except ValueError:
        return False


# --- a ticket's history ---------------------------------------------------------------------

def _category(status: str) -> int:
    return 1 if status in PAUSED else 2 if status in STOPPED else 0   # 0: the clocks run


@dataclass(slots=True)
class _History:
    running: list[tuple[float, float | None]]   # when the clocks ran; the last one open while they still run
    answered: float | None                      # the first answer
    asked: float | None                         # the latest customer message...
    reply: float | None                         # ...and the first agent reply after it
    stopped_at: float | None                    # when it was resolved or closed (its status now)
    category: int


def _history(ticket: dict, created: float) -> _History:
    running: list[tuple[float, float | None]] = []
    state = "new"
    since = created          # when the current run began (while state runs)
    moved = created          # the last change of state
    first_reply = asked = reply = None
    last_at = created

    def move(to: str, at: float) -> None:
        nonlocal state, since, moved
        was, now = _category(state), _category(to)
        if was == 0 and now != 0:
            if at > since:
                running.append((since, at))
        elif was != 0 and now == 0:
            since = at
        state, moved = to, at

    for m in ticket.get("messages") or ():
        stamp = m.get("at")
        if not stamp:
            continue
        at = max(to_epoch(stamp), moved)
        author, kind = m.get("author_type"), m.get("kind")
        if author == "customer":
            asked, reply = at, None
            if state in PAUSED:
                move("open", at)
            elif state == "resolved":
                move("reopened", at)
        elif author == "agent" and kind == "reply":
            if first_reply is None:
                first_reply = at
            if asked is not None and reply is None:
                reply = at
        elif author == "system" and kind == "internal_note":
            found = _STATUS_NOTE.match(m.get("body") or "")
            if found:
                move(found.group(2), at)
        last_at = at

    status = ticket.get("status") or state
    stopped_at = None
    if _category(status) == 2:
        stamp = ticket.get("resolved_at") or ticket.get("closed_at")
        stopped_at = max(to_epoch(stamp), created) if stamp else None
    if _category(state) != _category(status):   # a change the notes do not tell: at the last we know
        move(status, max(stopped_at or last_at, moved))
    if _category(state) == 2 and stopped_at is None:
        stopped_at = moved
    if _category(state) == 0:
        running.append((since, None))
    stamp = ticket.get("first_responded_at")
    answered = to_epoch(stamp) if stamp else first_reply
    return _History(running, answered, asked, reply, stopped_at, _category(status))


def _run(cal: Calendar, running: list, start: float, seconds: float, until: float | None = None
         ) -> tuple[float | None, float, bool]:
    """Spend ``seconds`` of running time from ``start`` (up to ``until``) -> (when it ran out or
    None, seconds left, whether it runs on now)."""
    left = seconds
    due = None
    for b, e in running:
        if until is not None:
            if b >= until:
                break
            if e is None or e > until:
                e = until
        if e is not None and e <= start:
            continue
        b = max(b, start)
        if e is None:
            return (cal.add_seconds(b, left) if due is None else due), left, True
        spent = cal.seconds_between(b, e)
        if due is None and left <= spent:
            due = cal.add_seconds(b, left)
        left -= spent
    return due, left, False


@dataclass(frozen=True, slots=True)
class Clock:
    """One SLA clock of a ticket.

    ``state``: ``running`` (``due`` is when it runs out), ``paused`` (``left``: running seconds it
    had left, negative when already run out; ``due`` is then when it ran out), ``met`` or
    ``breached`` (``done_at``: when it was answered or resolved; ``due`` when it ran out, if it did),
    ``stopped`` (resolved or closed before it was answered) or ``none`` (no target, or nothing to
    answer). ``breached`` says whether it is past due at the ``now`` it was computed for."""

    name: str
    state: str
    due: datetime | None = None
    left: float | None = None
    done_at: datetime | None = None
    breached: bool = False


def _compute(ticket: dict, cal: Calendar) -> tuple[tuple, tuple, tuple] | None:
    """The three clocks as (state, due epoch, left seconds, done epoch), or None without targets."""
    targets = cal.targets.get(ticket.get("priority"))
    created_at = ticket.get("created_at")
    if targets is None or not created_at:
        return None
    created = to_epoch(created_at)
    h = _history(ticket, created)
    out = []
    for name, target in zip(CLOCKS, targets, strict=True):
        if target is None:
            out.append(("none", None, None, None))
            continue
        if name == "next_response":
            if h.answered is None or h.asked is None or h.asked <= h.answered:
                out.append(("none", None, None, None))
                continue
            start, done = h.asked, h.reply
        elif name == "first_response":
            start, done = created, h.answered
        else:
            start, done = created, h.stopped_at if h.category == 2 else None
        if done is not None:
            due, _, _ = _run(cal, h.running, start, target, until=done)
            out.append(("breached" if due is not None and due < done else "met", due, None, done))
            continue
        if h.category == 2:
            out.append(("stopped", None, None, None))
            continue
        due, left, runs = _run(cal, h.running, start, target)
        if runs:
            out.append(("running", due, None, None))
        else:
            out.append(("paused", due, left, None))
    return tuple(out)


def _at(epoch: float | None) -> datetime | None:
    return None if epoch is None else datetime.fromtimestamp(epoch, UTC)


def clocks(ticket: dict, calendar: Calendar, now: datetime | None = None) -> dict[str, Clock]:
    """The first response, next response and resolution clocks of a ticket (a record or a cache row
    with its messages), by name, as they stand at ``now``."""
    now_epoch = (now or datetime.now(UTC)).timestamp()
    computed = _compute(ticket, calendar)
    if computed is None:
        return {name: Clock(name, "none") for name in CLOCKS}
    out = {}
    for name, (state, due, left, done) in zip(CLOCKS, computed, strict=True):
        breached = (state == "breached" or (state == "running" and due is not None and due <= now_epoch)
                    or (state == "paused" and left is not None and left <= 0))
        out[name] = Clock(name, state, _at(due), left, _at(done), breached)
    return out


def dues(ticket: dict, calendar: Calendar | None) -> dict[str, str | None]:
    """The cache's due columns of a ticket: ``first_response_due``, ``next_response_due``,
    ``resolution_due`` (a running clock's due time, :data:`PAUSED_DUE` when paused, else None) and
    ``sla_next_due`` (the earliest running one; :data:`PAUSED_DUE`, or :data:`NEVER_DUE` when no
    clock runs). Without a calendar (the shop definition not known yet) the platform's own due
    times are kept, and ``sla_next_due`` is their earliest as the queue has always read them."""
    if calendar is None:
        return _platform_dues(ticket)
    computed = _compute(ticket, calendar)
    row: dict[str, str | None] = {}
    earliest = None
    paused = False
    for name, clock in zip(CLOCKS, computed or (("none", None, None, None),) * 3, strict=True):
        state, due = clock[0], clock[1]
        if state == "running":
            row[f"{name}_due"] = value = to_iso(due)
            if earliest is None or value < earliest:
                earliest = value
        elif state == "paused":
            row[f"{name}_due"] = PAUSED_DUE
            paused = True
        else:
            row[f"{name}_due"] = None
    row["sla_next_due"] = earliest or (PAUSED_DUE if paused else NEVER_DUE)
    return row


def _platform_dues(ticket: dict) -> dict[str, str | None]:
    row = {f"{name}_due": ticket.get(f"{name}_due") for name in CLOCKS}
    if ticket.get("status") in STOPPED:
        row["sla_next_due"] = NEVER_DUE
        return row
    candidates = [row["next_response_due"], row["resolution_due"]]
    if ticket.get("first_responded_at") is None:
        candidates.append(row["first_response_due"])
    candidates = [c for c in candidates if c]
    row["sla_next_due"] = min(candidates) if candidates else NEVER_DUE
    return row


# --- the shop definition --------------------------------------------------------

def definition(shop: dict | None) -> dict:
    """What of the shop definition the clocks depend on."""
    shop = shop or {}
    return {k: shop.get(k) for k in SHOP_FIELDS}


@lru_cache(maxsize=8)
def calendar_of(text: str) -> Calendar:
    """The calendar of a shop definition kept as JSON text (:func:`definition`), built once per text."""
    return Calendar.from_shop(json.loads(text))
