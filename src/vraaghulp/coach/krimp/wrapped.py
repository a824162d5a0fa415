"""A line end that is no sentence end: a long line a mail program broke mid-sentence.

'… notities van\\ndinsdag doorsturen', '… een kast\\nnaar de', '… kunnen\\novernemen': the next line
starts lower case and carries on the sentence. Not so where the line's question already has its
verb ('… helpen met de verhuizing\\nbeginnen om 9 uur', '… brengen\\nik sta tot zes uur op mijn
werk'): a chat writer's next message, or the writer's next sentence.
"""

from __future__ import annotations

__all__ = ["NO_END_BEFORE_CAPITAL", "OPENERS", "soft_wrap"]

# Words that open a new sentence in chat without marks (see Draft.opens).
OPENERS = frozenset({
    "ik", "we", "wij", "ze", "zij", "hij", "ge", "gij", "het", "mijn", "dat", "dan", "als", "ook", "nu",
    "maar", "want", "dus", "sorry", "excuses", "alvast", "groetjes", "groeten", "bedankt", "dank", "merci",
    "anders", "misschien", "hopelijk", "trouwens", "liefs", "xx", "x",
})
NO_END_BEFORE_CAPITAL = frozenset({"de", "het", "een", "en", "of", "van", "met", "voor", "aan", "bij", "naar", "op", "in", "mijn", "je", "jouw", "uw", "dat", "die"})

# A line at least this long that breaks mid-sentence was wrapped by a mail program, not by the writer.
_WRAP_WIDTH = 55
_MODAL_FORMS = frozenset({"kun", "kan", "kunt", "zou", "zoudt", "zouden", "wil", "wilt", "mag", "moogt", "kunde", "wilde"})
_ASKING = frozenset({"wie", "wat", "waar", "wanneer", "hoe", "waarom", "welke"})
# After these a word in -en is a noun ('de vuilnisbakken', 'twee kinderen'), not the verb.
_NOUN_BEFORE = frozenset({"de", "het", "een", "mijn", "m'n", "mn", "je", "jouw", "uw", "zijn", "haar", "onze", "ons", "hun",
                          "die", "deze", "dit", "dat", "alle", "twee", "drie", "vier", "paar", "wat", "veel"})


def soft_wrap(d, i: int) -> bool:
    """The line end after token i is a mail program's wrap: the sentence goes on on the next line."""
    line_start = d.text.rfind("\n", 0, d.toks[i].start) + 1
    if d.toks[i].end - line_start < _WRAP_WIDTH or d.toks[i].cls == "n":
        return False
    raw, last = d.tok_text(i + 1), d.toks[i].fold
    if not (raw[:1].islower() or raw[:1].isdigit()) or d.toks[i + 1].fold in d.lex.bullets:
        return False
    if d.toks[i].cls == "p":
        return last == ","
    nxt = d.toks[i + 1].fold
    if d._mail:  # '… de laatste\nweken echt vol': sentences there start with a capital
        return not (nxt in OPENERS and _infinitive(d, i) and last not in d.lex.modal_inf)
    if raw in _ASKING:
        return False  # '… ziet er goe uit\nwie kan zaterdag …': a question of its own
    if last in NO_END_BEFORE_CAPITAL or last in d.lex.prepositions or last in ("om", "te"):
        return True
    return _verb_awaited(d, line_start, i) and _infinitive(d, i + 1, across=True) and nxt not in OPENERS  # '… kunnen\novernemen'


def _infinitive(d, k: int, across: bool = False) -> bool:
    """Token k can be an infinitive: in -en, no known noun or filler ('misschien'), not after an article
    on the same line ('de vuilnisbakken'; across a wrap, '… deze drie\nrapporten' is let through)."""
    w, lex = d.toks[k].fold, d.lex
    if k and not across and d.toks[k - 1].fold in _NOUN_BEFORE:
        return False
    return len(w) >= 5 and w.endswith("en") and w not in lex.not_infinitive and w not in lex.fillers and w not in lex.not_verb


def _verb_awaited(d, line_start: int, i: int) -> bool:
    """The line up to token i holds no infinitive after its last modal ('… kunnen', 'kun je'): its
    clause still waits for its verb."""
    k = i
    while k >= 0 and d.toks[k].start >= line_start:
        w = d.toks[k].fold
        if w in d.lex.modal_inf or w in _MODAL_FORMS:
            return True
        if d.toks[k].cls in ("w", "k") and _infinitive(d, k):
            return False
        k -= 1
    return True
