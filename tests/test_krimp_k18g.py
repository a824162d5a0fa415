"""Round 18 (k18g): Flemish and older voices. Polite frames of older writers become the direct question
(contract point 3: only the verb form changes), a weekly day ('zaterdags') is a moment, 'zo spoedig
mogelijk' keeps its 'mogelijk', 'bij mij thuis komen' is no 'thuiskomen', and a deadline said in a
sentence of its own is never dropped while the result is sure."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import shrink


@pytest.mark.parametrize(("draft", "expected"), [
    ("Beste Ans, zou het u schikken om donderdagmiddag met mij mee te lopen naar de apotheek?",
     "Ans, kunt u donderdagmiddag met mij meelopen naar de apotheek?"),
    ("Geachte dokter Smit, ik zou u zeer erkentelijk zijn indien u deze week bij mij op huisbezoek zou kunnen komen.",
     "Dokter Smit, kunt u deze week bij mij op huisbezoek komen?"),
    ("Ik zou u erg dankbaar zijn als u morgen de formulieren zou kunnen opsturen.",
     "Kunt u morgen de formulieren opsturen?"),
    ("Ik zou het zeer op prijs stellen als u de lift zo spoedig mogelijk zou laten repareren.",
     "Wilt u de lift zo spoedig mogelijk laten repareren?"),
    ("Geachte heer, mevrouw, mag ik zo vrij zijn u het volgende te vragen. Kunt u vrijdag de hulp sturen?",
     "Kunt u vrijdag de hulp sturen?"),
    ("Dag Kevin. Mama en ik vroegen ons af of gij zondag de bloembakken naar het terras zoudt kunnen brengen.",
     "Kevin, kunt gij zondag de bloembakken naar het terras brengen?"),
    ("Wij vroegen ons af of je zaterdag de tuin zou kunnen doen.",
     "Kun je zaterdag de tuin doen?"),
])
def test_older_polite_frames_become_the_direct_question(draft, expected):
    out = shrink(draft)
    assert out.sentence == expected
    assert out.sure


def test_a_place_at_home_is_no_separable_verb():
    out = shrink("Ik vroeg me af of u voortaan bij mij thuis zou kunnen komen.")
    assert "thuis komen" in out.sentence and "thuiskomen" not in out.sentence
    assert "thuisbrengen" in shrink("Ik vroeg me af of je mij thuis zou kunnen brengen.").sentence


def test_undersigned_is_no_name():
    out = shrink("Ondergetekende, de heer G. van Dijk, wendt zich tot u met het volgende. "
                 "Ik zou u zeer erkentelijk zijn indien u mij kunt laten weten welke stappen ik moet zetten.")
    assert not out.sentence.startswith("Ondergetekende")
    assert "Kunt u mij laten weten welke stappen ik moet zetten?" in out.sentence


@pytest.mark.parametrize("draft", [
    "heyy zus 'k weet da ge't druk hebt maar zoudt ge mij zaterdag kunnen helpen mee mijn kot leeg te maken? "
    "'t moet tegen zondagavond leeg zijn",
    "Hoi Mark, kun je dinsdag naar mijn verslag kijken? Het moet uiterlijk vrijdag binnen zijn.",
    "Sanne, kun je morgen de flyers ophalen bij de drukker? We hebben ze nodig tegen zaterdagochtend.",
])
def test_a_dropped_deadline_is_never_sure(draft):
    out = shrink(draft)
    assert not out.sure or any(w in out.sentence.lower() for w in ("zondagavond", "vrijdag", "zaterdagochtend"))


def test_a_second_request_with_its_own_deadline_is_no_deadline_sentence():
    out = shrink("pa kunde mij vrijdag na de les oppikken aan 't station van Hasselt? en wilde ook ne keer vragen "
                 "aan ma of ze mijn zwart hemd wil strijken tegen zaterdag. merci pa")
    assert out.sure
    assert "hemd" not in out.sentence


@pytest.mark.parametrize("draft", [
    "nonkel Jef, zoudt ge mij ne keer kunnen leren rijden mee uw auto? 'k heb binnen 3 weken mijn examen. zaterdags kan ik altijd",
    "Oma, zou je me een keer willen leren breien? 's Woensdags ben ik altijd vrij.",
])
def test_a_weekly_day_is_a_moment_never_dropped_while_sure(draft):
    out = shrink(draft)
    assert not out.sure or "zaterdags" in out.sentence.lower() or "woensdags" in out.sentence.lower()


def test_may_i_be_so_free_only_announces():
    out = shrink("Geachte heer, mevrouw, mag ik zo vrij zijn u het volgende te vragen. Kunt u vrijdag de hulp sturen?")
    kinds = [f.kind for f in out.findings]
    assert "aanloop" in kinds and "meer-vragen" not in kinds
