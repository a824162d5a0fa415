"""The verb that closes a subordinate clause is no new clause.

'kun je kijken of het glas gebroken is': 'gebroken' ends in -en like an infinitive, but it is a
participle, and 'is' closes the clause 'of het glas gebroken is'. Cut before 'is', the request
lost its verb ('… of het glas gebroken?'). A form of 'zijn', 'hebben' or 'worden' after a clause
opened with of/dat/als/omdat/wanneer/hoe … that has no verb yet stays in that clause; so does one
after a relative 'die'/'dat' whose clause is only a participle ('de vaas … die gebroken is').
"""

from __future__ import annotations

# The finite forms of the auxiliaries of the perfect and the passive.
AUXILIARIES = frozenset({"is", "zijn", "was", "waren", "ben", "bent", "zijt", "heeft", "hebben", "had", "hadden",
                         "hebt", "heb", "wordt", "worden", "werd", "werden"})
# Words that open a clause with its verb at the end ('of', 'omdat', Flemish 'da' and 'moest').
_OPENERS = frozenset({"of", "dat", "da", "als", "omdat", "zodat", "voordat", "nadat", "wanneer", "waar", "waarom",
                      "hoe", "terwijl", "totdat", "tot", "zodra", "zolang", "sinds", "hoewel", "tenzij", "alsof",
                      "moest", "mocht", "wat", "wie", "welke", "waarmee", "waarvoor", "waarover", "waarin"})
_RELATIVES = frozenset({"die", "dat", "da", "wat"})
# The words a subject (in the third person too) starts with: 'of het glas', 'of hij', 'of mijn pakje'.
_SUBJECT_STARTS = frozenset({"het", "'t", "hij", "ze", "zij", "er", "de", "die", "dit", "deze", "dat", "mijn", "m'n",
                             "mn", "zijn", "haar", "ons", "onze", "hun", "uw", "jouw", "je", "men", "iemand", "alles",
                             "iets", "niets", "niks", "alle", "iedereen", "ik", "'k", "k", "we", "wij", "ge", "gij",
                             "jij", "u", "jullie"})
_HOW = frozenset({"laat", "lang", "vaak", "veel", "ver", "snel"})
_PREFIXES = ("ge", "be", "ver", "ont", "her", "er")


def participle_shape(lex, w: str) -> bool:
    """'gebroken', 'vertrokken', 'thuisgekomen', 'dichtgevallen': -en after an unstressed prefix
    (a particle in front allowed). 'geven', 'betalen' look the same; callers ask more of the clause."""
    if len(w) <= 5 or not w.endswith(("en", "aan")):  # 'uitgegaan', 'gedaan' too
        return False
    core = next((w[len(p):] for p in sorted(lex.particles, key=len, reverse=True)
                 if len(p) >= 2 and w.startswith(p) and w[len(p):].startswith("ge") and len(w) > len(p) + 5), w)
    return core.startswith(_PREFIXES) and len(core) > 5


def closes_open_clause(d, lo: int, end: int, verb: str, finite_like) -> bool:
    """The auxiliary `verb` right after token end-1 closes a clause opened in lo..end-1 that has no
    finite verb yet ('… of het glas gebroken | is', '… wanneer het pakket verzonden | werd')."""
    if verb not in AUXILIARIES:
        return False
    lex = d.lex
    for k in range(lo, end - 1):
        w = d.word(k)
        if w not in _OPENERS and w not in _RELATIVES and w != "die":
            continue
        inside = [d.word(j) for j in range(k + 1, end) if d.is_word(j)]
        if w == "hoe" and inside[:1] and inside[0] in _HOW:
            inside = inside[1:]  # 'hoe laat hij vertrokken is': 'laat' is no verb here
        if not inside or any(finite_like(lex, x) and x not in AUXILIARIES for x in inside[:-1]):
            continue
        if any(x in AUXILIARIES and x != "zijn" for x in inside[:-1]):
            continue  # the clause has its verb already ('of het gebroken is | was …')
        subject = any(x in _SUBJECT_STARTS or x in lex.subjects for x in inside[:3]) or any(
            d.tok_text(j)[:1].isupper() for j in range(k + 1, min(end, k + 3)) if d.is_word(j))
        if w in _OPENERS and w not in _RELATIVES and (subject or 2 <= len(inside) <= 4 and participle_shape(lex, inside[-1])):
            return True  # 'of oma gevallen | is': a noun without article before the participle
        if w in ("dat", "da") and inside[0] in _SUBJECT_STARTS:
            return True  # 'dat het pakket verzonden is', not 'dat pakket ophalen'
        if (w in _RELATIVES or w == "die") and participle_shape(lex, inside[-1]) and len(inside) <= 4:
            return True  # 'de vaas … die gebroken is', 'het pakket dat gisteren verzonden is'
    return False
