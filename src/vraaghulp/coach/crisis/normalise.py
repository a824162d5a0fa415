"""Step 1 of the crisis check: bring a text into one plain written form.

Lower case without accents (the shared `coach.text.fold`), laughing emoji read as "haha",
no apostrophes, hyphens inside
words and repeated letters undone, chat spelling and Flemish/Dutch dialect forms replaced
by the standard word, words typed without a space between them split, filler words
dropped. Sentence marks stay as separate tokens, so the patterns can see clause ends; in a
text typed without them, a capitalised sentence opener after a lower-case word ("... verzameld
Zondag komt ...") is read as a new sentence. A word the rules do not know is mended towards
one they do (`repair`: drawn-out letters, a function word typed onto its neighbour, one slip
in a long word).

The word lists come from the ``[tekst]`` table of ``crisis_signalen.toml``; nothing is
compiled at import time (`Normaliser` is built once, lazily, by the package).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain
TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs milliseconds
if TYPE_CHECKING:
    from typing import Any

from vraaghulp.coach.crisis.spelling import _dialect_forms, _goes_on, _source_follows, _word, _word_cached, forget
# Round 32 (c32s): the rewrites (and `literals`, which compiles them) at the top: every check compiles a rewrite
# rule anyway, and compiled here (before the rules' file is read) their source adds nothing to a .pyc-less
# first check's peak. Round 34 (c34p): the rewrite machinery moved to `rewrites`.
from vraaghulp.coach.crisis.rewrites import Rewrites
from vraaghulp.coach.crisis.table import Table
from vraaghulp.coach.text import ESCAPE_PATTERN, fold

__all__ = ["Normaliser", "PAUSE", "forget"]

# An ellipsis is read twice (as a sentence end and as a mere pause); it travels as this token.
PAUSE = "…"

# The marks the in-word hyphen pattern removes (the pass is skipped when none is present).
_HYPHENS = "-‐‑‒–_"
_DIGITS = "0123456789"
# Terminal escape sequences (CSI, OSC, single-character ESC codes): removed, not read.
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'", "′": "'", "\u00ad": ""})


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    return (
        re.compile(ESCAPE_PATTERN),
        re.compile(r"(?<=[a-z])[-‐‑‒–_]+(?=[a-z])"),  # hyphen inside a word: zelf-moord
        # A capitalised word after a lower-case word and a space: maybe a sentence opener. Not
        # after a one-letter clitic ("'k Zal", "'t Is"): that word begins the sentence itself. Round 53 (s53): the
        # first space read first and the letter before it looked back at from there (the same matches as
        # `(?<=[a-z0-9\u00df-\u00ff])(?<!\b[a-z]) +(?=...)`): `re` then jumps from space to space instead of
        # testing the look-behind at every character.
        re.compile(r" (?<=[a-z0-9\u00df-\u00ff] )(?<!\b[a-z] ) *(?=([A-Z][a-z]*)\b)"),
        re.compile(r"\.\s*\.[.\s]*"),  # an ellipsis typed as dots (… itself: `Normaliser.tokens`)
        re.compile(r"[a-z0-9]+|[.,!?;:…]"),  # tokens
        # 't or 'k typed onto the word before: kzie't -> kzie 't; Flemish da'k, as'k -> da 'k, as 'k (not "dak"). Round 57
        # (s57): the quote read first and the letter before it looked back at from there (the same matches as
        # `(?<=[a-z])'([tk])\b`): `re` jumps from quote to quote instead of testing the look-behind at every character.
        re.compile(r"'(?<=[a-z]')([tk])\b"),
        # A clock time: 23.12 -> 23u12 (the mark first, then what lies before it: several times faster).
        re.compile(r"[.:](?:(?<=\b\d[.:])|(?<=\b\d\d[.:]))(?=\d\d\b)"),
    )


# Round 37 (c37): the first words of a surname ("De Cock", "Van Dijk", "Ten Hag"): before a capitalised word no opener.
_NAME_PARTICLES = frozenset(("de", "van", "den", "der", "het", "ter", "ten", "te", "la", "le", "di", "da", "du"))
_CAPITAL_NEXT = re.compile(r" +[A-Z]")

# A Dutch word never begins with k and one of these letters (kl-, kn-, kr-, kw- do: klein, knie,
# kraan, kwaad), so an unknown word that does is 'ik' typed onto its verb: kverhuis -> ik verhuis.
_NO_K_ONSET = frozenset("bdfghjkmpstvz")

# Round 18 (c18f): a line break that begins a list item ("- een brood, gesneden", "2. de kattenbak",
# "• ...") or a capitalised line ("Het geld leg ik ...", "Met vriendelijke groeten") ends the sentence
# before it: an item, an address or a signature is no part of the sentence around it. A line that goes
# on in lower case ("ik wil\ndood") stays one sentence; a line already ended by a mark needs nothing.
_LINE_BREAK = re.compile(r"(?<![.!?;\s])[ \t]*\r?\n\s*(?:[-*\u2022\u00b7\u2013]+\s+|\d{1,2}[.)]\s+|(?=[A-Z\u00c0-\u00de]))")
_LIST_AFTER_MARK = re.compile(r"\n\s*(?:[-*\u2022\u00b7\u2013]+\s+|\d{1,2}[.)]\s+)")


class _Standard(dict):
    """Each token -> its standard form (`spelling._word_cached`), remembered per normaliser (round 53, s53): the
    tokens of a text are looked up in one pass in C (`dict.__getitem__` through `map`), and only a token not seen
    before goes through `_word_cached` (whose own cache is keyed by the normaliser and the token together)."""

    __slots__ = ("_normaliser",)

    def __init__(self, normaliser: Normaliser) -> None:
        super().__init__()
        self._normaliser = normaliser

    def __missing__(self, word: str) -> tuple[str, ...]:
        found = _word_cached(self._normaliser, word)
        if len(self) < 20000:
            self[word] = found
        return found


class Normaliser:
    """Turns user text into the readings the patterns are searched in."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.words = Table(data["woorden"])  # chat, dialect or typo form -> the standard word(s)
        self.ik_verbs = frozenset(data.get("ik_werkwoorden", []))
        self.glue = frozenset(data.get("lijmwoorden", []))
        self.whole = frozenset(data.get("niet_splitsen", []))
        self.glue_starts = frozenset(w[:2] for w in self.glue if len(w) >= 2) | {"k" + w[:1] for w in self.ik_verbs}
        fillers = [tuple(f.split()) for f in data.get("vulwoorden", [])]
        self.fillers_one = frozenset(f[0] for f in fillers if len(f) == 1)
        self.fillers_many: dict[str, tuple[tuple[str, ...], ...]] = {}
        for filler in sorted((f for f in fillers if len(f) > 1), key=len, reverse=True):
            self.fillers_many.setdefault(filler[0], ())
            self.fillers_many[filler[0]] += (filler,)
        self.leading = frozenset(data.get("los_ervoor", ()))  # typed onto the next word: dedokter
        self.trailing = frozenset(data.get("los_erna", ()))  # typed onto the word before: opgenomenvoor
        self.small = frozenset(data.get("los_samen", ()))  # split only from another of these: inhet, opde
        self.openers = frozenset(data.get("zinsbegin", ()))  # capitalised, they begin a sentence
        known = data.get("woordenschat")  # every word a rule can use (`vocabulary`), for `repair`
        self.vocabulary = Table(known) if known else None
        slips = data.get("tikfouten")  # a long known word with one letter left out (`vocabulary.slips_of`)
        self.slips = Table(slips) if slips else None
        self.rewrites = Rewrites(data.get("_vervang", ()), data.get("_vervang_nodig"),
                                 data.get("_vervang_sleutels"))  # (source, replacement, keys)
        self.replacements = self.rewrites.rules
        emoji = data.get("emoji", {})
        self.emoji = str.maketrans({k: f" {v} " for k, v in emoji.items()}) if isinstance(emoji, dict) else {}
        self._ascii_plain = all(code > 127 for code in self.emoji)  # an ASCII text needs no emoji pass
        # Round 36 (c36s): the quotes and the emoji in one pass, and none for a text that holds neither (most text
        # with an accent). One table is the two in turn: a quote becomes "'" or nothing, which no emoji entry reads.
        self._marked = frozenset(map(chr, (*_QUOTES, *self.emoji)))
        self._one_pass = None if ord("'") in self.emoji else {**self.emoji, **_QUOTES}
        self._standard = _Standard(self)

    # ----- the whole text ------------------------------------------------------------
    def readings(self, text: str) -> list[str]:
        """One reading, or two when the text has an ellipsis (as an end, and as a pause)."""
        tokens = self.tokens(text)
        joined = self.rewrites.apply(" " + " ".join(tokens) + " ")
        tokens = self._drop_fillers(joined.split())
        if PAUSE not in tokens:
            return [" " + " ".join(tokens) + " "]
        # An ellipsis before "tot ..." or a laugh goes on with the same thought: a pause only.
        tokens = [t for i, t in enumerate(tokens) if t != PAUSE or not _source_follows(tokens, i)]
        if PAUSE not in tokens:
            return [" " + " ".join(tokens) + " "]
        as_end = [("." if t == PAUSE and not _goes_on(tokens, i) else t) for i, t in enumerate(tokens)]
        as_pause = [t for t in tokens if t != PAUSE]
        return [" " + " ".join(as_end) + " ", " " + " ".join(as_pause) + " "]

    def tokens(self, text: str) -> list[str]:
        escapes, hyphen, opener, ellipsis, token, glued_t, clock = _patterns()
        text = text or ""
        # Each pass runs only when the text holds what it looks for (a substring test is cheap).
        if "\x1b" in text or "\x9b" in text or "\x9d" in text:
            text = escapes.sub("", text)
        if "\n" in text:
            text = _LIST_AFTER_MARK.sub(" ", _LINE_BREAK.sub(" . ", text))
        if self.openers and not text.islower():
            text = opener.sub(self._sentence_start, text)
        if not (self._ascii_plain and text.isascii()):
            if self._one_pass is None:
                text = text.translate(_QUOTES).translate(self.emoji)
            elif not self._marked.isdisjoint(text):
                text = text.translate(self._one_pass)
        elif "`" in text:
            text = text.replace("`", "'")
        text = fold(text)
        if "'" in text:
            text = glued_t.sub(r" \1", text).replace("'", "")
        if any(mark in text for mark in _HYPHENS):
            text = hyphen.sub("", text)
        if PAUSE in text:
            text = text.replace(PAUSE, f" {PAUSE} ")
        if ("." in text or ":" in text) and any(digit in text for digit in _DIGITS):
            text = clock.sub("u", text)  # a time stays one word instead of ending a sentence
        if "." in text:
            text = ellipsis.sub(f" {PAUSE} ", text)
        out = list(chain.from_iterable(map(self._standard.__getitem__, token.findall(text))))  # round 53 (s53): see `_Standard`
        if "hem" in out or "e" in out:
            _dialect_forms(out)
        return out

    def _sentence_start(self, match: re.Match[str]) -> str:
        """' . ' before a capitalised sentence opener ("Zondag", "Mijn", "Ik") typed after a
        lower-case word without a mark between: a new sentence. A name stays where it is, also one that
        begins with an article or "van" (round 37: "in dat boek vindt De Cock een brief", "met Van Dijk")."""
        word = match.group(1).lower()
        if word not in self.openers or (word in _NAME_PARTICLES and _CAPITAL_NEXT.match(match.string, match.end(1))):
            return match.group(0)
        return " . "

    # ----- one word ------------------------------------------------------------------
    def knows(self, word: str) -> bool:
        """Whether a rule can use the word as it stands (the [tekst] lists or the vocabulary)."""
        return self.core(word) or word in self.whole or (self.vocabulary is not None and word in self.vocabulary)

    def plain(self, word: str) -> bool:
        """Whether a rule knows the word as a written word, not as a chat form ("nen", "gene")."""
        return word not in self.words and self.knows(word)

    def core(self, word: str) -> bool:
        """Whether the word is in the [tekst] lists (chat forms, glue words, ik-verbs, fillers,
        the function words `repair.glued` splits at)."""
        return (word in self.words or word in self.glue or word in self.ik_verbs or word in self.fillers_one
                or word in self.leading or word in self.trailing)

    def word(self, word: str) -> tuple[str, ...]:
        """The standard form of one token (may become several words: kwil -> ik wil)."""
        return _word(self, word)

    def _split(self, word: str) -> tuple[str, ...] | None:
        # 'kwil', 'kben': ik + a verb typed together.
        if word[0] == "k" and word[1:] in self.ik_verbs:
            return ("ik", word[1:])
        if len(word) >= 4 and word[0] == "k" and word[1] in _NO_K_ONSET and not self.knows(word):
            return ("ik",) + _word_cached(self, word[1:])  # kverhuis, kgooi, kmaak: any verb, not a list
        if len(word) < 5 or word in self.glue or word in self.whole or word[:2] not in self.glue_starts:
            return None
        return self._glue_split(word)

    def _glue_split(self, word: str) -> tuple[str, ...] | None:
        """'ikwilnietmeer' -> ik wil niet meer, only when every part is a glue word."""
        best: list[tuple[str, ...] | None] = [None] * (len(word) + 1)
        best[0] = ()
        for end in range(1, len(word) + 1):
            for start in range(max(0, end - 9), end):
                head = best[start]
                if head is None:
                    continue
                part = word[start:end]
                if part in self.glue or (start == 0 and part == "k") or (start == 1 and head == ("k",) and part in self.ik_verbs):
                    if best[end] is None or len(head) + 1 < len(best[end] or ()):
                        best[end] = head + (part,)
        parts = best[len(word)]
        if not parts or len(parts) < 2:
            return None
        return tuple(w for part in parts for w in self.words.get(part, (part,)))

    def _drop_fillers(self, tokens: list[str]) -> list[str]:
        one, many = self.fillers_one, self.fillers_many
        if many.keys().isdisjoint(tokens):
            return [t for t in tokens if t not in one]
        out: list[str] = []
        i = 0  # the first token not yet handled
        for j in [j for j, token in enumerate(tokens) if token in many]:  # where a longer filler may begin
            if j < i:
                continue  # inside a filler already dropped
            out += [t for t in tokens[i:j] if t not in one]
            skip = next((len(f) for f in many[tokens[j]] if tuple(tokens[j : j + len(f)]) == f), 0)
            if not skip and tokens[j] not in one:
                out.append(tokens[j])
            i = j + (skip or 1)
        return out + [t for t in tokens[i:] if t not in one]
