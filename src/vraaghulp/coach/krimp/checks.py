"""Self-checks: a result is only offered as sure when every one of these passes.

Each check returns the problems it found (Dutch-free short codes for the engine and tests):

- ``betekenis``: a construction that changes the meaning is left (``het erg vinden als``,
  ``of je … zou``), from [controle] fout in the content file;
- ``vorm``: not the shape of a direct request (no verb and subject in front, an empty
  question such as ``Kun je?``, ending on ``de``/``met``/``om`` …, two questions);
- ``inhoud``: a content word of the request got lost on the way;
- ``nieuw-woord``: a word that is not in the draft (other than the few a question needs);
- ``langer``: more words than the draft.
"""

from __future__ import annotations

import re

from vraaghulp.coach.text import fold

from .memo import per_text
from .pieces import used_tokens, words_of
from .segment import finite_like
from .thing_span import het_before_moment
from .verbs import infinitive_of, is_infinitive


def pieces_text(pieces) -> str:
    return " ".join(p.norm for p in pieces if p.norm)

_WORD = re.compile(r"[^\W_]+(?:['\-][^\W_]+)*")


# Words that open a clause a verb can take as its object ('zien of …', 'weten dat …', 'zeggen wat …').
CLAUSE_OPENERS = frozenset(("of", "dat", "da", "wat", "hoe", "waar", "wie", "wanneer", "waarom", "welke", "hoeveel"))


def text_words(text: str) -> list[str]:
    return list(_text_words(text))


@per_text
def _text_words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(fold(text)))


def lower_words(text: str) -> list[str]:
    """The letter-and-digit runs of a text, lower-cased as typed (not folded, apostrophes split)."""
    return list(_lower_words(text))


@per_text
def _lower_words(text: str) -> tuple[str, ...]:
    return tuple(_LOWER_WORD.findall(text.lower()))


_LOWER_WORD = re.compile(r"[^\W_]+")

# One sentence of a draft, cut at . ? ! and line breaks; tried only where a run starts, so it stays
# linear on a long line without a full stop (tests/pattern_shape.py).
SENTENCE_RUN = re.compile(r"(?<![^.?!\n])[^.?!\n]+(?:[.?!]+|$)")


def empty_ask(lex, text: str) -> bool:
    """'Zou je?', 'Kun je?': no word says what is asked (only verb forms, subjects, fillers)."""
    words = text_words(text)
    front = question_words(lex) | {"zou", "zoudt", "zouden", "wil", "wilt", "kun", "kunt", "mag"}
    return all(w in front or w in lex.no_content or w in lex.subjects or w in lex.fillers for w in words)


_OPENERS = frozenset({"moest", "mocht", "als", "zodat", "omdat", "want", "terwijl", "voordat", "nadat", "tenzij",
                      "totdat", "zodra", "en", "maar", "om", "te"})


def open_end(text: str) -> list[str]:
    """A draft kept as it stands still may not end on a word that opens a clause ('… de hond uitlaten
    morgen moest?', '… ophalen als?'): what it opened was lost."""
    words = text_words(text)
    return ["vorm"] if words and words[-1] in _OPENERS else []


def question_words(lex) -> frozenset[str]:
    """The words a direct question may add: verb forms in front and subjects."""
    forms = {f for forms in lex.front.values() for f in forms}
    return frozenset(forms | {"je", "jij", "u", "ge", "gij", "ik", "we", "jullie", "kan"})


def meaning(lex, text: str) -> list[str]:
    folded = " ".join(fold(text).split())
    return ["betekenis"] if any(rx.search(folded) for rx in lex.wrong) else []


# 'Zoudt ge zaterdag mijn haag niet willen snoeien?', 'zou je me niet kunnen helpen?': a polite 'niet' that
# asks the more kindly, no negation; made direct ('wilt ge … niet snoeien?') it would say the opposite.
# 'me voorlopig/even/tijdelijk niet willen inzetten' is a real negation: a span of time before the 'niet'; so is
# the writer's own 'ik zou niet willen dat je …' (no question).
_POLITE_NOT = re.compile(r"(?<!\bik )\bzou(?:dt|den)?\b(?:\s+\S+){0,8}?\s+(?<!voorlopig )(?<!tijdelijk )(?<!even )(?<!langer )"
                         r"(?:niet|ni|nie)\s+(?:willen|kunnen|mogen)\b")


def polite_not(an, text: str) -> list[str]:
    """The draft asks with a polite 'zou … niet willen/kunnen' and the result still says 'niet'."""
    words = set(fold(text).split())
    return ["beleefd-niet"] if words & {"niet", "ni", "nie"} and _POLITE_NOT.search(" ".join(fold(an.d.text).split())) else []


def shape(an, req, text: str) -> list[str]:
    lex = an.d.lex
    words = words_of(req.pieces)
    problems = []
    if not words:
        return ["vorm"]
    if req.form == "vraag":
        front = req.pieces[: req.front]
        after = words_of(req.pieces[req.front:])
        if req.front <= 0 or len(front) == 0 or not after:
            problems.append("vorm")
        elif not front[-1].norm or (front[0].word not in lex.finite and front[0].word not in question_words(lex)
                                    and front[0].word not in lex.imperatives and front[0].word != "wie"
                                    and front[0].toks and len(front) == req.front):
            problems.append("vorm")
        if text.count("?") != 1 or any(w in ("zou", "zoudt", "zouden") for w in after):
            problems.append("vorm")
        if _finite_left(lex, req.pieces[req.front:]) or _second_modal(lex, after):
            problems.append("vorm")  # 'Wilt ge mij … komt bezoeken?', 'Kunt u … mogen krijgen?': the old clause's verb stayed
        if req.subject == "np" and _subject_only(lex, after, text):
            problems.append("vorm")  # 'Mag mijn huiswerk?': what the subject may do went ('later')
    if req.form == "vraag" and _second_question(lex, req.pieces[req.front:]):
        problems.append("twee-vragen")
    verb_final = words[-1] in lex.finite and any(w in lex.subordinators for w in words[max(req.front, 1):-1])
    if words[-1] in lex.no_end and not (req.form == "vraag" and words[-1] in ("dan", "die", "dat")) and not verb_final:
        problems.append("vorm")  # but '… als ik de uitslag binnen heb' ends in its verb
    if any(w in ("te",) for w in words[-1:]):
        problems.append("vorm")
    if all(w in lex.no_content or w in lex.subjects or w in lex.fillers for w in words):
        problems.append("leeg")  # 'Ik wil weten.': the request itself went elsewhere
    return problems


def _subject_only(lex, after: list[str], text: str) -> bool:
    """After the verb in front only a short noun phrase is left: no verb, particle, place or time."""
    return len(after) <= 3 and not lex.moment.search(" ".join(fold(text).split())) and not any(
        is_infinitive(lex, w) or w in lex.particles or w in lex.prepositions or w in lex.finite for w in after)


_FRONTS = frozenset({"kun", "kunt", "kan", "wil", "wilt", "mag", "moogt", "zou", "zoudt"})


def double_modal(lex, text: str) -> list[str]:
    """A question kept as it stands (or made from a note) with a second modal in it ('Kunt u de huur een
    week later mogen krijgen?')."""
    for question in re.findall(r"[^.?!]+\?", text):
        words = text_words(question.rsplit(",", 1)[-1] if question.count(",") == 1 else question)  # 'Broer, kun je …'
        if len(words) > 2 and words[0] in _FRONTS and words[1] in lex.subjects and _second_modal(lex, words[2:], finite=True):
            return ["vorm"]
    return []


def _second_modal(lex, after: list[str], finite: bool = False) -> bool:
    """A modal infinitive after the question's own front, outside a nested clause: 'Kunt u de huur een
    week later mogen krijgen?' (from '… of hij de huur … mag krijgen'); with `finite` also a modal verb
    form without its subject ('Wil je de vuilniszak buiten zetten en de kattenbak wil verschonen?')."""
    joined = False
    for k, w in enumerate(after):
        if w in lex.subordinators:
            return False
        joined = joined or w in ("en", "of", "maar")  # '… halen en mij … kunnen zetten': a second verb of the same front
        if w in ("kunnen", "mogen", "willen", "moeten") and not joined:
            return True
        nxt = after[k + 1] if k + 1 < len(after) else ""
        if finite and w in _FRONTS | {"moet"} and nxt not in lex.subjects and nxt not in ("er", "het", "dat", "die"):
            return True
    return False


_DETERMINERS = frozenset({"de", "het", "een", "mijn", "m'n", "je", "jouw", "uw", "ons", "onze", "zijn", "haar", "hun", "die", "dat", "deze", "dit"})


def _finite_left(lex, pieces) -> bool:
    """A finite verb form after the front, before any nested clause ('als', 'dat', 'die' …) and
    outside brackets ('de afzuigkap (doet het niet)')."""
    words, parenthetical, depth = [], set(), 0
    for p in pieces:
        depth += p.text.count("(") - p.text.count(")")
        for w in p.norm.split():
            if any(c.isalnum() for c in w):
                words.append(w)
                if depth > 0:
                    parenthetical.add(w)
    for k, w in enumerate(words):
        if w in lex.subordinators or w in ("en", "of", "maar", "anders") or (w == "al" and words[k + 1:k + 2] in (["is"], ["was"])):
            return False  # 'anders kan ik er niet in': a clause of its own, verb second; so 'al was het maar even'
        if w in ("tot", "voor") and k + 1 < len(words) and words[k + 1] in lex.subjects:
            return False  # '… nog niet uitvoeren tot ik de nota heb gezien': 'tot' opens a clause here
        if k and words[k - 1] in _DETERMINERS or w in parenthetical:
            continue  # 'mijn was', 'mijn verhuis': nouns
        if k + 1 < len(words) and lex.moment.match(" ".join(words[k + 1:k + 5])) and w not in lex.finite:
            continue  # 'pas maandag': 'not until', no verb
        if (w in lex.irregular and w != lex.irregular[w]) or (w in lex.finite and w not in lex.modal_inf and w != lex.finite[w]):
            return True
    return False


def _second_question(lex, pieces) -> bool:
    """'… ophalen en vergeet je niet dat …': a verb with 'je' inside the request starts another one."""
    for k in range(1, len(pieces)):
        if pieces[k].word not in ("je", "jij", "ge", "gij") or not pieces[k - 1].toks:
            continue
        prev = pieces[k - 1].word
        if prev in lex.prepositions or prev in lex.not_verb or prev in lex.particles or prev in lex.fillers:
            continue
        if prev.isalpha() and k >= 2 and pieces[k - 2].word in ("en", "of", "maar"):
            return True
    return False


def content_kept(an, group, req) -> list[str]:
    """Every content word of the request clauses is in the result, unless it was dropped on purpose."""
    d = an.d
    lex = d.lex
    dropped_on_purpose = {i for i0, i1, _kind, _words in req.found for i in range(i0, i1)} | req.gone
    used = used_tokens(req.pieces) | {i for p in req.pieces for i in p.replaced}
    for c in group:
        for i in d.content(c.a, c.b):
            w = d.word(i)
            if i in used or i in dropped_on_purpose:
                continue
            if w in lex.not_verb or w in lex.fillers or w in lex.finite or w in lex.modal_inf or w in lex.loose_back:
                continue
            if w in ("te", "om", "of", "als", "dat") or w in lex.subjects or len(w) <= 1:
                continue
            return ["inhoud"]
    return []


_HET_IDIOMS = frozenset({"druk", "erg", "fijn", "leuk", "moeilijk", "zwaar", "lastig", "goed", "prima", "niet", "ni", "nie", "nog", "ook"})


def _object_het(lex, prev: str, nxt: str, rest: list) -> bool:
    """'waar ik het kan vinden', 'wanneer ik het terugkrijg': after its subject, before a verb, 'het'
    is the object, standing for something said before (not 'als je het druk hebt', 'mag ik het verslag …')."""
    if prev not in lex.subjects or not nxt.isalpha() or nxt in _HET_IDIOMS:
        return False
    last = not any(p.word.isalpha() for p in rest)
    return nxt in lex.finite or last


def dangling(an, req) -> bool:
    """The request holds a word that points back ('daarna', 'hem', 'dat' on its own, 'die dag')."""
    lex = an.d.lex
    pieces = req.pieces
    text = " " + pieces_text(pieces) + " "
    if any(f" {ref} " in text for ref in lex.moment_refs if ref != "dan"):
        return True
    if _owner_before(an, req):
        return True
    for k, p in enumerate(pieces):
        w = p.word
        prev = pieces[k - 1].word if k else ""
        if k > req.front and w in ("die", "deze") and prev in _CONJUNCTIONS and k == clause_subject(an, req):
            return True  # 'navragen wanneer die betaald wordt': a subject, not a relative pronoun
        if k - req.front > 3 and w in ("dat", "die", "dit", "deze", "da") and _noun_before(an, pieces[req.front:k]) \
                and prev not in lex.subjects:
            continue  # what it points at is in the request itself ('degene die Lara's jas heeft die …')
        if w in lex.references or (w in lex.personal_refs and k >= req.front - 1 and k > 0):
            return True
        if w == "anders" and prev in ("iemand", "niemand", "een") and not _names_a_thing(pieces[req.front:]):
            return True  # 'wilt u iemand anders vragen': instead of whom, for what, was said before
        nxt = pieces[k + 1].word if k + 1 < len(pieces) else ""
        if w == "het" and k >= req.front and (nxt == "te" or nxt in ("me", "mij", "ons") or _is_verbish(lex, nxt)
                                              or _object_het(lex, prev, nxt, pieces[k + 2:])):
            return True  # 'om het te bekijken', 'kun je het me sturen': 'het' stands for something said before
        if het_before_moment(an, req, k, starts_moment):
            return True  # 'kun je het morgen meenemen' (thing_span.py, k35e)
        if w == "er" and k >= 2 and pieces[k - 1].word not in lex.finite and _split_er(lex, pieces, k):
            return True  # 'kunt u er iemand naar laten kijken'
        if w in ("dat", "die", "dit", "deze", "da") and k >= req.front and " " not in p.norm:  # not 'dit weekend' typed
            nxt = pieces[k + 1].word if k + 1 < len(pieces) else ""
            if not nxt or nxt in lex.particles or nxt in lex.prepositions or _is_verbish(lex, nxt) or nxt in lex.fillers \
                    or nxt == "dan" or (nxt in _ADVERBS_AFTER and k <= req.front + 1) \
                    or (prev in lex.subjects and nxt in lex.finite) \
                    or lex.moment.match(nxt) or starts_moment(an, pieces[k + 1]) \
                    or starts_moment(an, pieces[k + 1], an.durations):
                return True
    return False


# Adverbs a pronoun object can stand before ('kunt ge dat nog niet doorsturen', 'wilt u die pas na
# 1 januari overmaken'); a noun never follows a determiner with one of these in between.
_ADVERBS_AFTER = frozenset({"nog", "pas", "niet", "nie", "ni", "al", "ook", "wel", "toch", "eens", "gewoon", "zeker",
                            "voortaan", "meteen", "direct", "zelf", "dan", "altijd", "nooit", "weer", "opnieuw", "liefst"})


def _owner_before(an, req) -> bool:
    """'Kan de bezorger zijn medicijnen … afleveren?' after 'mijn vader (79) is …': 'zijn' before a noun
    may be the person of the writer's named before the request, or the subject itself: two owners to choose
    from ('Kunnen jullie zijn contributie stopzetten?' has one)."""
    d = an.d
    pieces = req.pieces
    if req.subject not in ("np", "np-mv"):
        return False
    lex = d.lex
    if not any(pieces[k].word == "zijn" and pieces[k + 1].word.isalpha() and pieces[k + 1].word not in lex.prepositions
               and pieces[k + 1].word not in lex.particles and pieces[k + 1].word not in lex.fillers
               for k in range(req.front, len(pieces) - 1)):
        return False
    first = min((i for p in pieces for i in p.toks), default=0)
    return any(d.word(i) in ("mijn", "m'n", "mn", "onze", "ons") and d.is_word(i + 1) and d.word(i + 1).isalpha()
               for i in range(first) if d.is_word(i))


_OWNERS = frozenset({"de", "het", "een", "mijn", "m'n", "mn", "je", "jouw", "uw", "onze", "ons", "zijn", "haar", "hun"})


def _names_a_thing(pieces) -> bool:
    """'… iemand anders de onboarding laten overnemen': the request names what is to be done."""
    return any(p.word in _OWNERS for p in pieces)


def starts_moment(an, piece, spans=None) -> bool:
    """'die volgende week zaterdag': the word after 'die' begins a moment (or, with an.durations as
    spans, a duration: 'die een weekje lenen'), so 'die' stands alone."""
    return bool(piece.toks) and any(i0 == piece.toks[0] for i0, _ in (an.moments if spans is None else spans))


def _split_er(lex, pieces, k: int) -> bool:
    """'kunt u er iemand naar laten kijken': 'er … naar' points back; 'kan er iemand' does not."""
    for j in range(k + 1, min(len(pieces) - 1, k + 5)):
        if pieces[j].word in lex.prepositions and _is_verbish(lex, pieces[j + 1].word):
            return True
    return False


def _noun_before(an, pieces) -> bool:
    """A name or a noun phrase ('de kast', 'Lara's jas') among these pieces."""
    words = [p.word for p in pieces]
    for k, p in enumerate(pieces):
        if p.text[:1].isupper() and p.word.replace("'", "").isalpha() and p.word not in an.d.lex.not_name:
            return True
        if p.word in ("de", "het", "een", "mijn", "je", "jouw", "uw", "ons", "onze") and k + 1 < len(words) and words[k + 1].isalpha():
            return True
    return False


def _is_verbish(lex, word: str) -> bool:
    return len(word) > 3 and word.endswith("en") and word not in lex.not_infinitive


def invented(an, text: str, extra: frozenset[str] = frozenset()) -> list[str]:
    d = an.d
    draft_words = set(text_words(d.text))
    allowed = question_words(d.lex) | extra
    allowed |= {form for word, form in d.lex.address_forms.items() if word in draft_words}  # heer -> meneer
    allowed |= {d.lex.clitic_full[w] for w in draft_words if w in d.lex.clitic_full}  # 'kunde' -> 'kunt ge'
    derived = d.__dict__.get("_derived")
    if derived is None:
        derived = d.__dict__["_derived"] = {infinitive_of(d.lex, w)[0] for w in draft_words}
    for w in text_words(text):
        if w in draft_words or w in allowed or w in derived:
            continue
        if w.endswith("ienen") and w[:-2] in draft_words:
            continue  # 'als ik het indien' -> 'indienen': the stem after 'ik' ends in -en already
        if any(w.startswith(a) and (w[len(a):] in draft_words or w[len(a):] in derived) for a in draft_words if len(a) <= 6):
            continue  # a separable verb put back together: op + halen
        return ["nieuw-woord"]
    return []


def longer(an, text: str, typed: int = 0) -> list[str]:
    """More words than the draft (plus the words typed separately in the practice flow). A Flemish
    'kunde' counts as the two words it is ('kunt ge', verbs.spelled_out)."""
    draft = text_words(an.d.text)
    clitics = sum(1 for w in draft if w in an.d.lex.clitic_full)
    return ["langer"] if len(text_words(text)) > len(draft) + clitics + typed else []


def clause_subject(an, req) -> int | None:
    """'navragen wanneer die betaald wordt', 'zorgen dat die uiterlijk vrijdag klaar is': the subject of a
    clause inside the request, right after its conjunction; the clause ends in its verb and the word
    after the pronoun is no noun ('wanneer die factuur …' is a determiner)."""
    lex = an.d.lex
    pieces = req.pieces
    hits = [k for k in range(req.front + 1, len(pieces)) if pieces[k].toks and pieces[k].word in ("die", "deze")
            and pieces[k - 1].word in _CONJUNCTIONS]
    if len(hits) != 1 or hits[0] + 1 >= len(pieces):
        return None
    k = hits[0]
    rest = [p.word for p in pieces[k + 1:] if p.toks]
    if not rest or not finite_like(lex, rest[-1]):
        return None
    nxt = pieces[k + 1]
    w = nxt.word
    plain = w in lex.fillers or w in _THEN_STOP or bool(lex.moment.match(w)) or starts_moment(an, nxt) or finite_like(lex, w)
    return k if plain or (len(rest) == 2 and w.endswith(("d", "t"))) else None  # 'die betaald wordt'


_CONJUNCTIONS = frozenset({"wanneer", "dat", "da", "of", "zodat", "voordat", "als", "hoe", "waarom"})


_THEN_STOP = frozenset({"niet", "ni", "nie", "nog", "ook", "al", "wel", "pas", "toch", "eens", "echt"})
