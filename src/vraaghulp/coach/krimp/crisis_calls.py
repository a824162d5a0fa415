"""The writer's own call in a crisis result: every word of it kept, or never sure (round 45 review, k45b2).

Issue 12 point 7: in crisis mode the writer's own words about how bad it is AND their own request are kept; the ready
sentence ('Kun je nu bij me zijn?') only when the draft holds no request. The rules read many shapes of a call
('ik wil dood, bel eva'), and each shape they missed came out sure with the call lost: 'bel eva maar niet mama',
'sms niemand', 'bel eva of tom', 'bel hem op', 'bel morgen', three calls of which only the last was kept. So one
last check over every crisis result, after all rules: each call clause of the draft (from 'bel', 'sms', 'app',
'stuur', 'whatsapp', 'belt ge' or 'laat' … 'weten' to the clause end: names, 'niet', 'niemand', 'geen', a moment, 'of'
and a second name) must stand in the result in the writer's order, a 'nu' added after the verb or at its end at most;
and no ready sentence may stand beside a call the writer asks for. When the check fails the result is not sure, and
the offer says the writer's own calls as typed (the engine's own reading of them and the ready sentence out). A draft
with more than `CAP` calls is not read call by call: not sure, the result as it is.
"""

from __future__ import annotations

import re

from vraaghulp.coach.text import fold

from .crisis_plea import NEGATIONS, spelled  # 'niett' is 'niet' (k46c)
from .crisis_register import ready_ask
from .crisis_runon import first_name
from .lexicon import lexicon

CODE = "crisis-oproep-weg"
CAP = 12  # calls read at most: a long chat of calls is never vouched for, and stays fast
_MAX_WORDS = 14  # a call clause runs on no further than this
_TOKEN = re.compile(r"[^\W_][\w'’]*(?:-[\w'’]+)*|[,.;:!?\n]|\s[-/]\s")
_VERBS = frozenset({"bel", "bell", "sms", "app", "stuur", "whatsapp", "belt", "laat"})
_ARTICLES = frozenset({"de", "het", "een", "mijn", "m'n", "je", "jouw", "uw", "die", "deze"})
_ONLY_TOLD = frozenset({"maar", "het", "'t", "t", "even", "ff", "me", "mij", "iets", "wat", "dan", "gerust", "nog", "eens",
                        "wel", "zo", "snel", "aub", "ons", "je", "jij", "u", "ge"})  # 'laat maar weten', 'laat me iets weten'
_ASKED_YOU = frozenset({"ge", "gij", "u", "je", "jij"})  # 'belt ge ons Lien'
# words after which a call verb is no imperative opening a clause: a subject, an object of a modal, an article or a
# preposition (the noun 'de bel', 'via de app'), a word of the clause before ('dat ik je dit stuur')
_HELD = frozenset({
    "ik", "'k", "k", "je", "jij", "u", "ge", "gij", "we", "wij", "ze", "zij", "hij", "jullie", "me", "mij", "men",
    "te", "om", "die", "dat", "da", "wie", "dit", "deze", "de", "het", "'t", "een", "'n", "mijn", "m'n", "mn", "jouw",
    "uw", "z'n", "zijn", "haar", "ons", "onze", "hun", "via", "per", "op", "in", "met", "naar", "van", "voor", "hoor",
    "hoort", "moet", "moeten", "mag", "mogen", "kan", "kun", "kunt", "wil", "wilt", "zal", "zou", "ga", "gaat",
    "elke", "iedere", "welke", "geen", "gene", "niet", "nie", "ni", "ook", "wel", "toch", "nog", "liever", "laat",
})
# an adverb between a pronoun and the verb: the verb is the clause's own, not an imperative opening a call
_BETWEEN = frozenset({"zomaar", "even", "eventjes", "ff", "efkes", "effe", "nog", "toch", "gewoon", "zo", "eens", "weer",
                      "ook", "snel", "alweer", "opeens", "ineens", "nu"})
_SUBORDINATE = frozenset({"want", "als", "omdat", "dat", "zodat", "wanneer", "tenzij", "indien", "sorry", "anders", "zodra",
                          "zolang"})
_SUBJECTS = frozenset({"ik", "'k", "k", "ze", "zij", "hij", "we", "wij", "jij", "het", "'t", "er", "jullie", "dat"})
_JOINS = frozenset({"en", "maar", "of"})
_ASKING = frozenset({"kun", "kunt", "kan", "wil", "wilt", "mag", "moet", "zou", "zoudt", "kom", "komt", "help", "ben", "is",
                     "heb", "hebt", "ga", "wacht"})  # a clause of its own after the call
# after 'en'/'maar'/'of' the call goes on only for a second person or a negation ('of tom', 'maar niet mama')
_GOES_ON = frozenset({"de", "het", "een", "mijn", "m'n", "mn", "zijn", "z'n", "haar", "hem", "hun", "ons", "onze",
                      "ook", "wel", "iemand", "112", "nu", "meteen", "direct"}) | NEGATIONS  # 'niet pas morgen maar nu'
_FILLERS = frozenset({"aub", "alsjeblieft", "alstublieft", "ajb", "pls", "please", "plz", "svp"})
_SAME = {"bell": "bel"}
_OBJECTS = frozenset({"hem", "haar", "ze", "ge", "gij", "u", "je", "jij", "me", "mij"})  # not 'ons': 'ons Lien'


def calls(raw: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """The call clauses of a draft: (start, end, words lowered) each, at most CAP + 1 of them."""
    toks = [(m.group().strip(" ") or "\n", m.start(), m.end()) for m in _TOKEN.finditer(raw)]
    found, k = [], 0
    while k < len(toks) and len(found) <= CAP:
        end = _clause(toks, k)
        if end is None:
            k += 1
            continue
        end = _told_whole(toks, k, end)
        end = _with_condition(toks, end)
        later = _negated_later(toks, end)
        end += len(later)
        words = tuple(spelled(fold(t[0]).lower()) for t in toks[k:end] if t[0][:1].isalnum())
        found.append((toks[k][1], toks[end - 1][2], words + (UNSURE,) * bool(later)))
        k = end
    return found


_STOPS = frozenset({".", "!", "?", "\n"})
_TOLD = frozenset({"dat", "waar", "hoe", "of", "wanneer", "wie", "wat"})  # 'laat eva weten dat ik van haar hou'


def _rest(toks: list, end: int) -> list[str]:
    """The words after a call clause up to its sentence's end, at most 20 (a longer rest is read no further)."""
    out = []
    for t in toks[end:end + 21]:
        if t[0] in _STOPS:
            break
        out.append(fold(t[0]).lower())
    return out


def _told_whole(toks: list, k: int, end: int) -> int:
    """A 'laat … weten' call runs on with what is to be told, to its sentence's end ('laat eva weten dat ik van haar
    hou'), not cut after 'weten'."""
    rest = _rest(toks, end)
    if _word(toks, k) != "laat" or not rest or rest[0] not in _TOLD or len(rest) > 20:
        return end
    return end + len(rest)


_CONDITIONS = frozenset({"als", "wanneer", "zodra", "tenzij", "indien", "zolang"})


def _with_condition(toks: list, end: int) -> int:
    """A call with a negated condition runs on with it to its sentence's end ('bel me als je niet kan komen'): the
    condition is the writer's and stays with the call, never read away while sure (review of k46c)."""
    rest = _rest(toks, end)
    if not rest or rest[0] not in _CONDITIONS or not NEGATIONS & set(map(spelled, rest)):
        return end
    return end + len(rest)


def _own(words: tuple[str, ...]) -> tuple[str, ...]:
    """The call's words before its condition, a negation of a moment left out ('sms me niet pas morgen maar nu', 'app
    me maar niet te laat': the call is asked)."""
    cut = next((i for i, w in enumerate(words) if w in _CONDITIONS), len(words))
    return tuple(w for i, w in enumerate(words[:cut]) if not (w in NEGATIONS and words[i + 1:i + 2] in (("pas",), ("te",))))


UNSURE = "?"  # the last word of a call whose later negation may be its own or another's: kept as typed, never sure


def _negated_later(toks: list, end: int) -> list[str]:
    """A negation further on in the call's own sentence ('bel 112, de politie en de ambulance niet', 'sms mijn zus en
    mijn broer en mijn vader niet'): the call may be the one not wanted (review of k45b2), or the one wanted ('bel
    mama, papa niet'): the call runs on to its sentence's end (the rest returned) and is UNSURE: kept as typed, never
    deleted, never sure (review of k46c)."""
    rest = _rest(toks, end)
    words = [w for w in map(spelled, rest) if w[:1].isalnum()]
    if (_SUBJECTS | _SUBORDINATE | _OWN_CLAUSE) & set(words) or len(rest) > 20:
        return []  # a clause of its own: 'bel eva, ze weet het niet', 'app me als je niet slaapt'
    while words and words[-1] in _CLOSING:
        words.pop()
    if not words or words[-1] not in NEGATIONS:
        return []  # a contrast or an addition after it: 'bel 112 nu, niet morgen', 'bel mijn zus, niet mijn moeder'
    return rest


# Review of k46c (k46cr): a negation after the call's clause is the call's own only when it closes a list of whom to call
# ('bel 112, de politie en de ambulance niet'); one that opens a contrast or a comment ('…, niet morgen', 'niet de
# politie', 'maakt niet uit', 'niet vergeten', 'niet wachten') or stands in a clause of its own ('als je niet slaapt')
# leaves the call asked, as typed
_OWN_CLAUSE = frozenset({"maakt", "vergeten", "vergeet", "wachten", "wacht", "uit", "bellen", "appen", "sms'en", "smsen",
                         "pas", "te"})
_CLOSING = frozenset({"hoor", "meer", "aub", "alsjeblieft", "alstublieft", "ajb", "pls", "please", "he", "hé", "oke", "ok"})


def _word(toks: list, k: int) -> str:
    return toks[k][0].lower() if 0 <= k < len(toks) else ""


def _clause(toks: list, k: int) -> int | None:
    """The end (token index) of the call clause that opens at `k`, or None when no call opens there."""
    verb, prev, nxt = _word(toks, k), _word(toks, k - 1), _word(toks, k + 1)
    if verb not in _VERBS or prev in _HELD or _word(toks, k - 2) in _ARTICLES and prev[:1].isalnum() or not nxt[:1].isalnum():
        return None  # 'ik bel', 'de random app'
    if prev in _BETWEEN and _word(toks, k - 2) in _HELD:
        return None  # 'sorry da ik u zomaar stuur na al die jaren': a verb of the clause, no call (round 53, p52-058)
    if nxt in _SUBORDINATE | _JOINS | _SUBJECTS and _word(toks, k + 2)[:1].isalnum():
        return None  # 'sorry voor de app maar ik …', 'dat ik zo laat app en je …'
    if verb == "belt" and (nxt not in _ASKED_YOU or prev[:1].isalnum() and prev not in _JOINS):
        return None  # 'belt ge ons Lien', not 'sinds mijn val belt ge elke dag'
    if verb == "laat":
        close = next((j for j in range(k + 1, min(k + 7, len(toks))) if _word(toks, j) == "weten"), None)
        told = {_word(toks, j) for j in range(k + 1, close)} - _ONLY_TOLD if close else set()
        return close + 1 if told else None  # 'laat eva weten', not 'laat maar weten'
    return _close(toks, k)


def _close(toks: list, k: int) -> int:
    lex = lexicon()
    j = k + 1
    while j < len(toks) and j - k < _MAX_WORDS:
        w = _word(toks, j)
        if w == "laat" and _word(toks, j - 1) in {"te", "zo"}:
            pass  # 'app me maar niet te laat': no call of its own
        elif not w[:1].isalnum() or j > k + 1 and (w in _VERBS | _SUBORDINATE | _SUBJECTS | _ASKING):
            break  # 'bel eva ze weet het', 'bel eva kun je komen'; the first word is the call's own ('bel dat', 'bel ben')
        if w in _JOINS and _word(toks, j + 1)[:1].isalnum():
            nxt, typed = _word(toks, j + 1), toks[j + 1][0] if j + 1 < len(toks) else ""
            if not (nxt in _GOES_ON or nxt in lex.relations or nxt in lex.first_names or typed[:1].isupper()):
                break
        j += 1
    return j


def _said(sentence: str) -> list[str]:
    words = (fold(m.group()).lower() for m in _TOKEN.finditer(sentence))
    return [_SAME.get(w, spelled(w)) for w in words if w[:1].isalnum() and w not in _FILLERS]


def places(words: tuple[str, ...], said: list[str]) -> int:
    """How often the call's words stand in the result in order, together; a 'nu' the call has not may stand after the
    verb (and its pronoun: 'Bel hem nu') or at the end, never inside a name ('Bel ons nu Lien')."""
    need = [_SAME.get(w, w) for w in words if w not in _FILLERS]
    free, count = "nu" not in need, 0
    for i, w in enumerate(said):
        if w != need[0]:
            continue
        j, ok = i + 1, True
        for n, want in enumerate(need[1:], 1):
            if j < len(said) and said[j] != want and said[j] == "nu" and free and (n == 1 or n == 2 and need[1] in _OBJECTS):
                j += 1
            if j >= len(said) or said[j] != want:
                ok = False
                break
            j += 1
        count += ok
    return count


def _ready(sentence: str) -> str:
    """The ready request in the result ('Kun je nu bij me zijn?', its 'ge' and 'u' forms), or ""."""
    lex = lexicon()
    for key, plain in (("crisis_vraag_ge", "Kunt ge nu bij me zijn?"), ("crisis_vraag_u", "Kunt u nu bij me zijn?"),
                       ("crisis_zin", "Het gaat niet goed met me. Kun je nu bij me zijn?")):
        ask = lex.setting(key, plain).split(". ")[-1]
        at = sentence.lower().find(ask.lower())
        if at >= 0:
            return sentence[at:at + len(ask)]
    return ""


def checked(raw: str, sentence: str, sure: bool, problems: list) -> tuple[str, bool]:
    """(the crisis result, sure): every call of the draft kept once, none for later, none run on into the words around
    it, no ready sentence beside a call asked for; or the offer with the writer's calls as typed, not sure (CODE)."""
    found = calls(raw)
    if not found:
        return sentence, sure
    if len(found) > CAP:
        problems.append(CODE)
        return sentence, False
    asked = any(_asked(words) and not _later(words) for _s, _e, words in found)
    ready = _ready(sentence)
    denied = None if ready or asked else _denied(raw, sentence, found)
    if denied is not None:
        problems.append(CODE)
        return denied, False
    if not _fails(found, sentence) and not (ready and asked):
        return sentence, sure
    problems.append(CODE)
    return _offer(raw, sentence, found, ready, asked), False


def _denied(raw: str, sentence: str, found: list) -> str | None:
    """The result asks what the writer said not to do: its request is a call they negated ('ik wil dood, sms me niet'
    -> 'Sms me nu niet.', 'bel de politie niett' -> 'Bel nu de politie niett.', sure before round 46, k46c). A negated
    call is no request and is never written in (k42r): its sentence goes and the ready request stands, not sure, as
    for 'bel me niet'."""
    parts = [p.strip() for p in _SENTENCES.findall(sentence) if p.strip()]
    kept = [p for p in parts if not any(_holds(words, p) for _s, _e, words in found if not _asked(words))
            or any(_asked(w) for _s, _e, w in calls(p))]  # 'Bel nu mijn tante, niet mijn ouders.' asks (k46cr)
    if len(kept) == len(parts) or "?" in sentence:  # a question of the writer's own is the request
        return None
    ask = ready_ask(raw, None, "") or lexicon().setting("crisis_zin", "Het gaat niet goed met me. Kun je nu bij me zijn?").split(". ")[-1]
    return " ".join(kept + [ask])


def _holds(words: tuple[str, ...], part: str) -> bool:
    return {_SAME.get(w, w) for w in words if w not in _FILLERS | _JOINS} <= set(_said(part))


def _asked(words: tuple[str, ...]) -> bool:
    """The call asks for someone to be called: a part of it between 'maar', 'of', 'en' holds no negation ('bel eva
    maar niet mama', 'bel de politie niet maar mijn zus'; not 'bel niemand')."""
    part: list[str] = []
    if UNSURE in words:
        return True  # kept as typed
    words = _own(words)
    for w in words[1:] + ("en",):
        if w in _JOINS:
            if part and not NEGATIONS & set(part):
                return True
            part = []
        else:
            part.append(w)
    return not NEGATIONS & set(words)  # 'bel', 'bel maar'


# a call for later is a farewell as often as a request ('bel morgen', 'sms mama vanavond'): never vouched for (the
# README said so for 'bel morgen' since k45b; 'sms morgen' and ', bel morgen' came out sure)
_LATER = frozenset({"morgen", "morgenvroeg", "overmorgen", "straks", "later", "vanavond", "volgende", "volgend",
                    "zometeen", "dadelijk", "binnenkort"})
_ME = frozenset({"me", "mij"})  # 'bel me morgen': the writer asks to be called, no farewell


def _later(words: tuple[str, ...]) -> bool:
    return bool(_LATER & set(words)) and not _ME & set(words)


def _kept(words: tuple[str, ...], said: list[str], sentence: str) -> bool:
    """The call kept once, in order; a negated call in one sentence of the result, in any order: the wanted call put
    first ('bel de politie niet maar mijn zus' -> 'Bel nu mijn zus, niet de politie.', crisis_against.py)."""
    if not NEGATIONS & set(_own(words)):
        return places(words, said) == 1
    need = {_SAME.get(w, w) for w in words if w not in _FILLERS | _JOINS}
    return sum(need <= set(_said(part)) for part in _SENTENCES.findall(sentence)) == 1


def _fails(found: list, sentence: str) -> bool:
    said = _said(sentence)
    if any(not _kept(words, said, sentence) or _later(words) for _s, _e, words in found):
        return True  # lost, said twice ('Ik heb pillen genomen, bel 112. … Bel nu 112.') or for later
    for start, end, _words in calls(sentence):
        before, after = sentence[:start].rstrip(), sentence[end:].lstrip()
        if before and before[-1] not in ".!?,;:" and before.split()[-1].lower() not in _JOINS:
            return True  # 'Kom nu bel eva.'
        if after and after[0].isalnum() and after.split()[0].lower() not in _SUBORDINATE | _JOINS:
            return True  # 'Bel nu anouk ze moet komen.'
    return False


_SENTENCES = re.compile(r"[^.!?]+[.!?]*")


def _offer(raw: str, sentence: str, found: list, ready: str, asked: bool) -> str:
    """The result without its own reading of the calls, the writer's calls as typed where it said the first of them,
    or after it ('Ik wil dood. Bel eva maar niet mama.'); the words run on around a call its own sentence ('Bel nu
    anouk. Ze moet komen.' ); the ready request out when a call is asked for, else after the calls."""
    rest = sentence.replace(ready, "") if ready else sentence
    parts = [piece for part in _SENTENCES.findall(rest) for piece in _around_calls(part.strip())]
    typed = list(dict.fromkeys(_as_typed(raw, start, end) for start, end, w in found if _asked(w)))  # k42r: never 'Bel 112 niet.'
    at = parts.index(None) if None in parts else len(parts)
    parts = [p for p in parts[:at] if p] + typed + [p for p in parts[at:] if p]
    return " ".join(list(dict.fromkeys(parts)) + ([ready] if ready and not asked else []))


def _around_calls(part: str) -> list:
    """A result sentence as its pieces around the calls it says, None where a call stood ('Ik wil dood bel niemand.'
    -> ['Ik wil dood.', None])."""
    pieces, at = [], 0
    for start, end, words in calls(part):
        if not _asked(words):
            continue  # a negated call the rules wrote ('Bel niemand.', crisis_runon.apart) stays as it is
        pieces += [_piece(part[at:start]), None]
        at = end
    return [part] if not pieces else pieces + [_piece(part[at:])]


def _piece(text: str) -> str:
    text = re.sub(r"(?i)^en\s+", "", text.strip(" ,;:-"))
    if not any(ch.isalnum() for ch in text):
        return ""
    return text[:1].upper() + text[1:] + ("" if text[-1:] in ".!?" else ".")


_NAME_WORD = re.compile(r"(?<=\s)[a-zà-ÿ]+\b")


def _as_typed(raw: str, start: int, end: int) -> str:
    """The call as the writer typed it, with a capital and the mark they closed it with ('?' stays; 'Belt ge …?'); a
    first name of the lexicon's list typed in lower case gets its capital ('Bel Eva of Tom.', k46c), any other word
    stays as typed ('bel roos')."""
    text = _NAME_WORD.sub(lambda m: m.group(0).capitalize() if first_name(m.group(0)) else m.group(0), raw[start:end].strip())
    after = raw[end:end + 1]
    mark = after if after and after in "?!" else "?" if text.lower().startswith("belt ") else "."
    return text[:1].upper() + text[1:] + mark
