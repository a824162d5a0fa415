"""Round 52 (c52a): real crisis lines that got no tier, raised by their general shape.

Four shapes (crisis corpus README, "Round 52 (c52a)"; corpus lines in eigen64.toml): exhaustion beside a heavy, lasting
state of the writer's own, also after a crying emoji, a laugh or named work (`heavy_tired`, zorg); a story's farewell or
jump that the writer takes to themselves (`story_self`, zorg); a means whose ordinary purpose is denied
(`middel-doel-ontkend`, acuut); a wound or one's own body kept secret, covered or explained with a cover story
(`wond-en-geheim`, acuut). Each shape has real variants and harmless twins in the same words that must get nothing.
None of these sentences is in the corpus.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import assess


def _fired(text: str) -> set[str]:
    """The names of the combinations, phrases and notes that gave a signal (hints left out)."""
    return {signal.phrase.split(" (")[0].split(":")[0] for signal in assess(text).signals if signal.level != "hint"}


REAL = [
    ("na de dienst kan ik nie meer, ik zit elke avond te huilen in de auto", "zorg", "moe-en-zwaar"),
    ("ik kan niet meer 😢 mijn hoofd is zo vol", "zorg", "moe-en-zwaar"),
    ("lol ik kan niet meer, ik lig elke nacht te huilen", "zorg", "moe-en-zwaar"),
    ("na de nachtdienst kan ik niet meer, het werk is niet het probleem, ik ben het zelf", "zorg", "moe-en-zwaar"),
    ("in de serie schrijft ze een afscheidsbrief, ik heb er ook al een liggen", "zorg", "verhaal-en-ik-ook"),
    ("in de game springt ze van het dak, in het echt zou ik dat ook willen", "zorg", "verhaal-en-ik-ook"),
    ("ik heb een koord in de schuur gelegd, en nee, niet voor de was", "acuut", "middel-doel-ontkend"),
    ("ik heb pillen gehaald, veel, niet tegen de migraine. vraag maar niks", "acuut", "middel-doel-ontkend"),
    ("mijn benen zien er niet uit, ik draag een lange broek en mijn pa mag het niet weten", "acuut", "wond-en-geheim"),
    ("as ze vragen wat dat is aan mijn armen zeg ik dat het de hond was. t is nie waar", "acuut", "wond-en-geheim"),
]
TWINS = [
    "ik kan niet meer 😭 mijn zus doet dat dansje al weken, kijk",
    "lol ik kan niet meer, elke nacht die kat op mijn kussen, zo schattig",
    "na de nachtdienst kan ik niet meer, gelukkig heb ik morgen vrij",
    "'k heb heel de week gewerkt en 'k kan nie meer, kunt gij zaterdag de kinderen nemen?",
    "in die reeks schrijft hij een afscheidsbrief, ik heb zo zitten huilen",
    "in de game springt ze van het dak, in het echt zou ik dat nooit durven",
    "ik heb een koord in de schuur gelegd, niet voor de was maar voor de bonen in de moestuin",
    "heb slaappillen gekocht voor mijn moeder, een hele doos, zeg jij het tegen de apotheker?",
    "mijn benen zien er niet uit van de zon, ik draag een lange broek",
    "ik heb me gekrast aan de rozen, niet doorvertellen, het was een verrassing voor mama",
]


@pytest.mark.parametrize(("text", "tier", "rule"), REAL)
def test_a_real_line_of_the_shape_gets_its_tier_and_names_its_rule(text, tier, rule):
    result = assess(text)
    assert result.tier == tier, (text, result.signals)
    assert rule in _fired(text), (text, _fired(text))


@pytest.mark.parametrize("text", TWINS)
def test_its_harmless_twin_stays_quiet(text):
    assert assess(text).tier is None, (text, assess(text).signals)


def test_the_gentle_shapes_never_give_the_panel_on_their_own():
    # exhaustion with a heavy state and a story taken to oneself are the gentle line, never the panel
    for text in ("ik kan niet meer 😢 ik huil al weken elke avond", "in de serie springt hij van de brug, ik wou dat ik dat was"):
        assert assess(text).tier == "zorg", (text, assess(text).signals)


def test_wanting_to_disappear_beside_exhaustion_is_the_gentle_line_and_forever_is_the_panel():
    # issue 13's tiers: 'ik kan niet meer' and a wish to be gone without death, a plan, a means or 'voorgoed' is zorg
    assert assess("ik wil gewoon verdwijnen, ik kan niet meer").tier == "zorg"
    assert assess("ik kan niet meer 😭 ik wil gewoon verdwijnen").tier == "zorg"
    assert assess("ik wil gewoon verdwijnen, voorgoed. ik kan niet meer").tier == "acuut"


def test_a_tired_carer_asking_for_relief_keeps_no_gentle_line():
    # the krimp corpus's ordinary drafts: exhaustion, a lasting time and a concrete ask
    text = "sorry dat ik weer zeur, ik slaap al weken slecht en ik ben op. kun jij zondag bij papa blijven?"
    assert assess(text).tier is None, assess(text).signals


def test_a_crying_emoji_ends_the_clause_but_a_joke_stays_a_joke():
    assert assess("ik kan niet meer 😭 alles gaat mis, al weken").tier == "zorg"
    assert assess("ik kan niet meer 😭 alles gaat mis in die bloopers").tier is None
