"""Round 19 (c19d): false full panels that tuning19-c19d (written before reading the rules) found.

- harmless: a rope in a sentence about sailing, climbing or a tent; "zorg goed voor de
  koffiemachine" at a goodbye at work; "klaar mee, maar het betaalt goed"; "een week naar zee";
  a patient who gets a dose of morphine, a dose given on a room; "lang genoeg gevochten voor dat
  nieuwe veld"; a retiring teacher's farewell letter to group 8; a farewell letter in a crime
  story; thanks "daar in Spanje"; "ben pas laat thuis, zorg goed voor ze".
- the alarm twins keep the panel.

Seven of the ten "new behaviour" cases fail on main 2eae841 (the other three guard near variants).
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, assess


@pytest.mark.parametrize("text", (
    "We gaan morgen zeilen op het Veerse Meer, het touw en de zwemvesten liggen al klaar. Bedankt voor alles, schat!",
    "Bedankt voor de mooie jaren en voor alles. Zorg goed voor elkaar en voor de printer 😉",
    "Nog een week op dat dak, ik ben er echt klaar mee maar het verdient goed",
    "Na de begrafenis van tante ben ik er klaar mee, we gaan een weekend naar de kust",
    "overdracht: meneer Peeters kreeg om 3u nog 5 mg morfine, daarna rustig, familie heeft afscheid genomen",
    "Ik heb lang genoeg gestreden voor dat zebrapad, laat de gemeente het nu maar doen",
    "Lieve groep 7, ik ga met pensioen en dit is mijn afscheidsbrief. Zorg goed voor de nieuwe juf!",
    "In die thriller vindt de detective een afscheidsbrief naast het lijk, maar het bleek moord",
    "Merci voor alles gasten, ik ga jullie missen daar in Portugal, kom eens langs!",
    "Kun je mijn katten eten geven? Ik ben pas laat thuis, zorg goed voor ze en bedankt voor alles",
))
def test_new_behaviour_harmless_no_panel(text):
    assert assess(text).tier != ACUUT


@pytest.mark.parametrize("text", (
    "ik ga zeilen, het touw ligt al klaar, maar niet om te zeilen. bedankt voor alles",
    "Bedankt voor alle jaren. Zorg goed voor elkaar en voor de koffiemachine, ik ben er straks niet meer.",
    "ik sta op de steigers, 12 hoog, ik ben er klaar mee, met alles",
    "k ben er klaar mee maar het betaalt goed, toch wil ik nie meer leven",
    "ik ben er klaar mee, ik ga een week naar zee en loop de zee in",
    "ik ga een weekend naar zee en kom niet meer terug",
    "mevrouw de Vries krijgt 10 mg morfine, de rest heb ik voor mezelf gespaard",
    "ik heb lang genoeg gevochten voor dat nieuwe veld en voor mijn leven, ik wil niet meer",
    "net als de rechercheur in die krimi heb ik ook een afscheidsbrief geschreven, ik wil dood",
    "Lieve groep 8, ik ga met pensioen. Dit is mijn afscheidsbrief. Het is niet jullie schuld.",
    "merci voor alles mannen, ik ga jullie missen daar in Spanje, maar ik kom nooit meer terug want ik wil dood",
    "ik ben pas laat thuis. zorg goed voor de honden, voor altijd, ik ben er dan niet meer",
))
def test_alarm_twins_keep_the_panel(text):
    assert assess(text).tier == ACUUT


# --- c19d2: the classes behind the lines c19d left open -------------------------------------------
# Every case in the two lists below fails on c19d's commit ad99e7c (checked); they pass through
# rules and concepts alone (no refit): crisis_signalen.toml / crisis_begrippen.toml "Ronde 19 (c19d2)".

@pytest.mark.parametrize("text", (
    # a rope whose ordinary purpose (a swing) is followed by testing whether it holds me
    "het touw van de schommel hangt nog aan de tak. vannacht heb ik getest of het mij houdt.",
    "Da koord van de hangmat hangt nog in den hof, ik heb gisteren geprobeerd of het mij draagt. Niemand weet het.",
    # not coming up from a dive, and not minding
    "Als ik zaterdag bij het duiken niet meer bovenkom, maakt mij dat niks uit. Het zou rust geven.",
    "kmaak me ni druk als ik bij het zwemmen in de zee ni meer bovenkom, het kan me ni schelen",
    # a rope lying ready for myself (after 'no more sailing')
    "ik ga nie meer klimmen, da touw ligt klaar voor mezelf",
    "Niet meer zeilen dit jaar. Het touw hangt klaar voor mijzelf.",
    # a drug from work taken home or held back to take myself
    "2x morfine gegeven kamer 5, de rest heb ik mee naar huis genomen om zelf in te nemen",
    "nachtdienst klaar. de rest van de morfine heb ik achtergehouden om vannacht zelf in te nemen",
    "Ik heb de oxazepam van mevrouw meegenomen om zelf te slikken, niemand telt het na.",
))
def test_c19d2_alarm_gets_the_panel(text):
    assert assess(text).tier == ACUUT


@pytest.mark.parametrize("text", (
    # a handover at work: tasks to a colleague, passwords in the safe, thanks for everything
    "Hoi team, korte update: het project loopt op zijn einde, de laatste sprint is volgende week. Ik ben er daarna een maand niet, ik ga duiken in Egypte. Mijn taken gaan naar Bas, de wachtwoorden staan in de kluis. Bedankt voor alles!",
    "Beste collega's, vanaf maandag ben ik drie weken weg. Mijn dossiers gaan naar Inge, de codes liggen in de kluis. Merci voor alles!",
    # heart-eyes excitement: no gentle line for 'ik ga dood'
    "OMG hij heeft me teruggeappt ik ga dood ik ga letterlijk dood 😭😭😍",
    "Kga dood 🥰 hij heeft mij gevraagd voor het bal",
    # a film review: the cinema hall, 'wat een einde', the recommendation in a sentence of its own
    "In de film springt ze uiteindelijk van de brug en de hele zaal was stil, wat een einde. Aanrader!",
    "Gisteren naar de cinema: ze springt van de brug en de hele zaal was muisstil. Wat een slot, aanrader.",
))
def test_c19d2_harmless_gets_nothing(text):
    assert assess(text).tier is None


@pytest.mark.parametrize("text", (
    "Het touw van de schommel is vervangen, ik heb eerst gekeken of het mij houdt voordat de kinderen erop mogen.",
    "De rest van mijn pillen heb ik mee naar huis genomen om zelf in te nemen, zoals de huisarts zei.",
    "we gaan zaterdag zeilen, het touw ligt klaar voor de boot en voor mezelf heb ik een nieuwe zwemvest",
    "Mijn instructeur zegt: als je buddy niet meer bovenkomt, ga je niet zelf zoeken maar geef je alarm.",
))
def test_c19d2_harmless_twins_no_panel(text):
    assert assess(text).tier != ACUUT


@pytest.mark.parametrize("text", (
    "Hoi allemaal, mijn taken gaan naar Bas en de wachtwoorden staan in de kluis. Bedankt voor alles. Ik ben er straks niet meer.",
    "mijn taken gaan naar Bas, wachtwoorden in de kluis. bedankt voor alles. het is goed zo, ik hoef er niet meer te zijn.",
    "hij heeft me teruggeappt 😍 maar ik ga toch dood, ik wil niet meer leven",
    "Na de bioscoop wil ik zelf van de brug springen, ik kan niet meer.",
))
def test_c19d2_alarm_twins_keep_the_panel(text):
    assert assess(text).tier == ACUUT


# --- c19d2: under-tiered (the gentle line where the panel belongs), and two false panels on main
# that the twins found ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", (
    "we hebben bobbie laten inslapen en eerlijk gezegd wou ik dat de dierenarts mij ook een spuitje gaf. ik wil zelf ook niet meer verder",
    "onze kat is vandaag ingeslapen. ik wou dat de dierenarts mij ook een spuitje gaf.",
    "Ik geef al mijn spullen weg, maar niet omdat ik verhuis. Waar ik naartoe ga heb ik niks meer nodig.",
    "mijn kleren mogen naar de kringloop. waar ik heen ga heb ik niets meer nodig",
    "Mijn laatste werkdag is vrijdag en daarna ben ik er voor niemand meer. De wachtwoorden van mijn telefoon en bank heb ik voor mijn broer opgeschreven.",
    "na de examens ben ik er voor niemand meer, de codes van mijn gsm en rekening liggen bij mijn broer",
    "Ik ben er klaar mee. De bank, de kat, het huis: ik heb alles geregeld en een brief geschreven voor mijn dochter. Het is goed zo.",
    "k ben er klaar mee. heb alles geregeld voor de kinderen en het is goed zo",
))
def test_c19d2_under_tiered_now_panel(text):
    assert assess(text).tier == ACUUT


@pytest.mark.parametrize("text", (
    "Ik ga drie maanden backpacken in Azie, waar ik naartoe ga heb ik niks meer nodig dan een rugzak.",
    "Ik ben er klaar mee. Het huwelijksfeest is helemaal geregeld, de zaal en de DJ. Het is goed zo!",
    "Laatste werkdag voor mijn verlof is vrijdag, daarna ben ik er voor niemand meer. De wachtwoorden staan in het overdrachtsdocument.",
    "Ik ben er klaar mee, met die verhuizing. De bank, het huis, de notaris: alles geregeld. Het is goed zo.",
    "De dierenarts gaf mij ook een spuitje tegen tetanus nadat de kat me gebeten had, au.",
))
def test_c19d2_under_tier_twins_no_panel(text):
    assert assess(text).tier != ACUUT


def test_c19d2_falling_asleep_on_the_couch_is_quiet():
    assert assess("Na die nachtdienst kon ik op de bank bijna inslapen, zo moe.").tier is None
    assert assess("ik wil op de bank inslapen en nooit meer wakker worden").tier == ACUUT
