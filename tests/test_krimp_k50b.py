"""Round 50 (k50b): indirect frames still left untouched, leave asked in a frame, and words read as a name.

- 'ik zit te denken / ik zat (zit) te twijfelen of [je|jij|ge|gij|u] … zou(dt) kunnen|willen INF' -> 'Kun je / Kunt ge /
  Kunt u … INF?' (the verb forms of each voice); twijfelen about oneself ('of ik …') is no request and stays;
- '(ik wilde vragen) of het oké / goed / prima is als ik … V' -> 'Mag ik … INF?' when the infinitive is certain;
  otherwise the writer's own words, not sure;
- 'of je dat leuk zou vinden', 'of je zou weten …': no 'Kun je … vinden/weten?' (zou_state.py);
- a verb is never part of the name of the person addressed ('bro ligt mn oplader …?'), a kin word before a verb
  and 'dat' is a subject ('mama wil dat …'), an interjection is never a name (name_verb.py).
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import shrink


def _sure(draft: str) -> tuple[str, bool]:
    r = shrink(draft)
    return r.sentence, bool(r.sure)


# -- frames of thinking and doubting made direct, per voice ------------------------------------------------------

@pytest.mark.parametrize("draft, want", [
    # Netherlands: je / jij
    ("Ik zit te denken of jij woensdagmiddag Noor uit school zou kunnen halen.",
     "Kun jij woensdagmiddag Noor uit school halen?"),
    ("Ik zat te twijfelen of je zaterdag de kast zou kunnen ophalen.", "Kun je zaterdag de kast ophalen?"),
    ("ik zit te twijfelen of jij morgen de hond zou willen uitlaten", "Wil jij morgen de hond uitlaten?"),
    ("Ik zit te denken of jullie zaterdag de tafels zouden kunnen klaarzetten.",
     "Kunnen jullie zaterdag de tafels klaarzetten?"),
    # Flemish: ge / gij with 'zoudt'
    ("Ik zit te denken of gij vanaf volgende maand de woensdagen zoudt kunnen overnemen.",
     "Kunt gij vanaf volgende maand de woensdagen overnemen?"),
    ("Ik zit te denken of ge morgen de kinderen zoudt kunnen halen.", "Kunt ge morgen de kinderen halen?"),
    ("Ik zat te twijfelen of gij vrijdag mijn pakske zoudt willen meenemen.",
     "Wilt gij vrijdag mijn pakske meenemen?"),
    ("Ik zat eraan te denken of ge zaterdag zoudt willen helpen.", "Wilt ge zaterdag helpen?"),
    # formal u
    ("Ik zat te twijfelen of u volgende week de offerte zou kunnen sturen.",
     "Kunt u volgende week de offerte sturen?"),
    ("Ik zit te twijfelen of u woensdag de meterstand zou kunnen doorgeven.",
     "Kunt u woensdag de meterstand doorgeven?"),
])
def test_thinking_and_doubting_frames_become_the_direct_question(draft: str, want: str) -> None:
    sentence, sure = _sure(draft)
    assert sentence == want
    assert sure


def test_the_frame_after_a_name_and_a_state_keeps_both() -> None:
    sentence = shrink("Hoi Lies, ik ben echt kapot. Ik zit te denken of jij woensdagmiddag Noor uit school "
                      "zou kunnen halen.").sentence
    assert "Kun jij woensdagmiddag Noor uit school halen?" in sentence
    assert sentence.startswith("Lies")
    assert "zit te denken" not in sentence


@pytest.mark.parametrize("draft", [
    "Ik zit te twijfelen of ik morgen naar de les ga.",  # doubt about oneself
    "Ik zat te twijfelen of ik dit bericht moet sturen.",
    "Ik zit te denken of ik dit moet sturen.",
    "Ik zit te twijfelen of het morgen zou regenen.",  # a wonder about the weather
    "Ik zit er al een tijdje over te twijfelen of ik ontslag neem.",
])
def test_doubting_about_oneself_or_the_weather_stays_as_written(draft: str) -> None:
    sentence, sure = _sure(draft)
    assert sentence == draft
    assert not sure


@pytest.mark.parametrize("draft", [
    "Ik vroeg me af of het zou regenen.",
    "ik vroeg me af of het zou regenen",
    "Ik zat te denken of het zou regenen.",
])
def test_a_wonder_about_the_weather_is_no_request(draft: str) -> None:
    sentence, sure = _sure(draft)
    assert not sure
    assert not sentence.lower().startswith(("kun", "kan", "wil", "mag", "kunt", "wilt"))
    assert "regenen" in sentence


# -- leave asked in 'of het oké is als ik …' --------------------------------------------------------------------

@pytest.mark.parametrize("draft, want", [
    ("Ik wilde vragen of het oké is als ik vrijdag eerder wegga voor de diploma-uitreiking van mijn dochter.",
     "Mag ik vrijdag eerder weggaan voor de diploma-uitreiking van mijn dochter?"),
    ("Ik vroeg me af of het goed is als ik morgen thuis werk.", "Mag ik morgen thuiswerken?"),
    ("Ik wou vragen of het goed is als ik morgen wat later kom.", "Mag ik morgen wat later komen?"),
    ("Ik wou vragen of het oké is als ik zaterdag mijn vriendin meebreng.",
     "Mag ik zaterdag mijn vriendin meebrengen?"),
    ("Ik vroeg mij af of het prima is als ik vrijdag naar huis ga.", "Mag ik vrijdag naar huis gaan?"),
])
def test_whether_it_is_fine_if_i_becomes_may_i(draft: str, want: str) -> None:
    sentence, sure = _sure(draft)
    assert sentence == want
    assert sure


def test_the_let_off_after_the_leave_frame_goes() -> None:
    sentence = shrink("Ik wilde eigenlijk vragen of het misschien oké is als ik vrijdag eerder wegga voor de "
                      "diploma-uitreiking van mijn dochter, maar ik snap het als het niet kan").sentence
    assert sentence == "Mag ik vrijdag eerder weggaan voor de diploma-uitreiking van mijn dochter?"


@pytest.mark.parametrize("draft", [
    "Ik wilde vragen of het goed is als ik volgende week een week plant.",  # 'plant': planten or plannen
    "Ik vroeg me af of het oké is als ik in de zomer een week plant.",
])
def test_an_uncertain_infinitive_leaves_the_frame_and_says_not_sure(draft: str) -> None:
    sentence, sure = _sure(draft)
    assert sentence == draft
    assert not sure


@pytest.mark.parametrize("draft", [
    "Ik vroeg me af of het goed is als ik morgen thuis werk.",
    "Ik vroeg me af of het prima is als ik vrijdag vrij neem.",
    "Ik vroeg me af of het goed is als ik de auto van u leen.",
])
def test_the_leave_frame_never_leaves_a_bare_if_clause(draft: str) -> None:
    assert not shrink(draft).sentence.startswith("Als ")


# -- 'zou' with a verb of a state or a judgement ------------------------------------------------------------------

@pytest.mark.parametrize("draft", [
    "Ik vroeg me af of je dat leuk zou vinden.",
    "Ik zit te twijfelen of je dat leuk zou vinden.",
    "Ik vroeg me af of je zou weten hoe dat moet.",
    "Ik vroeg me af of u zou weten waar de sleutel ligt.",
    "Ik zat te denken of ge dat erg zoudt vinden.",
    "Ik vroeg me af of je zaterdag thuis zou zijn.",  # was 'Kun je zaterdag thuiszijn?', sure
])
def test_zou_with_a_judging_verb_is_never_made_can(draft: str) -> None:
    sentence, sure = _sure(draft)
    assert not sure
    assert not sentence.lower().startswith(("kun ", "kunt ", "kan "))


@pytest.mark.parametrize("draft, want", [
    ("Ik vroeg me af of je morgen zou komen.", "Kun je morgen komen?"),
    ("Ik vroeg me af of je zaterdag even naar de kat zou kijken.", "Kun je zaterdag even naar de kat kijken?"),
])
def test_zou_with_an_act_is_still_made_can(draft: str, want: str) -> None:
    assert shrink(draft).sentence == want


# -- a verb or an interjection is never a name ----------------------------------------------------------------------

@pytest.mark.parametrize("draft, name", [
    ("bro ligt mn oplader nog bij jou op de kamer? kan je die vanavond bij de deur leggen ik kom pas om 11 thuis sry",
     "Bro"),
    ("Sanne ligt mijn jas nog bij jou? kun je die meenemen", "Sanne"),
    ("gast staat mijn fiets nog bij jou? kun je die morgen meenemen", "Gast"),
    ("bro staat mijn fiets nog bij jou? kun je die morgen meenemen", "Bro"),
])
def test_the_verb_after_a_call_opens_the_question_and_is_no_name(draft: str, name: str) -> None:
    sentence = shrink(draft).sentence
    assert sentence.startswith(name + ", ")
    head = sentence.split(",")[0]
    assert len(head.split()) == 1


@pytest.mark.parametrize("draft", [
    "hey kan je morgen bellen?",
    "ey kun je morgen bellen",
    "hey wat een dag. kun je vanavond koken?",
])
def test_an_interjection_is_never_the_name(draft: str) -> None:
    sentence = shrink(draft).sentence
    assert not sentence.lower().startswith(("hey", "ey"))
    assert sentence.startswith(("Kan je", "Kun je"))


@pytest.mark.parametrize("draft, kept", [
    ("Papa ligt in 't ziekenhuis en 'k ben er echt nie gerust in. Kan er iemand morgen bij hem zitten?",
     "Papa ligt in 't ziekenhuis"),
    ("Sanne ligt in het ziekenhuis. Kun jij morgen komen?", "Sanne ligt in het ziekenhuis."),
])
def test_a_statement_keeps_its_subject_before_the_verb(draft: str, kept: str) -> None:
    assert shrink(draft).sentence.startswith(kept)


@pytest.mark.parametrize("draft, kept", [
    ("ey Arne. gij weet toch da ik zaterdag naar da festival in Wevelgem ga met Lotte. mama wil dat er iemand mij om "
     "middernacht komt halen aan de ingang. kunde gij da doen? sorry, ik weet dat ge liever uitgaat.",
     "mama wil dat er iemand"),
    ("Hoi Arne. Mama wil dat er iemand mij om middernacht komt halen. Kun jij dat doen? Sorry, ik weet dat je "
     "liever uitgaat.", "mama wil dat er iemand"),
    ("Hoi Arne. Papa wil dat ik om tien uur thuis ben. Kun jij dat regelen? Sorry, ik weet dat je liever uitgaat.",
     "papa wil dat ik"),
])
def test_a_kin_word_before_a_verb_and_dat_is_the_subject(draft: str, kept: str) -> None:
    sentence = shrink(draft).sentence
    assert kept in sentence.lower()
    assert ", wil dat" not in sentence


@pytest.mark.parametrize("draft, want", [
    ("mama kun je morgen bellen", "Mama, kun je morgen bellen?"),
    ("mama wil je morgen bellen?", "Mama, wil je morgen bellen?"),
    ("bro kan je morgen bellen", "Bro, kan je morgen bellen?"),
    ("sanne kun je morgen bellen", "Sanne, kun je morgen bellen?"),
])
def test_a_call_before_an_asking_verb_stays_the_call(draft: str, want: str) -> None:
    assert shrink(draft).sentence == want
