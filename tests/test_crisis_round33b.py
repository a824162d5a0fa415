"""Round 33 (c33b): the words of despair said about an ordinary thing (a device, a match, the weather, a party, a
colleague, a toilet, a hangover) or with a laugh get no gentle line, but only where the whole message says nothing
heavier; the same words about oneself or beside a place, a means, a goodbye or a time keep their tier. Our own new
variants (NL, Flemish, chat spelling), not lines of the corpus; the rules alone.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import assess, normalised

QUIET = [  # the despair idiom said of a thing, a match, a party, the weather, with a laugh or a sigh
    'die stofzuiger van ons, ik zie het niet meer zitten met dat ding, morgen koop ik een nieuwe',
    'Ajax weer verloren, ik heb er geen hoop meer in voor dit seizoen',
    'die vergadering van gisteren, ik kan niet meer, drie uur over parkeerplaatsen',
    'de bus is weer te laat, ik ben het zo beu, volgende week neem ik de fiets',
    'amai die fuif, ik ben kapot, mijn voeten doen nog pijn van het dansen',
    'ik zie het niet meer zitten met die tuin, de mollen hebben alles omgewoeld',
    'ik trek het niet meer haha, drie verjaardagen op een dag',
    'de kerstinkopen, ik zie het niet meer zitten met al die drukte in de stad',
    'ik hou het niet meer, waar is hier het toilet in dit museum',
    'k ben er klaar mee, me die printer, ik bel morgen de winkel',
    'het is hopeloos met die wifi hier op de camping, pff',
    'ik kan niet meer, mijn benen zijn van lood na die fietstocht',
    'die voetbalploeg van mijn zoon, ik zie het niet meer zitten met die trainer',
    'mijn wasmachine lekt weer, ik geef het op, morgen komt de monteur',
]

GENTLE = [  # the same words about oneself, a time, a loss, a debt: the gentle line stays
    'ik kan niet meer, het gaat al maanden zo, elke dag opnieuw',
    'ik voel me zo leeg sinds mijn vrouw weg is, de dagen zijn lang',
    'ik kan niet meer, en dat is niet van het weer of zo',
    'ik trek het niet meer, niemand ziet hoe slecht het met me gaat',
    'pff ik kan niet meer, al weken huil ik elke avond',
    'ik ben het zo beu, mijn leven is een puinhoop',
    'de schulden, ik zie het niet meer zitten met die rekeningen',
    'Seppe ik trek het ni meer. zit al de hele dag te wenen en ik krijg geen adem',
    'die verbouwing, ik kan niet meer, al maanden',
]

PANEL = [  # a means or an act in the message: the ordinary frame never holds
    'ik zie het niet meer zitten met die schulden, vannacht maak ik er een einde aan',
    'ik ben het zo zat met die pesters, ik spring van het dak',
    'die hitte, ik kan niet meer, de pillen liggen klaar',
    'ik ben het zo moe met die trein, vanavond spring ik ervoor',
    'die verhuizing, ik kan niet meer, ik wil dood',
]


@pytest.mark.parametrize("text", QUIET)
def test_the_idiom_about_an_ordinary_thing_is_quiet(text: str) -> None:
    assert assess(text).tier is None, text


@pytest.mark.parametrize("text", GENTLE)
def test_the_same_words_about_oneself_keep_the_gentle_line(text: str) -> None:
    assert assess(text).tier == "zorg", text


@pytest.mark.parametrize("text", PANEL)
def test_a_means_or_an_act_keeps_the_panel(text: str) -> None:
    assert assess(text).tier == "acuut", text


def test_the_ordinary_frame_reads_the_whole_message() -> None:
    # A rewrite, not an exclusion: it sees every sentence, so a place in another sentence keeps the exhaustion.
    assert "ik baal ervan" in normalised("de verhuizing, ik zie het niet meer zitten met al die dozen")
    assert "ik baal ervan" not in normalised("ik sta op de brug. de verhuizing, ik zie het niet meer zitten met al die dozen")
    assert "ik baal ervan" not in normalised("ik zit aan het spoor. die hitte, ik kan niet meer")


def test_a_chain_of_idioms_after_a_topic_is_read_as_one() -> None:
    assert normalised("wat een match, ik ben kapot, ik kan niet meer").count("baal") == 1
