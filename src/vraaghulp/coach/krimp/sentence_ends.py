"""Where the sentences of a draft end, as a base class of ``tokens.Draft`` (which holds the tokens).

A sentence ends at '?', '!', '…', ';' or a full stop that is no abbreviation or list number, and at a
line break, unless the line break only continues a list or is a mail program's soft wrap. Chat without
marks ends a sentence before a word that clearly opens one ('… lek 😩 ik moet', '… langskomen Moet ni lang
zijn'). List items ('- brood' on a line of its own, '1) …, 2) …') are recognised here too.
"""

from __future__ import annotations


from .chatwords import initial
from .wrapped import NO_END_BEFORE_CAPITAL as _NO_END_BEFORE_CAPITAL, OPENERS as _OPENERS, soft_wrap

SENTENCE_END = {"?", "!", "\u2026"}
_END_OR_CLOSE = frozenset(SENTENCE_END | {".", ")"})  # built once, not for every mark (speed only)
# Place nouns a single letter names ('perron B', 'blok D', 'halte C'): that letter before a point is no initial.
PLACE_LETTER_NOUNS = frozenset({"perron", "spoor", "halte", "blok", "uitgang", "ingang", "lokaal", "zaal", "kamer", "gebouw",
                                "vleugel", "poort", "gate", "terminal", "hal", "verdieping", "toren", "paviljoen", "afdeling",
                                "parking", "sectie", "vak", "tribune", "trap", "deur", "pier", "dok", "kade", "loods"})
_SUBJECTS = frozenset({"je", "jij", "u", "ge", "gij", "ik", "we", "wij", "jullie", "iemand", "er", "het"})


class SentenceEnds:
    """The sentence cuts of a ``Draft``: reads its ``toks``, ``n``, ``text``, ``lex`` and ``tok_text``."""

    def _sentences(self) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        start = 0
        self._breaks = "\n" in self.text  # no line break anywhere: none between two tokens either (speed only)
        for i in range(self.n):
            if self._ends_sentence(i) or i + 1 == self.n:
                out.append((start, i + 1))
                start = i + 1
        return out

    def _ends_sentence(self, i: int) -> bool:
        t = self.toks[i].fold
        nxt = self.toks[i + 1] if i + 1 < self.n else None
        if nxt is None:
            return True
        end = t in SENTENCE_END or t == ";" or (t == "." and nxt.start > self.toks[i].end and not self.abbreviation(i - 1)
                                                 and not self.is_bullet(i - 1))
        if end and nxt.fold in _END_OR_CLOSE:
            return False  # "?!" and "..." end at their last mark; 'kaas (ni de light!), eieren' goes on
        newline = self._breaks and "\n" in self.text[self.toks[i].end: nxt.start]
        if newline and (self._list_continues(i) or self._soft_wrap(i)):
            return False
        return end or newline or self._unmarked_end(i)

    def _soft_wrap(self, i: int) -> bool:
        return soft_wrap(self, i)  # a mail program's line wrap (wrapped.py)

    def _unmarked_end(self, i: int) -> bool:
        """Chat without marks: an emoji before a word that opens a sentence ('… lek 😩 ik moet'), or
        a capitalised opener right after a lower-case word ('… langskomen Moet ni lang zijn')."""
        t = self.toks[i]
        if t.cls == "n":
            return i + 1 < self.n and self.opens(i + 1, capital=False)
        if t.cls != "w" or t.norm[-1] in _NO_END_BEFORE_CAPITAL:
            return False
        nxt = self.tok_text(i + 1)
        if not (nxt[:1].isupper() and nxt[1:2].islower() and self.opens(i + 1, capital=True)):
            return False
        if t.norm[-1] in self.lex.relations and self.tok_text(i)[:1].islower():
            return False  # 'voor tante Door', 'met oom Wim': a name after a relation word
        if self.tok_text(i)[:1].islower():
            return True
        # '… in het Gelre Het duurt …': after a name only a clear opener, never inside a name
        strong = self.toks[i + 1].norm[0] in ("ik", "het", "maar", "want", "dus", "we", "sorry", "alvast", "groetjes")
        return strong and t.norm[-1] not in self.lex.infix and t.norm[-1] not in self.lex.formal and i > 0

    def opens(self, i: int, *, capital: bool) -> bool:
        """Token i can open a sentence: a subject, a connective, an apology or greeting word, or a
        verb with its subject right after it ('Kunt ge', 'Moet ik', 'Kunde')."""
        if self.toks[i].cls != "w":
            return False
        norm = self.toks[i].norm
        if norm[0] in _OPENERS and (capital or norm[0] not in ("het", "mijn", "dat", "dan", "als", "ook", "nu")):
            return True
        lex = self.lex
        if capital and norm[0] not in lex.infix and (norm[0] in lex.not_verb or norm[0] in lex.moment_starts):
            return True  # '… neerleggen Met de migratie', '… gevonden Morgen komt …' (not 'De Vries')
        verb = norm[0] in lex.finite or norm[0] in lex.ik_verbs or norm[0] in lex.imperatives or norm[0] == "moet"
        if verb and len(norm) == 2:
            return True  # 'kunde' = 'kunt ge'
        after = self.toks[i + 1].norm[:1] if i + 1 < self.n else ()
        if verb and capital and after and not (after[0].endswith("en") and after[0] not in _SUBJECTS):
            return True  # 'Moet ni lang zijn', but not the name in 'kun je Wil bellen'
        return verb and bool(after) and after[0] in _SUBJECTS

    def abbreviation(self, i: int) -> bool:
        """'mevr.', 'geb.', an initial 'A.': the point does not end the sentence."""
        if i < 0:
            return False
        t = self.toks[i].fold
        raw = self.tok_text(i)
        if len(raw) == 1 and raw.isupper() and self._place_letter(i):
            return False
        return t in self.lex.abbreviations or (len(raw) == 1 and raw.isupper()) or initial(self, i)

    def _place_letter(self, i: int) -> bool:
        """'Ik sta op perron B. Kom me halen.': a single capital after a place noun ('perron B', 'blok D'), with a
        capitalised word after its point, ends the sentence; it is no initial (round 41, second review k41r2)."""
        return 0 < i and i + 2 < self.n and self.tok_text(i - 1) in PLACE_LETTER_NOUNS \
            and self.tok_text(i + 2)[:1].isupper()

    def _list_continues(self, i: int) -> bool:
        """A line break inside a list ("Kun je halen:\\n- brood\\n- melk") does not end it."""
        nxt = self.toks[i + 1].fold
        line_start = self.text.rfind("\n", 0, self.toks[i].start) + 1
        line = self.text[line_start: self.toks[i].end].strip()
        return nxt in self.lex.bullets and bool(line)  # a list belongs to the line before it

    def is_bullet(self, i: int) -> bool:
        """Token i starts a list item ('- brood' on a line of its own, or a number: '1) …, 2) …')."""
        if not 0 <= i < self.n:
            return False
        if self.tok_text(i).isdecimal():
            return self._numbered(i, 0)
        if self.tok_text(i) not in self.lex.bullets:
            return False
        return i == 0 or "\n" in self.text[self.toks[i - 1].end: self.toks[i].start]

    def _numbered(self, i: int, depth: int) -> bool:
        """'1. een traplift 2. huishoudelijke hulp', '1) …, 2) …', or '1 de camping' on its own line."""
        raw = self.tok_text(i)
        if len(raw) > 2 or depth > 20 or not raw.isdecimal():
            return False
        marked = i + 1 < self.n and self.tok_text(i + 1) in (".", ")")
        line_start = i == 0 or "\n" in self.text[self.toks[i - 1].end: self.toks[i].start]
        if not (marked or line_start) or i + 1 >= self.n:
            return False
        if raw == "1":
            after_colon = i > 0 and self.tok_text(i - 1) == ":"
            return (line_start or after_colon) and any(self.tok_text(k) == "2" and self._numbered(k, depth + 1)
                                                       for k in range(i + 2, min(self.n, i + 60)))
        previous = str(int(raw) - 1)
        return any(self.tok_text(k) == previous for k in range(max(0, i - 60), i)) and (
            marked or line_start) and self._numbered_before(i, previous, depth)

    def _numbered_before(self, i: int, previous: str, depth: int) -> bool:
        k = max(k for k in range(max(0, i - 60), i) if self.tok_text(k) == previous)
        if previous == "1":
            marked = self.tok_text(k + 1) in (".", ")")
            line_start = k == 0 or "\n" in self.text[self.toks[k - 1].end: self.toks[k].start]
            return (marked or line_start) and (line_start or (k > 0 and self.tok_text(k - 1) == ":"))
        return self._numbered(k, depth + 1)
