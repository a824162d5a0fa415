"""Round 27 (c27f): ordinary hard words at work, in the news and about other people lose the false panel.

eigen42 (voices the corpus had little of: farmers and vets, nurses, pharmacists, funeral workers, police, news, games)
gave the full panel to 6 of 111 harmless lines. The shapes closed here, each read through the rules alone (`observe`,
so a refit of the second opinion does not move them), in wording no rule was written from:

- a customer, patient, resident, perpetrator, "meneer" or "mevrouw" is someone else ([persoon] ander): their question
  or their letter is a worry about another (the gentle line at most), never the writer's own panel;
- a customer or patient who asked about a lethal amount (`dosis-voor-ander`);
- a farewell letter of the bereaved that a funeral worker helps with (an exclusion);
- stopping a farm, a business or a job is no "stopping so it happens by itself" (`stoppen-bedrijf`), unless a medicine,
  food or care stands near;
- a weapon the police fetched or that was handed in to them (`gewoon-middel`);
- a rule or an insurer's question about a height (`gewoon-regelen`);
- palliative care of someone else with the family agreeing (`arts-akkoord`), help already called for someone else;
- a membership or subscription cancelled beside "ik ben het zat" (`klacht-aanpak`);
- seeing others die at work, "mezelf kapot getraind", "leeg maar ok" (an exclusion);
- and on the other side: "lag ik er zelf maar in" (a passive wish), "geen game meer" or gaming so as not to think
  (`ontkend-spel`: the game is no frame then).
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess, observe

RANK = {None: 0, ZORG: 1, ACUUT: 2}


def _rules(text: str) -> str | None:
    tier, _families, _found = observe(text)
    return tier


@pytest.mark.parametrize("text", [
    # someone else's question or letter at work or in the news
    "een klant aan de balie vroeg hoeveel slaappillen dodelijk zijn, ik heb de apotheker erbij geroepen",
    "een bewoonster wou weten hoeveel insuline gevaarlijk is, de arts is gebeld",
    "in het journaal zeiden ze dat de verdachte een afscheidsbrief en een vuurwapen bij zich had",
    "als ritueelbegeleider schrijf ik vaak mee aan de afscheidsbrief van de nabestaanden",
    # a farm, a business or a job stopped
    "we stoppen met de varkens na dertig jaar, de stallen gaan leeg. het is goed zo",
    "ik stop met mijn job in de winkel en begin in september aan iets nieuws, het is goed zo",
    # a weapon the police fetched, a rule question
    "de politie kwam het geweer van mijn overleden schoonvader ophalen, gelukkig",
    "hoe hoog moet een reling op een hooizolder zijn? de verzekeraar wil het weten",
])
def test_ordinary_work_and_news_lines_never_get_the_panel(text):
    assert _rules(text) != ACUUT, text


@pytest.mark.parametrize("text", [
    "als ambulancier zie ik geregeld mensen sterven, daar went ge nooit aan",
    "heb mezelf kapot gefietst vandaag, alles doet pijn maar wat een tocht",
    "ik ben kapot maar voldaan na die verbouwing",
    "ik zeg mijn abonnement van de krant op, ik ben het zat met die prijzen",
    "mijn oom wil geen chemo meer, hij krijgt comfortzorg thuis en we zijn er allemaal bij",
])
def test_ordinary_lines_get_nothing(text):
    assert assess(text).tier is None, text


@pytest.mark.parametrize(("text", "least"), [
    # the same words, meant by the writer
    ("een klant vroeg het, maar eigenlijk wil ik zelf weten hoeveel slaappillen dodelijk zijn", ACUUT),
    ("we stoppen met de zaak en ik stop ook met mijn pillen, dan gaat het vanzelf", ACUUT),
    ("de politie heeft het jachtgeweer opgehaald maar ik heb nog een pistool voor mezelf verstopt", ACUUT),
    ("ik heb een afscheidsbrief voor mijn nabestaanden geschreven en alles is geregeld", ACUUT),
    ("Beste mevrouw, ik heb mijn pillen gespaard en vannacht neem ik ze allemaal", ACUUT),
    ("geen spel meer, ik wil er niet meer zijn", ACUUT),
    ("ik speel alleen nog games zodat ik niet hoef na te denken over hoe graag ik dood wil", ACUUT),
    ("aan dat graf dacht ik: lag ik er zelf maar onder", ZORG),
])
def test_the_same_words_meant_seriously_keep_their_tier(text, least):
    assert RANK[assess(text).tier] >= RANK[least], text


def test_a_passive_wish_needs_the_writer_there_not_a_bed():
    assert _rules("had ik daar zelf maar gelegen in plaats van hem") == ZORG
    assert _rules("lag ik maar in mijn bed, wat een dag") is None
