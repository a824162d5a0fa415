"""Verbs: the front of a question, verb clusters at the end of a clause, infinitives.

Dutch puts the finite verb first in a yes/no question (``Kun je ...?``) and last in a
subordinate clause (``of je ... zou kunnen aannemen``). These helpers find both, and give the
form a verb takes at the front for a given subject (``kun je``, ``kunt u``, ``kunt ge``,
``mag ik``, ``kunnen jullie``).
"""

from __future__ import annotations

from dataclasses import dataclass

from vraaghulp.coach.text import fold

from . import er_chat
from .finite import listed_infinitives, never_verb
from .lexicon import SUBJECT_CLASS, Lexicon
from .memo import per_lex
from .pieces import Piece, new_piece
from .low_saxon import KEPT_CLITICS

@dataclass(frozen=True)
class Lead:
    """A question's front in the draft: finite verb (token i) and subject (tokens j..end-1)."""

    verb: int
    subject: str  # normalised subject ("je", "u", "iemand van jullie" ...)
    end: int  # token after the subject
    lemma: str  # kunnen, willen, mogen, zullen, hebben, zijn, or "" for another verb
    same_token: bool = False  # "kunde" holds verb and subject in one token


def subject_at(d, i: int) -> tuple[str, int] | None:
    """A subject starting at token i: (subject, token after it)."""
    lex = d.lex
    for size in (3, 2, 1):
        if i + size > d.n:
            continue
        words = [d.word(k) for k in range(i, i + size)]
        if all(len(d.words(k)) == 1 for k in range(i, i + size)):
            phrase = " ".join(words)
            if phrase in lex.subjects:
                return phrase, i + size
    return None


def lead_at(d, i: int) -> Lead | None:
    """Is token i the finite verb of a question, followed by its subject? (Kept per draft.)"""
    known = d.__dict__.get("_leads")
    if known is None:
        known = d.__dict__["_leads"] = {}
    lead = known.get(i, _UNREAD)
    if lead is _UNREAD:
        lead = known[i] = _lead_at(d, i)
    return lead


_IF_PAST = frozenset({"mocht", "mochten", "moest", "moesten"})
_UNREAD = object()  # lead_at: token not read yet (None is a reading: no lead there)


def _lead_at(d, i: int) -> Lead | None:
    lex = d.lex
    if not d.is_word(i):
        return None
    norm = d.words(i)
    if len(norm) == 2 and norm[1] in ("ge", "gij", "je", "jij", "ik") and norm[0] in lex.finite:
        return Lead(i, norm[1], i + 1, lex.finite[norm[0]], True)  # 'kunde', chat 'kunje'
    if len(norm) != 1:
        return None
    word = norm[0]
    lemma = lex.finite.get(word)
    if lemma is None and word not in lex.imperatives:
        return None
    if word in _IF_PAST and d.tok_text(d.sentences[d.sentences_of(i)][1] - 1) != "?":
        return None  # 'Mocht dat niet lukken, laat het dan weten.': a condition, no question (round 49, k49b)
    found = subject_at(d, i + 1)
    if found is None:
        return _noun_subject(d, i, lemma)
    subject, end = found
    if lemma is None and your_thing(d, i):
        return None  # 'Neem je eigen handschoenen mee.': an imperative, 'je' is 'your'
    if lemma is None and "iemand" in subject and (not word.endswith("t") or d.tok_text(d.sentences[d.sentences_of(i)][1] - 1) != "?"):
        return None  # 'Bel iemand nu.', Flemish 'belt iemand aub': no question of 'iemand' ('Belt er iemand?'); k42b
    if subject in _SINGULAR and word in ("hebben", "zijn"):
        return None  # '… en hebben je eigen leven': a plural verb never takes 'je' as its subject
    if subject == "ik" and lemma not in ("kunnen", "mogen", "zullen"):
        return None
    if subject in ("we", "wij") and lemma not in ("kunnen", "zullen", "mogen", "willen"):
        return None
    return Lead(i, subject, end, lemma or "", False)


# What may follow 'je' as the subject of a question with the verb in front ('neem je de fiets mee?', 'kom je morgen?').
_AFTER_SUBJECT = frozenset({
    "de", "het", "een", "die", "dat", "dit", "deze", "me", "mij", "ons", "hem", "haar", "ze", "er", "daar", "hier", "nog",
    "even", "eens", "ook", "wel", "niet", "ni", "nie", "mee", "langs", "terug", "morgen", "straks", "vanavond", "vandaag",
    "zo", "dan", "nu", "echt", "toch", "al", "maar", "snel", "rustig", "zelf", "graag", "misschien", "op", "af", "uit", "in",
    "aan", "weg", "binnen", "buiten", "iets", "wat", "alles", "je", "jouw", "mijn", "m'n", "mn", "zijn", "hun", "onze",
    "thuis", "vanmiddag", "vanochtend", "zaterdag", "zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
})


def your_thing(d, i: int) -> bool:
    """'Neem je eigen handschoenen mee.', 'ruim je bureau op.': an imperative from the list whose 'je' is 'your':
    'eigen' after it, or a plain word after it in a sentence closed with a full stop or '!' (a question asks '?')."""
    if d.word(i) not in d.lex.imperatives or i + 2 >= d.n or d.word(i + 1) != "je" or not d.is_word(i + 2):
        return False
    nxt = d.word(i + 2)
    if nxt == "eigen":
        return True
    end = d.sentences[d.sentences_of(i)][1]
    mark = next((d.tok_text(k) for k in range(end - 1, i, -1) if not d.is_word(k) and d.tok_text(k) in ".!?"), "")
    return mark in (".", "!") and nxt not in _AFTER_SUBJECT and not d.tok_text(i + 2)[:1].isupper() and not nxt.isdigit()


# Never the subject after a modal in front ('Ik werk voltijds en kan enkel op zaterdag').
_ADVERBS = frozenset({"alsnog", "helaas", "weer", "zelf", "pas", "nooit", "vaak", "altijd", "enkel", "alleen", "wel", "dus",
                      "dan", "zeker", "echt", "toch", "maar", "daarom"})
_PRONOMINAL = ("daar", "hier", "waar")
_ER = frozenset({"mee", "door", "na", "voor", "bij", "over", "aan", "op", "uit", "in", "van", "om", "naast"})


def adverb_like(word: str) -> bool:
    """'daardoor', 'hierna', 'ermee', 'helaas': an adverb, never the subject after a verb in front
    ('… en kan daardoor de toets niet maken' has no subject of its own)."""
    if word in _ADVERBS or (word.startswith("er") and word[2:] in _ER):
        return True
    return any(word.startswith(a) and len(word) > len(a) + 1 for a in _PRONOMINAL)


# Words that open an adverbial phrase, never a subject after a verb in front ('kan sinds haar val niet …').
_NO_SUBJECT = frozenset({"sinds", "sindsdien", "vanwege", "wegens", "ondanks", "inmiddels", "intussen", "momenteel",
                         "tegenwoordig", "voorlopig", "nauwelijks", "amper", "bijna", "slecht", "moeilijk", "zelf"})
_SINGULAR = frozenset({"je", "jij", "u", "ge", "gij", "ik"})
_PLURAL_FORMS = frozenset({"kunnen", "konden", "willen", "wilden", "wouden", "mogen", "mochten", "zouden", "zullen"})


def _noun_subject(d, i: int, lemma: str | None) -> Lead | None:
    """'Zou Luuk …', 'Zouden er een paar ouders …', 'Wil degene die …': a modal verb in front of
    a noun phrase. Its end is not known, so no moment is placed after it."""
    lex = d.lex
    if lemma not in ("kunnen", "willen", "mogen", "zullen") or not d.is_word(i + 1):
        return None
    nxt = d.word(i + 1)
    if nxt in ("hij", "zij", "ze") and lemma in ("mogen", "kunnen"):
        return Lead(i, "np", i + 2, lemma, False)  # 'Mag zij die later inhalen?': asked for someone else
    if nxt in lex.fillers or nxt in lex.finite or nxt in lex.prepositions or nxt in lex.not_name:
        if nxt not in ("de", "het", "een", "er", "die", "dat"):
            return None
    if nxt in ("niet", "ni", "nie", "geen", "nog", "ook", "al") or nxt in _NO_SUBJECT or is_infinitive(lex, nxt) or adverb_like(nxt):
        return None
    if nxt == "er" and _er_without_subject(d, i + 2):
        return None  # chat without its 'ik': 'wil er gewoon niet meer zijn', 'kan er niet meer tegen' (round 40)
    if lex.moment.match(nxt) and nxt not in ("de", "het", "een"):
        return None  # 'wil zondag het groenafval wegbrengen': chat without its 'ik', a moment is no subject
    if _moment_alone(d, i + 1):
        return None  # 'kan volgende week ook (he)': when it may be, not who does it
    if nxt in ("dat", "die") and i + 2 < d.n and d.word(i + 2) in lex.subjects | {"hij", "zij", "ze", "het"}:
        return None  # 'mijn baas wil dat ik …': 'dat' opens a clause, it is no subject
    subject = "np-mv" if d.word(i) in _PLURAL_FORMS else "np"
    return Lead(i, subject, i + 1, lemma, False)


def _er_without_subject(d, i: int) -> bool:
    """After 'er' (token i on) no noun subject comes and the line has no '?': the writer speaking (er_chat.py)."""
    words = []
    while i + len(words) < d.n and d.is_word(i + len(words)):
        words.append(d.word(i + len(words)))
    start, end = d.sentences[d.sentences_of(min(i, d.n - 1))]
    asked = any(d.tok_text(k) == "?" for k in range(start, min(end + 1, d.n)))
    return er_chat.writer_speaking(d.lex, words, asked)


def _moment_alone(d, i: int) -> bool:
    """Tokens from i on are a two-word moment and at most 'ook'/'wel'/'he' before the clause ends."""
    rest = []
    k = i
    while k < d.n and d.is_word(k) and len(rest) < 5:
        rest.append(d.word(k))
        k += 1
    return len(rest) >= 2 and bool(d.lex.moment.fullmatch(" ".join(rest[:2]))) and all(
        w in ("ook", "wel", "he", "hoor", "prima", "goed") for w in rest[2:])


def spelled_out(lex: Lexicon, pieces: list[Piece], at: int) -> list[Piece]:
    """A Flemish question verb with its subject in it, at the front, written out: 'kunde mij bellen'
    -> 'kunt ge mij bellen', 'kunde gij' -> 'kunt gij' (the 'gij' stays). A 'wilde' counts only with
    'ge'/'gij' after it ('ik wilde', 'wilde je', 'wilde Jan' are a past tense)."""
    if at >= len(pieces) or len(pieces[at].toks) != 1:
        return pieces
    verb = pieces[at]
    full = lex.clitic_full.get(fold(verb.text))
    after = pieces[at + 1].word if at + 1 < len(pieces) else ""
    chat = lex.spelling.get(fold(verb.text), "")
    if full is None and chat.split()[:1] in (["kun"], ["kan"], ["wil"], ["mag"]) and (fold(verb.text) == "kn" or " " in chat) \
            and fold(verb.text) not in KEPT_CLITICS:  # Drents 'kuj' stays as typed (low_saxon.py)
        return pieces[:at] + [new_piece(chat, replaced=verb.toks)] + pieces[at + 1:]  # 'kn je', 'kunje' -> 'kun je'
    if full is None:
        return pieces
    if after in ("ge", "gij"):
        text = full
    elif verb.norm.split()[1:] == ["ge"] or (len(verb.norm.split()) == 1 and fold(verb.text) != "wilde"
                                             and after not in lex.subjects | {"hij", "zij", "ze"}):
        text = f"{full} ge"
    else:
        return pieces
    return pieces[:at] + [new_piece(text, replaced=verb.toks)] + pieces[at + 1:]


def spell_leads(lex: Lexicon, pieces: list[Piece], clauses) -> list[Piece]:
    """An ask kept as it is: the Flemish question verbs at its clauses' fronts written out."""
    fronts = {c.lead.verb for c in clauses if c.lead is not None and c.kind in ("direct", "wie")}
    for k, p in enumerate(pieces):
        if p.toks and p.toks[0] in fronts:
            pieces = spelled_out(lex, pieces, k)
    return pieces


def front_form(lex: Lexicon, lemma: str, subject: str, draft_form: str = "") -> str:
    """The finite verb at the front for this subject: kun/kunt/kan, wil/wilt, mag ..."""
    forms = lex.front.get(lemma)
    if not forms:
        return draft_form
    index = SUBJECT_CLASS.get(subject, 0)
    form = forms[min(index, len(forms) - 1)]
    if lemma == "kunnen" and index == 0 and draft_form in ("kan", "ken"):
        return "kan"
    if lemma == "kunnen" and index == 1 and draft_form == "kan":
        return "kan"
    return form


def is_verb_form(lex: Lexicon, word: str) -> bool:
    """A known finite form, or an infinitive that is not on the list of words that only look like one."""
    return word in lex.finite or (is_infinitive(lex, word) and word not in lex.not_infinitive)


def is_participle(lex: Lexicon, word: str) -> bool:
    """A past participle with 'ge' ('gelegd', 'gekocht', 'neergezet'), a particle in front allowed."""
    core = next((word[len(p):] for p in lex.particles if len(p) >= 2 and word.startswith(p + "ge")), word)
    return len(core) > 5 and core.startswith("ge") and core.endswith(("d", "t"))


def is_infinitive(lex: Lexicon, word: str) -> bool:
    """A word that can be an infinitive: ends in -en (or is a short -n verb), not a known noun."""
    known = per_lex(lex, "infinitive")
    found = known.get(word)
    if found is None:
        found = known[word] = _is_infinitive(lex, word)
    return found


def _is_infinitive(lex: Lexicon, word: str) -> bool:
    if word in lex.short_infinitives:
        return True
    if any(word.startswith(p) and word[len(p):] in lex.short_infinitives for p in lex.particles):
        return True  # 'meegaan', 'opstaan', 'uitdoen'
    return len(word) > 3 and word.endswith("en") and word not in lex.not_infinitive


_VOWELS = frozenset("aeiou")


_UNSTRESSED_PREFIXES = ("be", "ver", "ge", "ont", "her", "er")


def _unstressed(stem: str) -> bool:
    """'lever', 'wandel', 'teken': a last syllable with a schwa, so no doubled consonant ('leveren'),
    unlike 'bestel' or 'verstel' where the prefix is the unstressed part ('bestellen')."""
    if len(stem) < 4 or stem[-2] != "e" or stem[-1] not in "lrnm":
        return False
    core = next((stem[len(p):] for p in _UNSTRESSED_PREFIXES if stem.startswith(p) and len(stem) > len(p) + 2), stem)
    return any(ch in _VOWELS for ch in core[:-2])


# A stem that ends in one of these before a -t keeps the t ('praat' -> 'praten', not 'pra-en'); a
# short one ('slaat', 'ziet', 'doet') is in the irregular table or too short to be sure.
_LONG_VOWELS = frozenset({"aa", "ee", "oo", "uu", "oe"})


def infinitive_of(lex: Lexicon, finite: str) -> tuple[str, bool]:
    """`_infinitive_of`, worked out once per word (a pure function of the word and the lexicon; round 37, speed)."""
    known = per_lex(lex, "infinitive_of")
    found = known.get(finite)
    if found is None:
        found = known[finite] = _infinitive_of(lex, finite)
    return found


def _infinitive_of(lex: Lexicon, finite: str) -> tuple[str, bool]:
    """The infinitive of a finite form of a main verb: (infinitive, sure?).

    The content file's table first ('heeft' -> 'hebben'); otherwise the spelling rules: drop the
    -t, write a long vowel single ('haal' -> 'halen'), double a consonant after a short one
    ('zet' -> 'zetten'), add -en. A stem on f, s or z is never sure ('leest'/'lezen', 'kust'/'kussen').
    A separable particle in front stays in front ('overneemt' -> 'overnemen').
    """
    if finite in lex.irregular:
        return lex.irregular[finite], True
    listed = listed_infinitives(finite, "", lex.irregular, lex.particles)  # the list of known verbs first (finite.py)
    if listed or never_verb(finite):  # 'wacht' -> 'wachten', 'plant': 'planten' or 'plannen'; 'niets' never 'nietsen'
        return (listed[0], len(listed) == 1) if listed else ("", False)
    if finite in lex.short_infinitives:
        return finite, True  # 'als we … gaan': plural, the same as the infinitive
    prefix = next((p for p in _UNSTRESSED_PREFIXES if finite.startswith(p) and finite[len(p):] in lex.irregular), "")
    if prefix and len(finite) > len(prefix) + 2:
        return prefix + lex.irregular[finite[len(prefix):]], True  # 'verlaat' -> 'verlaten'
    if len(finite) > 4 and finite.endswith("en"):
        return finite, True  # plural: 'als jullie … meegeven'
    if len(finite) == 4 and finite.endswith("en") and finite[1] not in _VOWELS:
        return finite, False  # 'eten' is an infinitive already (perhaps a noun); 'leen' is a stem
    particle = next((p for p in sorted(lex.particles, key=len, reverse=True)
                     if finite.startswith(p) and len(finite) > len(p) + 2), "")
    rest = finite[len(particle):]
    if rest in lex.irregular:
        return particle + lex.irregular[rest], True
    stem = rest[:-1] if rest.endswith("t") and len(rest) > 3 and not rest.endswith("tt") else rest
    diphthong_t = len(stem) > 2 and stem[-2:] in ("ui", "ei") and stem[-3] not in _VOWELS  # 'sluit', 'pleit'
    if len(stem) > 3 and stem.isalpha() and stem[-1] == "i" and stem[-2] in _VOWELS and not diphthong_t and rest != stem:
        return particle + stem + "en", True  # 'snoeit' -> 'snoeien', 'draait' -> 'draaien'
    if diphthong_t and stem.isalpha() and rest != stem:
        return particle + rest + "en", True  # 'sluit' -> 'sluiten', 'pleit' -> 'pleiten': the t is the stem's own
    if stem is not rest and stem[-2:] in _LONG_VOWELS and len(stem) > 3:
        stem = rest  # 'praat', 'groet', 'ontmoet': the stem ends in t itself ('praten'), no -t added
    if len(stem) < 2 or not stem.isalpha() or stem[-1] in _VOWELS:
        return "", False
    last, before = stem[-1], stem[-2]
    sure = last not in "fsvz" or (last == "s" and before not in _VOWELS)  # 'verplaats': -tsen
    if len(stem) >= 3 and before in _VOWELS and stem[-3] == before and before in "aeou":
        core = stem[:-3] + before + last  # haal -> hal
    elif before in _VOWELS and (len(stem) < 3 or stem[-3] not in _VOWELS) and last not in "wj" and not _unstressed(stem):
        core = stem + last  # zet -> zett
    else:
        core = stem
    return particle + core + "en", sure


_STRESSED_ONE = ("één", "éen", "eén")  # 'deze week één keer': how often, not a vague moment


def vague_moment(d, i0: int, i1: int) -> bool:
    """A vague-time match that really is vague: not moving an action, not told, not a count."""
    return not moves_the_action(d, i0, i1) and not in_told_clause(d, i0) \
        and not any(d.tok_text(i).lower() in _STRESSED_ONE for i in range(i0, i1))


def moves_the_action(d, i0: int, i1: int) -> bool:
    """'Mag zij die later inhalen?', 'om de huur later te betalen': 'later' right before the verb
    moves an action that has its own time (a test, a payment); it carries meaning, it is no vague moment."""
    if i1 - i0 != 1 or d.word(i0) != "later" or i1 >= d.n or not d.is_word(i1):
        return False
    words = [d.word(i) for i in range(i1, min(d.n, i1 + 3)) if d.is_word(i)]
    if words[:1] == ["te"] or words[1:2] == ["te"]:
        words = [w for w in words if w != "te"]
        words = [words[0] + words[1]] if len(words) > 1 and words[0] in d.lex.particles else words  # 'in te halen'
    return bool(words) and words[0] in d.lex.timed_verbs


_TOLD = frozenset(("dat", "da", "of"))
_ADDRESSEE = frozenset(("je", "jij", "u", "ge", "gij", "jullie"))
# A condition or time clause: 'als je later bent', 'zodra ge later thuiskomt'. There 'later' is what
# the condition says (being late), so cutting it changes the meaning ('laat weten als je bent').
_CONDITION = frozenset(("als", "wanneer", "zodra", "indien", "mocht", "moest", "tenzij"))
# A condition about having time or room is an escape hatch, 'later' and all ('als je later tijd hebt').
_HATCH = frozenset(("tijd", "zin", "ruimte", "puf", "goesting", "gelegenheid"))


def in_told_clause(d, i0: int) -> bool:
    """'… zeggen dat ik later ben', '… laten weten dat Sem later komt': a vague time word inside a
    dat/of-clause about someone other than the person asked is what is told, content, not a hedge
    ('of je binnenkort …' asks the reader and stays a hedge). Inside a condition ('als je later
    bent/komt') it is what the condition says, for anyone."""
    if d.word(i0) != "later":
        return False
    here = d.sentences_of(i0)
    for j in range(i0 - 1, max(-1, i0 - 6), -1):
        if not d.is_word(j) or d.sentences_of(j) != here:
            return False
        if d.word(j) in _CONDITION:
            ahead = [d.word(k) for k in range(i0 + 1, min(d.n, i0 + 5)) if d.is_word(k)]
            return not _HATCH & set(ahead)
        if d.word(j) in _TOLD:
            subject = next((k for k in range(j + 1, i0) if d.is_word(k)), None)
            return subject is not None and d.word(subject) not in _ADDRESSEE
    return False
