"""Small word sets several krimp modules read (a leaf: it imports nothing, so no cycle)."""

from __future__ import annotations

__all__ = ["CONSTRAINT_START", "HESITATIONS", "NEGATIONS", "SECOND_ASK", "WRITER", "ASK_MODALS"]

NEGATIONS = frozenset({"niet", "ni", "nie", "geen", "niks", "nooit", "niets", "nergens"})
# The writer as a subject, also in chat and Flemish spelling ('k, k) and with others (we, wij).
WRITER = frozenset({"ik", "'k", "k", "we", "wij"})
# Words that open a limit on the request ("Alleen niet op dinsdag", "Graag voor zondag"; clauses.py, extra_ask.py).
CONSTRAINT_START = frozenset({"alleen", "liefst", "wel", "niet", "ni", "nie", "graag", "behalve", "uiterlijk", "pas", "nooit"})
# The pauses a transcribed voice message writes out ('met Tess eh ik bel je'; signin.py, subject_back.py).
HESITATIONS = frozenset({"eh", "ehm", "ehh", "ehmm", "euh", "uh", "uhm"})
# Words that say an ask comes on top of an earlier one ('Kun je ook …?', 'Kun je daarnaast …?'; groups.py, which_ask.py,
# kept_ask.py).
SECOND_ASK = frozenset({"ook", "daarnaast", "bovendien"})
# The modal a question to the reader opens with, Flemish forms too ('kunde', 'zoudt', 'moogt'; ifclause.py, which_ask.py).
ASK_MODALS = frozenset({"kunt", "kun", "kan", "kunde", "zoudt", "zou", "wilt", "wil", "wilde", "moogt", "mag", "kunnen", "zouden"})
