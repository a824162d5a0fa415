"""Round 42 (k42b): what a person in crisis gets back, and small bugs a user would see (issue 12 point 7; the kinds
round 41's reviews found). Real engine calls, several drafts per kind, Dutch and Flemish.

- The writer's own imperative asking the reader to call or fetch help stays an imperative ('Bel iemand nu.', never
  'Bel iemand nu?'), and it is the request: no ready sentence in its place (verbs.py, crisis_plea.calls_help).
- A moment Dutch and Flemish writers use for 'now/soon' ('deze avond', 'dadelijk', 'subiet') gets no second 'nu'
  (krimp.toml [moment] los).
- The writer's facts of here and now (the phone about to die, the train that comes, a number) go back before the ask
  (crisis_facts.py).
- A one-line chat crisis draft cut with ' / ' or ' - ' is read as lines: the greeting goes (crisis_lines.py).
- The practice flow's typed 'juf Anja' named again in lower case is not doubled (about_them.py).
"""

import pytest

from vraaghulp.coach.krimp import composed, shrink


@pytest.mark.parametrize("draft, ask", [
    ("Ik wil er niet meer zijn. Bel iemand nu.", "Bel iemand nu."),
    ("ik wil niet meer leven. bel iemand nu aub", "Bel iemand nu."),
    ("Ik wil er niet meer zijn. Bel iemand.", "Bel nu iemand."),
    ("ik zie het ni meer zitten, ik wil dood. Bel iemand.", "Bel nu iemand."),
    ("Ik kan niet meer, ik wil dood. Bel alsjeblieft iemand.", "Bel alsjeblieft nu iemand."),
    ("ik wil er ni meer zijn. stuur iemand.", "Stuur nu iemand."),
    ("Ik wil er een einde aan maken. Bel de huisarts.", "Bel nu de huisarts."),
    ("ik wil dood. haal hulp aub", "Haal nu hulp."),
])
def test_a_crisis_imperative_stays_an_imperative_and_is_the_request(draft, ask):
    result = shrink(draft)
    assert result.crisis and result.sentence.endswith(ask)
    assert "?" not in result.sentence and "bij me zijn" not in result.sentence


@pytest.mark.parametrize("draft", ["Bel iemand.", "Bel iemand nu.", "Ik ben moe. Haal iemand."])
def test_a_bare_stem_before_iemand_asks_no_question(draft):
    assert not shrink(draft).sentence.endswith("?")


def test_a_real_question_about_iemand_stays_a_question():
    assert shrink("Komt er iemand zaterdag helpen?").sentence.endswith("?")


@pytest.mark.parametrize("draft, moment", [
    ("ik wil er niet meer zijn. KUNT GE DEZE AVOND ES BELLEN?", "DEZE AVOND"),
    ("ik wil er niet meer zijn. kun je deez avond bellen?", "deez avond"),
    ("ik wil dood. kan je zo dadelijk komen?", "zo dadelijk"),
    ("ik wil dood. kan je dadelijk komen?", "dadelijk"),
    ("ik wil dood. kan je onmiddellijk komen?", "onmiddellijk"),
    ("'k wil mezelf iets aandoen. kunde gij subiet naar hier komen?", "subiet"),
    ("ik wil er ni meer zijn. kunt ge dezen avond nog passeren?", "dezen avond"),
    ("ik wil dood. kan je deze nacht bij me blijven?", "deze nacht"),
])
def test_a_moment_the_writer_said_gets_no_second_now(draft, moment):
    result = shrink(draft)
    assert result.crisis and moment in result.sentence
    assert " nu " not in f" {result.sentence} ".lower().replace("?", " ")


def test_the_new_moments_count_outside_crisis_too():
    assert "wanneer" not in shrink("Kun je dadelijk even helpen met de dozen?").missing


@pytest.mark.parametrize("draft, fact", [
    ("Ik wil niet meer. Ik sta op de brug bij het station. Mijn telefoon is bijna leeg. Kun je komen?", "telefoon"),
    ("ik wil niet meer. ik sta op perron 5. de trein komt zo. kun je komen?", "trein"),
    ("ik wil niet meer. ik sta bij het spoor. niemand weet waar ik ben. kun je komen?", "niemand weet"),
    ("ik wil dood. ik sta aan de brug. het is hier donker. kom aub", "donker"),
    ("ik zie het niet meer zitten. ik ben op dit nummer. ik ben er klaar mee", "nummer"),
    ("ik wil er een eind aan maken. ik ben op dit nummer bereikbaar", "nummer"),
    ("ik wil er ni meer zijn. mijn gsm is bijna plat. kunt ge komen?", "gsm"),
])
def test_a_crisis_fact_of_here_and_now_is_kept(draft, fact):
    result = shrink(draft)
    assert result.crisis and fact in result.sentence.lower()
    ask = max(result.sentence.rfind(". "), 0)
    assert result.sentence.lower().find(fact) < ask or result.sentence.endswith("?")  # before the ask


def test_an_apology_dropped_in_crisis_is_no_fact():
    result = shrink("sorry dat ik je stoor. ik wil er niet meer zijn. kun je komen?")
    assert result.crisis and result.sure and "sorry" not in result.sentence.lower()


@pytest.mark.parametrize("draft, expected", [
    ("hee jij / ik wil dood / kom", "Ik wil dood. Kom nu."),
    ("hallo sanne / ik wil niet meer leven / bel me", "Sanne, ik wil niet meer leven. Bel me nu."),
    ("hoi tom / ik kan niet meer / ik wil er niet meer zijn / kun je nu komen",
     "Tom, ik kan niet meer. Ik wil er niet meer zijn. Kun je nu komen?"),
    ("hallo ma - ik wil er ni meer zijn - kunt ge mij komen halen", "Ma, ik wil er ni meer zijn. Kunt ge mij nu komen halen?"),
    ("hey tom - ik wil dood - kom je aub", "Tom, ik wil dood. Kom je nu?"),
])
def test_a_one_line_chat_crisis_draft_is_read_as_lines(draft, expected):
    result = shrink(draft)
    assert result.crisis and result.sentence == expected
    assert "/" not in result.sentence and " - " not in result.sentence


def test_a_slash_outside_crisis_is_left_alone():
    assert "maandag" in shrink("Kun je maandag / dinsdag de kinderen ophalen?").sentence


def test_the_struck_spans_of_a_line_cut_draft_still_point_into_the_draft():
    draft = "hee jij / ik wil dood / kom"
    for a, b in shrink(draft).dropped:
        assert 0 <= a < b <= len(draft)


@pytest.mark.parametrize("person, draft, expected", [
    ("juf Anja", "kan juf anja morgen bellen?", "Juf Anja, kunt u morgen bellen?"),
    ("Juf Anja", "kan juf anja morgen bellen?", "Juf Anja, kunt u morgen bellen?"),
    ("meester Jan", "kan meester jan morgen bellen", "Meester Jan, kunt u morgen bellen?"),
    ("dokter Peeters", "kan dokter peeters mij morgen bellen?", "Dokter Peeters, kunt u mij morgen bellen?"),
    ("tante Els", "kan tante els morgen bellen", "Tante Els, kun je morgen bellen?"),
    ("nonkel Jef", "kan nonkel jef mij morgen bellen?", "Nonkel Jef, kunt ge mij morgen bellen?"),
    ("juf Anja", "kan juf mij morgen bellen?", "Juf Anja, kunt u mij morgen bellen?"),
    ("juf Anja", "Kan juf Anja morgen bellen?", "Juf Anja, kunt u morgen bellen?"),
])
def test_the_typed_person_named_in_lower_case_is_not_doubled(person, draft, expected):
    assert composed(person, draft, None).sentence == expected


@pytest.mark.parametrize("draft", [
    "ik wil er niet meer zijn, ik ben er klaar mee, ik zit in de Kerkstraat 12",
    "ik wil dood, ik ben er echt klaar mee, ik zit in de Stationsstraat 4",
    "ik wil er ni meer zijn, 'k ben op, ik zit op de Grote Markt 3",
])
def test_a_state_after_ik_ben_is_no_introduction_by_address(draft):
    """'ik ben er klaar mee, ik zit in de Kerkstraat 12' read as the writer's identification went in front of the
    name and kept the ready state beside it ('Ik ben er klaar mee, … Mama, het gaat niet goed met me. …')."""
    result = composed("mama", draft, None)
    assert result.crisis and result.sentence.startswith("Mama, ")
    assert "gaat niet goed" not in result.sentence


def test_an_introduction_with_an_address_is_still_one():
    from vraaghulp.coach.krimp.ident import identification

    assert identification("Ik ben huurder op de Bloemgracht 22-2. Kunt u de lekkage bekijken?") is not None


@pytest.mark.parametrize("person, note, expected", [
    ("Tom", "ik wil er niet meer zijn. bel iemand nu", "Tom, ik wil er niet meer zijn. Bel iemand nu."),
    ("mama", "bel iemand, ik wil dood", "Mama, bel nu iemand. Ik wil dood."),
    ("Tom", "deze avond bellen, ik wil er niet meer zijn", "Tom, kun je deze avond bellen? Ik wil er niet meer zijn."),
    ("Tom", "hoi tom / ik wil dood / kom", "Tom, ik wil dood. Kom nu."),
])
def test_the_practice_flow_gives_the_same_crisis_sentence(person, note, expected):
    result = composed(person, note, None)
    assert result.crisis and result.sentence == expected
