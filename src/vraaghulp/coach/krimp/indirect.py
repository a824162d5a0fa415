"""Indirect request frames: where a draft wraps its ask, and what a half-made direct question shows (round 49, k49b).

Writers wrap the ask in a frame and put the ask itself in a subordinate clause, its verb at the end: 'Het zou fijn
zijn als iemand vanavond de vaatwasser uitruimt', 'Zou het een idee zijn als …', 'Zou je het erg vinden als ik …',
'Ik zat te denken of …', 'Ik vroeg me af of …', 'Ik wil u vriendelijk verzoeken om … te …', Flemish 'Zoudt ge het
erg vinden moest ik …'. The engine peels the frame (convert.from_frame, the [[kader]] lists of krimp.toml) and makes
the clause a direct question: a modal in front ('Kan iemand', 'Wil jij', 'Mag ik') and the clause's finite verb as
an infinitive at the end ('uitruimen').

``frames``: every frame of the family in a text (what tools/krimp_frames.py counts). Two signs for the last look
(nonsense.py), each a half-made question that must never be offered, let alone as sure:

- ``frame_left``: the frame itself made the question ('Kan het een idee zijn als …', 'Kun je het erg vinden als
  …', a question opened by 'Mocht'/'Moest'), or 'of je … zou' left behind a new modal in front (issue 12);
- ``finite_left``: a finite verb of the draft's frame clause left standing after a modal put in front ('Kan iemand
  vanavond de vaatwasser uitruimt, …'), or '-en' put on a word that is no verb ('nietsen', 'vrijen').
"""

from __future__ import annotations

import re
from .finite import agrees, listed_infinitives, never_verb
from .lexicon import lexicon

_ADV = r"(?:(?:echt|heel|erg|zo|super|best|misschien|eventueel|toch|dan|ook|eigenlijk|nou|wel|niet|ni|nie)\s+)*"
_JUDGE = (r"(?:fijn|fijner|handig|top|tof|leuk|lief|fantastisch|geweldig|super|prettig|chill|mooi|ideaal|heerlijk|"
          r"makkelijk|praktisch|een\s+(?:goed\s+)?idee|een\s+optie|een\s+uitkomst|een\s+hulp|mogelijk|mogelijks|haalbaar|"
          r"erg|vervelend|lastig|storend|bezwaarlijk|ambetant|onhandig|raar|gek|een\s+probleem|een\s+bezwaar|"
          r"goed|oke|oké|ok|okay|prima|plezant)")
_YOU = r"(?:je|jij|u|ge|gij|jullie)"
_COMP = r"(?:als|dat|da|indien|wanneer|moest|mocht|om)"
_FRAMES = (
    ("zou-het", rf"\bzou(?:de?)?\s+het\s+{_ADV}{_JUDGE}\s+zijn(?:\s+voor\s+{_YOU})?\s*,?\s+{_COMP}\b"),
    ("het-zou", rf"\bhet\s+zou\s+(?:(?:me|mij|ons)\s+)?{_ADV}(?:{_JUDGE}\s+zijn|helpen|schelen)(?:\s+voor\s+(?:me|mij|ons))?"
                rf"\s*,?\s+{_COMP}\b"),
    ("het-zou-zijn", rf"\bhet\s+{_ADV}{_JUDGE}\s+zou\s+zijn\s*,?\s+{_COMP}\b"),
    ("is-het", rf"\bis\s+het\s+{_ADV}{_JUDGE}(?:\s+voor\s+{_YOU})?\s*,?\s+{_COMP}\b"),
    ("vinden", rf"\b(?:zou|zoudt|zouden|vind|vindt|vinden)\s+{_YOU}\s+het\s+{_ADV}{_JUDGE}(?:\s+vinden)?\s*,?\s+{_COMP}\b"),
    ("vinden", rf"\b(?:zou|zoudt|zouden|vind|vindt|vinden)\s+{_YOU}\s+het\s+{_ADV}goedvinden\s*,?\s+(?:als|moest|mocht|indien)\b"),
    ("ik-vind", rf"\b(?:ik|we|wij)\s+(?:zou|zouden|vind|vinden)\s+het\s+{_ADV}{_JUDGE}(?:\s+vinden)?\s*,?\s+{_COMP}\b"),
    ("of", r"\b(?:ik|we|wij)\s+(?:vroeg|vraag|vroegen|vragen)\s+(?:me|mij|ons)\s+(?:\w+\s+){0,2}?af\s*,?\s+of\b"),
    ("of", r"\b(?:ik|we|wij)\s+(?:zat|zit|zaten|zitten)\s+(?:\w+\s+){0,2}?te\s+denken\s*,?\s+of\b"),
    ("of", rf"\bik\s+(?:wil|wou|wilde|zou)\s+(?:{_YOU}\s+)?(?:\w+\s+){{0,3}}?vragen\s*,?\s+of\b"),
    ("verzoek", rf"\b(?:ik|wij|we)\s+(?:wil|wou|zou|zouden|willen)\s+{_YOU}\s+(?:\w+\s+){{0,3}}?verzoeken\b"),
    ("verzoek", rf"\bverzoek(?:en)?\s+(?:ik|wij|we)\s+{_YOU}\b"),
    ("wens", r"\b(?:zouden|zou)\s+(?:wij|we|ik)\s+(?:\w+\s+){0,2}?graag\b"),
    ("vlaams", r"\bmoest\s+(?:het|da|dat)\s+(?:kunnen|lukken)\b"),
)
_FRAME_RX = tuple((kind, re.compile(rx, re.IGNORECASE)) for kind, rx in _FRAMES)


def frames(text: str) -> list[tuple[int, int, str]]:
    """Every frame of the family in the text: (start, end, kind), in order, overlaps merged into the first."""
    found = sorted((m.start(), m.end(), kind) for kind, rx in _FRAME_RX for m in rx.finditer(text))
    out: list[tuple[int, int, str]] = []
    for start, end, kind in found:
        if out and start < out[-1][1]:
            continue
        out.append((start, end, kind))
    return out


_MODAL = r"(?:kan|kun|kunt|wil|wilt|mag|moogt|kunnen|willen|mogen)"
_SENT = re.compile(r"[^.?!]+[.?!]*")
# 'Kan het een idee zijn als …', 'Kun je het erg vinden als …', 'Wil je het fijn vinden dat …'
_FRAME_ASKED = re.compile(
    rf"^(?:[\w'’ -]{{1,30}},\s+)?{_MODAL}\s+(?:het|dat|{_YOU})\s+(?:het\s+)?{_ADV}{_JUDGE}\s+(?:zijn|vinden)\s*,?\s+{_COMP}\b",
    re.IGNORECASE)
_IF_ASKED = re.compile(r"^(?:[\w'’ -]{1,30},\s+)?(?:mocht|mochten|moest|moesten|indien)\b[^?,]*\?", re.IGNORECASE)
_FRONT = re.compile(rf"^(?:[\w'’ -]{{1,30}},\s+)?{_MODAL}\s+(\w+)\b", re.IGNORECASE)
_OF_ZOU = re.compile(rf"\bof\s+{_YOU}\b[^.?!]*\bzou(?:dt)?\b", re.IGNORECASE)
_WORD = re.compile(r"[\w'’]+")


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENT.findall(text) if s.strip()]


def _said(draft: str, sent: str) -> bool:
    """The result's sentence stands in the draft as typed (the writer's own words: left alone, not broken)."""
    flat = " ".join(draft.split()).lower()
    return " ".join(sent.rstrip("?.! ").split()).lower() in flat


def frame_left(draft: str, sentence: str) -> str:
    """A question of the result that is the frame itself or keeps 'of je … zou' behind a new modal, where the draft
    does not say it so ('' when none)."""
    for sent in _sentences(sentence):
        if _said(draft, sent):
            continue
        m = _FRAME_ASKED.search(sent) or _IF_ASKED.search(sent)
        if m is not None:
            return m.group(0)
        if _FRONT.search(sent) and (hit := _OF_ZOU.search(sent)) and not _OF_ZOU.search(_front_of(draft, sent)):
            return hit.group(0)
    return ""


def _front_of(draft: str, sent: str) -> str:
    """The draft's text only when it already asks with a modal in front and 'of je … zou' (then it is the writer's)."""
    return draft if _FRONT.search(draft.strip()) else ""


_SUBORDINATE = frozenset({"als", "dat", "da", "of", "indien", "moest", "mocht", "wanneer", "zodra"})
_CLAUSE_OPEN = frozenset({"of", "dat", "da", "als", "wat", "wie", "die", "waar", "hoe", "omdat", "zodat", "want",
                          "wanneer", "terwijl", "zolang", "totdat", "voordat", "nadat", "zodra", "waarmee",
                          "waarvoor", "welke", "indien", "voor", "sinds"})  # 'voor oma komt': before
_DETERMINERS = frozenset({"de", "het", "een", "mijn", "m'n", "mn", "je", "jouw", "uw", "zijn", "haar", "ons", "onze", "hun",
                          "die", "dat", "deze", "dit", "geen", "elke", "ieder"})
_POINTERS = frozenset({"die", "dat", "da"})
_SUBJECTS = {"ik": "ik", "je": "je", "jij": "jij", "u": "u", "ge": "ge", "gij": "gij", "we": "we", "wij": "wij",
             "jullie": "jullie", "iemand": "iemand"}


def _lex():
    return lexicon()


def _clause_finals(draft: str) -> set[str]:
    """Words of the draft that close a clause opened by a subordinator of a frame ('als iemand … uitruimt,'): the
    finite verbs the conversion must turn."""
    out: set[str] = set()
    for sent in _sentences(draft.replace("\n", ". ")):
        words = re.findall(r"[\w'’/]+|[,;:()–-]", sent.lower())
        opened = False
        for k, w in enumerate(words):
            if w in _SUBORDINATE:
                opened = True
            nxt = words[k + 1] if k + 1 < len(words) else ""
            if opened and w.isalpha() and (not nxt or nxt in (",", ";", ":", "(", ")", "-", "–", "en", "of")):
                out.add(w)
    return out


def finite_left(draft: str, sentence: str) -> str:
    """After a modal the result put in front, a finite verb of the draft's frame clause left as it was ('uitruimt'),
    or '-en' on a word that is never a verb ('nietsen'); '' when none."""
    lex = _lex()
    own = {w.lower() for w in _WORD.findall(draft)}
    finals = _clause_finals(draft)
    for sent in _sentences(sentence):
        front = _FRONT.search(sent)
        if front is None or _said(draft, sent):
            continue
        subject = _SUBJECTS.get(front.group(1).lower(), "np")
        words = [w.lower() for w in _WORD.findall(sent[front.end():])]
        for k, w in enumerate(words):
            if w in _CLAUSE_OPEN and (w not in _POINTERS or not k or words[k - 1] not in lex.prepositions):
                break  # 'zorgen dat Finn …', 'die op mijn bureau ligt' open a clause; 'tot die tijd' does not
            if k and (words[k - 1] in _DETERMINERS or words[k - 1] in lex.prepositions):
                continue  # 'de post, de krant en …': a noun
            if w.endswith("en") and w not in own and never_verb(w[:-2]):
                return w  # 'nietsen', 'vrijen'
            if w in finals and w not in lex.finite and agrees(w, subject, lex.irregular, lex.finite) \
                    and listed_infinitives(w, subject, lex.irregular, lex.particles) and not _plural_same(w):
                return w
    return ""


def _plural_same(word: str) -> bool:
    """A plural form is the infinitive itself ('als we samen koken' -> 'kunnen we samen koken'): nothing is left."""
    return word.endswith("en") or word in ("gaan", "staan", "doen", "zien", "slaan", "zijn")


_STOP = frozenset({"maar", "mar", "want", "omdat", "zodat", "anders", "dus", "terwijl", "als", "dat", "da", "die", "wat",
                   "nu", "toen", "zolang", "voordat", "nadat", "hoewel", "mits", "tenzij", "sorry", "zodra", "wanneer",
                   "waar", "hoe", "om", "zonder"})
_NEW_SUBJECT = frozenset({"ik", "'k", "k", "ze", "zij", "hij", "we", "wij", "het", "er", "je", "jij", "u", "ge", "gij"})
_CLAUSE_END = re.compile(r"[.?!\n]")


def _acts(clause: str) -> list[list[str]]:
    """The acts of a frame's clause, cut at ',', 'en', 'of': a comma cuts only in a row closed by 'en'/'of' ('A, B en
    C'); the row ends where a clause of its own starts (a subordinator, 'maar', a new subject after the cut: '…, ik
    ben kapot', '…, mijn vlucht gaat …')."""
    tokens = re.findall(r"[\w'’/]+|[,;:()]", clause.lower())
    acts: list[list[str]] = []
    cuts: list[str] = []
    cur: list[str] = []
    for k, t in enumerate(tokens):
        if (t in _STOP and k) or t in (";", ":", "(", ")"):
            break
        if t in (",", "en", "of"):
            acts, cur, cuts = acts + ([cur] if cur else []), [], cuts + [t]
            if tokens[k + 1:k + 2] and tokens[k + 1] in _NEW_SUBJECT:
                break
            continue
        cur.append(t)
    acts += [cur] if cur else []
    while cuts and cuts[-1] == "," and len(acts) > 1:  # '…, mijn vlucht gaat om 9 uur': no row
        cuts, acts = cuts[:-1], acts[:-1]
    return acts


def acts_lost(draft: str, sentence: str) -> str:
    """A row of acts in a frame's clause ('als iemand de vaatwasser uitruimt, de was ophangt en …') of which the
    result, made a direct question, no longer says one: the result's question that lost it ('' when none)."""
    made = [s for s in _sentences(sentence) if _FRONT.search(s) and not _said(draft, s)]
    if not made:
        return ""
    lex, low = _lex(), sentence.lower()
    for _start, end, kind in frames(draft):
        if kind in ("verzoek", "wens", "vlaams"):
            continue
        stop = _CLAUSE_END.search(draft, end)
        acts = _acts(draft[end: stop.start() if stop else len(draft)])
        mine = bool(acts) and acts[0][:1] == ["ik"]
        for words in acts if len(acts) > 1 else []:
            last = words[-1]
            if any((w in lex.finite or w in lex.irregular) and (j == 0 or words[j - 1] not in _DETERMINERS)
                   for j, w in enumerate(words[:-1])):  # 'de was ophangt' is laundry
                break  # 'wout mee zoudt kunnen nemen … ik moet … werken': no plain act
            if len(words) > 1 and words[-2] in _DETERMINERS or not (last.endswith("t") or mine):
                continue  # 'de post': a noun
            infs = listed_infinitives(last, "", lex.irregular, lex.particles)
            if infs and last not in low and not any(inf in low for inf in infs):
                return made[0]  # 'Kan iemand de vaatwasser uitruimen?' without 'de was ophangt'
    return ""
