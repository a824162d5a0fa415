"""Round 42 review (k42r): what the review of k42b's changes found sure and wrong, fixed or made not sure.
Real engine calls on the reviewer's drafts (Dutch and Flemish).

- A: the practice flow's typed person with a title ('juf Anja'): a lone title is the person asked only when no other
  name follows it ('kan juf mij …', not 'kan juf marie …'); two people joined by 'of' stay as written (about_them.py).
- B: in crisis a negated call ('bel geen ambulance', 'bel 112 niet') is never the request and gets no 'nu'; the
  writer's own request ('kom jij', 'ik wil dat je hier bent') wins over a call; when what the writer asked after the
  negated call is lost, not sure (crisis_plea.py, groups.py).
- C: a one-line crisis chat is never cut between numbers, weekdays or two capitalised words; a line read apart that
  went and was more than a greeting, sign-off or name makes the result not sure (crisis_lines.py).
- D: 'deze avond', 'dezen avond', 'deze ochtend', 'dadelijk' … are the ask's own moment: a typed moment that differs
  is not put beside it ('Kun je morgen avond deze …'); the ask keeps its own and is not sure (day_clash.py).
- E: a fact of here and now put back keeps the draft's order ('De tram komt zo. Ik spring.') (crisis_facts.py).
- F: 'ik ben in …' and 'ik ben bij …' can open a real introduction with a birth date or address (ident.py).

Second review (k42r2): a lone title is the person asked only before a pronoun or the end (about_them.py); a negated
call set against another is the writer's own request, a negated call left out is not sure (crisis_plea.py, groups.py);
a kin word on a ' - ' line of its own is the address in front (crisis_lines.py, shrink.py).
"""

import pytest

from vraaghulp.coach.krimp import composed, shrink


@pytest.mark.parametrize("person, draft", [
    ("juf Anja", "kan juf marie morgen bellen over de uitstap?"),
    ("juf Anja", "Kan juf Marie morgen Tim ophalen?"),
    ("Juf Anja", "kan juf marie morgen bellen"),
    ("Juf Anja", "Kan juf Marie morgen bellen?"),
    ("tante Els", "kan tante mia zaterdag op de kinderen passen"),
    ("meester Jan", "kan meester tom het zwemgeld terugstorten"),
    ("dokter Peeters", "kan dokter janssens mijn dossier krijgen"),
    ("mevrouw Janssens", "kan mevrouw de vries de sleutel afgeven"),
    ("meneer Peeters", "kan meneer de smet de factuur sturen"),
    ("oma Riet", "kan oma mia de taart bakken"),
    ("buurvrouw Ria", "kan buurvrouw els de planten water geven"),
    ("nonkel Jos", "kan nonkel jef de haag snoeien"),
    ("juf Anja", "kan juf sofie de turnles geven nu juf anja ziek is"),
])
@pytest.mark.parametrize("moment", [None, "zaterdag"])
def test_a_another_name_after_the_title_is_a_third_person(person, draft, moment):
    other = draft.split()[2]  # 'marie', 'Marie', 'mia', 'de' (de vries) …
    for result in (shrink(draft, person=person, moment=moment), composed(person, draft, moment)):
        words = result.sentence.lower().split()
        title = draft.split()[1].lower()
        assert not result.sure or f"{title} {other.lower()}" in result.sentence.lower(), result.sentence
        assert not result.sure or ("u" not in words and "je" not in words and "ge" not in words), result.sentence


@pytest.mark.parametrize("person, draft", [
    ("juf Anja", "kan juf anja of juf marie de uitstap regelen"),
    ("tante Els", "kan tante els of tante mia de kinderen ophalen"),
])
def test_a_two_people_joined_by_of_are_not_turned_into_one_asked(person, draft):
    for moment in (None, "zaterdag"):
        result = shrink(draft, person=person, moment=moment)
        assert not result.sure or ("kunt u of" not in result.sentence and "kun je of" not in result.sentence)
        assert "u zaterdag of" not in result.sentence and "je zaterdag of" not in result.sentence


@pytest.mark.parametrize("person, draft, asked", [
    ("juf Anja", "kan juf anja morgen bellen over de uitstap?", "Juf Anja, kunt u morgen bellen over de uitstap?"),
    ("Juf Anja", "kan juf anja het rapport doorsturen", "Juf Anja, kunt u het rapport doorsturen?"),
    ("tante Els", "kan tante els zaterdag op de kinderen passen", "Tante Els, kun je zaterdag op de kinderen passen?"),
    ("meester Jan", "kan meester jan de foto's doorsturen", "Meester Jan, kunt u de foto's doorsturen?"),
    ("dokter Peeters", "kan dokter mij een attest geven", "Dokter Peeters, kunt u mij een attest geven?"),
    ("tante Els", "kan tante me zaterdag ophalen", "Tante Els, kun je me zaterdag ophalen?"),
    ("meester Jan", "kan meester jan meester tom vervangen", "Meester Jan, kunt u meester tom vervangen?"),
])
def test_a_the_typed_name_or_a_lone_title_is_still_the_person_asked(person, draft, asked):
    result = shrink(draft, person=person)
    assert result.sentence == asked and result.sure


@pytest.mark.parametrize("person, draft", [
    ("mevrouw Janssens", "kan mevrouw van dijk de sleutel brengen"),
    ("mevrouw Janssens", "kan mevrouw Van Dijk de sleutel brengen"),
    ("meneer Peeters", "kan meneer van de bakker het brood leveren"),
    ("meneer Peeters", "kan meneer van der meer de factuur sturen"),
    ("juf Anja", "kan juf de smet de brief meegeven"),
    ("juf Anja", "kan juf van damme de brief meegeven"),
    ("dokter Peeters", "kan dokter van wachtdienst mij bellen"),
    ("dokter Peeters", "kan dokter van den bossche mij terugbellen"),
    ("tante Els", "kan tante van papa de taart bakken"),
    ("oma Riet", "kan oma voor mia de taart bakken"),
    ("juf Anja", "kan juf bij tom de brief meegeven"),
    ("juf Anja", "kan juf ook morgen bellen"),
    ("nonkel Jos", "kan nonkel de auto ophalen"),
    ("oma Riet", "kan oma de kinderen ophalen"),
    ("tante Els", "kan tante morgen Mia ophalen"),
])
@pytest.mark.parametrize("moment", [None, "vrijdag"])
def test_a2_a_lone_title_before_anything_but_a_pronoun_stays_a_third_person(person, draft, moment):
    """Second review (k42r2): 'van', 'de', 'voor', 'ook' … after a lone title may start another name ('mevrouw van
    dijk', 'juf de smet') or a relation ('tante van papa'): the title is not turned into 'u'/'je'."""
    title, following = draft.split()[1], draft.split()[2]
    for result in (shrink(draft, person=person, moment=moment), composed(person, draft, moment)):
        words = result.sentence.lower().replace("?", "").split()
        kept = f"{title} {following}".lower() in result.sentence.lower() or following in ("morgen",)
        assert not result.sure or (kept and title in words), result.sentence
        assert not result.sure or not {"u", "je", "ge"} & set(words), result.sentence


@pytest.mark.parametrize("draft", [
    "ik wil niet meer. bel de politie niet.",
    "ik wil dood. bel 112 niet.",
    "ik wil dood. stuur geen hulp.",
    "ik wil niet meer leven. bel mijn ouders niet aub",
    "ik wil dood. bel aub niet de politie",
    "ik wil dood. bel nooit meer iemand voor mij.",
    "ik heb te veel pillen genomen. bel de ambulance niet, ik wil alleen dat je komt",
    "ik heb alle pillen genomen. bel geen ambulance. ik wil gewoon dat je hier bent",
    "Ik wil er een einde aan maken. Haal de politie er niet bij. Kun je me bellen?",
    "ik wil niet meer leven. bel de politie niet. kom jij alsjeblieft",
    "ik wil dood. bel 112 niet maar kom zelf",
    "ik wil er een einde aan maken. stuur de politie niet, praat gewoon met me",
])
def test_b_a_negated_call_is_never_the_request(draft):
    result = shrink(draft)
    low = result.sentence.lower()
    assert result.crisis
    for said in ("politie niet", "112 niet", "geen hulp", "geen ambulance", "ambulance niet", "ouders niet",
                 "niet de politie", "nooit meer", "er niet bij"):
        assert said not in low, result.sentence
    assert "bel nu" not in low and "stuur nu" not in low


@pytest.mark.parametrize("draft, own", [
    ("ik wil niet meer leven. bel de politie niet. kom jij alsjeblieft", "kom jij"),
    ("ik heb alle pillen genomen. bel geen ambulance. ik wil gewoon dat je hier bent", "hier bent"),
    ("Ik wil er een einde aan maken. Haal de politie er niet bij. Kun je me bellen?", "kun je me"),
    ("ik wil niet meer. bel 112. ik wil dat je hier bent", "hier bent"),
    ("ik wil dood. bel iemand. kom jij alsjeblieft", "kom jij"),
])
def test_b_the_writers_own_request_wins_over_a_call(draft, own):
    assert own in shrink(draft).sentence.lower()


@pytest.mark.parametrize("draft", ["ik wil dood. bel 112 niet maar kom zelf",
                                   "ik wil er een einde aan maken. stuur de politie niet, praat gewoon met me"])
def test_b_the_own_ask_after_a_negated_call_lost_is_not_sure(draft):
    result = shrink(draft)
    assert result.sure is False or "kom zelf" in result.sentence.lower() or "praat" in result.sentence.lower()


@pytest.mark.parametrize("draft, ask", [
    ("ik wil niet meer leven. bel iemand nu.", "Bel iemand nu."),
    ("ik wil dood. bel aub iemand, maar niet de politie", "Bel nu iemand, maar niet de politie."),
    ("ik wil niet meer leven. bel de huisarts als het morgen niet beter is.",
     "Bel de huisarts als het morgen niet beter is."),
])
def test_b_a_call_for_help_with_a_negation_elsewhere_stays_the_request(draft, ask):
    assert shrink(draft).sentence.endswith(ask)


@pytest.mark.parametrize("draft, kept", [
    ("ik wil niet meer leven - ik ben ma - vr alleen thuis - kom je", "ma - vr"),
    ("ik wil er een einde aan maken - mijn nummer is 0471 - 22 33 44 - bel me", "0471 - 22 33 44"),
    ("ik wil niet meer leven / ik ben van 9 - 17 op het werk / bel me na 17u", "9 - 17"),
    ("ik wil niet meer leven - ik ben om 8 - 9 uur thuis - kom dan", "8 - 9 uur"),
    ("ik wil dood - ik ben bij Jan - Kerkstraat 4 - kom nu", "Jan - Kerkstraat 4"),
])
def test_c_no_line_break_between_numbers_days_or_a_name(draft, kept):
    from vraaghulp.coach.krimp import crisis_lines

    assert kept in crisis_lines.broken(draft)
    result = shrink(draft)
    assert result.sure is False or kept in result.sentence


@pytest.mark.parametrize("draft, place", [
    ("ik wil dood - ik zit in de auto - parking Delhaize - kom", "delhaize"),
    ("ik wil dood - Gent Sint-Pieters - perron 5 - kom", "perron"),
    ("ik wil dood - kamer 12 - 3de verdiep - kom", "verdiep"),
    ("Ik wil dood - ik zit thuis - de deur is open - kom binnen", "deur"),
    ("ik wil dood / niet bellen / gewoon sms'en", "sms"),
])
def test_c_a_line_read_apart_that_went_makes_it_not_sure(draft, place):
    result = shrink(draft)
    assert result.crisis and (result.sure is False or place in result.sentence.lower())


@pytest.mark.parametrize("draft, asked", [
    ("hee / ik wil dood / bel me", "Ik wil dood. Bel me nu."),
    ("ik denk aan zelfmoord / mama / papa / kom aub", "Mama, ik denk aan zelfmoord. Kom nu."),  # k42r2: the address
    ("ik wil dood / kom naar huis / niet naar het werk", "Ik wil dood. Kom nu naar huis. Niet naar het werk."),
])
def test_c_a_greeting_or_name_line_may_go_while_sure(draft, asked):
    result = shrink(draft)
    assert result.sentence == asked and result.sure


@pytest.mark.parametrize("draft, typed, own", [
    ("Kun je deze avond de kinderen ophalen?", "morgen", "deze avond"),
    ("Kun je deze middag de auto brengen?", "vrijdag", "deze middag"),
    ("Kunt ge deze namiddag de fiets brengen?", "morgen", "deze namiddag"),
    ("Kun je deze avond de kinderen ophalen?", "vanavond", "deze avond"),
    ("Kun je de kinderen deze avond ophalen?", "zaterdag", "deze avond"),
    ("Kunt ge dezen avond de kinderen halen?", "maandag", "dezen avond"),
    ("Kun je deze ochtend de hond uitlaten?", "morgen", "deze ochtend"),
    ("Kun je dadelijk de kinderen ophalen?", "morgen", "dadelijk"),
])
def test_d_this_part_of_day_moves_as_one_and_another_typed_moment_is_not_sure(draft, typed, own):
    for result in (shrink(draft, moment=typed), composed("tante Els", draft, typed)):
        assert own in result.sentence, result.sentence
        assert result.sure is False, result.sentence


@pytest.mark.parametrize("draft", ["Kun je deze avond de kinderen ophalen?", "Kunt ge dezen avond de kinderen halen?"])
def test_d_the_same_moment_typed_or_none_stays_sure(draft):
    own = " ".join(draft.split()[2:4])
    for typed in (None, own):
        result = shrink(draft, moment=typed)
        assert result.sentence == draft and result.sure


@pytest.mark.parametrize("draft, first, then", [
    ("ik wil dood. de tram komt zo. ik spring. bel me", "De tram komt zo.", "Ik spring."),
    ("ik wil dood. Het is hier koud. Ik heb de pillen bij me. Kom je?", "Het is hier koud.", "Ik heb de pillen bij me."),
])
def test_e_a_fact_put_back_keeps_the_drafts_order(draft, first, then):
    sentence = shrink(draft).sentence
    assert first in sentence and then in sentence
    assert sentence.index(first) < sentence.index(then), sentence


@pytest.mark.parametrize("draft, data", [
    ("Goedemorgen, ik ben in behandeling bij dokter Smit (geb. 3-4-1960). Kunt u mij terugbellen?", "3-4-1960"),
    ("Hallo, ik ben bij u patiënt, Jan de Vries, Kerkstraat 12. Kunt u mij bellen?", "Kerkstraat 12"),
])
def test_f_in_and_bij_open_a_real_introduction(draft, data):
    from vraaghulp.coach.krimp.ident import identification

    found = identification(draft)
    assert found is not None and found[1].endswith(data)
    assert data in shrink(draft).sentence


# Second review (k42r2), 2: a negated call set against a call to someone else is the writer's own request.
# Round 43 (k43c): the wanted call goes first with the 'nu' and the negated one after it ('Bel nu mijn tante, niet mijn
# ouders.'; crisis_against.py), so the last three keep both calls in that order; what is asserted is unchanged.
@pytest.mark.parametrize("draft, kept", [
    ("ik wil dood. bel mijn broer, niet de politie.", "mijn broer, niet de politie"),
    ("ik wil dood. bel mijn zus, niet mijn ouders", "mijn zus, niet mijn ouders"),
    ("ik wil niet meer leven. bel mijn ouders niet, wel mijn tante.", "mijn tante, niet mijn ouders"),
    ("ik wil dood. bel niet de politie maar mijn broer.", "mijn broer, niet de politie"),
    ("ik wil dood. bel de ambulance niet maar mijn broer", "mijn broer, niet de ambulance"),
])
def test_r2_a_call_to_the_other_one_is_kept_or_not_sure(draft, kept):
    result = shrink(draft)
    assert result.crisis
    assert not result.sure or kept in result.sentence.lower(), result.sentence
    assert "bij me zijn" not in result.sentence or not result.sure, result.sentence


@pytest.mark.parametrize("draft", [
    "ik wil niet meer. bel de politie niet.",
    "ik wil dood. stuur geen hulp.",
    "ik wil dood. bel niemand.",
    "ik wil dood. bel 112 niet maar kom zelf",
    "ik wil dood. geen politie bellen, wel mijn broer.",
    "ik wil er een einde aan maken. stuur de politie niet, praat gewoon met me",
])
def test_r2_a_negated_call_left_out_is_not_sure(draft):
    result = shrink(draft)
    assert result.crisis and result.sure is False, result.sentence


# Second review (k42r2), 3: a kin word on a line of its own in a one-line chat is who the message is for.
@pytest.mark.parametrize("draft, asked", [
    ("ik wil dood - mama - kom je", "Mama, ik wil dood. Kom je nu?"),
    ("ik wil dood - papa - bel me", "Papa, ik wil dood. Bel me nu."),
    ("ik denk aan zelfmoord / mama / papa / kom aub", "Mama, ik denk aan zelfmoord. Kom nu."),
    ("ik wil dood - sorry papa - kom", "Papa, ik wil dood. Kom nu."),
])
def test_r2_a_kin_line_is_the_address_in_front(draft, asked):
    result = shrink(draft)
    assert result.crisis
    assert result.sentence == asked or result.sure is False, result.sentence


@pytest.mark.parametrize("draft", ["ik wil dood - Jan - kom", "ik wil dood / Jan / kom"])
def test_r2_a_name_line_dropped_is_not_sure(draft):
    result = shrink(draft)
    assert result.crisis and (result.sure is False or "Jan" in result.sentence), result.sentence


# Lead (round 42, from the second review's list of older faults): 'zo snel als je kunt' compares; it is part of the
# ask, no escape hatch and no hedge. Cut as a hatch it took the verb with it, sure: 'Kun je me zo snel?'.
@pytest.mark.parametrize("draft, verb", [
    ("Kun je me zo snel als je kunt terugbellen?", "terugbellen"),
    ("Kun je me zo rap als ge kunt terugbellen?", "terugbellen"),
    ("Kun je zo vlug als je kan de sleutel brengen?", "brengen"),
    ("Kun je de offerte zo snel als mogelijk sturen?", "sturen"),
    ("Kun je de hond houden zo lang als je wilt?", "houden"),
])
def test_lead_a_comparison_with_als_keeps_the_verb(draft, verb):
    result = shrink(draft)
    assert verb in result.sentence or result.sure is False, result.sentence
    assert "zo" in result.sentence.split() or result.sure is False, result.sentence


@pytest.mark.parametrize("draft", ["Kun je me terugbellen als je kunt?", "kun je zaterdag helpen, als je kunt"])
def test_lead_als_je_kunt_without_zo_is_still_a_hatch(draft):
    assert "als je kunt" not in shrink(draft).sentence


# Lead (round 42): a typed moment never goes inside a name ('Kan mevrouw Van vrijdag Dijk …', sure) and is never lost
# while sure when it has no place ('Kan mevrouw van der Berg de sleutel brengen?' + 'morgen' gave the ask without it).
@pytest.mark.parametrize("person, draft, moment", [
    ("mevrouw Janssens", "Kan mevrouw Van Dijk de sleutel brengen?", "vrijdag"),
    ("Jan", "Kan meneer De Vries de sleutel brengen?", "morgen"),
    ("Jan", "Kan mevrouw van der Berg de sleutel brengen?", "morgen"),
])
def test_lead_a_typed_moment_never_splits_a_name_nor_goes_while_sure(person, draft, moment):
    result = shrink(draft, person=person, moment=moment)
    assert f"Van {moment} Dijk" not in result.sentence and f"De {moment} Vries" not in result.sentence
    assert moment in result.sentence or result.sure is False, result.sentence


def test_lead_a_typed_moment_still_goes_after_a_plain_name():
    assert shrink("Kan tante Mia de sleutel brengen?", person="Jan", moment="morgen").sentence == (
        "Jan, kan tante Mia morgen de sleutel brengen?")
