"""General rules of the fourth krimp round, on short drafts of our own (not from any corpus)."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import shrink


@pytest.mark.parametrize(("draft", "expected"), [
    # an occasion in front ('als je … komt'): its moment goes into the request, the rest goes
    ("Hoi Bram, als je vrijdag toch langskomt, zou je dan de ladder mee kunnen nemen?",
     "Bram, kun je vrijdag de ladder meenemen?"),
    ("Als je zondag komt, zou je dan misschien de oplader mee kunnen brengen? Thx", "Kun je zondag de oplader meebrengen?"),
])
def test_an_occasion_gives_only_its_moment(draft, expected):
    assert shrink(draft).sentence == expected


@pytest.mark.parametrize("draft", [
    "Als je morgen met de auto naar oma rijdt, kun je dan de taart meenemen?",  # more than a visit
    "Als je morgen ziek bent, kun je dan de sleutel bij de buren leggen?",  # a real condition
])
def test_a_condition_that_says_more_stays(draft):
    result = shrink(draft)
    assert "als je morgen" in result.sentence.lower()


def test_a_list_after_a_colon_goes_before_the_verb_when_it_is_the_object():
    result = shrink("Kun je straks meenemen:\n- melk\n- eieren\n- en een brood\nDank je!")
    assert result.sentence == "Kun je straks melk, eieren en een brood meenemen?"


def test_a_list_after_an_object_follows_a_colon():
    result = shrink("Kun je vanavond de kamer opruimen:\n- de borden\n- de boeken\n- de bekers\nDank je!")
    assert result.sentence == "Kun je vanavond de kamer opruimen: de borden, de boeken en de bekers?"


def test_a_name_after_a_relation_word_does_not_start_a_sentence():
    result = shrink("Kun je zaterdag een bos bloemen voor oom Door halen?")
    assert result.sentence == "Kun je zaterdag een bos bloemen voor oom Door halen?"


def test_an_occasion_inside_the_request_goes_when_the_request_has_a_moment():
    result = shrink("Hoi Mo, kun je morgen als je toch naar de stad gaat misschien mijn pakketje ophalen? Dankjewel!")
    assert result.sentence == "Mo, kun je morgen mijn pakketje ophalen?"


def test_an_occasion_is_the_only_when_without_a_moment_and_stays():
    result = shrink("Hoi Mo, kun je als je toch naar de stad gaat misschien mijn pakketje ophalen? Dankjewel!")
    assert "als je toch naar de stad gaat" in result.sentence


def test_a_row_of_things_after_wat_meenemen_is_the_list():
    result = shrink("zou je morgen misschien wat meenemen van de markt? een brood, appels en kaas. alvast bedankt!")
    assert result.sentence == "Kun je morgen wat meenemen van de markt: een brood, appels en kaas?"


def test_a_sentence_of_its_own_after_wat_is_no_list():
    result = shrink("Zou je morgen misschien wat meenemen van de markt? Er komen vijf gasten en het wordt warm.")
    assert "gasten" not in result.sentence and result.sentence.startswith("Kun je morgen wat meenemen van de markt")


@pytest.mark.parametrize(("draft", "kept"), [
    ("sorry hoor, zou je zaterdag mee willen gaan naar de tandarts? ik durf daar niet alleen heen", "ik durf daar niet alleen heen"),
    ("sorry, kun je vanavond even bellen? 'k heb nen rotdag gehad", "'k Heb nen rotdag gehad"),
    ("Ik zit er deze week echt door. Sorry, zou je morgen misschien kunnen koken?", "Ik zit er deze week echt door"),
])
def test_these_honest_sentences_stay(draft, kept):
    assert kept.lower() in shrink(draft).sentence.lower()


def test_an_elided_word_in_front_capitalises_the_word_after_it():
    result = shrink("sorry, kun je vanavond even bellen? 'k heb nen rotdag gehad")
    assert "'k Heb" in result.sentence


def test_a_reference_takes_the_noun_with_its_place_phrase():
    result = shrink("heb je nog die lader van je oude laptop? mag ik die misschien lenen tot maandag")
    assert "die lader van je oude laptop" in result.sentence


@pytest.mark.parametrize("draft", [
    # 'en' after the question: a limit, or a second request? not sure
    "Hoi Tim, wil je vanavond om 10 uur thuis zijn? En niet meer met de fiets door het bos. Groetjes",
    # a sentence about the writer between the honest sentence and the request
    "Het gaat echt niet goed met me. Ik heb de hele dag in bed gelegen. Kun je me vanavond bellen?",
])
def test_parts_the_engine_cannot_place_make_it_unsure(draft):
    assert not shrink(draft).sure


@pytest.mark.parametrize(("draft", "expected"), [
    # chat without punctuation: a statement run on after the question is a sentence of its own
    ("pap kun je me ff ophalen bij de sporthal de laatste tram is al weg", "Pap, kun je me ophalen bij de sporthal?"),
    ("kan iemand mij de slides van vandaag sturen was ziek sorry", "Kan iemand mij de slides van vandaag sturen?"),
    ("hey Bo kunde gij zondag mijn shift overnemen mijn zus doet haar trouw sorry", "Bo, kunt gij zondag mijn shift overnemen?"),
])
def test_a_statement_run_on_after_the_question_goes(draft, expected):
    assert shrink(draft).sentence == expected


def test_a_date_range_running_on_stays_with_the_question():
    result = shrink("Beste Ans, kunt u mij uiterlijk maandag laten weten of mijn aanvraag voor 2 tot en met 9 mei is goedgekeurd?")
    assert "2 tot en met 9 mei is goedgekeurd" in result.sentence


@pytest.mark.parametrize(("draft", "expected"), [
    ("Hoi Sem, mijn moeder zegt dat papa niet meer alleen mag fietsen. Sorry dat ik het vraag, zou jij zaterdag met hem naar de markt kunnen gaan?",
     "Sem, kun jij zaterdag met papa naar de markt gaan?"),
    ("Dank je dat je voor Bobbie zorgt! Nog iets: kun je haar morgen na 18 uur geen brokjes meer geven? Sorry voor het gedoe",
     "Kun je Bobbie morgen na 18 uur geen brokjes meer geven?"),
])
def test_a_person_named_before_takes_the_place_of_the_pronoun(draft, expected):
    assert shrink(draft).sentence == expected


@pytest.mark.parametrize("draft", [
    # a thing the pronoun stands for is closer than the person
    "Lies heeft griep. Pap, jij zei dat je je ladder niet meer gebruikt. Zou ik hem zaterdag misschien mogen lenen?",
    # the request names the person itself
    "Sorry, wilt u Noah morgen misschien binnen laten blijven als hij nog hoest?",
])
def test_no_person_is_guessed_where_it_is_not_clear(draft):
    result = shrink(draft).sentence
    assert not any(name in result for name in ("Lies", "Noah hoest"))


def test_two_people_before_the_pronoun_leave_it_unsure():
    assert not shrink("Sorry hoor, Tom en Bas zijn ziek. Zou je misschien morgen bij hem langs kunnen gaan?").sure


@pytest.mark.parametrize(("draft", "expected"), [
    # after 'ik' the verb is a stem, also when it ends in -en ('indien'); 'pas maandag' is no verb
    ("Zou u het erg vinden als ik mijn verslag pas dinsdag indien in plaats van maandag?",
     "Mag ik mijn verslag pas dinsdag indienen in plaats van maandag?"),
    ("Sorry, zou je het erg vinden als ik de sleutel pas volgende week terugbreng?",
     "Mag ik de sleutel pas volgende week terugbrengen?"),
])
def test_mind_if_i_becomes_may_i(draft, expected):
    assert shrink(draft).sentence == expected


def test_a_moment_pulled_in_brings_the_event_it_dates():
    result = shrink("Hallo allemaal, voor het zomerfeest van zaterdag zoeken we nog hulp. Wie kan er misschien een taart bakken?")
    assert result.sentence == "Wie kan er voor het zomerfeest van zaterdag een taart bakken?"


def test_a_moment_that_opens_no_event_comes_alone():
    result = shrink("Hallo allemaal, we zoeken voor zaterdag nog hulp. Wie kan er misschien een taart bakken?")
    assert result.sentence == "Wie kan er voor zaterdag een taart bakken?"


@pytest.mark.parametrize(("draft", "expected"), [
    # a limit after one sentence of reasons still belongs to the request
    ("wie kan zaterdag mijn zoon meenemen naar de training? ik moet werken\nwel zonder muziek in de auto, hij wordt snel misselijk",
     "Wie kan zaterdag mijn zoon meenemen naar de training? Wel zonder muziek in de auto."),
    # 'maar op je kantoor' after a limit: 'je' is 'your' there
    ("Sorry, zou je vrijdag misschien met me kunnen praten? Liefst niet aan de telefoon, maar op je kamer.",
     "Kun je vrijdag met me praten? Liefst niet aan de telefoon, maar op je kamer."),
    # 'niet later' is a limit, not a vague time; 'dinsdag om 8 uur' names its day
    ("De bus rijdt niet tot volgende week. Zou je me dinsdag om 8 uur kunnen brengen, en niet later?",
     "Kun je me dinsdag om 8 uur brengen, en niet later?"),
    # 'ahja en niet …' in chat: a limit added after all
    ("kun jij vanavond mijn trui wassen ik ben pas laat thuis ahja en niet in de droger want dan krimpt hij",
     "Kun jij vanavond mijn trui wassen? Niet in de droger."),
])
def test_limits_after_the_request_stay(draft, expected):
    assert shrink(draft).sentence == expected


def test_a_question_is_no_limit():
    result = shrink("Zou je zaterdag misschien een uur achter de bar willen staan? Geen tijd? Geen probleem hoor.")
    assert result.sentence == "Wil je zaterdag een uur achter de bar staan?"


def test_a_question_waiting_for_its_verb_goes_on_past_an_apposition():
    result = shrink("Beste Lies, zou je voor mijn moeder, mevrouw K. Jansen (12-3-1950), een afspraak met de tandarts willen maken? Dank u.")
    assert result.sentence == "Lies, wil je voor mijn moeder, mevrouw K. Jansen (12-3-1950), een afspraak met de tandarts maken?"


def test_feeling_a_nuisance_is_burden_talk():
    result = shrink("Zou jij morgen de kinderen naar school willen brengen? Sorry, ik voel me echt een zeur.")
    assert result.sentence == "Wil jij morgen de kinderen naar school brengen?"


def test_a_kept_limit_loses_its_closing_graag():
    result = shrink("Ik vroeg me af of ik mijn afspraak van dinsdag kan verzetten. Niet naar een vrijdag graag. Alvast bedankt")
    assert result.sentence == "Kan ik mijn afspraak van dinsdag verzetten? Niet naar een vrijdag."


def test_an_added_en_niet_with_content_of_its_own_is_a_second_request():
    result = shrink("Hoi Mees, wil je vanavond om tien uur thuis zijn? En niet meer met de fiets door het park van de wijk, daar is geen licht. Liefs")
    assert result.sentence == "Mees, wil je vanavond om tien uur thuis zijn?"
    assert "door het park van de wijk" in result.second


def test_an_added_en_niet_te_laat_stays_a_limit():
    result = shrink("Sorry, zou je me morgen van het station kunnen halen? En niet te laat.")
    assert result.sentence == "Kun je me morgen van het station halen? En niet te laat." or \
        result.sentence == "Kun je me morgen van het station halen? Niet te laat."


def test_an_inverted_frame_after_verder_is_a_request_of_its_own():
    result = shrink("Beste Jan, zou u tegen vrijdag mijn verslag kunnen nalezen? Verder vroeg ik mij af of ik u de bijlage pas maandag mag sturen. Groeten")
    assert result.sentence == "Jan, kunt u tegen vrijdag mijn verslag nalezen?"
    assert "bijlage" in result.second


def test_a_deadline_said_after_the_question_goes_into_it_and_its_consequence_stays():
    result = shrink("mam kun je mn boek ff naar school brengen?? ligt op mn bureau. moet voor 10u anders mag ik de toets niet maken")
    assert result.sentence == "Mam, kun je voor 10u mn boek naar school brengen? Anders mag ik de toets niet maken."


@pytest.mark.parametrize(("draft", "expected"), [
    ("Katrien, 'k heb het precies wat zwaar de laatste tijd. Zoudt ge deze week eens willen samenzitten?",
     "Katrien, 'k heb het zwaar de laatste tijd. Wilt ge deze week samenzitten?"),
    ("Griet, ik moet je iets zeggen en ik vind het echt moeilijk. Ik heb nodig dat je me morgen belt.",
     "Griet, ik heb nodig dat je me morgen belt."),
])
def test_flemish_hedges_and_a_preamble_go(draft, expected):
    assert shrink(draft).sentence == expected


@pytest.mark.parametrize(("draft", "expected"), [
    ("jongens wie kan morgen de samenvatting van week 2 maken ik moet de hele dag werken sorry",
     "Jongens, wie kan morgen de samenvatting van week 2 maken?"),
    ("hoi kun je de offerte voor de klant nog een keer nakijken volgens mij klopt de korting niet",
     "Kun je de offerte voor de klant nog een keer nakijken?"),
    ("hey Sam ben je er kan jij de planning van vandaag in de groep zetten", "Sam, kan jij de planning van vandaag in de groep zetten?"),
])
def test_chat_without_marks_keeps_only_the_ask(draft, expected):
    assert shrink(draft).sentence == expected


@pytest.mark.parametrize("draft", [
    "Pap, ik voel me er echt rot over, maar zou je me 100 euro kunnen lenen tot vrijdag?",
    "Lies, ik vind dit echt moeilijk. Zou je me zaterdag misschien kunnen helpen verhuizen?",
])
def test_feelings_about_asking_are_burden_talk(draft):
    result = shrink(draft).sentence
    assert "rot" not in result and "moeilijk" not in result


def test_taking_a_day_off_is_the_writer_s_own_act():
    result = shrink("Beste Anna, ik vroeg me af of het mogelijk zou zijn om maandag 3 maart vrij te nemen. Groet")
    assert result.sentence == "Anna, mag ik maandag 3 maart vrij nemen?"


def test_a_quick_question_announced_in_chat_goes():
    result = shrink("ff vraagje kun je morgen de sleutel bij de buren leggen?")
    assert result.sentence == "Kun je morgen de sleutel bij de buren leggen?"


@pytest.mark.parametrize(("draft", "expected"), [
    ("Beste Els, ik vroeg me af of het mogelijk is om mijn verslag een paar dagen later in te leveren.",
     "Els, mag ik mijn verslag een paar dagen later inleveren?"),
])
def test_doing_something_later_is_the_writer_s_own_act(draft, expected):
    assert shrink(draft).sentence == expected
