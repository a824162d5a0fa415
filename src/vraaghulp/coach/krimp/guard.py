"""What a part that goes may not hold, for the result to stay sure (called by vouch.py), and
the other small checks vouch leans on (a bare adjective, the moments a text affirms).

A sure result keeps every word that carries meaning. These checks look at a clause the result
does not show and name what in it may still matter:

- ``weg-zorg``: words the care check flags ('ik heb de hele strip pillen hier liggen'): never
  dropped quietly, even when the draft does not reach the crisis tier (``care_words`` keeps
  them in what is offered; this catches the ones that still go);
- ``weg-behoefte``: after the request, the writer says what they need ('ik heb echt iemand
  nodig om tegen te praten', 'ik heb nodig: brood, melk'): part of the ask, or the honest part;
- ``weg-voorwaarde``: after the request, what happens in return or else ('dan neem ik jouw
  woensdag', 'anders slapen ze niet'); or a negation followed by a place or a thing without a
  verb of its own ('ahja en nie in de droogkast'): a condition tucked into a clause of news; or
  an order not to do something ('mr zeg nog niks tegen pa'), which the request does not say;
- ``weg-lijst``: an item list without a verb: an amount or three or more items ('2 zakken chips',
  'slagroom, aardbeien en kaarsjes').

And ``missed_ask``: in crisis, when no request was found but a verb still asks the reader ('…
Niemand weet het Kunt ge naar mij komen'), the ready crisis sentence is not vouched for.
"""

from __future__ import annotations

from .lexicon import YOU
from .carried import time_limit
from .care import care_tier
from .segment import finite_like, head
from .states import FIRST_PERSON, NEGATIONS, PAST, perfect
from .verbs import is_infinitive, lead_at

_NEED = frozenset({"nodig"})
_SUBJECTS = frozenset({"ik", "we", "wij", "ze", "zij", "hij", "ie", "het"})
_JOINS = frozenset({"en", "maar", "of", "want", "dus"})


def lost_meaning(an, c, words: list[str], after_ask: bool) -> str | None:
    """The code for what the dropped clause c still carries (None: surely removable).
    after_ask: c comes after the request (a need said before it is what the request spells out)."""
    if not words:
        return None
    if _care(an, c):
        return "weg-zorg"
    if after_ask and _need(words):
        return "weg-behoefte"
    if after_ask and words[0] in ("dan", "anders") and set(words[1:4]) & _SUBJECTS and (
            words[0] == "anders" or any(c.a <= i0 < c.b for i0, _ in an.moments)):
        return "weg-voorwaarde"  # 'Dan neem ik jouw woensdag.', 'anders slapen ze niet': in return, or else
    if _negated_phrase(an, c) or _prohibition(an, c) or after_ask and time_limit(an, words):
        return "weg-voorwaarde"  # 'Het komt pas na drie uur.': a limit on when
    if _amount_or_list(an, c, words):
        return "weg-lijst"
    return None


def care_words(an, main) -> list:
    """Outside the crisis tier, the clauses the care check still flags ('ik heb de hele strip
    pillen hier liggen'): they stay in what is offered (never lighter), and the result is not sure."""
    skip = ("wrap", "groet", "afsluiting", "leeg", "naam", "staat")  # an honest sentence: one is chosen as usual
    return [c for c in an.clauses if c not in (main or []) and c.role not in skip and _care(an, c)]


def _care(an, c) -> bool:
    """The care check flags the clause (asked of the whole draft first: most drafts have nothing)."""
    return care_tier(an.d.text) is not None and care_tier(an.d.raw(c.a, c.b)) is not None


def _need(words: list[str]) -> bool:
    """'ik heb (echt) iemand nodig', 'ik heb nodig:', not 'had ik nodig' (news)."""
    return bool(_NEED & set(words)) and bool(FIRST_PERSON & set(words)) and not PAST & set(words)


def _negated_phrase(an, c) -> bool:
    """'… en nie in de droogkast': a negation, then a preposition, and no verb up to the end."""
    d = an.d
    lex = d.lex
    toks = d.content(c.a, c.b)
    words = [d.word(i) for i in toks]
    for k in range(len(words) - 1):
        if words[k] not in NEGATIONS or words[k + 1] not in lex.prepositions:
            continue
        start = max((j + 1 for j in range(k) if words[j] in _JOINS), default=0)
        own = words[start:k] + words[k + 1:]  # the phrase the negation stands in
        if not any(finite_like(lex, w) or w in lex.subjects for w in own):
            return True
    return False


_BUT = frozenset({"mr", "ma", "mar", "maa", "dan", "en", "maar", "dus", "of"})


def _prohibition(an, c) -> bool:
    """'mr zeg nog niks tegen pa', 'en vertel het niet aan mama', 'ge moet ze ni laten gamen': an order
    not to do something, which the request does not say and the reader must not miss. (All its
    words: 'zeg' may also have been read as a greeting.)"""
    d = an.d
    lex = d.lex
    words = [d.word(i) for i in range(c.a, c.b) if d.is_word(i)]
    k = 0
    while k < len(words) and words[k] not in lex.imperatives and (words[k] in _BUT or words[k] in lex.loose_front):
        k += 1
    if k + 2 < len(words) and words[k] in YOU and words[k + 1] in _MUST:
        if words[k + 2] in ("het", "dat", "da", "'t", "dit") or {"als", "hoeft", "hoef"} & set(words):
            return False  # 'je moet het niet doen als je het te druk hebt': an escape hatch
        k += 1  # 'ge moet ze wel ni laten gamen', 'je mag hem geen melk geven': a rule for the request
    elif k >= len(words) or words[k] not in lex.imperatives:
        return False
    return bool(NEGATIONS & set(words[k + 1:]))


_MUST = frozenset({"moet", "moeten", "mag", "moogt", "mogen", "moete"})


def _amount_or_list(an, c, words: list[str]) -> bool:
    """Without a verb of its own: an amount of something ('2 zakken chips') that is not a time, or
    three or more items in a row."""
    d = an.d
    if PAST & set(words) or perfect(d, c.a, c.b) or any(finite_like(d.lex, w) or w in d.lex.subjects for w in words):
        return False  # 'ik heb 3 deadlines', 'mijn dochter heeft 39,5 koorts': news; an item has no verb
    inside_moment = {i for i0, i1 in an.moments + an.durations for i in range(i0, i1)}
    for i in d.content(c.a, c.b):
        if d.word(i)[:1].isdigit() and i not in inside_moment and i + 1 < d.n and d.is_word(i + 1) \
                and d.word(i + 1).isalpha() and i + 1 not in inside_moment:
            return True
    commas = sum(1 for i in range(c.a, c.b) if d.tok_text(i) == ",")
    return commas >= 2 and "en" in words


# 'de oude naar de milieustraat brengen': an adjective without its noun points back at it.
_BARE_ADJECTIVES = frozenset({
    "oude", "nieuwe", "andere", "eerste", "tweede", "derde", "laatste", "vorige", "grote", "zelfde",
    "blauwe", "rode", "groene", "zwarte", "witte", "gele", "bruine", "grijze", "lange", "korte", "kapotte",
})


def bare_adjective(lex, words: list[str], more: bool = False) -> bool:
    """'de oude naar de milieustraat brengen': an adjective without its noun points back at it.
    more: the words go on after the list given ('de oude kinderwagen …': no infinitive at the end)."""
    for k in range(len(words) - 2):
        if words[k] in ("de", "het", "die", "dat", "deze", "dit") and words[k + 1] in _BARE_ADJECTIVES \
                and (words[k + 2] in lex.prepositions or words[k + 2] in lex.particles
                     or (is_infinitive(lex, words[k + 2]) and k + 3 == len(words) and not more)):
            return True
    return False


def affirmed(lex, text: str) -> str:
    """The text without the moments it rules out ('graag niet in de namiddag') and without a bare
    'nu': those do not say when the request is."""
    from vraaghulp.coach.text import fold

    folded = " ".join(fold(text).split())
    out, last = [], 0
    for m in lex.moment.finditer(folded):
        before = folded[:m.start()].split()[-2:]
        if set(before) & NEGATIONS or m.group(0).strip() == "nu":  # 'nu' is added in crisis: it says nothing about when
            out.append(folded[last:m.start()])
            last = m.end()
    return "".join(out) + folded[last:]


_ASKED = frozenset({"je", "jij", "ge", "gij", "u", "jullie"})


def missed_ask(an) -> bool:
    """Somewhere in the draft a verb asks the reader ('… Kunt ge naar mij komen', 'wie kan zondag …')
    though no request was found: the clauses ran together, so a ready sentence cannot be vouched for."""
    d = an.d
    for i in range(d.n):
        if d.is_word(i) and d.word(i) == "wie" and i + 1 < d.n and d.is_word(i + 1) and d.word(i + 1) in ("kan", "wil", "kunnen"):
            return True
        lead = lead_at(d, i)
        prev = d.word(i - 1) if i and d.is_word(i - 1) else ""
        if (prev in d.lex.subjects or prev in d.lex.not_verb or prev in d.lex.fillers) and not d.tok_text(i)[:1].isupper():
            continue  # 'ik wil u niet ongerust maken': a statement, not a question ('… het Kunt ge': a new one)
        if lead is not None and lead.lemma in ("kunnen", "willen", "mogen", "zullen") and lead.subject in _ASKED:
            return True
    return False


def excused_reason(an, main, kept: set[int]) -> list[str]:
    """``weg-reden``: asking to be let off something ('mag ik donderdag ni meedoen?', 'dat ik zaterdag
    ni werk') with the reason right after it in a sentence that goes ('Mijn enkel doet nog pijn.'):
    some readers keep the reason, some drop it, so the result is not vouched for."""
    d = an.d
    first = head(main or [])
    if first is None:
        return []
    toks = d.content(first.a, first.b)
    ends = [an.frames[i][0] for i in toks if i in an.frames]  # 'zou het mogelijk zijn dat ik …': after the frame
    words = [d.word(i) for i in toks if not ends or i >= ends[0]]
    while words[:1] and words[0] in ("of", "dat", "da", "om"):
        words = words[1:]
    mine = first.lead.subject == "ik" if first.lead is not None else first.kind == "kader" and words[:1] == ["ik"]
    at = words.index("ik") if "ik" in words else len(words)  # 'heb je niet een aanhanger die ik mag lenen': no
    negated = any(w in NEGATIONS and words[k - 1] not in ("maar", "en", "alleen", "of") for k, w in enumerate(words) if k > at)
    let_off = bool(_LET_OFF & set(words[at:]))  # 'mag ik eerder weg', 'dat ik de toets mag inhalen'
    if not mine or not negated and not (let_off and _because(an, main)):
        return []
    because = _because(an, main)
    nxt = because or [c for c in an.clauses if c.sent == main[-1].sent + 1 and c.role not in ("leeg", "groet", "afsluiting")]
    if not nxt or id(nxt[0]) in kept or nxt[0].role not in ("tekst", "staat"):
        return []
    said = [d.word(i) for i in d.content(nxt[0].a, nxt[0].b)]
    past_ok = let_off and bool(because)  # 'want ik was ziek': why the test was missed
    if past_ok:
        return ["weg-reden"]  # 'want mijn zus trouwt', 'want ik was ziek': why they ask to be let off
    return ["weg-reden"] if any(finite_like(d.lex, w) for w in said) and not PAST & set(said) else []


def _because(an, main) -> list:
    """The reason clause right after the request: 'omdat ik naar de tandarts moet', '(?) want ik was ziek'."""
    d = an.d
    after = [c for c in an.clauses if c.sent - main[-1].sent in (0, 1) and c.a >= main[-1].b and c.role != "leeg"]
    first = after[:1]  # the clause right after it, not one that explains a later clause ('maar niet …, want …')
    return [c for c in first if c.role == "tekst" and _reason_words(d, [d.word(i) for i in d.content(c.a, c.b)])]


def _reason_words(d, words: list[str]) -> bool:
    """'omdat ik naar de tandarts moet', 'want ik was ziek'; or a reason whose 'omdat' a reported note
    lost ('ik naar de tandarts moet': subject first, verb last)."""
    if words[:1] and words[0] in ("omdat", "want", "aangezien"):
        return True
    return len(words) >= 3 and words[0] in ("ik", "we", "wij") and finite_like(d.lex, words[-1]) and words[1] not in d.lex.finite


# Asking to be let off something: leaving early, a day off, coming later, making up a missed test.
_LET_OFF = frozenset({"weg", "vrij", "eerder", "later", "inhalen", "thuiswerken", "thuisblijven", "overslaan", "verzetten"})


def hatch_with_moment(an, c) -> bool:
    """An escape hatch that also names a moment ('Alleen als het kan overdag', 'als het lukt voor
    vrijdag'): the moment makes it a condition the reader needs, not only a way out."""
    from .assemble import has_moment

    d = an.d
    words = [d.word(i) for i in d.content(c.a, c.b)]
    return (c.kind == "uitweg" and words[:1] in (["alleen"], ["enkel"], ["als"], ["mits"], ["zolang"])
            and has_moment(d.lex, " ".join(d.tok_text(i) for i in range(c.a, c.b))))
