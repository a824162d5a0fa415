"""Shame about the asking, dropped where it was the draft's only word on how the writer is (round 54, lead).

'Pap, wil je me leren hoe ik mijn belastingaangifte invul? ik schaam me er een beetje voor': 'er … voor' points back
at the asking, so the engine drops it as a judgement of oneself (`oordeel`; states.SHAME_ABOUT_ASKING_KEPT). The outside
golds mostly drop it too (22 of 27 drafts), but some keep it as the brave part. Where it was the draft's only word on
how the writer is (states.lone_shame) and the result holds no shame, the reader must look: the result is not sure
(`CODE`). It only withholds `zeker`.
"""

from __future__ import annotations

ACTIVE = True  # tests switch it off to show a result without it
CODE = "schaam-weg"


def lost(an, sentence: str) -> bool:
    """The lone 'ik schaam me er … voor' was dropped (states.lone_shame set `shame_left`) and the result holds no
    'schaam' at all."""
    return ACTIVE and an.shame_left and "schaam" not in sentence.lower()
