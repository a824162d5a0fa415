"""Finite verb forms checked against a list of known verbs (round 49, k49b).

A request wrapped in a frame ('het zou fijn zijn als iemand … uitruimt') becomes a direct question only when the
clause's finite verb turns into its infinitive ('Kan iemand … uitruimen?'). The spelling rules alone guessed
('wacht' -> 'wachen', 'print' -> 'prinnen') and put '-en' on words that are no verb at all ('niets aan de wachtrij
verandert' -> 'nietsen', 'met de woensdag vrij' -> 'vrijen'). Here a form becomes an infinitive surely only when
the spelling rules give exactly one verb of ``content/nl/krimp_werkwoorden.toml`` (a separable particle in front
allowed: 'uitruimt' -> 'uit' + 'ruimen'); two verbs ('plant': 'planten' or 'plannen') is not sure; a word of the
list ``geen`` ('niets', 'vrij') never takes '-en'. ``agrees`` says whether a form fits its subject ('jij …
verandert', 'ik … werk', 'we … gaan'): a word that does not is no finite verb of that clause.
"""

from __future__ import annotations

from functools import lru_cache

from vraaghulp.content import load_toml

_VOWELS = frozenset("aeiou")
_LONG = ("aa", "ee", "oo", "uu")
_PLURAL = frozenset({"we", "wij", "jullie", "np-mv", "zij-mv"})
_SHORT = frozenset({"gaan", "staan", "doen", "zien", "slaan", "zijn"})


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    data = load_toml("krimp_werkwoorden")["werkwoorden"]
    return frozenset(data["hele"]), frozenset(data["geen"])


def known_verbs() -> frozenset[str]:
    """Every infinitive of the list."""
    return _lists()[0]


def never_verb(word: str) -> bool:
    """'niets', 'vrij', 'samen': never a finite verb in a request, never given '-en'."""
    return word in _lists()[1]


def _from_stem(stem: str) -> list[str]:
    """The infinitives the spelling rules allow for a stem ('zet' -> 'zetten', 'haal' -> 'halen', 'leef' -> 'leven',
    'reis' -> 'reizen' or 'reisen'), most likely first."""
    if len(stem) < 2 or not stem.isalpha() or (stem[-1] in _VOWELS and stem[-2] not in _VOWELS):
        return []  # 'zit' is never 'zi' + t
    last = stem[-1]
    closed = last not in _VOWELS and stem[-2] in _VOWELS and (len(stem) < 3 or stem[-3] not in _VOWELS)
    out = [stem + last + "en"] if closed and not _schwa(stem) else [stem + "en"]  # 'zet' -> 'zetten', never 'leg' -> 'legen'
    core = stem[:-3] + stem[-2] + last if len(stem) >= 3 and stem[-3:-1] in _LONG else stem
    soft = {"f": "v", "s": "z"}.get(last)
    for base in dict.fromkeys((core, stem)):
        if base != stem:
            out.append(base + "en")  # 'haal' -> 'halen'
        if soft:
            out.append(base[:-1] + soft + "en")  # 'leef' -> 'leven', 'schuif' -> 'schuiven', 'reis' -> 'reizen'
    return list(dict.fromkeys(out))


_UNSTRESSED = ("be", "ver", "ge", "ont", "her", "er")


def _schwa(stem: str) -> bool:
    """An unstressed last syllable keeps its one consonant: 'open' -> 'openen', 'teken' -> 'tekenen', 'nodig' ->
    'nodigen'; 'bestel' is stressed on 'stel' ('bestellen')."""
    if stem.endswith("ig") and len(stem) > 3:
        return True
    if len(stem) < 4 or stem[-2] != "e" or stem[-1] not in "lrnm":
        return False
    core = next((stem[len(p):] for p in _UNSTRESSED if stem.startswith(p) and len(stem) > len(p) + 2), stem)
    return any(ch in _VOWELS for ch in core[:-2])


def _stems(form: str, subject: str) -> list[str]:
    """The stems a finite form can have: after 'ik' the form itself; else without its -t, or with the t as the stem's
    own ('wacht', 'zet', 'print')."""
    if subject == "ik" or not form.endswith("t"):
        return [form]
    if form.endswith("dt"):
        return [form[:-1]]  # 'vindt' -> 'vind'
    return [form[:-1], form]


def _listed(form: str, subject: str, irregular: dict) -> list[str]:
    """The list's infinitives for this form, a separable particle in front allowed."""
    verbs = known_verbs()
    if form in irregular:
        return [irregular[form]]
    found = [inf for stem in _stems(form, subject) for inf in _from_stem(stem) if inf in verbs]
    for prefix in _UNSTRESSED if not found else ():  # 'verlaat' -> 'ver' + 'laten', 'bestelt' -> 'be' + 'stellen'
        rest = form[len(prefix):]
        if form.startswith(prefix) and len(rest) > 2 and rest in irregular:
            found.append(prefix + irregular[rest])
    return list(dict.fromkeys(found))


def listed_infinitives(form: str, subject: str, irregular: dict, particles: frozenset[str]) -> list[str]:
    """Every infinitive of the list the form can be ('' subject: any person), particle split off when the whole
    form gives none ('uitruimt' -> ['uitruimen'], 'plant' -> ['planten', 'plannen'])."""
    if never_verb(form):
        return []
    found = _listed(form, subject, irregular)
    if found:
        return found
    for particle in sorted(particles, key=len, reverse=True):
        if form.startswith(particle) and len(form) > len(particle) + 1:
            rest = _listed(form[len(particle):], subject, irregular)
            if rest:
                return [particle + inf for inf in rest]
    return []


def agrees(form: str, subject: str, irregular: dict, finite: dict) -> bool:
    """The form can be the finite verb of a clause with this subject: a stem after 'ik' ('ik … werk', 'ik … zet'), a
    -t form after 'jij', 'u', 'iemand' or a noun ('verandert', 'vindt'), an -en form for a plural. A known irregular
    or modal form always may ('heeft', 'is', 'kan'); a noun subject of unknown number takes either."""
    if form in irregular or form in finite:
        return True
    if never_verb(form):
        return False
    plural = form in _SHORT or (len(form) > 3 and form.endswith("en"))
    if subject in _PLURAL:
        return plural
    if subject == "ik":
        return not form.endswith("t") or bool(_listed(form, "ik", irregular))
    if subject in ("np", ""):
        return plural or form.endswith("t")
    return form.endswith("t")


_OWNERS = frozenset({"de", "mijn", "m'n", "mn", "je", "jouw", "onze", "uw", "zijn", "haar", "hun", "die", "alle"})


def noun_was(d, i: int) -> bool:
    """'de was', 'mijn was': the laundry, no past of 'zijn' ('… uitruimt, de was ophangt en …' goes on with the ask)."""
    return d.word(i) == "was" and i > 0 and d.is_word(i - 1) and d.word(i - 1) in _OWNERS
