"""Numbers, money and dates as the user's locale writes them.

Money arrives in integer minor units with an ISO currency code; the number of decimals comes from
the currency (``JPY`` has none), the symbol and separators from the locale.
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject, QTimeZone

ZERO_DECIMAL = {"JPY", "KRW", "VND", "CLP", "ISK"}
SYMBOLS = {"CNY": "¥", "USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "HKD": "HK$"}


def minor_digits(currency: str) -> int:
    return 0 if currency in ZERO_DECIMAL else 2


def money(amount: int | None, currency: str, locale: QLocale | None = None) -> str:
    if amount is None:
        return ""
    locale = locale or QLocale()
    digits = minor_digits(currency)
    value = amount / (10 ** digits)
    return locale.toCurrencyString(value, SYMBOLS.get(currency, currency + " "), digits)


def money_whole(amount: float, currency: str, locale: QLocale | None = None) -> str:
    """An amount in minor units rounded to whole units of the currency (chart axes: "¥12,000")."""
    locale = locale or QLocale()
    return locale.toCurrencyString(round(amount / (10 ** minor_digits(currency))), SYMBOLS.get(currency, currency + " "), 0)


def money_range(low: int | None, high: int | None, currency: str) -> str:
    if low is None:
        return ""
    if high is None or high == low:
        return money(low, currency)
    return f"{money(low, currency)} – {money(high, currency)}"


def parse_money(text: str, currency: str, locale: QLocale | None = None) -> int | None:
    """What the user typed as an amount, in minor units; None when it is not a number."""
    locale = locale or QLocale()
    cleaned = text.strip().replace(SYMBOLS.get(currency, "\0"), "").replace(currency, "").strip()
    value, ok = locale.toDouble(cleaned)
    if not ok:
        try:
            value = float(cleaned.replace(",", ""))
        except ValueError:
            return None
    return round(value * 10 ** minor_digits(currency))


def integer(n: int | None, locale: QLocale | None = None) -> str:
    return "" if n is None else (locale or QLocale()).toString(int(n))


def timestamp(iso: str | None, locale: QLocale | None = None, zone: tzinfo | None = None) -> str:
    """A platform timestamp (UTC ISO), short form: in ``zone`` (the shop's, on documents), else in
    the computer's local time."""
    if not iso:
        return ""
    try:  # Python parses ISO 8601 ~20x faster than QDateTime.fromString with a format (a long timeline)
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    if zone is not None:  # the wall-clock time there, written as a UTC QDateTime so no local DST gap moves it
        wall = moment.astimezone(zone).replace(tzinfo=UTC)
        dt = QDateTime.fromMSecsSinceEpoch(round(wall.timestamp() * 1000), QTimeZone.UTC)
        return (locale or QLocale()).toString(dt, QLocale.FormatType.ShortFormat)
    dt = QDateTime.fromMSecsSinceEpoch(round(moment.timestamp() * 1000), QTimeZone.UTC)
    return (locale or QLocale()).toString(dt.toLocalTime(), QLocale.FormatType.ShortFormat)


def ago(iso: str | None, now: datetime | None = None) -> str:
    """How long ago, in words: "just now", "5 min ago", "3 h ago", else the date."""
    if not iso:
        return QCoreApplication.translate("formatting", "never")
    then = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    seconds = ((now or datetime.now(UTC)) - then).total_seconds()
    if seconds < 45:
        return QCoreApplication.translate("formatting", "just now")
    if seconds < 3600:
        return phrases().minutes_ago(max(1, round(seconds / 60)))
    if seconds < 86400:
        return phrases().hours_ago(round(seconds / 3600))
    return timestamp(iso)


def date(iso: str | None, locale: QLocale | None = None, zone: tzinfo | None = None) -> str:
    """The date of a timestamp, short: in ``zone`` (the shop's, on documents), else the computer's."""
    if not iso:
        return ""
    local = datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone(zone)
    return (locale or QLocale()).toString(local.date(), QLocale.FormatType.ShortFormat)


def age(iso: str | None, now: datetime | None = None) -> str:
    """How long since, in the largest whole unit: "12 min", "5 h", "3 d"."""
    if not iso:
        return ""
    then = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    return _span(((now or datetime.now(UTC)) - then).total_seconds())


def age_until(iso: str | None, now: datetime | None = None) -> str:
    """How long until, in the largest whole unit."""
    if not iso:
        return ""
    then = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    return _span((then - (now or datetime.now(UTC))).total_seconds())


def _span(seconds: float) -> str:
    minutes = max(0, int(seconds // 60))
    if minutes < 60:
        return phrases().minutes(max(1, minutes))
    if minutes < 48 * 60:
        return phrases().hours(minutes // 60)
    return phrases().days(minutes // 1440)


class Phrases(QObject):
    """Phrases with a count. Qt's lupdate marks a string as plural only in a ``tr(text, "", n)`` call
    (not in ``QCoreApplication.translate``), and English plurals come from that mark, so they live here."""

    def minutes_ago(self, n: int) -> str:
        return self.tr("%n min ago", "", n)

    def hours_ago(self, n: int) -> str:
        return self.tr("%n h ago", "", n)

    def minutes(self, n: int) -> str:
        return self.tr("%n min", "", n)

    def hours(self, n: int) -> str:
        return self.tr("%n h", "", n)

    def days(self, n: int) -> str:
        return self.tr("%n day(s)", "", n)

    def records(self, n: int) -> str:
        return self.tr("%n record(s)", "", n)


_phrases: Phrases | None = None


def phrases() -> Phrases:
    global _phrases
    if _phrases is None:
        _phrases = Phrases()
    return _phrases


def day(iso_date: str, locale: QLocale | None = None) -> str:
    """A calendar date (``2026-11-20``) in the locale's short form."""
    try:
        d = datetime.strptime(iso_date, "%Y-%m-%d").date()
    except ValueError:
        return iso_date
    return (locale or QLocale()).toString(d, QLocale.FormatType.ShortFormat)


def day_range(first: str, last: str, locale: QLocale | None = None) -> str:
    """Two calendar dates as a range: "1/11/26 – 20/11/26"; one date when they are the same."""
    return day(first, locale) if first == last else f"{day(first, locale)} – {day(last, locale)}"


MASK = "•"


def mask_email(email: str | None) -> str:
    """An e-mail address with the name hidden but its first letter: ``w•••••@example.cn``."""
    if not email:
        return ""
    name, at, domain = email.partition("@")
    return (name[:1] + MASK * max(3, len(name) - 1) + at + domain) if at else mask_text(email)


def mask_phone(phone: str | None) -> str:
    """A phone number with every digit hidden but the country code and the last four:
    ``+86 ••• •••• 5678``."""
    if not phone:
        return ""
    digits = [i for i, ch in enumerate(phone) if ch.isdigit()]
    keep = set(digits[-4:])
    if phone.startswith("+"):
        country = phone[1:].split(" ", 1)[0]
        if country.isdigit() and len(phone) > len(country) + 1:
            keep.update(range(1, len(country) + 1))
    return "".join(MASK if i in digits and i not in keep else ch for i, ch in enumerate(phone))


def mask_text(text: str | None) -> str:
    """Free text (a street, a postcode) hidden but its first character."""
    if not text:
        return ""
    return text[:1] + MASK * max(3, min(len(text) - 1, 8))
