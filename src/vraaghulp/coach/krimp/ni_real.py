"""A Flemish 'ni' in the offered question that can only be a real negation no longer withholds `zeker` (round 32, k32f).

The first-sight gate withholds `zeker` when a question of the result holds 'ni'/'nie' (`ni-in-vraag`, first_sight.py):
in 'Zoudt ge mij ni kunnen helpen?' the 'ni' is the polite pseudo-negation of Flemish speech (the writer asks for
help) and a result that keeps it can read as the opposite. That polite 'ni' is a bare particle before the verbs. It
never takes a degree or a time of its own, and it never stands in a contrast. So the code is lifted when EVERY 'ni'
in the result's questions is a real negation by its form:
- 'ni meer' / 'nie meer' (no longer: 'Wilt ge vanaf volgende week ni meer voor negen uur bellen?');
- 'ni te' + a word ('ni te zoet', 'ni te vroeg'): a degree;
- a contrast with 'maar'/'mor' in the same question, after or before it ('ni cash maar via overschrijving', 'maar ni
  op maandag'): what is not wanted against what is.
A bare 'ni' before a verb or a place ('kunt ge mij morgen ni inplannen', ', ni op het dak?') keeps the doubt. Only
`zeker` changes.
"""

from __future__ import annotations

import re

CODE = "ni-in-vraag"
_QUESTION = re.compile(r"[^.?!]*\?")
_NI = re.compile(r"(?i)(?<![\w'])(?:ni|nie)(?![\w'])")
_FORM = re.compile(r"(?i)\s+(?:meer|te\s+[^\W\d_]+)(?![\w'])")
_CONTRAST = re.compile(r"(?i)(?<![\w'])(?:maar|mor)(?![\w'])")


def lifted(codes: list[str], sentence: str) -> list[str]:
    """The codes without `ni-in-vraag` when every 'ni' in the sentence's questions is a real negation by its form."""
    if CODE not in codes:
        return codes
    questions = [q for q in _QUESTION.findall(sentence) if _NI.search(q)]
    return [c for c in codes if c != CODE] if questions and all(map(real_only, questions)) else codes


def real_only(question: str) -> bool:
    """Every 'ni' of the question says no by its form: 'ni meer', 'ni te …', or in a contrast with 'maar'."""
    contrast = bool(_CONTRAST.search(question))
    return all(contrast or _FORM.match(question, m.end()) for m in _NI.finditer(question))
