"""'Zou het mogelijk zijn om … te …' names no one who does it: is the choice the rewrite makes
('kun je …' or 'kan ik …', convert._om_subject) a real guess (``wie-twijfel``)?

Not when both readings ask the same: a date or an appointment moved, shortened or planned, said
with when ('de afspraak van dinsdag verzetten naar donderdag', 'mijn presentatie een week later
doen', 'de deadline met twee weken verlengen'): whether the reader moves it or lets the writer move
it, the answer is the reader's. Nor when a formal message ('u') asks to make an appointment: 'Kan ik
… een afspraak maken?' is what is asked. Any other act ('de kinderen op te halen', 'mijn fiets te
repareren', 'langs te komen') stays a guess: there 'kun je' and 'kan ik' ask different things.
"""

from __future__ import annotations

# Things that have a date: moving them is moving a date ('de afspraak verplaatsen', not 'de auto').
_DATED = frozenset({"afspraak", "afspraken", "datum", "deadline", "dienst", "gesprek", "les", "toets", "examen",
                    "vergadering", "ophaaldag", "presentatie", "vrije", "verlof", "training", "intake", "controle"})
_DURATION = frozenset({"dag", "dagen", "week", "weken", "maand", "maanden", "uur", "uren"})
_LATER = frozenset({"later", "eerder"})
_MONTHS = frozenset({"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                     "november", "december", "voorjaar", "zomer", "najaar", "herfst", "winter", "vakantie"})


def same_either_way(an, rest, verb, pair: str, register: str) -> bool:
    """True when 'kun je …' and 'kan ik …' ask the same here (see the module text)."""
    lex = an.d.lex
    words = [p.word for p in rest]
    if "afspraak" in pair and register == "u":
        return True  # 'Is het mogelijk om deze week een afspraak te maken?' to a practice
    if not _timed(an, rest, words):
        return False
    if verb.word in lex.shift_verbs:
        return True
    if verb.word == "verplaatsen" or pair.endswith(" verplaatsen"):
        return bool(_DATED & set(words))
    k = next((j for j, p in enumerate(rest) if p is verb), len(rest))
    before = [w for w in words[:k] if w != "te" and w not in lex.particles]
    return before[-1:] in (["later"], ["eerder"]) and (verb.word in lex.deadline_verbs or verb.word == "doen")


def _timed(an, rest, words: list[str]) -> bool:
    """The request says when: a moment of the draft, 'later'/'eerder', or a span ('met twee weken')."""
    if _LATER & set(words) or _DURATION & set(words) or _MONTHS & set(words) or an.d.lex.moment.search(" ".join(words)):
        return True  # 'naar januari', 'vóór 1 juni'
    return any(i0 <= i < i1 for p in rest for i in p.toks for i0, i1 in an.moments)
