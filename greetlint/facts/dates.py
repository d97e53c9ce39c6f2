"""Dates said in a greeting ("Monday, March 9th", "November third", "the 9th", "tomorrow"), resolved against today."""
from __future__ import annotations

import calendar
import datetime as _dt
import re
from typing import Optional

from .. import numwords

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}

_ORDINAL_UNITS = numwords.ORDINAL_UNITS
_ORDINAL_TEENS = numwords.ORDINAL_TEENS
_UNITS_RE = numwords.alternation(numwords.UNITS)
_SMALL_RE = "|".join((*numwords.UNITS, *numwords.TEENS))

_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY_RE = "|".join(_WEEKDAYS)
_ORDINAL_WORD_RE = (r"(?:(?:twenty|thirty)[\s-])?(?:" + "|".join(_ORDINAL_UNITS) + r")|" + "|".join(_ORDINAL_TEENS))
_DAY_RE = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?|{_ORDINAL_WORD_RE}|(?:twenty|thirty)(?:[\s-]{_UNITS_RE})?|{_SMALL_RE})"

# an ordinal that counts something named after it is no day of the month: "the third quarter", "the second
# floor", "the first time", "the fourth grade"
_COUNTED_AFTER_RE = (r"[\s-]+(?:quarter|half|floor|storey|story|time|times|round|grade|year|week|day|hour|period|"
                     r"shift|step|stage|phase|level|option|line|place|person|party|draft|edition|ward|district|chapter|"
                     r"page|session|semester|term|trimester|inning|visit|attempt|notice|call|try)s?\b")

_DATE_RE = re.compile(
    rf"\b(?:(?P<wd>{_WEEKDAY_RE}),?\s+)?(?:(?P<month>{_MONTH_RE})[.,]?\s+(?:the\s+)?(?P<day>{_DAY_RE})\b|"
    rf"the\s+(?P<day_only>\d{{1,2}}(?:st|nd|rd|th)|{_ORDINAL_WORD_RE})\b(?!{_COUNTED_AFTER_RE})(?:\s+of\s+(?P<month2>{_MONTH_RE}))?)"
    rf"|\b(?P<wd_only>{_WEEKDAY_RE})\b|\b(?P<rel>tomorrow|next\s+week)\b"
    r"|(?<![\d/])(?P<num_month>1[0-2]|0?[1-9])/(?P<num_day>3[01]|[12]\d|0?[1-9])(?:/(?:\d{4}|\d{2}))?(?![\d/])",
    re.IGNORECASE)


def find_date(text: str, today: _dt.date) -> Optional[tuple[_dt.date, int, int]]:
    """The first date in text, as (date, start, end)."""
    for m in _DATE_RE.finditer(text):
        date = _resolve(m, today)
        if date is not None:
            return date, m.start(), m.end()
    return None


def _resolve(m: re.Match, today: _dt.date) -> Optional[_dt.date]:
    if m.group("rel"):
        if m.group("rel").lower() == "tomorrow":
            return today + _dt.timedelta(days=1)
        return today + _dt.timedelta(days=7 - today.weekday())
    if m.group("wd_only"):
        return _next_weekday(today, _WEEKDAYS[m.group("wd_only").lower()])
    if m.group("num_month"):
        # "12/28": month first, as US speakers write it
        return _next_month_day(today, int(m.group("num_month")), int(m.group("num_day")))
    month_name = m.group("month") or m.group("month2")
    day = _day_value(m.group("day") or m.group("day_only"))
    if day is None:
        return None
    if month_name is None:
        return _next_day_of_month(today, day)
    return _next_month_day(today, _MONTHS[month_name.lower()], day)


def _day_value(raw: Optional[str]) -> Optional[int]:
    if not raw:
        return None
    raw = raw.lower().replace("-", " ")
    digits = re.match(r"\d+", raw)
    if digits:
        value = int(digits.group(0))
    else:
        parts = raw.split()
        tens = {"twenty": 20, "thirty": 30}.get(parts[0], 0) if len(parts) == 2 else 0
        last = parts[-1]
        value = tens + (_ORDINAL_UNITS.get(last) or _ORDINAL_TEENS.get(last) or numwords.UNITS.get(last)
                        or numwords.TEENS.get(last) or numwords.TENS_SPELLINGS.get(last) or 0)
    return value if 1 <= value <= 31 else None


def _next_weekday(today: _dt.date, weekday: int) -> _dt.date:
    return today + _dt.timedelta(days=(weekday - today.weekday()) % 7 or 7)


# A month and day without a year, up to this many days before today, is read as this year's
# (already passed: a stale out-of-office greeting), not as next year's.
_STALE_DAYS = 120


def _next_month_day(today: _dt.date, month: int, day: int) -> Optional[_dt.date]:
    for year in (today.year - 1, today.year, today.year + 1):
        try:
            date = _dt.date(year, month, day)
        except ValueError:
            continue
        if date >= today - _dt.timedelta(days=_STALE_DAYS):
            return date
    return None


def _next_day_of_month(today: _dt.date, day: int) -> Optional[_dt.date]:
    year, month = today.year, today.month
    for _ in range(13):
        try:
            date = _dt.date(year, month, day)
            if date >= today:
                return date
        except ValueError:
            pass
        month = month % 12 + 1
        year += month == 1
    return None


_MONTH_NAME_RE = re.compile("|".join(name.lower() for name in calendar.month_name if name), re.IGNORECASE)


def month_said(text: str, today: _dt.date) -> Optional[_dt.date]:
    """The middle of the first month named in ``text`` ("in March", "by late June"), the next one
    from today (this month's when it is still under way); None when no month is named."""
    m = _MONTH_NAME_RE.search(text)
    if m is None:
        return None
    month = _MONTHS[m.group(0).lower()]
    year = today.year + (month < today.month)
    return _dt.date(year, month, 15)

