"""What binds the task, said in its own sentence after the ask, and an ask that names nothing to look at.

`detail`: a clause after the ask that sets the hour the task must be done by. Two kinds, both kept in the
person's own words as a sentence after the result (contract point 3: a moment stays):

- a place that closes: 'Kun je vanmiddag de bank ophalen? De winkel sluit om vier.', '… de kleine van de
  crèche halen? 'k Moet tot zes werken en de crèche sluit om half zes.' (only the closing clause stays);
- where the writer must be by then, with 'er'/'daar' pointing at the place of the ask, which takes the
  writer there ('me', 'mij', 'ons'): '… mij naar het ziekenhuis brengen? Ik moet er om 9:30 zijn voor de
  scan.' -> '… Ik moet er om 9:30 zijn.'

The writer's own plans ('Mijn vlucht is om 11u.', 'Ik moet om vier weg naar de tandarts.') are reasons
most writers drop: they are not matched here.

`lost_broke`: 'Oma, de oven is kapot. Mogen we zondag bij jou de taart bakken?' with what broke cut while
the ask is a permission to use the reader's place or thing: not sure.

`bare_look`: a result that is only the ask, with a look or help verb and nothing to look at ('Kun jij
vandaag voor 12 uur even meekijken?'), while the draft said what is wrong in a sentence before it ('… nu
doet de VPN het niet meer.'): the reader would not know what to look at, so the result is not sure.
"""

from __future__ import annotations

import re

from .checks import SENTENCE_RUN as _SENTENCE, lower_words

CODE = "kaal-kijken"

_NUM = r"(?:\d{1,2}(?:[:.]\d{2})?|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)"
_T = rf"(?:half\s+|kwart\s+(?:over|voor)\s+)?{_NUM}(?:\s*(?:u|uur|h)\b)?"
_SUBJ = r"(?:de|het|'t|den|die|ze|hij)\s+(?:[^\W\d_]+\s+)?"
_CLOSE = re.compile(
    rf"(?i)^\s*(?:en\s+|maar\s+)?{_SUBJ}(?:"
    rf"(?:sluit|sluiten)\s+(?:al\s+|wel\s+)?(?:om|tegen)\s+{_T}"
    rf"|(?:gaat|gaan)\s+(?:al\s+|wel\s+)?(?:om|tegen)\s+{_T}\s*dicht"
    rf"|(?:is|zijn)\s+(?:maar\s+|alleen\s+)?(?:open\s+)?tot\s+{_T}(?:\s*open)?)(?![\w:])")
_THERE = re.compile(
    rf"(?i)^\s*(?:en\s+|maar\s+)?(?:ik|'k|k|we|wij)\s+(?:moet|moeten)\s+(?:er|daar|der)\s+(?:al\s+)?"
    rf"(?:om|voor|vóór|tegen|uiterlijk\s+om)\s+{_T}\s*(?:zijn|staan)\b")
# how long the writer is away, both ends said: 'Ik moet om vier uur weg en ben pas om zeven terug.'
_SPAN = re.compile(
    rf"(?i)^\s*(?:en\s+)?(?:ik|'k|k|we|wij)\s+(?:moet|moeten|ga|gaan)\s+(?:al\s+)?om\s+{_T}\s*weg\s+en\s+(?:ben|zijn)\s+"
    rf"(?:pas\s+|weer\s+|ten\s+vroegste\s+)?(?:om|rond|tegen)\s+{_T}\s*(?:terug|thuis)\b")
# a plain instruction to the helper: 'Ge moet wel langs de achterpoort.', 'Je mag wel via de garage.'
_DO = re.compile(r"(?i)^\s*(?:en\s+|maar\s+)?(?:je|jij|ge|gij|u)\s+(?:moet|moogt|mag)\s+wel\s+"
                 r"(?:langs|via|door|bij|achterom|aanbellen|kloppen|de\s+achterdeur|de\s+zijdeur)\b[^,;]*")
# an aside or an invitation ('Je moet wel bij ons blijven eten!'), never what binds the task
_ASIDE = re.compile(r"(?i)\b(?:sorry|sry|excuus|lukt|lukken|probleem|erg|moeite|laten\s+weten|zeggen|snel|meteen|tijd"
                    r"|blijven|eten|mee-eten|slapen|logeren|koffie)\b")
_CARRIED = frozenset({"me", "mij", "ons"})  # 'kun jij mij naar het ziekenhuis brengen?': the writer goes where the ask goes
_CLAUSE = re.compile(r"\s*(?:,|\ben\b)\s*")
_LOOK = 2


def _bound(clause: str) -> str:
    m = _CLOSE.match(clause) or _THERE.match(clause) or _SPAN.match(clause) or _DO.match(clause)
    if not m or _ASIDE.search(m.group(0)) or len(lower_words(m.group(0))) > 12:
        return ""
    text = re.sub(r"(?i)^\s*(?:en|maar)\s+", "", m.group(0)).strip()
    return text[:1].upper() + text[1:] + "."


_CODE = re.compile(r"(?i)\b(?:code|pincode|nummer|nr|huisnummer)\s*(?:is\s+)?\d")


def _with_code(whole: str, said: str) -> str:
    """The whole sentence when its other clause holds a code ('Je mag wel via de garage, de code is 1234.')."""
    if _CODE.search(whole) and not _CODE.search(said) and len(lower_words(whole)) <= 16 and not _ASIDE.search(whole):
        return whole[:1].upper() + whole[1:] + "."
    return said


def detail(draft: str, sentence: str) -> str:
    """The binding clause to add after the result, or ""."""
    if not sentence.endswith("?") or "\n" in sentence:
        return ""
    q = draft.find("?")
    if q < 0:
        return ""
    have = set(lower_words(sentence))
    for nxt in _SENTENCE.findall(draft[q + 1:])[:_LOOK]:
        if "?" in nxt:
            return ""
        whole = nxt.strip().rstrip(".!")
        for clause in [whole] + _CLAUSE.split(whole):
            if _THERE.match(clause) and not _CARRIED & have:
                continue  # 'Ik moet er om vier zijn voor de kinderen' after 'de post wegbrengen': 'er' is elsewhere
            said = _bound(clause) if clause else ""
            if said and not set(lower_words(said)) <= have:
                return _with_code(whole, said)
    return ""


_ASK = re.compile(r"(?i)^(?:[^,?]{1,40},\s+)?(?:kun|kan|kunt|kunde|wil|wilt|zou|zoudt)\s+(?:je|jij|u|ge|gij)\b([^?]*)\?")
_BARE = re.compile(r"(?i)\b(?:meekijken|mee\s+kijken|komen\s+kijken|meedenken|mee\s+denken|komen\s+helpen)\s*$")
_OBJECT = re.compile(r"(?i)\b(?:naar|met|bij|aan|over|ernaar|daarnaar|erbij|ermee|daarmee|het|dat|die|da|dit)\b")


def bare_look(draft: str, sentence: str) -> bool:
    """Whether the result is a bare look/help ask while the draft said before it what it is about."""
    m = _ASK.match(sentence.strip())
    if not m or not _BARE.search(m.group(1)) or _OBJECT.search(m.group(1)):
        return False
    q = draft.find("?")
    before = draft[:q] if q >= 0 else ""
    cut = max(before.rfind(ch) for ch in ".!\n")
    told = [w for w in lower_words(before[:cut]) if len(w) > 3] if cut > 0 else []
    return len(told) >= 3 and not set(told) <= set(lower_words(sentence))


BROKE_CODE = "weg-kapot"
# 'De oven is kapot.', 'Mijn fiets is gisteren stuk gegaan.': a thing of the writer's that broke, said right
# before the ask; not the writer ('ik schaam me kapot', 'ik ben kapot'): that is how they are.
_BROKE = re.compile(
    r"(?i)^\s*(?:[^\W\d_]+,\s+)?(?:de|het|'t|mijn|mn|m'n|mijne|onze|ons|zijn|haar)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+"
    r"(?:is|zijn|ging|gingen|gaat)\b(?:\s+[^\W\d_]+){0,3}?\s+(?:kapot|stuk|lek|defect|kaduuk)\b")


_PLAIN = frozenset({"mijn", "mijne", "onze", "zijn", "haar", "ging", "gingen", "gaat", "kapot", "stuk", "defect",
                    "kaduuk", "gisteren", "vandaag", "weer", "helemaal", "alweer"})


# a permission ask to use what is the reader's ('Mogen we bij jou bakken?', 'Mag ik die van jou lenen?'):
# without what broke it reads as a whim; an ask for a named new thing ('een nieuwe cartridge') stands alone
_PERMISSION = re.compile(r"(?i)(?:^|,\s+|[.!]\s+)(?:mag|mogen)\s+(?:ik|we|wij|'k)\b")


def lost_broke(draft: str, sentence: str) -> bool:
    """Whether the sentence right before a permission ask said what broke and the result kept none of it."""
    q = draft.find("?")
    if q < 0 or not _PERMISSION.search(sentence):
        return False
    before = draft[:q]
    cut = max(before.rfind(ch) for ch in ".!\n")
    if cut <= 0:
        return False
    start = max(before.rfind(ch, 0, cut) for ch in ".!?\n") + 1
    said = before[start:cut + 1]
    if not _BROKE.match(said):
        return False
    content = {w for w in lower_words(_BROKE.match(said).group(0)) if len(w) > 3} - _PLAIN
    return bool(content) and not content & set(lower_words(sentence))


_OTHERWISE = re.compile(r"\?\s+(Anders\b[^?]*)$")


def limit_before_otherwise(draft: str, sentence: str, shrunk, an) -> str:
    """'… passen? Hij mag na zes uur geen snoep meer, anders slaapt hij niet.': the consequence kept after the
    ask belongs to the limit right before it; the limit goes back in front of it (limit_after.py finds it). Any
    other short piece right before the 'anders' is what the consequence hangs on too ('… ophalen? Je moet mijn
    pasje meenemen, anders geven ze ze niet mee.'): it goes back in front when it is no wrapper."""
    from .limit_after import limit_after

    m = _OTHERWISE.search(sentence)
    if not m:
        return sentence
    head = sentence[: m.start() + 1]
    said = limit_after(draft, head, shrunk, "", an).rstrip(".") or _hung_on(draft, head, m.group(1), shrunk)
    at = draft.lower().find(said.lower())
    if not said or at < 0 or not re.match(r"\s*,?\s*anders\b", draft[at + len(said):], re.I):
        return sentence
    rest = m.group(1)
    return f"{head} {said[:1].upper()}{said[1:]}, {rest[:1].lower()}{rest[1:]}"


_SAID_ALREADY = frozenset({"moet", "moeten", "het", "t", "is", "wel", "dan", "echt", "ook", "nog", "dat", "da"})
_BEFORE_OTHERWISE = re.compile(r"(?i)(?:^|[.?!,;\n])\s*([^.?!,;\n]+?)\s*,?\s*anders\b")


def _hung_on(draft: str, head: str, rest: str, shrunk) -> str:
    """The piece right before 'anders …' in the draft, after the ask: a plain statement of three to ten words
    that the result does not hold yet and that holds no wrapper ('Je moet mijn pasje meenemen'), or ""."""
    words = lower_words(rest)[:3]
    for m in _BEFORE_OTHERWISE.finditer(draft):
        after = lower_words(draft[m.end():])[:2]
        said = re.sub(r"(?i)\s+(?:en|maar|ma|want|dus|of)$", "", m.group(1).strip())  # '… orthodontist en anders …'
        if after != words[1:3] or not 3 <= len(lower_words(said)) <= 10 or set(lower_words(said)) - _SAID_ALREADY <= set(lower_words(head)):
            continue  # '… voor 10u …? (Moet voor 10u,) anders mag ik …': its deadline is in the question already
        if draft.find("?") < m.start(1) and not _wrapper(shrunk(said)):
            return said
    return ""


def _wrapper(out) -> bool:
    an = getattr(out, "analysis", None)
    return an is None or any(c.role in ("wrap", "afsluiting", "groet", "vraag", "extra") for c in an.clauses)
