"""A restriction on the request stays (contract point 3, round 21): what narrows WHEN, HOW, WHICH or WHO
of the help asked, said in the question's own tail after a comma ('Kun je ernaar kijken, maar pas na je
overleg met finance?') or in the sentence right after the ask ('Liever niet op maandag, want dan ben ik
niet thuis.', 'Wij kunnen alleen na half vier.', 'Vooral hoofdstuk 3.', 'Ik ben overdag thuis, behalve
donderdag.', 'Ten laatste vrijdag aub.', 'Ik vraag ni om minder uren, enkel om een eerlijkere verdeling.').

A piece is a restriction when, after a link word ('maar', 'en', 'wel', Flemish 'ma', 'mor', 'mr'), it starts
with a word that narrows ('liever/liefst niet', 'alleen', 'enkel', 'vooral', 'behalve', 'uiterlijk', 'ten
laatste', 'pas', 'tenzij', 'graag vóór', 'niet vóór', 'niet via', …), or when the writer is its subject and
such a word follows soon ('Wij kunnen alleen na half vier.', 'ik ben uiterlijk half 1 thuis'). A reason after
it ('want …', 'daar snap ik …', 'die is kapot') and a tag ('aub', 'hoor', 'he') go. An escape hatch never
counts ('alleen als je tijd hebt', 'enkel als het u past', 'alleen als het op je route ligt, anders haal ik
het zelf wel'): a piece with a hatch word, or one the writer's own fallback ('anders … zelf') follows.

``added`` puts a restriction the result lacks back (in the question when it stood in the question, else as a
short sentence of its own after the ask); ``lost`` says a restriction is still missing, which withholds sure.
``before_ask`` keeps a negated fact of the writer right before an ask that only makes sense with it ('Ik kan
zaterdag ni komen werken. Kunt ge mij zondag inplannen in de plaats?').
"""

from __future__ import annotations

import re
from typing import Callable

from .checks import lower_words
from .cond_after import put_in
from .letoff import let_off
from .open_except import later

CODE = "weg-voorwaarde"

_LINK = r"(?:(?:en|maar|mor|ma|mr|maja|of)\s+)?(?:(?:wel|dan|ook|ff|even|efkes)\s+)?(?:(?:graag|liefst|het\s+liefst|bij\s+voorkeur)\s+)?"
_NEG = r"(?:niet|ni|nie|geen|gene|nooit)"
_WHEN = r"(?:v[oó][oó]r|na|op|in|om|tussen|tot|vanaf|via|met|aan|later|eerder|te|de|het|die|dat|deze)"
_HEAD = re.compile(
    rf"(?i)^\s*{_LINK}(?:"
    rf"(?:het\s+)?(?:liever|liefst)\s+(?:{_NEG}\s+)?\S"
    r"|(?:alleen|enkel|uitsluitend|vooral|voornamelijk|behalve|uitgezonderd|uiterlijk|tenzij|pas)\s+\S"
    r"|ten\s+laatste?\s+\S|tenlaatste\s+\S|ten\s+vroegste\s+\S"
    rf"|{_NEG}\s+(?:alleen\s+|enkel\s+)?{_WHEN}\b"
    r"|v[oó][oó]r\s+(?:\d|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|het\s+weekend|de\s+middag|\w+uur)"
    r"|graag\s+(?:v[oó][oó]r|na|tegen|tussen|via|op|in)\b"
    r")")
# The writer (or 'wij') as subject, a verb, and a narrowing word soon after, then a time or a preposition: 'Wij
# kunnen alleen na half vier.', 'ik ben uiterlijk half 1 thuis'. Never 'alleen' for 'alone' ('alleen krijg ik dat
# nooit gedaan', 'ik krijg het alleen niet waterpas') and never 'pas' ('Ik kom pas om 7 uur thuis.' is the reason).
# A preposition only narrows with its object after it: 'ik sta er (anders) alleen voor' is 'alone', no limit.
_AT = (r"(?:(?:na|v[oó][oó]r|op|in|om|tot|tussen|vanaf|tegen|via|met)\b(?=\s+\w)|(?:'s|\d\S*|half|kwart|overdag|morgen\w*|vanavond|"
       r"(?:maan|dins|woens|donder|vrij|zater|zon)dag\w*)\b)")
_OWN = re.compile(
    r"(?i)^\s*(?:(?:en|maar|mor|ma)\s+)?(?:ik|'k|k|wij|we|ikke)\s+\S+\s+(?:\S+\s+){0,3}?"
    rf"(?:(?:alleen|enkel|uitsluitend)\s+{_AT}|(?:uiterlijk|ten\s+laatste?|tenlaatste|behalve|ten\s+vroegste)\s+\S)")
# 'Ik vraag ni om minder uren, enkel om …', 'ik vraag niet om X, wel om Y': what the ask is not about.
_NOT_ASKED = re.compile(rf"(?i)^\s*(?:ik|'k|k|wij|we)\s+(?:vraag|vragen)\s+(?:\S+\s+)?{_NEG}\s+(?:om|naar|voor)\b")
# Hatch words: such a piece only lets the reader off ('alleen als je tijd hebt', 'enkel als het u past').
_HATCH = re.compile(
    r"(?i)\b(?:tijd|zin|goesting|uitkomt|past|schikt|lukt|lukken|lukt|verplicht|natuurlijk|probleem|erg|stress|"
    r"moeite|kwalijk|sorry|sry|excuus|last|storen|druk|hoeft|hoef|wil|wilt|zeker|mag\s+ook|kan\s+ook|"
    r"route|kant\s+op|onderweg|in\s+de\s+buurt|gerust|hoor\s+maar)\b")
_FALLBACK = re.compile(r"(?i)^\s*(?:anders|zoniet|zo\s+niet)\b.*\b(?:zelf|wel|ook\s+goed|ook\s+ok|geen\s+probleem)\b")
# Where a restriction ends: a reason, a tag, a new clause about something else.
_CUT = re.compile(
    r"(?i)\s+(?:want|omdat|aangezien|daar|dan\s+(?:ben|is|heb|moet|ga|kan|zijn|zit)|anders|die\s+(?:is|zijn|heb|haalt|doe)|"
    r"hoor|he|hé|eh|aub|a\.u\.b\.?|svp|pls|plz|please|alsjeblieft|alstublieft|lol|haha\w*|echt\s+waar|beloofd|"
    r"dankjewel|dank\s+je|bedankt|thx|merci|groetjes|groet|gr)\b.*$")
# A finite verb of its own after a head word: the piece is a statement, no restriction on the ask.
_VERB = re.compile(r"(?i)\b(?:is|zijn|ben|was|waren|heeft|hebben|heb|gaat|gaan|komt|komen|wordt|worden|staat|ligt|zit|zitten|"
                   r"moet|moeten|kan|kunnen|wil|willen|weet|weten|vind|vindt)\b")
_SENT = re.compile(r"[^.?!\n]+[.?!]*")
_PIECE = re.compile(r"[^,;\u2600-\u27bf\U0001f000-\U0001faff]+")
_MAX = 12


def _narrows(piece: str) -> bool:
    text = piece.strip()
    if not text or _HATCH.search(_CUT.sub("", text)) or re.match(rf"(?i)^\s*{_LINK}(?:alleen|enkel|pas)\s+(?:als|wanneer|indien)\b", text):
        return False  # 'alleen als …' is cond_after.py's, with its own hatch test
    if _HEAD.match(text) and _VERB.search(_CUT.sub("", text)):
        return False  # 'Alleen de buren zijn op reis.': a statement with a verb of its own (notnow.only_some)
    return bool(_HEAD.match(text) or _OWN.match(text) or _NOT_ASKED.match(text) or _EXCEPT.match(text))


# A short piece that says what is open and then the exception: 'elke dag is goed behalve zondag', 'de hele week
# kan, uitgezonderd woensdag' (rv21k: it went while the result stayed sure).
_EXCEPT = re.compile(r"(?i)^\s*(?:\S+\s+){1,5}(?:behalve|uitgezonderd)\s+(?:op\s+)?(?:de\s+|het\s+|'s\s+)?"
                     r"(?:\w*dag\w*|weekend|\w*avond\w*|\w*ochtend\w*|\w*middag\w*|\d)")


def _clean(text: str) -> str:
    return _CUT.sub("", text.strip()).strip().rstrip(".!?,").strip()


def _sentences(draft: str) -> list[re.Match]:
    return [m for m in _SENT.finditer(draft) if re.search(r"\w", m.group(0))]


def _ask_index(sents: list[re.Match], sentence: str) -> int:
    """The draft's question sentence that the result asks (the most shared words), or -1."""
    ask = set(w for w in lower_words(sentence.split("?")[0]) if len(w) > 2)
    best, at = 1, -1
    for k, m in enumerate(sents):
        if not m.group(0).rstrip().endswith("?"):
            continue
        shared = len(ask & set(lower_words(m.group(0))))
        if shared > best:
            best, at = shared, k
    return at


def _in_question(question: str) -> str:
    """The restriction in the question's own tail: 'kijken, maar pas na je overleg met finance?'."""
    pieces = [p.group(0) for p in _PIECE.finditer(question.rstrip().rstrip("?!."))]
    for k in range(1, len(pieces)):
        if _narrows(pieces[k]) and not any(_FALLBACK.match(p) for p in pieces[k + 1:]) and not let_off(" , ".join(pieces[k:])):
            said = _clean(pieces[k])
            return said if 2 <= len(lower_words(said)) <= _MAX else ""
    return ""


def _after(text: str) -> str:
    """The restriction in the sentence after the ask, as a sentence of its own, or ""."""
    pieces = [p.group(0).strip() for p in _PIECE.finditer(text.rstrip().rstrip("?!."))]
    if text.rstrip().endswith("?") or not pieces:
        return ""
    hits = [k for k, p in enumerate(pieces) if _narrows(p)]
    if not hits or any(_FALLBACK.match(p) for p in pieces[hits[0] + 1:]) or let_off(" , ".join(pieces[hits[0]:])):
        return ""
    first = hits[0]
    if first > 0 and not _EXCEPT.match(pieces[first]):  # 'Ik ben overdag thuis, behalve donderdag.': with its clause
        if first > 1 or not _ATTACHED.match(pieces[first]) or not re.match(r"(?i)^\s*(?:(?:en|maar)\s+)?(?:ik|'k|k|wij|we|wel)\b", pieces[0]) or \
                len(lower_words(pieces[0])) > 8 or _HATCH.search(pieces[0]):
            return ""
        first = 0
    last = first
    while last + 1 < len(pieces) and ((last + 1) in hits or _counterpart(pieces[last], pieces[last + 1])):
        last += 1  # 'wel de bus meenemen, maar niet de aanhanger', 'ni de blauwe, de zwarte met …'
    if first == 0 and last == 0 and len(pieces) > 1 and _NOT_ASKED.match(pieces[0]):
        last = 1  # 'Ik vraag ni om minder uren, enkel om een eerlijkere verdeling.'
    said = _clean(", ".join(pieces[first:last + 1]))
    said = re.sub(r"(?i)^(?:en|maar|mor|ma|mr|maja)\s+", "", said)
    if not 2 <= len(lower_words(said)) <= _MAX:
        return ""
    return said[:1].upper() + said[1:] + "."


# A piece that narrows the clause before it ('…, behalve donderdag', '…, maar niet vóór 10 uur'); a piece
# that starts with its negation is an instruction of its own ('Ik ben m vergeten, niet aan juf geven …').
_ATTACHED = re.compile(r"(?i)^\s*(?:(?:maar|mor|ma|mr)\s+|behalve\b|uitgezonderd\b|enkel\b|alleen\b)")


def not_asked(draft: str, sentence: str) -> str:
    """What the ask is not about, said right before it ('Ik vraag niet om een hoger salaris, wel om een vaste dag
    thuiswerken. Heb je … tijd voor een gesprek?'), as a sentence to put after the ask, or ""."""
    sents = _sentences(draft)
    k = _ask_index(sents, sentence)
    before = sents[k - 1].group(0).rstrip().rstrip(".!") if k >= 1 else ""
    start = next((p.start() for p in _PIECE.finditer(before) if _NOT_ASKED.match(p.group(0))), -1)
    whole = _clean(before[start:]) if start >= 0 else ""  # 'Beste Sandra, | Ik vraag niet om …'
    if not _NOT_ASKED.match(whole) or len(lower_words(whole)) > 16 or _kept(whole, sentence):
        return ""
    return whole[:1].upper() + whole[1:] + "."


def _counterpart(hit: str, nxt: str) -> bool:
    """'mr ni de blauwe, | de zwarte met mijn voetbalschoenen in': after 'not this one', the one that is meant."""
    negated = re.search(rf"(?i)\b{_NEG}\s+(?:de|het|die|dat|deze|dit)\b", hit)
    return bool(negated and re.match(r"(?i)^\s*(?:(?:maar|mor|ma|mr)\s+)?(?:wel\s+)?(?:de|het|deze|dit|enkel|alleen)\s+\S", nxt)
                and not _CUT.search(" " + nxt.split()[0]) and len(lower_words(nxt)) <= 8)


def _kept(said: str, sentence: str) -> bool:
    have = set(lower_words(sentence))
    words = [w for w in lower_words(said) if w not in ("en", "maar", "mor", "ma", "mr", "wel", "graag", "het", "de")]
    return all(w in have for w in words)


def found(draft: str, sentence: str) -> list[tuple[str, bool]]:
    """The restrictions near the ask: (text as it would be sent, said inside the question)."""
    sents = _sentences(draft)
    k = _ask_index(sents, sentence)
    if k < 0:
        return []
    out = []
    inner = _in_question(sents[k].group(0))
    if inner:
        out.append((inner, True))
    if k + 1 < len(sents):
        after = _after(sents[k + 1].group(0))
        if not after and k + 2 < len(sents) and len(lower_words(sents[k + 1].group(0))) <= 10 and \
                re.match(r"(?i)^\s*(?:en|maar|mor|ma|mr)\s", sents[k + 2].group(0)):
            after = _after(sents[k + 2].group(0))  # '… doen? Geen vlees kopen. En liever nie bij de appie.'
        if after:
            out.append((after, False))
    more = later([m.group(0) for m in sents[k + 1:]], [said for said, _ in out])  # 'Ik kan elke dag behalve vrijdag.'
    if more:
        out.append((more, False))
    return out


def added(draft: str, sentence: str, shrunk: Callable[[str], object]) -> tuple[str, str]:
    """``sentence`` with each restriction it lacks put back, and the text added ("" when none)."""
    if sentence.count("?") != 1:
        return sentence, ""
    pieces = []
    for said, inside in found(draft, sentence):
        if _kept(said, sentence) or _wrapped(shrunk(said)):
            continue
        ask, mark, tail = sentence.partition("?")
        short = _shorter(said, tail)
        if short:  # '… sturen? Behalve donderdag.' kept alone: the whole restriction in its place
            sentence = f"{ask}{mark}{tail.replace(short, said, 1)}"
        elif inside:
            sentence = f"{ask.rstrip()}, {said[:1].lower()}{said[1:]}{mark}{tail}"
        else:
            sentence = put_in(sentence, said, draft)  # in the draft's order (cond_after.py)
        pieces.append(said)
    return sentence, " ".join(pieces)


def _shorter(said: str, tail: str) -> str:
    """A sentence of the result's tail that holds only the last part of ``said``, or ""."""
    for m in _SENT.finditer(tail):
        part = m.group(0).strip()
        words = lower_words(part)
        if words and len(words) < len(lower_words(said)) and " ".join(lower_words(said)).endswith(" ".join(words)):
            return part
    return ""


def lost(draft: str, sentence: str) -> bool:
    """A restriction near the ask that the result does not show; or, with the punctuation lost, an ask cut
    right after a narrowing word ('… knippen alleen?', '… halen nie?'), or one that says 'in de plaats'
    with no 'cannot' kept ('Kunt ge mij zondag inplannen in de plaats?')."""
    ask = sentence.split("?")[0]
    if _DANGLING.search(ask) or _INSTEAD.search(ask) and not re.search(rf"(?i)\b{_NEG}\b", sentence):
        return True
    return any(not _kept(said, sentence) for said, _inside in found(draft, sentence))


def _wrapped(out: object) -> bool:
    an = getattr(out, "analysis", None)
    return an is not None and any(c.role in ("wrap", "afsluiting", "groet") for c in an.clauses)


# The writer's own 'cannot' right before the ask: 'Ik kan zaterdag ni komen werken.', 'wij zijn maandag niet thuis'.
_CANNOT = re.compile(rf"(?i)^\s*(?:(?:en|maar)\s+)?(?:ik|'k|k|wij|we)\s+(?:kan|kunnen|ben|zijn|kom|komen|geraak|raak|zou|zouden)\s+"
                     rf"(?:\S+\s+){{0,3}}?{_NEG}\b")
_MOMENT = re.compile(r"(?i)\b(?:vandaag|morgen|overmorgen|vanavond|(?:maan|dins|woens|donder|vrij|zater|zon)dag\w*|"
                     r"weekend|volgende\s+week|\d{1,2}(?:[.:u]\d{0,2}|\s*uur))\b")
_INSTEAD = re.compile(r"(?i)\b(?:in\s+de\s+plaats|in\s+plaats\s+daarvan|daarvoor\s+in\s+de\s+plaats|ervoor\s+in\s+de\s+plaats|"
                      r"als\s+vervanging|in\s+ruil)\b")
_DANGLING = re.compile(r"(?i)(?<!niet)(?<!nie)(?<!ni)(?<!nog)(?<!ook)\s(?:alleen|enkel|vooral|behalve|tenzij|liever|liefst|pas|uiterlijk|maar|mr|wel|niet|ni|nie)\s*$")
_HAIL = re.compile(r"^([^,?]{1,30}), (?=\S)")


def before_ask(draft: str, sentence: str) -> str:
    """The writer's negated fact the ask rests on, when the result lacks it: a 'cannot' with a moment right
    before an ask that names another moment or says 'in de plaats' ('Ik kan zaterdag ni komen werken.')."""
    sents = _sentences(draft)
    k = _ask_index(sents, sentence)
    if k < 1 or sentence.count("?") != 1:
        return ""
    ask = sentence.split("?")[0]
    for piece in _PIECE.finditer(sents[k - 1].group(0).rstrip().rstrip(".!")):
        text = _clean(piece.group(0))
        moment = _MOMENT.search(text)
        if not _CANNOT.match(text) or _HATCH.search(text) or len(lower_words(text)) > 10:
            continue
        other = moment and any(m.group(0).lower() != moment.group(0).lower() for m in _MOMENT.finditer(ask))
        if (other or _INSTEAD.search(ask)) and not _kept(text, sentence):
            return _plain(re.sub(r"(?i)^(?:en|maar)\s+", "", text))
    return ""


def _plain(fact: str) -> str:
    """'ik zou zaterdag ni kunnen komen werken' -> 'ik kan zaterdag ni komen werken' (a fact, said plainly)."""
    m = re.match(r"(?i)^(ik|'k|k|wij|we)\s+(zou|zouden)\s+(.*?)\bkunnen\s+", fact)
    if not m:
        return fact
    verb = "kan" if m.group(1).lower() in ("ik", "'k", "k") else "kunnen"
    return f"{m.group(1)} {verb} {m.group(3)}{fact[m.end():]}"


def put_before(sentence: str, fact: str) -> str:
    """``fact`` as a sentence of its own before the ask, after the vocative when there is one."""
    hail = _HAIL.match(sentence)
    body = sentence[hail.end():] if hail and len(lower_words(hail.group(1))) <= 3 else sentence
    lead = sentence[: len(sentence) - len(body)]
    fact = (fact[:1].lower() if lead else fact[:1].upper()) + fact[1:]
    return f"{lead}{fact}. {body[:1].upper()}{body[1:]}"
