"""A draft cut into tokens, with normalised words to match phrases against.

Every token keeps its place in the draft, so whatever the engine keeps is shown in the
person's own spelling, and what it drops maps back to character spans. For matching, each
word token gets one or more *normalised words* (chat spelling undone: ``'k`` -> ``ik``,
``ff`` -> ``even``, ``kzou`` -> ``ik zou``); a *view* is a row of those words joined by single
spaces. The full view has them all; the core view leaves out filler words (``echt``,
``heel``, ``misschien`` …) so that "ik wou je echt even vragen of" matches "ik wou je vragen of".
Where the sentences end (and what a list item is) is read by ``SentenceEnds`` in
sentence_ends.py, the base class of ``Draft``.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
import unicodedata
from dataclasses import dataclass, field

from vraaghulp.coach.text import ESCAPE_PATTERN, fold_same_length

from .chat_infinitive import read_chat_infinitives
from .first_person import read_first_person, read_second_person
from .dialect_ask import read_dialect_ask
from .chatwords import stretched_greeting
from .phrases import Guard, PhraseList
from .sentence_ends import SentenceEnds
from .typos import typo_of
from .memo import ByIdentity, per_lex, per_text

MAX_CHARS = 12_000
MAX_TOKENS = 2_500

TOKEN = re.compile(
    r"""
      (?:[^\W\d_]\.){2,}                               # abbreviations: a.s. o.a.
    | (?<![^\s(\[])[!?](?=[^\W_]*\d)[^\W_][\w\-]*      # a mark opening a code is no sentence end: !312, ?id4
    | \d+(?:[.:,/\-]\d+)*(?:[^\W\d_]+\d*)?(?:-[^\W\d_]{1,4}(?![\w\-]))?  # numbers, times, dates: 8.30 20:00 15u 8u30; 23-II
    | '[stnk](?![^\W_])                                # 's avonds, 't, 'n, 'k
    | [^\W_][\w\u0300-\u036f]*(?:['\u2019\-][^\W_][\w\u0300-\u036f]*)*   # words: zo'n e-mail m'n
    | \S                                               # any other single character
    """,
    re.X,
)
_MAIL_LINE = re.compile(r"[.?!,:;][ \t]*\n")
_CAPITAL_AFTER = re.compile(r"[.?!]\s+[A-Z]")
_LOWER_AFTER = re.compile(r"[.?!]\s+[a-z]")
_KEEP_SYMBOLS = set("%&@#+=\u20ac$\u00a3")
_REPEATS = re.compile(r"([^\W\d_])\1{2,}")
_PLEASE = re.compile(r"pl+(?:[eiy]+[aeiy]*[sz]+e*|[sz]+)")  # never 'plas', 'plek', 'plezier'
# Terminal escape sequences are not words: blanked (same length) before the draft is read.
_ESCAPES = re.compile(ESCAPE_PATTERN)


def token_class(tok: str) -> str:
    """'w' word, 'k' kept symbol (amounts), 'p' punctuation, 'n' noise (emoji and the like)."""
    if any(c.isalnum() for c in tok):
        return "w"
    ch = tok[0]
    if ch in _KEEP_SYMBOLS or unicodedata.category(ch) in ("Sc", "Sm"):
        return "k"
    if unicodedata.category(ch).startswith("P"):
        return "p"
    return "n"


@dataclass(frozen=True)
class Tok:
    start: int
    end: int
    fold: str  # lower case, no accents, straight quotes
    cls: str
    norm: tuple[str, ...]  # normalised words (empty for noise)


@dataclass(frozen=True)
class View:
    text: str
    units: tuple[int, ...]  # unit index for each word of the view
    offsets: tuple[int, ...]  # start of each word in text
    index: dict  # word -> positions (k) in the view
    words: tuple[str, ...] = ()  # the view's words, in order
    vocab: frozenset[str] = frozenset()  # the view's words as a set (the index's keys)
    follow: dict = field(default_factory=dict, compare=False)  # word -> the word after it -> places (_by_next_word)


def normalise_word(word: str, replace: dict[str, str], ik_verbs: frozenset[str]) -> tuple[str, ...]:
    if len(word) > 2 and len(set(word)) < len(word):
        word = _REPEATS.sub(r"\1\1", word)
    if word in replace:
        return tuple(replace[word].split())
    if _PLEASE.fullmatch(word):
        return ("pls",)  # 'pliesss', 'plzz', 'pleaseee': chat spelling of 'please', loose like 'pls'
    if greeting := stretched_greeting(word):  # 'heej', 'jooo' (chatwords.py)
        return (greeting,)
    if word.startswith("k") and word[1:] in ik_verbs:
        return ("ik", word[1:])
    if word.startswith("'k") and word[2:] in ik_verbs:
        return ("ik", word[2:])
    clitic = _CLITIC.fullmatch(word)  # "ge't", "kheb't", "wa'k": Flemish chat glues 't and 'k to the word before
    if clitic:
        return (*normalise_word(clitic[1], replace, ik_verbs), _CLITICS[clitic[2]])
    return (word,)


_CLITIC = re.compile(r"([^\W\d_]{1,8})['\u2019]([tk])")
_CLITICS = {"t": "het", "k": "ik"}


_class_of = functools.lru_cache(maxsize=50_000)(token_class)  # a pure function of the token, worked out once (round 28)


def read_word(lex, f: str) -> tuple[str, ...]:
    """The normalised words of one word token, worked out once per word (memo.py)."""
    known = per_lex(lex, "word")
    norm = known.get(f)
    if norm is None:
        norm = normalise_word(f, lex.spelling, lex.ik_verbs)
        if len(norm) == 1 and norm[0] == f and len(f) >= 5:
            norm = (typo_of(lex, f) or f,)  # 'mischien', 'exuses': still a hedge, an apology
        known[f] = norm
    return norm


_NEW = object.__new__


def _tokens(folded: str, lex) -> tuple[list[Tok], int]:
    """The tokens of the folded draft, and where the draft is cut (at MAX_TOKENS tokens)."""
    toks: list[Tok] = []
    known = per_lex(lex, "token")  # per token text its class and words, worked out once (speed only, round 38)
    # Each Tok made without the frozen dataclass's five checked assignments, and without a call per token (a draft
    # has hundreds of tokens; speed only, rounds 36-37: the same object).
    new, kind = _NEW, Tok
    for m in TOKEN.finditer(folded):
        if len(toks) >= MAX_TOKENS:
            return toks, m.start()
        f = m.group(0)
        start, end = m.span()
        read = known.get(f)
        if read is None:
            cls = _class_of(f)
            read = known[f] = (cls, read_word(lex, f) if cls == "w" else (f,) if cls in ("k", "p") else ())
        cls, norm = read
        if f == "t" and cls == "w" and folded[end:end + 1] == "/":
            norm = (f,)  # the 't' of 't/m' is no chat 't'
        tok = new(kind)
        tok.__dict__.update(start=start, end=end, fold=f, cls=cls, norm=norm)
        toks.append(tok)
    return toks, len(folded)


def read(draft: str, lex) -> Draft:
    """The Draft of a text, read once: the engine, summed.py and kept_ask.py each read the draft and the result
    (a Draft is never changed after it is read; what is worked out on it later is kept on it, the same for all)."""
    return _read(draft, ByIdentity(lex))


@per_text(size=8)
def _read(draft: str, lex: ByIdentity) -> Draft:
    return Draft(draft, lex.obj)


class Draft(SentenceEnds):
    """The tokens of a draft and the views to match phrases on."""

    def __init__(self, draft: str, lex) -> None:
        self.lex = lex
        self.original = draft
        text = draft[:MAX_CHARS]
        folded = fold_same_length(_ESCAPES.sub(lambda m: " " * len(m.group(0)), text))  # before folding: an A with accent is no A
        toks, cut = _tokens(folded, lex)
        text, folded = text[:cut], folded[:cut]
        read_chat_infinitives(toks)  # 'kunne hale': 'hale' read as 'halen'
        read_first_person(toks)  # "'k zitte vol": 'zitte' read as 'zit'
        read_second_person(toks)  # 'kins se': 'se' read as 'je'
        read_dialect_ask(toks)  # 'zol ie', 'zous te': read as 'zou je' (dialect_ask.py)
        self.text = text
        self.toks = toks
        self.n = len(toks)
        self._first = [t.norm[0] if t.norm else "" for t in toks]  # word(i), worked out once (round 28)
        self._wordlike = [t.cls in ("w", "k") for t in toks]  # is_word(i)
        self._texts = [text[t.start: t.end] for t in toks]  # tok_text(i)
        self._word_at = [i for i, wordlike in enumerate(self._wordlike) if wordlike]  # content(a, b)
        self._words_before = list(itertools.accumulate(self._wordlike, initial=0))  # content: word tokens before i
        self.starts = [t.start for t in toks]
        self._fast_lookups()
        units: list[str] = []
        unit_tok: list[int] = []
        for i, t in enumerate(toks):
            for w in t.norm:
                units.append(w)
                unit_tok.append(i)
        self.units = units
        self.unit_tok = unit_tok
        self.full = self._view(range(len(units)))
        self._found = {(id(lex.lists["afzwakker"]), False): self.find(lex.lists["afzwakker"], core=False)}
        hedged_toks = {i for i0, i1 in self._found[(id(lex.lists["afzwakker"]), False)] if i1 - i0 > 1 for i in range(i0, i1)}
        hedged = {u for u, i in enumerate(unit_tok) if i in hedged_toks}  # 'eerlijk gezegd': out of the core view
        fillers = lex.fillers
        self.core = self._view([u for u, w in enumerate(units) if w not in fillers and u not in hedged])
        # Lines that end in a mark, sentences that start with a capital: a line end alone is no sentence end.
        self._mail = bool(_MAIL_LINE.search(text)) and bool(_CAPITAL_AFTER.search(text)) and not _LOWER_AFTER.search(text)
        self.sentences = self._sentences()
        self._sent_of = [k for k, (a, b) in enumerate(self.sentences) for _ in range(a, b)]

    # ------------------------------------------------------------------ basics
    def _fast_lookups(self) -> None:
        """word, words, tok_text and is_word are asked tens of thousands of times a draft: each is bound here to a
        lookup of a list or set built once, which answers without a Python call (round 36, k36s: speed only; the
        same answers, a negative index included). The methods below say what each gives."""
        self.word = self._first.__getitem__
        self.words = [t.norm for t in self.toks].__getitem__
        self.tok_text = self._texts.__getitem__
        self.is_word = frozenset(self._word_at).__contains__

    def sentences_of(self, i: int) -> int:
        return self._sent_of[i] if 0 <= i < len(self._sent_of) else -1

    def word(self, i: int) -> str:
        """The first normalised word of token i ("" for noise)."""
        return self._first[i]

    def words(self, i: int) -> tuple[str, ...]:
        return self.toks[i].norm

    def raw(self, i0: int, i1: int) -> str:
        """The person's own words for tokens i0..i1-1, on one line."""
        if i0 >= i1:
            return ""
        # every run of white space one space, none at the ends: what re.sub(r"\s+", " ", …).strip() gave, without a
        # replacement for every space of a long stretch (str.split and \s read white space alike; round 37)
        return " ".join(self.text[self.toks[i0].start: self.toks[i1 - 1].end].split())

    def tok_text(self, i: int) -> str:
        return self._texts[i]

    def gap(self, i: int) -> str:
        """The text between token i-1 and token i."""
        if i <= 0 or i >= self.n:
            return ""
        return self.text[self.toks[i - 1].end: self.toks[i].start]

    def is_word(self, i: int) -> bool:
        return 0 <= i < self.n and self._wordlike[i]

    def content(self, a: int, b: int) -> list[int]:
        """The word tokens of a..b-1 (a cut of the draft's word positions; a range past either end as a list would
        read it)."""
        if a < 0 or b > self.n:
            wordlike = self._wordlike
            return [i for i in range(a, b) if wordlike[i]]
        before = self._words_before  # where a and b fall among the word positions (a bisection of them, looked up)
        return self._word_at[before[a]: before[b]]

    # ------------------------------------------------------------------ views
    def _view(self, kept) -> View:
        """The view of the units `kept` (their numbers, in order)."""
        all_units = self.units
        parts = [all_units[u] for u in kept]
        # where each word starts in the joined text: the lengths before it and one space after each (read in C)
        offsets = map(operator.add, itertools.accumulate(map(len, parts), initial=0), range(len(parts)))
        index: dict[str, list[int]] = {}
        for k, w in enumerate(parts):
            known = index.get(w)
            if known is None:
                index[w] = [k]
            else:
                known.append(k)
        return View(" ".join(parts), tuple(kept), tuple(offsets), index, tuple(parts), frozenset(index))

    def find(self, plist: PhraseList, *, core: bool = True) -> list[tuple[int, int]]:
        """Token ranges (i0, i1) where a phrase of the list matches, sorted.

        core: also match the list's filler-free phrases on the core view.
        """
        found = set(self._find_in(self.full, plist.full))
        if core:
            found.update(self._find_in(self.core, plist.core))
        return sorted(found)

    def _find_in(self, view: View, patterns) -> list[tuple[int, int]]:
        """Try the phrases at every word of the view where one can start (overlaps included)."""
        found: list[tuple[int, int]] = []
        text, offsets, index = view.text, view.offsets, view.index
        held: dict[int, bool] = {}  # a group tried at every word: whether the view holds what one of its phrases needs
        for ks, tried in patterns.starting(index, view.vocab):
            nexts = None
            for branches, guard, needs in tried:
                if needs is not None:
                    live = held.get(id(branches))
                    if live is None:
                        live = held[id(branches)] = any(n <= index.keys() for n in needs)
                    if not live:
                        continue
                if nexts is None:
                    nexts = _by_next_word(view, ks)
                for s, e in branches.spans(text, offsets, nexts):  # the phrases that go on with the next word
                    if guard is None or self._guard_ok(view, s, e, guard):
                        found.append(self._tok_range(view, s, e))
        return found

    def find_regex(self, rx, *, core: bool = False) -> list[tuple[int, int]]:
        """Token ranges where a compiled regex matches the view, sorted."""
        view = self.core if core else self.full
        return sorted({self._tok_range(view, m.start(), m.end()) for m in rx.finditer(view.text)})

    def find_at(self, plist: PhraseList, i: int, *, core: bool = True) -> int | None:
        """The end token of the longest phrase of the list that starts at token i."""
        ends = [i1 for i0, i1 in self.find_cached(plist, core) if i0 == i]
        return max(ends) if ends else None

    def find_cached(self, plist: PhraseList, core: bool = True) -> list[tuple[int, int]]:
        key = (id(plist), core)
        found = self._found.get(key)  # set in __init__
        if found is None:
            found = self._found[key] = self.find(plist, core=core)
        return found

    def _tok_range(self, view: View, s: int, e: int) -> tuple[int, int]:
        k0 = bisect.bisect_left(view.offsets, s)
        k1 = bisect.bisect_left(view.offsets, e) - 1
        t0 = self.unit_tok[view.units[k0]]
        t1 = self.unit_tok[view.units[max(k0, k1)]] + 1
        return t0, t1

    def _guard_ok(self, view: View, s: int, e: int, guard: Guard) -> bool:
        before = view.text[:s].split()[-2:]
        after = view.text[e:].split()[:5]
        for w in guard.not_after:
            n = len(w.split())
            if before[-n:] == w.split():
                return False
        for w in guard.not_before:
            n = len(w.split())
            if after[:n] == w.split():
                return False
        if guard.before_verb and after:
            nxt = after[0]
            if nxt[:1].isalnum() and not _verb_like(nxt) and not _adverbial_then_verb(after):
                return False
        return True


def _by_next_word(view: View, ks: list[int]) -> dict[str, list[int]]:
    """The places ks of one word of the view by the word after each ("" at the view's end), worked out once per view
    and word: every phrase list that can start with the word asks it (speed only)."""
    words = view.words
    known = view.follow.get(words[ks[0]])
    if known is None:
        known = view.follow[words[ks[0]]] = {}
        last = len(words) - 1
        for k in ks:
            following = words[k + 1] if k < last else ""
            at = known.get(following)
            if at is None:
                known[following] = [k]
            else:
                at.append(k)
    return known


def _verb_like(word: str) -> bool:
    return word.endswith("en") and word != "een"


# 'een beetje op hem letten', 'een beetje extra opletten': a hedge before a verb with a phrase between;
# never 'van' ('een beetje van je suiker lenen' is an amount) nor a noun ('een beetje geld lenen').
_BETWEEN = frozenset({"op", "mee", "bij", "aan", "met", "naar", "extra", "rekening", "voor", "in"})


# Verbs that take 'een beetje' as their object: 'een beetje voor mij bewaren', 'een beetje aan oma geven'
# say how much, never how hard ('een beetje op hem letten').
_TAKES_AMOUNT = frozenset({
    "bewaren", "geven", "overlaten", "leggen", "zetten", "doen", "brengen", "sturen", "meenemen", "lenen",
    "houden", "meegeven", "afgeven", "schenken", "gieten", "strooien", "uitdelen", "betalen", "opsturen",
    "opzijleggen", "wegleggen", "invriezen", "opwarmen", "missen", "scheppen", "opscheppen",
    "doorgeven", "toestoppen", "verkopen", "halen", "ophalen", "kopen", "meebrengen", "overmaken", "storten",
})


def _adverbial_then_verb(after: list[str]) -> bool:
    if after[0] not in _BETWEEN:
        return False
    verbs = [w for w in after[1:4] if _verb_like(w)]
    if not verbs or verbs[0] in _TAKES_AMOUNT:
        return False
    return not any(w[:1].isdigit() or w in ("euro", "van") for w in after)
