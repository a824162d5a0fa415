"""The reported request found by reported.py, rewritten as the direct question.

"Ik wil Anouk vragen of ik vanaf maandag thuis mag werken" -> "Anouk, mag ik vanaf maandag thuis
werken"; "meneer verhoeven vragen of hij de schimmel wil laten behandelen" -> "Meneer Verhoeven,
wilt u de schimmel laten behandelen"; "vragen om de verwarming te laten nakijken" -> "Kunt u de
verwarming laten nakijken". The rest of the draft is left as it was, for the engine.
"""

from __future__ import annotations

import dataclasses
import re

from vraaghulp.coach.text import fold

from .lexicon import lexicon
from .pieces import capitalise
from .reported import IK, LEAD_VERBS, PRONOUNS, THIRD, Found, Out, Tok, Turned, breaks, frame, gemeld_words, named_service, register_of, tokens
from .asked import CLAUSE_GOES_ON, INNER, NEW_AFTER_HET, OWN_SIDE, Verb, ask_end, main_verb, modal, plural_verb, second_ask, te_verb
from .told import main_clause, told_frame
from .verbs import front_form, is_infinitive
from .wish import NOUN_TOO, copy_rest, swap_after, wished
from .about_them import asked_about
from .copied import copy_clause, copy_front, copy_told, copy_vocative
from .gemeld import typed_group
from .typed_own import own_words
from .vocative import DETERMINERS, mentioned_vocative, pronoun_clashes, typed_vocative

_NEW_SENTENCE = frozenset({"ik", "'k", "we"})
_WE, _YOU = frozenset({"we", "wij"}), frozenset({"je", "jij", "ge", "gij"})
# 'vragen om … te lenen/gebruiken/krijgen' without 'me': what the writer would get (not 'om te komen')
_TAKEN = frozenset({"lenen", "gebruiken", "krijgen", "ontvangen"})
_TO_ME = frozenset({"me", "mij", "ons", "mijn", "mn", "m'n"})
_OWNERS = frozenset({"je", "jouw", "zijn", "haar", "uw", "hun", "het", "dat", "dit", "die", "deze"})


_HEADER = re.compile(r"\s*(?:onderwerp|betreft|betreffende|re|fw|fwd|aw)\s*:[^\n]*\n", re.IGNORECASE)


def turn(text: str, person: str | None = None) -> Turned | None:
    """The draft with its first reported request made direct (and an e-mail subject line on top
    left out: 'Onderwerp: verlof' is no part of the message), or None when neither is there."""
    head = _HEADER.match(text)
    start = head.end() if head and text[head.end():].strip() else 0
    low = text.lower()
    noted = low.lstrip().startswith(("of ", "om ", "dat ", "da ")) or (person and _LATER_OF.search(low))
    toks = tokens(text) if "vragen" in low or "vraag" in low or noted else []
    for s in range(len(toks)):
        if toks[s].start < start or not (breaks(text, toks, s) or _after_but(toks, s)):
            continue
        found = frame(text, toks, s, typed=bool(person)) or told_frame(text, toks, s, typed=bool(person))
        if found is None or _asks_elsewhere(text, toks, found):
            continue
        out = _build(text, toks, found, person, start)
        if out is not None:
            return _doubted(out, toks, found, person)
    if person and not start:
        wish = wished(text, person)  # 'ik wil dat hij …' about the person typed in the practice flow
        if wish is not None:
            return wish
        about = asked_about(text, person)  # 'kan ze … voor me vertalen?': a question about the person typed
        if about is not None:
            return about
    if start:
        return Turned(text[start:], [(0, start, len(text) - start)], asked=False)
    return None


_LATER_OF = re.compile(r"[.!?\n]\s*of\s")  # '… ik ben op. of ze …': the note's ask after a sentence of its own
_AS_SUBJECT = {"hem": "hij", "'m": "hij", "haar": "ze"}


def _doubted(out: Turned, toks: list[Tok], f: Found, person: str | None) -> Turned:
    """'ik wil haar vragen of ze …' with 'mijn broer Tom' typed: 'haar' is not the person typed, so
    the question made direct to them is not sure."""
    said = [toks[i].w for i in f.person]
    if person and len(said) == 1 and said[0] in _AS_SUBJECT and pronoun_clashes(_AS_SUBJECT[said[0]], person):
        return dataclasses.replace(out, sure=False)
    return out


def _after_but(toks: list[Tok], s: int) -> bool:
    """'Ik vind het eng, maar ik wil Tom vragen of …': the note starts after 'maar' (also without
    the comma when 'ik' follows: 'Ik durf het bijna niet te vragen maar ik wil …')."""
    if s <= 1 or toks[s].w not in ("maar", "dus", "en"):
        return False
    if toks[s].w == "en":  # 'ik ben overspannen en (ik) wil hem vragen of …': the state, then the note
        return s + 2 < len(toks) and (toks[s + 1].w in IK and toks[s + 2].w in LEAD_VERBS or toks[s + 1].w in LEAD_VERBS)
    return toks[s - 1].w == "," or (toks[s].w == "maar" and s + 1 < len(toks) and toks[s + 1].w in IK | {"of"})


def _prefix(out: Out, toks: list[Tok], f: Found, head: int) -> None:
    """The draft before the note; what came before ', maar' becomes a sentence of its own."""
    if f.start > 0 and toks[f.start].w in ("maar", "dus", "en") and toks[f.start - 1].w not in (".", "!", "?"):
        prev = f.start - 2 if toks[f.start - 1].w == "," else f.start - 1
        out.copy(head, toks[prev].end)
        out.add(". ")
    else:
        out.copy(head, toks[f.start].start)


_ASK_VERBS = frozenset({"kun", "kan", "kunt", "wil", "wilt", "zou", "zoudt", "mag", "moogt", "heb", "hebt", "ben", "bent"})


def _asks_elsewhere(text: str, toks: list[Tok], f: Found) -> bool:
    """Another sentence asks the reader directly ('Kun jij anders mee?'): then the note is news
    for the reader ('Ik wou Sanne vragen of …, maar die is weg'), not the ask itself."""
    end = _end_of_sentence(text, toks, f.comp + 1)
    for i in range(len(toks) - 1):
        if f.start <= i < end:
            continue
        if toks[i].w in ("kunde", "wilde", "zoude", "kunje", "wilje") or (
                toks[i].w in _ASK_VERBS and toks[i + 1].w in ("je", "jij", "u", "ge", "gij", "jullie")):
            return True
    return False


def _end_of_sentence(text: str, toks: list[Tok], b: int) -> int:
    for i in range(b, len(toks)):
        if toks[i].w in (".", "!", "?") and not _in_number(text, toks[i]):
            return i
        if i > b and "\n" in text[toks[i - 1].end: toks[i].start]:
            return i
    return len(toks)


def _in_number(text: str, tok: Tok) -> bool:
    """'€ 1.200', '12.30': a point between digits ends no sentence."""
    return 0 < tok.start and tok.end < len(text) and text[tok.start - 1].isdigit() and text[tok.end].isdigit()


# 'de assistente van dokter Bakker' typed: the one asked is the assistant; the doctor named after 'van' is someone else
# ('of de dokter me kan terugbellen' stays about the doctor: p40-003, round 41, k41a); typed_own.own_part


def _subject(toks: list[Tok], b: int, f: Found, typed: str) -> tuple[str, int, str] | None:
    """After 'of': who does it and where the clause goes on: ('ik', …), ('zij', …) for the person
    asked, ('np', …, 'Jens') for someone else ('of Jens ergens anders mag zitten')."""
    w = toks[b].w if b < len(toks) else ""
    if w in ("da'k", "dak") or w in IK:
        return "ik", b + 1, ""
    if w == "dat" and b + 1 < len(toks) and toks[b + 1].w in IK:
        return "ik", b + 2, ""
    if w in ("dat", "da") and b + 1 < len(toks) and toks[b + 1].w in THIRD | _WE | _YOU | {"ie"}:
        b, w = b + 1, toks[b + 1].w  # Flemish 'of da ze …', 'of dat hij …': the same clause
    if w in THIRD | _WE | {"ie"} | (_YOU if typed else set()):  # 'of we …' -> 'kunnen we …'; 'of ie/ge …': the person
        return ("hij" if w == "ie" else "np-jij" if w in _YOU else w), b + 1, ""
    who = {toks[i].w for i in f.person} | {fold(x).lower() for x in own_words(typed)}
    own = b
    while own < min(b + 3, len(toks)) and toks[own].w in who and toks[own].w.isalpha() and not (
            own > b and toks[own].w in DETERMINERS):  # 'of nonkel Jos mijn auto …': 'mijn' is the object's
        own += 1  # the person asked named again, as typed ('of tom …', 'of meneer Wouters …'): 'je'
    if own > b and {toks[i].w for i in range(b, own)} - DETERMINERS:
        return "np-jij", own, ""
    words = [t.w for t in toks[b:b + 5]]
    if words[:1] == ["het"] and "mogelijk" in words[1:3]:
        k = words.index("mogelijk") + 1
        if k < len(words) and words[k] == "is":  # 'of het (eventueel) mogelijk is om …'
            return "mogelijk", b + k + 1 + (1 if k + 1 < len(words) and words[k + 1] == "om" else 0), ""
    end = b + 2 if w in DETERMINERS - {"een"} else b + 1 if toks[b].raw[:1].isupper() else b
    while b < end < len(toks) and toks[end].raw[:1].isupper() and toks[end].w.isalpha():
        end += 1  # 'mijn zoon Tim', 'Jens Peeters'
    if end == b or any(not toks[i].w.replace("'", "").isalpha() for i in range(b, end)):  # "m'n zus"
        return None
    nouns = {toks[i].w for i in range(b, end)} - DETERMINERS
    if nouns <= who:
        return "np-jij", end, ""  # 'vragen of mijn zus me kan helpen', typed 'mijn zus'
    return "np", end, " ".join(toks[i].raw for i in range(b, end))


def _pronouns(toks: list[Tok], verb: Verb, b: int, register: str, subject: str) -> bool:
    """Words for the person asked become 'je'/'u'/'uw': 'zijn' after 'hij', 'haar' before a noun
    after 'zij', 'zich(zelf)'. 'hem' or 'haar' as an object next to 'hij'/'zij' is someone else
    ('of hij hem ophaalt') and stays. After 'ik' ('of ik bij haar mag slapen') the person is
    meant most of the time, but not surely: then the answer is not sure."""
    sub, obj, poss = PRONOUNS[register]
    own = {"hij": "zijn", "zij": "haar", "ze": "haar"}.get(subject, "")
    sure = True
    lex = lexicon()
    for i in range(b, verb.end):
        w = toks[i].w
        nxt = toks[i + 1].w if i + 1 < len(toks) else ""
        goes_on = i + 2 < verb.end and toks[i + 2].w[:1].isalnum()  # 'zijn vuilniszakken niet meer …': a plural noun
        noun_next = nxt[:1].isalpha() and (not is_infinitive(lex, nxt) or goes_on) and nxt not in lex.prepositions and (
            nxt not in lex.finite or nxt in NOUN_TOO)
        if w in ("haar", "zijn") and i > b and toks[i - 1].w in DETERMINERS | _OWNERS:
            continue  # 'mijn haar', 'haar haar': the noun (hair), not the person
        if subject in OWN_SIDE and w in ("hem", "haar", "zijn") and (w != "zijn" or noun_next):
            verb.put[i] = poss if noun_next and w != "hem" else obj
            sure = False
        elif w == own and noun_next:
            verb.put[i] = poss
        elif w in ("zich", "zichzelf") and subject not in OWN_SIDE:
            verb.put[i] = {"je": "je", "u": "u", "ge": "u"}[register] + ("zelf" if w == "zichzelf" else "")
        elif w == subject and w in ("hij", "zij") and i not in verb.drop:
            verb.put[i] = sub
    return sure


def _verb_for(toks: list[Tok], f: Found, b: int, end: int, typed: str) -> tuple[str, Verb, int, str] | None:
    """(subject, what happens to the verbs, where the clause starts, a third person's name)."""
    if toks[f.comp].w == "om":
        verb = te_verb(toks, b, end)
        if verb is None:
            return None
        if toks[verb.end - 1].w in _TAKEN and not {toks[i].w for i in range(b, verb.end)} & _TO_ME:
            verb.lemma = "mogen"  # 'vragen om haar boor te lenen': the writer gets it, 'mag ik je boor lenen'
            return "ik", verb, b, ""
        return "zij", verb, b, ""
    found = _subject(toks, b, f, typed)
    if found is None:
        return None
    subject, b, name = found
    if subject in ("ze", "zij") and typed_group(typed):  # 'ik wil ze vragen of ze … kunnen passen', 'mijn ouders' typed
        verb = modal(toks, b, end, "jullie")
        return ("jullie", _unsure(verb), b, "") if verb else None
    if subject == "mogelijk":
        verb = te_verb(toks, b, end)
        if verb is None:
            return None
        own = toks[max(verb.drop) + 1].w in lexicon().self_verbs  # 'om vrijdag thuis te werken': mag ik
        verb.lemma, verb.sure = ("mogen" if own else "kunnen"), False
        return ("ik" if own else "zij"), verb, b, ""
    if subject == "ik" and f.led and not f.person and not f.fear and not f.told[1]:
        return None  # 'ik wil vragen of ik …': the engine reads that frame itself
    lemma = "mogen" if subject == "ik" else "kunnen"
    verb = modal(toks, b, end, "ik" if subject == "np" else subject)
    if verb is None and subject in _WE:
        verb = plural_verb(toks, b, end)
    elif verb is None and subject != "np":
        verb = _minds(toks, b, main_verb(toks, b, end, lemma))
    return (subject, verb, b, name) if verb else None


def _unsure(verb: Verb) -> Verb:
    verb.sure = False  # 'ze' may be others too ('of ze bij hen kunnen slapen')
    return verb


_ASKED_CLAUSE = frozenset(("wie", "wat", "waar", "hoe", "wanneer", "waarom", "welke", "hoeveel", "of"))
_MIND = {"je": "vind", "u": "vindt", "ge": "vindt"}


def _minds(toks: list[Tok], b: int, verb: Verb | None) -> Verb | None:
    """'of ze het erg/goed vindt als ik …': the question keeps its own verb in front ('vind je het
    erg als ik …', which the engine makes 'mag ik …'), never 'kun je het erg vinden als …'."""
    if verb is not None and toks[b].w == "weet" and b + 1 < len(toks) and toks[b + 1].w in _ASKED_CLAUSE:
        known = Verb("weten", b + 1, verb.sure)  # 'of hij weet wie er komt': 'weet je wie er komt', never 'kun je weet …'
        known.drop.add(b)
        return known
    at = next((i for i in (verb.put if verb else ()) if toks[i].w in ("vindt", "vind")), None)
    if at is None or toks[b].w not in ("het", "'t") or at + 1 >= len(toks) or toks[at + 1].w not in ("als", "dat", "da"):
        return verb
    del verb.put[at]
    verb.drop.add(at)
    verb.lemma = "vinden"
    return verb


def _build(text: str, toks: list[Tok], f: Found, typed: str | None, head: int = 0) -> Turned | None:
    lex = lexicon()
    b = f.comp + 1
    end = _end_of_sentence(text, toks, b)
    if b >= end or any(toks[i].w in gemeld_words()["meervoud"] or toks[i].w == "en" for i in f.person):
        return None  # 'de buren vragen of ze …': a group, left to the engine
    if toks[f.comp].w == ":":
        return _colon(text, toks, f, head, typed)
    cut = ask_end(toks, b, end)
    found = _verb_for(toks, f, b, cut, typed or "")
    if found is None:
        return None
    subject, verb, b, name = found
    register = register_of(toks, f.person, typed or "")
    sure = verb.sure and _pronouns(toks, verb, b, register, subject) and not named_service(toks, f.person, typed or "")
    vocative = mentioned_vocative(toks, f.person)
    vocative = (typed_vocative(typed, vocative) if vocative else "") or vocative
    who = name or (subject if subject in OWN_SIDE | {"jullie"} else register)
    front = _MIND.get(register, "vind") if verb.lemma == "vinden" else front_form(lex, verb.lemma, "np" if name else who)
    out = Out(text)
    _prefix(out, toks, f, head)
    if vocative:
        copy_vocative(out, toks, f.person, vocative)
        out.add(", ")
    if f.told[1] > f.told[0]:  # 'vertellen dat het thuis niet goed gaat en vragen of …': said first
        copy_told(out, toks, main_clause(toks, *f.told) or [], capital=not vocative)
    copy_front(out, toks, verb, front if vocative and not f.told[1] else capitalise(front), who, b)
    for i in f.moments:
        out.add(" ")
        out.copy(toks[i].start, toks[i].end)
    copy_clause(out, toks, b, verb)
    sure = swap_after(out, toks, (verb.end, cut), subject, register, b) and sure
    said = _AS_SUBJECT.get(next((toks[i].w for i in f.person), ""), subject) if toks[f.comp].w == "om" else subject
    sure = _close(out, toks, verb, b, (cut, end), said, register) and sure  # 'hem vragen om …, als hij …': him
    if verb.lemma == "weten" and not out.result().rstrip().endswith("?"):
        out.add("?")  # 'weet je wie er komt?' is a question the engine does not read as one by itself
    return Turned(out.result(), out.runs, _wrapper(toks, f, bool(vocative)), sure, "angst" if f.fear else "aanloop")


def _close(out: Out, toks: list[Tok], verb: Verb, b: int, ends: tuple[int, int], subject: str, register: str) -> bool:
    """Where the direct question ends, and the rest of the note copied after it (the person's
    'ze'/'haar' there turned too); False when something was turned: most likely them, not surely."""
    text, (cut, end), sure = out.text, ends, True
    last = toks[verb.end - 1].end if verb.end > b else toks[b].start
    rest = toks[verb.end] if verb.end < len(toks) else None
    reason = _reason_about_me(toks, verb.end, end)
    if rest is not None and _new_sentence(toks, verb.end) and "\n" not in text[last:rest.start]:
        out.add("?")  # '… mag doorgeven ik zie er tegen op': the question ends here
    elif reason is not None:  # '… kan doen(, ) want ik heb er geen overzicht meer over': that may be how they are
        stop = reason - 1 if toks[reason - 1].w == "," else reason
        if stop > verb.end:
            out.copy(last, toks[stop - 1].end)
        out.add("?")
        last = toks[reason].end
    elif verb.end <= cut < end:  # '… gaat, ik kan da ni meer alleen aan', '…, het stinkt': a clause of its own
        comma = cut if toks[cut].w == "," else cut - 1 if toks[cut - 1].w == "," else None
        stop = cut if comma is None else comma
        if stop > verb.end:  # '… als ze bij haar zijn, en of …': 'bij je' there too
            sure = copy_rest(out, toks, last, (verb.end, stop), subject, register, toks[stop - 1].end) and sure
        out.add("?")
        sure = sure and not second_ask(toks, cut, end)  # '…, en of ze ook …': offered apart (shrink), they check this one
        last = toks[stop - 1].end if comma is None else toks[comma].end
    elif end < len(toks) and toks[end].w == "." and cut == end:  # '… hoef te draaien.': the question ends there
        if end > verb.end:  # '…, als ze wil.': the person's condition turned there too
            upto = next((i for i in range(verb.end, end) if toks[i].w == "anders"), end)  # not its consequence
            sure = copy_rest(out, toks, last, (verb.end, upto), subject, register, toks[end - 1].end) and sure
        out.add("?")
        last = toks[end].end
    return copy_rest(out, toks, last, (verb.end, end), subject, register) and sure


def _colon(text: str, toks: list[Tok], f: Found, head: int, typed: str | None) -> Turned | None:
    """'Ik wil Tom vragen: kun je me helpen?', 'hem vragen: mag ik …': the frame goes, the question
    after it stays; 'haar vragen: kan ze …' with the person typed is asked of them."""
    lex = lexicon()
    nxt = toks[f.comp + 1].w if f.comp + 1 < len(toks) else ""
    after = toks[f.comp + 2].w if f.comp + 2 < len(toks) else ""
    about = asked_about(text[toks[f.comp + 1].start:], typed) if nxt and after in THIRD else None
    about = about if about is not None and about.asked else None  # 'ze' that cannot be the person typed
    if about is None and not (nxt in lex.finite and after in ("je", "jij", "u", "ge", "gij", "ik", "'k")) and nxt not in lex.imperatives:
        return None  # 'kun je …', 'mag ik …', 'bel me …' after the colon
    vocative = mentioned_vocative(toks, f.person)
    out = Out(text)
    _prefix(out, toks, f, head)
    if vocative:
        copy_vocative(out, toks, f.person, vocative)
        out.add(", ")
    start = toks[f.comp + 1].start
    if about is None:
        out.copy(start, len(text))
    else:  # the question about them, made direct, with where its pieces came from
        for new, old, size in about.runs:
            out.runs.append((out.size + new, start + old, size))
        out.add(about.text)
    sure = about is None or about.sure
    return Turned(out.result(), out.runs, _wrapper(toks, f, bool(vocative)), sure, "angst" if f.fear else "aanloop")


def _new_sentence(toks: list[Tok], i: int) -> bool:
    """A new main clause starts at token i, without a mark before it ('… doorgeven ik zie er tegen op')."""
    if toks[i].w in _NEW_SENTENCE:
        return True
    return toks[i].w == "het" and i + 1 < len(toks) and toks[i + 1].w in NEW_AFTER_HET


def _reason_about_me(toks: list[Tok], i: int, end: int) -> int | None:
    """Where 'want ik …' follows the question (a place or time may come first): a sentence about the
    writer, which the engine keeps when it says how they are and drops as background otherwise."""
    for k in range(i, end - 1):
        if toks[k].w in ("want", "omdat") and toks[k + 1].w in IK | {"we", "wij"}:  # or about the writer and theirs
            return k
        if toks[k].w in INNER or toks[k].w in CLAUSE_GOES_ON or toks[k].w in (".", "!", "?", ";", ":"):
            return None
    return None


def _wrapper(toks: list[Tok], f: Found, named: bool) -> str:
    """The frame's own words, what the finding names: 'Ik wil … vragen of', 'huisbaas vragen om'."""
    skip = (set(f.person) if named else set()) | set(f.moments) | set(range(*f.told))
    words: list[str] = []
    gap = False
    for i in range(f.lead, f.comp + 1):
        if i in skip:
            gap = bool(words)
            continue
        if gap:
            words.append("…")
            gap = False
        words.append(toks[i].raw)
    said = " ".join(words).replace(" :", ":")
    return "" if said in ("of", "om") else said  # 'of hij me kan helpen' typed as the ask: nothing to name
