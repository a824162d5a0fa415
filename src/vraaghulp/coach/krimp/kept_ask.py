"""The request is never lost (contract point 6): every result, sure or not, holds the writer's request.

The rules read a draft clause by clause; a request in a shape they do not know yet (a wish put to the
reader in chat spelling, 'dus willen jullie …' run on after a statement, a run-on imperative, a question
after a long preamble typed without punctuation) can come out of them as only the statement or the honest
sentence next to it. This module reads the draft again on its surface, independent of the clauses: it
marks every stretch that asks the reader something,

- a modal in front with the reader after it ('kun je', 'willen jullie', 'zoudt gij', 'kan iemand',
  'mag ik', 'wil er iemand'),
- 'wie' with a verb ('wie kan', 'wie wil'),
- a wish or a permission put to the reader ('ik zou graag hebben dat ge', 'ik heb liever dat je',
  'het zou fijn zijn als je', 'ik hoop dat jullie', 'is het ok als ik', 'vind je het erg als ik'),
- an imperative in front of a sentence or after 'dus' ('neem … mee', 'dus controleer …'),

from its cue to the end of its sentence (a reason after 'want' or 'omdat' left out). When the draft has
such a stretch and the result shows the content words of none of them, the request went: the result is
not sure, and the stretch is put back in the writer's own words (``put_back``).
"""

from __future__ import annotations

from .clauses import past_question
from .edges import ANNOUNCED
from .lexicon import lexicon
from .tokens import Draft, read
from .which_ask import set_aside as courtesy_set_aside
from .wordsets import SECOND_ASK

_SECOND = SECOND_ASK | {"verder"}

CODE = "vraag-kwijt"

_MODALS = frozenset({"kun", "kan", "kunt", "kunnen", "wil", "wilt", "willen", "zou", "zoudt", "zouden", "mag", "moogt",
                     "mogen", "wou", "wilde", "kon", "konden", "zal", "zult", "zullen"})
_READERS = frozenset({"je", "jij", "u", "ge", "gij", "jullie", "iemand", "gullie", "julder"})
_ASKED_BY_ME = frozenset({"mag", "mogen", "kan", "kon", "kun", "zou", "moogt"})  # 'mag ik', 'kan ik', 'zou ik … mogen'
_WHO_VERBS = frozenset({"kan", "kunt", "wil", "wilt", "heeft", "gaat", "zou", "komt", "neemt", "doet", "brengt", "haalt",
                        "weet", "wil", "rijdt", "past", "helpt", "springt", "heeft"})
# A word right before a verb in front that makes it a statement in the writer's own order ('dan kan je …').
_INVERTING = frozenset({"dan", "nu", "daarna", "toen", "zo", "straks", "morgen", "vandaag", "ook", "misschien", "wel", "niet",
                        "als", "daar", "hier", "er", "dat", "wat", "of", "die", "wie", "waar", "hoe", "wanneer", "waarom",
                        "mss", "misschien", "eventueel", "anders", "natuurlijk", "echt", "zeker", "nog", "alleen", "pas"})
_WISH_VERBS = frozenset({"wil", "wou", "wilde", "willen", "hebben", "heb", "zien", "zie"})
_JUDGED = frozenset({"ok", "oke", "goed", "goe", "erg", "prima", "fijn", "een", "mogelijk", "handig"})
_NICE = frozenset({"fijn", "leuk", "lief", "top", "tof", "handig", "prettig", "mooi", "chill", "super", "helpen", "schelen",
                   "waarderen", "appreciëren", "apprecieren", "geweldig", "fantastisch"})
_SO = frozenset({"dus", "daarom", "allee", "awel", "oke"})
_REASONS = frozenset({"want", "omdat", "aangezien"})
_LEADS = frozenset({"en", "maar", "of", "vragen", "vraag", "zeggen"})  # '… dus ik vraag het nog één keer: neem …'
_JOINED = frozenset({"en", "of"})  # 'zet … en ruim … op': one request goes on
_FUNCTION = frozenset({
    "de", "het", "een", "en", "of", "maar", "dus", "dan", "als", "dat", "die", "deze", "dit", "er", "ik", "je", "jij", "u", "ge",
    "gij", "jullie", "we", "wij", "ze", "zij", "hij", "me", "mij", "ons", "mijn", "uw", "jouw", "zijn", "haar", "hun", "te", "om",
    "in", "op", "aan", "met", "voor", "van", "naar", "bij", "uit", "tot", "over", "door", "nog", "ook", "even", "eens", "keer",
    "graag", "gewoon", "echt", "misschien", "eventueel", "wel", "niet", "al", "toch", "zo", "heel", "iemand", "wie", "kan",
    "kun", "kunt", "kunnen", "wil", "wilt", "willen", "zou", "zoudt", "zouden", "mag", "mogen", "moogt", "is", "ben", "zijn",
    "hebben", "heb", "hebt", "doen", "alsjeblieft", "pls", "allemaal", "hoor", "eigenlijk", "liever", "hoop", "fijn", "leuk",
})


def _flat(d: Draft) -> list[tuple[str, int]]:
    """The normalised words of the draft with the token each comes from ('kunde' -> kunt, ge)."""
    return [(w, i) for i in range(d.n) if d.is_word(i) for w in d.words(i)]


def _front(d: Draft, flat: list[tuple[str, int]], k: int) -> bool:
    """Does word k stand in front: the first word of its sentence or line, or after a mark, 'dus', 'en', 'maar'."""
    if k == 0:
        return True
    prev, i = flat[k - 1][0], flat[k][1]
    j = flat[k - 1][1]
    if j == i:
        return False
    gap = d.text[d.toks[j].end: d.toks[i].start]
    between = any(d.toks[x].cls == "p" for x in range(j + 1, i))
    return between or "\n" in gap or prev in _SO or prev in _LEADS or d.sentences_of(j) != d.sentences_of(i)


def _cue_at(d: Draft, flat: list[tuple[str, int]], k: int) -> str:
    """The kind of ask that starts at word k: 'vraag' (asked with a verb in front or 'wie'), 'wens' (a wish or a
    permission put to the reader), 'gebiedend' (an imperative), or ''."""
    words = [w for w, _ in flat[k: k + 8]]
    w0 = words[0]
    w1 = words[1] if len(words) > 1 else ""
    w2 = words[2] if len(words) > 2 else ""
    prev = flat[k - 1][0] if k else ""
    if w0 in _MODALS and prev not in _INVERTING and (
            w1 in _READERS or (w1 == "er" and w2 in _READERS) or (w1 == "ik" and w0 in _ASKED_BY_ME and _front(d, flat, k))):
        return "vraag"  # 'kun je', 'willen jullie', 'wil er iemand', 'mag ik'
    if w0 == "wie" and w1 in _WHO_VERBS and _front(d, flat, k):
        i = flat[k + 1][1]
        return "" if past_question(d, i, min(d.n, i + 8)) else "vraag"  # not 'wie heeft mn oplader gepikt
    if w0 in ("is", "zou") and w1 in ("het", "'t") and any(w in _JUDGED for w in words[2:4]) and ("als" in words[3:6] or "dat" in words[3:6]):
        return "vraag" if "ik" in words[3:7] or _READERS & set(words[3:7]) else ""  # 'is het ok als ik …'
    if w0 in ("vind", "vindt", "vinden") and w1 in _READERS and w2 == "het" and ("als" in words[3:5] or "dat" in words[3:5]):
        return "vraag"  # 'vind je het erg als ik …'
    return "wens" if _wish_at(words) else "gebiedend" if _imperative_at(d, flat, k) else ""


def _wish_at(words: list[str]) -> bool:
    """'ik zou graag hebben dat ge', 'het liefst zou ik hebben dat je', 'ik heb liever dat je', 'het zou fijn zijn
    als je', 'ik hoop dat jullie': a wish put to the reader ('ik vind het fijn dat je er bent' is none)."""
    that = next((n for n, w in enumerate(words[:7]) if w in ("dat", "als", "moest")), None)
    if that is None or that < 2 or that + 1 >= len(words) or words[that + 1] not in _READERS or words[0] not in ("ik", "het"):
        return False
    before = set(words[:that])
    if "ik" in before:
        return bool(before & (_WISH_VERBS | {"liever", "liefst", "hoop", "hoopte"})) or "zou" in before and bool(before & _NICE)
    return words[:2] == ["het", "zou"] and bool(before & _NICE)


def _imperative_at(d: Draft, flat: list[tuple[str, int]], k: int) -> bool:
    """A verb from the imperative list in front of its sentence or after 'dus', not followed by a subject."""
    w0 = flat[k][0]
    if w0 not in d.lex.imperatives or not _front(d, flat, k) or w0 in ("luister", "kijk", "let", "wacht", "zeg", "denk"):
        return False  # 'luister ne keer', 'kijk', 'zeg': an attention word, not what is asked
    nxt = flat[k + 1][0] if k + 1 < len(flat) else ""
    return nxt not in ("ik", "we", "wij", "hij", "ze", "zij") and k + 2 < len(flat)


def cues(d: Draft, an=None) -> list[tuple[int, int, str]]:
    """The stretches that ask the reader something (see the module docstring): (first token, end, kind). With the
    draft's analysis, none inside a greeting, a sign-off or a wrapper ('mag ik je iets vragen', 'laat maar weten')."""
    flat = _flat(d)
    outside = _outside(an)
    told = _announced(an)
    starts: list[tuple[int, str]] = []
    for k in range(len(flat)):
        if outside(flat[k][1]) and (kind := _cue_at(d, flat, k) or ("gebiedend" if flat[k][1] in told else "")):
            if not (starts and starts[-1][1] == "wens" and k - starts[-1][0] < 7):  # 'het liefst zou | ik hebben dat ge'
                starts.append((k, kind))
    spans: list[tuple[int, int, str]] = []
    for n, (k, kind) in enumerate(starts):
        i = flat[k][1]
        if spans and spans[-1][0] <= i < spans[-1][1]:
            continue
        sent = d.sentences_of(i)
        end = d.sentences[sent][1] if sent >= 0 else d.n
        later = [flat[x][1] for x, _ in starts[n + 1:] if flat[x - 1][0] not in _JOINED]
        end = min(end, later[0]) if later and later[0] > i else end
        for j in range(i + 1, end):
            if d.is_word(j) and d.word(j) in _REASONS or d.gap(j).count("\n") >= 1:
                end = j
                break
        spans.append((i, end, kind))
    return spans


def _announced(an) -> set[int]:
    """The first token after an announcement that the writer asks ('… dus ik vraag het nog ene keer | ruimt …'):
    what follows it is the ask, whatever its verb."""
    if an is None:
        return set()
    d = an.d
    return {i1 for i0, i1 in an.matches.get("aanloop", ()) if i1 < d.n and d.is_word(i1) and d.word(i1 - 1) in ANNOUNCED}


def _outside(an):
    """Is token i outside the greeting and the sign-off of the analysed draft, outside every wrapper phrase
    ('mag ik je iets vragen', 'laat maar weten'; not the ask a wrapper clause ran on into), and outside courtesy that
    gave way to the ask?"""
    if an is None:
        return lambda i: True
    roles = {i: c.role for c in an.clauses for i in range(c.a, c.b)}
    return lambda i: roles.get(i) not in ("groet", "afsluiting", "naam") and an.covered(i) is None \
        and not courtesy_set_aside(an, i)  # 'mag ik mij excuseren …' given way to the ask (which_ask.past_courtesy)


def _content(words: list[str]) -> list[str]:
    return [w for w in words if len(w) > 2 and w not in _FUNCTION and not w.isdigit()]


def held(words: list[str], result: set[str]) -> bool:
    """Half the content words of the head of a stretch (its first eight words: what it asks, not the reason run on
    after it) are in the result; a verb in another form counts by its first four letters."""
    own = _content(words[:8])
    if not own:
        return True
    stems = {w[:4] for w in result if len(w) > 3}
    hits = sum(1 for w in own if w in result or (len(w) > 3 and w[:4] in stems))
    return 2 * hits >= len(own)


def _asks(r: Draft) -> tuple[bool, bool]:
    """(the result asks the reader something itself, the result only states a need: 'Ik heb het geld nodig.').
    A need said as a wish ('ik wil graag …', 'ik heb nodig dat je …') asks."""
    if any(r.tok_text(i) == "?" for i in range(r.n)) or cues(r):
        return True, False
    needs = [{r.word(i) for i in range(a, b)} for a, b in r.find(r.lex.lists["behoefte"])]
    plain = [w for w in needs if w & {"nodig", "gebruiken"} and "dat" not in w]
    return len(plain) < len(needs), bool(plain)


def lost(an, sentence: str) -> tuple[str, str] | None:
    """(the stretch in the writer's words, its closing mark) when the draft asks the reader something and the
    result holds no ask at all: only a statement, an honest sentence, or a need where the draft asks with a verb
    in front ('ik heb het geld nodig vóór 1 maart … dus willen jullie 85 euro overmaken')."""
    if an is None or not sentence.strip():
        return None
    r = read(sentence, lexicon())
    result = {w for i in range(r.n) if r.is_word(i) for w in r.words(i)}
    d = an.d
    spans = [] if _asked_by_rules(an, result) else cues(d, an)
    if not spans:
        return None
    asks, need = _asks(r)
    if asks or need and not any(kind == "vraag" and not _second(d, a, b) for a, b, kind in spans):
        return None  # beside a need, 'Kun je ook de zaag terugbrengen?' is a second request, sent apart
    if any(held([w for i in range(a, b) if d.is_word(i) for w in d.words(i)], result) for a, b, _ in spans):
        return None
    a, b, kind = spans[0]
    while b > a and not d.is_word(b - 1):
        b -= 1
    asked = kind == "vraag" or (b < d.n and d.tok_text(b) == "?")
    return d.raw(a, b), "?" if asked else "."


def _second(d: Draft, a: int, b: int) -> bool:
    """'kun je vrijdag ook …', 'daarnaast …': a request that says it comes second."""
    return any(d.is_word(i) and d.word(i) in _SECOND for i in range(a, min(b, a + 6)))


def _asked_by_rules(an, result: set[str]) -> bool:
    """The rules found an ask other than a statement of need and the result holds it: what the result makes of
    it is theirs to answer for."""
    main = getattr(an, "main", None)
    if not main or not any(c.role == "vraag" and c.kind not in ("behoefte", "") for c in main[:1]):
        return False
    d = an.d
    return held([w for c in main for i in range(c.a, c.b) if d.is_word(i) for w in d.words(i)], result)


def put_back(sentence: str, stretch: str, mark: str) -> str:
    """The result with the lost request after it, as its own sentence in the writer's words."""
    body = stretch.strip().rstrip(",;:")
    body = body[:1].upper() + body[1:]
    text = sentence.rstrip()
    if text and text[-1] not in ".?!":
        text += "."
    return f"{text} {body}{mark}".strip()

