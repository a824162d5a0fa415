"""Round 41 (c41): crisis-c (tuning-ho40c1/c2) and the probe cp40 (tuning40-cp) mended by the general reason each
wrong result had, not by its topic.

- a word read as more than it says: a particle taken by the wrong verb ("ik zeg nog let op" is no 'opzeggen'), an
  animal that jumps with a relative clause between ("een kat die van het dak ... sprong"), a landing that is a foam
  pit, Flemish "'t was schoon" after a tiring day, a team's lost match before "ga ik dood", jumping for joy with a
  laugh right after, not wanting to be there when someone visits while going elsewhere, getting up in the dark;
- what ends is no life: a new job named ("volgende week begin ik op ..."), a class's farewell party, a funeral
  notice ("afscheid nemen kan ... in het uitvaartcentrum"), a mail address that stops ("niets meer van mij op dit
  adres": the guard after "van mij" was skipped by backtracking);
- a song quoted: a new song on repeat; the song's own "alles wat ik was is weg" is no "wat ik voel";
- read now: "dat ik (alleen) een last ben" after a feeling, "ik ben het vechten moe", "als ik een week de deur niet
  opendoe merkt niemand het", "klaar mee allemaal", a letter to read "pas als ik weg ben", West-Flemish "noar mie",
  Limburgish "sjaar", "erm", "deper"; a cut "met de schaar in mijn arm" is no accident with a tool (the exception for
  "met de ... gesneden" gives way to a blade in the writer's arm, leg or belly, and to "dieper", "erger", "vaker");
- a full stomach: "zo veel gegeten", "mijn buik ontploft", "en dan nog rijstpap".

Round 41's review (c41r) took these exceptions out again (away from a visit, getting up in the dark or the
weekend, the animal past a relative clause, the joy jump with a laugh, the lost match, the song 'on repeat'): they
silenced real crisis lines (tests/test_crisis_review41.py). The harmless variants that now get a tier left this file; the corpus lines they
were written for are in tests/corpus/crisis/open/ with why. The 'van mij op dit adres' guard is an address, number or
account now, and the cut's accident is also a chore, job or operation named before or after.

Every line is a new variant of ours, none a corpus line. Every exception has its alarming twin (same words, real
danger: a plan, a time, the first person) that must keep the panel.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess, normalised

HARMLESS = [
    # words read as more than they say
    "ik zeg nog let op dat je niet valt en ja hoor, daar springt hij van de ladder, hij zit nu weer op het dak te lachen",
    "de hond van de buren die over het hek van de wei sprong, zo grappig",
    "morgen met de klas naar het trampolinepark, van de hoogste toren in de schuimkuil springen",
    "gisteren met de kleinkinderen naar de dierentuin, ik was kapot maar 't was schoon",
    "als Ajax morgen weer verliest tegen Feyenoord ga ik dood hoor. kijk je mee?",
    "ik ben zo trots dat ik van de tafel wil springen haha, ik ben geslaagd",
    # what ends is no life
    "mijn laatste nacht hier, volgende maand begin ik in Utrecht. bedankt en het ga je goed!",
    "morgen is het afscheid van de cursus, we maken een feestje. ik zal jullie missen!",
    "Afscheid nemen kan vrijdag van 19 tot 20 uur in het rouwcentrum. Onze moeder is na een mooi leven overleden.",
    "Vanaf maandag ben ik met pensioen. Na vrijdag horen jullie niets meer van mij op dit nummer, mijn nieuwe nummer "
    "krijgen jullie nog",
    # a song quoted
    "'ik sta op de rand en kijk naar beneden, alles wat ik had is weg' — hoe heet dat nummer ook alweer?",
    # a full stomach
    "zoveel gegeten bij oma, ik kan niet meer, mijn buik ontploft",
    "zo veel gegeten bij de buren, lasagne en dan nog rijstpap. ik kan niet meer",
    # the harmless twins of what is read now
    "sorry dat ik een last ben, kun je me zaterdag ophalen?",
    "ik ben het vechten met de verzekering zo moe",
    "als ik een week de planten geen water geef merkt niemand het",
    "zijn jullie er klaar mee allemaal? dan gaan we",
]

# The alarming twins of every exception and frame of this round: the same words with a plan, a time, a means.
REAL_ACUTE = [
    "als ze zondag weer verliezen ga ik dood, de pillen liggen klaar",
    "ik ben zo blij dat ik morgen van de brug spring, dan is het eindelijk rust",
    "ik ben zo blij dat ik van mijn balkon ga springen",
    "ik wil er niet meer zijn als hij zondag komt, ik ga naar de brug",
    "mijn kat die altijd bij me was is dood, vanavond spring ik van het dak",
    "morgen spring ik van de hoogste toren van de stad",
    "na vrijdag horen jullie niets meer van mij",
    "na vrijdag horen jullie niets meer van mij op deze aarde",
    "dat nieuwe nummer staat op repeat en ik wil niet meer leven, dat is wat ik voel",
    "dat nummer met 'ik wil dood' is precies wat ik voel",
    "ik ben kapot, het was schoon, vaarwel allemaal",
    "zo veel gegeten vandaag. ik kan niet meer, de pillen liggen klaar voor vannacht",
    "vandaag afscheid van de taalklas. ik zal jullie missen, ik heb de pillen al klaar voor vanavond",
    "ik heb alles opgezegd en de brieven liggen klaar. ik sta nu op het dak",
    "ik heb een brief geschreven. open hem pas als ik er niet meer ben",
    "gister weer mit de sjaar op mien erm gesneden, deze kier deper",
]

REAL_GENTLE_AT_LEAST = [
    "waarom zou ik opstaan als het donker is en niemand op me wacht",
    "ik denk soms dat ik alleen een last ben voor mijn gezin",
    "ik ben het strijden zo moe",
    "als ik twee weken de deur niet opendoe merkt niemand het",
    "ik ben er klaar mee allemaal",
    "niemand die hier noar mie vroagt",
    "ik heb een brief voor jullie geschreven, ligt in de kast. lees hem pas als ik weg ben",
    "gisteren weer met de schaar in mijn arm gesneden, deze keer dieper",
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


def test_dialect_words_are_read():
    said = normalised("mit de sjaar op mien erm, deze kier deper. zeg 't aan nemes").split()
    assert {"schaar", "arm", "keer", "dieper", "niemand"} <= set(said)
    assert "naar mij vraagt" in normalised("niemand die noar mie vroagt")
    assert "meer" in normalised("ich kin neet mie").split()  # Limburgish 'mie' is still 'meer' elsewhere


def test_a_particle_after_a_verb_of_its_own_is_that_verb_s():
    # 'let op' is no particle of 'zeg': no 'opzeggen' (zaken regelen) beside the roof
    assert assess("ik zeg nog let op, hij staat op het dak").tier is None
    assert assess("ik zeg mijn huur op en de brieven liggen klaar, ik sta op het dak").tier == ACUUT
