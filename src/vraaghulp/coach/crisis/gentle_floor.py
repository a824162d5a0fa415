"""The gentle line's floor (round 42, c42z): a gentle line that rests on a borrowed or broad reading alone, in a
message the second opinion finds ordinary, is dropped.

The rules give `zorg` on their own for readings they hold weak by design: a worry about someone else (`over-ander`:
a patient, a character, the news), the broad safety net (`vangnet`: 'ik ben dood na die leg day', 'ik ga dood op de
fiets'), a sudden calm (`plotse-rust`: 'voor het eerst in tijden zie ik weer licht'). Where every signal (hints
included since the round 42 review) is one of these, none is acuut, and the second opinion scores the message under its
floor (`ondergrens`, 0.02, the score that already lowers an ambiguous panel), the message gets no tier. Over the 24
bring-ins of held-out sets read at first sight (`tools/crisis_first_sight_zorg.py`) this dropped 37 of the 145 false
gentle lines (before the review's narrowing) and no real zorg or acuut line; in the whole corpus the real lines the rules put at zorg on these readings alone score 0.68 or more.

Kept out on purpose: the writer's own state in so many words ('ik kan niet meer', 'het heeft geen zin', wanhoop,
isolatie: real lines of those families score as low as 0.002), and a wish or a method said in words that a game, a
story or a joke lowered to zorg ('ik wil dood lol', 'ik hang me op aan zijn powerpoints'): a death wish in words is
never silent. A worry about someone in crisis ('mijn zus zei dat ze niet meer wil leven') scores high and stays.

Round 45 (c45z): where every signal is the safety net's (`vangnet`: 'ik ga dood in die horrorgame'), the floor is its
own, `NET_FLOOR` (0.3), not the panel's `ondergrens` (0.02). The signal ledger (`tools/crisis_signal_ledger.py`, crisis
corpus README "Round 45 (c45z)") found `vangnet-dood` alone behind 40 first-sight false gentle lines with 4 catches:
the floor drops 36 instead of 23 first-sight false gentle lines, silences no real line at first sight nor in the corpus now. Someone else's words
and a sudden calm keep the low floor: real lines of theirs written for the tests score 0.05-0.09 ('mijn vader heeft
alles geslikt wat hij had, de ambulance is onderweg', 'na een zware winter voel ik me eindelijk rustig').

Round 45 review (c45r2): at 0.3 the floor silenced real passive death wishes that only the net heard ('ik kijk uit naar
de dood' 0.18, 'ik wacht op de dood' 0.15, 'ik ga dood hier' 0.27; the corpus's "lowest real 0.68" held for the corpus
only). Those wishes now have a rule of their own (doodswens, zorg: 'uitkijken naar / wachten op de dood', 'de dood als
een vriend'), and the net's floor is 0.1: no real line of the review's 481 is silenced by it, the horror-game line
('ik ga dood in die horrorgame', 0.06) stays quiet.
"""

from __future__ import annotations

from vraaghulp.coach.crisis.engine import Signal

__all__ = ["BORROWED", "NET_FLOOR", "borrowed_only", "dropped", "writer_too"]

BORROWED = frozenset(("over-ander", "vangnet", "plotse-rust"))  # zorg families whose reading is someone else's or broad
NET_FLOOR = 0.1  # under this score the safety net alone gets no tier (round 45: 0.3; its review, c45r2: 0.1)


def borrowed_only(signals: list[Signal]) -> bool:
    """Every signal of the message, hints included, is a borrowed or broad reading, one at least at zorg, none acuut.

    Round 42 review (c42r): a hint of any other family is the writer's own place, act, plan or means ('ik sta nu zelf op
    die brug' beside a film's jump: `gevaar-plek` hints) and keeps the gentle line."""
    if not any(s.level == "zorg" for s in signals) or any(s.level == "acuut" for s in signals):
        return False
    return all(s.family in BORROWED for s in signals)


_I = frozenset(("ik", "k", "'k", "ikke"))  # the writer as the subject ('mijn oma ... ze wil het zelf nog zien' is hers)


def writer_too(sentences: list[str]) -> bool:
    """Round 42 review (c42r): the writer puts themself in the borrowed story, 'zelf' beside 'ik' in one sentence
    ('nu sta ik zelf boven' after a girl's jump in a book, 'ik ben zelf ook op'): the gentle line stays."""
    for sentence in sentences:
        words = sentence.split()
        if "zelf" in words and not _I.isdisjoint(words):
            return True
    return False


def dropped(signals: list[Signal], sentences: list[str], concepts: list[str], first_person: frozenset[str],
            short: bool) -> Signal | None:
    """A note (family `opinion.FAMILY`, level hint) when the gentle line is dropped, else None."""
    from vraaghulp.coach.crisis.opinion import most_worrying, ordinary_note, weights

    if not borrowed_only(signals) or writer_too(sentences):
        return None
    model = weights()
    floor = model.get("ondergrens", 0.0)
    if floor > 0 and all(s.family == "vangnet" for s in signals):  # the safety net alone: its own floor (round 45)
        floor = NET_FLOOR
    found, value = most_worrying(sentences, concepts, signals, first_person, model, short)
    if floor <= 0 or value >= floor:
        return None
    return ordinary_note(found, value, model["gewichten"], also=", geen zorg")
