"""One sentence from parts (the practice flow). A result filled in with follow-up answers: answers.py."""

from __future__ import annotations

import dataclasses
import functools
import re

from vraaghulp.coach.text import fold

from . import findings as fx
from .direct import turn
from .engine import analyse
from .lexicon import lexicon
from .model import Shrunk
from .pieces import capitalise
from .shrink import shrink
from .asked import MODALS
from .frame_register import framed, register_for
from .phrase_kinds import comes_to_mine, goes_along, several_sentences, without_typed_name
from .salutation import vocative_of
from .crisis_note import crisis_note
from .no_ask import as_whether, opening_cut, tells_only, whether_gone
from .care import care_tier
from .own_wish import own_wish
from .whose_task import only_yours
from .verbs import infinitive_of, is_infinitive

SENTENCE = re.compile(r"[^.?!]+[.?!]*")


def answer_phrase(text: str | None) -> str:
    """A typed answer as a phrase: one line, no closing mark, lower case unless it is a name."""
    text = re.sub(r"\s+", " ", text or "").strip()
    text = re.sub(r"[\s?.!,;:]+$", "", text)
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        first = fold(text.split()[0])
        lex = lexicon()
        if first in lex.finite or first in lex.not_verb or first in lex.subjects or first in lex.imperatives or lex.moment.match(first):
            text = text[0].lower() + text[1:]
    return text[:500]


def _has_request(text: str) -> bool:
    return bool(text.strip()) and "geen-vraag" not in analyse(text).problems


def as_request(what: str, register: str = "je") -> str:
    """A phrase typed as 'what' made into a question when it is not one yet (in the register, frame_register.py)."""
    lex = lexicon()
    if _has_request(what):
        return what
    words = fold(what).split()
    if words and _verb_phrase(lex, words):
        what = _moment_first(lex, what)
        if _own_action(lex, words):
            return f"{lex.setting('vraag_ik', 'mag ik')} {what}?"  # 'de auto lenen' -> 'mag ik de auto lenen?'
        return f"{framed(lex.setting('vraag_je', 'kun je'), register)} {what}?"
    if words:
        helpen = framed(lex.setting("helpen_je", "kun je me helpen met"), register)
        if words[0] in lex.prepositions:
            helpen = helpen.rsplit(" ", 1)[0]
        return f"{helpen} {what}?"
    return framed(lex.setting("vraag_je", "kun je"), register) + " me helpen?"


def _moment_first(lex, what: str) -> str:
    """'het pakketje aannemen morgen tussen 10 en 12' -> 'morgen tussen 10 en 12 het pakketje aannemen':
    a short moment typed after the verb goes before the object, as in the question."""
    raw, words = what.split(), fold(what).split()
    if len(raw) != len(words):
        return what
    for k in range(1, len(words) - 1):
        tail = words[k + 1:]
        if is_infinitive(lex, re.sub(r"\W", "", words[k])) and lex.moment.match(words[k + 1]) and len(tail) <= 5 \
                and not any(w in lex.subjects or w in lex.subordinators or w in ("want", "maar", "omdat", "dus")
                            or not re.sub(r"\W", "", w) for w in tail) and "," not in what:
            return " ".join(raw[k + 1:] + raw[:k + 1])
    return what


_ARTICLES = frozenset({"de", "het", "een", "mijn", "m'n", "jouw", "uw", "onze", "ons", "zijn", "haar", "hun", "die", "deze", "dit", "dat"})


def _verb_phrase(lex, words: list[str]) -> bool:
    """'een brood voor me meenemen (als je toch langs de bakker gaat)': an infinitive ends the
    phrase or its first part, before a comma or a word that starts a clause ('als', 'wie', 'na');
    'mee naar de oogarts' counts too, its verb left out (phrase_kinds.py)."""
    if goes_along(words):
        return True
    for k, raw in enumerate(words):
        word = re.sub(r"\W", "", raw)
        nxt = words[k + 1] if k + 1 < len(words) else ""
        clause = nxt in lex.subordinators  # 'vragen hoe het gaat': a verb, though also a noun
        if not (is_infinitive(lex, word) or (clause and word.endswith("en"))) or (k and words[k - 1] in _ARTICLES):
            continue
        if not nxt or raw.endswith(",") or nxt in lex.not_verb or lex.moment.match(nxt):
            return True  # '… aannemen morgen tussen 10 en 12': a moment after the verb closes it too
    return False


def _own_action(lex, words: list[str]) -> bool:
    """'je auto lenen', 'thuis werken': the writer does it (a verb of their own, no 'me' in it)."""
    plain = [re.sub(r"[^\w']", "", w) for w in words]
    if {"me", "mij", "ons"} & set(plain) or goes_along(words) or comes_to_mine(words):
        return False  # 'mee naar de oogarts', 'naar mijn optreden komen': the person asked goes (phrase_kinds.py)
    purpose = next((k for k, w in enumerate(plain) if w == "om" and "te" in plain[k + 1:k + 4]), len(plain))
    verbs = [w for w in plain[:purpose] if is_infinitive(lex, w) and w not in lex.not_infinitive]  # not 'om te leren'
    if not verbs:
        return False
    return verbs[-1] in lex.self_verbs or bool({"je", "jou", "jouw", "u", "uw"} & set(plain))  # 'met je praten'


def compose(person: str | None, what: str, moment: str | None = None) -> str:
    """One clear sentence from parts.

    compose("Sam", "een brood voor me meenemen", "morgen")
    -> "Sam, kun je morgen een brood voor me meenemen?"
    """
    return composed(person, what, moment).sentence


def composed(person: str | None, what: str, moment: str | None = None) -> Shrunk:
    """`compose` with the whole result: its findings, and whether every check passed (`sure`)."""
    person = re.sub(r"\s+", " ", person or "").strip().strip(",:;!?.") or None
    what = opening_cut(re.sub(r"\s+", " ", what or "").strip())  # 'eh ja of ik …' -> 'of ik …' (no_ask.py)
    noted_crisis = crisis_note(person, what, moment, composed)  # 'bij me komen zitten, ik denk aan zelfmoord'
    if noted_crisis is not None:
        return noted_crisis
    ask = functools.partial(shrink, person=person, moment=answer_phrase(moment) or None)  # every path shrinks the same way
    if care_tier(what) == "acuut":  # no bare task beside the crisis words: the engine's own crisis sentence, never
        return ask(what)            # 'kun je me nu helpen met het gaat niet goed?'
    whether = as_whether(what)  # 'dat ik morgen thuis mag werken': asked as 'of ik …', never 'mag ik dat ik …?'
    if whether is not None:
        result = composed(person, whether, moment)
        return result if result.sure and whether_gone(result.sentence, what) else _unsure(ask(what))
    turned = turn(what, person)  # 'Ik wil Anouk vragen of ik …': the note is the ask, said directly
    noted = turned is not None and turned.asked
    register = register_for(what, person)
    task = None if noted else _state_then_task(what, register)
    if task is not None:  # 'Ik ben kapot. De was ophangen.': the sentence before stays, the bare task is asked
        return _frame_left(ask(f"{task[0]} {task[1]}"))
    if noted or _has_request(what) or _own_sentence(what) or _a_clause(what) or own_wish(what):  # 'ik zit vol': never
        # 'kun je ik zit vol?'; '… maar ik zou graag …' never 'mag ik … maar ik zou …?' (own_wish.py)
        return _frame_left(ask(what))
    note = _NOTE.match(fold(what)) is not None
    inside = None if note else _task_inside(what, register)
    if inside is not None:  # 'sorry dat ik het alweer vraag, oppassen op Daan?', 'zondag de hond uitlaten? mijn rug …'
        return ask(inside)
    bare = without_typed_name(what, vocative_of(person) if person else "")  # 'mo ik heb …' typed to Mo (phrase_kinds.py)
    if several_sentences(bare) or (bare != what and (_own_sentence(bare) or _has_request(bare))):
        return _as_written([ask(t) for t in dict.fromkeys((what, bare))], what)
    if note:  # a note the turn could not read ('of hij … voordat hij …'): never 'kun je me helpen met of …'
        return _readable(_unsure(ask(what)), what)
    help_with = _HELP.match(what) or _BARE_HELP.match(what)
    if help_with is None and tells_only(what) and not _verb_phrase(lexicon(), fold(what).split()):
        return _unsure(ask(what))  # 'mijn moeder is ziek': never 'kun je me helpen met mijn moeder is ziek?' (no_ask.py)
    asked = _help_request(help_with.group(1), register) if help_with else as_request(answer_phrase(what), register)  # 'hulp bij de verhuizing'
    result = ask(asked)
    if _DENIED.match(fold(what)):  # 'geen hulp bij de verhuis', 'of ze weet wanneer …': never a sure 'helpen met geen …'
        return _unsure(result)
    if asked.startswith(lexicon().setting("vraag_ik", "mag ik")) and only_yours(lexicon(), fold(what).split()):  # 'je kamer
        # opruimen': 'mag ik' or 'kun je'? (whose_task.py)
        return _unsure(result)
    return _unsure(result) if _THEIRS.search(fold(what)) and person else result


# A note about the person: 'of hij …', 'vragen of ze …', 'dat ze …' (a reported ask, not a task to put after 'kun je').
_NOTE = re.compile(r"(?:(?:ik wil (?:\w+ )?)?(?:hem|haar|ze|hen)?\s*vragen\s+)?(?:of|dat|da)\s+(?:hij|ze|zij|die)\b")


# 'zijn kamer opruimen', 'haar fiets maken' typed as the task: most likely the person's own ('je kamer'),
# maybe someone else's; the sentence keeps the draft's word and is not offered as sure
_DENIED = re.compile(r"^(?:(?:ik\s+(?:wil|heb|hoef)\s+)?(?:geen|niet|nooit|niks|niets)\b|(?:of|dat|als|wanneer|hoe|wie|wat)\s)")
_THEIRS = re.compile(r"(?:^|\s)(?:zijn|haar|hun|z'n|zn)\s+[a-z]")


# A result that asks: a verb in front (after the name), and no clause cut off after its opener ('… voordat zijn?').
_ASKS = re.compile(r"^(?:[^,]+,\s*)?(?:kun|kan|kunt|kunnen|wil|wilt|willen|mag|mogen|hoef|hoeft|heb|heeft|weet|ben|bent|is)\b")
_CUT_OFF = re.compile(r"\b(?:voordat|nadat|als|wanneer|zodat|omdat|dat|of|totdat|tot|zodra|zolang|terwijl)\s+\S+\s*[?.!]*$")


def _readable(result: Shrunk, what: str) -> Shrunk:
    """The shrunk note, or the person's own note unchanged when the shrinking left no question
    ('Moeder, ze me ophaalt …') or cut a clause off ('Buurman, kun je je auto verzetten voordat zijn?')."""
    folded = fold(result.sentence)
    if _ASKS.match(folded) and not _CUT_OFF.search(folded):
        return result
    return dataclasses.replace(result, sentence=what, dropped=())


def _as_written(results: list[Shrunk], what: str) -> Shrunk:
    """Sentences typed as the note, shrunk as they stand (with the typed name in front, then without it):
    the first result that asks, else the note itself, not sure; never 'kun je Joost, …?'."""
    for result in results:
        folded = fold(result.sentence)
        if ("?" in folded or any(_ASKS.match(p.strip()) for p in SENTENCE.findall(folded))) and not _CUT_OFF.search(folded):
            return result
    return _readable(_unsure(results[0]), what)


def _unsure(result: Shrunk) -> Shrunk:
    if not result.sure:
        return result
    found = result.findings if any(f.kind == "onzeker" for f in result.findings) else (fx.make("onzeker"),) + tuple(result.findings)
    return dataclasses.replace(result, sure=False, findings=found)


def _help_request(what: str, register: str = "je") -> str:
    """'bij de verhuizing' (after 'om hulp vragen' or 'hulp') -> 'kun je me helpen bij de verhuizing?'"""
    helpen = framed(lexicon().setting("helpen_je", "kun je me helpen met"), register).rsplit(" ", 1)[0]
    return f"{helpen} {answer_phrase(what)}?"


# '(ik wil) (hem|haar|Tom) om hulp vragen bij/met X': what is left after the frame is X
_HELP = re.compile(r"^(?:(?:ik|'k|k)\s+(?:wil|wou|moet|ga|zou|kan)\s+)?(?:[\w'-]+\s+){0,3}?om\s+hulp\s+(?:te\s+)?vragen\s+"
                   r"((?:bij|met|voor)\s+.+)$", re.IGNORECASE)
_SUBJECTS = frozenset({"hij", "zij", "ze", "ie", "ge", "gij", "jij"})
_BARE_HELP = re.compile(r"^(?:wat\s+|een\s+beetje\s+)?hulp\s+((?:bij|met)\s+.+)$", re.IGNORECASE)  # 'hulp bij de verhuis'


def _state_then_task(what: str, register: str = "je") -> tuple[str, str] | None:
    """'Ik ben echt op. Hulp bij het naar bed brengen.', 'ik zit vol. de was ophangen': sentences
    without an ask, then a bare task (a verb phrase, or 'hulp bij X') as the note's last sentence:
    (what comes before, the task); None for any other note."""
    parts = [p.strip() for p in SENTENCE.findall(what) if p.strip()]
    if len(parts) < 2:
        return None
    before, last = " ".join(parts[:-1]), parts[-1].rstrip(".!")
    if not last or last.endswith("?") or _has_request(before) or _has_request(last) or _a_clause(last) or _own_sentence(last):
        return None
    help_with = _BARE_HELP.match(last)
    if help_with:
        return before, _help_request(help_with.group(1), register)
    return (before, as_request(answer_phrase(last), register)) if _verb_phrase(lexicon(), fold(last).split()) else None


_PIECE = re.compile(r"[^.?!,]+[.?!,]*")


def _task_inside(what: str, register: str = "je") -> str | None:
    """'sorry dat ik het alweer vraag, oppassen op Daan?', 'de planten water geven, ik ben er tot vrijdag niet':
    one sentence or comma part is a bare task and no part asks anything; that part is asked ('kun je …?')
    where it stands, the rest stays as typed for the engine to weigh. None for any other note."""
    pieces = _PIECE.findall(what)
    if len(pieces) < 2:
        return None
    bodies = [p.strip().rstrip(".?!,").strip() for p in pieces]
    tasks = [k for k, b in enumerate(bodies) if _bare(b)]
    if len(tasks) != 1 or any(_has_request(b) for b in bodies):
        return None
    k = tasks[0]
    after = "".join(pieces[k + 1:]).strip()
    joined = fold(after).split()[:1]
    if joined and (joined[0] in lexicon().subordinators or joined[0] in _NO_TASK):
        return None  # 'me bellen, zodat ik …': the clause after it belongs to the task
    task = re.sub(r"(?i)^(?:maar|mor|mar|en|dus)\s+", "", bodies[k])  # '…, maar even de zakken buitenzetten?' (k52c)
    return " ".join(t for t in ("".join(pieces[:k]).strip(), as_request(answer_phrase(task), register), capitalise(after)) if t)


def _bare(body: str) -> bool:
    """A verb phrase without a subject or verb of its own ('oppassen op Daan', 'zondag de hond uitlaten')."""
    folded = fold(body)
    words = folded.split()
    if not words or not _verb_phrase(lexicon(), words) or _DENIED.match(folded) or _NOTE.match(folded):
        return False
    unlinked = _LINKED.sub("", body)  # 'mo kan ik vrijdag thuiswerken': a question after a Flemish 'maar' (k52c, h51a-026)
    return not (_a_clause(body) or _a_clause(unlinked) or _own_sentence(body) or own_wish(body) or set(words) & _SUBJECTS)


_LINKED = re.compile(r"^(?:maar|mo|ma|mor|mar|en|dus)\s+(?=\S+\s+(?:ik|je|jij|u|ge|gij|jullie)\b)", re.IGNORECASE)


_FRAME_LEFT = re.compile(r"\b(?:hem|haar|hen|ze)\s+(?:\w+\s+){0,2}?vragen\b", re.IGNORECASE)


def _frame_left(result: Shrunk) -> Shrunk:
    """'kan ik haar vragen om een verwijsbrief': a note's frame the engine could not turn is still in
    the sentence; offered, but never as sure."""
    return _unsure(result) if _FRAME_LEFT.search(result.sentence) else result


def _finite(lex, word: str) -> bool:
    """'heeft', 'moet', 'belt': a finite verb, not an infinitive ('ophalen') nor a noun."""
    if is_infinitive(lex, word) or word in lex.not_verb:
        return False
    return word in lex.finite or word in lex.irregular or word in MODALS or word in ("moet", "moest", "zal", "zou") or (
        len(word) > 3 and word.endswith("t") and infinitive_of(lex, word)[1])


def _a_clause(what: str) -> bool:
    """A note that starts with a finite verb or a subject and its verb ('heeft ze tijd …', 'hij is ziek') is a
    clause, not a phrase to put after 'kun je': the engine reads it as it stands (not sure when it
    finds no ask) rather than offering 'kun je heeft ze …?'."""
    lex = lexicon()
    words = fold(what).split()
    plain = [re.sub(r"[^\w']", "", w) for w in words[:2]] + ["", ""]
    finite = [_finite(lex, w) for w in plain[:2]]
    if finite[0] and _guessed(lex, plain[0]) and _bare_task(lex, words):
        return False  # 'kort met me bellen', 'naast me zitten terwijl …': a word in -t before a phrase, no verb
    return finite[0] or (plain[0] in _SUBJECTS and finite[1])  # not 'ze ophalen bij school': a phrase


def _guessed(lex, word: str) -> bool:
    """'kort', 'naast': read as a finite verb only from its -t ('korten'), not a verb the word lists know."""
    return not (word in lex.finite or word in lex.irregular or word in MODALS or word in ("moet", "moest", "zal", "zou"))


_NO_TASK = frozenset({"te", "en", "of", "maar", "want", "dus", "moet", "moest", "zal", "zou"})


def _bare_task(lex, words: list[str]) -> bool:
    """'kort met me bellen': after the first word, up to the infinitive that ends the task, no subject,
    no verb of its own, no 'te' or 'en' ('werkt morgen thuis en kan …', 'loopt … om brood te halen')."""
    plain = [re.sub(r"\W", "", w) for w in words]
    for k in range(1, len(plain)):
        w = plain[k]
        if w in _NO_TASK or w in lex.subjects or w in lex.subordinators or w in MODALS or w in lex.finite:
            return False
        if is_infinitive(lex, w) and words[k - 1] not in _ARTICLES:
            return _verb_phrase(lex, words[k:])
    return False


def _own_sentence(what: str) -> bool:
    """The answer is a sentence of its own ('ik wil …', 'kheb …', 'we …'), not a phrase to put
    after 'kun je': then the engine reads it as it stands, and says when it finds no ask."""
    lex = lexicon()
    words = fold(what).split()
    first = words[0] if words else ""
    spelled = lex.spelling.get(first, "")
    return first in ("ik", "'k", "k", "we", "wij") or spelled.startswith("ik ") or (
        first[:1] == "k" and first[1:] in lex.ik_verbs)
