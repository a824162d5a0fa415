"""The request in the middle of a long message: news or chat questions come first.

'ben je al onderweg? … kun jij op de terugweg langs de appie gaan voor melk?', 'was iemand vandaag bij
bio?? … kan iemand vanavond de aantekeningen sturen?', 'vertel!! … mag ik jou als reservecontact
opgeven?', 'Als jullie na 21.00 uur klussen, kan ze zich niet concentreren. Zou je … willen klussen?':
the first group the engine took asks nothing of the reader (a 'zijn' question with nothing to do, a
bare imperative like 'vertel', a modal about someone else or after a fronted 'als …' in a sentence that
is no question). A later
modal request to the reader ('kun je', 'kan iemand', 'zou u … willen', 'mag ik') is the ask. The switch
is marked (``an.midask``): the result is offered, never sure on this ground alone.
"""

from __future__ import annotations

from .lexicon import YOU
from .segment import head
from .verbs import is_infinitive
from .which_ask import for_the_writer

_MODAL = frozenset({"kunnen", "willen", "mogen", "zullen"})
_ASKED = YOU | {"iemand", "er iemand", "wie"}
_CHAT = frozenset({"vertel", "zeg", "kijk", "luister", "raad"})


def _words(an, group) -> list[str]:
    d = an.d
    return [d.word(i) for c in group for i in d.content(c.a, c.b)]


def asks_reader(an, group) -> bool:
    """A modal request to the reader: 'kun jij …', 'kan iemand …', 'zou u … willen', 'mag ik …'."""
    first = head(group)
    if first is None or first.kind != "direct" or first.lead is None or first.lead.lemma not in _MODAL:
        return False
    subject = first.lead.subject
    if subject == "ik":
        return first.lead.lemma == "mogen"
    return subject in _ASKED and len(_words(an, group)) >= 4


def _idle(an, group) -> bool:
    """Asks nothing of the reader: 'ben je al onderweg', 'was iemand vandaag bij bio', 'vertel',
    or 'kan ze zich niet concentreren' (a modal about someone else, the sentence no question)."""
    first = head(group)
    if first is None:
        return False
    words = _words(an, group)
    if first.kind == "gebiedend":
        return len(words) <= 2 and words[:1] and words[0] in _CHAT
    if first.kind != "direct" or first.lead is None:
        return False
    lead = first.lead
    if lead.lemma == "zijn":
        d = an.d
        verbs = [w for w in words[1:] if is_infinitive(d.lex, w) and w not in d.lex.not_infinitive]
        return not verbs and "te" not in words and len(words) <= 8
    if lead.lemma in _MODAL and lead.subject not in _ASKED and not _ends_in_question(an, group):
        fronted = group[0] is not first and group[0].role == "voorwaarde"  # 'Als …, kan ik niet slapen.'
        return fronted or lead.subject not in ("ik", "we", "wij")
    return False


def _ends_in_question(an, group) -> bool:
    d = an.d
    toks = d.content(group[-1].a, group[-1].b)
    if not toks:
        return False
    rest = d.text[d.toks[toks[-1]].end:]
    mark = next((ch for ch in rest if ch in ".?!\n"), "")
    return mark == "?"


def later_ask(an, groups: list[list], main: list) -> list:
    """The first modal request to the reader after an idle main group; else main."""
    if not main or not _idle(an, main) or asks_reader(an, main) or for_the_writer(an, main):
        return main  # 'mag Aya morgen eerder weg', 'Kan Johan … mij … brengen' ask something (which_ask.py, k40b)
    for g in groups:
        if g is main or g[0].a < main[-1].b or not asks_reader(an, g):
            continue
        for c in main:
            if c.role in ("vraag", "extra"):
                c.role = "tekst"
        an.midask = True
        return g
    return main
