"""Round 33 (k33f): the honest sentence on outside text, round three. Short states read as such ('ik zie het nie
meer', 'ik trek het niet meer alleen', 'ik durf da ni alleen', 'ik geraak niet meer buiten', the joined 'volhoud');
a past story that points with its own 'er' is no part of the state after 'en' (pointed.py); 'dit weekend' is no
'dat' that sums up an activity, so the burden sentence is not put back (summed.py). Drafts written for these tests
(not the corpus's), with look-alikes that must stay as they were."""

from vraaghulp.coach.krimp import shrink


def _r(draft: str):
    return shrink(draft)


# --- 'ik zie het niet meer' said alone ------------------------------------------------------------------------------

def test_ik_zie_het_niet_meer_is_the_state_nl():
    r = _r("Hoi Marco, ik zie het gewoon niet meer. Kun jij vrijdag de kas van de vereniging nakijken?")
    assert r.sentence == "Marco, ik zie het niet meer. Kun jij vrijdag de kas van de vereniging nakijken?"
    assert any(f.kind == "staat" for f in r.findings)


def test_ik_zie_het_niet_meer_formal_u():
    r = _r("Geachte mevrouw De Wit, ik zie het niet meer. Kunt u mij vóór 1 juni laten weten wat er nog ontbreekt?")
    assert r.sentence.startswith("Mevrouw De Wit, ik zie het niet meer. Kunt u mij vóór 1 juni")


def test_flemish_nie_meer_after_a_past_story_with_er():
    r = _r("hey Kristof, ik heb er al de halve dag aan gezeten en ik zie het nie meer. zoudt ge vóór vrijdag 12u naar "
           "de aangifte van Verhaeghe willen kijken?")
    assert r.sentence == "Kristof, ik zie het nie meer. Wilt ge vóór vrijdag 12u naar de aangifte van Verhaeghe kijken?"


def test_a_sight_is_no_state():
    for draft in ("Bart, ik zie het niet meer liggen op mijn bureau. Kun je morgen de offerte opnieuw mailen?",
                  "Hey Sam, ik zie het niet meer in de app. Kun je me de link nog eens sturen?",
                  "Kristof, ik zie het niet meer staan op mijn scherm. Wil je naar de aangifte kijken?"):
        r = _r(draft)
        assert not any(f.kind == "staat" for f in r.findings), draft
        assert "zie het" not in r.sentence and not r.sure, draft


# --- a past story with its own 'er' before the state -------------------------------------------------------------------

def test_past_story_pointing_with_er_goes_beside_the_state():
    r = _r("Hoi Rens, ik heb er al drie avonden op zitten zwoegen en ik zit er helemaal doorheen. Kun je zondag naar "
           "mijn scriptie kijken?")
    assert r.sentence == "Rens, ik zit er helemaal doorheen. Kun je zondag naar mijn scriptie kijken?"


def test_flemish_past_story_with_er():
    r = _r("Lies, 'k heb er heel de week mee gezeten en 'k kom er ni meer uit. Kunt ge zaterdag naar mijn "
           "belastingbrief kijken?")
    assert r.sentence == "Lies, 'k kom er ni meer uit. Kunt ge zaterdag naar mijn belastingbrief kijken?"


def test_what_er_stands_for_stays():
    r = _r("Ik heb schulden en ik kom er niet meer uit. Kun je met me mee naar de bank?")
    assert r.sentence.startswith("Ik heb schulden en ik kom er niet meer uit.")
    r = _r("Ik heb een boete gekregen en ik snap er niks van. Kun je morgen even meekijken?")
    assert r.sentence.startswith("Ik heb een boete gekregen en ik snap er niks van.")


# --- 'ik trek het niet meer alleen', 'ik durf da ni alleen', 'ik geraak niet meer buiten', 'volhoud' ----------------------

def test_trek_het_niet_meer_alleen():
    r = _r("Hoi Eva, ik trek het niet meer alleen met de kinderen. Kun jij woensdag de jongste van school halen?")
    assert r.sentence.startswith("Eva, ik trek het niet meer alleen met de kinderen. Kun jij woensdag")
    r = _r("Dag Koen, 'k trek het ni meer alleen. Kunt ge dit weekend de zorg voor ons ma overnemen?")
    assert "trek het ni meer alleen" in r.sentence


def test_durf_da_ni_alleen_is_kept():
    r = _r("Hey Nina, ik durf dat niet alleen. Ga je dinsdag om 9 uur mee naar de tandarts?")
    assert r.sentence == "Nina, ik durf dat niet alleen. Ga je dinsdag om 9 uur mee naar de tandarts?"
    r = _r("Dag Lotte, 'k durf da ni alleen, ge weet hoe ik ben. Gaat ge donderdag mee naar de dokter?")
    assert "durf da ni alleen" in r.sentence and "ge weet" not in r.sentence


def test_someone_else_who_dares_not_is_no_state_of_the_writer():
    r = _r("Hoi Anton, mijn moeder durft dat niet alleen. Kun je dinsdag met haar naar de bank?")
    assert not any(f.kind == "staat" for f in r.findings)
    assert not r.sure


def test_geraak_niet_meer_buiten_and_a_look_alike():
    r = _r("De lift in ons gebouw staat stil en ik woon op de zesde verdieping met een slechte heup. Ik geraak niet meer "
           "buiten. Zoudt u de hersteller nog deze week kunnen laten komen voor de lift?")
    assert "Ik geraak niet meer buiten." in r.sentence and "zesde verdieping" not in r.sentence
    r = _r("Hoi Mark, ik kom niet meer buiten de stad met dat abonnement. Kun je me morgen naar Zeist brengen?")
    assert not any(f.kind == "staat" for f in r.findings)


def test_volhoud_joined_at_the_end():
    r = _r("Beste Ellen, ik merk dat ik het niet meer volhoud. Mag ik volgende week twee dagen thuiswerken?")
    assert r.sentence == "Ellen, ik merk dat ik het niet meer volhoud. Mag ik volgende week twee dagen thuiswerken?"
    r = _r("Hoi Sem, ik weet niet of Tim het volhoudt. Kun jij zaterdag zijn dienst overnemen?")
    assert not any(f.kind == "staat" for f in r.findings)


# --- 'dit weekend' is no 'dat' that sums up: the burden sentence stays out ------------------------------------------

def test_burden_sentence_not_put_back_for_dit_weekend():
    r = _r("hey sofie, hebt ge efkes? 'k zit er serieus doorheen deze week, mijn dochter ligt in 't ziekenhuis. zoudt ge "
           "mijn piketdienst van dit weekend kunnen overnemen of iemand anders vragen? ik wil u nie opzadelen met mijn "
           "gedoe, laat maar weten")
    assert "opzadelen" not in r.sentence and "'k zit er serieus doorheen deze week" in r.sentence
    assert any(f.kind == "last" for f in r.findings)


def test_dat_that_sums_up_still_leans_on_its_chores():
    r = _r("ik wil niet zeuren maar ik doe al weken alle boodschappen en de was, kun jij dat dit weekend doen?")
    assert r.sentence.startswith("Ik doe al weken alle boodschappen en de was.")


# --- look-alikes: a fact, a state of someone else ----------------------------------------------------------------------

def test_a_fact_and_a_state_of_someone_else_are_no_honest_sentence():
    r = _r("Hoi Jan, ik werk tot 18u. Kun jij om half 5 Mila van de opvang halen?")
    assert not any(f.kind == "staat" for f in r.findings)
    r = _r("Hoi Femke, mama is op. Kun jij zondag bij haar gaan eten?")
    assert not any(f.kind == "staat" for f in r.findings)


# --- guilt pointing back at the ask is burden talk; shame about one's own situation stays -----------------------------

def test_guilt_with_daar_goes_as_burden_talk():
    for draft in ("Hoi Mees, ik kan zelf niet mee, ik voel mij daar echt schuldig over. Kun jij zaterdag met opa naar de markt?",
                  "Dag Lien, ik kan ni mee naar de dokter, ik voel me hier wel schuldig bij. Kunt ge donderdag met ons ma gaan?"):
        r = _r(draft)
        assert "schuldig" not in r.sentence, draft
        assert any(f.kind == "last" for f in r.findings), draft


def test_shame_about_ones_situation_stays_the_honest_sentence():
    r = _r("Hoi Bas, ik schaam me dat ik nog steeds niet kan fietsen. Wil je zaterdag met me oefenen?")
    assert r.sentence.startswith("Bas, ik schaam me dat ik nog steeds niet kan fietsen.")
    r = _r("Mijn broer voelt zich daar schuldig over. Kun je hem morgen bellen?")
    assert not any(f.kind == "last" for f in r.findings)
