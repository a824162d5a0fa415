"""A crisis draft's line the writer says of themself without 'ik' is no question to the reader (round 40, k40r2).

'hoi tom\\nwil mezelf iets aandoen', 'kan niet meer\\nwil er een eind aan maken', 'ik trek het niet meer gast\\nwil dood':
the verb in front reads as a question with a noun for its subject ('mezelf', 'er', 'dood'), and the offer asked the
writer's own wish back ('Tom, wil mezelf iets aandoen?'). In a crisis draft such a line, without '?' and without a
word for the reader in it (je, jij, u, ge, gij, jullie …), is the writer speaking: no request, so the ready ask with
the writer's words follows (crisis_own.py), as for a subjectless wish with 'er' and a negation (p39-038,
verbs._er_without_subject). A line that names the reader or is closed with '?', or whose verb has a noun subject of
its own ('kan mijn zus komen', 'mag Tom …'), is asked as before.
"""

from __future__ import annotations

from .segment import head

# A noun subject of its own after the verb ('kan mijn zus komen', 'mag de hond bij jou'): someone asked about, kept.
_OWNED = frozenset({"de", "het", "een", "die", "dat", "deze", "dit", "mijn", "m'n", "mn", "zijn", "z'n", "haar", "hun", "onze",
                    "ons", "iemand"})
_READER = frozenset({"je", "jij", "jou", "jouw", "u", "uw", "ge", "gij", "gie", "jullie", "julle", "ulle"})
# The line must itself carry the writer's wish: 'kan mama komen', 'kan tom vanavond bij me blijven' (a lower-case name
# or family word after the verb) are asks about someone close and stay asked (round 40, second review).
_WISH = frozenset({"mezelf", "mijzelf", "mzelf", "dood", "eind", "einde", "leven", "aandoen", "zelfmoord", "verdwijnen",
                   "slapen", "wakker"})


def asked(an, groups: list[list]) -> list[list]:
    """The request groups of a crisis draft without the lines of the writer speaking (see the module docstring)."""
    return [g for g in groups if not _writer_speaking(an, head(g))]


def _writer_speaking(an, c) -> bool:
    lead = getattr(c, "lead", None)
    if c.kind != "direct" or lead is None or not lead.subject.startswith("np"):
        return False
    d = an.d
    nxt = lead.verb + 1
    if nxt < d.n and d.is_word(nxt) and (d.word(nxt) in _OWNED or d.tok_text(nxt)[:1].isupper()):
        return False
    start, end = d.sentences[d.sentences_of(c.a)]
    if any(d.tok_text(i) == "?" for i in range(start, min(end + 1, d.n))):
        return False
    words = [w for i in range(start, min(end, d.n)) if d.is_word(i) for w in d.words(i)]
    return not _READER.intersection(words) and bool(_WISH.intersection(words))
