"""Dutch date words for filters: 'vandaag', 'vorige week', '3 dagen geleden', '2024-11-21'.

Pure logic (standard library only). Every word stands for a period of whole days: `period`
returns (first day, last day), both inclusive. `--van` uses the first day of the period,
`--tot` the last, so `--van 'vorige week' --tot 'vorige week'` is exactly last week.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from vraaghulp.coach.text import fold

WEEKDAYS = {
    "maandag": 0, "ma": 0,
    "dinsdag": 1, "di": 1,
    "woensdag": 2, "wo": 2,
    "donderdag": 3, "do": 3,
    "vrijdag": 4, "vr": 4,
    "zaterdag": 5, "za": 5,
    "zondag": 6, "zo": 6,
}
MONTHS = {
    "januari": 1, "jan": 1,
    "februari": 2, "feb": 2,
    "maart": 3, "mrt": 3, "maa": 3,
    "april": 4, "apr": 4,
    "mei": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "augustus": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
UNITS = {
    "dag": "dag", "dagen": "dag",
    "week": "week", "weken": "week",
    "maand": "maand", "maanden": "maand",
    "jaar": "jaar", "jaren": "jaar",
}
NUMBER_WORDS = {
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6,
    "zeven": 7, "acht": 8, "negen": 9, "tien": 10, "twaalf": 12,
}



class DateWordError(ValueError):
    """The text is not a date this module understands (message is Dutch)."""


def _error(key: str, original: str) -> DateWordError:
    from vraaghulp.messages import t

    return DateWordError(t(f"datum.{key}", tekst=original, voorbeelden=t("datum.voorbeelden")))


def _fold(text: str) -> str:
    return " ".join(fold(text.strip()).replace(",", " ").split())


def parse_datetime(value) -> datetime | None:
    """A stored ISO date-time, or None when it is missing or not a date."""
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _month_start(day: date) -> date:
    return day.replace(day=1)


def _month_end(day: date) -> date:
    following = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return following - timedelta(days=1)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    last = _month_end(date(year, month, 1)).day
    return date(year, month, min(day.day, last))


def _week(day: date) -> tuple[date, date]:
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def _safe_date(year: int, month: int, day: int, original: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise _error("bestaat_niet", original) from None


def _fixed(word: str, today: date) -> tuple[date, date] | None:
    """Words that name one fixed period relative to today."""
    yesterday = today - timedelta(days=1)
    previous_month_end = _month_start(today) - timedelta(days=1)
    periods = {
        ("vandaag", "nu"): lambda: (today, today),
        ("gisteren",): lambda: (yesterday, yesterday),
        ("eergisteren",): lambda: (today - timedelta(days=2),) * 2,
        ("morgen",): lambda: (today + timedelta(days=1),) * 2,
        ("deze week", "dezeweek"): lambda: _week(today),
        ("vorige week", "verleden week"): lambda: _week(today - timedelta(days=7)),
        ("afgelopen week", "laatste week", "afgelopen 7 dagen"): lambda: (today - timedelta(days=6), today),
        ("deze maand",): lambda: (_month_start(today), _month_end(today)),
        ("vorige maand", "verleden maand"): lambda: (_month_start(previous_month_end), previous_month_end),
        ("afgelopen maand", "laatste maand", "afgelopen 30 dagen"): lambda: (today - timedelta(days=29), today),
        ("dit jaar",): lambda: (date(today.year, 1, 1), date(today.year, 12, 31)),
        ("vorig jaar", "verleden jaar"): lambda: (date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)),
        ("afgelopen jaar", "laatste jaar"): lambda: (_add_months(today, -12) + timedelta(days=1), today),
    }
    for words, make in periods.items():
        if word in words:
            return make()
    return None


def _ago(word: str, today: date, original: str) -> tuple[date, date] | None:
    """'3 dagen geleden', 'twee weken geleden', 'een maand geleden'."""
    match = re.fullmatch(r"(\S+) (dag|dagen|week|weken|maand|maanden|jaar|jaren) geleden", word)
    if not match:
        return None
    amount_text, unit = match.groups()
    amount = int(amount_text) if amount_text.isdecimal() else NUMBER_WORDS.get(amount_text)
    if amount is None:
        raise _error("aantal", original)
    unit = UNITS[unit]
    if unit == "dag":
        day = today - timedelta(days=amount)
        return day, day
    if unit == "week":
        return _week(today - timedelta(weeks=amount))
    if unit == "maand":
        moved = _add_months(today, -amount)
        return _month_start(moved), _month_end(moved)
    return date(today.year - amount, 1, 1), date(today.year - amount, 12, 31)


def _weekday(word: str, today: date) -> tuple[date, date] | None:
    """A weekday name: the most recent such day (today counts)."""
    name = word[:-1] if word.endswith(".") else word
    for prefix in ("afgelopen ", "vorige "):
        if name.startswith(prefix) and name[len(prefix):] in WEEKDAYS:
            name = name[len(prefix):]
    if name not in WEEKDAYS:
        return None
    day = today - timedelta(days=(today.weekday() - WEEKDAYS[name]) % 7)
    return day, day


def _numeric(word: str, today: date, original: str) -> tuple[date, date] | None:
    """2024-11-21, 2024-11, 2024; and the Dutch/Flemish order 21-11-2024, 21/11/2024, 21.11.2024, 21-11."""
    match = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", word)
    if match:
        day = _safe_date(*(int(part) for part in match.groups()), original)
        return day, day
    match = re.fullmatch(r"(\d{4})-(\d{1,2})", word)
    if match:
        first = _safe_date(int(match.group(1)), int(match.group(2)), 1, original)
        return first, _month_end(first)
    if re.fullmatch(r"\d{4}", word):
        return date(int(word), 1, 1), date(int(word), 12, 31)
    match = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{2}|\d{4}))?", word)
    if match:
        day_number, month, year_text = match.groups()
        year = today.year if year_text is None else int(year_text)
        if year_text is not None and len(year_text) == 2:
            year += 2000
        day = _safe_date(year, int(month), int(day_number), original)
        return day, day
    return None


def _month_name(word: str, today: date, original: str) -> tuple[date, date] | None:
    """'21 nov', '21 november 2024', 'november', 'november 2024'."""
    match = re.fullmatch(r"(?:(\d{1,2}) )?([a-z]+)\.?(?: (\d{4}))?", word)
    if not match or match.group(2) not in MONTHS:
        return None
    day_text, month_name, year_text = match.groups()
    month = MONTHS[month_name]
    year = int(year_text) if year_text else today.year
    if day_text:
        day = _safe_date(year, month, int(day_text), original)
        return day, day
    first = date(year, month, 1)
    return first, _month_end(first)


def period(text: str, today: date | None = None) -> tuple[date, date]:
    """The period (first day, last day) a Dutch date word or a date stands for."""
    today = today or date.today()
    word = _fold(text)
    if not word:
        raise _error("leeg", text)
    try:
        found = (_fixed(word, today) or _ago(word, today, text) or _weekday(word, today)
                 or _numeric(word, today, text) or _month_name(word, today, text))
    except DateWordError:
        raise
    except (OverflowError, ValueError):  # before the year 1 or after 9999: no calendar day
        raise _error("buiten_kalender", text) from None
    if found is None:
        raise _error("onbekend", text)
    return found


def start_of(text: str, today: date | None = None) -> date:
    """First day of the period: what `--van` means."""
    return period(text, today)[0]


def end_of(text: str, today: date | None = None) -> date:
    """Last day of the period: what `--tot` means (inclusive)."""
    return period(text, today)[1]
