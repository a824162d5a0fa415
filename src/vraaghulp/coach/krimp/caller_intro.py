"""Who is speaking, said right after the name in a voice message (round 31, k31a).

'euh hoi Karin met mij euh ik heb dinsdag …', 'ja hallo Joop met Truus van de alten ik wou …', 'ja goeiendag
mevrouw Peeters het is hier Steven de tegelzetter …'. A caller names the one addressed and then says who calls,
with no comma. messy_open.py reads a name at the start only when a hesitation or a plea follows it; this reads the
caller's 'met mij', 'met <Name>', 'het is hier <Name>', 'hier is <Name>' as the end of the greeting too, so the
name is the one addressed and what follows is the message. Not 'met <a lower-case word>' ('Karin met de kinderen
…', 'Joop met zijn auto …'): only 'mij'/'me'/'ons' or a capitalised name after 'met'.
"""

from __future__ import annotations

from .names import name_cased

_HESITATIONS = frozenset({"eh", "euh", "ehm", "uh", "uhm", "ehh", "euhm"})
_SELF = frozenset({"mij", "me", "ons"})


def intro_end(d, k: int) -> int | None:
    """The token after the caller's intro that starts at k, past a hesitation; None when k opens none."""
    if not d.is_word(k):
        return None
    word = d.word(k)
    if word == "met" and k + 1 < d.n and d.is_word(k + 1):
        if d.word(k + 1) in _SELF or name_cased(d.tok_text(k + 1)):
            return _past_hesitation(d, k + 2)
        return None
    for said in (("het", "is", "hier"), ("hier", "is"), ("t", "is", "hier")):
        end = k + len(said)
        if end < d.n and all(d.is_word(j) and d.word(j) == w for j, w in zip(range(k, end), said)) \
                and d.is_word(end) and name_cased(d.tok_text(end)):
            return _past_hesitation(d, end + 1)
    return None


def _past_hesitation(d, k: int) -> int:
    return k + 1 if k < d.n and d.is_word(k) and d.word(k) in _HESITATIONS else k
