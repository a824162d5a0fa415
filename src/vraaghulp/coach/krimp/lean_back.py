"""The sentence that names what the result points at, put back in front of it (contract point 4).

'Er ligt een pakketje van mij bij u. Wilt u het vandaag bij mij brengen?' shrunk to 'Wilt u het vandaag bij mij
brengen?': 'het' is nothing. When the first sentence of the result holds a word that points back (pointing.py)
and the draft sentence it came from follows a short, plain sentence that names a thing, person, place or moment
of the kind the word needs, that sentence is put back in front, as typed (after the vocative); when it points
back itself ('Ik heb daar nog niets op gehoord.'), the one before it comes too, within a small budget.

`lost` is the guard on a sure result: a pointing word whose referent stood in a sentence the result drops makes
it not sure (the not-sure offer then gets the sentence back through `leaned`); a draft that names nothing before
the ask lost nothing, its pointing word is the writer's own.
"""

from __future__ import annotations

import re

from .assemble import has_moment
from .checks import lower_words
from .lean_before import VOCATIVE, WRAPPED
from .names import without_name
from .pointing import INSTEAD, MOMENT, THING, pointer

# a full stop inside a word is no sentence end ('om 19.00 in bad', 'v.d.'): the sentence runs on over it
_PIECE = re.compile(r"(?:[^.!?\n]|[.!?]+(?![.!?\s]|$))+(?:[.!?]+(?=\s|$)|(?=\n)|$)")
_FIRST = re.compile(r"^.*?(?:[.!?]+(?=\s|$)|$)", re.DOTALL)
_GREETING_WORD = (r"(?:hoi|hallo|hey|hee|hej|hai|ha|dag|beste|lieve|geachte|goedemorgen|goedemiddag|goedenavond|yo|jo|hi"
                  r"|heey|hoihoi)")
_GREETING = re.compile(rf"(?i)^{_GREETING_WORD}\b[^,.!?]{{0,30}}[,!]\s*")
_NAMING = frozenset({"de", "een", "mijn", "mn", "m", "jouw", "uw", "onze", "ons", "zijn", "hun", "haar", "die", "deze",
                     "het", "t", "den", "ne", "nen", "papa", "mama", "pa", "ma", "opa", "oma", "mam", "pap"})
_ASIDE = re.compile(r"(?i)\b(?:berichtje|vraagje|update|mailtje|appje|bericht)\b")  # 'Even een berichtje over Sem.'
_MIN_WORDS, _MAX_WORDS, _BUDGET = 3, 20, 30


def _pieces(text: str) -> list[str]:
    """The sentences of a text (cut at a full stop, question or exclamation mark before a space, or a line break)."""
    return [m.group(0).strip() for m in _PIECE.finditer(text) if m.group(0).strip()]


def _split(sentence: str) -> tuple[str, str]:
    """(the vocative with its comma and space, the rest)."""
    voc = VOCATIVE.match(sentence)
    return (voc.group(0), sentence[voc.end():]) if voc and not pointer_free_name(voc.group(1)) else ("", sentence)


def pointer_free_name(head: str) -> bool:
    """A head before a comma that is a clause, not a name ('Als je klaar bent,'): more than four words."""
    return len(lower_words(head)) > 4


def _source(pieces: list[str], first: str) -> int | None:
    """The index of the draft sentence the result's first sentence was made from (most shared words)."""
    told = {w for w in lower_words(first) if len(w) > 3}
    if not told:
        return None
    shared = [len(told & set(lower_words(p))) for p in pieces]
    best = max(range(len(pieces)), key=lambda i: (shared[i], i), default=None)
    return best if best is not None and shared[best] * 2 >= len(told) else None


def _plain(piece: str, lex=None, name: str = "") -> str:
    """The sentence without a greeting and name in front ('Hoi Ria, Noor heeft …' -> 'Noor heeft …'); typed without a
    comma when the name is the vocative, only when what follows names a thing of its own ('beste henk ik heb gister
    een doos … gezet' -> 'ik heb …'; not 'hee lisa ik spreek even in want ik zit in de auto')."""
    piece = _GREETING.sub("", piece, count=1).strip()
    if name and lex is not None:
        bare = re.sub(rf"(?i)^{_GREETING_WORD}\s+{re.escape(name)}\s+", "", piece, count=1)
        piece = bare if bare != piece and _free_thing(lex, bare) else piece
    return piece


def _earlier(pieces: list[str], at: int, lex=None, name: str = "") -> tuple[int, str] | None:
    """The nearest sentence before sentence `at` with words of its own (a greeting line, a name or a short apology is
    stepped over: 'ik heb gister een doos … gezet. sorry voor de overlast. zou je die …')."""
    for i in range(at - 1, max(at - 4, -1), -1):
        said = _plain(pieces[i], lex, name)
        if len(lower_words(said)) >= _MIN_WORDS and not APOLOGY.match(said):
            return i, said
    return None


APOLOGY = re.compile(r"(?i)^\W*(?:sorry|sorri|sorrie|sory|soz|sry|excuus|excuses|mijn\s+excuses|excuseer|het\s+spijt\s+me|'t\s+spijt\s+me"
                     r"|neem\s+me\s+(?:het\s+)?niet\s+kwalijk)\b(?:\W+\w+){0,6}\W*$")


def _names(lex, said: str, kind: tuple[str, str]) -> bool:
    """The sentence names something of the kind the pointing word needs; the ask's bare 'dan' ('Zou jij Fleur dan …
    opvangen?') leans on a moment or on the situation said right before it ('Het kinderdagverblijf is … dicht.')."""
    word, kind = kind
    if kind == INSTEAD:
        return True
    if kind == MOMENT:
        return has_moment(lex, said) or any(ch.isdigit() for ch in said) or word == "dan" and situation(said)
    words = lower_words(said)
    return any(w in _NAMING for w in words) or any(ch.isdigit() for ch in said) or any(
        t[:1].isupper() for t in said.split()[1:])


def _free_thing(lex, said: str) -> bool:
    """A noun phrase that is not inside a prepositional phrase ('na mijn heupoperatie' is not free)."""
    words = lower_words(said)
    return any(w in _NAMING and (k == 0 or words[k - 1] not in lex.prepositions) and k + 1 < len(words)
               for k, w in enumerate(words))


def _then(kind: tuple[str, str] | None, sent: str, piece: str) -> tuple[str, str] | None:
    """The ask's bare 'dan' may lean on the situation before it only in a question whose draft sentence has no clause
    of its own ahead of it ('as ie tied hebt, zou ie dan …': the cut condition is its referent; 'Nie de hoofdkraan he
    dan zit Mien …': no ask); elsewhere it needs a moment, as before."""
    if kind is None or kind[0] != "dan":
        return kind
    head = re.split(r"(?i)(?<![\w'])dan(?![\w'])", piece, maxsplit=1)[0]
    own = "," in head or _LEAD_THEN.search(head)
    return kind if sent.rstrip().endswith("?") and not own else ("dan-eigen", kind[1])


_LEAD_THEN = re.compile(r"(?i)\b(?:als|as|wanneer|indien|mocht|moest|zodra|nu|eens|want|omdat)\b")


def situation(said: str) -> bool:
    """A plain statement of at least three words, no wrapper and no question: what a bare 'dan' may lean on. Never
    thanks, a wish, small talk or a remark about the message itself ('bedankt voor gisteren', 'hopelijk gaat alles
    goed met je', 'wat een weer he', 'ik zal het kort houden'; round 40 review, k40r2): the package's own lists read
    the sentence (a closing, greeting or wrapper clause), and a remark about the message (_ASIDE, _ABOUT_MESSAGE)."""
    if len(lower_words(said)) < _MIN_WORDS or WRAPPED.search(said) or "?" in said or _ASIDE.search(said) \
            or _ABOUT_MESSAGE.search(said):
        return False
    return not _small_talk(said)


_ABOUT_MESSAGE = re.compile(r"(?i)\b(?:(?:kort|snel)\s+houden|hou(?:d)?\s+het\s+(?:kort|snel)|lang\s+verhaal\s+kort)\b")


def _small_talk(said: str) -> bool:
    """The sentence read as the engine reads a draft holds thanks, a greeting or a wrapper clause (its lists: afsluiting,
    groet, aanloop …), or a greeting word at its end ('wat een weer he')."""
    from .clauses import Analysis
    from .lexicon import lexicon
    from .tokens import read

    an = Analysis(read(said, lexicon()))
    return any(c.role in ("afsluiting", "groet", "wrap") for c in an.clauses) or bool(an.matches.get("groet"))


def _fits(lex, said: str, kind: tuple[str, str], result: str) -> bool:
    words = lower_words(said)
    return (_MIN_WORDS <= len(words) <= _MAX_WORDS and not WRAPPED.search(said) and not _ASIDE.search(said)
            and not said.rstrip().endswith("?") and not APOLOGY.match(said)
            and not set(words) <= set(lower_words(result)) and _names(lex, said, kind))


def _plan(lex, draft: str, result: str) -> tuple[list[tuple[int, int, str]], bool] | None:
    """What to put back: (before which result sentence, draft index, sentence), and whether a dropped sentence
    right before a pointing one names something of the kind it needs; None when nothing in the result points back."""
    voc, body = _split(result)
    name = voc.rstrip(", ")
    sents, pieces = _pieces(body), _pieces(draft)
    found = [pointer(lex, s) for s in sents]
    if not any(found):
        return None
    sources = [_source(pieces, s) for s in sents]
    found = [_then(f, s, pieces[at] if at is not None else "") for f, s, at in zip(found, sents, sources)]
    shown = {i for i in sources if i is not None}
    back: list[tuple[int, int, str]] = []
    named = False
    for k, kind in enumerate(found):
        at = sources[k]
        before = _earlier(pieces, at, lex, name) if kind and at is not None else None
        if before is not None and before[0] in shown and kind[1] == THING and not _free_thing(lex, before[1]):
            before = _earlier(pieces, before[0], lex, name)  # 'Ik kan slecht lopen na mijn heupoperatie.' kept: no free thing
        if before is None or before[0] in shown:
            continue  # the sentence it leans on is in the result (or there is none)
        named = named or _names(lex, before[1], kind)
        words, start = 0, len(back)
        while kind is not None and before is not None and before[0] not in shown:
            if not _fits(lex, before[1], kind, result) or words + len(lower_words(before[1])) > _BUDGET:
                break
            place = next((j for j in range(k + 1) if sources[j] is not None and sources[j] > before[0]), k)
            back.append((place, before[0], before[1]))
            shown.add(before[0])
            words += len(lower_words(before[1]))
            kind, before = pointer(lex, before[1]), _earlier(pieces, before[0], lex, name)
        if kind is not None:  # the last sentence put back points back itself: it names nothing, none comes back
            del back[start:]
    return back, named


def leaned(lex, draft: str, result: str) -> str:
    """The result with the sentences its pointing words need put back before them, or the result unchanged."""
    plan = _plan(lex, draft, result)
    if not plan or not plan[0]:
        return result
    voc, body = _split(result)
    sents = _pieces(body)
    out: list[str] = []
    for k, sent in enumerate(sents):
        out += [_closed(without_name(voc.rstrip(", "), said) if voc else said)
                for place, _i, said in sorted(plan[0], key=lambda b: b[1]) if place == k]
        out.append(sent)
    text = " ".join(s[:1].upper() + s[1:] for s in out)
    if voc:  # a name keeps its capital after the vocative: read on the draft's own spelling (out[0]), not re-capitalised
        return f"{voc}{text[:1].lower() + text[1:] if not _proper(lex, out[0]) else text}"
    return text


def _closed(said: str) -> str:
    said = said.strip()
    return said if said[-1:] in ".!?" else said + "."


def _proper(lex, said: str) -> bool:
    """The first word is a name (kept with its capital after the vocative): not a common opening word."""
    first = said.split()[0]
    word = (lower_words(first) or [""])[0]
    return first[:1].isupper() and word not in _OPENERS and word not in lex.moment_starts and word not in lex.fillers


_OPENERS = frozenset({"de", "het", "een", "ik", "mijn", "mn", "ons", "onze", "er", "sinds", "we", "wij", "bij", "in",
                      "op", "na", "toen", "gisteren", "vandaag", "deze", "die", "dat", "daar", "hier", "zoals", "jij",
                      "je", "u", "ge", "gij", "volgende", "vorige", "morgen", "factuur", "den", "t", "vorig", "even",
                      "ook", "nog", "vanochtend", "vanmorgen", "eergisteren", "omdat", "want", "als"})

CODE = "weg-verwijzing"


def struck_whole(lex, draft: str, sentence: str, spans: tuple, name: str = "") -> list[str]:
    """The draft's sentences (a greeting and the name in front aside) that the offered sentence holds whole while the
    struck-through spans cover most of them: put back in front after the engine dropped them, so kept, never shown
    struck through ('Ik heb gister een doos … gezet.')."""
    low = " ".join(sentence.lower().split())
    out = []
    for said in (_plain(p, lex, name) for p in _pieces(draft)):
        at = draft.find(said)
        if at < 0 or len(lower_words(said)) < _MIN_WORDS or " ".join(said.rstrip(".!?").lower().split()) not in low:
            continue
        covered = sum(max(0, min(b, at + len(said)) - max(a, at)) for a, b in spans)
        out += [said] if covered * 2 > len(said) else []
    return out


def lost(lex, draft: str, result: str) -> bool:
    """A sentence of the result points back and the draft sentence right before it, which the result drops,
    names something it may point at (put back or not)."""
    plan = _plan(lex, draft, result)
    return bool(plan) and (bool(plan[0]) or plan[1])
