"""The first-sight gate (round 24, first_sight.py): shapes that were wrong-and-sure on text nobody tuned for
withhold `zeker`, near misses do not, and the offered sentence never changes. Drafts in our own words."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import first_sight, shrink
from vraaghulp.coach.krimp.engine import analyse
from tests.krimp_beside import kept as beside_kept, stays as beside_stays  # noqa: F401


@pytest.mark.parametrize("sentence, code", [
    ("Tom, kunt ge mij morgen ni helpen met de verhuis?", "ni-in-vraag"),
    ("Zoudt ge nie eens naar mijn fiets kijken?", "ni-in-vraag"),
    ("Kunt ge ne keer de vuilbakken buitenzetten?", "vlaams-vulsel"),
    ("Wilt ge nen keer bellen naar de garage?", "vlaams-vulsel"),
    ("Morgen ik moet vroeg naar de tandarts. Kun je de hond uitlaten?", "leerder-volgorde"),
    ("Joke, soms ik denk dat het niet meer gaat. Kun je komen?", "leerder-volgorde"),
])
def test_result_shapes_fire(sentence, code):
    assert code in first_sight.result_kinds(sentence)


@pytest.mark.parametrize("sentence", [
    "Tom, kunt ge morgen helpen met de verhuis? Ni op zondag.",  # the 'ni' is not in the question
    "Kun je morgen niet komen?",  # standard 'niet' is left to the rules
    "Kun je één keer per week de vuilbakken buitenzetten?",  # 'één keer' is a real amount
    "Kunt ge de keer erna komen?",
    "Joke, ik moet morgen werken. Kun je de hond uitlaten?",  # ordinary word order
    "Morgen moet ik vroeg weg. Kun je de hond uitlaten?",
    "Als ik kan, kom ik langs. Wil je thuis zijn?",  # a subordinate 'als ik kan' is no learner order
    "Tom, kun je komen?",
])
def test_result_near_misses_stay_quiet(sentence):
    assert first_sight.result_kinds(sentence) == []


def test_a_dropped_negated_clause_is_a_doubt():
    draft = "Kun je me morgen om acht uur ophalen bij de garage? Mijn fiets rijdt niet meer."
    an = analyse(draft).analysis
    assert "weg-ontkend" in first_sight.dropped_kinds(an, "Kun je me morgen om acht uur ophalen bij de garage?")


def test_a_kept_negated_clause_or_a_dropped_plain_one_is_not():
    draft = "Kun je me morgen om acht uur ophalen bij de garage? Mijn fiets rijdt niet meer."
    an = analyse(draft).analysis
    kept = "Kun je me morgen om acht uur ophalen bij de garage? Mijn fiets rijdt niet meer."
    assert first_sight.dropped_kinds(an, kept) == []
    plain = analyse("Kun je me morgen om acht uur ophalen bij de garage? Ik sta dan bij de ingang.").analysis
    assert "weg-ontkend" not in first_sight.dropped_kinds(plain, "Kun je me morgen om acht uur ophalen bij de garage?")


def test_a_crisis_result_is_not_asked_what_went(monkeypatch):
    class Out:  # a crisis result: the ready sentence by design, so only the result's own shapes count
        crisis = True
        analysis = analyse("ik kan niet meer. ik weet niet wat ik moet doen. kun je komen?").analysis
    assert first_sight.doubts(Out, "Kun je nu komen?") == []
    assert first_sight.doubts(Out, "Soms ik denk dat het niet gaat. Kun je nu komen?") == ["leerder-volgorde"]


def test_no_analysis_no_dropped_doubt():
    assert first_sight.dropped_kinds(None, "Kun je komen?") == []


@pytest.mark.parametrize("draft, withheld", [
    ("Kunt ge zaterdag nog ne keer het gras maaien bij ons?", True),  # a Flemish filler left in ('nog ne keer' stays)
    # round 30 (k30b, filler_gone.py, now filler_own.py): a 'ne keer' the last tidy takes out of a short clean draft
    # no longer withholds
    ("Kunt ge zaterdag ne keer het gras maaien bij ons?", False),
    # round 30 (k30c, neg_after.py): a negated reason that went after the ask no longer withholds on its own …
    ("Ilse, kun jij dinsdag de kinderen van school halen? Mijn auto start niet.", False),
    ("Ilse, kun jij dinsdag de kinderen van school halen? Ik heb tot vijf uur les.", False),  # the reason stays
])
def test_the_gate_changes_only_sure(draft, withheld, monkeypatch, rules_only):
    monkeypatch.setattr(first_sight, "ACTIVE", True)  # the fitted whole.py stays off, the gate is on
    gated = shrink(draft)
    monkeypatch.setattr(first_sight, "ACTIVE", False)
    plain = shrink(draft)
    assert plain.sure
    assert gated.sentence == plain.sentence
    assert gated.sure is not withheld


@pytest.mark.parametrize("sentence, code", [
    ("Lotte, kun je zaterdag mijn planten water geven? Sorry dat ik het weer vraag.", "weg-woord"),
    ("Kunt ge woensdag de kinderen halen? Excuses voor de late vraag.", "weg-woord"),
    ("Kun je de huisbaas mailen dat het lek terug is het is niet mijn schuld?", "weg-woord"),
    ("Hey Daan, kun je morgen je boormachine meenemen?", "weg-woord"),
    ("Guys, wie kan vrijdag de sleutel ophalen?", "weg-woord"),
    ("Kun je ff de was ophangen?", "even-vulsel"),
    ("Kunt ge morgen efkes naar mijn fiets kijken?", "even-vulsel"),
    ("Wil je effe bellen naar de garage?", "even-vulsel"),
    ("Jan, ik zit al de hele week thuis met een gebroken been en mijn buren zijn op reis. Kun je morgen na je werk "
     "langskomen met boodschappen voor het weekend, brood en melk en wat fruit?", "lang-resultaat"),
])
def test_round26_result_shapes_fire(sentence, code):
    assert code in first_sight.result_kinds(sentence)


@pytest.mark.parametrize("sentence", [
    "Lotte, kun je zaterdag mijn planten water geven?",  # a clean direct ask stays sure
    "Kun je de schulden van de vereniging nakijken?",  # 'schulden' (debts) is no apology
    "Kun je de stukken even groot snijden?",  # 'even' as 'equally'
    "Kun je vanavond even de vuilniszak buitenzetten?",  # plain 'even': the tuning authors keep it
    "Wil je eventjes bellen naar de garage?",
    "Kun je me honderd euro lenen tot juni? Ik schaam me ervoor.",  # shame about the matter: an honest state
    "Kan ik de 50 euro die ik je schuld volgende maand terugbetalen?",  # 'schuld' as owing
    "Hilde, kun je morgen de hond uitlaten? Ik moet tot zes uur werken.",  # a name, then the ask and a reason
    "Hoe laat kun je morgen komen?",  # 'hoe' opens a question, no greeting
    "Johan, kun je vrijdag de tafels klaarzetten?",  # a name that starts like 'jo' is no greeting
    # a long ask, under thirty words
    "Kun je vrijdag om acht uur de tafels en de stoelen van de zaal klaarzetten voor het feest van de buurt?",
])
def test_round26_near_misses_stay_quiet(sentence):
    assert first_sight.kept_kinds(sentence) == []


@pytest.mark.parametrize("draft, withheld", [
    ("kun je morgen ff de kat voeren", True),  # the chat softener 'ff' kept (a run-on apology is cut since k26i)
    ("Kunt ge morgen efkes de kat eten geven?", True),  # the softener 'even' kept in dialect spelling
    ("Kun je morgen even de kat voeren?", False),  # plain 'even' stays sure
    ("Kun je morgen de kat voeren? Wij vertrekken morgen vroeg.", False),  # a clean ask with its reason
    # (round 39, k39a: was 'We zijn tot zondag weg.', which the rules no longer call sure when dropped: self_away.py)
])
def test_round26_gate_changes_only_sure(draft, withheld, monkeypatch, rules_only):
    monkeypatch.setattr(first_sight, "ACTIVE", False)
    plain = shrink(draft)
    monkeypatch.setattr(first_sight, "ACTIVE", True)
    gated = shrink(draft)
    assert plain.sure
    assert gated.sentence == plain.sentence
    assert gated.sure is not withheld


# Round 43 (k43a), the lead's decision: a not-sure result keeps the one short statement beside a clean ask in its
# offer (lone_statement.py: not surely removable, the outside golds keep it); these drafts asserted the drop before.
def test_round43_the_gate_withholds_sure_and_the_offer_keeps_the_statement(monkeypatch, rules_only):
    draft = "Ilse, kun jij dinsdag de kinderen van school halen? Eerder ben ik niet thuis."  # a limit in time withholds
    monkeypatch.setattr(first_sight, "ACTIVE", True)
    gated = shrink(draft)
    monkeypatch.setattr(first_sight, "ACTIVE", False)
    plain = shrink(draft)
    # round 47: the statement beside the ask stays, as the outside authors' golds keep it
    assert plain.sure and plain.sentence == "Ilse, kun jij dinsdag de kinderen van school halen? Eerder ben ik niet thuis."
    assert gated.sentence == plain.sentence  # nothing left for the gate to weigh
