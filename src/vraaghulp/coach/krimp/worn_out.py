"""'Ik ben op', 'ik zit er echt door(heen)', 'ik ben kapot': the writer says they are worn out, in so many words.

Beside other honest clauses ('ik slaap slecht en ben kortaf tegen de kinderen', 'ik trek het niet meer zo goed') the
outside golds keep this one: it is the summary the symptoms explain (round 38, k38b: h22a-001, h27b-009, h28b-016,
k32a-029 keep it over the clause nearer the ask). `symptom.choose_state` ranks it with the headline states.
"""

from __future__ import annotations

# the last word of a worn-out clause after 'ik ben' ('ik ben (echt) op', 'ik ben helemaal kapot')
_WORN = frozenset({"op", "kapot", "uitgeput", "doodop", "gesloopt", "opgebrand", "afgepeigerd", "kapotgemaakt"})
_BE = frozenset({"ben", "zijn"})
_SIT = frozenset({"zit", "zitten"})
_THROUGH = frozenset({"door", "doorheen"})
_ME = frozenset({"ik", "we", "wij"})
# words that may stand between the verb and the worn-out word without changing what it says
_SOFT = frozenset({"echt", "helemaal", "zo", "gewoon", "totaal", "compleet", "volledig", "ook", "nu", "wel", "er",
                   "eigenlijk", "eerlijk", "gezegd", "heel", "best", "nogal", "al", "toch", "zelf", "momenteel"})


def worn_out(an, c) -> bool:
    """The clause is 'ik ben (echt) op/kapot/uitgeput' or 'ik zit er (echt) door(heen)', nothing more after it."""
    d = an.d
    words = [d.word(i) for i in d.content(max(c.a, c.start), c.b)]
    k = next((k for k, w in enumerate(words[:4]) if w in _ME), None)
    if k is None or k + 2 > len(words):
        return False
    verb, rest = words[k + 1], words[k + 2:]
    if k > 0 and words[k - 1] in _BE | _SIT:  # 'ben ik op', inverted after a word in front ('nu ben ik op')
        verb, rest = words[k - 1], words[k + 1:]
    core = [w for w in rest if w not in _SOFT]
    if verb in _BE:
        return core[:1] == ["op"] and (len(core) == 1 or core[1] == "van") or len(core) == 1 and core[0] in _WORN
    return verb in _SIT and "er" in rest and core[-1:] and core[-1] in _THROUGH and len(core) == 1
