"""Round 36 (c36): crisis-x (tuning-ho35x1/x2) mended by the general reason each wrong result had, not by its topic.

- whose act it is: a perfect tense with "heeft"/"is" after a noun no person word names ("de oude heer van kamer 7
  heeft ... genomen") is someone else's act (holds._third_person_done); a work report then passes over their means;
- an everyday sense of a verb: "in een envelop/doosje gestoken" is putting away, not stabbing (concept steken-in);
  a word that only ends like a place ("storen") is no compound of it (concepts: two letters before an ending);
- a time that dates the writer's ordinary occasion ("volgende week word ik geopereerd") is no time to come for an
  act (frame_serious.said_of);
- two different medicines asked about together ("mag ik paracetamol en ibuprofen tegelijk nemen?"): "tegelijk"
  is with each other, not all at once;
- not answering the phone with a technical reason beside it (a flat battery, no reception);
- a role that commits suicide in a film is the character's act, the film about suicide stays the gentle line;
- a laughed wish beside a story of what happened (frame lach-anekdote), and a song's words quoted or searched for
  (lied-citaat, quiet now): nothing;
- misses: a burden on anyone's leg ("aan ieders been"), Limburgish "mieër", a thing in sight stared at and
  "eentje en het is klaar" (the means unnamed), what is left of a round kept for oneself.

Every line is a new variant of ours, none a corpus line; the same words meant keep their alarm.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess
from vraaghulp.coach.crisis.concepts import Hit
from vraaghulp.coach.crisis.engine import Signal
from vraaghulp.coach.crisis.frame_serious import said_of
from vraaghulp.coach.crisis.laugh import ORDINARY_NOTE, laughed_anecdote, laughed_wish

HARMLESS = [
    # someone else's case at work
    "de oude heer van kamer 7 heeft vannacht te veel van zijn slaappillen genomen, dokter is gekomen, hij is stabiel. overdracht volgt",
    "de nieuwe bewoner op de gang heeft zijn medicatie gespaard en in een keer ingenomen, arts is ingelicht en hij ligt op de spoed, overdracht volgt",
    # steken: putting away
    "ik heb de foto's van oma in een doosje gestoken, mijn arm doet pijn van het sjouwen",
    "het geld van de verkoop heb ik in een envelop gestoken voor mijn dochter, mijn rug doet pijn van het tillen",
    # the occasion's own time
    "volgende week word ik geopereerd aan mijn schouder. heb bij de notaris mijn testament laten nakijken en de wachtwoorden van de bank in een map voor mijn dochter gedaan, voor de zekerheid",
    # two medicines together
    "mag ik twee paracetamol en een ibuprofen tegelijk innemen? mijn knie doet zo'n pijn",
    # unreachable for a technical reason
    "sta vandaag op het dak van de kerktoren voor onderhoud, mijn batterij is bijna leeg, dus niet schrikken als ik niet opneem",
    "zit de hele middag op de brug voor de metingen, geen bereik hier, dus niet schrikken als ik niet reageer",
    # a role's act
    "gisteren een film gezien waarin de hoofdrolspeler zelfmoord pleegt, echt goed gespeeld",
    # a laughed story, a song
    "hahaha mijn vader heeft per ongeluk een spraakbericht naar mijn hele klas gestuurd, ik wil dood 😂",
    "ik wil dood 😂 de kat heeft mijn huiswerk van tafel gegooid en erop gekotst",
    "wie zingt dat nummer met 'ik wil dood zonder jou'? het zit al de hele dag in mijn hoofd",
    "dat liedje met 'ik spring van de brug' draait al de hele week in mijn kop, hoe heet het ook alweer?",
    # the writer's own leg, one more to go, a verb that ends like a place
    "die lening is een blok aan mijn been",
    "de laatste doos ligt hier op tafel, nog eentje en het is klaar",
    "sorry dat ik je weer kom storen, kun je morgen de vuilnisbak buitenzetten?",
    "2x morfine gegeven op kamer 4. de rest van de taart heb ik voor mezelf meegenomen",
]
REAL_ACUTE = [
    "ik heb vannacht al mijn pillen ineens genomen, niemand weet het",
    "ik heb mezelf in mijn arm gestoken met een schaar",
    "gisteren heb ik mezelf weer gestoken, in mijn been, niemand mag het zien",
    "morgen word ik geopereerd. vanavond regel ik alles, mijn testament ligt klaar, ik wil niet meer wakker worden",
    "volgende week word ik opgenomen. mijn testament en de codes van de bank liggen klaar, ik kom niet meer terug",
    "ik neem vanavond al mijn paracetamol en ibuprofen tegelijk in",
    "mag ik al mijn paracetamol en ibuprofen tegelijk nemen? dan is het klaar",
    "ik sta op de brug. niet schrikken als ze me vinden",
    "ik luister naar dat nummer met 'ik wil dood' en ik wil het ook, al maanden",
    "ik sta boven op de kerktoren en ik spring",
    "het ligt hier op mijn nachtkastje en ik lig er al uren naar te staren. eentje en het is voorbij",
    "2x morfine gegeven op kamer 4. de overschot heb ik voor mezelf meegenomen",
]
REAL_GENTLE_AT_LEAST = [
    "haha ik wil dood, al maanden eigenlijk, mijn fiets is ook nog gejat",
    "ik wil dood lol, mijn ma heeft mijn telefoon afgepakt, nee maar ik meen het",
    "die film over zelfmoord was zwaar om te zien",
    "ik ben een blok aan iedereen zijn been",
    "ik ben maar een blok aan jouw been, sorry",
    "ich kin neet mieër",
]


@pytest.mark.parametrize("text", HARMLESS)
def test_these_harmless_kinds_get_nothing(text):
    assert assess(text).tier is None, (text, assess(text).signals)


@pytest.mark.parametrize("text", REAL_ACUTE)
def test_the_same_words_meant_keep_the_panel(text):
    assert assess(text).tier == ACUUT, (text, assess(text).signals)


@pytest.mark.parametrize("text", REAL_GENTLE_AT_LEAST)
def test_these_keep_at_least_the_gentle_line(text):
    assert assess(text).tier in (ZORG, ACUUT), (text, assess(text).signals)


def test_a_laughed_wish_alone_keeps_the_panel():
    assert assess("haha wil dood").tier == ACUUT


def test_the_occasion_time_is_unsaid_only_in_its_own_clause():
    words = "volgende week word ik geopereerd . vanavond regel ik alles".split()
    said = said_of(words, [Hit("reden-ziekenhuis", 4, 5, "geopereerd")])
    assert "volgende week" not in said and "vanavond" in said and "geopereerd" in said
    assert said_of(words, []) == " ".join(words)


def test_a_laughed_story_needs_a_clause_of_its_own():
    lowered = Signal("doodswens", "zorg", "wil dood" + ORDINARY_NOTE)
    laugh = Hit("gewone-context", 3, 4, "haha")
    story = "ik wil dood haha , de hond heeft mijn sokken opgegeten".split()
    assert [hit.name for hit in laughed_anecdote([lowered], [laugh], story)] == ["lach-anekdote"]
    assert laughed_anecdote([lowered], [laugh], "ik wil dood haha , een toets".split()) == []
    assert laughed_anecdote([Signal("doodswens", "acuut", "wil dood")], [laugh], story) == []


def test_only_a_laughed_or_bare_wish_is_the_frames():
    assert laughed_wish("wil dood" + ORDINARY_NOTE)
    assert laughed_wish("wil-niet-zijn (wil: wil + dood: dood)")
    assert not laughed_wish("wil dood")
    assert not laughed_wish("wil-niet-zijn (wil: wil + niet-zijn: niet meer leven)")
