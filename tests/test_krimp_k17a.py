"""Round 17 (k17a): a limit said beside the ask stays (or the result is not sure); a leading please goes;
an opening question before the ask is a lead-in, never a second request; a hedge of several words is
'deze woorden'; heavy news joined to the honest clause stays with it; 'een beetje' before a phrase and
its verb is a hedge, before a noun an amount."""

from __future__ import annotations

import re

import pytest

from vraaghulp.coach.krimp import shrink


@pytest.mark.parametrize(("draft", "limit"), [
    ("Kun je zaterdag helpen met schilderen? Ik kan niet voor de middag.", "niet voor de middag"),
    ("Kunt ge zaterdag helpen verhuizen? Ik kan ni voor de middag.", "ni voor de middag"),
    ("Kun je vrijdag mee naar de notaris? Ik kan niet na vijf uur.", "niet na vijf uur"),
    ("Wil jij woensdag de kleine van de opvang halen? We kunnen pas om zes uur.", "pas om zes uur"),
    ("Sorry dat ik het vraag, maar kun je zondag op de hond passen? Ik kan pas om vier uur terug zijn.",
     "pas om vier uur"),
])
def test_a_limit_said_with_the_writer_first_stays(draft, limit):
    result = shrink(draft)
    assert limit in result.sentence, result.sentence
    assert result.sure


@pytest.mark.parametrize("draft", [
    "Kun je mijn pakje aannemen morgen? Het komt pas na drie uur.",
    "Kun je morgen de meterstanden doorgeven? De monteur is er niet voor tienen.",
])
def test_a_limit_on_when_never_goes_quietly(draft):
    result = shrink(draft)
    limit = re.search(r"(pas na drie uur|niet voor tienen)", draft).group(1)
    assert limit in result.sentence or not result.sure, result.sentence


@pytest.mark.parametrize(("draft", "expected"), [
    ("aub kun je me ophalen", "Kun je me ophalen?"),
    ("alsjeblieft kun je vanavond even bellen", "Kun je vanavond even bellen?"),
    ("svp kunt ge morgen de sleutel brengen", "Kunt ge morgen de sleutel brengen?"),
    ("Alstublieft, kunt u de factuur opnieuw sturen?", "Kunt u de factuur opnieuw sturen?"),
    ("aub mam kun je me ophalen", "Mam, kun je me ophalen?"),
])
def test_a_leading_please_goes(draft, expected):
    result = shrink(draft)
    assert result.sentence == expected
    assert result.sure


@pytest.mark.parametrize(("draft", "opening"), [
    ("Mag ik je iets vragen? Kun je vrijdag mijn planten water geven?", "Mag ik je iets vragen"),
    ("Heb je een fijne verjaardag gehad? Wil je zondag komen eten?", "Heb je een fijne verjaardag gehad"),
    ("Heb je die doos al gezien? Kun je hem morgen naar zolder brengen?", "Heb je die doos al gezien"),
])
def test_an_opening_question_is_a_lead_in_not_a_second_request(draft, opening):
    result = shrink(draft)
    kinds = {f.kind: f.text for f in result.findings}
    assert "meer-vragen" not in kinds, result.findings
    assert kinds.get("aanloop") == opening
    assert result.sure


def test_a_presence_question_still_leads_in():
    result = shrink("Ben je al thuis? Kun je dan de oven aanzetten?")
    assert "meer-vragen" not in {f.kind for f in result.findings}


def test_a_hedge_of_several_words_is_not_called_one_word():
    findings = {f.text: f.explanation for f in shrink("Zou je misschien een beetje kunnen helpen met de tuin?").findings
                if f.kind == "afzwakker"}
    assert findings["misschien"].startswith("Dit woord")
    assert findings["een beetje"].startswith("Deze woorden")
    assert findings["Zou … kunnen"].startswith("Deze woorden")


def test_hedges_of_one_and_several_words_share_one_line_on_screen():
    from rich.console import Console

    from vraaghulp.render.krimp import findings_view

    findings = shrink("Zou je misschien een beetje kunnen helpen met de tuin?").findings
    console = Console(width=100, record=True, color_system=None)
    console.print(findings_view(findings, 100))
    text = console.export_text()
    assert text.count("Afzwakker") == 1
    assert "Dit woord" not in text


def test_one_hedge_of_several_words_on_screen():
    from rich.console import Console

    from vraaghulp.render.krimp import findings_view

    findings = shrink("Kun je een beetje opschieten met het verslag?").findings
    console = Console(width=100, record=True, color_system=None)
    console.print(findings_view(findings, 100))
    assert "Deze woorden maken" in console.export_text()


@pytest.mark.parametrize(("draft", "news", "state"), [
    ("Hoi, ik moet je iets vertellen want mijn vader is gisteren opgenomen en ik zit er doorheen, "
     "kun je morgen de kinderen halen?", "Mijn vader is gisteren opgenomen", "zit er doorheen"),
    ("dag An, ons moeder is opgenomen en ik zie het ni meer zitten, kunt ge morgen de kinderen naar school doen?",
     "ons moeder is opgenomen", "ni meer zitten"),
])
def test_heavy_news_joined_to_the_honest_clause_stays_with_it(draft, news, state):
    result = shrink(draft)
    assert news in result.sentence and state in result.sentence, result.sentence
    assert result.sure


def test_the_writers_own_words_in_crisis_are_not_taken_for_news_about_others():
    draft = ("sorry dat ik zo laat stuur maar ik heb de hele avond aan zelfmoord zitten denken en ik ben bang van "
             "mezelf\neva kun je morgenochtend met me naar de huisarts? ik durf niet alleen\n")
    assert "zelfmoord" in shrink(draft).sentence


@pytest.mark.parametrize("draft", [
    "Wil je de komende weken een beetje extra op hem letten?",
    "Zou u een beetje op Sem willen letten?",
    "Kun je me vanavond een beetje met de aangifte helpen?",
])
def test_een_beetje_before_a_phrase_and_its_verb_is_a_hedge(draft):
    assert "een beetje" not in shrink(draft).sentence


@pytest.mark.parametrize("draft", [
    "Mag ik een beetje geld lenen tot vrijdag?",
    "Mag ik een beetje van je suiker lenen?",
    "Kun je morgen een beetje melk meenemen?",
])
def test_een_beetje_as_an_amount_stays(draft):
    assert "een beetje" in shrink(draft).sentence
