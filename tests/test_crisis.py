"""Crisis-language detection and the crisis panel.

Two hand-written sets: sentences that must show the help panel, and everyday sentences
(also with 'dood' in them) that must not. Both must pass in full.
"""

from __future__ import annotations

import io
import re

import pytest

from vraaghulp import safety
from vraaghulp.coach import crisis
from vraaghulp.coach.crisis import find_crisis, is_crisis, normalise
from vraaghulp.content import load_toml

MUST_ALARM = [
    # zelfdoding, met spelling- en tikvarianten
    "Ik denk de laatste tijd veel aan zelfmoord.",
    "ik heb zelfmoordgedachten en durf het niemand te vertellen",
    "Soms denk ik aan zelfdoding, dan schrik ik ervan.",
    "Ik voel me suïcidaal vandaag.",
    "ik ben suicidaal geloof ik",
    "heb weer van die suiside gedachtes",
    "Ik heb een keer een zelfmoordpoging gedaan.",
    "ik denk aan zelf moord",
    "Ik wil zelfmoort plegen",
    "Mijn oom pleegde zelfmoord en nu denk ik er zelf ook aan.",
    # er een eind aan maken
    "Ik wil er een eind aan maken.",
    "Soms wil ik er gewoon een einde aan maken.",
    "Ik heb overwogen om er een eind aan te maken.",
    "Misschien maak ik er vannacht een eind aan.",
    "ik wil er een eind aan",
    "Ik wil een einde maken aan mijn leven.",
    "Het liefst zou ik een eind maken aan alles.",
    "Ik heb er bijna een eind aan gemaakt vorig jaar.",
    "Ik ga er een eind aan maken met de trein.",
    # niet meer willen leven / er niet meer willen zijn
    "Ik wil niet meer leven.",
    "Eerlijk gezegd wil ik eigenlijk niet meer leven.",
    "Ik heb het gevoel dat ik niet meer wil leven.",
    "Ik wil er niet meer zijn.",
    "Ik wil hier niet meer zijn, nergens meer.",
    "Ik wil niet meer bestaan.",
    "Ik kan en wil niet meer.",
    "Ik wil niet meer. Alles is te veel.",
    "ik wil nie meer leven",  # Vlaams
    "'k Wil er nie meer zijn.",  # Vlaams
    "Ik wou dat ik er niet was.",
    "Ik zou willen dat ik niet bestond.",
    "Was ik maar nooit geboren.",
    "Ik hoop dat ik morgen niet meer wakker word.",
    "Iedereen is beter af zonder mij.",
    # dood willen
    "Ik wil dood.",
    "soms wil ik gewoon dood",
    "Ik wil dooood",
    "ik wil echt dood gaan",
    "Ik ben liever dood dan dat ik nog zo verder moet.",
    "Ik zou liever dood zijn.",
    "Ik schaam me dood en eerlijk gezegd wil ik dood.",
    # het leven niet meer zien zitten
    "Ik zie het leven niet meer zitten.",
    "'k Zie het allemaal nie meer zitten.",  # Vlaams
    "Ik zie het niet meer zitten.",
    "Ik heb geen zin meer in het leven.",
    "Mijn leven heeft geen zin meer.",
    "Ik zie geen uitweg meer.",
    "Ik ben het leven beu.",  # Vlaams
    "Ik voel me zo levensmoe.",
    # mezelf iets aandoen
    "Ik ben bang dat ik mezelf iets aandoe.",
    "Ik wil me iets aandoen.",
    "Ik wil mij iets aandoen.",  # Vlaams
    "Ik zou mijzelf iets kunnen aandoen.",
    "Ik heb aan mezelf iets aan te doen gedacht, ik wil mezelf iets aan doen.",
    "Ik denk eraan om mezelf van kant te maken.",
    "Ik wil mij van kant maken.",  # Vlaams
    "Ik wil mijn leven beëindigen.",
    "Ik wil mijn leven beindigen.",
    "Ik wil uit het leven stappen.",
    # zelfbeschadiging
    "Ik heb de neiging mezelf pijn te doen.",
    "Ik doe mezelf expres pijn als het te druk wordt.",
    "Gisteren heb ik weer in mijn arm gesneden.",
    "Ik wil mezelf snijden.",
    "Ik ben weer aan het snijden in mezelf.",
    "Ik kras in mijn benen als het te veel wordt.",
    "Ik heb mezelf gekrast.",
    "Ik heb last van zelfbeschadiging.",
    # een plan of middelen
    "Ik ben pillen aan het sparen.",
    "Ik spaar al weken mijn slaappillen op.",
    "Ik verzamel mijn medicijnen voor als het echt niet meer gaat.",
    "Ik heb een plan om er een eind aan te maken.",
    "Ik heb een afscheidsbrief geschreven.",
    "Ik denk aan een overdosis.",
    "Ik wil een hele doos paracetamol in één keer innemen.",
    "Ik heb erover nagedacht om van een brug te springen.",
    "Ik wil van de flat springen.",
    "Soms wil ik springen van het dak van mijn werk.",
    "Ik wil voor de trein springen.",
    "ik denk erover om voor de trein te gaan liggen",
    "Ik wil me ophangen.",
    "Ik denk erover om me op te hangen.",
    "Ik wil mij verhangen.",  # Vlaams
    "Soms wil ik met de auto tegen een boom rijden.",
    # hoofdletters, leestekens, opmaak
    "IK WIL NIET MEER LEVEN!!!",
    "ik wil... dood",
    "*ik wil er een eind aan maken*",
    "[bold]ik wil dood[/bold]",
]

MUST_NOT = [
    # samenstellingen en spreekwijzen met 'dood'
    "Ik vind het doodeng om mijn buurvrouw iets te vragen.",
    "Ik ben doodmoe na deze week.",
    "Ik was doodnerveus voor het gesprek met mijn baas.",
    "Dit is een doodlopende weg, zo voelt het met dat project.",
    "Ik was doodsbang dat hij nee zou zeggen.",
    "Het is doodgewoon om hulp te vragen, zegt mijn coach.",
    "Ik ging dood van het lachen om die film.",
    "Ik schaam me dood als ik eraan terugdenk.",
    "Ik lach me dood om mijn neefje.",
    "Ik verveel me dood op die verjaardagen.",
    "Ik werk me dood en niemand ziet het.",
    "Ik ben me doodgeschrokken van die rekening.",
    "Ik zat de tijd dood te slaan in de wachtkamer.",
    "Over mijn lijk dat ik hem nog om iets vraag.",
    "Ik wil die mug dood slaan.",
    # ziekte of dood van iemand anders
    "Mijn oma is dood, ze is vorige maand overleden.",
    "De kat is doodgegaan en ik mis hem.",
    "Ik ben bang dat mijn vader doodgaat aan zijn ziekte.",
    "Mijn moeder is erg ziek en ik durf niet om steun te vragen.",
    "Over de dood wil ik het nu even niet hebben.",
    # 'er een eind aan' over iets anders
    "Ik wil een einde maken aan dat uitstellen.",
    "Ik ga er een eind aan maken met dat gezeur op het werk.",
    "Ik wil er een einde aan maken dat ik altijd overal ja op zeg.",
    "Gelukkig komt er vrijdag een eind aan deze drukke week.",
    "Er kwam eindelijk een einde aan die ruzie.",
    "Ik wil een eind maken aan alles wat me tegenhoudt om te vragen.",
    # 'niet meer' zonder crisis
    "Ik wil niet meer naar die les.",
    "Ik wil niet meer alles alleen doen.",
    "Ik wil niet meer leven met die angst om een last te zijn.",
    "Ik wil niet meer leven volgens de regels van mijn vader.",
    "Nee dank je, ik wil niet meer, ik zit vol.",
    "Ik wil er niet meer altijd zijn voor iedereen die iets van me wil.",
    "Ik zie het niet zitten om mijn zus te bellen.",
    "Ik zie het niet meer zitten om die cursus af te maken, dus ik stop.",
    # snijden, pijn, ophangen, springen, pillen in gewone zinnen
    "Ik stond uien te snijden en moest huilen, maar niet van de uien.",
    "Ik heb mezelf gisteren gesneden bij het koken.",
    "Ik heb me gebrand aan de oven.",
    "Ik heb mezelf pijn gedaan tijdens het sporten.",
    "Het zou me pijn doen als ze nee zegt.",
    "Ik moet de was nog ophangen.",
    "Hij heeft gewoon opgehangen toen ik belde.",
    "Ik wil me niet zo ophangen aan details.",
    "De kat sprong van het dak.",
    "Ik moet elke ochtend al mijn pillen innemen.",
    "Ik vergeet soms mijn medicijnen op te halen bij de apotheek.",
    "Na kerst had ik een overdosis aan gezelligheid.",
    "Ik heb de bus gemist en moest op de volgende wachten.",
    # zelfmoord in een andere betekenis
    "Op mijn werk hadden we een zelfmoordpreventie-training.",
    "Dat plan van de directie is politieke zelfmoord.",
    "Mijn moeder schreeuwde moord en brand.",
    # gewone zinnen uit de oefeningen
    "Ik wil vragen of mijn buurman morgen brood meeneemt.",
    "Ik ben bang dat ze me een last vindt.",
    "Ik kon mezelf wel vermoorden dat ik die afspraak vergat.",
    "Ik schrijf een afscheidsbriefje voor mijn collega's nu ik van baan wissel.",
    "Het leven is soms zwaar, maar ik probeer het.",
    "Ik heb een plan om mijn leven op orde te krijgen.",
    "Ik zie geen andere uitweg dan mijn broer om hulp te vragen.",
    "Ik weet precies hoe ik het ga doen: eerst een appje, dan bellen.",
    "Ik kan niet meer zo hard werken, ik moet hulp vragen.",
    "",
    "   ",
]


@pytest.mark.parametrize("text", MUST_ALARM)
def test_must_alarm(text):
    assert find_crisis(text), f"geen alarm voor: {text!r} (gelijkgetrokken: {normalise(text)!r})"
    assert is_crisis(text)


@pytest.mark.parametrize("text", MUST_NOT)
def test_must_not_alarm(text):
    assert find_crisis(text) == [], f"onterecht alarm voor: {text!r}"
    assert not is_crisis(text)


def test_sets_are_big_enough():
    assert len(MUST_ALARM) >= 40
    assert len([t for t in MUST_NOT if t.strip()]) >= 40


def _content_examples(section):
    data = load_toml("crisis")
    return [(block.get("soort") or block.get("uitleg"), ex) for block in data[section] for ex in block.get("voorbeelden", [])]


@pytest.mark.parametrize(("kind", "text"), _content_examples("signaal"))
def test_content_signal_examples_alarm(kind, text):
    assert is_crisis(text), f"[[signaal]] {kind}: voorbeeld alarmeert niet: {text!r}"


@pytest.mark.parametrize(("kind", "text"), _content_examples("uitzondering"))
def test_content_exclusion_examples_do_not_alarm(kind, text):
    assert not is_crisis(text), f"[[uitzondering]] {kind}: voorbeeld alarmeert toch: {text!r}"


def test_every_signal_block_has_examples():
    for block in load_toml("crisis")["signaal"]:
        assert block.get("voorbeelden"), f"signaal {block['soort']} heeft geen voorbeelden"


def test_find_crisis_returns_phrases_in_order_without_duplicates():
    found = find_crisis("Ik wil dood. Echt, ik wil dood. En ik denk aan zelfmoord.")
    assert found == ["wil dood", "zelfmoord"]


def test_none_and_odd_input_are_safe():
    assert find_crisis(None) == []  # type: ignore[arg-type]
    assert find_crisis("\x1b[31m|||\x00") == []
    assert is_crisis("ik wil\x1b[0m dood")


def test_normalise_accents_spacing_and_variants():
    assert normalise("  SUÏCIDE\n\t en  ZELF-MOORD ") == " suicide en zelfmoord "
    assert normalise("m'n leven, 'k wil nie") == " mijn leven , ik wil niet "
    assert "mezelf" in normalise("mijzelf")


def test_rules_are_compiled_once():
    assert crisis.compiled_rules() is crisis.compiled_rules()


def test_broken_pattern_gives_a_dutch_error():
    from vraaghulp.errors import VraaghulpError

    bad = {"signaal": [{"soort": "x", "patronen": ["(ongesloten"]}]}
    with pytest.raises(VraaghulpError, match="crisis.toml"):
        crisis.build_rules(bad)
    with pytest.raises(VraaghulpError, match="@bestaatniet"):
        crisis.build_rules({"signaal": [{"soort": "x", "patronen": ["@bestaatniet"]}]})


def test_long_text_is_fast_enough():
    import time

    text = ("Ik wil vragen of mijn buurman morgen brood meeneemt, maar ik durf niet. " * 400) + "ik wil dood"
    start = time.perf_counter()
    assert is_crisis(text)
    assert time.perf_counter() - start < 2.0


# ----- the panel ------------------------------------------------------------------------


def _console(buffer, **kwargs):
    from rich.console import Console

    return Console(file=buffer, width=100, color_system=None, force_terminal=False, **kwargs)


RESOURCES = ["113", "0800-0113", "113.nl", "088 0767 000", "1813", "zelfmoord1813.be", "106", "112"]


def test_check_text_shows_resources_and_returns_true():
    buffer = io.StringIO()
    assert safety.check_text("Ik wil er niet meer zijn.", _console(buffer)) is True
    out = buffer.getvalue()
    for resource in RESOURCES:
        assert resource in out, resource
    assert "Zelfmoordpreventie" in out
    assert "Zelfmoordlijn" in out
    assert "vraaghulp hulplijn" in out
    # the user's own words are never echoed in the panel
    assert "niet meer zijn" not in out


def test_check_text_prints_nothing_for_harmless_text():
    buffer = io.StringIO()
    assert safety.check_text("Ik ben doodmoe, maar ik vraag morgen hulp.", _console(buffer)) is False
    assert safety.check_text("", _console(buffer)) is False
    assert safety.check_text(None, _console(buffer)) is False
    assert buffer.getvalue() == ""


def test_panel_plain_has_all_resources_and_no_markup():
    text = safety.panel_plain()
    for resource in RESOURCES:
        assert resource in text, resource
    assert "[" not in text and "\x1b" not in text
    assert all(len(line) <= 100 for line in text.splitlines())


def test_panel_respects_no_color_and_has_no_escape_codes():
    buffer = io.StringIO()
    from rich.console import Console

    console = Console(file=buffer, width=80, no_color=True, force_terminal=True)
    safety.show_panel(console)
    out = re.sub(r"\x1b\[[0-9;]*m", "", buffer.getvalue())
    assert "113" in out and "1813" in out and "112" in out


def test_safety_module_imports_rich_lazily():
    import subprocess
    import sys

    code = (
        "import sys, vraaghulp.safety, vraaghulp.coach.crisis as c; c.is_crisis('ik wil dood'); "
        "print('rich' in sys.modules, 'pydantic' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
