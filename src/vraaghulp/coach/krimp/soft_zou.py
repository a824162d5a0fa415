"""The not-sure path still offers the person's own words, but a polite 'zou' question there takes
its direct form as well (contract point 3): 'zou je … kunnen' -> 'kun je …', 'zou je … willen' ->
'wil je …', Flemish 'zoudt ge … kunnen' -> 'kunt ge …', 'wie zou er … kunnen' -> 'wie kan er …'.

Only where it is safe to do on the text alone: 'zou' opens the question (or follows a vocative, a
colon, an opening clause), one known subject follows it ('zouden ze' is plural: 'kunnen ze'), the first
'kunnen' or 'willen' after it (within 200 characters) belongs to it (no 'als', 'dat', 'of', 'vinden' or
second 'zou' between), and the question ends in '?'.
"""

from __future__ import annotations

import re

_FORMS = {
    "kunnen": {"je": "kun", "jij": "kun", "u": "kunt", "ge": "kunt", "gij": "kunt", "jullie": "kunnen"},
    "willen": {"je": "wil", "jij": "wil", "u": "wilt", "ge": "wilt", "gij": "wilt", "jullie": "willen"},
}
_THIRD = {"kunnen": "kan", "willen": "wil"}  # iemand, er iemand, hij, zij, ze, wie … er
_PLURAL = {"kunnen": "kunnen", "willen": "willen"}  # 'zouden ze/zij': they, not she
# Each stretch up to and with its end mark; only one that ends in '?' is looked at. (A pattern that has
# to end in '?' backtracks over every start of a long stretch without one: no pattern here needs a
# character after a run over words, tests/test_krimp_review18.py.)
_STRETCH = re.compile(r"[^.?!]+[.?!]?|[.?!]")
_ZOU = re.compile(
    r"(?:(?<=^)|(?<=[,:;]\s)|(?<=[,:;]))(?P<wie>wie\s+)?(?P<zou>zou|zoudt|zouden|zoude)\s+"
    r"(?P<subj>je|jij|u|ge|gij|jullie|iemand|er\s+iemand|er|hij|zij|ze)\b(?P<mid>[^?]{0,200}?)\s+"
    r"(?P<modal>kunnen|willen)\b(?P<rest>[^?]*)\??",  # '?' optional: a try never runs on to fail (direct() hands questions)
    re.IGNORECASE,
)
_BLOCK = re.compile(r"\b(?:als|dat|of|vinden|vindt|zou|zoudt|zouden|wanneer|zodat|omdat|erg|lastig)\b", re.I)


def direct(sentence: str) -> str:
    """Each question of the sentence with a polite 'zou' in front given its direct verb form."""
    return _STRETCH.sub(lambda m: _one(m.group(0)) if m.group(0).endswith("?") else m.group(0), sentence)


def _one(question: str) -> str:
    lead = len(question) - len(question.lstrip())
    body = question[lead:]
    m = _ZOU.search(body)
    if m is None or _BLOCK.search(m.group("mid")) or m.group("mid").lower().endswith(" te") or not re.match(r"\s*[^\W\d_]", m.group("rest") or " x"):
        return question
    subj = m.group("subj").lower()
    if m.group("wie") and subj not in ("er", "er iemand"):
        return question
    if m.group("wie") is None and subj == "er":
        return question  # 'zou er … kunnen': 'er' alone names no one asked
    modal = m.group("modal").lower()
    plural = m.group("zou").lower() == "zouden" and subj in ("ze", "zij")
    form = _PLURAL[modal] if plural else _FORMS[modal].get(subj, _THIRD[modal])
    zou = m.group("zou")
    if zou[0].isupper() or (m.group("wie") or "")[:1].isupper():
        form = form.capitalize()
    if m.group("wie"):
        head = m.group("wie") + form.lower() + " " + m.group("subj")
    else:
        head = form + " " + m.group("subj")
    new = head + m.group("mid") + m.group("rest") + "?"
    return question[:lead] + body[: m.start()] + new
