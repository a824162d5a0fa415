"""When krimp vouches for a result (sure) and when it does not; chat cut into sentences; misspelled
wrapper words. Drafts written for these tests."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import compose, shrink
from vraaghulp.coach.krimp.clauses import Analysis
from vraaghulp.coach.krimp.lexicon import lexicon
from vraaghulp.coach.krimp.tokens import Draft
from vraaghulp.coach.krimp.typos import typo_of


def sentences(text: str) -> list[str]:
    d = Draft(text, lexicon())
    return [d.raw(a, b) for a, b in d.sentences]


# ---------------------------------------------------------------------- chat without marks


def test_a_capitalised_opener_after_a_lower_case_word_ends_a_sentence():
    found = sentences("Broer kunde zondag ne keer langskomen Moet ni lang zijn hoor")
    assert found == ["Broer kunde zondag ne keer langskomen", "Moet ni lang zijn hoor"]
    assert sentences("Kun je morgen Wil bellen?") == ["Kun je morgen Wil bellen?"]  # a name, not a verb


def test_an_emoji_before_a_subject_ends_a_sentence():
    assert len(sentences("mn band is lek 😩 ik moet om 9 op school zijn")) == 2
    assert len(sentences("kun je 🙏 morgen komen")) == 1


def test_run_on_chat_is_cut_at_new_main_clauses():
    result = shrink("sorry dat ik weer zaag het gaat echt ni goed met mij kunde zondag efkes langskomen")
    assert result.sentence == "Het gaat echt ni goed met mij. Kunt ge zondag langskomen?"
    result = shrink("mam kan je mn sporttas naar school brengen ligt nog in de gang")
    assert result.sentence == "Mam, kan je mn sporttas naar school brengen?"


def test_a_subordinate_clause_waits_for_its_verb():
    an = Analysis(Draft("ik vroeg me af of je morgen mijn pakje aan zou kunnen nemen", lexicon()))
    assert len(an.clauses) == 1
    assert shrink("ik vroeg me af of je morgen mijn pakje aan zou kunnen nemen").sentence == \
        "Kun je morgen mijn pakje aannemen?"


def test_a_list_under_any_line_belongs_to_it():
    result = shrink("kan iemand vanavond\n- de vaatwasser uitruimen\n- het glas wegbrengen\nik werk tot laat")
    assert result.sentence == "Kan iemand vanavond de vaatwasser uitruimen en het glas wegbrengen?"


def test_a_numbered_list_is_folded_in():
    result = shrink("Kunt u tegen vrijdag het volgende klaarleggen: 1. de sleutels 2. het contract 3. de pasjes")
    assert result.sentence == "Kunt u tegen vrijdag de sleutels, het contract en de pasjes klaarleggen?"


# ---------------------------------------------------------------------- misspelled wrapper words


@pytest.mark.parametrize("typed,meant", [
    ("mischien", "misschien"), ("exuses", "excuses"), ("lastigvalen", "lastigvallen"), ("toevalig", "toevallig"),
])
def test_a_misspelled_wrapper_word_is_still_that_word(typed, meant):
    assert typo_of(lexicon(), typed) == meant


@pytest.mark.parametrize("word", ["sturen", "groepjes", "vriendelijk", "kinderen", "morgen"])
def test_real_words_are_left_alone(word):
    assert typo_of(lexicon(), word) == ""


def test_misspelled_hedges_and_apologies_go():
    result = shrink("sory dat ik je weer lastigval mischien kan je donderdag mn planten water geven")
    assert result.sentence == "Kan je donderdag mn planten water geven?"
    assert result.sure


# ---------------------------------------------------------------------- sure only when vouched for


@pytest.mark.parametrize("draft,reason", [
    ("Kun je morgen de hond uitlaten? Hij mag niet bij andere honden.", "a rule about the request goes"),
    ("Zou het mogelijk zijn om de kinderen een uur later op te halen?", "who fetches: you or I?"),
    ("Wie doet er vrijdag mee aan de quiz? Kan iemand de huisbaas binnenlaten?", "which request is meant"),
    ("Mijn wasmachine is kapot. Kun je vrijdag de oude naar de milieustraat brengen?", "'de oude' points back"),
    ("mam ik ben mijn sleutels vergeten kun je om 5 uur thuis zijn", "background kept with an ask as it is"),
    ("Pap, ik zit vast met de verhuizing. Ik slaap slecht. Kun je zaterdag helpen?", "two honest sentences"),
])
def test_not_sure_when_the_engine_cannot_vouch(draft, reason):
    result = shrink(draft)
    assert not result.sure, reason
    assert result.sentence, reason
    assert any(f.kind == "onzeker" for f in result.findings)


def test_in_crisis_the_words_about_how_bad_it_is_stay():
    result = shrink("sorry voor het late bericht. ik wil er niet meer zijn. mijn hoofd is een puinhoop. kun je me bellen")
    assert result.crisis
    assert result.sentence == "Ik wil er niet meer zijn. Mijn hoofd is een puinhoop. Kun je me nu bellen?"


@pytest.mark.parametrize("draft,expected", [
    ("Hoi Sam, sorry dat ik stoor! Kun je morgen om 8 uur de kinderen naar school brengen?",
     "Sam, kun je morgen om 8 uur de kinderen naar school brengen?"),
    ("dag mevrouw peeters, ik vroeg mij af of u de verwarming deze week zou kunnen laten nakijken?",
     "Mevrouw Peeters, kunt u de verwarming deze week laten nakijken?"),
    ("Geachte heer Bakker, Mocht u tijd hebben, dan zou ik graag met u het formulier doorlopen.",
     "Meneer Bakker, mag ik met u het formulier doorlopen?"),
    ("Sorry, ik weet dat je het druk hebt. Ik ga zaterdag verhuizen. Kun je me helpen met dozen dragen?",
     "Kun je me zaterdag helpen met dozen dragen?"),
])
def test_sure_when_everything_that_goes_is_surely_removable(draft, expected):
    result = shrink(draft)
    assert result.sentence == expected
    assert result.sure


# ---------------------------------------------------------------------- compose


def test_compose_asks_may_i_for_the_writers_own_action():
    assert compose("mijn zus Eva", "je auto lenen", "zaterdag") == "Eva, mag ik zaterdag je auto lenen?"
    assert compose("Eva", "me je auto lenen", "zaterdag") == "Eva, kun je me zaterdag je auto lenen?"


def test_compose_puts_the_moment_after_the_verb_of_a_statement():
    sentence = compose("oma", "ik heb nodig dat je me helpt met de verhuizing", "zaterdag")
    assert sentence == "Oma, ik heb nodig dat je me zaterdag helpt met de verhuizing."
