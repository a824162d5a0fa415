"""An ask in the next sentence that leans on the chosen one with 'dan' makes the result not sure (round 41, k41a).

'is er iemand die morgenvroeg vanuit Leuven naar Kortrijk rijdt? mag ik dan meerijden tot aan de campus?' (p40-054):
the engine took the first question as the request ('Mag er iemand … rijden?') and dropped the second, sure; but 'dan'
makes the first question the condition of the second, which is what the writer asks. When the chosen ask is followed
in the very next sentence by a question whose opening says 'dan' ('mag ik dan', 'kun je me dan') without 'ook' and
not opening with 'en', the result is not sure (code `dan-vraag`) and that question stays after the chosen one, as
the golds have it ('Is er iemand die … rijdt? Mag ik dan meerijden tot aan de campus?'). 'En mag ik dan ook geld voor de cinema?', 'en mag ik
dan mn fiets in jullie schuur zetten' add another thing (golds drop it: t11o-054, t13r-040, t9j-072, rv16-001), so
'ook' or 'en' leave the result as it was.
"""

from __future__ import annotations

CODE = "dan-vraag"
_OPEN = 4


def leaning(an, main) -> list:
    """The clauses of a question right after the chosen ask that opens with 'dan' and no 'ook' (its group; see the
    module docstring), or []."""
    d = an.d
    for g in getattr(an, "asks", []):
        c = g[0]
        if c in main or c.role != "vraag" or c.sent != main[-1].sent + 1:
            continue
        start, end = d.sentences[c.sent]
        if "?" not in d.raw(start, end):
            continue  # 'Mijn contract loopt dan af en ik wil graag weten …': no question
        words = [d.word(i) for i in d.content(min(start, c.a), c.b)]  # 'En' may stand outside the clause
        head = words[:_OPEN + 1]
        if words[:1] != ["en"] and "dan" in head[1:_OPEN + 1] and "ook" not in words[:_OPEN + 2]:
            return list(g)
    return []
