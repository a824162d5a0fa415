"""The one sentence right before the ask that the ask points into, back in the not-sure offer (round 51, k51a).

'Ik heb begrepen dat ik voor de traplift een eigen bijdrage van € 340 moet betalen. Ik wil u vragen of het mogelijk
is dat bedrag in vier termijnen te betalen …' (p50-015), 'kheb mn etui laten ligen in lokaal 2.14 na duits. kan
iemand die morgen voor me meenemen?' (h50a-008), 'Ik heb dinsdag om 10u een sollicitatie in Mechelen. Zoudt ge dan op
de drie kleine kunnen letten …?' (h50b-049): the ask's own words point at the sentence before it ('dat bedrag', a
bare 'die' or 'dat' as its object, 'voor die avond', 'dan', 'daar'), and that sentence holds what the reader needs to
act on: an amount, a date or day, a clock time, a named place or thing. The engine cut it as background (or filled
the pointer in and lost the rest: 'mn etui' without 'lokaal 2.14').

Round 44 (before_ask.py) counted the sentence before the ask by what it holds and found no shape the golds keep
often enough; it did not ask whether the ask itself points into it. Counted over the outside files here
(tools/krimp_fact_before.py, README "Round 51 (k51a)"), with the pointer read on the ask as typed and an anchor
(a figure, a day or month, a capital name) in the sentence, the put-back gains more acceptable results than it loses.

The rule, on the not-sure offer only (a sure result is never touched, and a put-back result stays not sure): the
sentence right before the ask's sentence, dropped by the result, plain (no apology, burden, hedge, word to the reader
or question: before_ask.plain_fact), 3 to 20 words, holding an anchor, while the ask's sentence as typed points back
(`pointer`), goes in front of the offer after the name. A lead 'je weet dat' / 'ge weet da' and a tail after ', maar'
or ', want' are cut (the anchor must stay). At most that one sentence. Never a greeting, apology or story sentence.
"""

from __future__ import annotations

import re

from .before_ask import ask_index, dropped_before, plain_fact, thin
from .lone_statement import split
from .checks import lower_words
from .state_before import kept

ON = True  # tools/krimp_fact_before.py switches it off to measure the engine without it

# a demonstrative before a noun in the ask ('dat bedrag', 'voor die avond', 'die wedstrijd'): never 'dat' opening a
# clause ('zeggen dat het …', 'dat ik …') nor a relative 'die' ('de jongens die hem …')
_NOT_NOUN = (r"(?:de|het|'t|een|ne|nen|ik|'k|k|je|jij|u|ge|gij|hij|ze|zij|we|wij|jullie|er|daar|dan|nog|niet|nie|ni"
             r"|wel|ook|al|zo|is|zijn|was|mijn|m'n|mn|uw|jouw|onze|ons|hem|haar|hun|me|mij|men|iemand|alles|niks|niets"
             r"|even|eens|ff|efkes|morgen|vandaag|straks|nu|vanavond|zelf|toch|maar|moet|kan|wil|zal|heb|hebt|heeft|van|voor|met"
             r"|in|op|aan|bij|naar|om|uit|tot|over|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)")
_DEMONSTRATIVE = re.compile(rf"(?i)(?<![\w'])(?:dat|die|diene|dienen)\s+(?!{_NOT_NOUN}\b)(?-i:[a-zà-ÿ])"
                            rf"[a-zà-ÿ]{{2,}}\b")
_CLAUSE_BEFORE = re.compile(r"(?i)\b(?:zeggen|zeg|weet|denk|vind|hoop|zien|zie|dat|zodat|omdat|zonder|blij|fijn|wanneer|of"
                            r"|hoe|tot|als|waar|zodra|mits"
                            r"|zorgen|regelen|laten|melden)\s+$")
_THEN_THERE = re.compile(r"(?i)(?:^|[\s,])(?:kan|kun|kunt|kunde|zou|zoudt|zouden|wil|wilt|mag|moogt|kunnen)\s+"
                         r"(?:je|jij|u|ge|gij|gie|iemand|jullie|er\s+iemand)\s+(?:dan|daar)\b"
                         r"|(?<![\w'])(?:daarvoor|daarop|daarbij|daarmee|daaraan|daarnaar)(?![\w'])")
_ANCHOR_WORD = re.compile(r"(?i)\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|januari|februari"
                          r"|maart|april|mei|juni|juli|augustus|september|oktober|november|december|euro|lokaal)\b")
_KNOW_LEAD = re.compile(r"(?i)^(?:en\s+|maar\s+)?(?:je|jij|ge|gij|u)\s+(?:weet|weten|weette|weet\s+wel)\s+(?:wel\s+)?"
                        r"(?:dat|da)\s+")
_TAIL = re.compile(r"(?i),\s*(?:maar|want|en\s+met|en\s+dat)\b.*$")
_GREET = re.compile(r"(?i)^(?:hoi|hallo|hey|hee|hei|hej|hai|hi|yo|dag|goeiemorgen|goedemorgen|goedemiddag|goedenavond"
                    r"|goeiemiddag|goeieavond|goeienavond|goeiedag|goeiendag|goedendag|beste|lieve)"
                    r"(?:\s+(?:allemaal|iedereen|allen|jongens|mannen|meiden|mensen|lieverds|buren|team"
                    r"|(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*)?(?=\s*,)))?[\s,!]+")
_SALUTE = re.compile(r"(?i)^(?:geachte|beste|lieve|dag|hoi|hallo|goeiedag|goedendag)\b[^,.!?:]{0,30},\s*")  # 'Geachte dokter Vos, '
_LEFT_VOCATIVE = re.compile(r"^(?:[^\W\d_]+\s+){0,2}[^\W\d_]+,\s+(?=[A-Z])")
_HEDGED_LEAD = re.compile(r"(?i)^.*?,\s*maar\s+")  # 'ik weet ook niet, misschien is het stom, maar ik heb nog …'
# a sentence that points back itself ('Daardoor heb ik …') or is a wish or ask of its own ('Ik zou graag een afspraak …')
_NOT_FACT = re.compile(r"(?i)^(?:daardoor|daarom|dus|toen|daarna|dan|dat|da|die|dit|het|'t)\b|^hier\s|^ik\s+ben\s+het\b"
                       r"|\bspreekt\s+met\b|\b(?:graag|zou\s+willen"
                       r"|wil\s+vragen|wilde\s+vragen)\b")
_OPENER = re.compile(r"(?i)^(?:maar|en|want|of)\s+")
_PLAIN_FIRST = frozenset({"je", "ge", "gij", "jij", "u", "ik", "de", "het", "een", "mijn", "ons", "onze", "voor", "sinds",
                          "volgende", "vorige", "op", "in", "bij", "wij", "we", "er", "deze", "morgen", "vandaag"})
_ASKING = re.compile(r"(?i)\b(?:vragen|vraag|kun|kunt|kan|kunnen|zou|zoudt|zouden|wil|wilt|mag|moogt|gelieve|help|helpen)\b")
_EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF]")
_ASIDE = re.compile(r"(?i)\b(?:haha|hihi|lol|trouwens|eigenlijk|lang\s+verhaal|verhaal)\b")


_LEAD = re.compile(r"^.*:\s+")  # 'Ik wilde je iets vragen … om dat vanaf hier te doen: zou jij …?'
_SUBCLAUSE = re.compile(r"(?i),?\s+(?:zodat|omdat|want|als|zonder|anders|tenzij|zolang|wanneer)\b.*$")
_TIME_NOUN = re.compile(r"(?i)^(?:dat|die|diene|dienen)\s+(?:dag|dagen|avond|avonden|tijd|periode|week|weken|weekend"
                        r"|datum|moment|nacht|ochtend|middag|namiddag|voormiddag|dinsdag)$")


def core(ask: str) -> str:
    """The ask's sentence without a lead-in before a colon and without a subordinate clause after it (its pointer
    there is the clause's own: '…, zodat ik het morgen kan ophalen?')."""
    return _SUBCLAUSE.sub("", _LEAD.sub("", ask, count=1), count=1)


def demonstratives(ask: str) -> list[str]:
    """The demonstrative phrases of the ask that point back ('dat bedrag', 'die avond'), lower case."""
    return [m.group(0).lower() for m in _DEMONSTRATIVE.finditer(ask) if not _CLAUSE_BEFORE.search(ask[:m.start()])]


def pointer(ask: str) -> str:
    """How the ask's sentence as typed points back: `noun` ('dat bedrag', 'voor die avond'), `bare` (a bare pointer
    object: 'kan iemand die morgen meenemen?', before_ask.thin), `then` ('zoudt ge dan …', 'daar … op letten'), or ''."""
    ask = core(ask)
    if demonstratives(ask):
        return "noun"
    if thin(ask) == "wijst":
        return "bare"
    return "then" if _THEN_THERE.search(ask) else ""


def anchors(said: str) -> list[str]:
    """What the sentence holds that the reader acts on: figures, days and months, 'euro', 'lokaal', capital names (not
    its first word, not 'Ik'), lower case."""
    found = [m.group(0).lower() for m in _ANCHOR_WORD.finditer(said)] + re.findall(r"\d+", said)
    return found + [t.strip(".,!?:;()").lower() for t in said.split()[1:]
                    if t[:1].isupper() and t.strip(".,!?:;()").isalpha() and t not in ("Ik", "'k")]


def anchor(said: str) -> bool:
    """The sentence holds an anchor (`anchors`)."""
    return bool(anchors(said))


def _news(said: str, ask: str, result: str) -> bool:
    """Some anchor of the sentence is not in the result yet, and the ask's demonstrative still stands in it: 'die
    tijd' filled in as 'van 12 tot 26 augustus', 'die les' as 'de les van dinsdag', leaves the sentence only the
    writer's reason ('… gaan naar onze dochter in Spanje', 'door de staking heb ik de les gemist')."""
    shown = set(lower_words(result)) | set(re.findall(r"\d+", result))
    new = [a for a in anchors(said) if a not in shown]
    said_of = demonstratives(core(ask))
    if said_of and not any(d in result.lower() for d in said_of):
        return False  # the engine filled the pointer in
    if said_of and all(_TIME_NOUN.match(d) for d in said_of):
        return any(a.isdigit() or _ANCHOR_WORD.fullmatch(a) for a in new)  # 'die dag': only a time the result lacks
    return bool(new)


def _said_twice(said: str, result: str) -> bool:
    """The result holds a run of four words of the sentence: the engine filled the ask's pointer in with them
    ('Zou u daar … voor kunnen sturen?' -> 'Kunt u voor de verwarming in de gang … sturen?', test_krimp_across)."""
    words, have = lower_words(said), " ".join(lower_words(result))
    return any(" ".join(words[k:k + 4]) in have for k in range(len(words) - 3))


def _bare(said: str, name: str) -> str:
    """The sentence without a greeting and the name in front, a hedge before ', maar', a lead-in before a colon, an
    opening 'maar' / 'en', and a tail after ', maar' / ', want' when the part left still holds the anchor. A lead 'je
    weet dat' stays (the clause after it has the verb at its end: cut, it would be no sentence)."""
    said = _GREET.sub("", _SALUTE.sub("", said.strip().rstrip(".!"), count=1), count=1)
    said = _LEFT_VOCATIVE.sub("", said, count=1)  # 'Geachte heer, mevrouw, Ik heb …': the second half of the salutation
    if name and said.lower().startswith(name.lower()):
        said = said[len(name):].lstrip(" ,")
    hedged = _HEDGED_LEAD.match(said)
    if hedged and not plain_fact(said[:hedged.end()], []) and anchor(said[hedged.end():]):
        said = said[hedged.end():]
    colon = said.find(": ")
    said = said[colon + 2:] if colon > 0 and anchor(said[colon + 2:]) else said  # 'kleine rechtzetting: de offerte …'
    said = _OPENER.sub("", said, count=1)
    cut = _TAIL.sub("", said).strip()
    return cut if anchor(cut) and len(lower_words(cut)) >= 3 else said


def leaned(draft: str, result: str, name: str = "") -> str:
    """The sentence to put back (cut), or '': the nearest dropped sentence before the ask's sentence — right before it,
    or one further when the sentence between holds no anchor ('Ik wil haar verrassen … maar ik ben daar slecht in.',
    ''k Maak me echt zorgen.') — plain, with an anchor the result lacks, while the ask's sentence as typed points back."""
    parts = split(draft)
    at = ask_index(parts, result)
    if at is None or not pointer(parts[at]) or "?" not in parts[at] and not _ASKING.search(parts[at]):
        return ""  # 'Ik sta nog altijd graag boven op die rots': a statement that asks nothing points at nothing to keep
    for said, ask, gap in sorted(dropped_before(draft, result), key=lambda d: d[2]):
        if gap > 2 or gap == 2 and anchor(_bare(parts[at - 1], name)):
            break
        bare = _bare(said, name)
        if _EMOJI.search(said) or _NOT_FACT.search(bare) or _ASIDE.search(bare):
            break  # 'Dag ons Lotte 😘 hier is 't bomma.', 'Daardoor heb ik …': never a fact to put back
        if _said_twice(bare, result):
            continue  # the result says it already (the filled-in ask: '… voor de verwarming in de gang …'; a kept state)
        if _news(bare, ask, result) and plain_fact(_KNOW_LEAD.sub("", bare, count=1), []):  # 'Je weet dat …' stays whole
            return bare
        if anchor(bare):
            break  # the nearest sentence with an anchor is the one the ask leans on, or none is
    return ""


def offer(draft: str, sentence: str, name: str) -> tuple[str, str]:
    """The not-sure offer with that sentence in front (after the name): (offer, the sentence put back or '')."""
    said = leaned(draft, sentence, name) if ON else ""
    if not said:
        return sentence, ""
    first = said.split()[0]
    if _ANCHOR_WORD.fullmatch(first) or first.lower() in _PLAIN_FIRST:
        said = said[:1].lower() + said[1:]  # 'Meneer Mertens, donderdag 9 …', 'Opa, volgende maand …' (no capital after a comma)
    return kept(sentence, name, said), said
