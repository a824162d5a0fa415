"""A name right after the thanks that closes the message is the person addressed (round 35, k35c).

'… groetjes, en dank je Anouk', 'bedankt Yara!', 'merci Bilal 🙏': the thanks is said to someone, on the same line,
with no mark between. Not a name on a line of its own under the thanks ('Alvast bedankt, ⏎ Marleen' signs), nor one
after a comma ('Bedankt, Piet': may sign as well), nor a name with more words after it ('dank je Anouk voor …' is
fine, but 'bedankt Jan zei ze' is no address; only marks or emoji may follow).
"""

from __future__ import annotations

from .gemeld import gemeld_words

_THANKS = (("dank", "je"), ("dank", "jij"), ("dank", "u"), ("dank", "je", "wel"), ("dank", "u", "wel"), ("dankjewel",),
           ("dankuwel",), ("bedankt",), ("merci",), ("thanks",), ("thx",), ("tnx",), ("dank", "ge"), ("merci", "he"))


def found(an, vocative_word) -> tuple[list[int], None] | None:
    """([the name's token], None) when the message ends on thanks and a name, else None."""
    d = an.d
    words = [i for i in range(d.n) if d.is_word(i)]
    if len(words) < 3:
        return None
    name = words[-1]
    if any(d.tok_text(k).isalnum() for k in range(name + 1, d.n)) or "\n" in d.gap(name):
        return None  # words after the name, or the name on a line of its own
    raw = d.tok_text(name)
    if not (raw[:1].isupper() and raw[1:].islower()) or not vocative_word(an, name, relaxed=False):
        return None
    if any(i0 <= name < i1 for i0, i1 in an.moments):
        return None  # 'Dank je Maandag': a day, not a name
    for said in _THANKS:
        start = name - len(said)
        if start >= 0 and all(d.is_word(j) and d.word(j) == w for j, w in zip(range(start, name), said)) \
                and not any("\n" in d.gap(j) for j in range(start + 1, name + 1)):
            return [name], None
    return None


# Round 46 (k46a): 'Sorry Ellen.' said as a sentence of its own, anywhere in the message ('… van de brug wil laten
# rijden. Sorry Ellen. Bel me', p45-022; '… brengen? Sorry Lotte.'): the apology is said to the person addressed, so
# the name is the vocative (the apology itself goes). Only the apology word and one capitalised name, closed by a mark,
# a line end or the message's end, or going on with what the apology is for ('Sorry Jan dat het zo laat is.'); at the
# very start that is names._name_after_apology's.
_SORRY = frozenset({"sorry", "sorrie", "sory", "sorry's", "sry", "excuus", "excuses", "pardon", "sorri"})
_FOR = frozenset({"dat", "da", "voor", "als", "hoor", "om"})  # 'Sorry Jan dat …', 'Sorry Jan voor het late uur'


def apologised(an, vocative_word) -> tuple[list[int], None] | None:
    """([the name's token], None) when a sentence opens with an apology word and a name ('Sorry Ellen.', 'Sorry Jan dat
    …'), else None."""
    d = an.d
    words = [i for i in range(d.n) if d.is_word(i)]
    for k, i in enumerate(words[:-1]):
        name = words[k + 1]
        if d.word(i) not in _SORRY or name != i + 1 or "\n" in d.gap(name):
            continue
        if k and d.sentences_of(words[k - 1]) == d.sentences_of(i) and "\n" not in d.gap(i):
            continue  # 'ik zeg sorry Ellen …': inside a sentence, not said on its own
        after = words[k + 2] if k + 2 < len(words) else None
        closed = after is None or d.sentences_of(after) != d.sentences_of(name) or "\n" in d.gap(after) \
            or (after == name + 1 and d.word(after) in _FOR)
        raw = d.tok_text(name)
        if closed and raw[:1].isupper() and raw[1:].islower() and vocative_word(an, name, relaxed=False) \
                and not any(i0 <= name < i1 for i0, i1 in an.moments) and not _said_otherwise(d, words, name):
            return [name], None
    return None


def _said_otherwise(d, words: list[int], name: int) -> bool:
    """'Kun je aan Ellen vragen of ze komt? Sorry Ellen.', 'Kun je mijn vader bellen? Sorry Papa.': the name, or a
    family word beside another one, is a third person elsewhere in the message: no vocative."""
    others = {d.word(j) for j in words if j != name}
    kin = d.lex.relations | gemeld_words()["familie"] | gemeld_words()["naasten"]
    return d.word(name) in others or (d.word(name) in kin and bool(others & kin))
