"""Round 51 (c51b): harmless messages whose alarm words a plain ordinary cause in the same message explains
(`vraaghulp.coach.crisis.ordinary_kinds51`): a gentle line goes to no tier, a panel to the gentle line, never two
tiers at once. The corpus twins are in tests/corpus/crisis/eigen62.toml (30+ real lines per cause); the texts here
are not.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from vraaghulp.coach.crisis import assess

EIGEN62 = Path(__file__).parent / "corpus" / "crisis" / "eigen62.toml"


def _note(text: str) -> str | None:
    return next((s.phrase for s in assess(text).signals if "c51b" in s.phrase), None)


# (text, the kind that explains it, the tier after: a gentle line goes to none, a panel to the gentle line)
LOWERED = [
    ("ik kan nie meer 😭😭 ik ben zo blij, mijn broer heeft zijn rijbewijs", "lach-blij", None),
    ("ik ga dood 😭 die geit die de broek van mijn vader opeet ik kan niet meer", "lach-blij", None),
    ("hele dag geschilderd bij mijn zus, nu kan ik niet meer, mijn armen zijn kapot. slaap lekker", "moe-na-werk", None),
    ("avonddienst erop, ik ben kapot. ga dood neervallen in bed, spreek je morgen", "moe-na-werk", None),
    ("mevrouw Jacobs heeft haar medicatie niet ingenomen, lag onder het bord. doorgegeven aan de nachtdienst",
     "zorg-client", None),
    ("in de serie springt ze van de flat en loopt daarna gewoon weg, ongeloofwaardig, 1 ster", "fictie", None),
    ("mijn tante zei dat ze niet meer wil leven. de huisarts is ingeschakeld en ze krijgt nu hulp. hoe kan ik haar "
     "het beste steunen?", "hulp-voor-ander", None),
    ("wie wil mijn aardrijkskundeboeken? ik ga naar een andere school, ik heb ze niet meer nodig", "school-klaar", None),
    ("'k heb mij gesneden aan een blikske makreel, 't bloedt. hebt ge pleisters?", "snee-gewoon", "zorg"),
    ("Dhr. Peters heeft zijn pillen weer niet ingenomen, lagen in de la. Huisarts gebeld, we stoppen morgen met de "
     "oxazepam.", "zorg-client", "zorg"),
    ("wie wil mijn samenvattingen economie? geslaagd, ik heb ze niet meer nodig. bedankt voor alles", "school-klaar", "zorg"),
    ("de sleutels van de sporthal liggen bij Wim, voor als ik er volgend seizoen niet meer ben als trainer", "rol-genoemd",
     None),
    ("afscheid genomen van de ploeg na 15 jaar. ik ga er niet meer zijn op de werf, maar op de barbecue zeker wel",
     "rol-genoemd", "zorg"),
]


@pytest.mark.parametrize(("text", "kind", "tier"), LOWERED)
def test_a_plain_ordinary_cause_lowers_one_tier_only(text, kind, tier):
    assessment = assess(text)
    assert assessment.tier == tier, (text, assessment.signals)
    assert f"({kind}, c51b)" in (_note(text) or ""), text


KEPT = [
    ("ik kan niet meer 😭", "zorg"),
    ("ik kan niet meer 😭 iedereen denkt dat ik blij ben", "zorg"),
    ("ik kan niet meer 😭😭 ik ben zo blij voor haar maar ik voel me zo leeg", "zorg"),
    ("heel de dag gewerkt en ik kan niet meer, mijn rug is kapot en alles is te veel", "zorg"),
    ("in de film springt hij van de brug, ik wil dat ook", "acuut"),
    ("mijn zus wil niet meer leven en ik ook niet, hoe kan ik haar helpen?", "acuut"),
    ("mijn broer zei dat hij niet meer wil leven, hij krijgt hulp, maar ik ben bang dat hij het toch doet", "zorg"),
    ("ik heb mij gesneden aan een blik, expres. pleisters heb ik genoeg", "acuut"),
    ("mevrouw heeft haar pillen niet ingenomen, ik heb ze meegenomen voor mezelf. huisarts weet van niks", "acuut"),
    ("wie wil mijn boeken? geslaagd, maar ik heb niks meer nodig. bedankt voor alles", "acuut"),
    ("afscheid genomen van de ploeg. ik ga er niet meer zijn op de werf, en ook nergens anders", "acuut"),
    ("voor als ik er volgend seizoen niet meer ben als trainer, de ballen liggen bij Bram. daarna ben ik er voorgoed "
     "niet meer", "zorg"),
]


@pytest.mark.parametrize(("text", "tier"), KEPT)
def test_a_real_twin_keeps_its_tier(text, tier):
    assessment = assess(text)
    assert assessment.tier == tier, (text, assessment.signals)
    assert _note(text) is None, text


def _eigen62() -> list[dict]:
    return tomllib.loads(EIGEN62.read_text(encoding="utf-8"))["regel"]


def test_thirty_real_twins_a_cause_keep_an_alarm():
    real = [line for line in _eigen62() if not line["familie"].endswith("-gewoon")]
    families = {line["familie"] for line in real}
    assert len(families) == 8
    assert all(sum(line["familie"] == family for line in real) >= 30 for family in families)


def test_no_real_twin_is_lowered_by_the_kinds():
    lowered = [line["tekst"] for line in _eigen62() if line["verwacht"] != "geen" and _note(line["tekst"])]
    assert not lowered, lowered
