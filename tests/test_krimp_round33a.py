"""Round 33 (k33a): the writer's own wrong verb form that opens the ask ('wilt je', 'kunt jij'), and an object pronoun
in the ask whose thing the engine cannot tell (a nearer thing after a preposition, people beside it, words read as a
noun phrase): the right noun, or the pronoun kept and the result not sure. Drafts written for these tests."""

from vraaghulp.coach.krimp import shrink
from vraaghulp.coach.krimp.verb_form import mended


# --- verb_form.py ------------------------------------------------------------------------------------------------

def test_wilt_je_and_kunt_jij_that_open_the_ask_lose_their_t():
    assert mended("Lies, wilt je morgen de hond uitlaten?") == "Lies, wil je morgen de hond uitlaten?"
    assert mended("Kunt jij me om 5 uur bellen?") == "Kun jij me om 5 uur bellen?"
    assert mended("en wilt je ook brood meenemen?") == "en wil je ook brood meenemen?"
    assert mended("Wanneer kunt je langskomen?") == "Wanneer kun je langskomen?"
    assert mended("KUNT JE KOMEN?") == "KUN JE KOMEN?"


def test_kunt_jullie_becomes_kunnen_jullie():
    assert mended("Jongens, kunt jullie zaterdag helpen?") == "Jongens, kunnen jullie zaterdag helpen?"
    assert mended("Wilt jullie iets drinken?") == "Willen jullie iets drinken?"


def test_right_forms_and_a_verb_after_its_subject_stay():
    for s in ("Wilt u mij terugbellen?", "Kunt ge dat doen?", "Kunt gij morgen komen?", "Wilt ge da regelen?",
              "Jij kunt je eigen fiets pakken.", "Mijn zus kunt je morgen bellen.", "Als je wilt je kunt ook komen.",
              "Kuntje dat?"):
        assert mended(s) == s


def test_the_whole_engine_offers_wil_je():
    r = shrink("hoi Kees wij zijn van 3 tot 10 augustus weg. wilt je misschien de post uit de bus halen?")
    assert "wil je" in r.sentence.lower() and "wilt je" not in r.sentence.lower()


# --- ref_guard.py (referent.find) --------------------------------------------------------------------------------

def test_a_thing_named_nearer_after_a_preposition_is_what_die_stands_for_not_sure():
    r = shrink("Beste meneer Peters, mijn hoofd zit vol. Ik ben net begonnen aan de scriptie over Europa. "
               "Mag ik die een week later inleveren?")
    assert "de scriptie over Europa" in r.sentence
    assert "mijn hoofd inleveren" not in r.sentence.lower()
    assert not r.sure


def test_waiting_for_a_thing_counts_a_place_does_not():
    r = shrink("Hoi Sam, mijn auto is stuk. Ik zit te wachten op het pakket van de drogist. Kun je dat morgen ophalen?")
    assert "het pakket van de drogist" in r.sentence
    r = shrink("Hoi Laura, mijn fiets staat nog bij jou voor de deur. Ik was gisteren bij de tandarts. "
               "Kun je die morgen binnenzetten?")
    assert "tandarts binnen" not in r.sentence.lower()


def test_people_beside_the_thing_keep_the_pronoun():
    r = shrink("Hey Jet, de jongens zijn ziek en mijn vriend is weg tot zondag. Kun je die morgen naar opa brengen?")
    assert "mijn vriend naar" not in r.sentence.lower() and "zijn ziek naar" not in r.sentence.lower()
    assert " die " in r.sentence
    assert not r.sure


def test_a_moment_after_het_is_no_noun_phrase():
    r = shrink("Dag Ine, ik had het gisteren nog over het trouwboek van Bert. Hebt gij dat nog?")
    assert "het gisteren nog?" not in r.sentence.lower()


def test_two_nearer_things_keep_the_pronoun():
    r = shrink("Hoi Ruud, mijn laptop is traag. Ik werk aan de notitie en aan de begroting. Kun je die nalezen?")
    assert "mijn laptop nalezen" not in r.sentence.lower()
    assert "die" in r.sentence and not r.sure
