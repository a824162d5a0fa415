"""A verb is never part of the name of the person addressed (round 50, k50b).

'bro ligt mn oplader nog bij jou op de kamer? kan je die …' came back as 'Bro ligt, kan je …' (p49-051), and
'Sanne ligt mijn jas nog bij jou? kun je die meenemen' as 'Sanne ligt, kun je …?', sure: at the start of a chat
message a name may be written in lower case, so the two words before the first verb were read as a name of two
words. A word written in lower case that is a finite form of a verb krimp knows ('ligt', 'staat', 'heeft', 'wil':
finite.py's list, or a form of 'zijn', 'hebben' and the modals) starts the clause after the name; it never belongs
to the name. A chat word ('bro', 'gast', 'man') stays what it was, the call alone; interjections ('hey', 'ey') are
greetings and never a name at all (names.vocative_word, slang_address.py).
"""

from __future__ import annotations

from .finite import _from_stem, known_verbs, listed_infinitives


def finite_word(d, i: int) -> bool:
    """Token i, written in lower case, is a finite verb form of the third or second person ('ligt', 'staat', 'is')."""
    raw = d.tok_text(i)
    if not d.is_word(i) or not raw[:1].islower():
        return False
    w = d.word(i)
    lex = d.lex
    if w in lex.finite or w in lex.irregular:
        return True
    return w.endswith("t") and bool(listed_infinitives(w, "hij", lex.irregular, lex.particles))


def without_verb(d, toks: list[int]) -> list[int]:
    """The name's tokens up to the first finite verb form after its first word: in a question the verb opens it and
    the word before is the call ('bro ligt mn oplader nog bij jou?' -> 'bro'); in a statement the word before is its
    subject, no name at all ('Papa ligt in 't ziekenhuis en …' -> [])."""
    for k in range(1, len(toks)):
        if finite_word(d, toks[k]):
            return toks[:k] if _asks(d, toks[k]) else []
    return toks


def _asks(d, i: int) -> bool:
    """The clause of token i ends in a question mark: no comma or 'maar', 'en' before it ('tom mag het niet weten
    maar kun je …?' asks only after 'maar')."""
    _a, b = d.sentences[d.sentences_of(i)]
    for j in range(i, b):
        if d.tok_text(j) == "?":
            return True
        if d.tok_text(j) == "," or (d.is_word(j) and d.word(j) in ("maar", "en", "want", "dus")):
            return False
    return False


_SUBORDINATE = frozenset({"dat", "da", "of"})


def kin_subject(d, k: int, i: int) -> bool:
    """'mama wil dat er iemand mij … komt halen.' (p49-016): a kin word right before a finite verb and 'dat' or 'of'
    is the subject of a statement, never the person addressed with a question after it ('Mama, wil dat …?'); the
    sentence must not end in '?'. The whole shape: kin word, finite verb, subordinate opener."""
    if i != k + 1 or i + 1 >= d.n or not d.is_word(i + 1) or d.word(i + 1) not in _SUBORDINATE:
        return False
    if not (finite_word(d, i) or (d.is_word(i) and d.word(i) in d.lex.finite)):
        return False
    return not _asks(d, i)


_PREFIXES = ("ge", "be", "ver", "ont", "her", "er")


def participle(word: str) -> bool:
    """'beloofd', 'gezegd', 'verwacht', 'gedaan' (round 51, k51c): a past participle of a verb krimp knows is never a
    name ('…, ik breng hem voor vijf uur terug, beloofd' was offered as 'Beloofd, kan ik …?'); a name with such a start
    ('gerrit', 'gerard', 'bert') has no verb of the list behind it."""
    for prefix in _PREFIXES:
        if not word.startswith(prefix) or len(word) < len(prefix) + 3:
            continue
        rest = word[len(prefix):]
        stems = [rest[:-1], rest] if rest[-1] in "dt" else []  # 'beloof|d', 'verwacht' (the stem ends in t itself)
        base = rest if rest.endswith("en") else ""  # 'gegeven' -> 'geven'
        if any(_verb_of(prefix, s) for s in stems) or base and (base if prefix == "ge" else word) in known_verbs():
            return True
    return False


def _verb_of(prefix: str, stem: str) -> bool:
    """The stem is a verb of the list: after 'ge' the stem alone ('ge|zeg|d'), else with its prefix, which stays in
    the infinitive ('beloof' -> 'beloven'; 'berend' is no 'berennen')."""
    verbs = known_verbs()
    return any(v in verbs for v in _from_stem(stem if prefix == "ge" else prefix + stem))


# Two checks stay apart on purpose (round 51 review): `participle` (a verb krimp knows) guards every lower-case word read
# as a name (names.vocative_word); `participle_like` (the shape, also after a particle: 'afgesproken') only the lone
# closing word of an all-lower-case draft (names.py). The shape read everywhere loses real names ('gerard, ik wil graag
# zaterdag vrij', v5e-059) and a state ('Gebroken enkel, …', t28a-009), so it stays narrow.
_SHAPE_PREFIXES = ("be", "ver", "ont", "her", "ge")


def participle_like(lex, w: str) -> bool:
    """A lower-case word with the shape of a past participle ('beloofd', 'geregeld', 'verwacht', 'afgesproken') is
    no name closing a sentence ('ik breng hem voor vijf uur terug, beloofd' gave 'Beloofd, …', h50a-045; round 51,
    k51b). An unstressed prefix, at least four letters after it, and -d/-t after a consonant or -en; a first name
    krimp knows ('bernard' is not on its list, 'geert' is) stays a name."""
    if w in lex.first_names or w in lex.relations:
        return False
    core = next((w[len(p):] for p in sorted(lex.particles, key=len, reverse=True)
                 if len(p) >= 2 and w.startswith(p) and w[len(p):].startswith(_SHAPE_PREFIXES)), w)
    prefix = next((p for p in _SHAPE_PREFIXES if core.startswith(p) and len(core) >= len(p) + 4), "")
    if not prefix:
        return False
    return (core.endswith(("d", "t")) and core[-2] not in "aeiouy") or core.endswith("en")
