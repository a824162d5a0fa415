"""The final text of the result: the vocative in front (the word after its comma in lower case unless it
is a name), the sentences joined, the closing mark ('?' or '.', a trailing 'anders …' said after the
question), and no empty commas where a part went. The pieces are put in place in assemble.py."""

from __future__ import annotations

import re

from vraaghulp.coach.text import fold

from .names import without_name
from .pieces import capitalise, render


def lower_first(an, text: str) -> str:
    """After a vocative comma: lower case, unless the word is a name (capital in the draft mid-sentence)."""
    elided = re.match(r"['\u2019][kt]\s+", text)
    if elided:  # "'t Gaat niet meer" after 'Jolien, ': "'t gaat niet meer"
        return text[: elided.end()] + lower_first(an, text[elided.end():])
    m = re.match(r"\W*([\w']+)", text)
    if not m:
        return text
    word = m.group(1)
    lex = an.d.lex
    w = fold(word)
    w = lex.spelling.get(w, w).split()[0]
    known = w in lex.finite or w in lex.subjects or w in lex.not_verb or w in lex.imperatives or w in lex.loose_front
    known = known or w in ("ik", "het", "mijn", "kun", "kunt", "kan", "wil", "wilt", "mag", "heb", "ben", "ga", "kom")
    known = known or w in ("me", "mn", "m'n", "uw", "zijn", "hun")  # 'Noël, me tractor is kapot' (h37b-005, round 38)
    known = known or w in lex.fillers or w in lex.state_verbs or bool(lex.moment.match(w))
    known = known or w in lex.formal or w in lex.relations  # 'Dokter Meijer, mevrouw Kok belt …', '…, mama heeft …'
    known = known or w in lex.prepositions or w in lex.subordinators or w in lex.reasons or w in lex.lower_after_name  # 'vorige week'
    known = known or w in ("de", "een", "deze", "die", "dit", "dat", "onze", "ons", "er", "daar", "hier", "dan", "moest", "mocht") \
        or bool(lex.moment.match(fold(text[m.start(1):])))  # 'Volgende week dinsdag …', 'De verwarming …'
    nxt = [fold(x) for x in re.findall(r"[\w']+", text[m.end(1):])[:2]]  # 'Alleen loop ik …': a word in front, then verb and subject
    known = known or (len(nxt) == 2 and nxt[1] in ("ik", "'k", "we", "wij", "het", "je", "jij", "u", "ge", "gij"))
    lower = word[:1].lower() + word[1:]
    known = known or (lower != word and re.search(rf"(?<!\w){re.escape(lower)}(?!\w)", an.d.text) is not None)
    if not known:
        return text
    return text[: m.start(1)] + word[:1].lower() + word[1:] + text[m.end(1):]


def close(text: str, mark: str) -> str:
    head, comma, tail = text.rpartition(", anders ")
    if mark == "?" and comma and head.strip() and 1 < len(tail.split()) <= 10 and "?" not in tail:
        # 'Kun je je fiets weghalen? Anders kan ik er niet langs.': what goes wrong without it is said
        # after the question, not asked
        return f"{close(head, '?')} {close('anders ' + tail, '.')}"
    text = re.sub(r"[\s,;:\-\u2013\u2014(]+$", "", text.strip())
    text = re.sub(r"[.?!\u2026]+$", "", text).rstrip()
    text += ")" * max(0, text.count("(") - text.count(")"))
    text = re.sub(r"\s+([,;:])", r"\1", text)
    return capitalise(text) + mark if text else ""


def request_text(an, req) -> str:
    mark = "?" if req.form == "vraag" else "."
    return close(render(an.d, _emptied_commas(req.pieces, req.front)), mark)


def _emptied_commas(pieces: list, front: int) -> list:
    """'Zou ik, als het kan, vooraan mogen zitten' -> 'Mag ik vooraan zitten': the two commas around a
    part that went become one, and none right after the question's front."""
    out: list = []
    for k, p in enumerate(pieces):
        if p.text == "," and out and out[-1].text == ",":
            if len(out) == front + 1:
                out.pop()  # 'Mag ik,, vooraan'
            continue
        out.append(p)
    return out


def join(an, name: str, parts: list[str]) -> str:
    parts = [p for p in parts if p]
    if not parts:
        return close(name, ".") if name else ""
    if name:
        parts[0] = f"{name}, {lower_first(an, without_name(name, parts[0]))}"
    return " ".join(parts)

