"""Drents, Twents and Gronings (Low Saxon) forms read right (round 35, k35d).

'wie' is 'we': 'Wie gaot vrijdag naor de bruiloft, dat wis ie.' tells
what the writer's family does; it asks nothing. In those dialects the question word is 'wel'; 'wie' before a verb form
that standard Dutch never puts after 'wie' ('gaot', 'bint', 'hebt', 'koomt') is the writer and others. Read so only
when the sentence is not closed by a '?': 'Wie gaat er mee?', 'wie goat er vrijdag mee??' (Flemish 'gaat') and 'wie
heeft er een ladder' stay questions.

'kuj' ('kun je') is read as the question front (content/nl/krimp.toml [spelling]) but stays as typed in the sentence
('Jan, kuj donderdagaovend … trugbrengen?'): it is the writer's own word, not chat to write out ('kunje' -> 'kun je').
The rest of such a message is read with standard Dutch words ('ik mot … wezen' is not seen as the writer's appointment
the ask rests on), so a result that asks with 'kuj' is never sure (`nedersaksisch`, `doubt`, in shrink._request_gone).
"""

from __future__ import annotations

import re

# Plural (we-)forms of Low Saxon verbs; none is a standard Dutch third person singular (that would follow 'wie').
_WE_FORMS = frozenset({
    "gaot", "gaon", "gaait", "bint", "bunt", "hebt", "hept", "hebbt", "koomt", "koomp", "kompt", "kommt", "kriegt",
    "kriegen", "doot", "doon", "mot", "mut", "mutt", "mött", "motten", "mutten", "zölt", "zölt", "könt", "blieft",
    "blievt", "zit't", "wazzen", "gungen",
})
# Left out on purpose: standard plural or Flemish singular forms ('wie willen er mee', 'wie wilt er helpen', 'wie zit
# er thuis'), which ask who.


def is_we(d, s: int, verb: int, end: int) -> bool:
    """'wie' at s is the dialect 'we': a we-form right after it, and no '?' closing its sentence."""
    if d.word(s) != "wie" or d.tok_text(verb).lower() not in _WE_FORMS:
        return False
    a, b = d.sentences[d.sentences_of(s)]
    return not any(d.tok_text(i) == "?" for i in range(s, b))


KEPT_CLITICS = frozenset({"kuj", "kej", "kins", "kuns", "wils", "ko'j", "zo'j", "kinst", "kinste"})  # verbs.spelled_out leaves these as typed (k38d: dialect_ask.py)
CODE = "nedersaksisch"


def doubt(sentence: str) -> list[str]:
    """[CODE] when the offered sentence asks with a Low Saxon clitic ('kuj')."""
    return [CODE] if KEPT_CLITICS & set(re.findall(r"[\w']+", sentence.lower())) else []
