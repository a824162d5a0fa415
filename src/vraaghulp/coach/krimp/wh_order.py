"""A question word in front: the moment goes after the subject (round 58, k58c).

'Wie kan ik bellen?' with 'nu' (a crisis result) or a typed 'vanavond' came out 'Wie kan nu ik bellen?': the moment
slot goes right after the front of the request ('kun je | …'), and for a question that opens with a question word the
front ends at the verb. When the word after the verb is a subject pronoun ('wie kan ik', 'wat moet ik', 'waar kunt
ge', 'wat zou jij'), the slot moves past it: 'Wie kan ik nu bellen?', 'Wat zou jij vanavond doen?'.
"""

from __future__ import annotations

QUESTION_WORDS = frozenset({"wie", "wat", "wa", "waar", "waarheen", "waarnaartoe", "hoe", "wanneer", "welke", "welk"})
_SUBJECTS = frozenset({"ik", "'k", "k", "je", "jij", "ge", "gij", "u", "jullie", "we", "wij"})


def past_subject(words: list[str], front: int) -> int:
    """The slot after the subject of a question that opens with a question word, else `front` unchanged."""
    if front == 2 and len(words) > 3 and words[0] in QUESTION_WORDS and words[2] in _SUBJECTS:
        return 3
    return front
