"""Round 22 (c22r): voices the corpus had few of. A message-wide frame covers only what it is about (a
separate signal in another sentence keeps its level); a laugh before "maar" belongs to its own clause; a
negation does not reach into a clause that opens with "of"; a verb at the end of a subordinate clause is read
next to "ik". The corpus lines are in tests/corpus/crisis/tuning22-c22r.toml; the texts here are not."""

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess, normalised
from vraaghulp.coach.crisis.reach import frame_reach


# A frame in one sentence and a bare wish in another: the frame still explains its own sentence.
@pytest.mark.parametrize("frame", (
    "Morgen vertrek ik met de camper naar Noorwegen, als ik er niet meer ben geeft de buurvrouw de planten water.",
    "ik wil er niet meer zijn... op die borrel van vrijdag bedoel ik, kan iemand me vervangen?",
))
def test_a_separate_bare_wish_keeps_its_alarm_beside_a_frame(frame):
    assert assess(frame).tier is None
    for wish in ("Ik wil niet meer.", "Ik wil er niet meer zijn."):
        assert assess(f"{frame} {wish}").tier == ACUUT, wish
        assert assess(f"{wish} {frame}").tier == ACUUT, wish


def test_frame_reach_is_its_own_sentence_or_the_nearest_signal_before_it():
    could = lambda i: True  # noqa: E731
    # a signal in the frame's own sentence: only that sentence
    assert frame_reach({1}, [frozenset({1}), frozenset({3})], could, set()) == {1}
    # none there: the nearest signal, the one before on a tie
    assert frame_reach({1}, [frozenset({0}), frozenset({2})], could, set()) == {0, 1}
    # a sentence already about something else the frame cannot cover stays its own
    assert frame_reach({1}, [frozenset({0})], could, {1}) == {1}
    # a signal that joins the frame's sentence and another one takes that other one in
    assert frame_reach({1}, [frozenset({0, 1})], could, set()) == {0, 1}


@pytest.mark.parametrize("text", (
    "haha die scheids was echt blind vandaag, we verloren met 5-0, maar ik wil niet meer",
    "lol de kat zit weer in de wasmand, maar ik heb de pillen al klaarliggen",
    "ben mij aan het snijden terwijl ik typ lol",
))
def test_a_laugh_in_another_clause_does_not_make_it_a_joke(text):
    assert assess(text).tier == ACUUT


def test_a_laugh_about_the_wish_itself_still_lowers_it():
    assert assess("ik wil dood lol die toets morgen").tier == ZORG


@pytest.mark.parametrize(("alarm", "twin"), (
    ("het kon me echt niet schelen of er iets aankwam, ik ben gewoon overgestoken",
     "het kan me niet schelen of er een auto aankomt, ik sta hier geparkeerd"),
    ("Bijna door een bus geraakt vanochtend. Had me niet veel uitgemaakt als het mis was gegaan.",
     "Het had me niet uitgemaakt als de planning was misgegaan, we hadden genoeg tijd."),
    ("van de trap gevallen gisteren, jammer dat het goed afliep eigenlijk",
     "jammer dat het goed afliep met die ruzie, nu valt er niks meer te roddelen"),
))
def test_a_counterfactual_accident_without_care(alarm, twin):
    assert assess(alarm).tier == ACUUT
    assert assess(twin).tier is None


@pytest.mark.parametrize(("text", "read"), (
    ("ik wilde u laten weten dat ik vaak aan zelfmoord denk.", "dat ik denk aan zelfmoord"),
    ("ik merk dat ik het niet meer trek", "dat ik trek het niet meer"),
    ("ik merk dat ik het allemaal niet meer aankan", "dat ik kan het allemaal niet meer aan"),
    ("ik schaam me dat ik aan zelfmoord heb gedacht", "dat ik heb aan zelfmoord gedacht"),
))
def test_a_verb_at_the_end_of_a_subordinate_clause_is_read_next_to_ik(text, read):
    assert read in normalised(text)


@pytest.mark.parametrize(("text", "kept"), (
    ("ik weet niet of ik het nog volhoud", "of ik het volhoud"),  # 'of' and 'volhoud' keep the patterns written for them
    ("ik drink zodat ik niks voel", "zodat ik niks voel"),
    ("als ik op de brug sta kijk ik naar de boten", "als ik op de brug sta"),
))
def test_other_subordinate_clauses_are_left_as_written(text, kept):
    assert kept in normalised(text)


@pytest.mark.parametrize("text", (
    "Ik wilde u laten weten dat ik vaak aan zelfmoord denk.",
    "garage staat klaar. auto erin, poort toe, slangetje ligt er al. niet komen",
    "'t geweer van de jacht staat geladen in de gang. ik heb er vannacht mee op mijn schoot gezeten",
    "Ik zal er niet meer zijn als je dit leest.",
))
def test_understated_alarms_get_the_panel(text):
    assert assess(text).tier == ACUUT


@pytest.mark.parametrize("text", (
    "auto erin, poort toe, tuinslang opgerold voor de winter",
    "ik heb mijn jachtgeweer uit de kluis gehaald om het te poetsen, zaterdag jagen we op fazanten",
    "ik heb mij weer gesneden aan die stomme braamstruik, pleister erop",
    "je bent beter af zonder mij in de basis met die enkel, zet Tom er maar in",
))
def test_their_twins_stay_quiet(text):
    assert assess(text).tier is None
