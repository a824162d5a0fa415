"""Who is addressed: the name or relation word kept as a vocative ("Lies, …", "Mam, …").

Also marks a name under a sign-off ("Groetjes, Eva") as part of the sign-off, never a vocative.
"""

from __future__ import annotations

from .bare_salute import past_salute, signed_below, title_only

import re
import unicodedata

from vraaghulp.coach.text import fold

from .asked_first import verb_of_question
from .gemeld import gemeld_words
from .line_name import line_vocative, run_in_but
from .lead_name import ASKED
from .listed import colon_item, list_label
from .name_verb import participle, participle_like, without_verb  # 'bro ligt mn oplader …?': the verb opens the question, no name
from . import name_hail, thanked, time_front

_DAY_WORD = re.compile(r"(?:maan|dins|woens|donder|vrij|zater|zon)dag(?:ochtend|middag|avond|morgen|nacht|namiddag|voormiddag)?")
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['\-][^\W\d_]+)*")


def name_like(an, toks: list[int]) -> bool:
    """A short name or a relation word: 'Lies', 'meneer De Vries', 'mam', 'Tante Els'."""
    d = an.d
    lex = d.lex
    toks = [i for i in toks if d.tok_text(i) != "@"]  # '@Kim' in a group chat
    if not 1 <= len(toks) <= 4:
        return False
    words = [d.word(i) for i in toks]
    if " ".join(words) in lex.group_address:
        return False
    if " ".join(words) in lex.relations:
        return True
    for pos, i in enumerate(toks):
        w = words[pos]
        raw = d.tok_text(i)
        if 0 < pos < len(toks) - 1 and (w in lex.infix or w == "en"):
            continue
        if not _NAME_WORD.fullmatch(raw) or len(d.words(i)) != 1:
            return False
        if w in lex.relations or w in lex.formal:
            continue
        if not raw[:1].isupper() or w in lex.not_name or w in lex.not_verb or w in lex.finite:
            return False
        if w in lex.subjects or w in lex.imperatives or w in lex.loose_front or _DAY_WORD.fullmatch(w):
            return False  # 'Zaterdag.' alone is when, never who is addressed or signs (k38c)
    return True


def known_word(lex, w: str) -> bool:
    """A word the engine knows as something other than a name."""
    return any(w in group for group in (
        lex.not_verb, lex.finite, lex.fillers, lex.imperatives, lex.loose_front, lex.subjects, lex.not_name,
        lex.particles, lex.prepositions, lex.modal_inf, lex.group_address,
    ))


def common_word(lex, w: str) -> bool:
    """A word the engine knows, a relation or a role ('directeur', 'dokter', 'buurman'): after a
    title it is no surname ('meneer de dokter')."""
    roles = gemeld_words()
    return known_word(lex, w) or w in lex.relations or w in roles["rol"] or w in roles["formeel"] or w in roles["dienst"]


def vocative_word(an, i: int, *, relaxed: bool) -> bool:
    """Token i can be (part of) the name of the person addressed.

    relaxed: at the very start of a chat message a name is often written in lower case
    ('yara kzou je iets vragen'); then any word the engine does not know as something else counts.
    """
    d = an.d
    lex = d.lex
    if not d.is_word(i) or len(d.words(i)) != 1:
        return False
    w = d.word(i)
    raw = d.tok_text(i)
    if not _NAME_WORD.fullmatch(raw) or w in lex.group_address:
        return False
    if w in lex.relations:
        return True
    if known_word(lex, w) or i in an.starts["groet"] or (raw[:1].islower() and participle(w)):
        return False  # '…, beloofd': a past participle is no name in lower case (name_verb.participle)
    return raw[:1].isupper() or (relaxed and len(w) >= 3 and w.replace("-", "").isalpha())


def leading_name(an, a: int, i: int) -> bool:
    """Tokens a..i-1 are a greeting (optional) and a name, at the start of the message."""
    return bool(leading_name_toks(an, a, i))


def leading_name_toks(an, a: int, i: int) -> list[int]:
    """The name of a greeting (optional) and a name at the start of the message; [] if it is not one."""
    d = an.d
    toks = d.content(a, i)
    if not toks or any(d.is_word(k) for k in range(0, a)):
        return []
    while toks and (toks[0] in an.starts["groet"] or (d.word(toks[0]) in ("ja", *_PLEASE) and toks[0] == a)):
        end = an.starts["groet"].get(toks[0], toks[0] + 1)  # 'ja hoi Bert
        toks = [k for k in toks if k >= end]
    if len(toks) == 2 and toks[0] == a and d.word(toks[0]) in _INTERJECTIONS and _proper(d, toks[1]):
        toks = toks[1:]  # 'Allez Sofie, ge moogt nee zeggen, …': not 'Allez mannen' (a group: golds drop it)
    while len(toks) > 1 and d.word(toks[-1]) in _PLEASE:
        toks = toks[:-1]  # 'Sanne pls kun je …': the name, the please after it goes
    if time_front.not_a_name(d, toks, i):
        return []  # 'Vanochtend gehoord dat …', 'Gisteren gebeld met …' (time_front.py)
    if len(toks) == 1 and _verb_before_gij(d, toks[0], i):
        return []  # 'kende gij', 'wette gij': a Flemish verb with its clitic, asking, not a name
    if len(toks) == 1 and verb_of_question(d, toks[0], i):
        return []  # 'Krijg ik het geld terug?': the verb of an inverted question (asked_first.py)
    if len(toks) == 1 and _imperative_name(an, toks[0], i):
        return toks  # 'Leen ik weet ni wa ik moet doen': no imperative has 'ik' right after it
    return without_verb(d, toks) if 1 <= len(toks) <= 2 and all(vocative_word(an, k, relaxed=True) for k in toks) else []


def _imperative_name(an, k: int, i: int) -> bool:
    """A capitalised word that is also an imperative ('Leen'), right before 'ik' or 'we' and a finite
    verb: no imperative has its own subject after it, and an inverted question ('Koop ik nou …')
    has no second verb there. Not an imperative that is a whole plea on its own ('Bel, ik …')."""
    d = an.d
    raw = d.tok_text(k)
    nxt = d.word(i + 1) if i + 1 < d.n and d.is_word(i + 1) else ""
    finite = nxt in d.lex.finite or nxt in d.lex.irregular or nxt in d.lex.ik_verbs or nxt in d.lex.state_verbs
    return (i < d.n and d.is_word(i) and d.word(i) in ("ik", "we") and finite and name_cased(raw)
            and d.word(k) in d.lex.imperatives
            and d.word(k) not in d.lex.not_name and d.word(k) not in _PLEAS)


def _verb_before_gij(d, k: int, i: int) -> bool:
    """'kende gij …?', 'wette gij …?', 'geefde gij …?': a word in -de or -te right before 'gij' or 'ge' with
    only a space between, and no verb of its own after 'gij', is a Flemish verb that carries its own subject
    clitic, not a name."""
    if not (i < d.n and i == k + 1 and d.word(i) in ("gij", "ge") and d.gap(i).isspace()
            and d.tok_text(k).lower().endswith(("de", "te"))):
        return False
    nxt = d.word(i + 1) if i + 1 < d.n else ""
    return nxt not in d.lex.finite and nxt not in d.lex.irregular and nxt not in d.lex.ik_verbs  # 'Linde gij moogt …': 'gij' has its own verb


_PLEASE = frozenset({"pls", "alsjeblieft", "alstublieft", "please"})
_INTERJECTIONS = frozenset({"allez", "allee", "awel", "zeg", "ey", "yo", "oei"})  # Flemish and chat words before a name


def name_cased(raw: str) -> bool:
    """Written as a name: one capital, then lower case letters only ('Sofie', not 'SOFIE', 'sofie' or 'K3')."""
    return raw[:1].isupper() and raw[1:].islower() and raw.isalpha()


def _proper(d, k: int) -> bool:
    """A capitalised name, no group word ('Sofie', not 'Mannen')."""
    return name_cased(d.tok_text(k)) and d.word(k) not in d.lex.group_address


_PLEAS = frozenset({"bel", "kom", "help", "wacht", "luister", "stop", "kijk", "app", "sms", "hou", "blijf", "ga"})


def greeting_name(an, clause) -> list[int]:
    """The name in a greeting clause ('Hoi Lies', 'Beste meneer De Vries', 'Dag allemaal')."""
    d = an.d
    toks = d.content(clause.a, clause.b)
    while toks and (toks[0] in an.starts["groet"] or d.word(toks[0]) in d.lex.loose_front):
        end = an.starts["groet"].get(toks[0], toks[0] + 1)
        toks = [i for i in toks if i >= end]
    if toks and not all(d.word(i) in gemeld_words()["rol"] and d.tok_text(i).islower() for i in toks) and (
            name_like(an, toks) or (len(toks) <= 2 and all(vocative_word(an, k, relaxed=True) for k in toks))):
        return toks  # not 'Beste teamleider,': a role in lower case is no name to keep in front
    if toks and 1 < len(toks) <= 4 and _lower_name(an, toks):
        return toks  # 'dag mevrouw peeters', 'geachte heer de wit', 'dag filip en ann'
    return []


def word_named(an, first, second) -> bool:
    """'Hoi Dan,': a name that is also a word ('dan', 'roos'), written as a name right after a greeting and closed by
    a comma, is the person greeted (round 44, k44c; the clause split read 'Dan' as a lead word and the name went);
    never a filler, a group or a word that works in the sentence ('Hoi, dan kun je …')."""
    d, lex = an.d, an.d.lex
    toks = d.content(second.a, second.b) if second is not None else []
    if len(toks) != 1 or not name_cased(d.tok_text(toks[0])) or d.content(first.a, first.b)[-1] != toks[0] - 1:
        return False
    w, nxt = d.word(toks[0]), toks[0] + 1
    if nxt >= d.n or d.tok_text(nxt) != "," and not ASKED.match(d.text, d.toks[toks[0]].end):
        return False  # k45b: 'Hoi Dan kun je …' without the comma too, right before the ask's verb and the reader
    return not any(w in group for group in (lex.fillers, lex.group_address, lex.subjects, lex.finite, lex.prepositions,
                                            lex.modal_inf, lex.particles, lex.imperatives, lex.relations))


def _second_greeting(an, first, second, name: list[int]) -> list[int]:
    """'Beste dirigent, beste Wim,': a second greeting with a capitalised name right after a first one
    that names a title or role in lower case."""
    d = an.d
    if second is None or second.sent != first.sent or second.role != "tekst" or any(d.tok_text(i)[:1].isupper() for i in name):
        return []
    toks = d.content(second.a, second.b)
    if not toks or toks[0] not in an.starts["groet"]:
        return []
    later = greeting_name(an, second)
    return later if later and all(d.tok_text(i)[:1].isupper() for i in later) else []


def _lower_name(an, toks: list[int]) -> bool:
    d = an.d
    ends = [k for k in (toks[0], toks[-1]) if d.word(k) not in d.lex.formal]
    if toks[-1] not in ends or not all(vocative_word(an, k, relaxed=True) for k in ends):
        return False
    return all(vocative_word(an, k, relaxed=True) or d.word(k) in d.lex.infix or d.word(k) in d.lex.formal
               or d.word(k) == "en" for k in toks[1:-1])


def find_name(an, group) -> tuple[list[int], object | None]:
    """The vocative for the request: (tokens, the clause it was found in, if it is a clause of its own)."""
    d = an.d
    clauses = [c for c in an.clauses if c.role != "leeg" and not _in_brackets(d, (d.content(c.a, c.b) or [c.a])[0])]
    if not clauses:
        return [], None
    first = clauses[0]
    if first.role == "groet":
        name = greeting_name(an, first)
        second = clauses[1] if len(clauses) > 1 else None
        later = _second_greeting(an, first, second, name)
        if later:
            return later, second  # 'Beste dirigent, beste Wim': the own name after the title
        if name:
            return name, None
        empty = next((c for c in an.clauses if c.a >= first.b), None)
        if empty is not None and empty.role == "leeg" and word_named(an, first, empty):
            return d.content(empty.a, empty.b), empty  # 'Hoi Dan, kun je …' (k44c)
        if second is not None and second.role == "tekst" and title_only(an, d.content(second.a, second.b)):
            return [], None  # 'Geachte mevrouw, geachte heer,': no one named (bare_salute.py)
        if second is not None and second.role == "tekst" and _loose_name(an, d.content(second.a, second.b)):
            return past_salute(an, d.content(second.a, second.b)), second  # 'geachte heer Jansen' (bare_salute.py)
    if first.role == "tekst" and first not in group and not list_label(an, first, clauses) and (
        _named(an, d.content(first.a, first.b)) or leading_name(an, first.a, first.b)
    ):
        return (d.content(first.a, first.b) if _named(an, d.content(first.a, first.b))
                else leading_name_toks(an, first.a, first.b)), first
    if not group:
        return [], None
    head = group[0]
    before = [c for c in clauses if c.sent == head.sent and c.b <= head.a]
    if before and before[-1].role == "tekst" and line_vocative(an, d.content(before[-1].a, before[-1].b), name_like):
        return d.content(before[-1].a, before[-1].b), before[-1]
    last = group[-1]
    if len(group) > 1 and last.role == "tekst" and name_like(an, d.content(last.a, last.b)) and not colon_item(an, last):
        return d.content(last.a, last.b), last
    after = [c for c in clauses if c.sent == last.sent and c.a >= last.b]
    if after and after[-1] is after[0] and after[0].role == "tekst" and name_like(an, d.content(after[0].a, after[0].b)):
        return d.content(after[0].a, after[0].b), after[0]
    if first.role == "tekst" and leading_name(an, first.a, first.b):
        return leading_name_toks(an, first.a, first.b), first
    return name_hail.found(an, first, vocative_word) \
        or name_after_apology(an, first) or thanked.found(an, vocative_word) \
        or thanked.apologised(an, vocative_word) \
        or name_at_an_end(an, clauses)  # k34b; 'dank je Anouk' (k35c); 'Sorry Ellen.' (k46a)


_AFTER_NAME = frozenset({"dat", "da", "voor", "om", "als", "maar", "hoor", "van", "want", "omdat"})  # 'Sorry Fleur dat ik …'


def name_after_apology(an, first) -> tuple[list[int], None] | None:
    """'Sorry Fleur dat ik je weer lastig val': the name right after the opening apology is the
    person addressed (the apology itself goes)."""
    d = an.d
    if first.role != "wrap":
        return None
    toks = d.content(first.a, first.b)
    ends = [i1 for i0, i1 in an.matches["excuus"] if toks and i0 == toks[0]]
    if not ends or toks[0] != d.content(0, d.n)[0]:
        return None
    name = []
    k = ends[0]
    while k < first.b and len(name) < 3 and d.is_word(k) and d.word(k) not in _AFTER_NAME:
        name.append(k)
        k += 1
    closed = k >= first.b or not d.is_word(k) or d.word(k) in _AFTER_NAME
    if not name or not closed or d.word(name[0]) in DETERMINERS:
        return None
    if name_like(an, name) and all(d.tok_text(i)[:1].isupper() or d.word(i) in d.lex.relations
                                   for i in name if d.word(i) not in d.lex.infix):
        return name, None
    if len(name) == 1 and _no_capitals(an) and vocative_word(an, name[0], relaxed=True):
        return name, None  # 'sorry fleur dat …': lower case, so not sure (vouch.names_doubt)
    return None


def name_at_an_end(an, clauses) -> tuple[list[int], object | None]:
    """'Ik snap er niks van, mam.' or 'Sorry als dit raar overkomt schat, en …': a name or a
    relation word closing a sentence or a clause."""
    d = an.d
    clauses = [c for c in clauses if not _in_brackets(d, c.a)]
    for c in clauses:
        toks = d.content(c.a, c.b)
        if c.role in ("tekst", "staat") and 1 <= len(toks) <= 2 and name_like(an, toks) and c is clauses[-1] \
                and not colon_item(an, c) and not signed_below(an, c, clauses):  # '… ⏎ Juf Katrien' signs (bare_salute.py)
            return toks, c
        if c.role == "wrap" and len(toks) > 2 and _closing_name(an, c, toks, first=c is clauses[0]):
            return [toks[-1]], None
    for k, c in enumerate(clauses):
        toks = d.content(c.a, c.b)
        nxt = clauses[k + 1] if k + 1 < len(clauses) else None
        if c.role == "tekst" and len(toks) <= 2 and _loose_name(an, toks) and k and (nxt is None or nxt.sent != c.sent) \
                and not colon_item(an, c):  # not '… op het oog, Fysio Centrum West.': three capitals name a place
            if clauses[k - 1].sent == c.sent:
                return toks, c  # '… echt door, evi.': lower case, so not sure (vouch.names_doubt)
    return [], None


def _loose_name(an, toks: list[int]) -> bool:
    """A clause that is only a name, also in lower case when the whole draft is ('hoi gert-jan, …',
    '…, evi.'; not '…, vandaar.' in a draft with capitals)."""
    if name_like(an, toks) or word_name(an, toks):
        return True
    if len(toks) != 1 or toks[0] == 0 or not _no_capitals(an) or not vocative_word(an, toks[0], relaxed=True) \
            or participle_like(an.d.lex, an.d.word(toks[0])):  # '…, beloofd' (name_verb.py)
        return False
    before = toks[0] - 1  # after a comma or the greeting, not a list item ('- cola')
    return an.d.tok_text(before) == "," or any(i0 <= before < i1 for i0, i1 in an.matches["groet"])


def _named(an, toks: list[int]) -> bool:
    return name_like(an, toks) or word_name(an, toks)


def word_name(an, toks: list[int]) -> bool:
    """'Hoi Ben, …', 'Wil, kun je …': a name that is also a Dutch word ([aanspreken] naam_ook_woord),
    capitalised, with a comma right after it, after the greeting or at the very start."""
    d = an.d
    if len(toks) != 1 or d.word(toks[0]) not in d.lex.word_names or toks[0] + 1 >= d.n or d.tok_text(toks[0] + 1) not in (",", "!"):
        return False
    raw = d.tok_text(toks[0])
    greeted = any(i1 == toks[0] for _, i1 in an.matches["groet"])
    return raw[:1].isupper() and raw[1:].islower() and (greeted or not any(d.is_word(k) for k in range(toks[0])))


def _no_capitals(an) -> bool:
    """The draft is written all in lower case: then a name in lower case is no sign of anything."""
    return not any(ch.isupper() for ch in an.d.text)


def _in_brackets(d, i: int) -> bool:
    before = d.text[: d.toks[i].start] if 0 <= i < d.n else ""
    return before.count("(") > before.count(")")


def _closing_name(an, c, toks: list[int], *, first: bool) -> bool:
    """'Sorry als dit raar overkomt schat, …', 'sorry da'k u zo laat nog stoor jana.'"""
    d = an.d
    last = toks[-1]
    if run_in_but(an, [last]):
        return False  # '… da ge het druk hebt mor kunt ge …': a Flemish 'maar' run in, never the person addressed
    before = d.word(toks[-2])
    if before in DETERMINERS or before == "zo'n" or (before in d.lex.prepositions and not {"er", "daar"} & {d.word(k) for k in toks}):
        return False  # '… aan je broer', '… met de kleine', '… dan vraag ik aan papa': not the person addressed
    if len(toks) > 2 and d.word(toks[-3]) in DETERMINERS | {"zo'n"} and before.endswith("e"):
        return False  # '… een waardeloze dochter': a noun phrase, not the person addressed
    if d.word(last) in d.lex.relations:
        return True
    ends_sentence = last + 1 >= d.n or d.tok_text(last + 1) in ".!?," or d.sentences_of(last + 1) != d.sentences_of(last) \
        or last + 1 == c.b
    if d.tok_text(last)[:1].isupper():
        return first and ends_sentence and vocative_word(an, last, relaxed=False)
    after_verb = before in d.lex.finite or any(i1 == last for name in ("last", "excuus") for _, i1 in an.matches[name])
    return first and ends_sentence and after_verb and vocative_word(an, last, relaxed=True) and not d.word(last).endswith("en")


DETERMINERS = frozenset({"de", "het", "een", "mijn", "je", "jouw", "uw", "ons", "onze", "zijn", "haar", "hun", "die", "dat", "deze", "dit"})


def mark_signatures(an) -> None:
    """A name right after a sign-off, or alone on the last line, signs the message."""
    d = an.d
    clauses = [c for c in an.clauses if c.role != "leeg"]
    for k, c in enumerate(clauses):
        if c.role != "tekst" or not name_like(an, d.content(c.a, c.b)):
            continue
        prev = clauses[k - 1] if k else None
        last = k == len(clauses) - 1
        if prev is not None and prev.role == "afsluiting":
            c.role = "afsluiting"
        elif last and prev is not None and prev.sent != c.sent and prev.role != "groet":
            if d.words(c.a) and d.tok_text(c.a)[:1].isupper() and d.word(c.a) not in d.lex.relations:
                c.role = "afsluiting"


def without_name(name: str, text: str) -> str:
    """The kept sentence may still open with the vocative ('omaaa 🥺 ik moet …' with 'Omaaa' found):
    the name is put in front once, so it goes here with the marks and emoji right after it (a mark or an emoji
    must follow: 'wil je' after 'Wil, ' is the question)."""
    if not fold(text).startswith(fold(name)) or text[len(name):len(name) + 1].isalnum():
        return text
    rest = text[len(name):]
    k = 0
    while k < len(rest) and (rest[k].isspace() or rest[k] in ",!:;" or unicodedata.category(rest[k]) in ("So", "Sk", "Cf")):
        k += 1
    if not rest[:k].strip():  # 'Wil, wil je …': the name is also a word, and no mark says it is the vocative
        return text
    return rest[k:] if rest[k:] else text
