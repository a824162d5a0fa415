"""Can the engine vouch for a result? The checks behind ``sure``.

The rewrite checks (checks.py) say whether the sentence itself is sound. These say whether the
engine understood the draft well enough to offer it as ready to send: every part of the draft
that goes must be surely removable, and the result must hold nothing the engine cannot account
for. Each returns short codes; any code makes the result not sure (the sentence stays offered).

- ``weg-moment``, ``weg-voorwaarde``, ``weg-stuk``, ``weg-crisis``: a part that goes holds a moment
  of a kind the result lacks, a condition or a list item, a piece without a verb that belongs to
  something, or (in crisis) words about how bad it is;
- ``weg-vervolg``: after a question where or when the other is, what goes on from it went;
- ``weg-inhoud``: a wrapper clause holds more than its wrapper phrase (a question, a state);
- ``staat-twijfel``: a part that goes may be an honest sentence about the writer (not when it
  goes on from the one kept, in the same sentence: at most one goes in the result);
- ``twee-vragen``: more than one request in one sentence, or a second one without a clear form;
- ``bijna-wrapper``: the result holds a word that looks like a misspelled apology or hedge;
- ``grens``: the result runs over what looks like a sentence boundary in the draft;
- ``context``: a clause is kept only to explain a word that points back;
- ``verwijzing``: the request still holds a word that points at nothing in the result;
- ``naam``: the person addressed is guessed from a lower-case word, or may have been lost;
- ``wie-twijfel``, ``lijst-weg``, ``moment-verplaatst``: the rewrite chose who does it, left a word
  that points at a list, or moved a moment in from another sentence;
- ``weg-zorg``, ``weg-behoefte``, ``weg-lijst``, ``weg-reden`` (and more ``weg-voorwaarde``): see guard.py;
- ``weg-woord``: a dropped word the engine cannot account for, where it may matter: see safe.py.
"""

from __future__ import annotations

import re

from .care import care_tier
from .checks import dangling, text_words
from .refs import fold_in, request_only
from .assemble import has_moment
from .states import NEGATIONS, PAST, SECOND_PERSON, about_me, becoming, is_state
from .segment import finite_like, head
from .verbs import lead_at
from .typos import near_moment, near_wrapper
from .guard import affirmed, bare_adjective, excused_reason, hatch_with_moment, lost_meaning
from .safe import CODE as LOST_WORD, lost_words
from .needed import CODE as NEEDED, doubt as needed_doubt, replaced
from .doubt_names import names_doubt
from .plans import is_availability, own_plan
from .groups import presence
from .no_loss import moment_no_loss

VOUCH = frozenset({
    "weg-inhoud", "weg-crisis", "weg-moment", "weg-voorwaarde", "weg-stuk", "staat-twijfel", "twee-vragen-onzeker", "bijna-wrapper", "grens", "context", "verwijzing",
    "naam", "wie-twijfel", "beleefd-niet-twijfel", "weg-vervolg", "lijst-weg", "moment-verplaatst", "weg-zorg", "weg-behoefte", "weg-lijst", "weg-reden", LOST_WORD, NEEDED,
})
# A part that starts with one of these says how or when the request holds ("Niet via het park").
CONDITION_WORDS = frozenset({"niet", "geen", "nooit", "alleen", "enkel", "liefst", "pas", "behalve", "uiterlijk", "tenzij", "zonder"})
_CLEAR_FORMS = ("direct", "kader", "behoefte", "wie")


def vouch(an, main, others, parts, req, text: str, tokens: set[int]) -> list[str]:
    """The reasons the engine cannot vouch for this result (empty: it can).

    tokens: the draft tokens the result shows (a clause with one of them in it is kept).
    """
    kept = set(map(id, main)) | {id(c) for c in parts.extras()} | {id(parts.name_clause)}
    kept |= {id(c) for c in an.clauses if any(i in tokens for i in range(c.a, c.b))}
    kept |= replaced(an)  # clauses that go as a whole: the fitted model weighs them (needed.py)
    problems = dropped_content(an, kept, text, parts.crisis, main[0].a if main else -1, parts.state)
    problems += _others(an, main, others)
    problems += _follow_up_lost(an, main, kept)
    problems += near_misses(an, text)
    problems += _boundaries(an, main)
    problems += names_doubt(an, main, parts) + excused_reason(an, main, kept)
    if req is not None:
        problems += _request_doubts(an, main, req)
    elif bare_adjective(an.d.lex, [an.d.word(i) for c in main for i in an.d.content(c.a, c.b)]):
        problems.append("verwijzing")
    if not parts.crisis and _unexplained(an, main, parts, req, tokens):
        problems.append("context")
    if _DISAGREE.search(" ".join(text_words(text))):
        problems.append("grens")  # 'papa en ik zijn' cut to 'ik zijn': a subject went missing
    if req is not None and not parts.crisis and dangling(an, req) and not parts.context and not request_only(an, main, parts):
        problems.append("verwijzing")
    if not parts.crisis and _extra_points_back(an, parts, tokens):
        problems.append("verwijzing")  # 'Ik maak me zorgen om haar.': about whom, was said in a sentence that went
    if not problems:  # every word that goes must be accounted for (safe.py)
        problems += lost_words(an, main, others, parts, req, text, tokens, has_moment(an.d.lex, affirmed(an.d.lex, text)),
                               replaced(an, "woord"))
    problems += needed_doubt(an, tokens)  # a clause that went as a whole may be needed (needed.py)
    return sorted(set(problems))


_OBJECT_PERSONS = frozenset({"hem", "haar", "hen", "hun"})


def _extra_points_back(an, parts, tokens: set[int]) -> bool:
    """A sentence kept next to the request ends on 'om/voor/met … hem/haar' while the draft named
    that person in a part that went ('… over onze dochter Yara. … Ik maak me zorgen om haar.')."""
    d = an.d
    for c in parts.extras():
        toks = d.content(c.a, c.b)
        for k, i in enumerate(toks):
            if d.word(i) in _OBJECT_PERSONS and k and d.word(toks[k - 1]) in d.lex.prepositions and k == len(toks) - 1:
                if any(d.is_word(j) and d.tok_text(j)[:1].isupper() and j not in tokens
                       and d.tok_text(j - 1) not in (".", "?", "!", ",") and d.word(j) not in d.lex.not_name
                       for j in range(1, c.a)):
                    return True  # a name in a part that went
    return False


def _follow_up_lost(an, main, kept: set[int]) -> list[str]:
    """'Ben je vanavond thuis? Dan kom ik de boor brengen.': after a question where or when the other
    is, what goes on from it ('dan …', 'we …', a sentence about the other) is what the message is for;
    it may not go unseen."""
    if not main or not presence(an, main):
        return []
    d = an.d
    for c in an.clauses:
        if id(c) in kept or c.a < main[-1].b or c.sent > main[-1].sent + 1 or c.start < 0:
            continue
        words = [d.word(i) for i in d.content(c.a, c.b)][:4]
        if words[:1] == ["dan"] or any(w in ("we", "wij") for w in words) or (
                c.role == "tekst" and c.sent == main[-1].sent + 1 and any(w in ("je", "jij", "u", "ge", "jou") for w in words)):
            return ["weg-vervolg"]  # 'Ben je donderdag in de stad? Ik wil je iets laten zien.'
    return []


def _unexplained(an, main, parts, req, tokens: set[int]) -> bool:
    """A clause kept only for what a word in the request points at ('… staat al 3 dagen. Kan
    iemand da doen?'): the result leans on it, and the engine cannot tell whether it is enough."""
    from .as_is import kept_reason
    from .groups import points_back
    from .named_after import names_what

    if req is not None:
        return any(c.role != "vraag" for c in parts.context)  # a statement of need is part of the ask
    if not points_back(an, main):
        known = {id(c) for c in main + parts.after + parts.needed + parts.state_more} | {id(parts.name_clause)}  # a condition after the ask
        return any(id(c) not in known and c.role not in ("staat", "beperking", "vraag", "groet", "afsluiting", "leeg")
                   and any(i in tokens for i in an.d.content(c.a, c.b)) and not kept_reason(an, c, main)
                   for c in an.clauses)  # an ask kept as it is, with a sentence of background
    inside = {id(c) for c in main + parts.after + parts.state_more} | {id(parts.name_clause)}
    inside |= {id(c) for c in getattr(an, "need", []) if c.role == "vraag"}  # 'Bent u dinsdag er? Kunnen we dan …'
    inside |= {id(c) for c in parts.needed if names_what(an, c, main)}  # '… ophalen? Ik bedoel de tafel.' (named_after.py)
    names = set(parts.name_toks)  # 'Hey Pieter': the name kept from a greeting explains nothing
    return any(id(c) not in inside and c.role not in ("staat", "groet", "afsluiting", "leeg") and not kept_reason(an, c, main)
               and any(i in tokens and i not in names for i in an.d.content(c.a, c.b)) for c in an.clauses)


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


_DISAGREE = re.compile(r"\bik (?:zijn|hebben|gaan|kunnen|willen|mogen|moeten|komen|zitten|staan)\b")
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


def _others(an, main, others) -> list[str]:
    """Another request is fine when it stands in a sentence of its own, in a clear form."""
    for g in others:
        h = head(g)
        if h.sent == main[0].sent or h.sent == main[-1].sent or (h.role == "vraag" and h.kind not in _CLEAR_FORMS):
            return ["twee-vragen-onzeker"]
    first = head(main)
    if others and first.kind == "wie" and an.d.word(first.start + 1) not in an.d.lex.finite:
        return ["twee-vragen-onzeker"]  # 'wie doet er mee aan de quiz?' next to 'kan iemand …?'
    return []


def _request_doubts(an, main, req) -> list[str]:
    """Choices the rewrite made without evidence: who does it after 'zou het mogelijk zijn om …'
    (you or I?), a list it pointed at but could not fold in, a moment moved in from elsewhere."""
    # 'beleefd-niet': 'zoudt ge mij ni naar … kunnen voeren', the 'niet' went as politeness (polite_not.py)
    out = [code for key, code in (("wie", "wie-twijfel"), ("beleefd-niet", "beleefd-niet-twijfel")) if key in req.guesses]
    lex = an.d.lex
    words = [p.word for p in req.pieces]
    if "lijst" in req.guesses or any(f" {h} " in f" {' '.join(words)} " for h in lex.placeholders):
        out.append("lijst-weg")
    if bare_adjective(lex, words):
        out.append("verwijzing")  # 'de oude naar de milieustraat': the noun is in another sentence
    inside = {i for c in main for i in range(c.a, c.b)}
    moved = [i for p in req.pieces for i in p.toks if i not in inside and any(i0 <= i < i1 for i0, i1 in an.moments)]
    if moved and not own_plan(an, main, moved[0]):
        out.append("moment-verplaatst")
    return out


def near_misses(an, text: str) -> list[str]:
    """A kept word that is one letter away from an apology or hedge word ('mischien', 'exuses')."""
    lex = an.d.lex
    return ["bijna-wrapper"] if any(near_wrapper(lex, w) for w in text_words(text)) else []


def _boundaries(an, main) -> list[str]:
    """The request clause holds a capitalised function word after a lower-case word, without a
    mark between them ('… langskomen Moet ni lang zijn'): two sentences run together."""
    d = an.d
    for c in main:
        for i in range(max(c.a, c.start) + 1, c.b):
            raw = d.tok_text(i)
            if not (raw[:1].isupper() and raw[1:].islower() and d.is_word(i - 1)):
                continue
            if d.tok_text(i - 1)[:1].islower() and d.word(i) in BOUNDARY_WORDS:
                return ["grens"]
    return []


BOUNDARY_WORDS = frozenset({
    "ik", "het", "we", "wij", "ze", "zij", "hij", "je", "jij", "ge", "gij", "u", "maar", "en", "want", "dus",
    "moet", "kan", "kun", "kunt", "wil", "wilt", "zou", "zoudt", "mag", "heb", "hebt", "ben", "is", "als",
    "dat", "da", "dit", "er", "mijn", "mn", "onze", "sorry", "alvast", "groetjes", "dank", "bedankt", "merci",
    "anders", "zo", "nu", "ook", "misschien", "mss", "of", "kunde", "zoude", "wilde", "hebde",
})
