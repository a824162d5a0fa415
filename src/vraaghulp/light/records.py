"""Records as stored dicts, without pydantic: adding one record and `log --json` stay quick.

`vraaghulp oefen --wie ... --vraag ...` gets its values checked by the option declaration
(texts stripped and not empty, scales in range), so the record is valid by construction;
`new_ask_record` lays it out exactly as `models.Ask` stores it (same keys, same order, the
same JSON for dates) and `stamped_new` adds this device's version stamp as
`sync.versions.stamp_new` does; `tests/test_oefen_cli.py` proves the line equals the one
`store.codec.new_line` writes for the model's record.
`canonical` tells whether a stored record is already exactly what the model gives back.
"""

from __future__ import annotations

import json
import re
from datetime import datetime

from vraaghulp.schema import COMPARISONS, MAX_LEVEL, OUTCOMES, SAME_LAYOUT_SINCE, SCHEMA_VERSION, STATUSES

META = "_sync"  # = store.codec.META and sync.versions.META: the version stamps of a record


def json_datetime(when: datetime) -> str:
    """A datetime as pydantic writes it in JSON: ISO 8601, "Z" for UTC."""
    text = when.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def new_ask_record(*, record_id: str, person: str, text: str, fear: int, chance: int, when: datetime,
                   moment: str | None = None, expectation: str | None = None, level: int | None = None,
                   fullness: int | None = None, script_id: str | None = None) -> dict:
    """An open ask, keys in the stored order."""
    return {
        "id": record_id, "soort": "vraag", "v": SCHEMA_VERSION, "gemaakt": json_datetime(when),
        "wie": person, "vraag": text, "wanneer": moment, "niveau": level, "verwachting": expectation,
        "angst_voor": fear, "kans": chance, "volheid": fullness, "script": script_id, "status": "open",
        "uitkomst": None, "vergelijking": None, "angst_na": None, "geleerd": None, "afgerond": None,
    }


def stamped_new(record: dict, device_id: str) -> dict:
    """A new record with its version stamp (origin dot (device, 1)), exactly as
    `sync.versions.stamp_new` writes it, without loading that module (it loads hashlib)."""
    return {**record, META: {"vv": {device_id: 1}, "o": [device_id, 1]}}


def record_line(record: dict) -> bytes:
    """One stored line (without newline), as compact as pydantic's `model_dump_json`. Text that is
    not Unicode (bytes in an option that are not UTF-8) is a usage error, as the model says."""
    try:
        return json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    except UnicodeEncodeError:
        from vraaghulp.errors import UsageError
        from vraaghulp.messages import t

        raise UsageError(t("algemeen.geen_utf8")) from None


# ----------------------------------------------------------------------------------------
# Is a stored record already exactly what the model would give back?
# ----------------------------------------------------------------------------------------
_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.(?!000000)\d{6})?(?:Z|[+-](?!00:00)\d\d:\d\d)?")


def _time(value) -> bool:
    """A date and time exactly as pydantic writes it (and one that exists)."""
    if type(value) is not str or _TIME.fullmatch(value) is None:
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def _text(value) -> bool:
    return type(value) is str and value != ""


def _maybe_text(value) -> bool:
    return value is None or type(value) is str


def _scale(low: int, high: int, optional: bool = False):
    return lambda value: (type(value) is int and low <= value <= high) or (optional and value is None)


def _ratings(value) -> bool:
    return type(value) is list and all(
        type(rating) is dict and tuple(rating) == ("datum", "waarde", "vraag") and _time(rating["datum"])
        and _scale(0, 100)(rating["waarde"]) and _maybe_text(rating["vraag"]) for rating in value)


def _mapping(kind: type):
    return lambda value: type(value) is dict and all(type(k) is str and type(v) is kind for k, v in value.items())


_HEAD = (("id", lambda value: type(value) is str and 0 < len(value) <= 40),
         ("v", lambda value: type(value) is int and value == SCHEMA_VERSION), ("gemaakt", _time))
_RULES = {
    "script": (("zin", _text), ("stem", _maybe_text), ("stem_toelichting", _maybe_text),
               ("geloof", _scale(0, 100, True)), ("bang_voor", _maybe_text), ("rolwissel", _maybe_text),
               ("nieuwe_regel", _maybe_text), ("geloof_na", _scale(0, 100, True)), ("beoordelingen", _ratings)),
    "gesprek": (("modus", ("samen", "hulpverlener").__contains__),
                ("namen", lambda value: type(value) is list and all(type(name) is str for name in value)),
                ("relatie", _maybe_text), ("notities", _mapping(str)),
                ("afgeleid", lambda value: value is None or type(value) is bool),
                ("voltooid", lambda value: type(value) is bool), ("eerste_stap", _scale(1, 7)),
                ("laatste_stap", _scale(0, 7))),
    "check": (("antwoorden", _mapping(int)), ("score", lambda value: type(value) is int),
              ("uitslag", lambda value: type(value) is str)),
}
KEYS = {kind: ("id", "soort", "v", "gemaakt", *(key for key, _rule in rules)) for kind, rules in _RULES.items()}


def canonical(data: dict) -> bool:
    """True when `data` is a record exactly as the model validates and writes it back (the same
    keys in the same order, plain types, values in range, dates as written). Then the stored
    dict can be shown as it is; anything else (an older layout, a hand edit) goes through the
    model. `tests/test_light_records.py` checks that whatever this accepts, the model gives
    back unchanged."""
    kind = data.get("soort")
    if kind == "vraag":
        return canonical_ask(data)
    rules = _RULES.get(kind) if type(kind) is str else None
    if rules is None or tuple(data) != KEYS[kind]:
        return False
    if not (all(rule(data[key]) for key, rule in _HEAD) and all(rule(data[key]) for key, rule in rules)):
        return False
    try:  # no lone surrogates (a hand-edited "\ud800"): the model refuses text that is not Unicode
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


_STAMPS = b',"_sync":'


def shown_line(raw: bytes, data: dict) -> str | None:
    """The stored line as `log --json` shows it, or None when it must go through the model.

    `data` is `raw` decoded (plain, not a tombstone). A canonical record is shown as stored;
    one with version stamps (always its last key, as `store.codec` writes them) is shown
    without them, cut off the stored line, exactly as `parse_record` + `record_dict` give it.
    """
    if META not in data:
        return raw.decode("utf-8") if canonical(data) else None
    if next(reversed(data)) != META or not raw.endswith(b"}"):
        return None
    at = raw.find(_STAMPS)
    if at < 0:
        return None
    if data.get("soort") == "vraag":
        # An ask's fields hold no objects and its texts no bare quote, so the first "_sync" in
        # the line is the key of the stamps when it is the one found: all after it is theirs.
        if raw.find(b'"_sync"') != at + 1 or not canonical_ask(data, stamped=True):
            return None
    else:  # other kinds have objects with keys of their own: check what follows the cut
        at = raw.rfind(_STAMPS)
        if not canonical({key: value for key, value in data.items() if key != META}):
            return None
        try:
            if json.loads(raw[at + len(_STAMPS) : -1]) != data[META]:
                return None
        except ValueError:
            return None
    return raw[:at].decode("utf-8") + "}"


ASK_KEYS = ("id", "soort", "v", "gemaakt", "wie", "vraag", "wanneer", "niveau", "verwachting", "angst_voor",
            "kans", "volheid", "script", "status", "uitkomst", "vergelijking", "angst_na", "geleerd", "afgerond")
_ASK_OPTIONAL = {"wanneer": str, "niveau": int, "verwachting": str, "volheid": int, "script": str, "uitkomst": str,
                 "vergelijking": str, "angst_na": int, "geleerd": str, "afgerond": str}
_ASK_TYPES = {"v": int, "angst_voor": int, "kans": int}


def _signatures() -> frozenset:
    """Every allowed tuple of value types of an ask (each optional field its type or None)."""
    from itertools import product

    choices = [(_ASK_OPTIONAL[key], type(None)) if key in _ASK_OPTIONAL else (_ASK_TYPES.get(key, str),)
               for key in ASK_KEYS]
    return frozenset(product(*choices))


_ASK_SIGNATURES = _signatures()
_ASK_KEYS_STAMPED = (*ASK_KEYS, META)
_ASK_KEY_SET = frozenset(ASK_KEYS)
_OUTCOMES = (*OUTCOMES, None)
_COMPARISONS = (*COMPARISONS, None)


def canonical_ask(data: dict, stamped: bool = False) -> bool:
    """`canonical` for an ask, written out for speed: most records are asks. `stamped`: the
    ask with its version stamps as the last key (`shown_line`), judged without them."""
    if tuple(data) != (_ASK_KEYS_STAMPED if stamped else ASK_KEYS):
        return False
    types = tuple(map(type, data.values()))
    if (types[: len(ASK_KEYS)] if stamped else types) not in _ASK_SIGNATURES:
        return False
    if data["soort"] != "vraag" or data["v"] != SCHEMA_VERSION or not 0 < len(data["id"]) <= 40:
        return False
    if not data["wie"] or not data["vraag"] or not 0 <= data["angst_voor"] <= 10 or not 0 <= data["kans"] <= 100:
        return False
    level, fullness, after = data["niveau"], data["volheid"], data["angst_na"]
    if (level is not None and not 1 <= level <= MAX_LEVEL) or (fullness is not None and not 0 <= fullness <= 10):
        return False
    if (after is not None and not 0 <= after <= 10) or data["status"] not in STATUSES:
        return False
    if data["uitkomst"] not in _OUTCOMES or data["vergelijking"] not in _COMPARISONS:
        return False
    if not (_time(data["gemaakt"]) and (data["afgerond"] is None or _time(data["afgerond"]))):
        return False
    texts = "".join([data["id"], data["wie"], data["vraag"], *(data[key] or "" for key in _FREE_TEXT)])
    return texts.isascii() or _unicode(texts)


_FREE_TEXT = ("wanneer", "verwachting", "script", "geleerd")


def _unicode(text: str) -> bool:
    """No lone surrogates (a hand-edited "\\ud800"): the model refuses text that is not Unicode."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


# ----------------------------------------------------------------------------------------
# A stored record as the model gives it back, and an ask closed: changes without pydantic
# ----------------------------------------------------------------------------------------
_ASK_NEEDED = frozenset(("id", "soort", "v", "gemaakt", "wie", "vraag", "angst_voor", "kans"))
_ASK_DEFAULTS = {"status": "open"}  # every other field an ask may leave out defaults to None


def model_form(data: dict) -> dict | None:
    """`record_dict(parse_record(data))` for a stored record the model takes as it is, or None
    when only the model can tell (an older layout, a value it would convert or refuse). An ask
    may leave out fields that have a default and hold its keys in any order, as the model
    allows; other kinds must be canonical (both: of a version that upgrades by its number alone). `tests/test_light_records.py` compares it with the model."""
    plain = {key: value for key, value in data.items() if key != META}
    version = plain.get("v")
    if type(version) is int and SAME_LAYOUT_SINCE <= version < SCHEMA_VERSION:
        plain["v"] = SCHEMA_VERSION  # the upgrade of an older record that reads the same
    if plain.get("soort") != "vraag":
        return plain if canonical(plain) else None
    if not _ASK_NEEDED <= plain.keys() <= _ASK_KEY_SET:
        return None
    filled = {key: plain.get(key, _ASK_DEFAULTS.get(key)) for key in ASK_KEYS}
    return filled if canonical_ask(filled) else None


def closed_ask(ask: dict, *, outcome: str | None, fear_after: int | None, comparison: str | None,
               learned: str | None, set_aside: bool, when: datetime) -> dict:
    """The model form of an open ask after `flows.experiment.close_ask` (or `set_aside_ask`):
    what was not given keeps what is stored."""
    given = {"geleerd": learned} if learned is not None else {}
    if set_aside:
        return {**ask, "status": "afgezien", "afgerond": json_datetime(when), **given}
    if comparison is not None:
        given["vergelijking"] = comparison
    return {**ask, "status": "gedaan", "uitkomst": outcome, "angst_na": fear_after, "afgerond": json_datetime(when),
            **given}
