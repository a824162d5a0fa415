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
