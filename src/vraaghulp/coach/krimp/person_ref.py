"""Who 'haar' or 'hem' in the ask is, when the draft named her or him before it (round 30, k30a; round 36, k36b).

'maar ma vraagt elke keer naar u. zoudt ge haar ni wat meer kunnen bellen?', 'mam zei gisteren dat je haar al drie
weken niet gebeld hebt. … kun je haar deze week een keer bellen?': the engine cut the sentence before and offered
'Kunt ge haar wat meer bellen?', a question about no one. The golds name her in the ask ('Kunt ge ma … bellen?').

When the ask's object is 'haar' (or 'hem') with no one in the result it can point to, and the draft's sentence right
before the ask's opens on a family word of that gender ('ma', 'mam', 'oma', 'tante', 'pa', 'opa', 'nonkel' …,
after at most 'maar'/'en'/'dus'), the pronoun becomes that word as the writer typed it. 'haar' before a noun
('haar fiets') is hers, not her: only 'haar' right before the last verb, an adverb or a time is replaced.

Round 36 (k36b, `the_one`): the person may stand further back, or be named by a name ('Even een berichtje over Daan.
Het gaat thuis niet zo lekker … Wil je extra op hem letten?', 'Onze Wout heeft zondag zijn communie … Kunt ge hem
volgende week …?'), by 'mijn vader' ('… een update over mijn vader …'), or be who comes ('de monteur van de wasmachine
komt morgen … om hem binnen te laten'). When the draft names exactly one person before the ask (not the writer saying
who they are, not the one a thing is 'van': 'de fiets van Daan'), of the pronoun's gender when a family word tells it,
and no thing 'hem' could stand for is named after that person (unless a later sentence goes on about the person with
'hij', 'hem', 'ze'), the pronoun becomes that person as typed. The offered sentence only; any path, sure or not.
"""

from __future__ import annotations

import re

from .arrival import COMING
from .fact_after import last_question
from .noun_phrases import phrases_in
from .people import person_at
from .reason_before import unaddressed
from .thing_span import of_a_thing

_SHE = frozenset({"ma", "mam", "mama", "moeder", "moeke", "oma", "bomma", "tante", "zus", "zuster", "meme", "mams"})
_HE = frozenset({"pa", "pap", "papa", "vader", "vake", "opa", "bompa", "nonkel", "oom", "broer", "pepe"})
_OPENERS = frozenset({"maar", "mo", "en", "dus", "want", "ook"})  # not Flemish "ma" here: it is the mother
_AFTER = frozenset({"deze", "die", "dit", "volgende", "morgen", "vandaag", "vanavond", "overmorgen", "maandag",
                    "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "wat", "ne", "nen", "een",
                    "eens", "even", "ook", "nog", "nu", "straks", "elke", "weer", "meer", "terug", "af", "op"})
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def named(before: list[str], sentence: str) -> str:
    """The ask with 'haar'/'hem' replaced by the family word that opens the sentence before it, or the one before
    that when the sentence between goes on with 'ze'/'hij' (`before`: nearest first); "" if not."""
    who, pronoun = _who([unaddressed(text, sentence) for text in before])  # 'hoi rik, mam zei …'
    if not pronoun or who.lower() in _words(sentence):
        return ""
    ask = sentence.rfind("?")
    start = max(sentence.rfind(". ", 0, ask), sentence.rfind(", ", 0, ask)) + 1
    question = sentence[start:ask]
    m = re.search(rf"\b{pronoun}\b\s+([^\W\d_]+)?", question)
    if m is None or (m.group(1) and m.group(1).lower() not in _AFTER and not _last_word(question, m.group(1))):
        return ""
    at = start + m.start()
    return sentence[:at] + who.lower() + sentence[at + len(pronoun):]


def _who(before: list[str]) -> tuple[str, str]:
    for k, text in enumerate(before[:2]):
        words = _WORD.findall(text)
        at = next((j + 1 for j, w in enumerate(words[:-2]) if w.lower() in _OPENERS and _family(words[j + 1])), 0)
        words = words[at:]  # 'ik wil nie zeuren eh maar ma vraagt …': the clause after 'maar'
        if len(words) < 2:
            return "", ""
        first = words[0].lower()
        if first in _SHE or first in _HE:
            pronoun = "haar" if first in _SHE else "hem"
            goes_on = {"ze", "zij"} if pronoun == "haar" else {"hij"}
            if k and not goes_on & set(w.lower() for w in _WORD.findall(before[0])[:1]):
                return "", ""  # the sentence between is about someone else
            return words[0], pronoun
    return "", ""


def _family(word: str) -> bool:
    return word.lower() in _SHE or word.lower() in _HE


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def _last_word(question: str, word: str) -> bool:
    """The word after the pronoun is the question's last: the verb ('kun je haar bellen')."""
    words = _WORD.findall(question)
    return bool(words) and words[-1] == word


def sentences_before(an, count: int = 2) -> list[str]:
    """The draft's `count` sentences right before the request's (nearest first), when the request opens its own."""
    if an is None or not getattr(an, "main", None):
        return []
    head = an.main[0]
    if head.sent == 0 or any(c.sent == head.sent and c.b <= head.a and c.role != "leeg" for c in an.clauses):
        return []
    return [an.d.raw(*an.d.sentences[k]) for k in range(head.sent - 1, max(head.sent - 1 - count, -1), -1)]


def filled(an, sentence: str) -> str:
    """The offered sentence with the ask's 'haar'/'hem' named: the family word that opens the sentence before the ask
    (`named`), else the one person the draft named before it (`the_one`); unchanged when neither applies."""
    return named(sentences_before(an), sentence) or the_one(an, sentence) or sentence


_SHE_KIN = _SHE | {"dochter", "dochtertje", "kleindochter"}
_HE_KIN = _HE | {"zoon", "zoontje", "kleinzoon"}
_HIS = frozenset({"zijn", "z'n", "zn", "haar", "hun", "d'r", "der"})  # 'zijn vader': a relative of the one meant
_MINE = frozenset({"mijn", "m'n", "mn", "onze", "ons"})
_GOES_ON = frozenset({"hij", "zij", "ze", "hem", "haar", "ie"})
_HER_OBJECT = _AFTER | {"de", "het", "niet", "ni", "nie", "geen", "mee", "naar", "bij", "in", "uit", "van", "voor", "met",
                        "aan", "om", "tot", "tijdens", "apart", "extra", "alleen", "zelf", "daar", "hier"}


def the_one(an, sentence: str) -> str:
    """The ask with 'hem'/'haar' replaced by the one person the draft named before it ('Even een berichtje over
    Daan. … Wil je extra op hem letten?' -> '… op Daan letten?'); "" when not exactly one, or the result names them."""
    if an is None or not getattr(an, "main", None):
        return ""
    start, ask = last_question(sentence)
    hits = list(re.finditer(r"\b(hem|haar)\b", sentence[start:ask])) if ask > 0 else []
    if len(hits) != 1:
        return ""
    pronoun = hits[0].group(1)
    nxt = _WORD.findall(sentence[start + hits[0].end():ask])
    if pronoun == "haar" and len(nxt) > 1 and nxt[0].lower() not in _HER_OBJECT:
        return ""  # 'haar fiets' is hers
    people = _people_before(an)
    if len({w for w, _t, _g, _i in people}) != 1:
        return ""
    key, text, gender, at = people[-1]
    if not text or (gender and gender != pronoun) or key in _words(sentence) or _thing_between(an, at):
        return ""
    at = start + hits[0].start()
    return sentence[:at] + text + sentence[at + len(pronoun):]


def _people_before(an) -> list[tuple[str, str, str, int]]:
    """The people the draft names before the ask (a name, a family word; not the writer, not a thing's 'van X'), in
    draft order: (lower-cased word, as written, 'hem'/'haar' or '' for a name, its token)."""
    d = an.d
    head = an.main[0]
    out = []
    for c in an.clauses:
        if c.a >= head.a or c.role in ("groet", "afsluiting", "naam"):
            continue
        for ph in phrases_in(an, c):  # 'de monteur van de wasmachine komt morgen': who comes is a person
            end = ph.toks[-1] if d.word(ph.toks[-1]) in COMING else ph.toks[-1] + 1  # the phrase may run on to it
            if ph.free and not ph.plural and end < head.a and d.is_word(end) and d.word(end) in COMING:
                out.append((d.word(end - 1), d.raw(ph.toks[0], end).strip(), "hem", ph.toks[0]))
        for i in d.content(c.a, min(c.b, head.a)):
            w = d.word(i)
            prev = d.word(i - 1) if i > 0 and d.is_word(i - 1) else ""
            if _writer(d, i) or of_a_thing(d, i):
                continue
            if (w in _SHE_KIN or w in _HE_KIN) and prev not in _HIS:
                out.append((w, f"{prev} {w}" if prev in _MINE else w, "haar" if w in _SHE_KIN else "hem", i))
            elif _someone(d, i) and prev not in _HIS:
                out.append((w, "", "", i))  # 'De buurvrouw is ziek.': someone else, never put in (no article to give)
            elif person_at(an, i) or (d.tok_text(i)[:1].isupper() and prev in ("over", "met", *_MINE) and w.isalpha()
                                       and w not in d.lex.not_name):
                out.append((w, d.tok_text(i), "", i))
    return out


def _someone(d, i: int) -> bool:
    """A word for one person that is no family word ('buurvrouw', 'collega', 'juf'), not a group ('buren', 'jongens')
    and not a title before the name it goes with ('meneer Jansen')."""
    w = d.word(i)
    if w not in d.lex.relations or w in d.lex.group_address or w.endswith(("en", "s")) or w in _SHE_KIN or w in _HE_KIN:
        return False
    return not (i + 1 < d.n and d.tok_text(i + 1)[:1].isupper())


def _writer(d, i: int) -> bool:
    """The writer saying who they are: 'opa hier', 'hier is bomma', '(ja) met Lisa' at the start of the draft."""
    nxt = d.word(i + 1) if i + 1 < d.n and d.is_word(i + 1) else ""
    words = [d.word(k) for k in range(max(0, i - 3), i) if d.is_word(k)]
    return nxt == "hier" or words[-2:] in (["hier", "is"], ["het", "is"]) or (words[-1:] == ["met"] and i < 8)


def _thing_between(an, at: int) -> bool:
    """A thing 'hem'/'haar' could stand for, named from the person's sentence on: 'Daan heeft zijn fiets bij mij laten
    staan. Kun je hem …', 'Mijn fiets staat bij u sinds de communie van Mila. …'. A sentence going on about the
    person ('hij', 'hem', 'ze') keeps the person meant, unless it names a thing itself right before the ask."""
    d = an.d
    head = an.main[0]
    sent = next(k for k, (a, b) in enumerate(d.sentences) if a <= at < b)
    in_phrase = at > 0 and d.is_word(at - 1) and d.word(at - 1) in d.lex.prepositions
    pending = False
    for k in range(sent, head.sent + 1):
        a, b = d.sentences[k]
        things = [ph for c in an.clauses if c.sent == k and c.a < head.a for ph in phrases_in(an, c)
                  if ph.free and not ph.plural and ph.gender != "het" and not ph.person and not ph.amount
                  and at not in ph.toks and ph.toks[0] < head.a and (k != sent or ph.toks[0] > at or in_phrase)]
        goes_on = k != sent and bool(_GOES_ON & {d.word(i) for i in range(a, min(b, head.a)) if d.is_word(i)})
        if k == sent and things and in_phrase:
            return True  # the person only in a phrase after a preposition, a thing beside it
        if things and (not goes_on or k >= head.sent - 1):
            pending = True
        elif goes_on:
            pending = False
    return pending
