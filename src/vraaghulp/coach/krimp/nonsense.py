"""Never offer nonsense (round 48, k48b; issue 12).

The last look at every result, crisis too: signs that a rewrite broke the writer's Dutch or made it say
something the draft did not. Each sign is a kind; for each the offer keeps the writer's own words for that part
(the not-sure path: "the user's own request with only the surely removable parts cut") and is never sure:

- ``onzin-dubbel``: a stretch of four or more words said twice where the draft says it once (a list placed inside
  the question and again after it): the copy the draft does not have goes;
- ``onzin-komma``: a comma before a pronoun where the draft has the same two words without one ('durf, ik'):
  the comma goes;
- ``onzin-te``: 'te' before another verb than in the draft, or a split 'vast te zetten' glued ('vastzetten'):
  the sentence is the draft's own;
- ``onzin-bijzin``: a sentence that stood in the draft after 'omdat', 'dat', 'als' … without its main clause
  ('ik het aan de deur niet goed over mijn lippen krijg'): the draft's whole sentence;
- ``onzin-verwijzing``: a pointer ('hem', 'dat') replaced by a name or a person ('Kwantum', 'haar grootmoeder'),
  which is no thing one passes on or carries: the pointer as typed;
- ``onzin-aanspreking``: an address found only in the signature line ('Kisi kisi, mama'), not typed as the
  person: the address goes;
- ``onzin-kader``/``onzin-vervoegd`` (round 49, k49b, indirect.py): the frame made the question ('Kan het een idee
  zijn als …'), a finite verb of the frame's clause left after the new modal ('Kan iemand … uitruimt'), or
  ``onzin-rij`` an act of the clause's row lost ('… uitruimt, de was ophangt en …' -> 'Kan iemand … uitruimen?'): the
  draft's whole sentence.

``signs`` is what tools/krimp_nonsense.py counts; ``checked`` mends a ``Shrunk``.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from functools import lru_cache

from vraaghulp.content import load_toml

from . import indirect, usable
from .model import Shrunk

_WORD = re.compile(r"[\w'’]+")
_SENT = re.compile(r"[^.?!]+[.?!]*")
_LINE_SENT = re.compile(r"[^.?!\n]+[.?!]*")
_NOT = frozenset({"niet", "ni", "nie", "nid", "nooit", "om"})
_VOC = re.compile(r"^([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?), (?=\w)")


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    data = load_toml("krimp")["onzin"]
    return {k: frozenset(v) for k, v in data.items()}


def _flat(text: str) -> str:
    return " ".join(text.split())


def _low(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _marked(text: str) -> list[str]:
    """Lower-case words with the marks that end a clause kept as tokens of their own."""
    return [w.lower() for w in re.findall(r"[\w'’]+|[.?!,;:]", text)]


def _count(seq: list[str], part: list[str]) -> int:
    n = len(part)
    return sum(seq[i:i + n] == part for i in range(len(seq) - n + 1))


def duplicated(draft: str, sentence: str) -> str:
    """A sentence of the result said again inside the result where the draft says it once ('' when none): a list
    put inside the question and after it, a kept sentence that the offer also holds in its run-on draft."""
    res, src = _low(sentence), _low(draft)
    for sent in _sentences(sentence):
        part = _low(sent)
        if len(part) >= 4 and _count(res, part) > max(1, _count(src, part)):
            return " ".join(part)
    return ""


def comma_added(draft: str, sentence: str) -> str:
    """'durf, ik' where the draft has 'durf ik' and never 'durf, ik'; a comma after a name, a title, a kin word or
    an interjection (an address: 'Meneer de Vries, ik') does not count."""
    flat, words = _flat(draft).lower(), _words()
    spoken = words["aanspreking"] | _people()
    for m in re.finditer(r"\b(\w+), (\w+)", sentence):
        first, pron = m.group(1).lower(), m.group(2).lower()
        if pron not in words["voornaamwoorden"] or m.group(1)[:1].isupper() or first in spoken:
            continue
        if re.search(rf"\b{first} {pron}\b", flat) and not re.search(rf"\b{first}, {pron}\b", flat):
            return m.group(0)
    return ""


def te_moved(draft: str, sentence: str) -> str:
    """'te' where the result's verb cannot take it or lost where it must stand: a question opened by a modal with
    'te' + infinitive and no 'om' or verb that takes 'te' before it ('Kunt u iemand te sturen'), or an 'om' clause
    whose split verb of the draft ('om … vast te zetten') came out glued without 'te' ('om die leuning
    vastzetten')."""
    flat, modals = _flat(draft).lower(), _words()["modaal"]
    for sent in _sentences(sentence):
        low = _low(_body(sent))
        at = low.index("te") if "te" in low[:5] else 0
        free = not set(low[1:at]) & (_NOT | _words()["met_te"])
        if at and low[0] in modals and free and at + 1 < len(low) and low[at + 1].endswith("en") \
                and not _te_as_typed(draft, low, at):
            return " ".join(low[:at + 2])
    low = sentence.lower()
    for m in re.finditer(r"\bom\b([^.?!]*?)\b(\w+) te (\w+en)\b", flat):
        glued = m.group(2) + m.group(3)
        if re.search(rf"\bom\b[^.?!]*\b{glued}\b", low) and not re.search(rf"\b{glued}\b", flat):
            return glued
    return ""


def _te_as_typed(draft: str, low: list[str], at: int) -> bool:
    """The result's 'te' + verb stands as the draft has it: the same words from after the modal up to the verb
    follow a modal in the draft ('Zou je wat te eten willen halen?' -> 'Wil je wat te eten halen?'), or 'te' names a
    thing the draft names ('iets te drinken', 'genoeg te eten', 'de kat te eten geven')."""
    words, own = _words(), _low(draft)
    part, n = low[1:at + 2], at + 1
    if any(own[i:i + n] == part and i and own[i - 1] in words["modaal"] for i in range(len(own) - n + 1)):
        return True
    said = [i for i in range(1, len(own) - 1) if own[i - 1:i + 2] == low[at - 1:at + 2]]
    thing = bool(set(low[max(1, at - 2):at]) & words["te_ding"])
    fixed = low[at + 1] in words["te_vast"] and "geven" in low[at + 2:]
    return bool(said) and (thing or fixed)


def glued(draft: str, sentence: str) -> str:
    """A word of the result the draft never wrote, made of a preposition and a verb the draft has apart
    ('in Haren zou willen brengen' -> 'naar … Haren inbrengen')."""
    own = set(_low(draft))
    for word in _low(sentence):
        if word in own:
            continue
        for cut in range(2, len(word) - 3):
            head, tail = word[:cut], word[cut:]
            if head in _words()["voorzetsels"] and tail in own and tail.endswith("en") and not _apart(draft, head, tail):
                return word
    return ""


def _apart(draft: str, head: str, tail: str) -> bool:
    """The draft says the verb with its particle ('mee te nemen', 'mee nemen'), or never writes the word before
    a name with the verb right after it ('in Haren zou willen brengen': a preposition, not a particle)."""
    head, tail = re.escape(head), re.escape(tail)
    return re.search(rf"(?i)\b{head}(?: te)? {tail}\b", _flat(draft)) is not None \
        or re.search(rf"(?<![.?!]\s)\b{head}\s+[A-Z][\w'’-]*(?:\s+[^\s.?!]+){{0,4}}?\s+{tail}\b", draft) is None


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENT.findall(text) if s.strip()]


def _body(sent: str) -> str:
    """The sentence without an address in front ('Harm, ik …' -> 'ik …')."""
    return _VOC.sub("", sent, count=1)


def cut_clause(draft: str, sentence: str) -> str:
    """A sentence of the result that stood in the draft right after a word opening a subordinate clause, its main
    clause left out ('' when none)."""
    src = _marked(draft)
    for sent in _sentences(sentence):
        body = _marked(_body(sent))
        if len(body) < 4 or sent.endswith("?"):
            continue
        head = body[:4]
        for i in range(1, len(src) - 3):
            if src[i:i + 4] == head and src[i - 1] in _words()["bijzin"] and src[i - 1] not in body[:1]:
                return sent
    return ""


def _source(draft: str, sent: str) -> tuple[int, int]:
    """The (start, end) of the draft's sentence sharing the most words with `sent`."""
    want = set(_low(sent))
    best, where = -1, (0, 0)
    for m in _LINE_SENT.finditer(draft):
        got = len(want & set(_low(m.group(0))))
        if got > best:
            best, where = got, (m.start() + len(m.group(0)) - len(m.group(0).lstrip()), m.end())
    return where


def pointer_swapped(draft: str, sentence: str) -> tuple[str, str]:
    """(what the result says, the draft's pointer) where a pointer became a name or a person; ('', '') when none."""
    people = _people()
    for sent in _sentences(sentence):
        start, end = _source(draft, sent)
        mine, theirs = _WORD.findall(draft[start:end]), _WORD.findall(sent)
        ops = difflib.SequenceMatcher(a=[w.lower() for w in mine], b=[w.lower() for w in theirs], autojunk=False)
        for tag, i1, i2, j1, j2 in ops.get_opcodes():
            said = theirs[j1:j2]
            if tag != "replace" or i2 - i1 != 1 or mine[i1].lower() not in _words()["verwijzers"] or len(said) > 4:
                continue
            if _wrong_referent(draft, mine[i1].lower(), said, people):
                return " ".join(said), mine[i1]
    return "", ""


def _wrong_referent(draft: str, pointer: str, said: list[str], people: frozenset[str]) -> bool:
    """A neuter pointer ('dat', 'het', 'dit') read as a person, or any pointer read as a name the draft writes with
    an article ('de Kwantum': a shop or a brand, never what is carried or passed on), said bare in its place ('het
    contract van Deceuninck' is the thing itself)."""
    names = [w for w in said if w[:1].isupper()]
    bare = bool(names) and all(w[:1].isupper() or w.lower() in ("de", "het", "den") for w in said)
    if pointer in _words()["onzijdig"] and (bare or said[-1].lower() in people):
        return True
    return bare and any(re.search(rf"(?i)\b(?:de|het|den)\s+{re.escape(w)}\b", draft) for w in names)


@lru_cache(maxsize=1)
def _people() -> frozenset[str]:
    data = load_toml("krimp")["gemeld"]
    return frozenset(data["naasten"]) | frozenset(data["familie"])


def foreign_address(draft: str, sentence: str, person: str | None) -> str:
    """The address opening the result when the draft names it only on its last line, a short signature (four
    words at most, no question)."""
    m = _VOC.match(sentence)
    lines = [ln.strip() for ln in draft.strip().splitlines() if ln.strip()]
    if not m or len(lines) < 2 or (person and m.group(1).lower() in person.lower()):
        return ""
    name = m.group(1).lower()
    hits = [i for i, ln in enumerate(lines) if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", ln.lower())]
    last = lines[-1]
    return m.group(1) if hits == [len(lines) - 1] and len(_low(last)) <= 4 and "?" not in last else ""


def signs(draft: str, sentence: str, person: str | None = None) -> dict[str, str]:
    """Every sign of breakage in `sentence` shrunk from `draft`: kind -> the words that show it."""
    found = {"dubbel": duplicated(draft, sentence), "komma": comma_added(draft, sentence),
             "te": te_moved(draft, sentence), "geplakt": glued(draft, sentence), "bijzin": cut_clause(draft, sentence),
             "verwijzing": pointer_swapped(draft, sentence)[0], "aanspreking": foreign_address(draft, sentence, person),
             "kader": indirect.frame_left(draft, sentence), "vervoegd": indirect.finite_left(draft, sentence),
             "rij": indirect.acts_lost(draft, sentence)}  # k49b
    return {k: v for k, v in found.items() if v}


def _own_sentence(draft: str, sentence: str, part: str) -> tuple[str, tuple[int, int]]:
    """The result with its sentence holding `part` said as the draft says it (an address in front stays), and the
    draft's span that came back."""
    for sent in _sentences(sentence):
        if part.lower() in sent.lower() or part.lower() in " ".join(_low(sent)):
            start, end = _source(draft, _body(sent))
            voc = _VOC.match(sent)
            start += _greeting(draft[start:end], voc.group(1)) if voc else 0
            own = _flat(draft[start:end])
            if voc and not own.lower().startswith(voc.group(1).lower()):
                own = f"{voc.group(0)}{own[:1].lower()}{own[1:]}"
            return sentence.replace(sent, own, 1), (start, end)
    return sentence, (0, 0)


def _greeting(text: str, name: str) -> int:
    """Where the draft's sentence goes on after a greeting that already names the person ('Hoi Jan, kun je …',
    'Lieve mam, …', 'Dag meneer Peters, …': at 'kun'); 0 when its opening (four words at most before its first
    comma) does not name them, or the sentence starts with the name itself."""
    head, comma, rest = text.partition(",")
    words, named = _low(head), _low(name)
    n = len(named)
    if not comma or not rest.strip() or len(words) > 4 or words[:n] == named:
        return 0
    if not any(words[i:i + n] == named for i in range(len(words) - n + 1)):
        return 0
    return len(text) - len(rest.lstrip())


def _once(sentence: str, part: str) -> str:
    """The result with the copy of `part` the draft does not have taken out: a list inside the question goes
    (': Brood, melk …?' -> '?'), else the later copy."""
    at = [m for m in re.finditer(r"[\w'’]+", sentence)]
    words = part.split()
    starts = [i for i in range(len(at) - len(words) + 1)
              if [m.group(0).lower() for m in at[i:i + len(words)]] == words]
    if len(starts) < 2:
        return sentence
    first, last = at[starts[0]], at[starts[-1] + len(words) - 1]
    if sentence[:first.start()].rstrip().endswith(":"):
        head = sentence[:first.start()].rstrip()[:-1]
        return head + sentence[at[starts[0] + len(words) - 1].end():]
    begin = at[starts[-1]].start()
    tail = re.match(r"[^\w\s]*", sentence[last.end():]).group(0)
    return (sentence[:begin].rstrip() + " " + sentence[last.end() + len(tail):].lstrip()).strip()


def _mend(draft: str, sentence: str, kind: str, shown: str) -> tuple[str, tuple[int, int]]:
    """The result with the part that shows `kind` said in the writer's own words."""
    if kind == "dubbel":
        return _once(sentence, shown), (0, 0)
    if kind == "komma":
        return sentence.replace(shown, shown.replace(",", "", 1), 1), (0, 0)
    if kind == "verwijzing":
        said, pointer = pointer_swapped(draft, sentence)
        if not said:
            return sentence, (0, 0)
        return re.sub(rf"\b{re.escape(said)}\b", pointer, sentence, count=1), (0, 0)
    if kind == "aanspreking":
        rest = sentence[len(shown) + 2:]
        return rest[:1].upper() + rest[1:], (0, 0)
    if kind == "bijzin":
        joined = _joined(draft, sentence, shown)
        if joined:
            return joined, (0, 0)
    return _own_sentence(draft, sentence, shown)


def _joined(draft: str, sentence: str, part: str) -> str:
    """When the sentence before the cut clause came from the same sentence of the draft (its main clause is there
    already), the clause goes back after it with its own opening word: '… lenen? Ik deze maand …' -> '… lenen,
    omdat ik deze maand …?' ('' otherwise)."""
    sents = _sentences(sentence)
    at = sents.index(part) if part in sents else 0
    if at == 0 or _source(draft, _body(sents[at - 1])) != _source(draft, _body(part)):
        return ""
    src, body = _marked(draft), _marked(_body(part))
    opener = next((src[i - 1] for i in range(1, len(src) - 3) if src[i:i + 4] == body[:4]), "")
    before = sents[at - 1]
    mark = before[-1] if before[-1] in ".?!" else "."
    clause = _body(part).rstrip(".?! ")
    merged = f"{before.rstrip('.?! ')}, {opener} {clause[:1].lower()}{clause[1:]}{mark}"
    return sentence.replace(f"{before} {part}", merged, 1) if f"{before} {part}" in sentence else ""


def _without(spans: tuple, back: tuple[int, int]) -> tuple:
    """The dropped spans minus the draft's stretch that came back."""
    start, end = back
    if start >= end:
        return spans
    out = []
    for a, b in spans:
        out += [(a, min(b, start))] if a < start else []
        out += [(max(a, end), b)] if b > end else []
    return tuple((a, b) for a, b in out if a < b)


def _loses_words(before: str, after: str) -> bool:
    """A mend that drops a word of the result ('nu' the crisis path put in, the writer's own crisis words): a crisis
    result takes only the mends that keep every word, and is not sure."""
    return bool(set(_low(before)) - set(_low(after)))


def _kept_mend(draft: str, sentence: str, found: dict[str, str], crisis: bool) -> tuple:
    """(kind, mended sentence, the draft's span back) for the first sign; in a crisis result the first whose mend
    keeps every word ('nu' stays); () when none does."""
    for kind, shown in found.items():
        mended, back = _mend(draft, sentence, kind, shown)
        if crisis and _loses_words(sentence, mended) and kind == "geplakt":
            mended, back = _unglued(draft, sentence, shown), (0, 0)
        kept = sentence.replace(shown, "") if kind == "geplakt" else sentence  # the glued word itself may go
        if not (crisis and _loses_words(kept, mended)) and mended != sentence:
            return kind, mended, back
    return ()


def _unglued(draft: str, sentence: str, word: str) -> str:
    """The glued word said apart in its place, the preposition back before the name the draft has it before
    ('begraafplaats Haren inbrengen' -> 'begraafplaats in Haren brengen'); the sentence as it was when the draft
    has no such name."""
    for cut in range(2, len(word) - 3):
        head, tail = word[:cut], word[cut:]
        m = re.search(rf"\b([A-Z][\w'’-]*) {re.escape(word)}\b", sentence)
        if head in _words()["voorzetsels"] and m and re.search(rf"\b{head} {re.escape(m.group(1))}\b", draft):
            return sentence.replace(m.group(0), f"{head} {m.group(1)} {tail}", 1)
    return sentence


def checked(draft: str, person: str | None, result: Shrunk) -> Shrunk:
    """`result` with every sign of breakage mended in the writer's own words, and never sure when it had one."""
    if not result.sentence:
        return result
    sentence, spans, codes = result.sentence, result.dropped, []
    for _ in range(6):
        found = signs(draft, sentence, person)
        if not found:
            break
        mended = _kept_mend(draft, sentence, found, result.crisis)
        codes += [f"onzin-{mended[0]}"] if mended else [f"onzin-{kind}" for kind in found]
        if not mended:
            break
        sentence, spans = mended[1], _without(spans, mended[2])
    if not codes:
        return result
    if sentence.rstrip()[-1:] not in (".", "?", "!"):  # the writer's sentence typed without a mark gets one (k49b)
        sentence = usable.asked(sentence.rstrip() + ".")
    findings = result.findings
    if result.sure and not any(f.kind == "onzeker" for f in findings):
        from . import findings as fx
        findings = (fx.make("onzeker"),) + findings
    withheld = tuple(dict.fromkeys((*result.withheld, *codes)))
    return dataclasses.replace(result, sentence=sentence, dropped=spans, findings=findings, sure=False,
                               withheld=withheld)
