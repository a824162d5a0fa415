"""Round 33 (k33d): 'die/dat + noun' in the ask for a thing the draft named before with its 'van'/'voor' phrase
becomes that phrase ('die boete' -> 'de boete van 240 euro'); where the phrase is not clear (two of them, a pronoun
owner, the ask's own phrase, a moment noun) the words stay, and a noun after 'die' that the draft names with an
article is never taken for a verb ('die rapporten' is no pronoun 'die'). Drafts written for these tests."""

from vraaghulp.coach.krimp import shrink


def test_die_noun_takes_the_van_phrase_said_before():
    r = shrink("Hoi Joris, ik heb gisteren de rekening van de schilder gekregen. Ik ben heel het weekend weg. "
               "Kun jij die rekening morgen betalen?")
    assert "de rekening van de schilder" in r.sentence
    assert "die rekening" not in r.sentence


def test_a_voor_phrase_and_a_compound_noun_count():
    r = shrink("hee Noor, de planning voor het kamp staat op de drive maar hij is nog rommelig. "
               "kun jij die planning vanavond even nalopen?")
    assert "de planning voor het kamp" in r.sentence
    r = shrink("Beste mevrouw Smits, vorige maand heeft u het huurcontract van de garagebox naar mijn oude adres "
               "gestuurd. Kunt u dat contract nog een keer sturen?")
    assert "het huurcontract van de garagebox" in r.sentence


def test_een_becomes_de_and_a_possessive_stays():
    r = shrink("Geachte heer, in maart heb ik een aanvraag voor een parkeervergunning gedaan. Ik heb nog niets "
               "gehoord. Kunt u die aanvraag nog eens nakijken?")
    assert "de aanvraag voor een parkeervergunning" in r.sentence
    r = shrink("yo Sem ik heb mn lader voor de telefoon bij jou laten liggen. kun je die lader morgen meenemen?")
    assert "mn lader voor de telefoon" in r.sentence


def test_two_phrases_for_the_noun_keep_the_words_and_doubt():
    r = shrink("De cijfers van groep 7 zijn binnen en de cijfers van groep 8 komen later. "
               "Kan iemand die cijfers vrijdag invoeren?")
    assert "die cijfers" in r.sentence
    assert "cijfers van groep 7 cijfers" not in r.sentence
    assert not r.sure


def test_a_pronoun_owner_a_moment_noun_and_the_asks_own_phrase_stay():
    r = shrink("Ik heb de soep voor jou in de vriezer gezet. Kun je die soep zondag meenemen naar opa?")
    assert "die soep" in r.sentence.split(".")[-1]  # the ask keeps its words; the sentence before may stay
    r = shrink("Beste Ans, ik heb een gesprek van maandag om 9 uur bij u. Kunt u dat gesprek van maandag "
               "verplaatsen naar woensdag?")
    assert "gesprek van maandag om 9 uur van maandag" not in r.sentence
    assert "dat gesprek van maandag" in r.sentence  # the ask names its own: nothing is put in
    r = shrink("De training van dinsdag gaat niet door. Kun jij de zaal die dag afzeggen?")
    assert "training van dinsdag" not in r.sentence.split("?")[0].split(".")[-1]


def test_a_phrase_in_a_kept_sentence_is_not_said_twice():
    r = shrink("Lieve Wim, ik heb een brief van de belastingdienst gekregen en ik begrijp er niks van. "
               "Wil je mij helpen om die brief te lezen?")
    assert r.sentence.lower().count("brief van de belastingdienst") <= 1
