"""Round 33 (k33b): the day said before an ask that has only its own clock time goes into the ask (clock_day.py), a
clause after '… om 6u40 | en der rijdt …' is no part of the moment (assemble._NEW_SUBJECT), and an alternative said
inside the question stays inside it (or_else.py). Drafts written for these tests (not the corpus's)."""

from vraaghulp.coach.krimp import or_else, shrink


def _r(draft: str):
    return shrink(draft)


# --- clock_day.py: the day from the sentence before --------------------------------------------------------------------

def test_the_writers_plan_gives_its_day_to_a_clock_only_ask():
    r = _r("Hoi Bert, ik moet woensdag tot 18.00 werken. Kun jij om 16.00 Mila van de opvang halen?")
    assert "woensdag om 16.00" in r.sentence and "18.00" not in r.sentence


def test_a_day_said_of_something_else_goes_in_but_not_sure():
    r = _r("Noor!! Mijn auto is vrijdag naar de garage. Kun jij me om half 8 naar mijn werk brengen?")
    assert "vrijdag om half 8" in r.sentence
    assert not r.sure


def test_flemish_clock_ask_takes_the_day_of_the_sollicitatie():
    r = _r("Hanne, ik heb woensdag een sollicitatie in Mechelen. Kunde gij om 13u de kleine van school halen?")
    assert "woensdag om 13u" in r.sentence


def test_a_flight_and_a_clause_with_er_after_it():
    r = _r("Ha Piet, mijn vlucht gaat zaterdag om 7.10 en er rijdt dan nog geen bus. Kun je me om 5 uur naar Schiphol brengen?")
    assert "zaterdag om 5 uur" in r.sentence and "7.10" not in r.sentence


def test_a_past_day_stays_out():
    r = _r("Tim, vorige zaterdag was de lift kapot. Kun je om 9 uur de boodschappen naar boven brengen?")
    assert "zaterdag" not in r.sentence and "om 9 uur" in r.sentence


def test_a_habit_day_is_not_one_day():
    r = _r("Wout, elke maandag heb ik training tot 21u. Kunde gij om 21u15 aan de kantine staan met de auto?")
    assert "gij maandag" not in r.sentence.lower() and "21u15" in r.sentence


def test_an_ask_with_its_own_day_keeps_it():
    r = _r("Eva, ik ben zaterdag jarig. Kun je morgen om 11 uur de taart ophalen bij de bakker?")
    assert "morgen om 11 uur" in r.sentence and "zaterdag om" not in r.sentence


def test_a_day_with_a_negation_is_not_pulled():
    r = _r("Ha Piet, zaterdag is er geen bus. Kun je me om 5 uur naar Schiphol brengen?")
    assert "zaterdag" not in r.sentence and "om 5 uur" in r.sentence


# --- or_else.py: 'of anders …' stays in the question --------------------------------------------------------------------

def test_of_anders_with_a_day_stays_in_the_question():
    r = _r("Hallo Rita, mijn auto staat binnen. Zou je mij woensdag om tien uur naar 't ziekenhuis in Roeselare kunnen "
           "voeren voor mijn oogcontrole, of anders donderdag om tien uur? Zeg mor gerust nee hé.")
    assert r.sentence.endswith("oogcontrole, of anders donderdag om tien uur?")


def test_en_anders_keeps_its_own_linker():
    r = _r("Hey Kevin, sorry da'k u lastigval. Kunde gij mijn vroege van zaterdag overnemen, en anders die van zondag?")
    assert "overnemen, en anders die van zondag?" in r.sentence


def test_an_unpunctuated_alternative_with_an_infinitive():
    r = _r("dus zou je misschien als je vanavond thuis bent mijn sleutels in de brievenbus willen gooien of anders onder "
           "de mat leggen en oh ja kan je ook mijn oplader meenemen morgen naar college")
    assert "gooien, of anders onder de mat leggen?" in r.sentence


def test_an_anders_sentence_after_the_question_mark_stays_apart():
    assert or_else.joined("Kun je morgen de bank ophalen? Anders overmorgen dan.",
                          "Kun je morgen de bank ophalen? Anders overmorgen dan.") == \
        "Kun je morgen de bank ophalen? Anders overmorgen dan."


def test_a_consequence_is_no_alternative():
    draft = "Kun je de sleutel onder de mat leggen, anders kan ik er niet in?"
    assert or_else.joined(draft, "Kun je de sleutel onder de mat leggen? Anders kan ik er niet in.") == \
        "Kun je de sleutel onder de mat leggen? Anders kan ik er niet in."


def test_an_alternative_with_its_own_subject_stays_apart():
    draft = "Kun je zaterdag komen, of anders ze op zondag?"
    assert or_else.joined(draft, "Kun je zaterdag komen? Anders ze op zondag.") == "Kun je zaterdag komen? Anders ze op zondag."


def test_capitals_stay_capitals():
    r = _r("BESTE PETER. KUN JE ZATERDAG DE HEG SNOEIEN, OF ANDERS ZONDAG? GROETJES")
    assert "ZONDAG?" in r.sentence and "Anders" not in r.sentence


# --- consequence.py: 'Anders moet het maar …' is a way out -------------------------------------------------------------

def test_anders_moet_het_maar_goes_like_a_way_out():
    r = _r("Ha Rick, de sleutels liggen vanaf donderdag bij Woonzorg. Zou jij die donderdag kunnen ophalen? Anders moet het "
           "maar vrijdag")
    assert "Anders" not in r.sentence and "ophalen?" in r.sentence


def test_a_consequence_with_a_real_subject_stays():
    r = _r("Joke, kun je morgen de planten water geven? Anders moet het hele terras opnieuw.")
    assert r.sentence.endswith("Anders moet het hele terras opnieuw.")
    assert _r("Joke, kun je morgen de planten water geven? Anders gaan ze dood.").sentence.endswith("Anders gaan ze dood.")
