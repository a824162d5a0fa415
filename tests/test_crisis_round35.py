"""Round 35 (c35): crisis-w (tuning-ho34w1/w2) and tuning35-cy brought in; frames for what the words are about.

Our own new variants (none is a corpus line): a small thing nobody will notice, a body that burns from sport, a game's
raid, a hunting rifle put back in the safe, a training jump with a club, a patient's family saying goodbye at work, a
late husband's things given away and going on again, a cook afraid to cut a finger, the show one cannot stand any more,
someone else's words as a topic (a character, a title, a teacher's or a psychologist's question), a burden with a favour
asked: no alarm. The same words about the writer's own end, a wound made or hidden, a weapon taken out, a jump alone, a
self-dose asked, keep their alarm (the panel where the words are acute). Also: a self-dose asked "als ik ze zelf zou
nemen", Gronings "bie t spoor ... kin nait meer".
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import assess

QUIET = [
    "die moddervlek op mijn jas, als ik mijn sjaal erover hang ziet niemand het toch",
    "niemand gaat het merken als ik de laatste pannenkoek neem, de rest is al vol",
    "na de halve marathon stonden mijn dijen in brand, nu eerst een ijsbad",
    "in de raid van gisteren ben ik drie keer doodgegaan, wie revivet mij vanavond?",
    "na de drijfjacht het geweer gepoetst en weer in de kluis, volgend weekend opnieuw",
    "met de reddingsbrigade oefenen we morgen van de kade springen in volle kledij",
    "de familie kwam nog afscheid nemen en meneer is rustig heengegaan, zware dienst gehad",
    "de boeken van mijn vrouw naar de bib gebracht, twee jaar na haar dood. het is goed zo, ik kan weer verder",
    "mijn messen zijn zo bot, straks snij ik me nog in mijn duim bij het tomaten snijden, iemand tips?",
    "k trek da nie meer, die realityshow met die koppels, zet de voetbal op",
    "in die roman zegt het personage 'niemand zou me missen', zo mooi geschreven, lees het",
    "als leerkracht zoek ik lesmateriaal, wat zeg je als een leerling zegt 'ik ben leeg'?",
    "sorry dat ik ne last ben, kunde gij mij morgen na de training oppikken?",
    "vanbinnen ben ik leeg na die finale, wat een match",
    "de karabijn van mijn grootvader hangt boven de schouw, mooi stuk",
]

ALARM = [
    "niemand zou het merken als ik er niet meer was, ik heb de pillen al klaar",
    "na de training heb ik mijn dijen weer opengekrast met een mesje, niemand weet het",
    "ik heb het geweer uit de kluis gehaald en geladen, zeg tegen mijn vrouw dat het me spijt",
    "ik ga alleen naar de kade, niet om te oefenen, ik spring en kom niet meer boven",
    "ik heb afscheid genomen van iedereen, mijn spullen liggen klaar, het is goed zo",
    "ik heb mezelf expres in mijn duim gesneden met het mes, niemand mag het zien",
    "ik wil niet meer leven, ik trek het niet meer",
    "hoeveel van die slaappillen is te veel als ik ze zelf zou nemen? vraag voor mezelf",
    "niemand gaat het merken als ik de laatste pillen neem",
    "ik heb de karabijn uit de kluis gehaald, zeg tegen mama dat het me spijt",
    "ik ga van de toren springen, niet in de raid, in het echt",
]

ZORG_AT_LEAST = [
    "ik voel mij een last met die krukken, zo nutteloos, het zou beter zijn als ik er niet was",
    "niemand zou het merken als ik een maand niet kwam, dat doet pijn",
    "moi, zit hier bie t spoor. kin nait meer",
    "vanbinnen voel ik me leeg sinds de verhuizing van mijn beste vriendin",
    "ik ben zo moe, niet van de kinderen, maar van mezelf",
]


@pytest.mark.parametrize("text", QUIET)
def test_harmless_frame_gives_no_alarm(text):
    assert assess(text).tier is None, assess(text).signals


@pytest.mark.parametrize("text", ALARM)
def test_real_line_in_the_same_words_keeps_the_panel(text):
    assert assess(text).tier == "acuut", assess(text).signals


@pytest.mark.parametrize("text", ZORG_AT_LEAST)
def test_real_worry_in_the_same_words_is_caught(text):
    assert assess(text).tier is not None, assess(text).signals


def test_a_dose_question_with_a_medical_reason_is_no_plan():
    """'als ik ze zelf zou nemen' with a headache or a fever named is an ordinary dosing question."""
    assert assess("hoeveel paracetamol is te veel als ik ze zelf zou nemen voor mijn hoofdpijn?").tier != "acuut"
    assert assess("hoeveel tabletten is te veel als ik ze zelf zou nemen? gewoon om te weten").tier == "acuut"


def test_a_rifle_back_in_the_safe_with_the_key_kept_for_myself_keeps_the_panel():
    text = "het geweer ligt weer in de kluis maar de sleutel heb ik bij me, voor mezelf"
    assert assess(text).tier == "acuut"
