"""The crisis corpus typed the way people really type: `crisis_eval.py --storing`.

Every corpus line that is not held out is disturbed in one way at a time (no punctuation,
all lower case, ALL CAPS, one line without spaces after punctuation, chat spelling, Flemish
chat, repeated letters, two words run together, accents dropped or added, a typo in a long
word, and young chat with several of these at once) and checked again. The report gives, per
disturbance, the alarm lines still caught (either tier) and the false acuut and false zorg
on the harmless lines, next to the undisturbed figures; `--storing-lijst NAME` lists the
lines whose outcome got worse under one disturbance. Held-out files are left out, so
nothing here can be tuned on them.

Deterministic: each line's random choices are seeded by the disturbance's name and the
line itself (a string seed is stable across runs and processes). Standard library only.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass
from typing import Callable

__all__ = ["DISTURB", "Outcome", "disturbed_report"]

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_MARKS = re.compile(r"(?<!\d)[.,!?;:…]+|[.,!?;:…]+(?!\d)")

# Chat spelling (the list): each occurrence of the word gets one of its forms.
CHAT = {
    "ik": ("k", "'k"), "niet": ("nie", "ni"), "het": ("t", "'t"), "mijn": ("mn",), "zijn": ("zn",),
    "een": ("n", "'n"), "wat": ("wa",), "dat": ("da",), "even": ("ff",), "gewoon": ("gwn",),
    "misschien": ("mss",),
}
# Flemish chat: ge/gij for je/jij, ne for een, 'k and 't, ni(e) for niet.
FLEMISH = {
    "ik": ("'k",), "niet": ("ni", "nie"), "het": ("'t",), "een": ("ne", "nen"), "je": ("ge",),
    "jij": ("gij",), "jou": ("u",), "wat": ("wa",), "dat": ("da",), "even": ("efkes",),
}
# Emphasis and spelling accents people add.
ACCENTED = {"een": "één", "geen": "géén", "nooit": "nóóit", "echt": "écht", "he": "hé", "hè": "hé",
            "wel": "wél", "heel": "héél", "zo": "zó", "idee": "idée", "ik": "ík"}
_ACUTE = {"a": "á", "e": "é", "i": "í", "o": "ó", "u": "ú"}


def _keep_case(original: str, new: str) -> str:
    return new.upper() if original.isupper() and len(original) > 1 else new


def _words(table: dict[str, tuple[str, ...]]) -> Callable[[str, random.Random], str]:
    def change(text: str, rnd: random.Random) -> str:
        def one(m: re.Match[str]) -> str:
            forms = table.get(m.group(0).lower())
            return _keep_case(m.group(0), rnd.choice(forms)) if forms else m.group(0)
        return _WORD.sub(one, text)
    return change


def no_marks(text: str, rnd: random.Random) -> str:
    """Sentence marks gone (not inside a number such as 23.30)."""
    return " ".join(_MARKS.sub(" ", text).split())


def no_space_after_marks(text: str, rnd: random.Random) -> str:
    """One line, no space after a sentence mark: 'ok.ik wil,maar'."""
    return re.sub(r"([.,!?;:…])\s+", r"\1", " ".join(text.split()))


def repeated_letters(text: str, rnd: random.Random) -> str:
    """Up to two words drawn out: a vowel or the last letter typed 3-5 times (nooooit, echttt)."""
    spans = [m.span() for m in _WORD.finditer(text) if len(m.group(0)) >= 3]
    for start, end in sorted(rnd.sample(spans, min(2, len(spans))), reverse=True):
        word = text[start:end]
        vowels = [i for i, c in enumerate(word) if c.lower() in "aeiou"]
        at = vowels[-1] if vowels and rnd.random() < 0.5 else len(word) - 1
        if not word[at].isalpha():
            continue
        word = word[: at + 1] + word[at] * rnd.randint(2, 4) + word[at + 1 :]
        text = text[:start] + word + text[end:]
    return text


def run_together(text: str, rnd: random.Random) -> str:
    """One space between two words left out: 'ik wil nietmeer'."""
    gaps = [m.start() for m in re.finditer(r"(?<=[^\W\d_]) (?=[^\W\d_])", text)]
    if not gaps:
        return text
    at = rnd.choice(gaps)
    return text[:at] + text[at + 1 :]


def accents(text: str, rnd: random.Random) -> str:
    """Accents dropped where there are some, added where people add them (één, hé, nóóit),
    and one more word stressed with an accent on its first vowel (níet, wíl)."""
    plain = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    if plain != text:
        return plain
    text = _WORD.sub(lambda m: _keep_case(m.group(0), ACCENTED.get(m.group(0).lower(), m.group(0))), text)
    spans = [m.span() for m in _WORD.finditer(text) if m.group(0).isascii() and len(m.group(0)) >= 3]
    if spans:
        start, end = rnd.choice(spans)
        word = text[start:end]
        at = next((i for i, c in enumerate(word) if c in _ACUTE), None)
        if at is not None:
            text = text[: start + at] + _ACUTE[word[at]] + text[start + at + 1 :]
    return text


def typo(text: str, rnd: random.Random) -> str:
    """One word of six letters or more typed wrong: an inner letter dropped or two swapped."""
    spans = [m.span() for m in _WORD.finditer(text) if len(m.group(0)) >= 6 and "'" not in m.group(0)]
    if not spans:
        return text
    start, end = rnd.choice(spans)
    word = text[start:end]
    at = rnd.randrange(1, len(word) - 1)
    if rnd.random() < 0.5:
        word = word[:at] + word[at + 1 :]
    else:
        word = word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    return text[:start] + word + text[end:]


_chat = _words(CHAT)


def young_chat(text: str, rnd: random.Random) -> str:
    """Several at once: chat spelling, lower case, no punctuation, a drawn-out word."""
    return repeated_letters(no_marks(_chat(text, rnd), rnd).lower(), rnd)


DISTURB: dict[str, Callable[[str, random.Random], str]] = {
    "geen leestekens": no_marks,
    "kleine letters": lambda text, rnd: text.lower(),
    "HOOFDLETTERS": lambda text, rnd: text.upper(),
    "geen spatie na .,!?": no_space_after_marks,
    "chattaal": _chat,
    "Vlaamse chat": _words(FLEMISH),
    "herhaalde letters": repeated_letters,
    "woorden aaneen": run_together,
    "accenten weg/erbij": accents,
    "tikfout (6+ letters)": typo,
    "alles samen (chat)": young_chat,
}


@dataclass
class Outcome:
    text: str
    expected: str
    before: str | None
    after: str | None = None
    disturbed: str = ""

    @property
    def worse(self) -> bool:
        if self.expected == "geen":
            rank = {None: 0, "zorg": 1, "acuut": 2}
            return rank[self.after] > rank[self.before]
        return bool(self.before) and not self.after


def _figures(outcomes: list[Outcome], found: Callable[[Outcome], str | None]) -> tuple[str, str, str]:
    alarm = [o for o in outcomes if o.expected != "geen"]
    harmless = [o for o in outcomes if o.expected == "geen"]
    caught = sum(1 for o in alarm if found(o))
    acute = sum(1 for o in harmless if found(o) == "acuut")
    zorg = sum(1 for o in harmless if found(o) == "zorg")
    pct = lambda n, d: f"{n}/{d} ({100 * n / d:.1f} %)" if d else "0/0"  # noqa: E731
    return pct(caught, len(alarm)), f"{acute}/{len(harmless)}", f"{zorg}/{len(harmless)}"


def disturbed_report(lines: list, assess: Callable, listed: str | None = None) -> list[str]:
    """The table over every disturbance; `lines` carry text, expected and found (undisturbed)."""
    base = [Outcome(x.text, x.expected, x.found) for x in lines]
    caught, acute, zorg = _figures(base, lambda o: o.before)
    out = ["\n== DISTURBED (--storing): the corpus lines that are not held out, typed the way people type",
           f"  {'disturbance':<22} {'alarm lines caught':<22} {'lost':>5}  {'false acuut':>11} {'false zorg':>10}"
           f"  {'changed lines':>13}",
           f"  {'(undisturbed)':<22} {caught:<22} {'':>5}  {acute:>11} {zorg:>10}"]
    for name, change in DISTURB.items():
        outcomes = []
        for o in base:
            disturbed = change(o.text, random.Random(f"{name}|{o.text}"))
            after = assess(disturbed).tier if disturbed != o.text else o.before
            outcomes.append(Outcome(o.text, o.expected, o.before, after, disturbed))
        caught, acute, zorg = _figures(outcomes, lambda o: o.after)
        lost = sum(1 for o in outcomes if o.expected != "geen" and o.worse)
        changed = sum(1 for o in outcomes if o.disturbed != o.text)
        out.append(f"  {name:<22} {caught:<22} {lost:>5}  {acute:>11} {zorg:>10}  {changed:>13}")
        if listed is not None and listed.lower() == name.lower():
            out += [f"    [{o.expected:<5} {o.before or '-'} -> {o.after or '-'}] {o.disturbed}\n"
                    f"        was: {o.text}" for o in outcomes if o.worse]
    return out
