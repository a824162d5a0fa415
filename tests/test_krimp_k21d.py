"""Round 21 (k21d): a request that is only a frame keeps the sentence that says what it is about
(frame_about.py). Drafts here are not in the corpus file tuning21-k21d.toml."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import shrink


@pytest.mark.parametrize(
    ("draft", "kept"),
    [
        ("Dag mevrouw, onze Jules wordt al twee weken uitgelachen om zijn bril. Kunnen we eens samenzitten?",
         "uitgelachen om zijn bril"),
        ("Beste juf, Emma is de laatste weken erg stil en wil niet meer spelen met haar vriendinnen. Ik maak me "
         "zorgen. Kunnen we een keer praten?", "emma is de laatste weken erg stil"),
        ("hoi pap mn auto maakt een raar tikgeluid als ik optrek. kun je zaterdag ff meekijken?", "tikgeluid"),
        ("Dag Lien, onze kat eet al drie dagen niks meer. Kan ik morgen langskomen met hem?", "onze kat eet"),
        ("Beste meneer, mijn dochter Fleur heeft haar been gebroken. Kan ze het examen later inhalen?", "been gebroken"),
        ("Hoi Ruud, de planning voor de verbouwing klopt niet meer met de offerte. Heb je morgen tijd om te overleggen?",
         "klopt niet meer met de offerte"),
        ("Kunt ge morgen iemand sturen? De deur van de garage gaat ni meer open.", "garage gaat ni meer open"),
    ],
)
def test_the_sentence_that_says_what_the_frame_is_for_stays(draft, kept):
    assert kept in shrink(draft).sentence.lower()


def test_the_named_person_the_ask_took_over_keeps_its_sentence():
    out = shrink("Beste meneer Dekker, Sem had vorige week griep en heeft de toets aardrijkskunde gemist. "
                 "Kan hij die toets inhalen?")
    assert "griep" in out.sentence and "aardrijkskunde" in out.sentence


def test_kept_subject_is_sure_when_nothing_else_goes(rules_only):
    out = shrink("Meneer Bos, onze dochter Iris wordt gepest in de klas. Zou u een gesprek met ons willen plannen?")
    assert out.sentence == "Meneer Bos, onze dochter Iris wordt gepest in de klas. Wilt u een gesprek met ons plannen?"
    assert out.sure


@pytest.mark.parametrize(
    ("draft", "gone"),
    [
        ("Hoi Bas, ik ben er niet handig in. Kun je zaterdag de kast in elkaar zetten?", "handig"),
        ("Hoi Jesse, sorry dat ik gisteren niet opnam, ik zat in de trein. Kun je me vanavond terugbellen?", "trein"),
        ("Hoi Sandra, sorry dat ik zo laat reageer, het was een drukke week. Heb je volgende week tijd om bij te praten?",
         "drukke week"),
    ],
)
def test_no_background_beside_an_ask_with_content_of_its_own_or_only_an_excuse(draft, gone):
    assert gone not in shrink(draft).sentence.lower()


def test_a_frame_left_bare_beside_its_subject_is_not_sure():
    out = shrink("Hallo, ik heb een vraag over mijn factuur. Kunt u mij terugbellen?")
    assert not out.sure


def test_a_moment_of_the_subject_sentence_taken_by_the_ask_leaves_it_alone():
    out = shrink("Hallo Petra, ik sta op 12 juli twee keer ingeroosterd, in de vroege en in de late dienst. "
                 "Kun je me even bellen?")
    assert "twee keer ingeroosterd" in out.sentence
