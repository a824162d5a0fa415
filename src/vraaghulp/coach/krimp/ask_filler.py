"""A chat or dialect filler left in the offered question goes (round 27, k27b).

'Kunt ge mij morgen efkes helpen?', 'Kun je ff je aantekeningen sturen?', 'Wilt ge ne keer uw recept
doorsturen?', 'Kunt ge vanavond de kippen eten geven allee?': the softener in its chat or dialect spelling
('efkes', 'ff', 'effe', 'ne keer' …) and an interjection closing the question ('allee', 'allez') make the ask
smaller, as 'misschien' does (contract point 2: hedges go). On the outside files their authors list them as words
that must go; the older golds mostly offer the question with and without them.

Only inside a question the result offers, and only where the word softens: not after 'nog', 'geen', 'niet',
'voor', 'maar' ('nog efkes blijven', 'nog ne keer', 'geen ne keer', 'voor ne keer'), not before 'per', 'of',
'meer' ('ne keer per week', 'ne keer of twee', 'ne keer meer'), never as the question's last word ('Hebt ge
efkes?'). Plain 'even' and 'eens' stay: the golds keep them ('even lang', 'nog eens' carry meaning).

The sentence changes after the first-sight gate has spoken: `zeker` is what it was with the word in.
"""

from __future__ import annotations

import re

_SOFT = r"(?:heel\s+)?(?:efkes|efkens|eefkes|evekes|ff+|effe|ne\s+keer|nen\s+keer|ene\s+keer)"
_BEFORE_KEEP = frozenset({"nog", "geen", "gene", "niet", "ni", "nie", "voor", "maar", "nooit", "zelfs", "één"})
_AFTER_KEEP = frozenset({"per", "of", "meer", "extra", "langer", "te"})
_IN_ASK = re.compile(rf"(?i)(?<![\w'])({_SOFT})(?![\w'])")
_FRONT = re.compile(r"(?i)^((?:ff+|efkes|even)\s+snel)\s*[,:]\s*")  # 'Ff snel, kun jij …?'
_TAIL = re.compile(r"(?i)(?<=[^\W\d_])(,?\s+(?:allee|allez|alee|allé|alé))(?=\s*\?)")
_QUESTION = re.compile(r"(?<![^.?!])(?:[^.?!]++|(?<=\d)\.(?=\d)|(?<=\s)[!?](?=[^\W_]*\d))*\?")  # "MR ?3" opens a code,
# no question end; a clock time or a date ('om 23.15', '9.30') is inside the question (round 40, k40a). Runs of plain
# characters taken whole (possessive) and a start only where a sentence starts: the same matches, in linear time (the
# per-character alternation made finditer near-quadratic on a long sentence without '?'; k40r2: 11k characters 8 s -> 3 ms)
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def _softens(text: str, start: int, end: int) -> bool:
    before = [w.lower() for w in _WORD.findall(text[:start])]
    after = [w.lower() for w in _WORD.findall(text[end:])]
    if not before or not after:
        return False  # the question's first or last word: 'Efkes?', 'Hebt ge efkes?'
    return before[-1] not in _BEFORE_KEEP and after[0] not in _AFTER_KEEP


def _one(question: str) -> tuple[str, list[str]]:
    gone: list[str] = []
    m = _FRONT.match(question)
    if m and question[m.end():m.end() + 1].isalpha():
        gone.append(m.group(1))
        question = question[m.end()].upper() + question[m.end() + 1:]
    for m in reversed(list(_IN_ASK.finditer(question))):
        if _softens(question, m.start(), m.end()):
            gone.append(m.group(1))
            question = question[:m.start()].rstrip(" ") + " " + question[m.end():].lstrip(" ")
    tail = _TAIL.search(question)
    if tail:
        gone.append(tail.group(1).strip(" ,"))
        question = question[:tail.start()] + question[tail.end():]
    return re.sub(r"\s+(,|\?(?!\w))", r"\1", question), gone  # a "?" opening a code stays apart ("vraag ?3")


def tidy(sentence: str) -> tuple[str, list[str]]:
    """The offered sentence without the softening fillers in its questions, and the words that went."""
    out: list[str] = []
    gone: list[str] = []
    last = 0
    for m in _QUESTION.finditer(sentence):
        lead = len(m.group(0)) - len(m.group(0).lstrip())
        question, words = _one(m.group(0)[lead:])
        out.append(sentence[last:m.start() + lead] + question)
        gone += words
        last = m.end()
    out.append(sentence[last:])
    return _hesitations("".join(out), gone)


# A hesitation sound anywhere in the offered sentence ('ik ben echt helemaal op ehm.', 'Kan je ehm de router …'): a
# voice message typed out keeps them, and every gold drops them (round 44, k44a: h43a-004, h43a-026, p43-035, p43-052
# list 'ehm' as a word that must go). Only the sounds themselves, never 'eh'/'he' (a Flemish tag the golds keep).
_UM = re.compile(r"(?i)(?<![\w'-])(?:e+h+m+|u+h+m+|u+m{2,}|eu+h+m*|e+h{2,}|u+h{2,})(?![\w'-])[,.]?")


# ', Eva, ' / ', meneer, ' / ', zaterdag, ': a comma that opens an insert of a word or two closed by its own comma
_PAIR = re.compile(r", ?(?P<insert>[^\W\d_][\w'-]*(?: [^\W\d_][\w'-]*)?),")
_ADDRESS = frozenset({"meneer", "mevrouw", "mevr", "dokter", "schat", "lieverd", "liefje", "jongens", "pap", "mam"})


def _paired(after: str) -> bool:
    """The insert is a name, an address or a moment ('Eva', 'ons Lien', 'meneer', 'zaterdag'), not 'mij helpen'."""
    from .lexicon import lexicon

    m = _PAIR.match(after)
    if m is None:
        return False
    words, lex = m.group("insert").split(), lexicon()
    kin = len(words) == 1 and words[0].lower() in lex.relations  # 'mama', 'oma', 'buurman' (k44r3)
    return any(w[:1].isupper() for w in words) or kin or words[0].lower() in _ADDRESS | lex.moment_starts


def _hesitations(sentence: str, gone: list[str]) -> tuple[str, list[str]]:
    found = [m for m in _UM.finditer(sentence) if sentence[:m.start()].strip()]
    for m in reversed(found):
        word = m.group(0).rstrip(",.")
        end = m.start() + len(word)
        gone.insert(0, word)
        before, after = sentence[:m.start()].rstrip(" "), sentence[end:]
        if _paired(after) and not before.endswith(","):
            sentence = before + after  # 'Kun je ehm, Eva, morgen …' -> 'Kun je, Eva, morgen …': the pair kept (k44r2)
        elif after.startswith(",") and (before.endswith(",") or re.match(r", [^\W\d_]", after)):
            sentence = before + after[1:]  # 'Kun je, uhm, daar …' -> 'Kun je, daar …'; 'Kun je ehm, de kat' (k44r)
        else:
            sentence = before.rstrip(" ,") + after if after[:1] in ",.?!" else before + after
    return re.sub(r"\s+(?=[,.?!])", "", sentence) if found else sentence, gone


def spans_in(text: str, words: list[str], taken: tuple) -> list[tuple[int, int]]:
    """Where the words that went stand in the draft, to strike them: the first place not yet struck through,
    inside a question when there is one ('Ik heb ff tijd. Kun je ff komen?' strikes the second 'ff')."""
    spans: list[tuple[int, int]] = []
    for word in words:
        rx = re.compile(r"(?i)(?<![\w'])" + r"\s+".join(map(re.escape, word.split())) + r"(?![\w'])")
        free = [m for m in rx.finditer(text) if not any(a < m.end() and m.start() < b for a, b in list(taken) + spans)]
        asked = [m for m in free if re.match(r"[^.!?]*\?", text[m.end():])]
        best = (asked or free)[:1]
        spans += [(m.start(), m.end()) for m in best]
    return spans
