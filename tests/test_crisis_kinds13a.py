"""Kinds mended in round 13 (cr28a), each in fresh wording (not in any corpus file): what the
fresh outside files tuning11-g and tuning11-h showed. Harmless kinds: a message-wide frame that
covers a family (a formal cancellation letter, a self-correction towards a meeting, "kerngezond"
with papers for later), a character in a film who jumps to save someone, a school reading list
about suicide, isolation said laughing, "dood" after a night without sleep, a game or a hangover.
Alarm kinds: the same surfaces with a wish, a plan or a calm beside them (a frame never covers
another family), a West-Flemish bridge line, a lorry that "pakt" me and that is fine.

Also kinds mended in round 13 (cr28d), each in fresh wording (not in any corpus file): what the
fresh outside file tuning11-j showed. Harmless kinds: a whole-message frame that covers its own
families (laughter at a meme or joke, a full stomach, whining children and an early bed, noise at
night, a sleep-in to a named day, a hangover pledge to a named drink, a move out of a named town,
an app account deleted for screen time, a work handover, "kiplekker" after a will, papers with a
partner and relief), someone else who is with the Lord, years of service before a farewell, a
joke taken back before a plan, a game world, "klaar mee voor vandaag". Alarm kinds: the same
surfaces without the frame, or with another family beside it (a frame never covers another
family): "ik wil dood" after drinking, passwords and "na vrijdag ben ik er niet meer" without
work, an account deleted with a burden, a calm after papers, wanting to be with the Lord too.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import assess

ACUTE = [
    # a frame covers only its own families: a wish to die beside it keeps the panel
    "Bij de notaris ligt mijn brief voor als ik er niet meer ben. Ik ben kerngezond, maar ik wil dood.",
    "hierbij zeg ik mijn abonnement op. ik wil niet meer leven",
    "ik wil er niet meer zijn, in dit leven bedoel ik",
    # West-Flemish: a bridge and not going home any more
    "k zitn op de brugge en k gon ni meer nor us",
    # an accident wished for
    "als die tram me straks pakt is het ook goed",
    # round 13 (cr28d): the kinds of tuning11-j
    # drink without a pledge to a named drink: a real wish
    "al drie avonden alleen zitten drinken, ik wil dood",
    "na vrijdag ben ik er niet meer. mijn wachtwoorden liggen in de la bij mijn broer",
    "account verwijderd, voorgoed. zonder mij hebben ze het beter",
    "mijn testament ligt bij de notaris, alles is geregeld. wat een rust, eindelijk weet ik wat ik ga doen",
    "tante is bij de Heer en ik wil daar ook zijn, ik heb mijn pillen gespaard",
    "ik wil niet meer wakker worden, morgen niet en nooit meer",
    "laatste doos is weg, de sleutels liggen bij de buren. ik ben voorgoed weg, zoek me niet",
]

CONCERN = [
    # a friend's wish keeps the gentle line, school reading or not
    "mijn vriendin zegt dat ze zelfmoord wil plegen, net als in het boek voor school",
    "wat is het punt nog",
    # round 13 (cr28d): the kinds of tuning11-j
    # lead, round 13: a death wish in words beside a hangover pledge keeps the gentle line
    "ik wil dood, wat een kater. nooit meer sambuca",
    "ik kan niet meer, alles gaat fout en niemand merkt het",
]

HARMLESS = [
    "Geachte mevrouw, hierbij zeg ik mijn lidmaatschap van de bibliotheek op. Ik maak er definitief een einde aan.",
    "ik wil er niet meer zijn... op die bbq van de buren bedoel ik, veel te druk",
    "in de film springt hij in de gracht om een kind te redden, kippenvel",
    "voor geschiedenis moeten we een boek lezen over een dichter die zelfmoord pleegde",
    "niemand snapt mij lol, mijn broer vindt mijn muziek stom",
    "twee nachten niet geslapen op schoolkamp, ik ben dood",
    "na drie pinten ben ik dood, ik ga naar huis",
    "ik ga dood, geen heals meer, kom me reviven",
    "ik kan niet meer, al vijf uur blokken voor het examen",
    # round 13 (cr28d): the kinds of tuning11-j
    "lol die meme van de leraar, ik lig plat, ik kan niet meer",
    "na dat dessert zit ik propvol, ik kan echt niet meer",
    "de hele middag gezeurd in de auto, ik kan niet meer. als de kinderen slapen ga ik ook in mijn bed",
    "als ik vannacht weer wakker word van dat geblaf van de hond van de buren, word ik gek",
    "na de trouw wil ik tot zondag niet meer wakker worden",
    "de verhuizers zijn weg, voorgoed weg uit Gent, spannend",
    "snapchat account verwijderd, voorgoed, zonde van mijn tijd en ik mis het niet",
    "Voor de overdracht: mijn wachtwoorden staan in de kluis, de laptop gaat naar de helpdesk. Na vrijdag ben ik er niet meer.",
    "Als ik er niet meer ben is de auto voor jou, dat staat in het testament. Voorlopig ben ik kiplekker hoor.",
    "Opa is zacht ingeslapen, hij is nu bij de Heer. De begrafenis is zaterdag.",
    "in fortnite ben ik van een klif gesprongen, weer dood",
    "kun je de tekening van de brug nakijken? ik ben er klaar mee voor vandaag",
]


@pytest.mark.parametrize("text", ACUTE)
def test_acute_kinds_get_the_panel(text: str) -> None:
    assert assess(text).tier == "acuut", assess(text).signals


@pytest.mark.parametrize("text", CONCERN)
def test_concern_kinds_get_at_least_the_gentle_line(text: str) -> None:
    assert assess(text).tier in ("zorg", "acuut"), assess(text).signals


@pytest.mark.parametrize("text", HARMLESS)
def test_harmless_kinds_stay_silent(text: str) -> None:
    assert assess(text).tier is None, assess(text).signals
