"""Round 15 review (rv15c): real alarms the new exclusions of cr32a, cr32b, cp13a and cp13b silenced
or lowered, and ordinary messages a new acute rule gave the full panel.

Silenced: 'zonder mij gaan jullie beter leven' (an outing 'zonder mij gaan'), voices with a doctor who
knows nothing (read as the doctor's advice), 'ik ben hopeloos als mens' (read as a skill), a jump 'zoals
bij bungee maar zonder koord', someone who wants to go along with a dying grandmother, a dose 'genoeg voor
mij' saved from the vet, a cover story for cuts in the same sentence ('tenminste dat denkt mijn moeder',
'met een scherf'), a bridge 'om te eindigen met mijn leven', 'ik kom er niet meer doorheen' beside a
rope, 'ik zie geen uitweg meer ... kun je de kinderen ophalen' (asking to fetch the children is no
asking to fetch the means), a goodbye letter after 'vanaf morgen ben ik er niet meer', a film jump
followed by 'ik sta nu op dezelfde brug'.

False panels: handing over a pet or the children with an ordinary reason (hospital, dentist, giving
birth, a trip), 'je hoort niks meer van me na vandaag' because of a phone detox, a retreat or a camp,
'ik weet precies hoeveel ik nodig heb' about paint, flour or a quote, a man tuning his engine.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import assess

RANK = {None: 0, "zorg": 1, "acuut": 2}

ALARM = [
    ("zonder mij gaan jullie beter leven", "acuut"),
    ("de stemmen zeggen dat ik moet springen, de dokter weet het niet", "acuut"),
    ("ik ben hopeloos als mens", "zorg"),
    ("ik ben hopeloos in mijn eigen leven", "zorg"),
    ("het is hopeloos met mij", "zorg"),
    ("ik spring van de brug, zoals bij bungee maar zonder koord", "acuut"),
    ("mijn oma ligt op sterven en ik wil met haar mee", "zorg"),
    ("mijn moeder ligt op sterven, ik ben er klaar mee, ik ga ook", "zorg"),
    ("ik heb de pillen van de dierenarts gespaard, genoeg voor mij, kun jij de hond nemen", "acuut"),
    ("de sneetjes op mijn benen zijn van de kat, tenminste dat denkt mijn moeder", "acuut"),
    ("ik sta op de brug om te eindigen met mijn leven", "acuut"),
    ("ik kom er niet meer doorheen, het touw ligt klaar", "acuut"),
    ("ik zie geen uitweg meer, ik heb de pillen al gekocht, kun je de kinderen ophalen", "acuut"),
    ("vanaf morgen ben ik er niet meer. vaarwel, ik hou van jullie", "acuut"),
    ("ik ben op een punt dat ik niet meer kan", "zorg"),
    ("ik spaar mijn medicijnen op voor de reis, vannacht neem ik ze", "acuut"),
    ("k heb al mijn pillen gespaard voor op reis, vrijdag neem ik ze", "acuut"),
    # the cover story or the 'for ever' in the sentence before or after a masked sentence
    ("de sneetjes op mijn pols zijn van de kat. dat geloven ze thuis tenminste", "acuut"),
    ("ik heb weer krassen op mijn arm van de kat hoor. nee serieus ik doe het zelf", "acuut"),
    ("ik zeg altijd dat het de kat was. de krassen op mijn arm zijn van de kat", "acuut"),
    ("ik heb mijn arm verbrand aan de kachel. en het hielp ook echt", "acuut"),
    ("ik heb al mijn slaappillen gespaard voor de reis. de grote reis dan", "acuut"),
    ("medicijnen opgespaard voor de reis. ik kom niet terug", "acuut"),
    ("ik wil gewoon even niet wakker worden gemaakt. voor altijd", "acuut"),
    ("zondag wil ik niet wakker worden voor tien uur. of liever helemaal nooit meer", "acuut"),
    ("lekker bed, ik wil niet meer wakker worden. voor altijd slapen", "acuut"),
    ("heerlijk bed, ik wil niet meer wakker worden. nooit meer", "acuut"),
    ("die matras is zalig, ik wil niet meer wakker worden. dan is alles voorbij", "acuut"),
    ("zalig geslapen, ik wou niet meer wakker worden, want wakker zijn doet pijn", "acuut"),
    # a reason for the absence does not cancel 'for ever', and heaven is no destination
    ("kun je de hond nemen? ik ben er niet meer, eindelijk naar de hemel", "acuut"),
    ("je hoort niks meer van me na vandaag. ik doe een detox. van alles. voor altijd", "acuut"),
]

ORDINARY = [
    ("Zou je voor de vissen kunnen zorgen? Ik ben er vanaf morgen niet meer, ik lig een week in het ziekenhuis", None),
    ("kun je de kat voeren? ik ben er niet meer vanaf morgen, eindelijk naar Italië!", None),
    ("kun jij de kinderen ophalen vrijdag? ik ben er niet meer vanaf twee uur, ik moet naar de tandarts", None),
    ("Kun je de hond nemen? Ik ben er niet meer vanaf donderdag, ik ga bevallen", None),
    ("je hoort niks meer van me na vandaag, ik doe een telefoon detox van een week", None),
    ("ge gaat niks meer van mij horen na vandaag, ik ga op retraite in een klooster", "zorg"),
    ("je hoort niks meer van me na vandaag, ik ga zonder gsm op survivalkamp", None),
    ("ik weet precies hoeveel ik nodig heb, 3 liter verf voor de hele gang", None),
    ("ik weet precies hoeveel ik nodig heb: 500 gram bloem en 3 eieren", None),
    ("ik weet precies hoeveel ik nodig heb, kun je de kinderen ophalen? dan ga ik tegels kopen", None),
    ("ik weet hoeveel het moet zijn, de offerte was 2000 euro", None),
    # a cover-story word that is no cover story
    ("Ik heb krassen op mijn arm van de kat. Hij is tenminste weer rustig nu.", None),
    ("ik heb mijn pillen meegenomen voor de reis. tenminste, dat denk ik, ik kijk straks nog even", None),
    ("ik heb een snee in mijn vinger van het glas. zeg ik tegen mama dat ik het glas heb gebroken?", None),
    ("mijn man zit in de garage, de auto draait en de poort is toe, hij is de motor aan het afstellen", None),
]


@pytest.mark.parametrize(("text", "lowest"), ALARM)
def test_real_alarm_is_not_silenced(text: str, lowest: str) -> None:
    result = assess(text)
    assert RANK[result.tier] >= RANK[lowest], result.signals


@pytest.mark.parametrize(("text", "highest"), ORDINARY)
def test_ordinary_message_gets_no_panel(text: str, highest: str | None) -> None:
    result = assess(text)
    assert RANK[result.tier] <= RANK[highest], result.signals
