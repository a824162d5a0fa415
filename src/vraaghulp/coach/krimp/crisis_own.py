"""A crisis draft answered with the ready crisis sentence keeps the writer's own words (round 28, issue 12 point 7).

The lead's decision: a crisis result never drops the writer's own words about how bad it is.
- The draft holds a request the clause rules did not find, a bare task before the crisis words ('bij me komen
  zitten, ik denk steeds aan zelfmoord', 'bij mij blijven slapen want 'k wil mezelf iets aandoen'): the task is
  asked ('Kun je nu …?', 'nu' when it has no moment) with the writer's words after it, as the practice flow
  composes such a note (crisis_note.py).
- The draft holds no request ('ellen ik hou het ni meer vol. … ik heb zin om mezelf iets aan te doen.'): the
  ready request stays, and the writer's own acute sentences stand before it instead of the ready state
  ('Ellen, ik heb zin om mezelf iets aan te doen. Kunt ge nu bij me zijn?'): the heaviest of them (`heaviest`),
  cleaned of its opening 'maar'/'en', hedges and burden talk (crisis_keep), cut to its heaviest clause; the
  writer's own 'gewoon', 'echt' stay ('ik wil gewoon niet meer', round 38: the golds keep them, 8 results changed,
  none for the worse), only the hedges 'eigenlijk', 'misschien' go; the writer's short heavy sentences said before
  it stand before it too (round 39, crisis_heavy.short_before: 'ik kan niet meer'); the ready request in the draft's
  register (Flemish 'Kunt ge …', formal 'Kunt u …': crisis_register.py).
- No acute sentence of the writer's own to keep: the ready sentence is offered, but not as sure.
"""

from __future__ import annotations

import re

from vraaghulp.coach.text import fold

from . import crisis_heavy
from .care import acute_signals
from .crisis_note import crisis_note
from .crisis_register import ready_ask
from .lexicon import lexicon
from .verbs import is_infinitive
from .wordsets import NEGATIONS

ACTIVE = "eigen"  # "eigen": own words instead of the ready state; "erbij": before the whole ready sentence;
# "onzeker": the ready sentence, not sure (counted only); "": off
_CLAUSES = re.compile(r"\s*,\s*|\s+(?=(?:en|maar|want|dus|omdat)\s)", re.IGNORECASE)
_LINK = re.compile(r"^(?:en|maar|want|dus|omdat)\s+", re.IGNORECASE)
_ASKS = re.compile(r"^(?:[^,?]+,\s*)?(?:kun|kunt|kan|wil|wilt|mag|moogt|zou|zoudt)\s+(?:je|jij|ge|gij|u|jullie)\b",
                   re.IGNORECASE)
_FILLERS = re.compile(r"\s+(?:eigenlijk|misschien)\b(?=\s)", re.IGNORECASE)


def offered(draft: str, sentence: str, name: str, typed: tuple, clean, again) -> tuple[str, bool]:
    """(the crisis result with the writer's own words, whether it may stay sure); `typed`: the person and moment
    typed apart, `clean` cleans a draft sentence (crisis_keep), `again` is `shrink`."""
    person, moment = typed
    fixed = lexicon().setting("crisis_zin", "Het gaat niet goed met me. Kun je nu bij me zijn?")
    state, ask = fixed.split(". ", 1)
    if not ACTIVE or f"{state}. {ask}".lower() not in sentence.lower():
        return sentence, True  # not the ready sentence ('Pap, ik wil dood. Kun je nu bij me zijn?' typed so stays)
    if ACTIVE == "onzeker":  # counted only: the ready sentence as before, never vouched for
        return sentence, False
    task = _task(draft, person, moment, again)
    if task is not None:
        return task
    own = heaviest(draft, clean, name)
    if not own:
        return sentence, False  # nothing of the writer's own to keep: the ready sentence, not vouched for
    lighter = crisis_heavy.short_before(draft, own, clean, lambda said: _unnamed(said, name))
    own = _how_it_goes(draft, clean, name, " ".join(lighter + [own]))  # 'ik kan niet meer. Ik wil er niet meer zijn.'
    lead = f"{name}, " if name and sentence.startswith(f"{name}, ") else ""
    rest = sentence[len(lead):]
    if ACTIVE == "eigen" and rest.lower().startswith(state.lower() + ". "):
        rest = rest[len(state) + 2:]
    else:
        rest = rest[:1].upper() + rest[1:]
    if lead and not _named(own, draft):
        own = _lower_first(own)  # 'Ellen, ik heb …'; a name keeps its capital
    own_register = ready_ask(draft, person, name)  # 'ellen ik hou het ni meer vol …': the ready request in Flemish too
    if own_register:  # ('Ellen sorry dat ik u stoor …', crisis_register.py)
        rest = rest.replace(ask, own_register)
    result = f"{lead}{own} {rest}"
    return result, not _ask_dropped(draft, result)


def _task(draft: str, person: str | None, moment: str | None, again) -> tuple[str, bool] | None:
    """A bare task before or after the crisis words, asked as the practice flow asks it (crisis_note.py), or None;
    `again` is `shrink` (passed in: no import back). Only a task that ends in an infinitive and has no subject of
    its own ('bij me komen zitten'): never 'Kun je <a name>?' nor 'Ik wil je niet ongerust maken?'."""
    def ask(typed: str | None, what: str, when: str | None):
        words = [re.sub(r"[^\w']", "", w) for w in fold(what).split()]
        lex = lexicon()
        if len(words) < 2 or words[0] in lex.subjects or not is_infinitive(lex, words[-1]):
            return again("")  # no task: crisis_note gives up on an empty sentence
        return again(f"{lex.setting('vraag_je', 'kun je')} {what}?", person=typed, moment=when)

    note = crisis_note(person, " ".join(draft.split()), moment, ask)
    if note is None or not _ASKS.match(note.sentence):
        return None
    return note.sentence, note.sure


def heaviest(draft: str, clean, name: str = "") -> str:
    """The writer's heaviest own sentence: of the draft's sentences acute on their own (asking nothing, cleaned),
    the one with the most acute signals (the later one on a tie), cut to its heaviest clause when a clause is
    acute alone, without hedges and without the name typed in front of it. A farewell or affairs put in order
    ('de papieren liggen in de la', 'dit is mijn laatste berichtje') is not how bad it is: the golds let it go, and
    a draft with only those keeps the ready sentence, not sure."""
    best, weight = "", 0
    for match in crisis_heavy.SENTENCES.finditer(draft):
        own = clean(match.group(0))
        signals = _weight(own) if own else 0
        if signals and signals >= weight:
            best, weight = own, signals
    best = best or crisis_heavy.last_heavy(draft, clean)
    return _short(_unnamed(best, name)) if best else ""


_GOES_BADLY = re.compile(r"(?i)^(?:het|'t|t)\s+gaat\s+(?:[\w']+\s+){0,3}?(?:niet|nie|ni|slecht)\b")


def _how_it_goes(draft: str, clean, name: str, own: str) -> str:
    """The heaviest sentence (and the short heavy ones before it) with the writer's own word on how it goes in front
    ('Het gaat echt helemaal niet. Ik heb alle pillen hier liggen …', p37-040): a short sentence of the draft that says
    it goes badly and holds no acute words itself (the crisis check hears nothing in it, so `heaviest` passed it over)
    goes in front: the writer's own words replace the ready 'Het gaat niet goed met me.' whole (round 38: one result changed over the
    crisis drafts, p37-040; over the 22 crisis drafts of the corpus with an 'het gaat … niet' sentence all golds keep
    it in 7, some in 11, none in 4, and the engine already kept it wherever it took the draft's own state)."""
    for match in crisis_heavy.SENTENCES.finditer(draft):
        said = _unnamed(clean(match.group(0)) or "", name)
        if said and _GOES_BADLY.match(said) and len(said.split()) <= 8 and not _weight(said):
            return own if said.rstrip(".").lower() in own.lower() else f"{said} {own}"
    return own


def _weight(text: str) -> int:
    """The acute signals of a text that say how bad it is (not a farewell or affairs put in order)."""
    return sum(1 for family, _phrase in acute_signals(text) if family not in crisis_heavy.FAREWELL)


_SORRY = re.compile(r"(?i)^(?:(?:sorry|sry|sorrie|excuses|excuseer|het spijt me)[\s,]+)+")


def _unnamed(own: str, name: str) -> str:
    """'Jens ik zie het …' typed to Jens: the name goes, the vocative stands in front of the result already; so does
    an apology right before it ('sorry lotte ik wil niet meer leven', k46c: never 'Lotte, sorry lotte …')."""
    bare = _SORRY.sub("", own) if name else own
    own = bare if bare != own and bare.lower().startswith((name.lower() + " ", name.lower() + ",")) else own
    if name and own.lower().startswith(name.lower() + " ") or name and own.lower().startswith(name.lower() + ","):
        rest = _LINK.sub("", own[len(name):].lstrip(" ,"))  # 'excuses Eva maar ik wil dood': never 'Maar ik …'
        return rest[:1].upper() + rest[1:]
    return own


def _short(own: str) -> str:
    """The heaviest clause of the sentence when one is acute alone ('sinds … lig ik hier maar en ik heb zin om
    mezelf iets aan te doen' -> 'Ik heb zin om mezelf iets aan te doen.'), else the whole; hedges out."""
    body = own.rstrip(".!")
    parts = _call_rows([_LINK.sub("", p).strip() for p in _CLAUSES.split(body) if p and p.strip()], body)
    weights = [_weight(p) for p in parts]
    text = body
    if len(parts) > 1 and max(weights) > 0:
        top = max(range(len(parts)), key=lambda k: (weights[k], -k))
        text = _with_state(body, parts, top) if top and _STATE.match(parts[top - 1]) else parts[top]
    text = _FILLERS.sub("", " " + text).strip()
    return text[:1].upper() + text[1:] + "." if text else ""


# Round 52 (k52c): the writer's own word on how they are, in the clause right before the heaviest one ('Het gaat
# helemaal mis in mijn hoofd en ik ben bang dat ik mezelf iets aandoe.', p51-022): how bad it is, never cut off; a
# story before it ('sinds … lig ik hier maar en …') still is.
_STATE = re.compile(r"(?i)^(?:het|'t|t|ut)\s+gaat\s+(?:[\w']+\s+){0,3}?(?:niet|nie|ni|slecht|mis)\b"
                    r"|^(?:ik|'k|k)\s+(?:kan|ken|trek|red|hou|houd)\s+(?:het\s+|'t\s+|t\s+|ut\s+|dit\s+|da\s+)?(?:echt\s+|gewoon\s+|"
                    r"helemaal\s+)?(?:niet|nie|ni)\s+(?:meer|mi|mee)(?:\s+(?:alleen|denken|vol|aan|met\s+[\w']+(?:\s+[\w']+)?))?[\s.!]*$"
                    r"|^(?:ik|'k|k)\s+weet\s+(?:het|'t|t|ut)\s+(?:echt\s+)?(?:niet|nie|ni)\s+(?:meer|mi)[\s.!]*$")


def stated(text: str) -> bool:
    """A clause in which the writer says how they are, without a signal of the crisis check: 'het gaat helemaal mis in
    mijn hoofd', 'ik weet ut niet meer', 'ik red het niet meer met de baby' (never 'ik kan niet meer naar binnen')."""
    return bool(_STATE.match(text.strip()))


def _with_state(body: str, parts: list[str], top: int) -> str:
    """The state clause and the heaviest one after it, as the writer joined them."""
    start = body.find(parts[top - 1])
    end = body.find(parts[top], start + len(parts[top - 1]))
    return body[start:end + len(parts[top])] if start >= 0 and end >= 0 else parts[top]


_CALL_IN = re.compile(r"(?i)\b(?:bel|sms|stuur|app|haal)\b")
_NEGATED_ROW = re.compile(r"(?i)^(?:ook\s+)?(?:geen|niet|nie|ni|niemand)\b")


def _call_rows(parts: list[str], body: str) -> list[str]:
    """'bel geen ambulance en geen politie': a negated part without a verb after a call is one more thing the writer
    says not to call, never a clause of its own (round 44, k44c: 'en geen politie' went)."""
    out: list[str] = []
    for part in parts:
        if out and _NEGATED_ROW.match(part) and _CALL_IN.search(out[-1]):
            start = body.find(part, body.find(out[-1]) + len(out[-1]))
            out[-1] = body[body.find(out[-1]):start + len(part)] if start >= 0 else f"{out[-1]} en {part}"
            continue
        out.append(part)
    return out


def _named(own: str, draft: str) -> bool:
    """The sentence opens with a word the draft writes with a capital inside a sentence (a name: 'Gerard')."""
    first = own.split()[0].strip(",.") if own.split() else ""
    if first.startswith("'"):
        return False  # "'k zie …"
    return bool(first) and bool(re.search(rf"[\w,]\s+{re.escape(first[:1].upper() + first[1:])}\b", draft))


def _lower_first(text: str) -> str:
    """'Ik heb …' -> 'ik heb …', "'k Zie …" -> "'k zie …"."""
    text = re.sub(r"^'[kK] (\w)", lambda m: "'k " + m.group(1).lower(), text)
    k = next((i for i, ch in enumerate(text) if ch.isalpha()), None)
    return text if k is None else text[:k] + text[k].lower() + text[k + 1:]


_READER = frozenset({"jullie", "je", "jij", "u", "ge", "gij"})
_MUST = frozenset({"moeten", "moet", "moogt", "mogen"})
_FAREWELL = frozenset({"laat", "zorg"})


def _ask_dropped(draft: str, result: str) -> bool:
    """The writer's own ask to the reader, left out of the ready sentence: an imperative in front ('Breng mama mee.',
    'Neem je telefoon op.') or the reader told what they must do ('Jullie moeten komen.'): not sure (round 41, second
    review k41r2: 'Ik zit in lokaal A. Breng mama mee.')."""
    lex, low = lexicon(), fold(result).lower()
    for said in re.split(r"(?<=[.!?])\s+|\n+", draft):
        words = re.findall(r"[\w']+", fold(said).lower())
        if not words or words[0] in _FAREWELL or NEGATIONS & set(words) or acute_signals(said) or " ".join(words) in low:
            continue  # 'Laat maar.', 'Zorg goed voor de kat.', 'ge moet u geen zorgen maken': a farewell, no ask
        if words[0] in lex.imperatives or (len(words) > 2 and words[0] in _READER and words[1] in _MUST):
            return True
    return False


unnamed = _unnamed  # a draft sentence without the name typed in front (also crisis_every.py)
