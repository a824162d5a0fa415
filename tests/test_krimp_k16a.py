"""Krimp round 14 (k16a): results that were offered as sure and were wrong, made not sure.
Own drafts (none copied from the probe report); the corpus rows are tests/corpus/krimp/own16-k16a.toml.

1. An aside with a verb the word lists lack sits inside the question ('wil je mijn fiets de band lekt
   weer plakken'): the engine cannot cut it apart, so it may not vouch for the garbled question.
2. Heavy news about someone else in a sentence of its own (a fall, an accident, a fracture, a
   break-in) went quietly: readers may need it, so the result is not sure when it goes.
3. An escape hatch that also names a moment ('Alleen als het lukt overdag') was cut as a way out,
   and the moment with it.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import shrink


@pytest.mark.parametrize("draft", [
    "kun je de buurman zijn kat blaft de hele nacht even bellen",
    "Hoi Tom, wil je mijn fiets de band lekt weer plakken?",
    "kan je de kinderen hun jassen hangt op zolder ophalen",
    "hoi mam kun je de planten de grond droogt uit water geven",
    "Hoi Eva, kun je mijn pakje de bezorger belt om 3 ophalen?",
    "kun je de melk staat in de koelkast even pakken",
    "wil je de sleutel ligt onder de mat meenemen",
    "Hoi Roel, kun je mijn auto de motor maakt raar geluid even nakijken?",
])
def test_aside_with_unknown_verb_is_not_sure(draft):
    result = shrink(draft)
    assert not result.sure
    assert "onzeker" in [f.kind for f in result.findings]


@pytest.mark.parametrize(("draft", "sentence"), [
    ("Hoi Eva, kun je mijn fiets morgen naar de winkel brengen?", "Eva, kun je mijn fiets morgen naar de winkel brengen?"),
    ("Hoi Eva, kun je mijn moeder haar medicijnen brengen?", "Eva, kun je mijn moeder haar medicijnen brengen?"),
    ("kun je de hond zijn eten geven", "Kun je de hond zijn eten geven?"),
    ("Hoi Eva, kun je de doos die in de gang staat meenemen?", "Eva, kun je de doos die in de gang staat meenemen?"),
    ("Hoi Eva, kun je het gras kort maaien?", "Eva, kun je het gras kort maaien?"),
    ("Hoi Eva, kun je het pakket vast voor me aannemen?", "Eva, kun je het pakket vast voor me aannemen?"),
])
def test_possessive_phrase_without_aside_stays_sure(draft, sentence):
    result = shrink(draft)
    assert result.sure
    assert result.sentence == sentence


@pytest.mark.parametrize("draft", [
    "Hoi Lies, mijn vader is gevallen. Kun je vanavond de kinderen ophalen?",
    "Hoi Ilse, mijn broer heeft een ongeluk gehad. Kun je vanmiddag op de hond passen?",
    "Beste Karin, mijn man heeft zijn heup gebroken. Zou u donderdag de boodschappen willen doen?",
    "Hoi Noor, mijn zus is aangereden op de fiets. Kun je de kinderen naar school brengen?",
    "Hoi Saar, er is bij ons ingebroken vannacht. Kun je vanavond bij me slapen?",
])
def test_heavy_news_about_others_never_goes_quietly(draft):
    """Round 16 (k16e): heavy news about someone close, a sentence of its own, is kept as the honest
    sentence (the golds keep it); news about no one ('er is … ingebroken') still goes, not sure."""
    result = shrink(draft)
    news = draft.split(", ", 1)[1].split(". ")[0]
    if news.startswith("er "):
        assert not result.sure and news not in result.sentence.lower()
    else:
        assert news in result.sentence.lower(), result.sentence


def test_own_fall_stays_as_the_honest_sentence():
    result = shrink("Hoi Lies, ik ben gevallen met de fiets. Kun je me naar de huisarts brengen?")
    assert result.sure
    assert result.sentence == "Lies, ik ben gevallen met de fiets. Kun je me naar de huisarts brengen?"


@pytest.mark.parametrize("draft", [
    "Hoi Ria, kun je zondag op de tweeling passen? Alleen als het lukt overdag, 's avonds komt mijn zus.",
    "Hoi Wout, wil je de ladder terugbrengen? Alleen als het uitkomt in het weekend.",
    "Hoi Kees, kun je de trap schilderen? Als het lukt voor vrijdag, dan is de vloer er.",
])
def test_hatch_that_names_a_moment_is_not_cut_as_sure(draft):
    result = shrink(draft)
    assert not result.sure


def test_plain_hatch_still_goes_and_stays_sure():
    result = shrink("Hoi Anna, kun je morgen de sleutel brengen? Als het kan.")
    assert result.sure
    assert result.sentence == "Anna, kun je morgen de sleutel brengen?"
