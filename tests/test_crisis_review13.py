"""Round 13's review: the whole-message harmless frames (frames.cancelled), the floor
(opinion.second_opinion), fiction and a broken device must never take an alarm away.

Each alarm line shares the surface of a harmless frame added this round; before the fix each one
got nothing or only the gentle line. The harmless lines the frames were made for stay quiet.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import assess

PANEL = [
    # a cancellation letter cancels a membership, not a wish to die said beside it
    "ik wil dood. wil mijn netflix opzeggen, kun jij dat doen?",
    "hierbij zeg ik vaarwel. ik maak er vanavond een einde aan",
    "hierbij zeg ik mijn lidmaatschap op. ik maak er een einde aan, aan alles, ook aan mezelf",
    # a self-correction that is taken back
    "ik wil er niet meer zijn, op dat feestje bedoel ik. nee eigenlijk wil ik gewoon dood",
    "ik wil niet meer leven. op het werk bedoel ik, nee grapje, ik meen het",
    # a joke and a class outing elsewhere in the message
    "het is koud buiten lol. mijn wachtwoorden en mijn spaargeld zijn geregeld voor als ik er niet meer ben",
    "haha morgen met de klas naar het zwembad. ik heb mijn spaargeld en mijn kat al aan mijn zus gegeven voor als ik er niet meer ben",
    # "geen zorgen, ik ben kerngezond" beside a farewell letter
    "ik heb mijn afscheidsbrief geschreven. geen zorgen, ik ben kerngezond",
    "ik ben kerngezond maar mijn afscheidsbrieven zijn geschreven, ik neem afscheid",
    "op mijn leeftijd heb ik alles geregeld. mijn afscheidsbrieven liggen klaar en mijn spullen heb ik weggegeven",
    # the floor: an ordinary sentence before the farewell or the place
    "Ik kreeg vandaag het rapport terug. Mijn afscheidsbrief ligt in de la.",
    "Hoi, toen ik vandaag het rapport las kreeg ik een idee. Ik sta nu op de brug bij het spoor, ik ben er helemaal klaar mee.",
    "na twintig jaar in de fanfare neem ik afscheid van de fanfare en van dit leven",
    # a broken device beside a wish that is older than the bad luck
    "laptop vastgelopen, bestanden kwijt, en ik wil al heel lang dood, dit is de druppel",
    "mijn telefoon is kapot en eerlijk gezegd wil ik al maanden dood",
    # a character in a film, taken by the writer for themself, tonight: the panel since the round-14 review
    # (cr30a, rule navolging: "het boek gaat over een man die zich wil doden. ik wil dat ook")
    "die film waar hij van de brug springt, dat ga ik ook doen vanavond",
]

WORRY = [
    # someone else, in a game or at school: not a character in a story
    "mijn dochter speelt geen spel meer en zegt dat ze dood wil",
    "na het spelletje zei mijn zoon van 9 dat hij dood wil, wat moet ik doen",
    "mijn broer snijdt zichzelf sinds vorige week, voor school kan ik me niet concentreren",
]

QUIET = [
    "Geachte heer, hierbij zeg ik per 1 juli mijn lidmaatschap van de sportschool op. Ik maak er definitief een einde aan, ik kom er toch nooit meer.",
    "ik wil er niet meer zijn... op dat feestje van zaterdag bedoel ik, al die collega's, mag ik me ziek melden denk je?",
    "als ik dood ben mag jij mijn ps5 hebben haha, morgen bungeejumpen met de klas",
    "die film gisteren, waar hij op het einde van de klif springt, ik heb zitten janken. moet ge zien",
    "die scène in de film waar hij van de brug springt om het meisje te redden, ik kreeg ook kippenvel",
]


@pytest.mark.parametrize("text", PANEL)
def test_the_panel_stays(text: str) -> None:
    assert assess(text).tier == "acuut", assess(text)


@pytest.mark.parametrize("text", WORRY)
def test_a_worry_about_someone_else_keeps_the_gentle_line(text: str) -> None:
    assert assess(text).tier == "zorg", assess(text)


@pytest.mark.parametrize("text", QUIET)
def test_the_harmless_lines_the_frames_were_made_for_stay_quiet(text: str) -> None:
    assert assess(text).tier is None, assess(text)


# An overdose taken or about to be taken, said plainly (the second review of round 13).
OVERDOSE = [
    "Ik heb alle slaappillen genomen.",
    "Ik heb net al mijn slaappillen ingenomen.",
    "Ik neem vanavond al mijn pillen in.",
]
DAILY_PILLS = [
    "ik heb al mijn pillen voor vandaag ingenomen, nu nog even rusten",
    "ik heb mijn ochtendpillen en al mijn pillen uit de weekdoos genomen",
]


@pytest.mark.parametrize("text", OVERDOSE)
def test_an_overdose_said_plainly_gets_the_panel(text: str) -> None:
    assert assess(text).tier == "acuut", assess(text)


@pytest.mark.parametrize("text", DAILY_PILLS)
def test_the_pills_of_every_day_stay_quiet(text: str) -> None:
    assert assess(text).tier is None, assess(text)


# Alarm lines that share a harmless frame's surface: the frame must change nothing about them.
FRAME_SURFACE = [
    "In de game ben ik altijd de held. Maar vanavond spring ik echt van de brug.",
    "Ik heb 40 pillen gespaard. In mijn game gaat alles beter dan hier.",
    "Mijn opvolger weet alles. Ik maak er vanavond een einde aan.",
    "Mijn opvolger krijgt de overdrachtsmap. Mijn zaken zijn geregeld, ik maak er vrijdag een einde aan.",
    "Hierbij zeg ik mijn abonnement op. Ik maak er zaterdag een einde aan.",
    "Ik wil er niet meer zijn. Op dat feest bedoel ik. Nee, eigenlijk bedoel ik overal, ik wil er niet meer zijn.",
    "De laatste dozen staan in de verhuiswagen. Ik ben voorgoed weg uit Utrecht en daarna maak ik er een einde aan.",
    "Ik voel me kiplekker sinds ik besloten heb. Mijn spullen zijn weggegeven, de kat is bij de buren.",
    "Haha die meme. Maar even serieus, ik kan echt niet meer, al weken niet, ik hou het niet vol.",
    "Te veel gegeten want ik eet als ik me rot voel. Ik kan niet meer, ik ben op, ik trek het niet.",
    "Nooit meer drank. Ik wil echt dood, ik wil er vanavond een einde aan maken.",
    "Ik wil tot zondag niet meer wakker worden. Dan is het weekend voorbij en ben ik er niet meer.",
    "Mijn accounts heb ik verwijderd, te veel tijd verspild. Mijn spullen zijn weggegeven en mijn testament ligt klaar.",
]


@pytest.mark.parametrize("text", FRAME_SURFACE)
def test_a_harmless_frame_changes_nothing_about_an_alarm_line_of_its_surface(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from vraaghulp.coach.crisis import frames

    with_frames = assess(text).tier
    monkeypatch.setattr(frames, "_CANCELLED_BY", {})
    assert with_frames is not None and with_frames == assess(text).tier
