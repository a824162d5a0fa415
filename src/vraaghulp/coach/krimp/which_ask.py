"""Which of several candidate asks is the request (round 40, k40b).

Counted on the outside files (tools/krimp_wrong_clause.py): where the engine took the wrong one of a draft's candidate
asks, the most frequent kind was a later ask the draft adds ('En wie kan ze woensdag ophalen?', 'Verder vroeg ik mij
af of …', 'Kun je ook kijken …', 'En Anja zou jij …'): it won by the moment rule of groups.choose (the ask with a moment
is the main one). A later ask that leans on an earlier real request ('En … ook …', 'daarna', 'Verder …'), or
follows a real request whose moment stands in the sentence beside it, is never the main one on its moment alone
(`added_later`); where that turns the choice, the moment and the order disagree and the result is not sure
(`latere-vraag`). A later ask of its own after an untimed request keeps winning on its moment: tried on the whole tuning
part, the helpers' golds pick it (be-040, h-019, g-024, t10l-031, v5e-019) as often as the outside golds pick the first.
Two other kinds put a first group in front that asks nothing of the reader:
- a permission for someone else or a favour for the writer asked of a third person ('mag Aya morgen eerder weg',
  'Kan Johan van nummer 12 mij naar het Rijnstate brengen'), read by midask.py as a modal about someone else that asks
  nothing (`for_the_writer`);
- courtesy said as a question ('Mag ik u vooreerst bedanken voor …', 'mag ik mij excuseren') or a hope about the
  writer's own doing ('ik hoop dat ik het goed doe') in front of the real ask (`past_courtesy`: not sure,
  `beleefdheid-weg`).
A third kind: a question shape inside a sentence the writer closed without a question mark ('u zult wel denken daar
heb je haar weer.', 'hebt ge de slides al gezien, die zijn echt zot lang.', 'en mama wil hem zondag bezoeken maar …')
before a modal ask of the reader that the writer did close with '?': that one is the request (`marked_later`), not
sure (`vraagteken-later`).
"""

from __future__ import annotations

from .idle_second import hope
from .opening import announces
from .segment import head
from .states import PAST, perfect
from .wordsets import ASK_MODALS, SECOND_ASK

CODE = "latere-vraag"
MARKED_CODE = "vraagteken-later"
COURTESY_CODE = "beleefdheid-weg"
ALONE_CODE = "beleefdheid-alleen"

_ASIDE = frozenset({"verder", "trouwens"})
_ALSO = SECOND_ASK | {"daarna"}  # not 'dan': 'En kun je dan zaterdag om 9 uur …' gives the first its time
_MODALS = ASK_MODALS | {"willen"}
_AGO = frozenset({"gisteren", "eergisteren", "vorige", "vorig", "afgelopen", "geleden", "vannacht"})
_WRITER = frozenset({"mij", "me", "ons", "mijn", "onze"})
_THANKS = frozenset({"bedanken", "danken", "excuseren", "verontschuldigen", "feliciteren", "groeten"})


def _sentence_words(an, group) -> list[str]:
    d = an.d
    a, b = d.sentences[group[0].sent]
    return [d.word(i) for i in range(a, b) if d.is_word(i)]


def real_ask(an, group, asks_reader) -> bool:
    """A request in so many words: 'wie kan …', or a modal ask of the reader of five words or more that does not
    only announce a question ('mag ik je even storen', 'mag ik je iets vragen'); `asks_reader` is midask.asks_reader."""
    first = head(group)
    if first is None or first.kind == "behoefte":
        return False
    words = [an.d.word(i) for i in an.d.content(first.a, first.b)]
    if first.kind == "wie":
        return len(words) > 1 and words[1] in _MODALS
    if for_the_writer(an, group):
        return True  # 'mag Aya morgen eerder weg', 'Kan Johan … mij … brengen'
    return asks_reader(an, group) and len(words) >= 5 and not announces(an, [first])


def _earlier(an, group, groups: list[list], asks_reader) -> list[list]:
    """The other candidate asks, real requests, that end in an earlier sentence."""
    return [g for g in groups if g is not group and g[-1].sent < group[0].sent and real_ask(an, g, asks_reader)]


def _timed_beside(an, ask, later) -> bool:
    """A moment of the present or future in the sentence right before or after the ask ('ons ma moet dinsdag om 8u
    naar … Wie kan ze brengen?', '… niet betaald? Graag tegen 15 september storten'), not in the later ask's own."""
    d = an.d
    for s in (ask[0].sent - 1, ask[-1].sent + 1):
        if s < 0 or s >= len(d.sentences) or s == later[0].sent:
            continue
        a, b = d.sentences[s]
        said = {d.word(i) for i in range(a, b) if d.is_word(i)}
        if any(a <= i0 < b for i0, _ in an.moments) and not (said & (PAST | _AGO)) and not perfect(d, a, b):
            return True
    return False


def added_later(an, group, groups: list[list], asks_reader) -> bool:
    """A later ask that leans on an earlier one ('En kan het dan nog deze week …', '… Kun je ook kijken …', 'En wil je
    daarna …', 'Verder vroeg ik mij af …'), or one after an ask whose moment stands in the sentence next to it. Not a
    later ask of its own after an untimed one ('… tonen hoe dat werkt? En kunde zaterdag de lamp vervangen?'): the
    golds of both authors' files pick that one by its moment (counted in round 40)."""
    before = _earlier(an, group, groups, asks_reader)
    return bool(before) and (leans_on(an, group, groups, asks_reader) or any(_timed_beside(an, g, group) for g in before))


def leans_on(an, group, groups: list[list], asks_reader) -> bool:
    """'En kan het dan nog …', 'Kun je ook …', 'En wil je daarna …', 'Verder …', 'Trouwens …' after an earlier ask."""
    words = _sentence_words(an, group)
    if not words or not _earlier(an, group, groups, asks_reader):
        return False
    first = head(group)
    front = [an.d.word(i) for i in an.d.content(first.a, first.b)][:5] if first is not None else []
    return words[0] in _ASIDE or (words[0] == "en" and bool(_ALSO & set(front[1:5]))) or bool(_ALSO & set(front[1:4]))


def not_added(an, groups: list[list], asks_reader) -> list[list]:
    """The candidates without the asks added later; all of them when none is left (hook in groups.choose). The clauses
    of the asks added later are kept on the analysis: their moment is never the main request's (assemble._added)."""
    kept = [g for g in groups if not added_later(an, g, groups, asks_reader)]
    an.__dict__["_added_later"] = {id(c) for g in groups if g not in kept for c in g}
    return kept or groups


def _closed_by_question_mark(an, group) -> bool:
    """The sentence of the group's last clause holds a '?' from the group on."""
    d = an.d
    b = d.sentences[group[-1].sent][1]
    return any(d.tok_text(i) == "?" for i in range(group[0].a, min(b + 1, d.n)))


def _may_i(an, group) -> bool:
    """'kan ik uw auto lenen zondag …?': the writer asks leave to do something of the reader's."""
    lead = head(group).lead
    words = [an.d.word(i) for c in group for i in an.d.content(c.a, c.b)]
    return lead is not None and lead.subject == "ik" and lead.lemma == "kunnen" and len(words) >= 5


def marked_later(an, groups: list[list], main: list, asks_reader) -> list:
    """A later modal ask of the reader closed by '?' when main is a question shape in a sentence closed without one;
    else main (hook in groups.choose; `asks_reader` is midask.asks_reader)."""
    first = head(main) if main else None
    if first is None or first.kind != "direct" or first.lead is None or _closed_by_question_mark(an, main) \
            or real_ask(an, main, asks_reader) or an.d.content(first.a, first.b)[:1] != [first.lead.verb]:
        # a shape with its verb in front only, not 'Graag zou ik een afspraak maken.' (a wish said); a real ask stays
        # the request all the same ('Oh en kun je me vrijdag naar Schiphol brengen, m'n vlucht …. En mag ik …?')
        return main
    for g in groups:
        if g is main or g[0].a < main[-1].b or head(g) is None or leans_on(an, g, groups, asks_reader):
            continue
        if (asks_reader(an, g) or _may_i(an, g)) and _closed_by_question_mark(an, g):
            for c in main:
                c.role = "tekst" if c.role in ("vraag", "extra") else c.role  # no second request either (as midask.py)
            an.__dict__["_marked_later"] = True
            return g
    return main


def for_the_writer(an, group) -> bool:
    """'mag Aya morgen om 11 uur eerder weg', 'Kan Johan van nummer 12 … mij naar het Rijnstate brengen': a
    permission for someone, or a third person asked to do something for the writer; a request, not news."""
    first = head(group)
    lead = first.lead if first is not None else None
    if lead is None or first.kind != "direct" or lead.lemma not in ("mogen", "kunnen"):
        return False
    d = an.d
    toks = d.content(first.a, first.b)
    if len(toks) < 2 or toks[0] != lead.verb or not d.tok_text(toks[1])[:1].isupper():
        return False  # a name right after the verb leading its clause: 'mag Aya …', not '…, kan ze zich niet
        # concentreren', not '… mama | mag volgende week zaterdag naar huis' (no subject after the verb)
    words = [d.word(i) for c in group for i in d.content(c.a, c.b)]
    if lead.lemma == "mogen":
        return lead.subject not in ("ik", "we", "wij") and len(words) >= 4
    return bool(_WRITER & set(words[2:])) and len(words) >= 5


def courtesy(an, group) -> bool:
    """'Mag ik u vooreerst bedanken voor …', 'mag ik mij excuseren …', or a hope about the writer's own doing ('ik hoop
    dat ik het goed doe'): no ask of the reader."""
    first = head(group)
    if first is None:
        return False
    d = an.d
    lead = first.lead
    if lead is not None and lead.lemma == "mogen" and lead.subject == "ik":
        words = [d.word(i) for i in d.content(first.a, first.b)]
        return bool(_THANKS & set(words))
    raw = d.raw(first.start if first.start >= 0 else first.a, group[-1].b)
    return hope(raw) and not hope(raw, reader=True)


def past_courtesy(an, groups: list[list], main: list) -> list:
    """The first later ask that is no courtesy when main is courtesy or a hope about the writer; else main (hook in
    groups.choose). The courtesy is text then, no second request either (as midask.py does). With no later ask the
    courtesy stays main, never sure: it asks the reader nothing ('Ik hoop dat ik het morgen goed doe op mijn examen.'
    is no 'Mag ik …?', ALONE_CODE)."""
    an.__dict__["_courtesy_alone"] = False
    if not main or not courtesy(an, main):
        return main
    an.__dict__["_courtesy_alone"] = True
    for g in groups:
        if g is main or g[0].a < main[-1].b or head(g) is None or courtesy(an, g):
            continue
        for c in main:
            c.role = "tekst" if c.role in ("vraag", "extra") else c.role
        an.__dict__["_courtesy_set_aside"], an.__dict__["_courtesy_alone"] = True, False
        an.__dict__["_courtesy_span"] = (main[0].a, main[-1].b)
        return g
    return main


def set_aside(an, i: int) -> bool:
    """Is token i in the courtesy past_courtesy set aside? Never put back as the request ('Mag ik mij excuseren
    voor mijn late reactie?' after 'Ik heb de factuur nodig.': kept_ask.cues)."""
    a, b = an.__dict__.get("_courtesy_span", (0, 0)) if an is not None else (0, 0)
    return a <= i < b


def alone(an) -> bool:
    """Courtesy or a hope about the writer is all the draft asks: the not-sure offer is the writer's own sentence
    (ownwords.safe), never a question made of it."""
    return bool(an is not None and an.__dict__.get("_courtesy_alone"))


def doubt(an) -> list[str]:
    """[CODE] when an ask added later lost the choice it would have won by its moment, [MARKED_CODE] when a later ask
    closed by '?' won over a question shape without one, [COURTESY_CODE] when courtesy gave way, [ALONE_CODE] when
    courtesy or a hope about the writer is all the draft asks (in shrink._request_gone)."""
    if an is None:
        return []
    flags = an.__dict__
    return [CODE] * bool(flags.get("_added_set_aside")) + [MARKED_CODE] * bool(flags.get("_marked_later")) + \
        [COURTESY_CODE] * bool(flags.get("_courtesy_set_aside")) + [ALONE_CODE] * bool(flags.get("_courtesy_alone"))
