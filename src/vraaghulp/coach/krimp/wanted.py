"""When no request is found: which sentences the not-sure result still offers.

The engine found no request it could rewrite ("geen-vraag"), so it offers the person's own words,
not sure. Offering every sentence of content gave the whole message back, news and reasons
included ('Ik heb al foto's gestuurd op 3 mei …', 'de koffieautomaat is eindelijk gemaakt'), far
longer than what the person would send. When some sentence says what the writer wants, only
those sentences stay, with what belongs to them:

- a sentence says what the writer wants when a clause in it holds a wish or need word ('wil',
  'graag', 'gelieve', 'nodig', 'mag'), is 'ik zou …' ('kzou morgen later beginnen'), turns to the
  reader with a verb in front ('pakt ge voor mij mee: …'), or closes with a question mark;
- in such a sentence a reason clause ('want ik werk tot 15u30', 'omdat …') goes;
- a limit ('Alleen na 16u.'), a list that follows it (items on their own lines, after a colon, or
  pieces without a verb of their own) and a condition right after it that does not accept a no
  ('anders krijgen we weer een boete', not 'als het niet lukt, geen probleem') stay;
- the honest sentence is chosen as always (engine.py), apart from this.

When no sentence says what the writer wants, every sentence of content stays, as before.
"""

from __future__ import annotations

from .extras import question_after
from .ownverb import own_verb
from .safe import accepts_no

_WISH = frozenset({"wil", "wilt", "wou", "graag", "gelieve", "nodig", "mag", "moogt"})
_ME = frozenset({"ik", "k", "'k"})
_READER = frozenset({"je", "jij", "u", "ge", "gij", "jullie"})


def wanted(an, content: list) -> list:
    """The clauses of content (in draft order) the not-sure result offers."""
    d = an.d
    wish = {c.sent for c in content if _wants(an, c)}
    if not wish:
        return content
    out = []
    for c in content:
        if c.sent in wish:
            if not (c.start >= 0 and d.word(c.start) in d.lex.reasons):
                out.append(c)
        elif _belongs(an, c, out):
            out.append(c)
    return out


def _wants(an, c) -> bool:
    """The clause says what the writer wants (see the module docstring)."""
    d = an.d
    toks = d.content(c.a, c.b)
    words = [w for i in toks for w in d.words(i)]
    if set(words) & _WISH or ("zou" in words and set(words[:3]) & _ME):
        return True
    if len(words) > 1 and words[1] in _READER and words[0].isalpha() and words[0] not in d.lex.subordinators \
            and words[0] not in d.lex.prepositions and words[0] not in d.lex.subjects:
        return True  # a verb in front, then the reader: 'pakt ge voor mij mee: …', without a question mark
    return question_after(an, c)


def _belongs(an, c, kept: list) -> bool:
    """A limit ('Alleen na 16u'), or right after what is kept: a list item, a piece without a verb of
    its own (the list again once shrunk to one line: '… opruimen? Afwas in de keuken - schoenen uit
    de gang.'), or a condition that does not accept a no ('Anders krijgen we een boete', not 'Als
    het niet lukt, 't is ook goed')."""
    if c.role == "beperking":
        return True
    if not kept or kept[-1].sent not in (c.sent, c.sent - 1):
        return False
    d = an.d
    listed = d.is_bullet(c.a) or d.is_bullet(c.a - 1) or any(d.tok_text(i) == ":" for i in range(kept[-1].b, c.a))
    return listed or not own_verb(an, c) or (c.role == "voorwaarde" and not accepts_no(an, c))
