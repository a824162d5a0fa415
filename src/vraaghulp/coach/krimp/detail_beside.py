"""The sentence right after the ask that carries a detail of it stays (round 48, k48a).

'Kun je Mila zaterdag naar de hockeyclub brengen? Ik haal haar om 17 uur weer op.', 'Kun je de schakelkast even
nakijken? Die hangt naast de voordeur.': contract point 3 keeps the moment, amounts, places … in
whichever sentence the writer put them. Counted on the sets written from the standing author file
(tools/krimp_detail_beside.py; chosen on rounds 36–43, measured on 44–47, README "Round 48 (k48a)"): of the content
sentences beside the ask that the engine drops, only one group is kept by the golds more often than dropped and wins
when put back on both halves: the sentence RIGHT AFTER the ask (distance 1) that holds a digit or clock time, a day
or date word, a place (a preposition and a capital, or a place noun), or that starts by pointing back ('Die …',
'Hij …'), with no negation and no condition in it. A negation or condition ('als …', 'alleen', 'pas') loses on both
halves (most are ways out: 'Als het niet lukt, geen probleem.'), and so does a detail sentence BEFORE the ask (chosen
half +34 / −28, measured +10 / −13): neither is put back.

Left out as the contract's exclusions: a second request, a greeting or sign-off, an apology, thanks, a way out,
padding and burden (the engine's wrap kinds and the same words as tools/krimp_sentence_keep.py), a short closing line
of four words or fewer; a question, a sentence opening on 'Dan', 'Maar', 'Want', 'En', 'Anders' … (a consequence, a
reason, a second request), a hedge or minimiser ('denk ik', 'maar', 'wel', 'haha'); the writer's own schedule or errand
('Ik sta tot 11 uur in de bakkerij.', 'Mijn auto staat in de garage.': the writer's background story) unless it points
at the asked thing ('Ik haal ze …', 'Ik betaal het …'). Never in a crisis result. Put back after the question, as
typed; a sure result keeps `zeker` only when the sentence is plainly a fact (lone_statement.plain), else `detail-na`.
"""

from __future__ import annotations

import re

from .checks import lower_words
from .edges import THANKS
from .lone_statement import plain

CODE = "detail-na"  # a sure result would keep a detail sentence that is not plainly a fact
# ON (round 48, the lead's decision, as in round 47: side with the outside authors): confirmed on the standing-file
# sets (chosen +9 / -2, measured +11 / -0, ho46/p46 +5 / -0, no new wrong-and-sure); on the rest of the tuning part it
# loses 62 results for 25 won, sentences the older helpers' golds drop (README "Round 48 (k48a)").
# tools/krimp_detail_beside.py --motor runs it on and off; tests/test_krimp_round48a.py sets it both ways.
ACTIVE = True
_SKIP = frozenset({"afsluiting", "groet", "excuus", "uitweg", "aanloop", "last", "dank", "angst"})
_CLOCK = re.compile(r"\d+")
_YEAR = re.compile(r"(?:19|20)\d\d")  # a year ('in 2019') is no detail of the ask (round 48 review)
_DAY = re.compile(r"(?i)\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|weekend|morgen|vandaag|"
                  r"overmorgen|vanavond|vanmiddag|vanochtend|vannacht|straks|januari|februari|maart|april|mei|juni|"
                  r"juli|augustus|september|oktober|november|december|volgende week|deze week|\d+e|\d+ste)\b")
_PLACE = re.compile(r"\b(?:bij|aan|in|op|naar|voor|achter|naast|tegenover|halte|station|aan de)\s+"
                    r"(?:de\s+|het\s+|'t\s+)?[A-Z][\w'-]+")
_PLACE_NOUN = re.compile(r"(?i)\b(?:bij|aan|in|op|naar|voor|achter|naast|tegenover)\s+(?:de|het|'t|ons|onze|mijn|"
                         r"m'n|mn)\s+(?:kantine|zwembad|halte|station|ingang|uitgang|poort|parking|parkeerplaats|"
                         r"school|kerk|winkel|markt|hoek|deur|voordeur|achterdeur|garage|schuur|balie|receptie|"
                         r"kapstok|bushalte|perron|sporthal|ziekenhuis|apotheek|bakker|kelder|zolder|tuin|brievenbus)\b")
_NEG = re.compile(r"(?i)\b(?:niet|nie|ni|geen|nooit|niks|niets|gene|genen)\b")
_COND = re.compile(r"(?i)\b(?:als|tenzij|alleen|enkel|pas|behalve|zolang|mits|indien)\b")
# 'Het …' alone is no pointer: mostly the empty subject of an idiom or a judgement ('Het ligt aan jou of …', 'Het is een
# rommel.', 'Het staat buiten kijf dat …'; round 48 lead review)
# and a pointer points back only when a verb follows it ('Die ligt …', 'Ze moet …'); 'Die Kees …', 'Deze week …', 'Die
# film …' name something new (round 48 review: gossip and asides kept)
_POINTER = re.compile(r"(?i)^(?:die|dat|ze|zij|hij|dit|deze)\s+(?:ligt|liggen|staat|staan|hangt|hangen|zit|zitten|"
                      r"moet|moeten|begint|beginnen|komt|komen|gaat|gaan|kan|kunnen|wordt|worden|mag|mogen|"
                      r"sluit|sluiten|opent|vertrekt|vertrekken|duurt|kost|kosten|past|passen|zal|zullen|blijft|maakt|maken|doet|"
                      r"doen|lekt|piept|werkt|start|rijdt|hapert|brandt)\b")
_SCHEDULE = re.compile(r"(?i)^(?:ik|'k|k|we|wij)\s+(?:\w+\s+){0,3}?(?:tot|vanaf|van|om|rond|tussen)\s+\d")
# the exclusions tools/krimp_sentence_keep.py names by shape (an apology, a sign-off, a way out, a greeting)
_SORRY = re.compile(r"(?i)\b(?:sorry|sry|excuses|excuseer|excuus|spijt|pardon)\b")
_SIGN = re.compile(r"(?i)\b(?:groeten|groetjes|groet|hoogachting|mvg|vriendelijke|liefs|kusjes|xx+|doei|ciao)\b")
_HATCH = re.compile(r"(?i)\b(?:nee zeggen|geen probleem|geen ramp|niet erg|ni erg|nie erg|begrijp ik|snap ik|"
                    r"(?:niet|ni|nie) lukt|(?:niet|ni|nie) gaat|(?:niet|ni|nie) past|moet (?:niet|ni|nie)|ligt aan (?:jou|je|u|jullie|"
                    r"ou|gij)|zelf weten|dankbaar)\b")
_GREET = re.compile(r"(?i)^(?:hoi|hey|hee+|hallo|dag|beste|lieve|geachte|hi|yo|goeiemorgen|goedemorgen|goeiedag)\b")
_SMALL = frozenset({"de", "het", "een", "en", "ik", "je", "is", "van", "op", "in", "aan", "te", "er", "dat", "die",
                    "mijn", "me", "om", "met", "voor", "naar", "bij", "dan", "niet", "wel", "ze", "hij", "we", "nog"})
_SENT = re.compile(r"(?<=[.?!])\s+")
# a consequence, a reason, a way out, a second request or an aside said after the ask ('Dan kan ik …', 'Maar hij is
# 16 …', 'En vraag Ronny …', 'Overigens, …'): the older helpers' golds drop them, and they are no detail of the ask
_OPENER = re.compile(r"(?i)^(?:dan|daarna|maar|mo|mar|want|omdat|anders|en|of|overigens|verder|trouwens|liefst|"
                     r"zodat|kzou|k\s*zou|ik\s+zou|graag|aub|pls)\b")
# a hedge, a minimiser or a judgement ('Duurt maar 10 min denk ik.', '… echt balen.', '… haha'): not a plain detail
_HEDGE = re.compile(r"(?i)\b(?:denk|denkt|vast|maar|misschien|hoor|haha|lol|balen|graag|trouwens|genoeg|zou|zouden|"
                    r"vergeten|schuldig|gedoe|eigenlijk|wel|echt|zoals|grapje|typisch|lekker|spannend|altijd|ha|he|"
                    r"eng|gezellig|top|zeggen|zegt|zei|ook)\b|[!:]")  # 'ook': a second request ('Ze moeten ook …')
# a sign-off or an aside that opens the sentence ('Zie je zondag!', 'Tot zaterdag!', 'Zelf werk ik vrijdag …')
_ASIDE = re.compile(r"(?i)^(?:zie\s+je|tot\s|zelf\b|fijne\b|prettige\b|succes\b|veel\s+plezier|zo\b)")
# the writer's own sentence is a detail of the ask only when it points at the asked thing ('Ik haal ze om 16 uur
# terug op.', 'Ik betaal het de 25e terug.'); the writer's schedule or errand ('Ik sta tot 11 uur in de bakkerij.',
# 'Ik moet met mijn moeder naar het ziekenhuis.', 'Mijn auto staat in de garage.') is the writer's background story
_FIRST = re.compile(r"(?i)^(?:ik|'k|k|we|wij|mijn|mn|m'n|ons|onze|kheb|kga|kben|kmoet)\b")
_OBJECT = re.compile(r"(?i)\b(?:ze|hem|haar|het|'t|'m|die|dat|daar|terug)\b")
_OWN_STATE = re.compile(r"(?i)^(?:ik|'k|k|we|wij)\s+(?:moet|mot|moe|moeten|ben|zijn|sta|staan|zit|zitten|werk|werken|"
                        r"heb|hebben|ga|gaan|wil|willen|kan|kunnen|mag|vind)\b")


def _digits(said: str) -> bool:
    return any(not _YEAR.fullmatch(run) for run in _CLOCK.findall(said))


def detail(said: str) -> frozenset[str]:
    """The detail features of one sentence: cijfer, dag, plaats, ontkend, voorwaarde, wijzer, schema."""
    found = {name for name, hit in (("cijfer", _digits(said)), ("dag", _DAY.search(said)),
                                    ("plaats", _PLACE.search(said) or _PLACE_NOUN.search(said)),
                                    ("ontkend", _NEG.search(said)), ("voorwaarde", _COND.search(said)),
                                    ("wijzer", _POINTER.search(said)), ("schema", _SCHEDULE.search(said))) if hit}
    return frozenset(found)


def chosen(feats: frozenset[str]) -> bool:
    """The rule chosen on rounds 36–43: a detail or a pointer start, no negation, no condition."""
    return bool(feats & {"cijfer", "dag", "plaats", "wijzer"}) and not feats & {"ontkend", "voorwaarde"}


def excluded(clauses, said: str, last: bool) -> bool:
    """A second request, a greeting, sign-off, apology, thanks, way out, padding or burden, a short closing line."""
    roles = {c.role for c in clauses}
    if roles & {"extra", "vraag"}:
        return True
    major = max(clauses, key=lambda c: c.b - (c.start if c.start >= 0 else c.a))
    if major.role in ("groet", "naam", "afsluiting") or (major.role == "wrap" and (major.kind or "wrap") in _SKIP):
        return True
    words = lower_words(said)
    if said.rstrip().endswith("?") or _OPENER.search(said) or _HEDGE.search(said) or _ASIDE.search(said):
        return True
    if _FIRST.search(said) and (_OWN_STATE.search(said) or not _OBJECT.search(said)):
        return True
    if set(words) & THANKS or "dank" in words or _SORRY.search(said) or _SIGN.search(said) or _HATCH.search(said):
        return True
    return (last and len(words) <= 4) or bool(_GREET.search(said) and len(words) <= 5)


def after_ask(an) -> tuple[str, str]:
    """(the sentence right after the main ask, as typed, when it is a detail sentence the rule keeps, or ""; the
    ask's own sentences)."""
    main = (getattr(an, "main", None) or []) if an is not None else []
    if not main:
        return "", ""
    d = an.d
    k = max(c.sent for c in main) + 1
    ask = " ".join(d.raw(*d.sentences[j]) for j in sorted({c.sent for c in main}))
    if k >= len(d.sentences):
        return "", ask
    clauses = [c for c in an.clauses if c.sent == k and c.role != "leeg"]
    said = d.raw(*d.sentences[k]).strip()
    if not clauses or not said or not chosen(detail(said)) or excluded(clauses, said, k == len(d.sentences) - 1):
        return "", ask
    return said, ask


def shown(said: str, sentence: str, ask: str = "") -> bool:
    """At least half of the sentence's content words (not small words, not the ask's) stand in the result."""
    skip = _SMALL | set(lower_words(ask))
    words = [w for w in dict.fromkeys(lower_words(said)) if w not in skip]
    have = set(lower_words(sentence))
    return not words or sum(w in have for w in words) * 2 >= len(words)


def partly(said: str, sentence: str) -> bool:
    """Three words of the sentence in a row stand in the result: a clause of it is kept already ('Het zijn er vier.')."""
    words, have = lower_words(said), lower_words(sentence)
    runs = {tuple(have[k:k + 3]) for k in range(len(have) - 2)}
    return any(tuple(words[k:k + 3]) in runs for k in range(len(words) - 2))


def kept(out, sentence: str, sure: bool) -> tuple[str, str, bool]:
    """(the result with the detail sentence put back right after its question, the sentence put back or "", sure).
    A sure result keeps `zeker` only when the sentence is plainly a fact (lone_statement.plain, the round-47 review's
    test); otherwise it is offered, not sure (`CODE`)."""
    said, ask = after_ask(out.analysis) if ACTIVE and not out.crisis else ("", "")
    if not said or after_question(sentence, said) is None or shown(said, sentence, ask) or partly(said, sentence):
        return sentence, "", sure
    said = as_sentence(said)
    if sure and (not plain(said) or _DAY.search(said)):  # another day beside the ask's moment (round 48, wave 2)
        out.problems.append(CODE)
        sure = False
    return after_question(sentence, said), said, sure


def as_sentence(said: str) -> str:
    """A clause as a sentence of its own: a capital first, a closing mark last."""
    return said[:1].upper() + said[1:] + ("" if said.endswith((".", "!", "?")) else ".")


def after_question(sentence: str, said: str) -> str | None:
    """The result with said put right after its first question; None when it asks no question."""
    parts = [p for p in _SENT.split(sentence.strip()) if p]
    q = next((i for i, p in enumerate(parts) if p.endswith("?")), -1)
    return None if q < 0 else " ".join(parts[:q + 1] + [said] + parts[q + 1:])
