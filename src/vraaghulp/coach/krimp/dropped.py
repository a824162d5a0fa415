"""What a part of the draft that goes holds, for ``vouch`` (vouch.py): it must be surely removable.

Background with a subject and a verb of its own, a wrapper, a greeting may go. Not a condition or a list
item (``weg-voorwaarde``), a piece without a verb that belongs to something (``weg-stuk``), the only moment
of its kind (``weg-moment``), words about how bad it is in crisis (``weg-crisis``), a wrapper clause that
holds more than its wrapper phrase (``weg-inhoud``), or what may be an honest sentence about the writer
(``staat-twijfel``).
"""

from __future__ import annotations

from .care import care_tier
from .refs import fold_in
from .assemble import has_moment
from .states import NEGATIONS, PAST, SECOND_PERSON, about_me, becoming, is_state
from .segment import finite_like
from .verbs import lead_at
from .typos import near_moment
from .guard import affirmed, hatch_with_moment, lost_meaning
from .plans import is_availability
from .no_loss import moment_no_loss

# A part that starts with one of these says how or when the request holds ("Niet via het park").
CONDITION_WORDS = frozenset({"niet", "geen", "nooit", "alleen", "enkel", "liefst", "pas", "behalve", "uiterlijk", "tenzij", "zonder"})


def dropped_content(an, kept: set[int], text: str, crisis: bool = False, ask: int = -1, state=None) -> list[str]:
    """What goes must be surely removable: background with a subject and a verb of its own, a
    wrapper, a greeting. Not a condition, a list item, the only moment, or an honest sentence
    (unless the honest sentence kept, state, goes on with it in the same sentence). ask: the first
    token of the request (-1: unknown)."""
    d = an.d
    have = fold_in(text)
    timed = has_moment(d.lex, affirmed(d.lex, text))
    out: list[str] = []
    previous = None
    for c in an.clauses:
        after_kept = previous is not None and id(previous) in kept and c.sent <= previous.sent + 1
        previous = c if c.role != "leeg" else previous
        if id(c) in kept or c.role in ("groet", "afsluiting", "leeg"):
            continue
        words = [d.word(i) for i in d.content(c.a, c.b)]
        if d.is_bullet(c.a) and len(words) <= 1:
            continue  # only the number or dash of a list item
        if crisis and _crisis_words(an, c):
            out.append("weg-crisis")  # in crisis their own words about how bad it is all stay
        elif _lost_moment(an, c, have, words, timed, ask) and not moment_no_loss(an, c, words):
            out.append("weg-moment")
        elif c.role != "wrap" and (lost := lost_meaning(an, c, words, c.a > max(ask, 0))):
            out.append(lost)
        elif c.role == "wrap":
            if _wrap_holds_more(an, c) or hatch_with_moment(an, c):
                out.append("weg-inhoud")
            elif _holds_state(an, c):
                out.append("staat-twijfel")
        elif _condition(an, c, words) or d.is_bullet(c.a - 1) or (d.is_bullet(c.a) and len(d.content(c.a, c.b)) > 1):
            out.append("weg-voorwaarde")
        elif _fragment(an, c, words, after_kept):
            out.append("weg-stuk")
        elif c.role == "staat" or _maybe_state(an, c, words) or _holds_state(an, c):
            if state is None or state.sent != c.sent:
                out.append("staat-twijfel")
    return out


def _lost_moment(an, c, have: str, words: list[str], timed: bool, ask: int = -1) -> bool:
    """A part that goes has a moment while the result has none, or a day while the result only has
    a clock time ('ben je morgen thuis? … kan ik na 6 langs komen'). News is left alone: 'vorige
    week was ik ziek'; so is another request with its own moment. Right next to the request, what
    has gone on 'sinds' a moment is the trouble the request is about ('ze slaat ni meer aan sinds
    maandag'); a misspelt day word ('toets is morgn') is a moment too."""
    d = an.d
    if ask >= 0 and abs(c.sent - d.sentences_of(ask)) == 1 and _since_when(an, c):
        return True  # 'sinds maandag', 'sinds gisteren': still going on
    if PAST & set(words):
        return False
    if not timed and c.role != "vraag" and any(near_moment(d.lex, w) for w in words):
        return True
    for i0, i1 in an.moments:
        if not (c.a <= i0 and i1 <= c.b) or fold_in(d.raw(i0, i1)) in have:
            continue
        clock = any(ch.isdigit() for ch in d.raw(i0, i1))
        if c.role == "vraag":
            if is_availability(an, [c]):
                return True  # 'ben je morgen thuis?': when the request is meant for
            continue  # another request with its own moment ('en heb je de koelbox voor zaterdag?')
        if clock and (_meeting_point(an, c) or _plan_without_subject(an, c)):
            return True  # 'ik sta om 8u aan de kerk', '… moeten om 8 uur in Utrecht zijn': where and when
        if not timed or (not clock and not _has_day(an, affirmed(an.d.lex, have))):
            return True  # a clock time next to a day in the result is background ('ik werk tot 14u')
    return False


_RECENT = frozenset({"gisteren", "eergisteren", "gisteravond", "gistermiddag", "gisterochtend", "vorige", "vannacht", "vanochtend", "vanmorgen"})


def _since_when(an, c) -> bool:
    """'sinds' right before a day or a recent moment (not 'sinds de reorganisatie', 'sinds kort')."""
    d = an.d
    starts = {i0 for i0, _ in an.moments}
    return any(d.word(i) == "sinds" and i + 1 < c.b and (i + 1 in starts or d.word(i + 1) in _RECENT) for i in d.content(c.a, c.b))


def _meeting_point(an, c) -> bool:
    d = an.d
    words = [d.word(i) for i in d.content(c.a, c.b)]
    place = any(w in ("aan", "bij", "op", "voor") and k + 1 < len(words) and words[k + 1] in ("de", "het")
                for k, w in enumerate(words)) or bool({"daar", "hier"} & set(words))  # 'wij staan daar om 12 uur'
    return place and any(w in ("sta", "ben", "wacht", "zit", "staan", "wachten") for w in words)


def _plan_without_subject(an, c) -> bool:
    """'wie kan er zondag rijden? moeten om 8 uur in Utrecht zijn': a chat sentence that starts with its
    verb of having to, its subject left out: the plan the request serves, not background."""
    d = an.d
    words = [d.word(i) for i in d.content(c.a, c.b)]
    return len(words) > 2 and words[0] in ("moet", "moeten", "moete") and words[1] not in d.lex.subjects


def _has_day(an, have: str) -> bool:
    """The result names a day or a part of one ('zaterdag', 'morgen', 'vanavond'), not only a time."""
    return any(not any(ch.isdigit() for ch in m.group(0)) for m in an.d.lex.moment.finditer(have.strip()))


def _crisis_words(an, c) -> bool:
    return care_tier(an.d.raw(c.a, c.b)) is not None


def _fragment(an, c, words: list[str], after_kept: bool) -> bool:
    """A piece without a verb right after what is kept, that goes on with it: 'ni lang, 10
    minuutjes', '… 😬 aan de frituur ernaast'."""
    lex = an.d.lex
    if not after_kept or c.role not in ("tekst", "beperking", "voorwaarde", "extra") or not words:
        return False
    if any(finite_like(lex, w) or w in lex.subjects or w in lex.imperatives for w in words):
        return False
    return words[0] in lex.prepositions or words[0][:1].isdigit() or words[0] in CONDITION_WORDS or (
        len(words) <= 3 and any(w[:1].isdigit() for w in words))


def _wrap_holds_more(an, c) -> bool:
    """A wrapper clause that also holds an honest sentence or a question ('sorry dat ik zaag het
    gaat ni goed met mij', 'sorry kunde mij bellen'): it was not cut where it should have been."""
    d = an.d
    for i in range(max(c.a, c.start) + 1, c.b):
        if i in an.starts["staat"] or i in an.starts["behoefte"]:
            return True
        lead = lead_at(d, i)
        prev = d.word(i - 1) if d.is_word(i - 1) else ""
        if prev in d.lex.subjects or prev in d.lex.not_verb or prev in d.lex.fillers:
            continue  # 'ik wil je niet storen': a statement, not a question
        if lead is not None and lead.lemma in ("kunnen", "willen", "mogen", "zullen") and lead.subject in SECOND_PERSON:
            return True
    return False


def _holds_state(an, c) -> bool:
    """Somewhere inside the part that goes, outside its wrapper phrases, an honest sentence
    begins ('… Met de migratie zit ik helemaal vol', 'sorry dat ik zaag het gaat ni goed met mij')."""
    d = an.d
    lex = d.lex
    for k in range(max(c.a, c.start), c.b):
        if an.covered(k):
            continue
        if k in an.starts["staat"]:
            return True
        w = d.word(k)
        if w not in ("ik", "het", "mijn") and w not in lex.state_verbs:
            continue
        end = next((j for j in range(k + 1, c.b) if d.word(j) in lex.subordinators or d.word(j) in ("maar", "want", "en")), c.b)
        if not any(d.word(j) in SECOND_PERSON for j in range(k, end)) and is_state(an, k, end):
            return True
    return False


_RULE_VERBS = frozenset({"mag", "mogen", "moet", "moeten", "kan", "kunnen", "hoeft", "hoeven", "wil", "mocht"})


def _condition(an, c, words: list[str]) -> bool:
    """A part that goes and starts like a condition on the request: 'Niet via het park',
    'Alleen niet op dinsdag', 'liefst ni voor 10u'."""
    d = an.d
    lead = [w for w in words[:3] if w not in d.lex.loose_front and w not in ("wel", "maar", "het", "en", "graag")]
    if not lead or (c.start >= 0 and d.word(c.start) in d.lex.reasons):
        return False
    if lead[0] in ("hij", "zij", "ze", "die", "het") and len(lead) > 1 and lead[1] in _RULE_VERBS \
            and set(words[2:6]) & NEGATIONS:
        return True  # 'Hij mag niet bij andere honden': a rule for what the request is about
    if any(w in d.lex.subjects for w in words[1:4]):
        return False  # 'Dan pas ik het recept aan': a clause of its own, with a subject
    return lead[0] in CONDITION_WORDS or (len(lead) > 1 and lead[0] in ("ook", "dus") and lead[1] in CONDITION_WORDS)


def _maybe_state(an, c, words: list[str]) -> bool:
    """'ik voel me X', 'het gaat X met me', 'ik ben (heel) X', 'ik ben er nog niet zeker genoeg
    voor': about how the writer is, now."""
    if len(words) > 14 or PAST & set(words):
        return False
    unsure = any(w in NEGATIONS and nxt in _UNSURE for w, nxt in zip(words, words[1:]))
    if unsure and about_me(an.d.lex, words):
        return True  # 'niet zeker (genoeg)': the honest part, or doubt about the thing asked
    text = " " + " ".join(words) + " "
    if " voel me " in text or " voel mij " in text or " gaat " in text and (" met me " in text or " met mij " in text):
        return True
    if (turning := becoming(words)) is not None:  # 'ik merk dat ik overbelast raak', 'ik word gek van …'
        return turning
    if " ik ben " in text or text.startswith(" ben "):
        tail = text.split(" ben ", 1)[1].split()
        if set(tail) & _OBJECTS or any(_participle(w) for w in tail):
            return False  # 'ben ze vergeten', 'ik ben m kwijt': news, not a state
        return 0 < len(tail) <= 3 and tail[-1].isalpha() and not an.d.lex.moment.match(tail[-1])
    return False


_UNSURE = frozenset({"zeker"})
_OBJECTS = frozenset({"ze", "het", "hem", "m", "'m", "die", "dat", "er", "hier", "daar", "thuis"})


def _participle(w: str) -> bool:
    return len(w) > 5 and w.startswith(("ge", "ver", "be", "ont")) and w.endswith(("en", "d", "t"))
