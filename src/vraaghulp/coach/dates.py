"""Dutch date words for filters: 'vandaag', 'vorige week', '3 dagen geleden', '2024-11-21'.

Pure logic (standard library only). Every word stands for a period of whole days: `period`
returns (first day, last day), both inclusive. `--van` uses the first day of the period,
`--tot` the last, so `--van 'vorige week' --tot 'vorige week'` is exactly last week.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta

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

EXAMPLES = "vandaag, gisteren, eergisteren, deze week, vorige week, vorige maand, 3 dagen geleden, 2024-11-21 of 21-11-2024"


class DateWordError(ValueError):
    """The text is not a date this module understands (message is Dutch)."""


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.strip().casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.replace(",", " ").split())


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
        raise DateWordError(f"'{original}' is geen bestaande datum. Probeer bijvoorbeeld: {EXAMPLES}.") from None


def period(text: str, today: date | None = None) -> tuple[date, date]:
    """The period (first day, last day) a Dutch date word or a date stands for."""
    today = today or date.today()
    original = text
    word = _fold(text)
    if not word:
        raise DateWordError(f"Er is geen datum ingevuld. Probeer bijvoorbeeld: {EXAMPLES}.")

    fixed = {
        "vandaag": (today, today),
        "nu": (today, today),
        "gisteren": (today - timedelta(days=1),) * 2,
        "eergisteren": (today - timedelta(days=2),) * 2,
        "morgen": (today + timedelta(days=1),) * 2,
    }
    if word in fixed:
        return fixed[word]
    if word in ("deze week", "dezeweek"):
        return _week(today)
    if word in ("vorige week", "verleden week"):
        return _week(today - timedelta(days=7))
    if word in ("afgelopen week", "laatste week", "afgelopen 7 dagen"):
        return today - timedelta(days=6), today
    if word == "deze maand":
        return _month_start(today), _month_end(today)
    if word in ("vorige maand", "verleden maand"):
        previous = _month_start(today) - timedelta(days=1)
        return _month_start(previous), previous
    if word in ("afgelopen maand", "laatste maand", "afgelopen 30 dagen"):
        return today - timedelta(days=29), today
    if word == "dit jaar":
        return date(today.year, 1, 1), date(today.year, 12, 31)
    if word in ("vorig jaar", "verleden jaar"):
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    if word in ("afgelopen jaar", "laatste jaar"):
        return _add_months(today, -12) + timedelta(days=1), today

    # "3 dagen geleden", "twee weken geleden", "een maand geleden"
    match = re.fullmatch(r"(\S+) (dag|dagen|week|weken|maand|maanden|jaar|jaren) geleden", word)
    if match:
        amount_text, unit = match.groups()
        amount = int(amount_text) if amount_text.isdigit() else NUMBER_WORDS.get(amount_text)
        if amount is None:
            raise DateWordError(f"'{original}': schrijf het aantal als getal, bijvoorbeeld '3 dagen geleden'.")
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

    # a weekday name: the most recent such day (today counts)
    name = word[:-1] if word.endswith(".") else word
    for prefix in ("afgelopen ", "vorige "):
        if name.startswith(prefix) and name[len(prefix):] in WEEKDAYS:
            name = name[len(prefix):]
    if name in WEEKDAYS:
        back = (today.weekday() - WEEKDAYS[name]) % 7
        day = today - timedelta(days=back)
        return day, day

    # ISO: 2024-11-21, 2024-11, 2024
    match = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", word)
    if match:
        year, month, day_number = (int(part) for part in match.groups())
        day = _safe_date(year, month, day_number, original)
        return day, day
    match = re.fullmatch(r"(\d{4})-(\d{1,2})", word)
    if match:
        year, month = (int(part) for part in match.groups())
        first = _safe_date(year, month, 1, original)
        return first, _month_end(first)
    if re.fullmatch(r"\d{4}", word):
        year = int(word)
        return date(year, 1, 1), date(year, 12, 31)

    # Dutch/Flemish order: 21-11-2024, 21/11/2024, 21.11.2024, 21-11 (this year)
    match = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{2}|\d{4}))?", word)
    if match:
        day_number, month, year_text = match.groups()
        year = today.year if year_text is None else int(year_text)
        if year_text is not None and len(year_text) == 2:
            year += 2000
        day = _safe_date(year, int(month), int(day_number), original)
        return day, day

    # "21 nov", "21 november 2024", "november", "november 2024"
    match = re.fullmatch(r"(?:(\d{1,2}) )?([a-z]+)\.?(?: (\d{4}))?", word)
    if match and match.group(2) in MONTHS:
        day_text, month_name, year_text = match.groups()
        month = MONTHS[month_name]
        year = int(year_text) if year_text else today.year
        if day_text:
            day = _safe_date(year, month, int(day_text), original)
            return day, day
        first = date(year, month, 1)
        return first, _month_end(first)

    raise DateWordError(f"'{original}' begrijp ik niet als datum. Probeer bijvoorbeeld: {EXAMPLES}.")


def start_of(text: str, today: date | None = None) -> date:
    """First day of the period: what `--van` means."""
    return period(text, today)[0]


def end_of(text: str, today: date | None = None) -> date:
    """Last day of the period: what `--tot` means (inclusive)."""
    return period(text, today)[1]


def ago(day: date, today: date | None = None) -> str:
    """A friendly relative word: 'vandaag', 'gisteren', '3 dagen geleden', '2 weken geleden'."""
    today = today or date.today()
    days = (today - day).days
    if days < 0:
        return "in de toekomst" if days < -1 else "morgen"
    if days == 0:
        return "vandaag"
    if days == 1:
        return "gisteren"
    if days == 2:
        return "eergisteren"
    if days < 14:
        return f"{days} dagen geleden"
    if days < 60:
        return f"{days // 7} weken geleden"
    if days < 730:
        return f"{days // 30} maanden geleden"
    return f"{days // 365} jaar geleden"


def week_key(day: date) -> tuple[int, int]:
    """ISO (year, week) of a day."""
    iso = day.isocalendar()
    return iso[0], iso[1]


def month_key(day: date) -> tuple[int, int]:
    return day.year, day.month
