"""The offered sentence in correct Dutch (contract point 4): what keeps a sentence whole, and the self-checks
that withhold `zeker` when the result still has a wrong shape.

- ``hung``: a timed condition after the ask ('als mijn loon binnen is op de 25e') that hangs on a main clause of
  the writer's own ('ik betaal het terug') or on a wrapper ('geen stress') goes or stays with it, never alone;
- ``fragment``: a sentence of the result that is a bare subordinate clause whose main clause was cut ('Als ik je
  zaterdag zie.' after 'Ik betaal je terug' went);
- ``stray_te``: a 'te' left in the clause of a modal ('Kunt u iemand te sturen …') or missing from an 'om'
  clause ('om de schimmel bekijken');
- ``moment_before_pronoun``: a moment put in front of a weak object pronoun ('kun je morgen het brengen').
"""

from __future__ import annotations

import re

from vraaghulp.coach.text import fold

from . import link_open, moment_twice
from .verbs import is_infinitive

_SUBJECTS = frozenset({"ik", "'k", "k", "we", "wij", "ze", "zij", "hij", "je", "jij", "ge", "gij", "u"})


def hung(an, main, before, c) -> str | None:
    """Clause c (a timed condition in a sentence after the ask's) right after `before` in its sentence: "mee" when
    `before` is a main clause with a subject of its own ('ik betaal het terug | als … op de 25e'), the two go
    together; "weg" when `before` is a wrapper that goes ('geen stress | als ge nu niet kunt'), the condition is the
    wrapper's and goes with it; None otherwise."""
    d = an.d
    if before is None or before in main or before.sent != c.sent or c.sent <= main[-1].sent:
        return None
    if any(d.is_word(i) for i in range(before.b, c.a)):
        return None
    first = [d.word(i) for i in d.content(c.start if c.start >= 0 else c.a, c.b)][:1]
    if not first or first[0] not in d.lex.subordinators:
        return None
    if before.role == "wrap":
        return "weg"
    words = [d.word(i) for i in d.content(before.start if before.start >= 0 else before.a, before.b)]
    return "mee" if before.role == "tekst" and len(words) >= 2 and words[0] in _SUBJECTS else None


# A sentence may open with these and still be whole: 'Tenzij het regent.', 'Alleen als …' (kept on purpose).
_OPENERS = frozenset({"als", "wanneer", "zodra", "voordat", "nadat", "omdat", "zodat", "terwijl", "hoewel",
                      "totdat", "tot", "sinds", "indien", "mits", "dat", "doordat", "aangezien"})
_SENTENCES = re.compile(r"[^.?!]+[.?!]*")
_NAME = re.compile(r"^[^,]{1,40},\s+")


def fragment(sentence: str, draft: str) -> bool:
    """A sentence of the result (not the first: a vocative may stand before it) is a bare subordinate clause
    ('Als ik je zaterdag zie.', 'Zodra mijn salaris er is.'): no comma and main clause after it, and in the
    draft it followed a word of its own sentence (the main clause it hung on was cut)."""
    flat = " ".join(fold(draft).lower().split())
    for k, part in enumerate(_SENTENCES.findall(sentence)):
        body = _NAME.sub("", part.strip()) if k == 0 else part.strip()
        words = re.findall(r"[\w']+", fold(body).lower())
        if len(words) < 2 or words[0] not in _OPENERS or "," in body:
            continue
        if _main_after(words):
            continue  # 'Sinds papa er niet meer is zie ik het niet meer zitten.': its main clause follows
        at = flat.find(" ".join(words[:4]))
        if at > 0 and re.search(r"[\w']\s*$", flat[:at]):
            return True  # 'ik betaal je terug als ik …': the main clause before it is gone
    return False


_SUBJECT_AFTER = frozenset({"ik", "je", "jij", "u", "ge", "gij", "we", "wij", "hij", "zij", "er", "iemand", "jullie"})
_NO_VERB = _OPENERS | _SUBJECTS | frozenset({"het", "de", "een", "mijn", "en", "of", "maar", "niet", "ni", "nie"})


def _main_after(words: list[str]) -> bool:
    """A subject pronoun right after a word that can be a finite verb ('… is | zie ik'): a main clause."""
    return any(w in _SUBJECT_AFTER and words[k - 1] not in _NO_VERB for k, w in enumerate(words[2:], 2))


# Verbs that take 'te' after a modal ('kun je proberen het af te ronden', 'je hoeft niet te komen').
_TE_VERBS = frozenset({"proberen", "probeer", "beginnen", "hoeven", "hoeft", "durven", "vergeten", "weigeren",
                       "beloven", "blijven", "lijken", "schijnen", "zitten", "staan", "liggen", "lopen", "zorgen",
                       "trachten", "menen", "dreigen", "plegen", "weten", "hebben", "zijn", "valt", "vallen"})
_MODALS = frozenset({"kun", "kunt", "kan", "kunnen", "wil", "wilt", "willen", "mag", "mogen", "moet", "moeten",
                     "zou", "zoudt", "zouden", "zal", "zult", "zullen", "kunde", "wilde", "moogde"})
# Words that open a clause of their own inside the question: its 'te' is that clause's.
_OWN_CLAUSE = frozenset({"om", "zonder", "door", "na", "plaats", "dan", "als", "zodat", "omdat", "want",
                         "dat", "of", "wat", "die", "waar", "voordat", "nadat", "zodra", "en", "maar"})
_DETERMINERS = frozenset({"de", "het", "een", "mijn", "m'n", "mn", "je", "jouw", "uw", "onze", "ons", "die", "deze", "dit",
                          "dat", "haar", "zijn", "hun", "alle", "twee", "drie", "vier", "vijf"})
_SOMETHING = frozenset({"iets", "wat", "niks", "niets", "genoeg", "veel", "meer", "weinig"})
_CLOCK = re.compile(r"^(?:\d|half|kwart|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)")


def stray_te(lex, sentence: str, draft: str) -> bool:
    """A question with a modal in front ('Kunt u …?') that holds 'te' + infinitive in the modal's own clause
    without a verb that takes it ('Kunt u iemand te sturen om …'), or an 'om' clause that ends in an infinitive
    whose 'te' the draft had and the result lost ('om de schimmel in de kinderkamer bekijken')."""
    flat = " ".join(re.findall(r"[\w']+", fold(draft).lower()))
    for part in _SENTENCES.findall(sentence):
        words = re.findall(r"[\w']+", fold(_NAME.sub("", part.strip())).lower())
        if words[:1] and words[0] in _MODALS and _te_in_modal_clause(lex, words):
            return True
        if _om_without_te(lex, words, flat):
            return True
    return False


def _te_in_modal_clause(lex, words: list[str]) -> bool:
    for k, w in enumerate(words[1:], 1):
        if w in _OWN_CLAUSE or w in _TE_VERBS or w.endswith("helpen"):  # 'helpen de kast naar boven te dragen'
            return False
        if w != "te" and is_infinitive(lex, w) and w not in lex.not_infinitive and words[k - 1] not in _DETERMINERS \
                and "te" in words[k + 1:]:
            return False  # 'Kunt u overwegen de bushalte terug te plaatsen': a verb of its own takes the 'te'
        if w == "voor" and not lex.moment.match(" ".join(words[k:])):
            return False  # Flemish 'langskomen voor de gras te maaien' ('om … te'); not 'vóór 1 mei iemand te sturen'
        if w == "te" and k + 1 < len(words) and is_infinitive(lex, words[k + 1]) and words[k + 1] not in lex.not_infinitive \
                and words[k - 1] not in _SOMETHING:
            return True  # not 'iets te drinken'
    return False


def _om_without_te(lex, words: list[str], draft: str) -> bool:
    """'om' + words + a last infinitive, no 'te' in between and no other clause word ('om 10 uur' is a time),
    where the draft says 'te' before that infinitive."""
    for k, w in enumerate(words):
        if w != "om" or k + 1 >= len(words) or _CLOCK.match(words[k + 1]):
            continue
        rest = words[k + 1:]
        stop = next((j for j, x in enumerate(rest) if x in ("en", "maar", "want", "omdat", "als", "dat", "zodat")), len(rest))
        rest = rest[:stop]
        if len(rest) >= 2 and "te" not in rest and is_infinitive(lex, rest[-1]) and rest[-1] not in lex.not_infinitive \
                and not any(x in lex.subjects or x in lex.finite for x in rest) and f" te {rest[-1]}" in f" {draft}":
            return True
    return False


_WEAK = frozenset({"het", "'t", "dat", "da", "die", "dit", "ze", "haar", "hem"})


def moment_before_pronoun(lex, sentence: str) -> bool:
    """'Kun je morgen het brengen?': a moment right after the question's front and a weak object pronoun right
    after it, followed by the closing verb or a filler (never a noun: 'morgen het boek')."""
    for part in _SENTENCES.findall(sentence):
        body = fold(_NAME.sub("", part.strip())).lower()
        words = re.findall(r"[\w']+", body)
        if len(words) < 5 or words[0] not in _MODALS:
            continue
        rest = " ".join(words[2:])
        m = lex.moment.match(rest)
        if m is None:
            continue
        after = rest[m.end():].split()
        if len(after) >= 2 and after[0] in _WEAK and (is_infinitive(lex, after[1]) and len(after) <= 3
                                                       or after[1] in lex.fillers or after[1] in lex.particles):
            return True
    return False


def doubts(lex, sentence: str, draft: str) -> list[str]:
    """The codes of the wrong shapes the finished sentence still has (each withholds `zeker`)."""
    out = ["brokstuk"] if fragment(sentence, draft) else []
    out += ["losse-te"] if stray_te(lex, sentence, draft) else []
    out += [link_open.CODE] if link_open.loose(sentence) else []  # 'Pieter, mor 'k voel mij …' (link_open.py)
    out += [moment_twice.CODE] if moment_twice.said(lex, sentence) else []  # 'morgen van 9 tot 12 zolang' (moment_twice.py)
    return out + (["moment-voor-voornaamwoord"] if moment_before_pronoun(lex, sentence) else [])


def said_once(sentence: str) -> str:
    """A statement of the result that another, longer one says word for word is said once ('… boiler? Behalve op
    vrijdag. Ik ben thuis wanneer het u uitkomt, behalve op vrijdag.' -> the short one goes); a statement said twice
    the same is said once, the first time (round 31: '… om 14u? Ik ben er ten laatste om 15u. Ik ben er ten laatste
    om 15u.', where the fact after the ask and the limit after it each put it back). Never a question."""
    parts = [p.strip() for p in _SENTENCES.findall(sentence) if p.strip()]
    runs = [" " + " ".join(re.findall(r"[\w']+", fold(p).lower())) + " " for p in parts]
    keep = [p for k, p in enumerate(parts) if p.endswith("?") or k == 0 or runs[k].strip() == "" or not any(
        j != k and runs[k] in runs[j] and (len(runs[j]) > len(runs[k]) or j < k) for j in range(len(parts)))]
    return " ".join(keep) if len(keep) < len(parts) else sentence
