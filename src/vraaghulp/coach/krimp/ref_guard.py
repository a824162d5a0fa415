"""When the engine cannot tell what an object pronoun in the ask stands for, it keeps the pronoun (round 33, k33a).

referent.find takes the nearest noun phrase outside a prepositional phrase as the referent of 'die', 'dat', 'het'
in the ask and steps over sentences without one. Two kinds of wrong noun came from that on outside drafts:

- **A thing named nearer, after a preposition.** 'mijn hoofd zit echt vol. ik ben nog nie begonnen aan de paper voor
  Sociologie. zou ik die mogen indienen …?' gave 'Mag ik mijn hoofd indienen …?': the paper is the object of
  'beginnen aan', so not free, and the search went on to 'mijn hoofd'. Likewise 'werken aan het verslag', 'een vraag
  over de factuur', 'bezig met de aanvraag'. When a sentence between the found noun and the ask holds a noun phrase
  that agrees with the pronoun right after 'aan', 'over' or 'met' ('voor', 'van' say a purpose or an origin too
  often: '… uren opgenomen voor haar ziekenhuisafspraken'), that noun may be meant: nothing is
  filled in, the pronoun stays and the result is not sure (pointing.py names the word that points back). A place
  ('bij de kapper', 'in de gang', 'op de kast') is no such thing and is still stepped over.
  'wachten op het pakje' counts too ('op' after a verb of waiting, hoping, counting).
- **Words read as a noun phrase.** 'de kinderen zijn ziek' holds no noun phrase 'zijn ziek' ('zijn' right after a noun
  phrase is the verb), 'Ik had het gisteren nog over …' no phrase 'het gisteren' (a moment): never a referent.
- **People beside the thing.** 'de kinderen zijn ziek en mijn man is weg. Kun je die morgen naar oma brengen?': when the
  found phrase is a clause's subject and people are named there (or nearer) as the subject of a clause of their own,
  'die'/'deze' may stand for them; nothing is filled in ('Mijn zoon en mijn fiets staan …': one subject, the thing).
"""

from __future__ import annotations

from .closing import participle_shape
from .thing_span import drop_idioms

# Prepositions whose noun is often the thing a verb is about ('beginnen aan', 'een vraag over', 'bezig met').
_ABOUT = frozenset({"aan", "over", "met"})  # not 'voor', 'van': '… opgenomen voor haar ziekenhuisafspraken'

# Verbs whose thing comes after 'op' ('wachten op het pakje'); elsewhere 'op' names a place ('op de kast').
_MOMENTS = frozenset({"gisteren", "vandaag", "morgen", "eergisteren", "overmorgen", "vanavond", "vanochtend",
                      "vanmiddag", "vannacht", "straks", "gisterenavond", "gisteravond", "daarnet", "net", "pas"})
_ON = frozenset({"wachten", "wacht", "wachtte", "wachtten", "rekenen", "reken", "hopen", "hoop", "letten", "let"})


def real_phrases(an, c, phrases) -> list:
    """The phrases of clause c without a verb read as an owner ('de kinderen zijn ziek': no phrase 'zijn ziek') and
    without a moment read as a noun ('Ik had het gisteren nog over …': no phrase 'het gisteren')."""
    d = an.d
    ends = {ph.toks[-1] for ph in phrases}
    words = [i for i in d.content(c.a, c.b) if d.is_word(i)]
    prev = {i: words[k - 1] for k, i in enumerate(words) if k}
    return drop_idioms(d, [ph for ph in phrases if not (d.word(ph.toks[0]) == "zijn" and prev.get(ph.toks[0]) in ends)
                           and not (len(ph.toks) > 1 and _not_noun(d, d.word(ph.toks[1])))], prev)


def _not_noun(d, word: str) -> bool:
    return word in _MOMENTS or bool(d.lex.moment.fullmatch(word))


def person_beside(an, found, found_sent: int, head, before, pronoun: str, phrases_in) -> bool:
    """'de kinderen zijn ziek en mijn man is weg. Kun je die …': the found phrase is a subject (it opens its clause)
    and people are named as a subject too in its sentence or nearer; 'die'/'deze' may stand for them: which one is
    meant is not clear. ('ze' finds people itself; an object beside people stays: 'de kinderen hebben hun turnzak
    laten liggen'; people as an object do not count: 'ik moet mijn moeder naar de geriater voeren')."""
    if pronoun not in ("die", "deze") or not _opens(an, before, found):
        return False
    return any(ph.person and _opens(an, before, ph) and not _joined(an, ph, found)
               for x in before if found_sent <= x.sent <= head.sent for ph in phrases_in(an, x))


def _joined(an, person, found) -> bool:
    """'Mijn zoon en mijn fiets staan …': one subject of two parts; the thing is meant, never the person."""
    d = an.d
    between = [i for i in range(person.toks[-1] + 1, found.toks[0]) if d.is_word(i)]
    return len(between) == 1 and d.word(between[0]) == "en"


def _opens(an, before, ph) -> bool:
    """The phrase opens its clause, or comes right after a joining word: a subject."""
    d = an.d
    clause = next((x for x in before if x.a <= ph.toks[0] < x.b), None)
    words = [i for i in d.content(clause.a, clause.b) if d.is_word(i)] if clause else []
    k = words.index(ph.toks[0]) if ph.toks[0] in words else -1
    return k == 0 or (k > 0 and d.word(words[k - 1]) in ("en", "maar", "want", "of", "dus"))


def _about(d, prev: dict, ph) -> bool:
    """The phrase comes right after a preposition of _ABOUT, or after 'op' with a verb of _ON before it."""
    p = prev.get(ph.toks[0])
    if p is None:
        return False
    word = d.word(p)
    return word in _ABOUT or (word == "op" and p in prev and d.word(prev[p]) in _ON)


def nearer_object(an, found_sent: int, head, before, pronoun: str, phrases_in, agrees):
    """None when no clause in a sentence after found_sent and before the ask holds a noun phrase that agrees with the
    pronoun right after a preposition of _ABOUT; else the referent to fill in instead, or [] (keep the pronoun).

    That noun is filled in only when it is the one noun phrase agreeing with the pronoun in the sentence right before
    the ask ('Ik werk al de hele week aan het verslag. Kun je dat nalezen?'); the caller makes the result not sure."""
    d = an.d
    hits, rivals = [], 0
    for x in before:
        if not found_sent < x.sent <= head.sent:
            continue
        words = [i for i in d.content(x.a, x.b) if d.is_word(i)]
        prev = {i: words[k - 1] for k, i in enumerate(words) if k}
        for ph in real_phrases(an, x, phrases_in(an, x)):
            if ph.person or not agrees(pronoun, ph):
                continue
            about = not ph.free and _about(d, prev, ph)
            if about:
                hits.append((x.sent, ph))
            elif x.sent == head.sent - 1:
                rivals += 1
    if not hits:
        return None
    near = [ph for sent, ph in hits if sent == head.sent - 1]
    return [near[0].toks] if len(hits) == 1 and len(near) == 1 and not rivals else []


def moment_noun(d, i: int) -> bool:
    """Token i is a moment ('gisteren', 'maandag'): after 'dat'/'die' it makes no noun phrase ('een pakje dat gisteren
    … afgegeven is': 'dat' is the relative pronoun, never a phrase 'dat gisteren' to fill in; round 35, k35c)."""
    return _not_noun(d, d.word(i))


def verb_zijn(d, k: int) -> bool:
    """'zijn' at token k right after a participle or a modal ('… bij u zou afgegeven zijn volgens …') is the verb,
    not 'his': no phrase 'zijn volgens'."""
    j = k - 1
    while j >= 0 and not d.is_word(j):
        j -= 1
    if d.word(k) != "zijn" or j < 0:
        return False
    return participle_shape(d.lex, d.word(j)) or d.word(j) in _MODALS


_MODALS = frozenset({"zou", "zouden", "moet", "moeten", "kan", "kunnen", "zal", "zullen", "mag", "mogen", "wil", "willen"})
# verbs of place and being in the plural, after a demonstrative that is their subject
_WHERE_PLURAL = frozenset({"staan", "liggen", "zitten", "hangen", "zijn", "stonden", "lagen", "zaten", "hingen", "waren"})


def no_phrase(d, toks: list[int], k: int) -> bool:
    """No noun phrase starts at toks[k]: 'een pakje dat gisteren …' (a moment noun after it), 'zijn' the verb, 'die'
    the subject of a verb of place."""
    return k + 1 < len(toks) and moment_noun(d, toks[k + 1]) or verb_zijn(d, toks[k]) or pointing_subject(d, toks[k])


def pointing_subject(d, k: int) -> bool:
    """'die' or 'deze' at token k is the subject of a plural verb of place right after it ('de cijfers van 2023,
    die staan op uw schijf'): a pronoun pointing back, no phrase 'die staan op uw schijf' (round 37, k37a: h36b-015
    offered 'Kunt ge die staan doorsturen?')."""
    j = k + 1
    while j < d.n and not d.is_word(j):
        j += 1
    return d.word(k) in ("die", "deze") and j < d.n and d.word(j) in _WHERE_PLURAL


def waits_on(d, start: int) -> bool:
    """The phrase that starts at token `start` comes after 'op' that follows a verb of waiting, counting or hoping
    ('wachten op het pakje'): its noun is the thing the verb is about. Elsewhere 'op' names a place ('ik ben de hele
    dag op m'n werk'), never what a pronoun stands for."""
    k = start - 1
    while k >= 0 and not d.is_word(k):
        k -= 1
    if k < 0 or d.word(k) != "op":
        return False
    j = k - 1
    while j >= 0 and not d.is_word(j):
        j -= 1
    while j >= 0 and d.is_word(j) and d.word(j) in ("nog", "al", "even", "ook", "echt", "heel", "lang", "nu"):
        j -= 1  # 'ik wacht nog altijd op …'
    return j >= 0 and d.is_word(j) and d.word(j) in _ON


def named_beside(an, phrase: list[int], shown: set[int]) -> bool:
    """'mijn zoon Daan is ziek … Kan hij die …': 'mijn zoon' is Daan, whom the ask names already, never the thing
    'die' stands for (the name right after or before the phrase is in the request)."""
    d = an.d
    after, before = phrase[-1] + 1, phrase[0] - 1
    return any(0 <= i < d.n and i in shown and d.is_word(i) and d.tok_text(i)[:1].isupper() for i in (after, before))
