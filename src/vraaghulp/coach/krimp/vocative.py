"""The person a reported request speaks of, as the direct question addresses them.

'ik wil Anouk vragen …' -> 'Anouk'; 'mevrouw de wit' -> 'Mevrouw De Wit'; 'mijn baas' -> '' (no
name to address); in the practice flow the person typed ('mijn broer Tom') names them.
"""

from __future__ import annotations

from vraaghulp.coach.text import fold

from .lexicon import lexicon
from .pieces import capitalise
from .reported import Tok, gemeld_words

DETERMINERS = frozenset({"de", "het", "mijn", "m'n", "mn", "onze", "ons", "me", "mijne", "een"})


def mentioned_vocative(toks: list[Tok], person: list[int]) -> str:
    """The person mentioned, as they are addressed: 'Anouk', 'Juf An', 'Meneer Verhoeven'; '' for
    'de huisbaas', 'mijn baas' or 'hem'."""
    from .names import known_word
    from .salutation import titled, vocative_of

    words = gemeld_words()
    raw = [toks[i].raw for i in person]
    low = [toks[i].w for i in person]
    had_det = bool(low) and low[0] in DETERMINERS
    while low and low[0] in DETERMINERS:
        raw, low = raw[1:], low[1:]
    if not low or low[0] in ("hem", "haar", "hen", "ze", "zij", "hij"):
        return ""
    if len(low) == 1 and low[0] in words["familie"]:
        return capitalise(raw[0])  # 'ons ma' -> 'Ma', 'mijn oma' -> 'Oma'
    if any(r[:1].isupper() for r in raw):
        return vocative_of(" ".join(raw))
    lex = lexicon()
    if len(low) > 1:
        return titled(lex, raw)  # 'mevrouw de wit' -> 'Mevrouw De Wit'; '' for 'meneer de dokter'
    if len(low) != 1 or had_det or low[0] in words["rol"] or not low[0].isalpha():
        return ""
    if low[0] in lex.relations or not known_word(lex, low[0]):
        return capitalise(raw[0])
    return ""


def typed_vocative(typed: str | None, own: str) -> str:
    """The person typed in the practice flow as they are addressed ('mama', 'Tom', 'mijn broer Tom'):
    it names the one the note speaks of ('ik wil aan ma vragen …') in the writer's own form.
    '' for a description ('mijn moeder', 'de buurman'): then the note's own word stays."""
    from .salutation import vocative_of

    words = (typed or "").split()
    if not words or (words[0].lower() in DETERMINERS and not any(w[:1].isupper() for w in words)):
        return ""
    if fold(own).lower() in gemeld_words()["familie"] and fold(own).lower() in {fold(w).lower() for w in words}:
        return own  # the note says 'opa vragen of …', typed 'opa Henk': the writer says 'Opa'
    return vocative_of(typed)


# Words that stand for a name in chat ('bro kun je …'): a name typed apart in the practice flow says it better.
# Flemish chat adds 'jonge', 'jong', 'manneke', 'menneke', 'mateke' (round 30).
_NICKNAMES = frozenset({"bro", "sis", "dude", "kerel", "gast", "maat", "makker", "meid", "jongen", "man", "jonge", "jong",
                        "manneke", "menneke", "mateke", "gastje", "maatje"})


def addressed(own: str, person: str | None) -> str:
    """The vocative: the draft's own ('Sanne', 'Mam'), unless it is a chat nickname ('Bro') and a name is
    typed apart ('Daan'); without one of its own, the typed person's."""
    from .salutation import vocative_of

    typed = vocative_of(person) if person else ""
    if own and not (typed and own.lower() in _NICKNAMES and typed.split()[0].lower() not in lexicon().relations):
        return own
    return typed


def pronoun_clashes(pronoun: str, person: str) -> bool:
    """'ze' for 'mijn broer Tom', 'hij' for 'mijn zus', a singular pronoun for 'mijn ouders': the
    pronoun cannot be the person typed. A plain name ('Tom', 'Sara') gives no clash."""
    words = {fold(w).lower() for w in person.replace(",", " ").split()}
    gemeld = gemeld_words()
    if words & gemeld["meervoud"] or "en" in words:
        return True  # 'kan ze …' asks one person, not 'mijn ouders' or 'Tom en Lies'
    if pronoun in ("hij", "ie"):
        return bool(words & gemeld["vrouwelijk"])
    return pronoun in ("ze", "zij") and bool(words & gemeld["mannelijk"])
