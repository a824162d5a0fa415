"""Last checks on a result the rules call sure, for kinds of loss that new wording brings.

Each check looks at the draft and the finished result in general terms (never the words of one
draft) and gives a short code; any code makes the result not sure (it is still offered, and the
person is asked what they ask exactly).

- ``wrapper-meer``: the result keeps no honest sentence, and a clause that goes as an apology or
  burden talk runs over a sentence boundary that lost its mark into one ('sorry voor het late
  bericht Ik loop vast met de cijfers');
- ``aaneen``: the result runs over a sentence boundary of the draft that lost its mark: a capital
  function word in the middle ('… doorsturen De interviews …', '… verhuizen 'k Trakteer …'), or
  the request's infinitive followed by a subject and a finite verb ('… zetten ik geraak er …');
- ``naam-weg``: the person addressed with a title at the start ('mevrouw Claes, …') is not in the
  result, or the result's vocative comes from a sentence after the request (a signature);
- ``bijna-hulpwerkwoord``: the result holds a misspelled modal verb next to the real one
  ('Kunt u … knnen innen');
- ``over-derde``: in the practice flow (a person typed apart) the question still asks about a
  third person ('Kunnen ze zaterdag oppassen?' with 'mijn ouders' typed): who is meant is unclear;
- ``weg-onvermogen``: the result keeps no honest sentence, and a sentence after the request that
  names something concrete the writer cannot do ('ik kan met die krukken de trap niet af') went
  as a whole: readers differ on whether the reader needs it, so the engine does not vouch;
- ``half-omgezet``: a question joins an infinitive and a finite verb with 'en' (coordinated.py);
- ``aanvulling-weg``: a sentence of the result ends on a verb whose clause in the draft goes on
  with "of", "dat", "wat", "hoe" … and words the result lost ('… passeren om te zien?' from
  '… om te zien of alles goed is met mijn pols'): what is asked is cut off;
- ``weg-zwaar``: a clause with heavy news went as a whole (heavy.py);
- ``duur-weg``: the draft says how long it takes and the result does not (named_after.py).
"""

from __future__ import annotations

import re

from vraaghulp.coach.text import fold

from .account import word_classes
from .checks import CLAUSE_OPENERS, text_words
from .coordinated import half_turned
from .heavy import CODE as HEAVY, heavy_dropped
from . import some_time
from .named_after import duration_lost
from .typos import one_letter_short
from .reported import THIRD
from .segment import finite_like
from .verbs import is_infinitive

CODES = ("wrapper-meer", "aaneen", "naam-weg", "bijna-hulpwerkwoord", "over-derde", "weg-onvermogen", "aanvulling-weg",
         "half-omgezet", HEAVY, "duur-weg", some_time.CODE)
_MARKED_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*|'[^\W_]+|[.?!,;:\n]")
_ASKS_THIRD = re.compile(r"(?:^|[,.?!:]\s*)(?:kan|kun|kunnen|wil|willen|zou|zouden|gaat|gaan|komt|komen|heeft|hebben|mag|mogen)"
                         r"\s+(?:ze|zij|hij|ie)\b", re.IGNORECASE)
_GOES_ON = re.compile(r"[.!]+\s+(?=(?:" + "|".join(sorted(CLAUSE_OPENERS)) + r")\b)")
_PIECES = re.compile(r"[.?!,;:()]+")
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*|'[^\W_]+")
_MODALS = ("kunnen", "willen", "mogen", "zouden", "moeten")
_WRITER = frozenset({"ik", "'k", "we", "wij"})


def doubts(out, sentence: str, typed: bool = False) -> list[str]:
    """The codes of every check that fails for this sure result (empty: it stays sure); `typed`:
    a person was typed apart (the practice flow)."""
    an = out.analysis
    if an is None or not getattr(an, "main", None) or out.crisis:
        return []
    result = set(text_words(sentence))
    found = []
    if _wrapper_holds_more(an, out.kept, result):
        found.append("wrapper-meer")
    if _runs_on(an.d.lex, sentence):
        found.append("aaneen")
    if _title_lost(an, result) or sentence.startswith(out.name or "\0") and _signature_name(an, out.name):
        found.append("naam-weg")
    if any(_near_modal(an.d.lex, w) for w in result):
        found.append("bijna-hulpwerkwoord")
    if typed and _ASKS_THIRD.search(sentence):
        found.append("over-derde")
    if _inability_dropped(an, out.kept):
        found.append("weg-onvermogen")
    if complement_cut(an.d.text, sentence):
        found.append("aanvulling-weg")
    if half_turned(an.d.lex, sentence):
        found.append("half-omgezet")  # 'kun je je kamer opruimen en de was … brengt?' (coordinated.py)
    if heavy_dropped(an, out.kept):
        found.append(HEAVY)  # 'Mijn vader is gisteren overleden.' went as a whole (heavy.py)
    if duration_lost(an, text_words(sentence)):
        found.append("duur-weg")  # 'Het duurt maar twee uur, maar …' went: the duration is a must-keep (named_after.py)
    if some_time.lost(out, sentence):
        found.append(some_time.CODE)  # 'mag ik een keer meekijken …' without a moment lost 'een keer' (some_time.py, k54a)
    return found


def complement_cut(draft: str, sentence: str) -> bool:
    """A sentence of the result ends on two words that stand in the draft only followed by a word
    of `CLAUSE_OPENERS` and at least one word the result does not hold."""
    kept = set(text_words(sentence))
    draft = _GOES_ON.sub(" ", draft)  # 'kijken. of de deur dicht is': a lower-case 'of' after a stop goes on
    said = _MARKED_WORD.findall(fold(draft))  # with the marks: 'brengen. Dat zou fijn zijn' is no clause of 'brengen'
    for piece in re.split(r"[.?!]+", sentence):
        words = text_words(piece)
        if len(words) < 2:
            continue
        tail = words[-2:]
        spots = [k for k in range(len(said) - 1) if said[k:k + 2] == tail]
        if spots and all(k + 3 < len(said) and said[k + 2] in CLAUSE_OPENERS
                         and any(w not in kept for w in said[k + 3:k + 6]) for k in spots):
            return True
    return False


def _wrapper_holds_more(an, kept: set[int], result: set[str]) -> bool:
    """The result keeps no honest sentence, and a dropped wrapper clause goes on, past a capital
    that opens a sentence, with one (the wrapper phrase swallowed it)."""
    d = an.d
    if any("staat" in an.cover.get(i, ()) for i in kept) or any(
            c.role == "staat" and any(i in kept for i in range(c.a, c.b)) for c in an.clauses):
        return False
    for c in an.clauses:
        if c.role != "wrap" or any(i in kept for i in range(c.a, c.b)):
            continue
        opens = [i for i in d.content(c.a, c.b) if i > 0 and _capital_start(d, i)]
        rest = [i for i in d.content(opens[0], c.b) if d.word(i) not in result] if opens else []
        if any("staat" in an.cover.get(i, ()) for i in rest):
            return True
    return False


def _capital_start(d, i: int) -> bool:
    """Token i is a capital function word right after a word: a sentence that lost its mark."""
    raw = d.tok_text(i)
    return raw[:1].isupper() and d.is_word(i - 1) and d.word(i) in word_classes().function | d.lex.subjects


def _runs_on(lex, sentence: str) -> bool:
    """A capital function word after a lower-case word with no mark between them, or a capital
    word after a clitic that follows a word ('… verhuizen 'k Trakteer …')."""
    function = word_classes().function | word_classes().negation | lex.subjects
    words = [(m.group(0), m.start()) for m in _WORD.finditer(sentence)]
    if any(_verb_then_clause(lex, text_words(piece)) for piece in _PIECES.split(sentence)):
        return True
    for k in range(1, len(words)):
        word, at = words[k]
        prev = words[k - 1][0]
        if not word[:1].isupper() or word.isupper() and len(word) > 1 or _marked(sentence, at):
            continue  # 'maar GEEN chocolade': capitals for stress
        if prev[:1] == "'":  # a clitic: the word before it decides
            if k >= 2 and not _marked(sentence, words[k - 1][1]) and prev.lower() in ("'k", "'t"):
                return True
            continue
        nxt = words[k + 1][0] if k + 1 < len(words) else ""
        if prev[:1].isupper() and word.lower() in lex.infix or nxt[:1].isupper():
            continue  # 'Mevrouw De Graaf', 'apotheek De Linde': a name
        if word.lower() in function:
            return True
    return False


def _verb_then_clause(lex, words: list[str]) -> bool:
    """An infinitive, then a subject and a finite verb with no word that joins them: a new
    statement typed on after the request ('… zetten ik geraak er …')."""
    function = word_classes().function
    for k in range(1, len(words) - 2):
        w, subject, verb = words[k:k + 3]
        if not is_infinitive(lex, w) or w in lex.finite or w in function:
            continue
        if subject in _WRITER and verb.isalpha() and verb not in function and not is_infinitive(lex, verb):
            return True
        if subject in THIRD and finite_like(lex, verb):
            return True
    return False


def _marked(sentence: str, at: int) -> bool:
    """A mark (or the start) right before position at."""
    before = sentence[:at].rstrip()
    return not before or before[-1] in ".?!:;,(\"'" or not before[-1].isalpha()


def _title_lost(an, result: set[str]) -> bool:
    """'Beste mevrouw Claes, …' / 'mevrouw claes, …': the title and the name after it, in the
    draft's first sentence and not signing in, are both missing from the result."""
    d = an.d
    first = [i for i in range(d.n) if d.is_word(i) and d.sentences_of(i) == 0][:4]
    function = word_classes().function | d.lex.subjects
    for k, i in enumerate(first[:-1]):
        j = first[k + 1]
        if d.word(i) not in d.lex.formal or d.word(i) == "geachte" or j != i + 1 or i in an.signed:
            continue
        name = d.word(j)
        looks = d.tok_text(j)[:1].isupper() or i == first[0]
        if name in function or name in d.lex.formal or not looks or (k > 0 and d.word(first[k - 1]) in ("met", "is", "ben")):
            continue  # 'Geachte mevrouw, Mijn …', 'Met mevrouw Jansen' (the writer)
        if d.word(i) not in result and name not in result:
            return True
    return False


def _signature_name(an, name: str) -> bool:
    """The vocative's words stand in the draft only in a sentence after the request's last one."""
    d = an.d
    words = text_words(name)
    if not words:
        return False
    last = d.sentences_of(an.main[-1].b - 1)
    at = [i for i in range(d.n) if d.is_word(i) and d.word(i) == words[-1]]
    return bool(at) and all(d.sentences_of(i) > last for i in at)


def _near_modal(lex, word: str) -> bool:
    """'knnen', 'wllen': a modal infinitive with one letter left out (not a word of its own)."""
    if len(word) < 4 or word in _MODALS or word in lex.real_words or word in lex.finite:
        return False
    return one_letter_short(word, _MODALS)


def _inability_dropped(an, kept: set[int]) -> bool:
    """The result keeps no honest sentence, and a sentence after the request that says the writer
    cannot do something ('ik kan er … niet …') went as a whole."""
    d = an.d
    words = word_classes()
    if any(c.role == "staat" and any(i in kept for i in range(c.a, c.b)) for c in an.clauses):
        return False
    last = d.sentences_of(an.main[-1].b - 1)
    for k, (a, b) in enumerate(d.sentences):
        toks = [i for i in range(a, b) if d.is_word(i)]
        if k <= last or not toks or any(i in kept for i in toks):
            continue
        said = [d.word(i) for i in toks]
        if len(said) > 3 and said[0] in words.writer and said[1] in ("kan", "kon", "mag", "mocht") \
                and (said[2] not in words.negation or _what_not(an, said)) and set(said) & words.negation:
            return True  # not a bare 'ik kan niet (want …)': that is the asked thing itself
    return False


def _what_not(an, said: list[str]) -> bool:
    """'ik kan niet naar de praktijk komen': the negation right after the verb, and then what the writer
    cannot do, to its own infinitive (no 'want …' or 'meer': not a bare 'ik kan niet (meer)')."""
    return len(said) >= 6 and is_infinitive(an.d.lex, said[-1]) and not {"want", "omdat", "meer"} & set(said)
