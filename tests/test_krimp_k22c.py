"""Round 22 (k22c): the offered sentence in correct Dutch (contract point 4). A weak object pronoun stays before
the moment put in, a typed moment joins the draft's own time, the frame's own 'te' goes when 'zou het mogelijk
zijn om …' is made direct, a condition after the ask stays with its main clause, no capital after the vocative's
comma; where the shape is still wrong the self-checks of form.py withhold `zeker`. Drafts here are not in the
corpus file tuning22-k22c.toml."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import form, shrink
from vraaghulp.coach.krimp.lexicon import lexicon


@pytest.mark.parametrize(
    ("draft", "person", "moment", "shape"),
    [
        ("ik heb de brief voor de gemeente geschreven. kunt ge dat nalezen", "Wout", "vanavond", "dat vanavond nalezen"),
        ("mijn jas hangt nog bij jou, kun je hem meebrengen", "Sara", "vrijdag", "vrijdag"),
        ("ik ben het vergeten, kun je 't even regelen?", "Rik", "morgen", "'t morgen even regelen"),
        ("kun je het voor me bewaren", "Rik", "vrijdag", "het vrijdag voor me bewaren"),
        ("mijn sleutel ligt bij de buren. kan je 'm even halen?", "Joost", "straks", "'m straks even halen"),
    ],
)
def test_a_weak_object_pronoun_stays_before_the_moment(draft, person, moment, shape):
    assert shape in shrink(draft, person=person, moment=moment).sentence


@pytest.mark.parametrize(
    ("draft", "moment", "shape"),
    [
        ("kun je het houten hek verven", "zaterdag", "zaterdag het houten hek verven"),  # 'het' before a noun
        ("kun je het boek terugbrengen", "zaterdag", "zaterdag het boek terugbrengen"),
        ("wil je haar fiets even oppompen", "vanavond", "vanavond haar fiets"),  # 'haar' as a possessive
        ("ik heb een nieuwe kast gekocht. kun je 't ding in elkaar zetten?", "zaterdag", "zaterdag 't ding"),
    ],
)
def test_a_determiner_is_no_pronoun(draft, moment, shape):
    assert shape in shrink(draft, person="Gijs", moment=moment).sentence


@pytest.mark.parametrize(
    ("draft", "moment", "shape"),
    [
        ("kun je de was om acht uur ophangen", "zondag", "zondag om acht uur de was ophangen"),
        ("wil jij de katten op maandag en donderdag eten geven", "volgende week", "volgende week op maandag en donderdag"),
        ("kunt gij de vuilbak elke vrijdag buitenzetten", "deze maand", "deze maand elke vrijdag"),
    ],
)
def test_a_typed_moment_joins_the_drafts_own_time(draft, moment, shape):
    assert shape in shrink(draft, person="Anne", moment=moment).sentence


@pytest.mark.parametrize(
    ("draft", "moment", "shape"),
    [
        ("kun je mijn bestelling van 10 uur ophalen", "morgen", "morgen mijn bestelling van 10 uur ophalen"),
        ("kun je het pakket dat vrijdag komt aannemen", "zaterdag", "het pakket dat vrijdag komt"),
    ],
)
def test_a_time_of_a_noun_or_a_clause_inside_stays_where_it_is(draft, moment, shape):
    assert shape in shrink(draft, person="Tim", moment=moment).sentence


@pytest.mark.parametrize(
    ("draft", "shape"),
    [
        ("Hoi, zou het lukken om iemand te sturen om de wasmachine te repareren? Hij lekt.",
         "iemand sturen om de wasmachine te repareren?"),
        ("Is het mogelijk om de kinderen te laten spelen zonder een jas aan te trekken?",
         "de kinderen laten spelen zonder een jas aan te trekken?"),
        ("Geachte heer, zou het mogelijk zijn om deze week een monteur langs te sturen om de cv te bekijken?",
         "een monteur langssturen om de cv te bekijken?"),
    ],
)
def test_the_frames_own_te_goes_and_the_inner_one_stays(draft, shape):
    assert shape in shrink(draft).sentence


def test_a_timed_condition_stays_with_its_main_clause():
    out = shrink("Hoi Nina, mag ik je fiets lenen? Ik zet hem terug zodra ik morgen om 9 uur thuis ben.")
    assert "Ik zet hem terug zodra ik morgen om 9 uur thuis ben." in out.sentence or "zodra" not in out.sentence
    out = shrink("joost kan je me 40 euro voorschieten? ik geef het terug als ik vrijdag betaald word")
    assert "? Als" not in out.sentence


@pytest.mark.parametrize(
    ("draft", "start"),
    [
        ("Beste mevrouw Kuipers,\n\nAfgelopen dinsdag heb ik gebeld over de rekening, maar niemand belde terug. "
         "Kunt u mij terugbellen?\n\nGroet,\nDirk", "Mevrouw Kuipers, afgelopen dinsdag"),
        ("Dag juf, Door de griep heb ik de toets gemist. Mag ik hem inhalen?", "Juf, door de griep"),
    ],
)
def test_no_capital_after_the_vocatives_comma(draft, start):
    assert shrink(draft).sentence.startswith(start)


def test_a_name_after_the_vocative_keeps_its_capital():
    assert "Jan, Lotte is" in shrink("Hoi Jan, Lotte is vandaag ziek. Kun jij haar dienst overnemen?").sentence


@pytest.mark.parametrize(
    ("sentence", "draft", "found"),
    [
        ("Kan je me 20 euro voorschieten? Als ik je zaterdag zie.",
         "Kan je me 20 euro voorschieten? Ik betaal je terug als ik je zaterdag zie.", True),
        ("Mag ik je boor lenen? Zodra de kast hangt.", "mag ik je boor lenen ik geef hem terug zodra de kast hangt", True),
        ("Kan je me 20 euro voorschieten? Ik betaal je terug als ik je zaterdag zie.",
         "Kan je me 20 euro voorschieten? Ik betaal je terug als ik je zaterdag zie.", False),
        ("Kun je me ophalen? Als het kan.", "Kun je me ophalen? Als het kan.", False),  # the writer's own sentence
        ("Kun je me ophalen? Tenzij het regent.", "kun je me ophalen, tenzij het regent", False),
        ("Als je tijd hebt, kun je me ophalen?", "als je tijd hebt, kun je me ophalen", False),
    ],
)
def test_the_fragment_check(sentence, draft, found):
    assert form.fragment(sentence, draft) is found


@pytest.mark.parametrize(
    ("sentence", "draft", "found"),
    [
        ("Kunt u vóór 1 mei iemand te sturen om de schimmel bekijken?", "om iemand te sturen om de schimmel te bekijken", True),
        ("Kun je me helpen om de kast verplaatsen?", "help je me om de kast te verplaatsen", True),
        ("Kun je proberen het rapport af te ronden?", "", False),
        ("Kun je iets te drinken meenemen?", "", False),
        ("Kun je om 8 uur komen?", "", False),
        ("Kun je om de hoek kijken?", "kun je om de hoek kijken", False),
        ("Heb je tijd om zaterdag mee te helpen?", "", False),
        ("Kunt u iemand sturen om de lekkage te bekijken?", "", False),
    ],
)
def test_the_stray_te_check(sentence, draft, found):
    assert form.stray_te(lexicon(), sentence, draft) is found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Kunt ge deze week da laten maken?", True),
        ("Jens, kun je vanavond het even doorlezen?", True),
        ("Kun je morgen het boek brengen?", False),
        ("Kun je het morgen brengen?", False),
    ],
)
def test_the_moment_before_pronoun_check(sentence, found):
    assert form.moment_before_pronoun(lexicon(), sentence) is found


def test_a_wrong_shape_left_in_withholds_sure(rules_only, monkeypatch):
    draft = "Hoi Wim, mag ik vrijdag eerder weg? Ik haal het in als ik maandag om 8 uur begin."
    assert shrink(draft).sure
    monkeypatch.setattr(form, "fragment", lambda sentence, draft: True)
    assert not shrink(draft).sure
