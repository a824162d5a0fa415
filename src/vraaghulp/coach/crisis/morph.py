"""Word forms for the concept lexicon: the inflections of a verb or a noun, worked out once.

Used only when ``crisis_begrippen.toml`` is built (`concepts.compile_lexicon`, then stored
in ``crisis_regels.json``); nothing here runs while a text is checked. A concept may list

- ``werkwoorden``: verbs by their infinitive. ``kopen`` gives koop, koopt, kopen, kocht,
  kochten, gekocht, te kopen. A separable verb is written with a ``+``: ``op+zoeken`` gives
  opzoeken, opzoekt, opgezocht, op te zoeken and the split forms ``zoek ~3 op``, ``zocht ~3
  op``... Irregular verbs come from the ``[werkwoord]`` table: past, participle, then any
  present forms the rules cannot make (``gaan = ["ging", "gegaan", "ga", "gaat"]``);
  regular ones follow 't kofschip.
- ``naamwoorden``: nouns. ``pil`` gives pil, pillen, pilletje(s), pilleke(n/s); ``*pil``
  also the compounds (slaappil, slaappillen), opt-in because a short ending such as
  ``*mes`` would match "dames" too.

The rules over-generate on purpose (``googel`` and ``googeel``, ``mesen`` and ``messen``):
a form that no one writes costs nothing, a form that is missing costs a missed sentence.
Standard library only.
"""

from __future__ import annotations

__all__ = ["verb_forms", "noun_forms", "expand"]

_VOWELS = frozenset("aeiouy")
_KOFSCHIP = frozenset("tkfscphx")
_NO_GE = ("be", "ge", "her", "ont", "ver", "er")
_SPLIT_GAP = "~3,"  # a gap that stops at a comma too (forms._slot; round 40, c40b)


def _stems(infinitive: str) -> list[str]:
    """The present stem(s) of a regular infinitive: maken -> maak, bellen -> bel, leven -> leef."""
    if not infinitive.endswith("en") or len(infinitive) < 4:
        return [infinitive[:-1]] if infinitive.endswith("n") else [infinitive]
    stem = infinitive[:-2]
    if len(stem) >= 2 and stem[-1] == stem[-2] and stem[-1] not in _VOWELS:
        return [stem[:-1]]  # bellen -> bel, zetten -> zet
    stem = stem[:-1] + {"v": "f", "z": "s"}.get(stem[-1], stem[-1])
    schwa = stem[-2:-1] == "e" and stem[-1] in "lrnm" and _syllables(stem) >= 2  # regelen -> regel
    # An open syllable spelt with one vowel is a long vowel: kopen -> koop, sparen -> spaar.
    if not schwa and len(stem) >= 3 and stem[-1] not in _VOWELS and stem[-2] in "aeou" and stem[-3] not in _VOWELS:
        return [stem[:-1] + stem[-2] + stem[-1]]
    return [stem]


def _syllables(word: str) -> int:
    """The number of vowel groups in a word."""
    return sum(1 for i, c in enumerate(word) if c in _VOWELS and (i == 0 or word[i - 1] not in _VOWELS))


def _weak_past(infinitive: str, stem: str) -> tuple[str, str]:
    """Past singular and participle ending of a regular verb: 't kofschip."""
    sound = infinitive[-3] if infinitive.endswith("en") and len(infinitive) >= 3 else stem[-1]
    voiceless = sound in _KOFSCHIP or stem.endswith("ch")
    past = stem + ("te" if voiceless else "de")
    ending = "" if stem[-1] in "td" else ("t" if voiceless else "d")
    prefix = "" if stem.startswith(_NO_GE) else "ge"
    return past, prefix + stem + ending


def _past_plural(past: str) -> list[str]:
    """kocht -> kochten, sneed -> sneden, gaf -> gaven, stierf -> stierven, koos -> kozen."""
    if past.endswith("e"):
        return [past + "n"]
    last = {"f": "v", "s": "z"}.get(past[-1], past[-1])
    body = past[:-1]
    if len(body) >= 2 and body[-1] == body[-2] and body[-1] in _VOWELS:
        body = body[:-1]  # sneed -> sneden, koos -> kozen
    return list(dict.fromkeys([past + "en", body + last + "en"]))


def verb_forms(written: str, irregular: dict[str, list[str]] | None = None) -> list[str]:
    """Every form of one verb (``kopen``, ``op+zoeken``), split forms with a gap (``zoek ~3 op``)."""
    particle, _plus, infinitive = written.rpartition("+")
    table = irregular or {}
    stems = _stems(infinitive)
    pasts: list[str] = []
    participles: list[str] = []
    extra: list[str] = []  # present forms the table gives as they are: ga, gaat
    if infinitive in table:
        past, participle, *extra = table[infinitive]
        pasts.append(past)
        participles.append(participle)
        if not infinitive.endswith("en"):
            stems = []  # gaan, doen, slaan: the table gives the present forms
    else:
        for stem in stems:
            past, participle = _weak_past(infinitive, stem)
            pasts.append(past)
            participles.append(participle)
    finite = list(dict.fromkeys(
        [s for s in stems] + [s if s.endswith("t") else s + "t" for s in stems] + extra
        + [p for past in pasts for p in (past, *_past_plural(past))]))
    if not particle:
        return list(dict.fromkeys([infinitive, *finite, *participles, f"te {infinitive}"]))
    joined = [particle + word for word in (infinitive, *finite)]
    joined += [particle + p if p.startswith("ge") or p.startswith(_NO_GE) else particle + "ge" + p
               for p in participles]
    split = [f"{word} {_SPLIT_GAP} {particle}" for word in finite] + [f"{word} {particle}" for word in finite]
    return list(dict.fromkeys([*joined, f"{particle} te {infinitive}", *split]))


def noun_forms(written: str) -> list[str]:
    """A noun, its plurals and diminutives (Dutch and Flemish); ``*pil``: also in compounds."""
    compounds, noun = written.startswith("*"), written.lstrip("*")
    last = noun[-1]
    short = len(noun) >= 3 and last not in _VOWELS and noun[-2] in "aeiou" and noun[-3] not in _VOWELS
    plurals = [noun + "en"]
    if last in _VOWELS or noun.endswith(("el", "er", "em", "en", "je", "ke", "ie")):
        plurals.append(noun + "s")
    if short:
        plurals.append(noun + last + "en")  # pil -> pillen, mes -> messen
    if len(noun) >= 4 and noun[-2] == noun[-3] and noun[-2] in "aeou" and last not in _VOWELS:
        plurals.append(noun[:-2] + {"f": "v", "s": "z"}.get(last, last) + "en")  # draad -> draden
    elif last in "fs" and not short:
        plurals.append(noun[:-1] + {"f": "v", "s": "z"}[last] + "en")  # brief -> brieven
    small = [] if noun.endswith(("je", "ke")) else [
        noun + "je", noun + "tje", noun + "pje", noun + "etje", noun + "ke", noun + "eke", noun + "ske"]
    if short and small:
        small += [noun + last + "etje", noun + last + "eke"]  # pil -> pilletje, pilleke
    forms = [noun, *plurals, *small, *(word + "s" for word in small), *(word + "n" for word in small if word.endswith("ke"))]
    if compounds:  # opt-in: a short ending such as *mes would also match 'dames'
        forms += [f"*{word}" for word in forms]
    return list(dict.fromkeys(forms))


def expand(concept: dict, irregular: dict[str, list[str]]) -> list[str]:
    """The written forms of a concept plus those of its ``werkwoorden`` and ``naamwoorden``."""
    forms = [str(form) for form in concept.get("vormen", [])]
    for verb in concept.get("werkwoorden", []):
        forms += verb_forms(str(verb), irregular)
    for noun in concept.get("naamwoorden", []):
        forms += noun_forms(str(noun))
    return list(dict.fromkeys(forms))
