"""A second look at a result the rules call sure, for wrong sure results a review found (round 12).

Each check looks at the draft and the finished sentence in general terms and gives a short code;
any code makes the result not sure (it is still offered, and the person is asked what they ask).

- ``vorm-bijzin``: a verb form the draft does not have stands inside a clause opened by 'wie',
  'wat', 'of', 'dat' … ('… weet wie er komen' from 'weet wie er komt'), or a modal question verb
  is followed by a finite verb ('kun je weet …'): the rewrite reached into the wrong clause;
- ``notitie-rest``: in the practice flow an 'of ze/hij …' of the note is left after the question
  verb without a verb of its own ('Kun je zaterdag of ze komen oppassen?');
- ``derde-voorwaarde``: in the practice flow the question asks the person typed directly, but a
  condition still speaks of them in the third person ('… als ze niet moet werken');
- ``groep-je``: a group was typed ('mijn ouders', 'Jan en Piet') and the question says 'je' in a
  way the engine cannot turn into 'jullie';
- ``moest-voorwaarde``: a Flemish condition with the verb first ('moest het regenen', 'mocht ik
  ziek zijn') after the request went, or a past remark ('vorige keer moest ik …') is glued on;
- ``mag-niet``: 'zou het goed zijn als ik … niet …' became a 'mag ik … niet' question, or 'zou
  het … zijn' became 'kan het … zijn': what is asked has changed;
- ``moment-bijzin``: the moment stood in the draft after a clause opened by 'wat', 'of', 'dat' …
  and now stands before it: it may belong to that clause ('zeggen wat we eten, vanavond').
"""

from __future__ import annotations

import re

from vraaghulp.coach.text import fold

from .checks import CLAUSE_OPENERS, text_words
from .segment import finite_like
from .verbs import is_infinitive

_ASKING = frozenset(("kun", "kunt", "kunnen", "kunde", "wil", "wilt", "willen", "mag", "mogen", "je", "jij", "u", "ge",
                     "gij", "ik", "jullie", "zou", "zoudt"))
_MODAL_THEN = re.compile(r"(?:^|,\s*)(?:kun|kunt|wil|wilt|mag|kunnen|willen)\s+(?:je|jij|u|ge|gij|ik|jullie)\s+([\w']+)",
                         re.IGNORECASE)
_NOTE_LEFT = re.compile(r"(?:^|,\s*)(?:kun|kunt|wil|wilt|kunnen|willen)\s+(?:je|jij|u|ge|gij|jullie)\s+(?:([\w']+)\s+)?of\s+"
                        r"(?:ze|zij|hij|ie)\b", re.IGNORECASE)
_THIRD_ASKED = re.compile(r"\b(?:of|kan|kon|wil|zou|mag|kunnen|willen|zouden)\s+(?:ze|zij|hij|ie)\b", re.IGNORECASE)
_THIRD_IN_IF = re.compile(r"\b(?:als|wanneer|zodra|tenzij|mits|nadat|voordat|behalve als)\s+(?:[\w']+\s+)?"
                          r"(?:ze|zij|hij|ie|haar|zijn|z'n|hem)\b", re.IGNORECASE)
_VERB_FIRST_IF = re.compile(r"(?<=[\w'])[ \t]+(?:,\s*)?(moest|mocht)\s+(?:ik|ge|gij|het|hij|ze|zij|we|wij|je|jij|'k|k|t|'t|u)\b"
                            r"([^.?!\n]*)", re.IGNORECASE)
_PAST_BEFORE = re.compile(r"(?:keer|week|maand|jaar|gisteren|toen|laatst|vroeger|vorige|vorig|eergisteren|al)\s*$", re.IGNORECASE)
_HATCH = re.compile(r"\b(?:tijd|uitkomt|uitkomen|lukt|lukken|past|passen|zin|kunt|kunde|kunnen|wilt|goesting|(?:niet|ni|nie)\s+(?:gaan|gaat))\b",
                    re.IGNORECASE)
_FINE_IF = re.compile(r"\b(?:zou|zal|is)\s+het\s+(?:[\w']+\s+){0,3}?(?:goed|ok|oke|okay|erg|fijn|een probleem)\s+(?:zijn\s+)?als\b")
_GROUP_JE = re.compile(r"^((?:[^,?]+,\s*)?)(kun|wil)\s+je\b", re.IGNORECASE)
_PLURAL = {"kun": "kunnen", "wil": "willen"}


def plural_ask(sentence: str) -> str | None:
    """'Kun je zaterdag de hond uitlaten?' -> 'Kunnen jullie zaterdag de hond uitlaten?'; None when
    another 'je'/'jij'/'jouw' would be left singular."""
    m = _GROUP_JE.match(sentence)
    if m is None or set(text_words(sentence[m.end():])) & {"je", "jij", "jou", "jouw", "jezelf", "jullie"}:
        return None
    verb = _PLURAL[m.group(2).lower()]
    verb = verb.capitalize() if m.group(2)[:1].isupper() else verb
    return f"{m.group(1)}{verb} jullie{sentence[m.end():]}"


def doubts(lex, draft: str, sentence: str, typed: bool = False) -> list[str]:
    """The codes of every check that fails for this sure result (empty: it stays sure)."""
    found = []
    if _form_in_clause(lex, draft, sentence):
        found.append("vorm-bijzin")
    if typed and _note_left(lex, sentence):
        found.append("notitie-rest")
    if typed and _THIRD_ASKED.search(draft) and _THIRD_IN_IF.search(sentence):
        found.append("derde-voorwaarde")
    if _verb_first_if(draft, sentence):
        found.append("moest-voorwaarde")
    if _meaning_turned(draft, sentence):
        found.append("mag-niet")
    if _moment_moved(lex, draft, sentence):
        found.append("moment-bijzin")
    return found


def _form_in_clause(lex, draft: str, sentence: str) -> bool:
    said = set(text_words(draft))
    words = text_words(sentence)
    for k, w in enumerate(words):
        if w in said or not is_infinitive(lex, w) or not any(_form_of(v, w) for v in said):
            continue
        if any(_opens(words, j) for j in range(max(1, k - 4), k)):
            return True  # 'weet wie er komt' -> '… wie er komen': the clause's own verb was rewritten
    m = _MODAL_THEN.search(sentence)
    nxt = m.group(1).lower() if m else ""
    return bool(nxt) and finite_like(lex, nxt) and not is_infinitive(lex, nxt) and nxt not in ("het", "dat", "er")


def _opens(words: list[str], j: int) -> bool:
    """Word j opens a clause: 'wie', 'of' …, and 'wat' unless it means 'a bit' ('wat later', 'wat meer')."""
    nxt = words[j + 1] if j + 1 < len(words) else ""
    return words[j] in CLAUSE_OPENERS and not (words[j] == "wat" and len(nxt) > 3 and nxt.endswith("er"))


def _form_of(finite: str, infinitive: str) -> bool:
    """'komt' and 'komen', 'ligt' and 'liggen', 'opengaat' and 'opengaan': one verb, two forms."""
    stem = finite[:-1] if finite.endswith("t") else finite
    return len(stem) >= 3 and infinitive.startswith(stem) and finite != infinitive


def _note_left(lex, sentence: str) -> bool:
    m = _NOTE_LEFT.search(sentence)
    return m is not None and not (m.group(1) and is_infinitive(lex, m.group(1).lower()))


def _verb_first_if(draft: str, sentence: str) -> bool:
    result = fold(sentence)
    for m in _VERB_FIRST_IF.finditer(draft):
        if text_words(draft[:m.start()])[-1:] in (["en"], ["maar"], ["of"], ["want"], ["dus"]):
            continue  # 'En moest ge nog … hebben, mag ik …': the condition of another request
        past = _PAST_BEFORE.search(draft[:m.start()].rstrip(" ,"))
        rest = text_words(m.group(2))
        kept = m.group(1).lower() in text_words(result) or any(w in text_words(result) for w in rest if len(w) > 3)
        if past and kept:
            return True  # 'vorige keer moest ik alles alleen doen' is a remark about the past, no condition
        if not past and not kept and not _HATCH.search(m.group(2)):
            return True  # 'moest het regenen' went: the request lost its condition
    return bool(re.match(r"(?:moest|mocht)\b", result))


def _meaning_turned(draft: str, sentence: str) -> bool:
    said, result = fold(draft), fold(sentence)
    if not _FINE_IF.search(said):
        return False
    return bool(re.search(r"\bkan het\b", result)) or (
        bool(re.search(r"\bmag ik\b", result)) and bool(set(text_words(result)) & {"niet", "geen", "nie", "ni"}))


def _moment_moved(lex, draft: str, sentence: str) -> bool:
    said, result = fold(draft), fold(sentence)
    for m in lex.moment.finditer(result):
        at = said.find(m.group(0))
        if at < 0:
            continue
        before = text_words(said[:at].split(".")[-1].split("?")[-1])
        opener = next((w for w in reversed(before[-5:]) if w in CLAUSE_OPENERS), None)  # the clause right before it
        if opener is None:
            continue
        later, sooner = text_words(result[m.end():]), text_words(result[:m.start()])
        if opener in later and opener not in sooner:
            return True
    return False
