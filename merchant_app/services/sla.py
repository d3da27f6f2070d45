"""SLA clocks of after-sales tickets, for the services and views.

The clocks are pure domain code that the sync layer also runs on every ticket it writes, so they
live below both layers, in :mod:`merchant_app.domain.sla` (their exact definition is its docstring);
keeping the shop's calendar in the cache, and computing every ticket's dues again when it changes,
is the sync's (:mod:`merchant_app.sync.shop`). This module gathers both under one name for the
services, the views and the tests.
"""

from __future__ import annotations

from ..domain.sla import (  # noqa: F401 - re-exported
    CLOCKS, NEVER_DUE, PAUSED, PAUSED_DUE, PREFERENCE, SHOP_FIELDS, STOPPED, TARGET_KEYS, WEEKDAYS, Calendar, Clock,
    calendar_of, clocks, definition, dues, to_epoch, to_iso,
)
from ..sync.shop import TICKET_FIELDS, recompute, remember_shop, stored_calendar  # noqa: F401 - re-exported
