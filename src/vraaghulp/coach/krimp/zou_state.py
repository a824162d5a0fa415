"""'of je … zou' with a verb of having, being, knowing or judging is no request to act (round 50, k50b).

'Ik vroeg me af of je dat leuk zou vinden.' came back as 'Kun je dat leuk vinden?', 'ik vroeg me af of je zou weten
hoe dat moet' as 'Kun je weten hoe dat moet?', '… of je zaterdag thuis zou zijn' as 'Kun je zaterdag thuiszijn?',
all sure: a frame around 'zou' + infinitive is turned into 'kun' + infinitive, right for an act ('of je morgen zou
komen' -> 'Kun je morgen komen?'), but 'kunnen' before a verb of a state or a judgement asks whether the reader is
able to like, know or be, which the draft never asked. When the clause's own verb is such a verb and 'zou' is its
only helper (no 'kunnen', 'willen' of its own), the frame stays: the writer's own words, not sure. Not 'hebben':
'of u deze week tijd zou hebben om te bellen' -> 'Kunt u deze week tijd hebben …?' is what the golds accept
(t8h-007, t10l-006).
"""

from __future__ import annotations

_ZOU = frozenset({"zou", "zoudt", "zouden", "zoude"})
STATE_VERBS = frozenset({
    "vinden", "weten", "denken", "snappen", "begrijpen", "kennen", "lusten", "menen", "geloven", "verwachten",
    "zijn", "hopen", "vrezen", "merken", "zien", "voelen",
})


def state_after_zou(cluster) -> bool:
    """The clause's verbs are 'zou' + a verb of a state or a judgement, with no modal of their own."""
    if cluster.lemma or cluster.finite.word not in _ZOU or not cluster.verbs:
        return False
    word = cluster.verbs[-1].word
    return word in STATE_VERBS or word.endswith("zijn")  # 'thuis zou zijn' came out glued: 'thuiszijn'
