"""A reported request: the note a person writes to themselves, found in the draft.

"Ik wil Anouk vragen of ik vanaf maandag thuis mag werken" -> "Anouk, mag ik vanaf maandag thuis
werken?"; "huisbaas vragen om de verwarming te laten nakijken" -> "Kunt u de verwarming laten
nakijken?"; "jeroen vragen of hij de presentatie kan doen" -> "Jeroen, kun je de presentatie doen?".

This module finds the frame ('[ik wil] <person> vragen of|om|:') and who is meant; direct.py
rewrites the clause as the direct question (the person mentioned becomes the vocative,
'hij'/'zij' become 'je'/'u'/'ge', the verb moves to the front in the form the subject needs).
That happens on the text, before the engine reads it; the engine then shrinks the draft as it
would any other, and ``Turned.back`` maps what it dropped onto the draft as typed. A person typed
apart in the practice flow is cleaned here too (``typed_person``).

Only these words are added: the verb in front and its subject (kun/kunt/wil/wilt/mag/kan,
je/u/ge/ik), a pronoun for the person ('je'/'u'/'uw' for 'hem'/'haar'/'zijn'), a verb in its
infinitive ('houdt' -> 'houden'), and a question mark where a run-on sentence ends.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from vraaghulp.coach.text import fold, fold_same_length

from .gemeld import gemeld_words
from .lexicon import lexicon
from .pieces import capitalise
from .typed_own import of_someone
from .typed_role import unspoken_role
from .verbs import is_infinitive

_TOKEN = re.compile(r"[\w'’]+(?:-[\w'’]+)*|[^\w\s]")
_ENDS = frozenset(".!?")
_YOU = frozenset({"je", "jij", "jou", "u", "ge", "gij", "jullie", "jouw", "uw"})
THIRD = frozenset({"hij", "zij", "ze"})
IK = frozenset({"ik", "'k", "k"})
LEAD_VERBS = frozenset({"wil", "wou", "wilde", "moet", "ga", "zou", "zal", "wilt"})
# 'kan ik haar vragen of …', 'zal ik hem eens vragen of …': the note to oneself put as a question
_ASKING_VERBS = frozenset({"kan", "kun", "zal", "moet", "zou", "mag", "durf", "ga"})
# 'ik zou haar kunnen vragen of …', 'ik moet hem durven vragen of …': a second verb of the frame
_FRAME_INFINITIVES = frozenset({"kunnen", "durven", "mogen", "proberen"})
HEDGES = frozenset({"misschien", "mss", "mischien", "eventueel", "wellicht", "allicht"})  # before a question verb
_JOINED = frozenset({"kzou", "kwou", "kwil", "kmoet", "kga", "kzal", "'kzou"})
# 'ik durf X niet te vragen of …', 'ik vind het moeilijk om X te vragen of …': fear in the frame itself
_FEAR_VERBS = frozenset({"durf", "durfde", "vind", "heb"})
_FEAR_JOINED = frozenset({"kdurf", "kvind", "kheb"})
_FEAR_FILL = frozenset({"het", "niet", "ni", "nie", "te", "om", "moeilijk", "lastig", "eng", "spannend", "moeite",
                        "goed", "raar", "ongemakkelijk", "zo", "echt", "best", "heel", "erg"})
_PERSON_WORDS = frozenset({"de", "het", "mijn", "m'n", "mn", "onze", "ons", "me", "mijne", "hem", "haar", "van", "der", "den"})
_NOT_A_PERSON = frozenset({"niet", "ni", "nie", "geen", "iemand", "niemand", "iedereen", "dat", "dit", "die"})
_LOOSE = frozenset({"maar", "dus", "en", "nu", "ok", "oke", "ja", "nou", "allee", "hmm", "anyway", "oh"})
PRONOUNS = {  # (subject, object, possessive) for the person addressed, per register
    "je": ("je", "je", "je"), "u": ("u", "u", "uw"), "ge": ("ge", "u", "uw"),
}


@dataclass(frozen=True)
class Tok:
    start: int
    end: int
    raw: str
    w: str  # lower case, accents off, curly apostrophe straight


@dataclass
class Turned:
    """The draft with its reported request made direct."""

    text: str
    runs: list[tuple[int, int, int]] = field(default_factory=list)  # (new start, draft start, length)
    wrapper: str = ""  # the draft's words that only framed the request ('Ik wil … vragen of')
    sure: bool = True
    kind: str = "aanloop"  # the finding for those words; "angst" for "ik durf X niet te vragen of"
    asked: bool = True  # a request was made direct (False: only an e-mail subject line left out)

    def back(self, spans: tuple[tuple[int, int], ...], draft: str) -> tuple[tuple[int, int], ...]:
        """Spans of the turned text the engine dropped, as spans of the draft as typed."""
        kept = [False] * len(draft)
        gone = [False] * (len(self.text) + 1)
        for a, b in spans:
            for k in range(max(0, a), min(b, len(self.text))):
                gone[k] = True
        for new, old, size in self.runs:
            for k in range(size):
                if not gone[new + k] and old + k < len(draft):
                    kept[old + k] = True
        out: list[tuple[int, int]] = []
        start = None
        for k, ch in enumerate(draft + " "):
            dropped = k < len(draft) and not kept[k] and not ch.isspace()
            if dropped and start is None:
                start = k
            elif k < len(draft) and kept[k] and start is not None:
                out.append((start, len(draft[:k].rstrip())))
                start = None
        if start is not None:
            out.append((start, len(draft.rstrip())))
        return tuple((a, b) for a, b in out if b > a)


class Out:
    """The draft rewritten (direct.py, wish.py), with where each copied stretch came from."""

    def __init__(self, text: str) -> None:
        self.text, self.parts, self.runs, self.size = text, [], [], 0
        self.swaps: dict[int, tuple[int, str]] = {}  # start -> (end, new words): put in when that stretch is copied

    def copy(self, a: int, b: int, shown: str | None = None) -> None:
        for start in sorted(self.swaps) if shown is None else ():
            end, new = self.swaps[start]
            if a <= start and end <= b:
                self.copy(a, start, self.text[a:start])
                self.add(new)
                a = end
        piece = self.text[a:b] if shown is None else shown
        if b > a and len(piece) == b - a:
            self.runs.append((self.size, a, b - a))
        self.add(piece)

    def add(self, piece: str) -> None:
        self.parts.append(piece)
        self.size += len(piece)

    def result(self) -> str:
        return "".join(self.parts)


def register_of(toks: list[Tok], person: list[int], typed: str) -> str:
    """How the person asked is addressed: 'je', 'u' (a title, or 'u' in the draft) or 'ge' (Flemish)."""
    words = gemeld_words()
    lex = lexicon()
    who = _who(toks, person, typed)
    draft = {t.w for t in toks}
    if who & (words["formeel"] | lex.formal) or (who & words["dienst"] and not _kin_or_friend(who, draft)):
        return "u"
    named = typed.split()
    if draft & words["vlaams"] or (len(named) == 2 and named[0].lower() == "ons" and named[1][:1].isupper()):
        return "ge"
    if draft & words["vlaams_zwak"] and not draft & _YOU - {"u", "uw", "ge", "gij"}:
        return "ge"  # "'k ben bang da 't …": Flemish spelling, and no 'je' that says otherwise
    return "u" if draft & {"u", "uw"} else "je"


def _who(toks: list[Tok], person: list[int], typed: str) -> set[str]:  # the person asked: in the draft, typed apart
    return {toks[i].w for i in person} | {fold(w).lower() for w in typed.replace(",", " ").split()}


def _kin_or_friend(who: set[str], draft: set[str]) -> bool:
    """'mijn broer de advocaat', '… hij is een goeie vriend van me': the ordinary form ([gemeld] dienst; k46a)."""
    words = gemeld_words()
    return bool(who & (words["naasten"] | words["familie"] | words["bevriend"]) or draft & words["bevriend"])


def named_service(toks: list[Tok], person: list[int], typed: str) -> bool:
    """An official typed as the person asked ('de wijkagent'): the register is offered, never sure (round 46 review:
    'hij is mijn oom', 'mijn collega de apotheker' said elsewhere got 'u', sure)."""
    return bool(_who(toks, person, typed) & gemeld_words()["dienst"])


def tokens(text: str) -> list[Tok]:
    folded = fold_same_length(text).lower().replace("’", "'")
    return [Tok(m.start(), m.end(), text[m.start():m.end()], folded[m.start():m.end()]) for m in _TOKEN.finditer(text)]


def breaks(text: str, toks: list[Tok], i: int) -> bool:
    """Token i starts a sentence: the first, after a closing mark, or on a new line."""
    return i == 0 or toks[i - 1].w in _ENDS or "\n" in text[toks[i - 1].end: toks[i].start]


@dataclass
class Found:
    start: int  # the sentence start (loose words in front go too: 'Maar ik wil …')
    lead: int  # first token of the reported frame
    led: bool  # a verb leads the frame ('ik wil …'); not a bare note ('jeroen vragen of')
    fear: bool = False  # the frame says the asking is hard ('ik durf X niet te vragen of')
    person: list[int] = field(default_factory=list)  # the person ('juf An', 'meneer verhoeven'; 'aan' left out)
    moments: list[int] = field(default_factory=list)  # a moment between the frame words ('ik wil maandag Bart vragen')
    comp: int = 0  # the token 'of', 'om' or ':'
    told: tuple[int, int] = (0, 0)  # 'vertellen dat <this> en vragen of': what is told first (told.py)
    typed: bool = False  # a person was typed apart (the practice flow)


def frame(text: str, toks: list[Tok], s: int, typed: bool = False) -> Found | None:
    """'[ik wil] [aan] <person> vragen of|om|:' (or 'vragen aan <person> of') at sentence start s.
    With a person typed apart (the practice flow) also the note put as a question or a possibility,
    'kan ik haar vragen of …', 'ik kan hem vragen of …': in a message to someone else that is an
    offer to ask a third person ('Ik kan Jan vragen of hij komt'), no request."""
    k = s
    while k < len(toks) and toks[k].w in _LOOSE:
        k += 1
    if typed and k + 1 < len(toks) and toks[k].w in HEDGES and toks[k + 1].w in _ASKING_VERBS:
        k += 1  # 'misschien kan ik haar vragen of …'
    found = Found(s, k, False, typed=typed)
    if k < len(toks) and (s == 0 and toks[k].w in ("of", "om") or typed and toks[s].w == "maar" and toks[k].w == "of"
                          or typed and toks[k].w == "of" and _subject_next(toks, k)):
        found.comp = k  # the practice flow's 'what' answered as 'of hij me kan helpen', 'om …'
        return found
    if s == 0 and k + 1 < len(toks) and toks[k].w in ("dat", "da") and toks[k + 1].w in ("hij", "zij", "ze", "ie"):
        found.comp = k  # … or as the wish itself: 'dat hij zijn afwas niet laat staan'
        return found
    if typed and k < len(toks) and toks[k].w == "vraag" and _told_myself(toks, k, found):
        return found  # 'vraag haar of ze …', 'vraag aan Tom of …': a note to oneself
    if k < len(toks) and (toks[k].w == "vraag" or (toks[k].w in ("mijn", "de") and k + 1 < len(toks) and toks[k + 1].w == "vraag")):
        return _my_question(toks, k + (toks[k].w != "vraag"), found)
    if k + 1 < len(toks) and toks[k].w in IK and toks[k + 1].w in LEAD_VERBS | _FEAR_VERBS | ({"kan", "kun", "had"} if typed else set()):
        found.led, found.fear, k = True, toks[k + 1].w in _FEAR_VERBS, k + 2
    elif k < len(toks) and toks[k].w in LEAD_VERBS and k > 0 and toks[k - 1].w == "en" and s > 0:
        found.led, k = True, k + 1  # 'ik ben overspannen en wil hem vragen of …': the subject said before 'en'
    elif k < len(toks) and toks[k].w in _JOINED | _FEAR_JOINED:
        found.led, found.fear, k = True, toks[k].w in _FEAR_JOINED, k + 1
    elif typed and k + 2 < len(toks) and toks[k].w in _ASKING_VERBS and toks[k + 1].w in IK and toks[k + 2].w not in ("je", "jou", "u"):
        found.led, k = True, k + 2  # 'kan ik haar vragen of …' (not 'mag ik je vragen of …': asked of the reader)
    j = k
    while j < len(toks) and toks[j].w != "vragen" and j - k <= (8 if found.led else 4):
        if not toks[j].w[:1].isalnum() and toks[j].w != "'k":
            return None
        j += 1
    if j + 1 >= len(toks) or toks[j].w != "vragen":
        return None
    between = middle(toks, k, j, found)
    if between is None:
        return None
    found.person, found.moments = between
    found.comp = j + 1
    if toks[j + 1].w == "aan" and not found.person:  # 'vragen aan Tom of …'
        after = next((p for p in range(j + 2, min(j + 7, len(toks))) if toks[p].w in ("of", "om")), None)
        if after is None or after == j + 2:
            return None
        found.person, found.comp = list(range(j + 2, after)), after
    if toks[found.comp].w not in ("of", "om", ":"):
        return None
    return found


def _subject_next(toks: list[Tok], k: int) -> bool:
    """'(ik ben op.) of ze de kleine kan halen': a sentence of the note that starts with 'of' and a
    subject is the ask, also after a sentence about how the writer is."""
    return k + 1 < len(toks) and toks[k + 1].w in THIRD | IK | {"ie", "we", "wij"}


def _told_myself(toks: list[Tok], k: int, found: Found) -> bool:
    """'vraag (aan) haar/Tom (eens) of|om|: …' at token k: the person and the frame's end into found."""
    comp = next((i for i in range(k + 1, min(k + 7, len(toks))) if toks[i].w in ("of", "om", ":")), None)
    if comp is None or comp + 1 >= len(toks):
        return False
    between = middle(toks, k + 1, comp, found)
    if between is None:
        return False
    found.person, found.moments = between
    found.comp = comp
    return True


def _my_question(toks: list[Tok], v: int, found: Found) -> Found | None:
    """'Mijn vraag (aan Tom) is of hij …': the same note in other words."""
    at = next((i for i in range(v + 1, min(v + 7, len(toks) - 1)) if toks[i].w == "is"), None)
    if at is None or toks[at + 1].w not in ("of", "om"):
        return None
    person = list(range(v + 2, at)) if v + 1 < at and toks[v + 1].w == "aan" else []
    if at > v + 1 and not person:
        return None
    found.person, found.comp = person, at + 1
    return found


def led(toks: list[Tok], s: int) -> tuple[Found, int] | None:
    """'(maar) ik wil …' at sentence start s: the frame so far and the token after its verb."""
    k = s
    while k < len(toks) and toks[k].w in _LOOSE:
        k += 1
    found = Found(s, k, True)
    if k + 1 < len(toks) and toks[k].w in IK and toks[k + 1].w in LEAD_VERBS:
        return found, k + 2
    return (found, k + 1) if k < len(toks) and toks[k].w in _JOINED else None


def middle(toks: list[Tok], k: int, j: int, found: Found) -> tuple[list[int], list[int]] | None:
    """The person and any moment between the frame words; None when something else stands there."""
    lex, words = lexicon(), gemeld_words()
    person: list[int] = []
    moments: list[int] = []
    for i in range(k, j):
        w = toks[i].w
        if (found.led and found.typed and w in _FRAME_INFINITIVES and i == j - 1) or _once(toks, i, j):
            continue
        if w in _YOU or w in IK or (w in lex.finite and w not in words["vul"]):
            return None  # 'Kun je je moeder vragen of …', 'Mag ik vragen of …': not a note
        if w in words["vul"] or (w == "aan" and not person) or (found.fear and w in _FEAR_FILL) or _to_whom(toks, i, j, person):
            continue
        if w in lex.moment_starts or w in words["moment"] or (moments and moments[-1] == i - 1 and w in ("week", "maand", "weekend")):
            moments.append(i)
        elif _not_a_person(toks, i, j, found):
            return None  # 'hem werken auto vragen: …' is no note
        else:
            person.append(i)
    if person and person != list(range(person[0], person[-1] + 1)):
        return None
    if len(person) > 5 or (not found.led and len(person) > 4):
        return None
    return person, moments


def _once(toks: list[Tok], i: int, j: int) -> bool:
    """'ne keer', 'een keer', 'nen keer' before 'vragen' ('ne keer aan ons moeke vragen of …'): politeness."""
    w, nxt = toks[i].w, toks[i + 1].w if i + 1 < j else ""
    return (w in ("ne", "nen", "een") and nxt == "keer") or (w == "keer" and i > 0 and toks[i - 1].w in ("ne", "nen", "een"))


def _to_whom(toks: list[Tok], i: int, j: int, person: list[int]) -> bool:
    """'tegen Mirjam/mijn zus/papa zeggen': 'tegen' before who is told, not before a time ('tegen vijf uur')."""
    nxt = toks[i + 1] if i + 1 < j else None
    return toks[i].w == "tegen" and not person and nxt is not None and (
        nxt.raw[:1].isupper() or nxt.w in ("mijn", "m'n", "mn", "ons", "onze", "de") or nxt.w in lexicon().relations)


def _not_a_person(toks: list[Tok], i: int, j: int, found: Found) -> bool:
    """Token i (before 'vragen' at j) cannot be part of who is asked: a small word of the sentence
    or a verb. A name on -en ('Ruben', 'jeroen', 'meneer verhoeven') is written with a capital or
    comes last, right before 'vragen'."""
    lex = lexicon()
    w = toks[i].w
    if w == "ze" and found.typed and i == j - 1:
        return False  # 'ik wil ze vragen of …' with the person typed: them ('mijn ouders', 'mijn zus')
    if w in _NOT_A_PERSON or (w in lex.not_verb and w not in _PERSON_WORDS):
        return True
    verb = w in lex.finite or (is_infinitive(lex, w) and w not in lex.relations and len(w) > 4)
    named = toks[i].raw[:1].isupper() and i > found.lead
    last = all(toks[x].w in gemeld_words()["vul"] for x in range(i + 1, j))
    return verb and not named and not last


_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_FROM = re.compile(r"\s+(?:van|bij|uit)\s+(?:(?:de|het|ons|onze|mijn)\s+)?(?:[A-Z]{2,}|[a-z][\w'-]*)(?:\s+[a-z0-9][\w'-]*)*$")


def typed_person(person: str | None) -> str | None:
    """The person as typed in the practice flow, without what only describes them:
    'Jeroen (collega)' -> 'Jeroen', 'Marieke van HR' -> 'Marieke', 'de docent, meneer Kaya' ->
    'meneer Kaya', 'Pieter, mijn beste vriend' -> 'Pieter', '@Jonas' (as in a chat) -> 'Jonas'."""
    if not person:
        return person
    text = " ".join(w.lstrip("@") for w in _BRACKETS.sub(" ", person).split())
    parts = [p.strip() for p in text.split(",") if p.strip()]
    named = [p for p in parts if _names_someone(p)]
    text = named[0] if named else (parts[0] if parts else "")
    if any(w[:1].isupper() for w in text.split()[:1]) or len(text.split()) > 1:
        text = _FROM.sub("", text) if _FROM.sub("", text).strip() else text
    return text or person


def _names_someone(part: str) -> bool:
    """A part of the typed person with a name of its own: not 'de juf van Sem', whose only name
    is someone else's (the child's), so 'de juf van Sem, juf Anja' is 'juf Anja'."""
    words = part.split()
    return any(w[:1].isupper() and (i == 0 or words[i - 1].lower() not in ("van", "bij", "uit"))
               for i, w in enumerate(words))


_TITLE_OF = re.compile(r"^(?:(?:de|het|mijn|m'n|mn|onze|ons)\s+)?(juf|juffrouw|meester|trainer|coach|dokter)\s+van\s+[A-Z]\w*$", re.IGNORECASE)
# Family words that are no form of address in a message ('Moeder, …'); 'mam', 'oma', 'zus' are.
_STIFF = frozenset({"moeder", "vader", "schoonmoeder", "schoonvader", "grootmoeder", "grootvader",
                    "echtgenoot", "echtgenote", "partner", "ouders", "schoonouders", "grootouders"})
# 'de assistente van dokter Bakker', 'de moeder van Tim': a role of someone named after it (round 41, k41a)
_OF_OTHER = re.compile(r"^(?:de|het|mijn|m'n|mn|onze|ons)\s+[a-z][\w'-]*\s+(?:van|bij)\s+(?:\S+\s+)*[A-Z]")
_ROLE = re.compile(r"^(?:de|het|mijn|m'n|mn|onze|ons)\s+([\w'-]+)$", re.IGNORECASE)


def addressed(person: str | None) -> str | None:
    """The typed person as the vocative may use them: 'de juf van Lore' -> 'juf' (not the child);
    None for a role alone ('de huisbaas', 'mijn teamleider'): nobody says 'Huisbaas, …'."""
    if not person:
        return person
    title = _TITLE_OF.match(person.strip())
    if title:
        return title.group(1)
    if (_OF_OTHER.match(person.strip()) or of_someone(person)) and "," not in person:  # 'mama van Tim' too (k41r2)
        return None  # 'de assistente van dokter Bakker': the name is someone else's, not the one addressed
    role = _ROLE.match(person.strip())
    if role and (role.group(1).lower() in gemeld_words()["rol"] or role.group(1).lower() in _STIFF) or unspoken_role(person):
        return None  # 'mijn moeder', 'mijn man': nobody writes 'Moeder, …' or 'Man, …' in a chat (typed_role.py)
    return _name_capitalised(person)


def _name_capitalised(person: str) -> str:
    """'tom' or 'mijn broer tom' typed in lower case: the last word is their name when it is no
    word krimp knows ('Tom'); 'mama', 'de buurman' stay as they are."""
    from .names import known_word

    words = person.split()
    if not words or any(w[:1].isupper() for w in words):
        return person
    last = words[-1]
    lex = lexicon()
    lead_ok = all(fold_same_length(w).lower() in _PERSON_WORDS or fold_same_length(w).lower() in lex.relations
                  or fold_same_length(w).lower() in gemeld_words()["rol"] for w in words[:-1])
    plain = fold_same_length(last).lower()
    if not last.isalpha() or not lead_ok or plain in lex.relations or plain in gemeld_words()["rol"] or known_word(lex, plain):
        return person
    return " ".join(words[:-1] + [capitalise(last)])
