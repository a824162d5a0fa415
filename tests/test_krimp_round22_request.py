"""Round 22 (k22a): the request is never lost (contract point 6). Every result, sure or not, holds the
writer's request, also in shapes the clause rules did not know: a wish put to the reader in chat spelling,
'dus willen jullie …' run on after a statement of need, an imperative after an announcement in a run-on,
'dat … doen' for the chores the writer just named. coach/krimp/kept_ask.py (the surface net), summed.py,
groups._follows_from, verbs.your_thing, edges.ask_after_wrapper. Drafts written for these tests, not copied
from the corpus."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import kept_ask, shrink
from vraaghulp.coach.krimp.clauses import Analysis
from vraaghulp.coach.krimp.engine import analyse
from vraaghulp.coach.krimp.lexicon import lexicon
from vraaghulp.coach.krimp.tokens import Draft


@pytest.fixture(autouse=True)
def _rules(rules_only):
    yield


def _has(sentence: str, *words: str) -> bool:
    low = sentence.lower()
    return all(w.lower() in low for w in words)


@pytest.mark.parametrize(("draft", "words"), [
    ("kben kapot van de week en kzou graag hebben da ge zondag de kinderen meeneemt", ("zondag", "kinderen", "meeneemt")),
    ("ik heb het druk op het werk en ik heb liever dat je vanavond de boodschappen doet", ("vanavond", "boodschappen")),
    ("kzit er wat door en ik zou het liefst hebben dat jullie om tien uur stil zijn", ("tien uur", "stil")),
    ("mijn rug doet pijn en ik zie het liever dat jij de zware dozen draagt", ("zware dozen", "draagt")),
])
def test_a_wish_put_to_the_reader_after_an_honest_sentence_stays(draft, words):
    result = shrink(draft)
    assert _has(result.sentence, *words), result.sentence


@pytest.mark.parametrize(("draft", "words"), [
    ("kheb het zwaar deze week en het liefst zou ik hebben dat ge efkes bij mij komt eten", ("komt eten",)),
    ("mijn hoofd zit vol en ik wou dat jij vanavond de hond uitliet", ("hond", "uitliet")),
])
def test_a_wish_the_rules_do_not_know_is_still_offered(draft, words):
    """Wordings no phrase list holds: the surface net puts the wish back, and the result is not sure then."""
    result = shrink(draft)
    assert _has(result.sentence, *words), result.sentence


@pytest.mark.parametrize(("draft", "asked"), [
    ("ik heb de sleutel morgen nodig dus kun je hem vanavond in de bus gooien", ("vanavond", "in de bus gooien")),
    ("we hebben het geld voor de huur voor vrijdag nodig dus willen jullie allemaal 40 euro storten", ("40 euro", "storten")),
    ("Ik heb het formulier uiterlijk dinsdag nodig, dus kunt u het maandag ondertekenen?", ("maandag", "ondertekenen")),
])
def test_a_question_after_a_need_and_dus_is_the_request(draft, asked):
    result = shrink(draft)
    assert _has(result.sentence, *asked) and result.sentence.endswith("?"), result.sentence


def test_a_need_with_a_second_way_after_a_comma_stays_the_request():
    """'… vrij willen, kan iemand met me ruilen?': a way to get the same wish, not the request (no 'dus')."""
    result = shrink("ff vraagje kzou graag vrijdag 3 mei vrij willen voor een trouwfeest, kan iemand misschien met me wisselen?")
    assert _has(result.sentence, "vrijdag 3 mei", "vrij")
    assert "wisselen" not in result.sentence.split("?")[0] or "vrij" in result.sentence


@pytest.mark.parametrize(("draft", "chores"), [
    ("ik poets elke week de badkamer en ik doe ook de ramen, kun jij dat deze maand doen?", ("badkamer", "ramen")),
    ("ik wil niet klagen maar ik kook al weken en ik doe de afwas, wil jij dat vanaf maandag overnemen?", ("kook", "afwas")),
    ("de heg moet gesnoeid worden en het gras moet gemaaid worden, kunde gij da zaterdag doen", ("heg", "gras")),
])
def test_what_dat_doen_sums_up_stays_with_the_request(draft, chores):
    result = shrink(draft)
    assert _has(result.sentence, *chores), result.sentence
    assert not result.sure


@pytest.mark.parametrize(("draft", "ask"), [
    ("Zondag is de opruimdag. Neem je eigen schep mee en kom om tien uur naar het veld.", "Neem je eigen schep mee"),
    ("Morgen komt de inspectie. Ruim je kast op en zet je laptop in de la. Vragen? Mail me.", "je kast op en zet je laptop"),
])
def test_an_imperative_with_your_thing_is_no_question(draft, ask):
    result = shrink(draft)
    assert ask in result.sentence
    assert not result.sentence.endswith("?"), result.sentence


def test_a_real_question_with_je_after_the_verb_stays_a_question():
    assert shrink("Neem je de fiets mee naar school?").sentence.endswith("?")


def test_an_imperative_after_an_announcement_in_a_run_on_is_the_request():
    draft = ("mensen ik heb het al vaak gezegd maar er blijven bekers op de tafels staan dus ik ga het nog één keer vragen "
             "neem na de repetitie je beker mee naar de keuken")
    result = shrink(draft)
    assert _has(result.sentence, "neem", "beker", "keuken")
    assert "al vaak gezegd" not in result.sentence


def _cues(text: str) -> list[str]:
    d = Draft(text, lexicon())
    return [d.raw(a, b) for a, b, _ in kept_ask.cues(d, Analysis(d))]


@pytest.mark.parametrize(("text", "cue"), [
    ("we vertrekken om acht uur dus willen jullie op tijd klaarstaan", "willen jullie op tijd klaarstaan"),
    ("wie kan er zaterdag de tent opzetten", "wie kan er zaterdag de tent opzetten"),
    ("is het goed als ik morgen iets later kom", "is het goed als ik morgen iets later kom"),
    ("kzou graag hebben da ge morgen belt want ik ben thuis", "kzou graag hebben da ge morgen belt"),
])
def test_the_surface_net_finds_the_ask(text, cue):
    assert cue in _cues(text)


@pytest.mark.parametrize("text", [
    "Ik hoop dat je een goed weekend hebt gehad.",
    "Wie heeft mijn fietspomp geleend?",
    "Dan kan je meteen de nieuwe bank zien.",
    "Ik vind het fijn dat je er bent.",
])
def test_the_surface_net_takes_no_wrapper_past_question_or_statement_for_an_ask(text):
    assert _cues(text) == []


def test_the_net_leaves_a_result_alone_that_asks():
    draft = "Hoi Bas, ik hoop dat je een fijne vakantie hebt gehad. Kun je morgen de sleutels terugbrengen?"
    out = analyse(draft)
    assert kept_ask.lost(out.analysis, "Bas, kun je morgen de sleutels terugbrengen?") is None


def test_the_net_puts_back_a_request_the_result_lost():
    draft = "kheb het zwaar deze week en het liefst zou ik hebben dat ge efkes langskomt"
    out = analyse(draft)
    gone = kept_ask.lost(out.analysis, "Kheb het zwaar deze week.")
    assert gone == ("het liefst zou ik hebben dat ge efkes langskomt", ".")
    assert kept_ask.put_back("Kheb het zwaar deze week.", *gone) == \
        "Kheb het zwaar deze week. Het liefst zou ik hebben dat ge efkes langskomt."


def test_the_net_leaves_what_the_rules_asked_to_them():
    """A direct question, a frame or an imperative the rules found: the net does not second-guess the result."""
    out = analyse("Kun je morgen de kat voeren? Wie kan er zaterdag helpen?")
    assert kept_ask.lost(out.analysis, "Kun je morgen de kat voeren?") is None


def test_the_moment_of_an_announced_second_request_never_moves_into_the_first():
    draft = ("ik heb de huur nodig voor het weekend dus kunnen jullie 30 euro sturen naar mijn rekening "
             "o ja en kan iemand kijken of de zaal nog vrij is op 20 april")
    result = shrink(draft)
    assert _has(result.sentence, "30 euro", "sturen")
    assert "20 april" not in result.sentence.split("?")[0]
