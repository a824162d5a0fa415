"""Shrink a Dutch draft ask to one clear question ("krimp").

Pure functions. The only I/O is reading the word lists and explanations in
``content/nl/krimp.toml`` once (cached). Everything works on a *folded* copy of the draft
(lower case, accents stripped, curly quotes made straight) that has exactly the same length
as the draft, so every match maps back to the user's own words and character positions.

The pipeline, in short:

1. tokenise the draft (words, numbers, punctuation, emoji) and find every phrase from the
   content lists (apologies, burden phrases, escape hatches, hedges, preambles, vague words,
   request openers, moments);
2. split into sentences and then into small clauses (at commas, "maar", "als", a new
   request opener ...) and give every clause a role: wrapper, request, extra request,
   greeting, context;
3. keep the main request clause, strip what is left of wrappers and hedges inside it, turn
   indirect forms ("ik vroeg me af of je ... kunt ...", "zou het mogelijk zijn om ... te ...")
   into a direct question, keep the addressee's name and pull a moment in from the context
   when the request itself has none;
4. report what was dropped and what is still missing.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from vraaghulp.content import load_toml

__all__ = ["Finding", "Shrunk", "shrink", "with_answers", "compose", "KINDS", "MISSING"]

KINDS = (
    "excuus",
    "last",
    "uitweg",
    "afzwakker",
    "aanloop",
    "meer-vragen",
    "geen-moment",
    "vaag",
    "te-lang",
    "goed",
)
MISSING = ("wat", "wanneer", "hoe-lang")

# Work limits: a draft is a message, not a book. Beyond these the rest counts as dropped.
MAX_CHARS = 12_000
MAX_TOKENS = 2_500
_FIXPOINT_ROUNDS = 4


@dataclass(frozen=True)
class Finding:
    """One remark on the draft.

    kind: one of KINDS. text: the draft's own words it is about ("" when it is about something
    missing; two separated words are joined with " … ", as in "zou … kunnen").
    explanation: a short Dutch explanation from content/nl/krimp.toml.
    """

    kind: str
    text: str
    explanation: str


@dataclass(frozen=True)
class Shrunk:
    sentence: str
    findings: tuple[Finding, ...]
    dropped: tuple[tuple[int, int], ...]
    missing: tuple[str, ...]


# --------------------------------------------------------------------------- folding

_QUOTES = {
    "\u2019": "'", "\u2018": "'", "\u201b": "'", "`": "'", "\u00b4": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u00a0": " ", "\u2009": " ", "\u202f": " ",
}


@lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    if ch in _QUOTES:
        return _QUOTES[ch]
    low = ch.lower()
    if len(low) != 1:
        low = ch
    base = unicodedata.normalize("NFD", low)[0]
    return base if len(base) == 1 else low


def _fold(text: str) -> str:
    """Same length as text: lower case, no accents, straight quotes."""
    return "".join(map(_fold_char, text))


def _fold_phrase(text: str) -> str:
    return re.sub(r"\s+", " ", _fold(text)).strip()


# --------------------------------------------------------------------------- tokens

_TOKEN = re.compile(
    r"""
      (?:[^\W\d_]\.){2,}                           # abbreviations: a.s. o.a.
    | \d+(?:[.:,/\-]\d+)*[^\W_]*                   # numbers, times, dates: 8.30 20:00 15u 12/3 3e
    | '[stn](?![\w])                               # 's avonds, 't, 'n
    | [\w\u0300-\u036f]+(?:['\-][\w\u0300-\u036f]+)*   # words: zo'n e-mail
    | \S                                           # any other single character
    """,
    re.X,
)

_SENTENCE_END = {"?", "!", "\u2026"}
_KEEP_SYMBOLS = set("%&@#+=\u20ac$\u00a3")


def _token_class(tok: str) -> str:
    """'w' word, 'k' kept symbol (amounts), 'p' punctuation/separator, 'n' noise (emoji...)."""
    if any(c.isalnum() for c in tok):
        return "w"
    ch = tok[0]
    if ch in _KEEP_SYMBOLS:
        return "k"
    cat = unicodedata.category(ch)
    if cat in ("Sc", "Sm"):
        return "k"
    if cat.startswith("P"):
        return "p"
    return "n"


# --------------------------------------------------------------------------- lexicon

def _piece(word: str) -> str:
    if word.endswith("*") and len(word) > 1:
        return re.escape(word[:-1]) + r"[\w'\-]*"
    return re.escape(word)


def _alt(options: str) -> str:
    alts = []
    for opt in options.split("|"):
        words = _fold_phrase(opt).split()
        if words:
            alts.append(r"\s+".join(_piece(w) for w in words))
    return "(?:" + "|".join(alts) + ")" if alts else ""


def _phrase_regex(phrase: str) -> str:
    """Compile the small phrase syntax of krimp.toml to a regex (without boundaries)."""
    parts = re.findall(r"\[[^\]]*\]|\([^)]*\)|\S+", phrase.strip())
    out = ""
    first = True
    for part in parts:
        optional = part.startswith("(") and part.endswith(")")
        if part[0] in "[(" and part[-1] in "])":
            body = _alt(part[1:-1])
        else:
            body = _alt(part)
        if not body:
            continue
        if optional:
            out += f"(?:{body}\\s+)?" if first else f"(?:\\s+{body})?"
            # an optional first part leaves the next part as "first" for spacing purposes
            continue
        out += body if first else r"\s+" + body
        first = False
    return out


def _bounded(inner: str) -> str:
    return r"(?<!\w)(?:" + inner + r")(?!\w)"


def _compile_list(entries: list[Any]) -> tuple[re.Pattern[str] | None, list[tuple[re.Pattern[str], dict]]]:
    plain: list[str] = []
    guarded: list[tuple[re.Pattern[str], dict]] = []
    for entry in entries or []:
        if isinstance(entry, dict):
            rx = _phrase_regex(str(entry.get("zin", "")))
            if rx:
                guard = {
                    "niet_na": [_fold_phrase(x) for x in entry.get("niet_na", [])],
                    "niet_voor": [_fold_phrase(x) for x in entry.get("niet_voor", [])],
                    "voor_werkwoord": bool(entry.get("voor_werkwoord", False)),
                }
                guarded.append((re.compile(_bounded(rx)), guard))
        else:
            rx = _phrase_regex(str(entry))
            if rx:
                plain.append(rx)
    plain.sort(key=len, reverse=True)
    big = re.compile(_bounded("|".join(plain))) if plain else None
    return big, guarded


def _words(values: Any) -> frozenset[str]:
    return frozenset(_fold_phrase(str(v)) for v in (values or []) if str(v).strip())


@dataclass(frozen=True)
class _Lexicon:
    settings: dict
    explain: dict
    kinds: dict  # kind -> (regex, guarded)
    converters: list  # (regex, soort, vorm)
    begin: tuple
    extra: tuple
    moment: re.Pattern[str]
    duration: re.Pattern[str]
    duration_needed: frozenset[str]
    verbinding: frozenset[str]
    los_vooraan: frozenset[str]
    los_achteraan: frozenset[str]
    uitleg_begin: frozenset[str]
    groet: frozenset[str]
    geen_naam: frozenset[str]
    formeel: frozenset[str]
    tussenvoegsel: frozenset[str]
    geen_vraag_na: frozenset[str]
    scheidbaar: frozenset[str]
    klein_na_begin: frozenset[str]
    werkwoord_je: dict
    werkwoord_u: dict
    zou_je: dict
    zou_u: dict
    onderwerp: frozenset[str]
    algemeen: frozenset[str]
    functiewoorden: frozenset[str]
    lead_words: frozenset[str]


_WRAP_KINDS = ("excuus", "last", "uitweg", "aanloop", "afzwakker", "vaag_tijd")


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    data = load_toml("krimp")
    z = data.get("zinnen", {})
    kinds = {}
    for kind in ("excuus", "last", "uitweg", "afzwakker", "aanloop"):
        kinds[kind] = _compile_list(z.get(kind, []))
    kinds["vaag_tijd"] = _compile_list(z.get("vaag_tijd", []))
    kinds["vaag_wat"] = _compile_list(z.get("vaag_wat", []))

    converters = []
    for block in data.get("omzetten", []):
        rx, _ = _compile_list(block.get("zinnen", []))
        if rx is not None:
            converters.append((rx, str(block.get("soort", "aanloop")), str(block.get("vorm", "of"))))

    v = data.get("vraag", {})
    begin = _compile_list(v.get("begin", []))
    extra = _compile_list(v.get("extra", []))

    m = data.get("moment", {})
    days = "|".join(re.escape(_fold_phrase(d)) for d in m.get("dagen", [])) or "maandag"
    parts = "|".join(re.escape(_fold_phrase(d)) for d in m.get("dagdelen", [])) or "avond"
    before_day = "|".join(re.escape(_fold_phrase(d)) for d in m.get("voor_dag", [])) or "deze"
    months = "|".join(sorted((re.escape(_fold_phrase(d)) for d in m.get("maanden", [])), key=len, reverse=True)) or "mei"
    loose = "|".join(sorted((_phrase_regex(x) for x in m.get("los", [])), key=len, reverse=True)) or "vandaag"
    numbers = "|".join(re.escape(_fold_phrase(d)) for d in m.get("telwoorden", [])) or "een"
    clock = r"\d{1,2}(?:[.:u]\d{2})?(?:\s*(?:uur|u))?"
    moment_rx = (
        rf"(?:(?:{before_day})\s+)?(?:{days})(?:{parts})?(?:\s+(?:{parts}))?"
        rf"(?:\s+\d{{1,2}}(?:e|ste|de)?\s+(?:{months}))?"
        rf"|(?:op\s+)?\d{{1,2}}(?:e|ste|de)?\s+(?:{months})(?:\s+\d{{4}})?"
        rf"|(?:op\s+)?\d{{1,2}}[/\-]\d{{1,2}}(?:[/\-]\d{{2,4}})?"
        rf"|(?:om|rond|tegen|vanaf|voor|na)\s+(?:{clock}|half\s+\w+|kwart\s+(?:over|voor)\s+\w+|(?:{numbers})\s+uur)"
        rf"|tussen\s+{clock}\s+en\s+{clock}|van\s+{clock}\s+tot\s+{clock}"
        rf"|\d{{1,2}}[:.]\d{{2}}(?:\s*uur)?|\d{{1,2}}u\d{{0,2}}"
        rf"|{loose}"
    )
    d = data.get("duur", {})
    units = "|".join(sorted((re.escape(_fold_phrase(x)) for x in d.get("eenheden", [])), key=len, reverse=True)) or "uur"
    amounts = "|".join(sorted((re.escape(_fold_phrase(x)) for x in d.get("hoeveel", [])), key=len, reverse=True)) or "een"
    duration_rx = (
        rf"(?:(?:\d+(?:[.,]\d+)?|{amounts})\s+)+(?:{units})"
        rf"|halfuur(?:tje)?|kwartier(?:tje)?|minuutje|uurtje|avondje|dagje"
        rf"|tussen\s+{clock}\s+en\s+{clock}|van\s+{clock}\s+tot\s+{clock}"
    )
    g = data.get("grammatica", {})
    a = data.get("aanspreken", {})

    lead_words: set[str] = set()
    for phrase in v.get("begin", []):
        for w in re.findall(r"[\w']+", _fold(str(phrase))):
            lead_words.add(w)
    for mapping in (g.get("werkwoord_je", {}), g.get("werkwoord_u", {}), g.get("zou_naar_je", {}), g.get("zou_naar_u", {})):
        lead_words.update(_fold_phrase(str(x)) for x in mapping.values())

    return _Lexicon(
        settings=dict(data.get("instellingen", {})),
        explain=dict(data.get("uitleg", {})),
        kinds=kinds,
        converters=converters,
        begin=begin,
        extra=extra,
        moment=re.compile(_bounded(moment_rx)),
        duration=re.compile(_bounded(duration_rx)),
        duration_needed=_words(d.get("nodig_bij")),
        verbinding=_words(v.get("verbinding")),
        los_vooraan=_words(v.get("los_vooraan")),
        los_achteraan=_words(v.get("los_achteraan")),
        uitleg_begin=_words(v.get("uitleg_begin")),
        groet=_words(a.get("groet")),
        geen_naam=_words(a.get("geen_naam")),
        formeel=_words(a.get("formeel")),
        tussenvoegsel=_words(a.get("tussenvoegsel")),
        geen_vraag_na=_words(g.get("geen_vraag_na")),
        scheidbaar=_words(g.get("scheidbaar")),
        klein_na_begin=_words(g.get("klein_na_begin")),
        werkwoord_je={_fold_phrase(k): str(x) for k, x in g.get("werkwoord_je", {}).items()},
        werkwoord_u={_fold_phrase(k): str(x) for k, x in g.get("werkwoord_u", {}).items()},
        zou_je={_fold_phrase(k): str(x) for k, x in g.get("zou_naar_je", {}).items()},
        zou_u={_fold_phrase(k): str(x) for k, x in g.get("zou_naar_u", {}).items()},
        onderwerp=_words(g.get("onderwerp")),
        algemeen=_words(g.get("algemeen")),
        functiewoorden=_words(g.get("functiewoorden")),
        lead_words=frozenset(lead_words),
    )


def _setting(lex: _Lexicon, key: str, default: Any) -> Any:
    value = lex.settings.get(key, default)
    return value if isinstance(value, type(default)) else default


def _explain(lex: _Lexicon, key: str, **fmt: Any) -> str:
    text = str(lex.explain.get(key, ""))
    if fmt:
        for k, val in fmt.items():
            text = text.replace("{" + k + "}", str(val))
    return text


# --------------------------------------------------------------------------- analysis


@dataclass
class _Seg:
    a: int
    b: int
    sent: int
    role: str = "tekst"
    kinds: tuple[str, ...] = ()
    eff: int | None = None


class _Draft:
    """A tokenised, matched draft (internal)."""

    def __init__(self, draft: str) -> None:
        self.lex = lex = _lexicon()
        self.original = draft
        text = draft[:MAX_CHARS]
        fold = _fold(text)
        starts: list[int] = []
        ends: list[int] = []
        for m in _TOKEN.finditer(fold):
            if len(starts) >= MAX_TOKENS:
                text = text[: m.start()]
                fold = fold[: m.start()]
                break
            starts.append(m.start())
            ends.append(m.end())
        self.text = text
        self.fold = fold
        self.starts = starts
        self.ends = ends
        self.n = len(starts)
        self.tf = [fold[s:e] for s, e in zip(starts, ends)]
        self.cls = [_token_class(t) for t in self.tf]
        self.formal = self._is_formal()

        # phrase ranges in token indices
        self.ranges: dict[str, list[tuple[int, int]]] = {}
        for kind, (rx, guarded) in lex.kinds.items():
            self.ranges[kind] = self._find(rx, guarded)
        self.conv: dict[int, tuple[int, str, str]] = {}
        for rx, soort, vorm in lex.converters:
            for i0, i1 in self._find(rx, []):
                if vorm == "of" and not (i1 < self.n and self.tf[i1] in lex.onderwerp):
                    continue  # "ik hoop dat alles goed gaat" is no request
                if i0 not in self.conv or self.conv[i0][0] < i1:
                    self.conv[i0] = (i1, soort, vorm)
        self.begin = {
            i0: i1 for i0, i1 in self._find(*lex.begin)
            if not (i0 > 0 and self.tf[i0 - 1] in lex.geen_vraag_na)
        }
        self.extra = {i0: i1 for i0, i1 in self._find(*lex.extra)}
        self.moments = self._find(lex.moment, [])
        self.durations = [
            (i0, i1) for i0, i1 in self._find(lex.duration, [])
            if not (i0 > 0 and self.tf[i0 - 1] in ("om", "rond", "tegen", "vanaf", "tot"))
        ]

        # converters win over overlapping preambles/hedges; drop wrapper ranges inside them
        conv_cover = set()
        for i0, (i1, _, _) in self.conv.items():
            conv_cover.update(range(i0, i1))
        for kind in ("aanloop", "afzwakker"):
            self.ranges[kind] = [r for r in self.ranges[kind] if not (set(range(*r)) & conv_cover)]
        # token -> wrapper kind (first kind in priority order wins)
        self.cover: dict[int, str] = {}
        for kind in _WRAP_KINDS:
            for i0, i1 in self.ranges.get(kind, []):
                for i in range(i0, i1):
                    self.cover.setdefault(i, kind)
        self.interior: set[int] = set()
        for kind in ("excuus", "last", "uitweg", "aanloop"):
            for i0, i1 in self.ranges[kind]:
                self.interior.update(range(i0 + 1, i1))
        for i0, (i1, _, _) in self.conv.items():
            self.interior.update(range(i0 + 1, i1))
        self.moment_tokens = {i for i0, i1 in self.moments for i in range(i0, i1)}
        self.sentences = self._sentences()
        self.segs = self._segments()

    # ---- helpers
    def _is_formal(self) -> bool:
        words = set(self.tf)
        return bool(words & {"u", "uw"}) and not (words & {"je", "jij", "jou", "jouw", "jullie"})

    def _tok_range(self, s: int, e: int) -> tuple[int, int]:
        return bisect.bisect_left(self.starts, s), bisect.bisect_left(self.starts, e)

    def _find(self, rx: re.Pattern[str] | None, guarded: list) -> list[tuple[int, int]]:
        found: list[tuple[int, int]] = []
        if rx is not None:
            for m in rx.finditer(self.fold):
                i0, i1 = self._tok_range(m.start(), m.end())
                if i0 < i1:
                    found.append((i0, i1))
        for grx, guard in guarded:
            for m in grx.finditer(self.fold):
                i0, i1 = self._tok_range(m.start(), m.end())
                if i0 >= i1 or not self._guard_ok(i0, i1, guard):
                    continue
                found.append((i0, i1))
        found.sort()
        return found

    def _guard_ok(self, i0: int, i1: int, guard: dict) -> bool:
        before = " ".join(self.tf[max(0, i0 - 2): i0])
        for w in guard["niet_na"]:
            if before == w or before.endswith(" " + w) or (i0 > 0 and self.tf[i0 - 1] == w):
                return False
        after = " ".join(self.tf[i1: i1 + 2])
        for w in guard["niet_voor"]:
            if after == w or after.startswith(w + " ") or (i1 < self.n and self.tf[i1] == w):
                return False
        if guard["voor_werkwoord"] and i1 < self.n and self.cls[i1] == "w":
            nxt = self.tf[i1]
            if not (nxt.endswith("en") and nxt != "een"):
                return False
        return True

    def raw(self, i0: int, i1: int) -> str:
        """The user's own words for tokens i0..i1-1."""
        if i0 >= i1:
            return ""
        return re.sub(r"\s+", " ", self.text[self.starts[i0]: self.ends[i1 - 1]]).strip()

    def _sentences(self) -> list[tuple[int, int]]:
        out = []
        start = 0
        for i in range(self.n):
            t = self.tf[i]
            end_here = t in _SENTENCE_END or (
                t == "." and (i + 1 == self.n or self.starts[i + 1] > self.ends[i])
            )
            if end_here and i + 1 < self.n and self.tf[i + 1] in _SENTENCE_END | {"."}:
                end_here = False  # a run like "?!" or "..." ends at its last mark
            if not end_here and i + 1 < self.n and "\n" in self.text[self.ends[i]: self.starts[i + 1]]:
                end_here = True
            if end_here or i + 1 == self.n:
                out.append((start, i + 1))
                start = i + 1
        return out

    def _segments(self) -> list[_Seg]:
        lex = self.lex
        segs: list[_Seg] = []
        for si, (a, b) in enumerate(self.sentences):
            cur = a
            i = a
            while i < b:
                if self.cls[i] == "p":
                    if cur < i:
                        segs.append(_Seg(cur, i, si))
                    cur = i + 1
                elif i > cur and i not in self.interior:
                    split = (
                        i in self.conv
                        or i in self.extra
                        or (i in self.begin and not self._only_connectives(cur, i))
                        or (self.tf[i] in lex.verbinding)
                        or (self.tf[i] == "en" and (i + 1) in self.begin)
                    )
                    if split:
                        segs.append(_Seg(cur, i, si))
                        cur = i
                i += 1
            if cur < b:
                segs.append(_Seg(cur, b, si))
        for seg in segs:
            self._classify(seg)
        return segs

    def _only_connectives(self, a: int, b: int) -> bool:
        return all(self.cls[i] != "w" or self.tf[i] in self.lex.los_vooraan for i in range(a, b))

    def content(self, a: int, b: int) -> list[int]:
        return [i for i in range(a, b) if self.cls[i] in ("w", "k")]

    def _classify(self, seg: _Seg) -> None:
        lex = self.lex
        toks = self.content(seg.a, seg.b)
        if not toks:
            seg.role = "leeg"
            return
        head = self.tf[toks[0]]
        if (head in lex.groet or " ".join(self.tf[toks[0]: toks[0] + 2]) in lex.groet) and not any(
            self.cover.get(i) in ("excuus", "last", "uitweg", "aanloop") for i in toks
        ) and toks[0] not in self.begin:
            seg.role = "groet"
            seg.eff = toks[0]
            return
        eff = None
        for i in toks:
            if self.tf[i] in lex.los_vooraan and i not in self.begin and i not in self.conv:
                continue
            if self.cover.get(i) in ("afzwakker", "vaag_tijd") and i not in self.conv:
                continue
            eff = i
            break
        seg.eff = eff
        kinds: list[str] = []
        for i in toks:
            k = self.cover.get(i)
            if k and k not in kinds:
                kinds.append(k)
        seg.kinds = tuple(kinds)
        if eff is None:
            seg.role = "wrap" if kinds else "leeg"
            return
        fully_covered = all(i in self.cover or self.tf[i] in lex.los_vooraan for i in toks)
        if eff in self.conv:
            seg.role = "vraag"
            return
        if eff in self.begin:
            seg.role = "wrap" if fully_covered else "vraag"
            return
        if eff in self.extra:
            rest = [i for i in toks if i >= self.extra[eff] and i not in self.cover]
            seg.role = "extra" if rest else ("wrap" if kinds else "leeg")
            return
        if any(k in ("excuus", "last", "uitweg", "aanloop") for k in kinds) or fully_covered:
            seg.role = "wrap"
            return
        seg.role = "tekst"

    # ---- name
    def name_tokens(self, seg: _Seg, *, after_greeting: bool) -> list[int]:
        lex = self.lex
        toks = [i for i in self.content(seg.a, seg.b)]
        if after_greeting:
            while toks and (self.tf[toks[0]] in lex.groet or self.tf[toks[0]] in lex.los_vooraan):
                toks = toks[1:]
            if toks and toks[0] + 1 < self.n and " ".join(self.tf[toks[0] - 1: toks[0] + 1]) in lex.groet:
                toks = toks[1:]
        if not toks or len(toks) > 4:
            return []
        for pos, i in enumerate(toks):
            t = self.tf[i]
            if 0 < pos < len(toks) - 1 and t in lex.tussenvoegsel:
                continue
            if self.cls[i] != "w" or not re.fullmatch(r"[^\W\d_]+(?:['\-][^\W\d_]+)*", t):
                return []
            if (
                t in lex.functiewoorden or t in lex.geen_naam or t in lex.groet or t in lex.verbinding
                or t in lex.los_vooraan or t in lex.lead_words or i in self.cover
                or i in self.moment_tokens or i in self.begin or i in self.extra
            ):
                return []
        if not after_greeting and not self.text[self.starts[toks[0]]].isupper():
            return []
        return toks


def _is_verbish(word: str) -> bool:
    return len(word) > 3 and word.endswith("en") and word != "een"


class _Builder:
    """The main request as a list of items: int (a token of the draft) or str (new text).

    The item None means: glue the next item to the previous one without a space.
    """

    def __init__(self, d: _Draft, items: list[Any]) -> None:
        self.d = d
        self.items = items

    def token_items(self) -> list[int]:
        return [x for x in self.items if isinstance(x, int)]

    def fold_text(self) -> str:
        return _fold(self.render(capital=False))

    def render(self, *, capital: bool = True) -> str:
        d = self.d
        out = ""
        prev: Any = None
        glue = False
        for item in self.items:
            if item is None:
                glue = True
                continue
            if isinstance(item, int):
                piece = d.text[d.starts[item]: d.ends[item]]
                if isinstance(prev, int) and item == prev + 1:
                    # neighbours in the draft: only whitespace lies between them
                    sep = " " if d.ends[prev] < d.starts[item] else ""
                elif glue:
                    sep = ""
                elif d.cls[item] == "p" and piece in ",.;:!?)":
                    sep = ""
                else:
                    sep = " "
            else:
                piece = item
                sep = "" if glue else " "
            out += ("" if not out else sep) + piece
            prev = item
            glue = False
        return out


def _cleanup(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"[?!\u2026]+", " ", text)  # only the final "?" may remain; added below
    text = re.sub(r"\s+([,.;:)])", r"\1", text)
    text = re.sub(r"\(\s+", "(", text)
    text = re.sub(r"([,;:])(?:\s*[,;:])+", r"\1", text)
    text = re.sub(r"\(\s*\)", "", text)
    text = re.sub(r"^[\s,.;:)\-\u2013\u2014'\"/*|]+", "", text)
    text = re.sub(r"[\s,.;:(\-\u2013\u2014'\"/*|]+$", "", text)
    text = re.sub(r"\s+", " ", text).strip()
    return text


def _capitalise(text: str) -> str:
    for idx, ch in enumerate(text):
        if ch.isalpha():
            up = ch.upper()
            if len(up) == 1:
                return text[:idx] + up + text[idx + 1:]
            return text
        if ch.isdigit():
            return text
    return text


@dataclass
class _Result:
    sentence: str
    findings: list[tuple[int, Finding]]
    kept: set[int]
    draft: _Draft
    missing: tuple[str, ...]


def _analyse(draft: str) -> _Result:
    d = _Draft(draft if isinstance(draft, str) else str(draft))
    lex = d.lex
    findings: list[tuple[int, Finding]] = []
    segs = d.segs

    def add(pos: int, kind: str, text: str, key: str | None = None, **fmt: Any) -> None:
        findings.append((pos, Finding(kind, text, _explain(lex, key or kind, **fmt))))

    # ---- choose the main request
    requests = [s for s in segs if s.role == "vraag"]
    chosen: list[_Seg] = []
    mode = ""
    if requests:
        def concrete(seg: _Seg) -> bool:
            return any(
                d.tf[i] not in lex.algemeen and i not in d.moment_tokens and i not in d.cover
                for i in d.content(seg.a, seg.b)
            )

        main = next((s for s in requests if concrete(s)), requests[0])
        chosen = [main]
        mode = "vraag"
        idx = segs.index(main)
        for seg in segs[idx + 1:]:
            if seg.sent != main.sent:
                break
            if seg.role == "tekst" and seg.eff is not None and d.tf[seg.eff] not in lex.uitleg_begin:
                chosen.append(seg)
    else:
        def sentence_segs(si: int) -> list[_Seg]:
            return [s for s in segs if s.sent == si and s.role in ("tekst", "extra")]

        for si, (a, b) in enumerate(d.sentences):
            if d.tf[b - 1] == "?" and sentence_segs(si):
                chosen = sentence_segs(si)
                mode = "vraagteken"
                break
        if not chosen:
            for si in range(len(d.sentences)):
                cand = [s for s in sentence_segs(si)]
                if cand:
                    chosen = cand
                    mode = "geen-vraag"
                    break

    # ---- name of the person addressed
    name: list[int] = []
    first = next((s for s in segs if s.role != "leeg"), None)
    if first is not None and first.role == "groet":
        name = d.name_tokens(first, after_greeting=True)
    if not name and chosen:
        sent_first = next((s for s in segs if s.sent == chosen[0].sent and s.role != "leeg"), None)
        if sent_first is not None and sent_first is not chosen[0] and sent_first.role == "tekst":
            nxt = sent_first.b
            if nxt >= d.n or d.tf[nxt] in (",", "!", ":") or segs[segs.index(sent_first) + 1] is chosen[0]:
                name = d.name_tokens(sent_first, after_greeting=False)
        if not name and first is not None and first.role == "tekst" and first is not chosen[0]:
            a, b = d.sentences[first.sent]
            if first.b >= b - 1:  # a sentence of its own: "Sam!"
                name = d.name_tokens(first, after_greeting=False)
    if name and mode == "geen-vraag":
        chosen = [s for s in chosen if not (s.a <= name[0] < s.b)]
        if not chosen:
            mode = "leeg"
    name_segs = {id(s) for s in segs if name and s.a <= name[0] < s.b}
    if any(d.tf[i] in lex.formeel for i in name):
        d.formal = True

    # "Heb je zondag een uurtje?" next to a concrete request only adds a moment and a duration
    duration_tokens = {i for i0, i1 in d.durations for i in range(i0, i1)}

    def availability(seg: _Seg) -> bool:
        toks = d.content(seg.a, seg.b)
        return seg.role == "vraag" and any(i in d.moment_tokens or i in duration_tokens for i in toks) and all(
            d.tf[i] in lex.algemeen or d.tf[i] in lex.los_vooraan or i in d.moment_tokens
            or i in duration_tokens or i in d.cover
            for i in toks
        )
    if name_segs and chosen:
        chosen = [s for s in chosen if id(s) not in name_segs] or chosen

    # ---- findings for dropped wrapper clauses (merge neighbours of the same kind)
    chosen_ids = {id(s) for s in chosen}
    prev: tuple[str, int, int] | None = None
    wrap_out: list[tuple[str, int, int]] = []
    for seg in segs:
        if id(seg) in chosen_ids or seg.role != "wrap":
            if seg.role != "leeg":
                prev = None
            continue
        kinds = [k for k in seg.kinds if k in ("excuus", "last", "uitweg", "aanloop")] or list(seg.kinds[:1])
        if not kinds:
            prev = None
            continue
        toks = d.content(seg.a, seg.b)
        a, b = toks[0], toks[-1] + 1
        k = kinds[0]
        if (
            prev is not None and prev[0] == k and prev[1] == seg.sent
            and wrap_out and wrap_out[-1][0] == k and wrap_out[-1][2] <= a
        ):
            wrap_out[-1] = (k, wrap_out[-1][1], b)
        else:
            wrap_out.append((k, a, b))
        # a second kind in the same clause is named with its own words ("sorry dat ik stoor")
        for k2 in kinds[1:2]:
            for r0, r1 in d.ranges.get(k2, []):
                if a <= r0 < b:
                    wrap_out.append((k2, r0, r1))
                    break
        prev = (k, seg.sent, seg.b)
    for k, a, b in wrap_out:
        kind = "vaag" if k == "vaag_tijd" else k
        add(a, kind, d.raw(a, b))

    # ---- other requests
    if mode:
        for seg in segs:
            if id(seg) in chosen_ids:
                continue
            other = seg.role in ("vraag", "extra") and not availability(seg)
            if not other and seg.role == "tekst" and mode == "vraag":
                a, b = d.sentences[seg.sent]
                other = d.tf[b - 1] == "?" and seg.sent != chosen[0].sent and not (
                    seg.eff is not None and d.tf[seg.eff] in lex.uitleg_begin
                ) and id(seg) not in name_segs
                if other:
                    # only the first clause of such a question counts as the extra request
                    other = seg is next(s for s in segs if s.sent == seg.sent and s.role not in ("leeg", "wrap"))
            if other and seg.eff is not None:
                toks = [i for i in d.content(seg.eff, seg.b)]
                if toks:
                    add(seg.eff, "meer-vragen", d.raw(toks[0], toks[-1] + 1))

    # ---- build the request
    items: list[Any] = []
    for seg in chosen:
        if items:
            last_tok = items[-1]
            between = range(last_tok + 1, seg.a)
            if all(d.cls[i] in ("p", "n") for i in between) and all(
                i not in d.cover for i in between
            ):
                items.extend(i for i in between if d.cls[i] == "p")
        items.extend(i for i in range(seg.a, seg.b))
    inner_removed: list[tuple[int, int, str]] = []
    kept_items: list[Any] = []
    for i in items:
        if d.cls[i] == "n":
            continue
        k = d.cover.get(i)
        if k is not None and i not in _conv_tokens(d):
            continue
        kept_items.append(i)
    item_set = set(items)
    for kind in _WRAP_KINDS:
        for i0, i1 in d.ranges.get(kind, []):
            if any(i in item_set for i in range(i0, i1)) and d.cover.get(i0) == kind:
                if not any(i0 <= c < i1 for c in _conv_tokens(d)):
                    inner_removed.append((i0, i1, kind))
    for i0, i1, kind in inner_removed:
        add(i0, "vaag" if kind == "vaag_tijd" else kind, d.raw(i0, i1))

    # trim connectives and punctuation at both ends
    def trim(seq: list[Any]) -> list[Any]:
        while seq and isinstance(seq[0], int) and (
            d.cls[seq[0]] == "p" or (d.tf[seq[0]] in lex.los_vooraan and seq[0] not in d.begin and seq[0] not in d.conv)
        ):
            seq = seq[1:]
        while seq and isinstance(seq[-1], int) and (d.cls[seq[-1]] == "p" or d.tf[seq[-1]] in lex.los_achteraan):
            seq = seq[:-1]
        return seq

    kept_items = trim(kept_items)
    b = _Builder(d, kept_items)

    # ---- indirect forms -> direct question
    lead_end = 0  # number of leading items that form the question's opening
    if b.items and isinstance(b.items[0], int):
        i0 = b.items[0]
        if i0 in d.conv:
            lead_end = _convert(d, b, i0, add)
        elif i0 in d.begin:
            lead_end = len([x for x in b.items if isinstance(x, int) and i0 <= x < d.begin[i0]])
    lead_end = _zou_rule(d, b, lead_end, add)

    # ---- cap the length of the sentence
    max_words = _setting(lex, "max_zin_woorden", 40)
    count = 0
    for pos, item in enumerate(b.items):
        if isinstance(item, int) and d.cls[item] == "w" or isinstance(item, str):
            count += 1
            if count > max_words:
                b.items = trim(b.items[:pos])
                break

    # ---- moment: pull one in from the context when the request has none
    has_moment = bool(lex.moment.search(b.fold_text()))
    if not has_moment and mode and b.items:
        used = set(b.token_items()) | set(name)
        context_ids = {
            id(s) for s in segs
            if id(s) not in chosen_ids and id(s) not in name_segs
            and (s.role == "tekst" or (mode == "vraag" and availability(s)))
        }
        for i0, i1 in d.moments:
            seg = next((s for s in segs if s.a <= i0 < s.b), None)
            if seg is None or id(seg) not in context_ids or seg.b < i1:
                continue
            if any(i in used for i in range(i0, i1)):
                continue
            pos = _after_lead(d, b, lead_end)
            moved = list(range(i0, i1))
            if availability(seg) and not lex.duration.search(b.fold_text()):
                for j0, j1 in d.durations:
                    if seg.a <= j0 and j1 <= seg.b and not (j0 < i1 and i0 < j1):
                        moved += list(range(j0, j1))
                        break
            b.items[pos:pos] = moved
            has_moment = True
            break

    # ---- assemble the sentence
    body = _cleanup(b.render()) if b.items else ""
    if not body:
        body = str(_setting(lex, "standaard_vraag", "Kun je me helpen?")).rstrip("?").strip()
        mode = mode or "leeg"
    name_text = d.raw(name[0], name[-1] + 1) if name else ""
    if name_text and not re.search(r"(?<!\w)" + re.escape(_fold(name_text)) + r"(?!\w)", _fold(body)):
        first_word = re.match(r"[\w']+", _fold(body))
        if first_word and (first_word.group(0) in lex.lead_words or first_word.group(0) in lex.functiewoorden):
            if body[:1].isupper() and not body[1:2].isupper():
                body = body[:1].lower() + body[1:]
        body = f"{name_text}, {body}"
    else:
        name = []
    sentence = _capitalise(_cleanup(body)) + "?"

    # ---- what is still missing
    fold_body = _fold(sentence)
    missing: list[str] = []
    end_pos = 10**9
    vague_hits = []
    for i0, i1 in d.ranges.get("vaag_wat", []):
        if any(i in set(b.token_items()) for i in range(i0, i1)):
            vague_hits.append((i0, i1))
    for i0, i1 in vague_hits:
        add(i0, "vaag", d.raw(i0, i1))
    words = re.findall(r"[\w']+", fold_body)
    name_words = set(re.findall(r"[\w']+", _fold(name_text))) if name else set()
    moment_words: set[str] = set()
    for m in lex.moment.finditer(fold_body):
        moment_words.update(re.findall(r"[\w']+", m.group(0)))
    for m in lex.duration.finditer(fold_body):
        moment_words.update(re.findall(r"[\w']+", m.group(0)))
    concrete = [w for w in words if w not in lex.algemeen and w not in name_words and w not in moment_words]
    if mode in ("leeg", "geen-vraag"):
        add(end_pos, "vaag", "", "geen-vraag")
        missing.append("wat")
    elif vague_hits or not concrete:
        if not vague_hits:
            add(end_pos, "vaag", "", "geen-wat")
        missing.append("wat")
    if not has_moment or not lex.moment.search(fold_body):
        add(end_pos + 1, "geen-moment", "")
        missing.append("wanneer")
    if mode != "leeg" and any(w in lex.duration_needed for w in words) and not lex.duration.search(fold_body):
        add(end_pos + 2, "vaag", "", "geen-duur")
        missing.append("hoe-lang")

    # ---- too long
    word_count = len(re.findall(r"[^\W_]+(?:['\-][^\W_]+)*", draft))
    if word_count > _setting(lex, "max_woorden", 30):
        add(-1, "te-lang", "", woorden=word_count)

    kept = set(b.token_items()) | set(name)
    if chosen and b.items:
        a, z = d.sentences[chosen[-1].sent]
        if d.tf[z - 1] == "?" and max(b.token_items(), default=-1) < z:
            kept.add(z - 1)
    if name:
        after = name[-1] + 1
        if after < d.n and d.tf[after] == ",":
            kept.add(after)
    return _Result(sentence, findings, kept, d, tuple(missing))


def _conv_tokens(d: _Draft) -> set[int]:
    cache = getattr(d, "_conv_cache", None)
    if cache is None:
        cache = set()
        for i0, (i1, _, _) in d.conv.items():
            cache.update(range(i0, i1))
        d._conv_cache = cache  # type: ignore[attr-defined]
    return cache


def _convert(d: _Draft, b: _Builder, i0: int, add: Any) -> int:
    """Turn an indirect opening into a direct question. Returns the lead length in items."""
    lex = d.lex
    i1, soort, vorm = d.conv[i0]
    rest = [x for x in b.items if not (isinstance(x, int) and i0 <= x < i1)]
    if vorm == "om":
        te_pos = None
        for pos in range(len(rest) - 1, -1, -1):
            x = rest[pos]
            if isinstance(x, int) and d.tf[x] == "te":
                te_pos = pos
                break
        if te_pos is None:
            return 0
        before = rest[te_pos - 1] if te_pos > 0 else None
        after = rest[te_pos + 1] if te_pos + 1 < len(rest) else None
        if (
            isinstance(before, int) and isinstance(after, int) and d.tf[before] in lex.scheidbaar
            and d.cls[after] == "w" and _is_verbish(d.tf[after])
        ):
            rest = rest[: te_pos - 1] + [before, None, after] + rest[te_pos + 2:]
        else:
            rest = rest[:te_pos] + rest[te_pos + 1:]
        lead = str(_setting(lex, "begin_u" if d.formal else "begin_je", "kun je"))
        add(i0, soort, d.raw(i0, i1))
        b.items = [lead] + rest
        return 1
    if vorm == "helpen":
        lead = str(_setting(lex, "helpen_u" if d.formal else "helpen_je", "kun je me helpen"))
        add(i0, soort, d.raw(i0, i1))
        head, _, verb = lead.rpartition(" ")
        b.items = ([head, verb] if head else [lead]) + rest
        return 1
    # "of"/"dat"/"als": subject then a finite verb somewhere later
    toks = [x for x in rest if isinstance(x, int)]
    if not toks or d.tf[toks[0]] not in lex.onderwerp:
        return 0
    subject = toks[0]
    subj = d.tf[subject]
    table = lex.werkwoord_u if subj == "u" else lex.werkwoord_je
    finite = next((x for x in toks[1:] if d.tf[x] in table), None)
    if finite is None:
        return 0
    verb = table[d.tf[finite]]
    if subj in ("je", "jij") and d.tf[finite] == "kan":
        verb = "kan"
    rest = [x for x in rest if x not in (subject, finite)]
    add(i0, soort, d.raw(i0, i1))
    b.items = [f"{verb} {d.text[d.starts[subject]: d.ends[subject]].lower()}"] + rest
    return 1


def _zou_rule(d: _Draft, b: _Builder, lead_end: int, add: Any) -> int:
    """'zou je ... kunnen/willen ...' becomes 'kun/wil je ...'."""
    lex = d.lex
    items = b.items
    if not items:
        return lead_end
    if isinstance(items[0], str):
        words = items[0].split()
        if len(words) != 2 or _fold(words[0]) != "zou":
            return lead_end
        subj = _fold(words[1])
        zou_item = None
        start = 1
    else:
        if len(items) < 2 or not isinstance(items[1], int) or d.tf[items[0]] != "zou":
            return lead_end
        if d.tf[items[1]] not in lex.onderwerp:
            return lead_end
        subj = d.tf[items[1]]
        zou_item = items[0]
        start = 2
    table = lex.zou_u if subj == "u" else lex.zou_je
    for pos in range(start, len(items)):
        x = items[pos]
        if isinstance(x, int) and d.tf[x] in table:
            subject_raw = items[0].split()[1] if zou_item is None else d.text[d.starts[items[1]]: d.ends[items[1]]].lower()
            new = f"{table[d.tf[x]]} {subject_raw}"
            zou_raw = "zou" if zou_item is None else d.text[d.starts[zou_item]: d.ends[zou_item]]
            pos0 = x if zou_item is None else zou_item
            add(pos0, "afzwakker", f"{zou_raw} \u2026 {d.text[d.starts[x]: d.ends[x]]}")
            b.items = [new] + items[start:pos] + items[pos + 1:]
            return 1
    return lead_end


def _after_lead(d: _Draft, b: _Builder, lead_end: int) -> int:
    """Where a moment goes: after the question's opening and small pronouns."""
    pos = lead_end
    if pos == 0 and b.items and isinstance(b.items[0], int) and b.items[0] in d.begin:
        end = d.begin[b.items[0]]
        while pos < len(b.items) and isinstance(b.items[pos], int) and b.items[pos] < end:
            pos += 1
    if pos == 0:
        return len(b.items)
    while pos < len(b.items) and isinstance(b.items[pos], int) and d.tf[b.items[pos]] in d.lex.klein_na_begin:
        pos += 1
    return pos


def _dropped_spans(d: _Draft, kept: set[int], original: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    run_start = None
    for i in range(d.n):
        if i in kept:
            if run_start is not None:
                spans.append((d.starts[run_start], d.ends[i - 1]))
                run_start = None
        elif run_start is None:
            run_start = i
    if run_start is not None:
        spans.append((d.starts[run_start], d.ends[d.n - 1]))
    cut = len(d.text)
    if cut < len(original) and original[cut:].strip():
        tail_start = cut + (len(original[cut:]) - len(original[cut:].lstrip()))
        if spans and spans[-1][1] >= d.ends[-1] if d.n else False:
            spans[-1] = (spans[-1][0], len(original))
        else:
            spans.append((tail_start, len(original)))
    return tuple(spans)


# --------------------------------------------------------------------------- public API


def _fixpoint(sentence: str) -> tuple[str, tuple[str, ...] | None]:
    missing = None
    for _ in range(_FIXPOINT_ROUNDS):
        again = _analyse(sentence)
        if again.sentence == sentence:
            return sentence, (missing if missing is not None else again.missing)
        sentence, missing = again.sentence, again.missing
    return sentence, missing


def shrink(draft: str) -> Shrunk:
    """Shrink a Dutch draft to one clear question, with findings that explain why."""
    if not isinstance(draft, str):
        draft = "" if draft is None else str(draft)
    result = _analyse(draft)
    sentence, later_missing = _fixpoint(result.sentence)
    missing = result.missing if sentence == result.sentence or later_missing is None else later_missing
    ordered = [f for _, f in sorted(result.findings, key=lambda pf: pf[0])]
    seen: set[tuple[str, str, str]] = set()
    unique: list[Finding] = []
    for f in ordered:
        key = (f.kind, f.text, f.explanation)
        if key not in seen:
            seen.add(key)
            unique.append(f)
    if not unique:
        unique = [Finding("goed", "", _explain(result.draft.lex, "goed"))]
    return Shrunk(
        sentence=sentence,
        findings=tuple(unique),
        dropped=_dropped_spans(result.draft, result.kept, draft),
        missing=tuple(m for m in MISSING if m in missing),
    )


def _clean_answer(text: str | None) -> str:
    text = re.sub(r"\s+", " ", text or "").strip()
    text = re.sub(r"[\s?.!,;:]+$", "", text)
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        text = text[0].lower() + text[1:]
    return text[:500]


def _starts_with_lead(text: str) -> re.Match[str] | None:
    lex = _lexicon()
    fold = _fold(text)
    rx = lex.begin[0]
    m = rx.match(fold) if rx is not None else None
    if m is None:
        for crx, _, _ in lex.converters:
            m = crx.match(fold)
            if m:
                break
    return m


def _insert_after_lead(body: str, extra: str) -> str:
    lex = _lexicon()
    m = _starts_with_lead(body)
    if m is None:
        return f"{body} {extra}"
    pos = m.end()
    fold = _fold(body)
    while True:
        nxt = re.match(r"\s+([\w']+)", fold[pos:])
        if nxt and nxt.group(1) in lex.klein_na_begin:
            pos += nxt.end()
            continue
        break
    return f"{body[:pos]} {extra}{body[pos:]}"


def _split_name(sentence: str) -> tuple[str, str]:
    """'Sam, kun je ...?' -> ('Sam', 'kun je ...'); no name -> ('', sentence)."""
    body = sentence.strip().rstrip("?").strip()
    m = re.match(r"([^,]{1,60}),\s+(.*)$", body, re.S)
    if m and _starts_with_lead(m.group(2)):
        probe = _Draft(m.group(1) + ", kun je?")
        seg = probe.segs[0] if probe.segs else None
        if seg is not None and probe.name_tokens(seg, after_greeting=False):
            return m.group(1), m.group(2)
    return "", body


def compose(person: str | None, what: str, moment: str | None = None) -> str:
    """One clear question from parts.

    compose("Sam", "een brood voor me meenemen", "morgen")
    -> "Sam, kun je morgen een brood voor me meenemen?"
    """
    lex = _lexicon()
    person = re.sub(r"\s+", " ", person or "").strip().strip(",:;!?.")
    what = re.sub(r"\s+", " ", what or "").strip()
    what = re.sub(r"[\s?.!,;:]+$", "", what)
    moment = _clean_answer(moment)
    name_in_what, body = _split_name(what) if what else ("", "")
    if person and _fold(name_in_what) == _fold(person):
        name_in_what = ""
    if not body:
        body = str(_setting(lex, "standaard_vraag", "Kun je me helpen?")).rstrip("?")
    if not _starts_with_lead(body):
        lead = str(_setting(lex, "begin_je", "kun je"))
        if len(body) > 1 and body[0].isupper() and not body[1].isupper():
            body = body[0].lower() + body[1:]
        body = f"{lead} {body}"
    if moment:
        fb = _fold(body)
        if not lex.moment.search(fb) and _fold(moment) not in fb:
            body = _insert_after_lead(body, moment)
    who = person or name_in_what
    if who and who[0].islower():
        who = who[0].upper() + who[1:]
    if who and not re.search(r"(?<!\w)" + re.escape(_fold(who)) + r"(?!\w)", _fold(body)):
        body = f"{who}, {body}"
    return shrink(body + "?").sentence


def with_answers(
    shrunk_or_draft: Shrunk | str,
    *,
    wat: str | None = None,
    wanneer: str | None = None,
    hoe_lang: str | None = None,
) -> Shrunk:
    """Re-shrink after follow-up answers fill what was missing (wat precies? wanneer? hoe lang?)."""
    lex = _lexicon()
    base = shrunk_or_draft if isinstance(shrunk_or_draft, Shrunk) else shrink(str(shrunk_or_draft or ""))
    wat_a, wanneer_a, duur_a = _clean_answer(wat), _clean_answer(wanneer), _clean_answer(hoe_lang)
    name, body = _split_name(base.sentence)
    fold = _fold(body)
    old_moment = lex.moment.search(fold)
    moment_text = body[old_moment.start(): old_moment.end()] if old_moment else ""

    if wat_a:
        if _starts_with_lead(wat_a):
            new_body = wat_a
        else:
            lead_m = _starts_with_lead(body)
            lead = str(_setting(lex, "begin_je", "kun je"))
            if lead_m is not None and re.match(r"(kun|kan|kunt|wil|wilt)\s", lead_m.group(0)):
                lead = body[: lead_m.end()]
            wat_words = re.findall(r"[\w']+", _fold(wat_a))
            has_verb = bool(wat_words) and _is_verbish(wat_words[-1]) and not (
                len(wat_words) == 2 and wat_words[0] in ("de", "het", "een", "mijn", "m'n", "onze", "ons", "je", "jouw", "die", "dat", "deze")
            )
            if has_verb:
                new_body = f"{lead} {wat_a}"
            else:
                prep = "" if re.match(r"(met|bij|aan|om|voor)\s", _fold(wat_a)) else "met "
                helpen = str(_setting(lex, "helpen_je", "kun je me helpen"))
                new_body = f"{helpen} {prep}{wat_a}"
        body = new_body
        fold = _fold(body)
        if moment_text and not lex.moment.search(fold) and not wanneer_a:
            body = _insert_after_lead(body, moment_text)
            fold = _fold(body)
    if wanneer_a:
        m = lex.moment.search(fold)
        if m:
            body = body[: m.start()] + wanneer_a + body[m.end():]
        else:
            body = _insert_after_lead(body, wanneer_a)
        fold = _fold(body)
    if duur_a:
        dm = lex.duration.search(fold)
        if dm:
            body = body[: dm.start()] + duur_a + body[dm.end():]
        else:
            m = lex.moment.search(fold)
            if m:
                body = body[: m.end()] + " " + duur_a + body[m.end():]
            else:
                body = _insert_after_lead(body, duur_a)
    if name:
        first = re.match(r"[\w']+", _fold(body))
        if first and first.group(0) in lex.lead_words and body[:1].isupper():
            body = body[:1].lower() + body[1:]
        body = f"{name}, {body}"
    final = shrink(body + "?")

    resolved: set[str] = set()
    if wat_a:
        resolved.update({_explain(lex, "geen-wat"), _explain(lex, "geen-vraag"), _explain(lex, "vaag")})
    if wanneer_a:
        resolved.add(_explain(lex, "geen-moment"))
    if duur_a:
        resolved.add(_explain(lex, "geen-duur"))
    findings = [f for f in base.findings if f.kind != "goed" and f.explanation not in resolved]
    if wat_a:
        findings = [f for f in findings if not (f.kind == "vaag" and f.text and f.explanation == _explain(lex, "vaag")
                                                 and _fold(f.text) not in _fold(final.sentence))]
    present = {(f.kind, f.explanation) for f in findings}
    for f in final.findings:
        if f.kind in ("geen-moment", "vaag") and not f.text and (f.kind, f.explanation) not in present:
            findings.append(f)
    if not findings:
        findings = [Finding("goed", "", _explain(lex, "goed"))]
    return Shrunk(
        sentence=final.sentence,
        findings=tuple(findings),
        dropped=base.dropped,
        missing=final.missing,
    )
