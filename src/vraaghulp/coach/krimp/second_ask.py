"""The second request, sent apart (issue 12 point 5; round 34, k34d).

A message with two asks keeps the main one; the other comes back as a finding with its own sentence. That sentence
is read on its own, so:

- a moment said last goes before the object ('Mag ik uw boormachine lenen dit weekend?' -> 'Mag ik dit weekend uw
  boormachine lenen?'), not a bound ('lenen tot vrijdag', 'voor zondag'), nor out of a clause ('… als het droog is
  vanavond?', '…, ze tikt zo 's nachts?') or a phrase ('in plaats van nu');
- the word that ties it to the first ask goes ('Kun je trouwens die 20 euro terugbetalen?', 'tevens', 'daarnaast'
  in the front of the question), then the text is shrunk again on its own; 'ook' stays (the contract's own example:
  'Kun je ook de planten water geven?');
- when the draft addresses the second ask to someone else by name ('En Ellen, wil jij …', '@Lisa wil jij …', 'En
  @Sofie kunde gij …'), the name goes in front, as the main sentence has its own;
- a second ask that only says the main ask again is none: its words all in the result, or 'ik heb iemand nodig
  die …' beside a question put to the reader ('Kunt gij op Max passen? Ik heb echt iemand nodig die …');
- a second ask the engine could not shrink cleanly leaves the result not sure (`unclean`).
"""

from __future__ import annotations

import re

from . import findings as fx, idle_second, second_form, second_none
from .names import vocative_word
from .segment import head

CODE = "tweede-onzeker"

_TIES = frozenset({"trouwens", "tevens", "daarnaast"})  # not 'ook': 'Kun je ook de planten water geven?' reads well
# as the next message (test_krimp.py, test_krimp_probe13b.py); the z3 golds drop it, the older ones keep it
_LEAD = frozenset({"en", "ook", "dan", "nog", "@"})
_WORD = re.compile(r"\S+")


def untied(text: str) -> str:
    """'Kun je trouwens die 20 euro terugbetalen?' -> 'Kun je die 20 euro terugbetalen?': a word that ties the ask to
    the other one in its first five words goes; never the last word before the mark."""
    words = text.split(" ")
    for k, w in enumerate(words[:5]):
        if k == 0 or w.lower().strip(",") not in _TIES or k >= len(words) - 1:
            continue
        return " ".join(words[:k] + words[k + 1:])
    return text


_MODALS = frozenset({"kun", "kunt", "kan", "wil", "wilt", "mag", "moogt", "zou", "zoudt", "hebt", "heb", "heeft"})
_SUBJECTS = frozenset({"je", "jij", "u", "ge", "gij", "ik", "we", "wij", "jullie"})
_WEAK = frozenset({"me", "mij", "hem", "jou", "u"})  # object pronouns only, never a possessive ('haar fiets'); and 'daarvoor', 'er'
_TAIL = re.compile(r"^(?:\s*(?:uur|u))?\s*$")
_BOUNDS = frozenset({"voor", "tot", "tegen", "vanaf", "na", "uiterlijk", "sinds", "vóór", "ten"})
_PREPOSITIONS = frozenset({"van", "dan", "als", "tot", "voor", "na", "sinds", "vanaf", "tegen", "op", "om", "in", "met", "zo"})
_BOUND = frozenset({"als", "of", "dat", "da", "wanneer", "zodat", "omdat", "want", "die", "waar", "terwijl", "voordat"})


def moment_forward(lex, text: str) -> str:
    """'Mag ik uw boormachine lenen dit weekend?' -> 'Mag ik dit weekend uw boormachine lenen?': a moment said last
    goes before the object, after the subject and its weak pronouns (contract point 4: time before object)."""
    words = text.split(" ")
    if len(words) < 5 or words[0].lower() not in _MODALS or words[1].lower() not in _SUBJECTS:
        return text
    body = text.rstrip(" ?.!")
    mark = text[len(body):].strip()[:1]
    found = list(lex.moment.finditer(body.lower()))
    if not found or not _TAIL.match(body[found[-1].end():]):
        return text
    m = found[-1]
    moment, head = body[m.start():], body[:m.start()].rstrip(" ,")
    if moment.split()[0].lower() in _BOUNDS or (head.split() or [""])[-1].lower() in _PREPOSITIONS:
        return text  # a bound ('lenen tot vrijdag', 'voor het weekend') or part of a phrase ('in plaats van nu')
    k = 2
    while k < len(words) and (words[k].lower() in _WEAK or words[k].lower().startswith(("daar", "hier")) or words[k].lower() == "er"):
        k += 1
    front = " ".join(words[:k])
    rest = head[len(front):].strip()
    if len(rest.split()) < 2 or not head.startswith(front) or _BOUND & set(rest.lower().split()) or "," in rest:
        return text  # nothing to move past ('Kun je morgen?'), or out of a clause ('… als het droog is vanavond?')
    return f"{front} {moment} {rest}{mark}"


def addressee(an, group) -> str:
    """The name the draft puts right before the second ask, in its own sentence ('En Ellen wil jij', '@Lisa wil
    jij', 'Bart, kunde gij'), "" when there is none: only 'en', 'ook', '@' and a comma may stand around it."""
    d = an.d
    first = head(group)
    start = first.start if first.start >= 0 else first.a
    a = d.sentences[first.sent][0]
    toks = [i for i in range(a, start) if d.tok_text(i) not in (",", ":", "@")]
    names = [i for i in toks if d.word(i) not in _LEAD]
    if len(names) != 1 or len(toks) > 3 or d.word(names[0]) in _TIES or not vocative_word(an, names[0], relaxed=False):
        return ""
    k = names[0]
    marked = (k > 0 and d.tok_text(k - 1) == "@") or (k > a and d.word(k - 1) == "en") or d.tok_text(k + 1) == ","
    if not marked:
        return ""  # 'Daarnaast mag ik …': a capital at the start is no name without '@', 'en' or a comma
    return d.tok_text(names[0])


def named(an, group, text: str, main_name: str) -> str:
    """The second sentence with its own addressee in front, when it has one that is not the main one's."""
    name = addressee(an, group)
    if not name or not text or name.lower() == main_name.lower() or text.lower().startswith(name.lower()):
        return text
    return f"{name}, {text[:1].lower()}{text[1:]}"


def tidied(an, group, text: str, unclean: bool = False, alone=None) -> str:
    """The second sentence as sent apart: untied, then named (hook in engine._second). `unclean`: the engine's
    checks failed on it and it is the writer's own words; noted on the analysis for `settled`."""
    if text and alone is not None and not unclean and untied(text) != text:
        text = alone(untied(text)) or text  # shrunk again on its own: 'ook eens' -> '' ('eens' goes with it)
    if text:
        text = moment_forward(an.d.lex, untied(text))
        text = named(an, group, text, addressee(an, an.main) if getattr(an, "main", None) else "")
    if unclean:
        an.__dict__.setdefault("unclean_seconds", []).append(text)
    return text


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.lower())


def repeats(sentence: str, second: str) -> bool:
    """The second sentence says nothing the result does not: every word of it in the result, in order."""
    words, kept = _words(second), _words(sentence)
    if not words:
        return True
    it = iter(kept)
    return all(w in it for w in words)


# 'Ik heb (echt) iemand nodig die …', 'we zoeken iemand die …' beside a question put to the reader: the same ask
# (not 'nog iemand', 'ook iemand': another one)
_SOMEONE = re.compile(r"(?i)^(?:ik|wij|we)\s+(?:heb|hebben|zoek|zoeken)\s+(?:(?:echt|dringend|wel)\s+)*iemand\b")


_BEFORE = re.compile(r"([^\W\d_]+)\s*$")


def around(draft: str, raw: str) -> tuple[str, str]:
    """(the draft's word right before `raw` in the same clause, "" after a mark or at the start; the mark right after
    `raw`, "" when a word follows: 'Hoeft u geen kopie?'), at `raw`'s first place in the draft."""
    text = " ".join(draft.split())
    at = text.find(raw)
    if at < 0:
        return "", ""
    m = _BEFORE.search(text[:at]) if at > 0 else None
    rest = text[at + len(raw):].lstrip()
    return (m.group(1) if m else ""), (rest[:1] if rest[:1] in ("?", ".", "!", ",") else "")


def _read_around(draft: str, raw: str) -> tuple[str, bool]:
    before, mark = around(draft, raw)
    return before, mark == "?"


def ask_at(an) -> float | None:
    """The main ask's token position (None when there is none): a question about what the reader knows counts as a
    second request only after it (unnamed.py; round 47)."""
    first = head(getattr(an, "main", None) or [])
    return None if first is None else float(first.start if first.start >= 0 else first.a)


def distinct(found: list, sentence: str, draft: str = "") -> list:
    """The findings without a second request that only repeats the offered sentence, asks 'someone' for what the
    offered question asks the reader, or asks nothing new (idle_second.py) (hook in shrink)."""
    def again(f) -> bool:
        return repeats(sentence, f.sentence) or ("?" in sentence and bool(_SOMEONE.match(f.sentence))) or (
            idle_second.idle(f.text, f.sentence, *_read_around(draft, f.text))) or (
            second_none.none(f.text, sentence, _read_around(draft, f.text)[1]))  # k56c
    return [(k, f) for k, f in found if not (f.kind == "meer-vragen" and f.sentence and again(f))]


def settled(out, sentence: str, found: list, sure: bool) -> tuple[list, bool]:
    """(findings, sure) for the offered sentence (hook in shrink): a second request that repeats it is none; a
    second request that was not shrunk cleanly, or not shrunk at all (a third one), leaves the result not sure."""
    draft = out.analysis.d.text if out.analysis is not None else ""
    found = distinct(found, sentence, draft)
    found = [(k, g) for k, f in found  # 'Kunt ge moet ik … halen?' -> 'Moet ik … halen?' (second_form.py)
             if (g := second_form.mended(f, f.kind == "meer-vragen" and _read_around(draft, f.text)[1])) is not None]
    seconds = [f for _k, f in found if f.kind == "meer-vragen"]
    unclean = getattr(out.analysis, "unclean_seconds", []) if out.analysis is not None else []
    if sure and any(not f.sentence or f.sentence in unclean for f in seconds):
        out.problems.append(CODE)
        return found + [(-2, fx.make("onzeker"))], False
    if sure and any(_rather(sentence, f.sentence) for f in seconds):
        out.problems.append(CHOSEN)
        return found, False
    return found, sure


CHOSEN = "tweede-eerder"  # the second request may be the main one (round 48, second review wave)
_VAGUE = frozenset({"kun", "kunt", "kan", "wil", "wilt", "je", "jij", "u", "ge", "gij", "me", "mij", "ons", "even",
                    "helpen", "iets", "doen", "vragen", "nu", "misschien"})


def _rather(main: str, second: str) -> bool:
    """The second request looks more like the ask than the kept one: a question beside an instruction kept as the
    ask ('Kun je me ophalen van het station? Bel me om 5 uur even.' kept 'Bel me …'), or a kept ask that says nothing
    but 'help' beside one that names the thing ('Ik hoop dat je kunt helpen. Kun je mijn dozen ophalen?')."""
    if not second or not second.rstrip().endswith("?"):
        return False
    last = main.rstrip()
    words = set(re.findall(r"\w+", last.lower().split("?")[0].split(". ")[-1]))
    return not last.endswith("?") or (bool(words) and words <= _VAGUE)
