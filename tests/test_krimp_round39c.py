"""Round 39 (k39c): a second request that asks nothing new is none (idle_second.py) — a hope about the reader, small
talk about the reader, a rhetorical 'wie … dat', a let-off, the main ask's reason, courtesy turned into a question, a
fragment — while a real second task is still handed back. Drafts written for these tests (not from the corpus)."""

import pytest

from vraaghulp.coach.krimp import shrink
from vraaghulp.coach.krimp.idle_second import hope, idle

NONE = {
    "hope": ("Hallo Petra, kun jij donderdag de sleutel van de zaal ophalen bij de beheerder? Ik hoop dat u daar "
             "begrip voor heeft. Groet, Wim"),
    "small talk, zijn": "Hoi Joris, kun jij vrijdag mijn dienst overnemen? Zijt ge goed thuisgekomen van Italië?",
    "small talk, past": ("Ruben kun jij zondag helpen met de kast naar boven te tillen? hebt ge de wedstrijd gisteren "
                         "gezien trouwens, wat een doelpunt"),
    "rhetorical": ("Kun jij vandaag voor vier uur de offerte nalezen? Ik moet hem morgen versturen. En hoe kan het dat "
                   "de printer weer kapot is, wie doet dat steeds 🙄"),
    "let-off": ("Hoi Sanne, zou jij woensdag de bloemen voor de receptie kunnen halen? Laat het maar horen als het "
                "niet lukt."),
    "reason": "Hoi Tom, kun je zaterdag mijn ladder terugbrengen? Ik heb hem zondag nodig.",
    "worry": ("Hoi pap, wil je donderdag mee naar het ziekenhuis voor de uitslag? Ik wil niet dat je je zorgen maakt, "
              "het is een controle."),
    # review, round 39: 'gerust' outside a question leaves the reader free; a let-off in Flemish
    "free to": "Hoi Lies, kun je zaterdag mijn kat voeren? Neem de kinderen gerust mee, ze vinden haar leuk.",
    "let-off, ne keer": "Hoi Lies, kunde gij zaterdag mijn kat eten geven? Laat ne keer weten.",
}


@pytest.mark.parametrize("kind", sorted(NONE))
def test_a_second_that_asks_nothing_new_is_none(kind):
    r = shrink(NONE[kind])
    assert r.second == ""
    assert not any(f.kind == "meer-vragen" for f in r.findings)
    assert "?" in r.sentence and r.sentence.count("?") == 1  # the main ask is still offered


REAL = {
    "ook": ("Hoi Bas, kun je zaterdag mijn kat voeren? En kun je ook de planten water geven?",
            "Kun je ook de planten water geven?"),
    "wie wil": ("Hoi allemaal, wie kan zondag rijden naar de wedstrijd in Zwolle? En wie wil deze week de shirts wassen?",
                "Wie wil deze week de shirts wassen?"),
    "laat weten aan": ("Hoi Bram, kun jij morgen de vergadering voorzitten? En laat jij aan Petra weten dat ik later kom?",
                       "Laat jij aan Petra weten dat ik later kom?"),
    "hope with a modal": ("Hoi Kim, kun jij zaterdag de kinderen naar zwemles brengen? Ik hoop dat je ook de tassen kunt "
                          "meenemen.", "Kun je ook de tassen meenemen?"),
    # review, round 39: a let-off, 'gerust' or a 'zijn' question only when it asks nothing of the reader
    "bel jij terug": ("Hoi Sam, kun je zaterdag mijn kat voeren? En bel jij de garage terug over mijn auto?",
                      "Bel jij de garage terug over mijn auto?"),
    "laat iemand weten": ("Hoi Sam, kun je zaterdag mijn kat voeren? Laat Petra ook weten dat ik later kom.",
                          "Laat Petra ook weten dat ik later kom."),
    "thuis voor": ("Hoi Sam, kun je zaterdag mijn kat voeren? Ben je zondag ook thuis voor de loodgieter?",
                   "Ben je zondag ook thuis voor de loodgieter?"),
    "gerust ook": ("Hoi Sam, kun je zaterdag mijn kat voeren? Kun je gerust ook de planten water geven?",
                   "Kun je gerust ook de planten water geven?"),
}


@pytest.mark.parametrize("kind", sorted(REAL))
def test_a_real_second_task_is_still_handed_back(kind):
    draft, second = REAL[kind]
    assert shrink(draft).second == second


def test_a_hope_about_the_reader_is_never_the_main_ask():
    r = shrink("Beste meneer Jansen, ik hoop dat u een goede zomer heeft gehad. Zou u mijn aanvraag voor de "
               "parkeervergunning kunnen nakijken? Met vriendelijke groet, Ans")
    assert r.sentence == "Meneer Jansen, kunt u mijn aanvraag voor de parkeervergunning nakijken?"
    assert r.second == ""


def test_idle_kinds_on_the_text():
    assert idle("Ik hoop dat u een fijne vakantie heeft gehad", "Heeft u een fijne vakantie gehad?")
    assert idle("ik hoop da ge da nie erg vindt", "Ik hoop da ge da nie erg vindt?")
    assert hope("Ik hoop dat u een fijne vakantie heeft gehad", reader=True)
    assert hope("ik hoop dat ik het goed doe zo") and not hope("ik hoop dat ik het goed doe zo", reader=True)
    assert not idle("Ik hoop dat u ook kunt zeggen wanneer de schilders komen", "Kunt u ook zeggen wanneer de schilders komen?")
    assert idle("Zijt ge trouwens al aan de planning begonnen", "Zijt ge al aan de planning begonnen?")
    assert not idle("Bent u bereid om als referentie op te treden", "Bent u bereid om als referentie op te treden?")
    assert idle("Wie controleert dat eigenlijk", "Wie controleert dat?")
    assert not idle("wie kan dat regelen", "Wie kan dat regelen?")
    assert idle("moogt gerust nee zeggen eh", "Moogt gerust nee zeggen?")
    assert idle("Als 't moet, kunnen we er ne keer over babbelen", "Als 't moet, kunnen we er over babbelen?")
    assert idle("We hebben hem nodig voor de goot", "We hebben hem nodig voor de goot.")
    assert not idle("we hebben nog iemand nodig voor de bar", "We hebben nog iemand nodig voor de bar.")
    assert idle("wil je nie lastigvallen", "Wil je nie lastigvallen?")
    assert not idle("kunt ge de hond maandag nie binnen laten", "Kunt ge de hond maandag nie binnen laten?")
    for raw in ("wacht", "kan mij de andere dagen brengen", "wil vragen", "wil dat er iemand bij hem is", "kan da nie"):
        assert idle(raw, raw[:1].upper() + raw[1:] + "?")
    assert idle("Ik wil niet dat je je zorgen maakt", "Ik wil niet dat je je zorgen maakt.")
    assert not idle("Ik wil niet dat je nog belt tijdens mijn werk", "Ik wil niet dat je nog belt tijdens mijn werk.")
    assert idle("mag ik hopen", "Mag ik hopen?")
    assert not idle("kan mij iemand helpen", "Kan mij iemand helpen?")
    assert not idle("kan iemand morgen de groene bak buitenzetten", "Kan iemand morgen de groene bak buitenzetten?")
    assert not idle("Niet tegen papa zeggen", "Niet tegen papa zeggen.")
