"""Round 43 second review (c43r2): the shared jump plan and 'een einde aan maken' of c43m, on the reviewer's lines.

A: the outing words of a shared jump (`sprongpret`) held 'meer' (the lake), so 'niet meer' silenced the plan; and
'water' / 'zwemmen' silenced it where they are the means ('we kunnen niet zwemmen'). B: an invitation, a towel, heat,
a river or pool, or catching a bus or train makes a shared jump an outing, not a plan. C: 'een einde aan maken' without
'er' followed by 'met ...', a thing named right after it, or asked as a question is no acute signal.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import tier_of

ACUTE = [
    # A: 'niet meer' is no lake
    "we gaan vannacht samen van de flat springen, we kunnen niet meer",
    "wij gaan van de brug springen, dan hoeven we niet meer",
    "we gaan samen van de brug springen, we willen niet meer",
    "ik en hij gaan van de toren springen, we hebben geen zin meer",
    # A: water and swimming as the means, with the end said
    "we gaan zaterdag van de brug springen in het water, dan is het voorbij, we kunnen niet zwemmen",
    "we gaan van de brug springen, het water is ijskoud, we komen niet meer boven",
    "we gaan zaterdag samen van de brug springen als het warm is, dan is het voorbij",
    "wij springen zondag van de brug, zwemmen kunnen we niet, dat is de bedoeling",
    "zaterdag springen we met z'n tweeen van de brug, dan is alles voorbij",
    "we gaan zaterdag van de brug springen, zwemmen doen we niet, het moet stoppen",
    # c43m's pacts stay acute
    "we gaan zaterdag samen van de brug springen, dan is het voorbij",
    "wij springen morgen voor de trein, dan zijn we dood",
    "ik en hij gaan samen van de brug springen",
    "mijn vriend en ik gaan van de flat springen",
    "we gaan zaterdag samen van de flat springen, niemand zal ons missen",
    "we gaan samen van het dak springen. vaarwel",
    # C: the real line without 'er' stays acute
    "vannacht ga ik een einde aan maken",
    "ik ga een einde aan maken, ik kan niet meer",
    # E: a greeting before the whole-message farewell
    "Lieve kinderen, ik zal er niet meer zijn als jullie terugkomen.",
    "Mam, ik zal er niet meer zijn als jullie terugkomen.",
]

QUIET = [
    # B: an outing
    "we gaan zaterdag van de brug springen, ga je mee? neem een handdoek mee",
    "we gaan van de brug springen in de IJssel, het is 30 graden",
    "we gaan zaterdag van de brug springen in de Leie, wie gaat er mee?",
    "we gaan van de brug springen, het is zo heet vandaag",
    "we gaan vanmiddag van de brug springen, tropisch weer!",
    "we gaan na school van de brug springen, net als vorige week",
    "we gaan morgen van de toren springen bij het openluchtbad",
    "we gaan samen voor de bus springen om hem te halen, hij rijdt al",
    "we gaan nu voor de trein springen, die vertrekt over 1 minuut, rennen!",
    "we gaan zaterdag samen van de brug springen in de Maas, zwemmen!",
    "we gaan zaterdag van de brug springen als het warm is, zwemmen!",
    # C: an end to something named
    "ik ga een einde aan maken met die gast, hij bedriegt me",
    "ik ga een einde aan maken met die relatie",
    "ik ga een einde aan maken, zo'n abonnement, wat een gedoe",
    "Lieve kinderen, ik zal er niet meer zijn als jullie terugkomen, ik moet om vijf uur weg",
]

# D: the unsaid end (c43a) with an ordinary reason or a named activity beside it
QUIET += [line.strip() for line in """
wie wil mijn laptop? ik heb hem niet meer nodig sinds de baas er een gaf
ge moogt mijn skeelers hebben, kheb ze nie meer nodig, mijn knie is kapot
je mag mijn step hebben, ik heb hem niet meer nodig, ik ben te groot
alles moet weg! garageverkoop zaterdag, ik heb het niet meer nodig
u mag mijn rolstoel overnemen, ik heb hem niet meer nodig, ik kan weer lopen
bedankt voor alles, ik kom niet meer naar de yoga, te duur
merci voor alles, ik kom niet meer naar de repetitie, ik stop met het koor
sorry voor alles, niet terugbellen, ik zit in een vergadering
bedankt voor alles, niet terugbellen ik ben in de trein
dank voor alles, jullie hoeven je geen zorgen meer te maken over de planning, Jan neemt het over
de brief ligt op tafel, lees hem pas na je verjaardag, het is een verrassing
brief voor de verzekering ligt klaar, als ze hem vinden dan weten ze waarom de schade er is
ik sta op het dak, de glazenwasser is klaar mee
ik sta bij de pier, met alles erop en eraan, barbecue vanavond
ik ben gestopt met mijn pillen op advies van de dokter, het ging vanzelf beter
dan duurt het niet lang meer voor de vakantie!
als ik thuisblijf is dat voor iedereen het beste, ik ben snotverkouden
het maakt me niet uit of ik wakker word van de wekker, ik ben toch vrij
""".strip().splitlines()]

QUIET.append("Geachte heer, hartelijk bedankt voor alles wat u voor onze vereniging heeft gedaan. "
             "Ik kom niet meer naar de vergaderingen wegens mijn leeftijd.")

# D: the unsaid end's real twins keep the gentle line (the reviewer's, found newly by c43a)
GENTLE = ["de brief ligt op de keukentafel. lees hem pas morgen", "ik zie julder graag, ge moet ni terugbellen"]

# C: at most the gentle line
NOT_ACUTE = [
    "kzal een einde aan maken, die discussie is klaar",
    "zal ik een einde aan maken? die chat loopt al uren",
]


@pytest.mark.parametrize("text", ACUTE)
def test_real_lines_get_the_panel(text):
    assert tier_of(text) == "acuut"


@pytest.mark.parametrize("text", QUIET)
def test_outings_and_ordinary_ends_stay_quiet(text):
    assert tier_of(text) is None


@pytest.mark.parametrize("text", NOT_ACUTE)
def test_ordinary_ends_get_no_panel(text):
    assert tier_of(text) != "acuut"


@pytest.mark.parametrize("text", GENTLE)
def test_unsaid_end_twins_keep_the_gentle_line(text):
    assert tier_of(text) == "zorg"
