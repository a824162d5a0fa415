"""The not-sure path's promise (contract point 6): "your own request, with only what surely goes cut".

A result the engine cannot vouch for is offered as the person's own words. That is only true when
it still holds every content word of the request's own clauses (and every moment, amount, negation
or condition of a clause that leads up to the request in its sentence, before a comma), and when no
word in it points back at a sentence that went ('Zou u die … doorsturen?' after the sentence that
named the referral). When it does not, the request sentence is offered as typed, with only the
surely removable parts cut: greetings, sign-offs, apologies, burden talk, escape hatches, hedges,
preambles (and the vocative, which goes in front); a pointer brings back the sentence before it.
The result is never reshuffled and never loses content.
"""

from __future__ import annotations

import re

from .account import removed_spans, timed_tokens, word_class, word_classes
from .assemble import has_moment
from .checks import text_words
from .fallback import question_tail
from .verbs import infinitive_of
from .which_ask import alone as courtesy_alone

_CUT_ROLES = frozenset({"groet", "afsluiting", "wrap", "naam"})
# Phrase kinds that surely go wherever they stand (a greeting word like 'dag' only goes as a greeting clause).
_CUT_KINDS = frozenset({"excuus", "last", "uitweg", "aanloop", "angst", "oordeel", "afzwakker"})
_LEADING = frozenset({"maar", "mo", "mr", "en", "dus", "want"})
_LEAD_ROLES = frozenset({"tekst", "staat"})
_LEAD_KINDS = frozenset({"moment", "duur"})
_MODALS = frozenset({"kunnen", "willen", "mogen", "hoeven", "moeten", "zullen", "zou", "zoudt", "zouden"})
_FORWARD = frozenset({"dat", "da", "om", "of"})
_NOT_POINTING = frozenset({"iemand", "niemand", "wie", "degene", "er", "iets", "alles"})


def offer(out, sentence: str) -> str:
    """The not-sure sentence to offer for the engine's Outcome: `safe`; when the request sentence as
    typed is offered instead, the outcome's kept tokens (the struck-through view), and a missing
    moment the typed words do name, follow it."""
    an = out.analysis
    new, toks = safe(an, sentence, out.name, out.kept | out.accounted)
    if toks is None:
        return sentence
    d = an.d
    name = set(text_words(out.name))
    out.kept = toks | {i for i in out.kept if i < d.n and d.is_word(i) and d.word(i) in name}
    if has_moment(d.lex, new):
        out.found = [(k, f) for k, f in out.found if f.kind != "geen-moment"]
        out.missing = tuple(m for m in out.missing if m != "wanneer")
    return new


def safe(an, sentence: str, name: str, kept: set[int] = frozenset()) -> tuple[str, set[int] | None]:
    """The not-sure sentence, or the request sentence as typed when the sentence is not the person's
    own; with the draft tokens the typed sentence shows (None: the sentence stays)."""
    main = getattr(an, "main", None) if an is not None else None
    if not main or not sentence.strip():
        return sentence, None
    shown = set(text_words(sentence))
    sents = sorted({c.sent for c in main + question_tail(an, main)})
    sents += _list_after(an, sents[-1])
    if not _lost(an, main, shown, sents, kept) and not _points_back(an, main, shown) and not _STRAY.search(sentence) \
            and not _moved_past(an, main, shown) and not courtesy_alone(an):  # never 'Mag ik het goed doen?' (which_ask)
        return sentence, None
    if (_pointer(an, sents) or _moved_past(an, main, shown)) and sents[0] > 0 and "?" not in _typed(an, [sents[0] - 1])[0]:
        sents = [sents[0] - 1] + sents
    typed, toks = _typed(an, sents)
    if not typed:
        return sentence, None
    if name and not typed.lower().startswith(name.lower()):
        typed = _name_inside_out(typed, name)
        typed = f"{name}, {typed[:1].lower()}{typed[1:]}" if not typed[:2].isupper() else f"{name}, {typed}"
    return typed, toks


def _name_inside_out(typed: str, name: str) -> str:
    """The vocative that opens a later sentence goes, as it goes in front ('Ik zit met die oude kast … . Seppe,
    kunt ge …?' -> 'Seppe, ik zit met die oude kast … . Kunt ge …?', round 44: no 'Seppe, … Seppe, kunt ge')."""
    found = re.search(rf"(?<=[.!?]\s){re.escape(name)},\s*(\w)", typed)
    if not found:
        return typed
    return typed[:found.start()] + found.group(1).upper() + typed[found.end():]


def _tok_shown(an, i: int, shown: set[str]) -> bool:
    """Token i is in the offered sentence: its normal form, or its own spelling ('ni', '15.00')."""
    own = text_words(an.d.tok_text(i))
    return _shown(an, an.d.word(i), shown) or bool(own) and all(_shown(an, w, shown) for w in own)


def _shown(an, w: str, shown: set[str]) -> bool:
    if w in _MODALS:
        return True  # the rewrite may change a modal's form ('zou … niet hoeven te' -> 'hoeft … niet')
    if w in shown or (w.isalpha() and infinitive_of(an.d.lex, w)[0] in shown):
        return True
    if len(w) >= 3 and any(len(s) > len(w) and (s.startswith(w) or s.endswith(w)) for s in shown):
        return True  # 'mee' … 'nemen': 'meenemen'
    stem = w[:-1] if w.endswith("t") else w
    return len(stem) >= 3 and any(s.endswith("en") and s[:3] == stem[:3] and len(s) <= len(stem) + 3 for s in shown)  # 'komt': 'komen'


_MARKER = re.compile(r"^\d{1,2}[.)]|(?:^|\s)\d{1,2}[.)]$")
_STRAY = re.compile(r"(?:^|[.?!]\s+)\d{1,2}[.)]\s*$")  # '… meenemen? 1.': a list marker left alone


def _list_after(an, k: int) -> list[int]:
    """The sentences after sentence k that make a numbered list typed inline ('1. stoelen 2. je pan 3. …')
    or a list of bullet lines: they spell out what is asked."""
    d = an.d
    out = []
    previous = d.raw(*d.sentences[k])
    for j in range(k + 1, len(d.sentences)):
        a, b = d.sentences[j]
        text = d.raw(a, b)
        if "?" in text or not (_MARKER.search(text[:3]) or _MARKER.search(previous[-4:]) or d.is_bullet(a)):
            break
        out.append(j)
        previous = text
    return out


def _lost(an, main, shown: set[str], sents: list[int], kept: set[int]) -> bool:
    """A content word of the request's clauses, or a strong word (moment, amount, negation,
    condition) of a clause leading up to it in its sentence, is not in the offered sentence."""
    d = an.d
    words = word_classes()
    moments = timed_tokens(an)
    removed = _removed(an) - moments.keys()
    request = [c for c in main + question_tail(an, main) if c.start < 0 or d.word(c.start) not in words.reason_start]
    request += [c for c in an.clauses if c.sent in sents and c.sent > main[-1].sent]
    lead = [c for c in an.clauses if c.sent == main[0].sent and c.b <= main[0].a and c.role in _LEAD_ROLES
            and c.start >= 0 and d.word(c.start) not in words.reason_start and not any(i in an.cover for i in range(c.a, c.b))
            and any(d.tok_text(i) == "," for i in range(c.b, main[0].a)) and not d.content(c.b, main[0].a)]
    for clauses, strong_only in ((request, False), (lead, True)):
        for c in clauses:
            for i in d.content(c.a, c.b):
                if i in removed or (d.word(i)[:1].isdigit() and d.is_bullet(i)):
                    continue
                kind = word_class(an, i, words, moments)
                if kind is None or strong_only and kind not in _LEAD_KINDS or i in kept and not strong_only:
                    continue  # a token the rewrite shows in another form ('die dag' as the day it points at)
                if not _tok_shown(an, i, shown):
                    return True
    return False


def _removed(an) -> set[int]:
    """removed_spans, without greeting and sign-off words outside their own clauses ('die dag')."""
    phrases = {i for i, kinds in an.cover.items() if kinds & {"groet", "afsluiting"} and not kinds & (_CUT_KINDS | {"vaag_tijd"})}
    clauses = {i for c in an.clauses if c.role in ("groet", "afsluiting", "leeg") for i in range(c.a, c.b)}
    return removed_spans(an) - (phrases - clauses)


def _points_back(an, main, shown: set[str]) -> bool:
    """The offered sentence points back ('die', 'hem', 'daarna') while the sentence before the
    request went: none of its content words is in the offered sentence."""
    k = main[0].sent
    if k == 0 or not _pointer(an, [c.sent for c in main], shown):
        return False
    d = an.d
    words = word_classes()
    a, b = d.sentences[k - 1]
    content = [i for i in d.content(a, b) if word_class(an, i, words, {}) == "inhoud"]
    return bool(content) and not any(_tok_shown(an, i, shown) for i in content)


def _moved_past(an, main, shown: set[str]) -> bool:
    """'die dag' made the day of a sentence further back (or half of the day before), while the
    sentence right before the request names a moment the offered sentence lacks: it points at that one."""
    d = an.d
    k = main[0].sent
    a, b = d.sentences[k]
    text = " " + " ".join(d.word(i) for i in d.content(a, b)) + " "
    if k == 0 or not any(f" {ref} " in text for ref in d.lex.moment_refs if ref != "dan"):
        return False
    pa, pb = d.sentences[k - 1]
    spans = [(i0, i1 + 2 if i1 + 1 < pb and d.word(i1) == "de" and d.word(i1 + 1)[:1].isdigit() else i1)
             for i0, i1 in an.moments if pa <= i0 < pb]  # 'vrijdag de 9e': the date the moment parser leaves off
    return bool(spans) and not any(all(_tok_shown(an, i, shown) for i in d.content(i0, i1)) for i0, i1 in spans)


def _pointer(an, sents: list[int], shown: set[str] | None = None) -> bool:
    """A word in the request's sentences that points back at something said before (and, with
    shown, is still in the offered sentence: the rewrite did not put in what it points at)."""
    d = an.d
    lex = d.lex
    words = word_classes()
    for k in sents:
        a, b = d.sentences[k]
        toks = d.content(a, b)
        text = " " + " ".join(d.word(i) for i in toks) + " "
        if any(f" {ref} " in text and (shown is None or set(ref.split()) <= shown) for ref in lex.moment_refs if ref != "dan"):
            return True
        for n, i in enumerate(toks):
            w, prev = d.word(i), d.word(toks[n - 1]) if n else ""
            if shown is not None and w not in shown:
                continue
            ahead = {d.word(j) for j in toks[n + 1:]}
            if w in lex.references and not ahead & _FORWARD or w in ("hem", "'m"):
                return True  # not 'ermee akkoord gaan dat …': that points ahead
            nxt = d.word(toks[n + 1]) if n + 1 < len(toks) else ""
            alone = not nxt or word_class(an, toks[n + 1], words, {}) is None  # 'die doorsturen' is no 'die week'
            if w in ("die", "deze") and n and alone and prev not in _NOT_POINTING and (prev in words.function or prev in lex.subjects):
                return True
    return False


def _typed(an, sents: list[int]) -> tuple[str, set[int]]:
    """The sentences as typed, with the surely removable parts cut, tidily closed; and their tokens."""
    d = an.d
    cut = {i for c in an.clauses if c.role in _CUT_ROLES for i in range(c.a, c.b)}
    cut |= {i for i, kinds in an.cover.items() if kinds & _CUT_KINDS}
    runs: list[list[int]] = []
    for k in sents:
        a, b = d.sentences[k]
        for i in range(a, b):
            if i in cut:
                if runs and runs[-1]:
                    runs.append([])
                continue
            runs[-1:] = runs[-1:] or [[]]
            runs[-1].append(i)
    pieces = [d.raw(r[0], r[-1] + 1) for r in runs if r]
    text = " ".join(p for p in pieces if any(ch.isalnum() for ch in p)).replace(" ,", ",")
    text = re.sub(r"[,;:]\s*([?.!])", r"\1", text)
    return _tidy(text), {i for r in runs for i in r}


def _tidy(text: str) -> str:
    words = text.split()
    while words and (words[0].strip(",;:").lower() in _LEADING or not any(ch.isalnum() for ch in words[0])):
        words = words[1:]
    text = " ".join(words).strip(" ,;:")
    if not any(ch.isalpha() for ch in text):
        return ""
    if text[-1] in ".?!":
        return text[:1].upper() + text[1:]
    asked = "?" in text
    text = text.rstrip(" ,;:.!?")
    return text[:1].upper() + text[1:] + ("?" if asked else ".")
