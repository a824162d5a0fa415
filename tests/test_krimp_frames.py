"""Indirect request frames made direct with the right Dutch verb forms, or left alone, never broken (round 49, k49b).

Our own drafts, in many voices (Dutch and Flemish; chat, e-mail, a letter, family, work, school, neighbours), through
`shrink`: a frame ('Het zou fijn zijn als …', 'Zou het een idee zijn als …', 'Zou je het erg vinden als …', 'Ik zat
te denken of …', 'Ik wil u vriendelijk verzoeken om …', 'Zoudt ge het erg vinden moest …') becomes the direct question
with the right modal and the infinitive of the clause's finite verb; where that cannot be done surely the result is
not sure and says the writer's own sentence; a half-made question is never offered (nonsense.py's last look).
"""

from __future__ import annotations

import re

import pytest

from vraaghulp.coach.krimp import indirect, shrink
from vraaghulp.coach.krimp.finite import agrees, listed_infinitives
from vraaghulp.coach.krimp.frame_aside import moved
from vraaghulp.coach.krimp.lexicon import lexicon
from vraaghulp.coach.krimp.model import Shrunk
from vraaghulp.coach.krimp.nonsense import checked
from vraaghulp.coach.krimp.verbs import infinitive_of

CONVERTED = [
    # the brief's shapes, in our own words
    ("Het zou handig zijn als jij tot maandag niets aan de planning verandert, ook niet de volgorde.",
     "Wil jij tot maandag niets aan de planning veranderen, ook niet de volgorde?"),
    ("Het zou fijn zijn als iemand de vaatwasser uitruimt, de was ophangt en de kattenbak verschoont.",
     "Kan iemand de vaatwasser uitruimen, de was ophangen en de kattenbak verschonen?"),
    ("Zou het mogelijk zijn dat ik vanaf 1 mei drie maanden 4/5 werk, met de woensdag vrij?",
     "Mag ik vanaf 1 mei drie maanden 4/5 werken, met de woensdag vrij?"),
    ("Zou het een idee zijn als iemand deze week de boodschappen doet?", "Kan iemand deze week de boodschappen doen?"),
    ("Zou het heel vervelend zijn als jij die surveillance overneemt?", "Wil jij die surveillance overnemen?"),
    ("Zou het mogelijk zijn dat een medewerker bij ons thuis langskomt?", "Kan een medewerker bij ons thuis langskomen?"),
    ("Ik vroeg me af of je het erg zou vinden als ik mijn cv naar je stuur.", "Mag ik mijn cv naar je sturen?"),
    ("Geachte heer Pieters, hierbij wil ik u vriendelijk verzoeken om, indien mogelijk en als het u uitkomt, de "
     "lekkage in de badkamer te laten verhelpen.", "Meneer Pieters, wilt u de lekkage in de badkamer laten verhelpen?"),
    # work
    ("Hoi Mark, het zou echt handig zijn als jij vrijdag de sleutels bij de receptie afgeeft.",
     "Mark, wil jij vrijdag de sleutels bij de receptie afgeven?"),
    ("Zou het een idee zijn als jij de notulen deze keer maakt?", "Wil jij de notulen deze keer maken?"),
    ("Zou het heel vervelend zijn als ik morgen een uurtje later begin?", "Mag ik morgen een uurtje later beginnen?"),
    ("Zou u het erg vinden als ik de vergadering verzet naar dinsdag?", "Mag ik de vergadering verzetten naar dinsdag?"),
    ("Zou het een probleem zijn als ik mijn verslag een dag later inlever?",
     "Mag ik mijn verslag een dag later inleveren?"),
    ("Zou het mogelijk zijn dat ik vrijdag thuiswerk?", "Mag ik vrijdag thuiswerken?"),
    ("Zou je het erg vinden als jij de vergadering vandaag leidt?", "Wil jij de vergadering vandaag leiden?"),
    ("Zou het een idee zijn als jij het budget nog eens doorrekent voordat we het indienen?",
     "Wil jij het budget nog eens doorrekenen voordat we het indienen?"),
    ("Beste Karin, het zou fijn zijn als u de factuur nog deze maand betaalt.",
     "Karin, wilt u de factuur nog deze maand betalen?"),
    ("Zou het goed zijn als ik volgende week maandag vrij neem?", "Mag ik volgende week maandag vrij nemen?"),
    ("Het zou handig zijn als je morgen je laptop meeneemt, met de oplader.",
     "Wil je morgen je laptop meenemen, met de oplader?"),
    # home, family, neighbours
    ("Het zou fijn zijn als jij morgen de kinderen van school haalt.", "Wil jij morgen de kinderen van school halen?"),
    ("Zou je het erg vinden als ik je fiets morgen even leen?", "Mag ik je fiets morgen even lenen?"),
    ("Mam, zou je het erg vinden als ik zaterdag bij Noor blijf slapen?",
     "Mam, mag ik zaterdag bij Noor blijven slapen?"),
    ("Het zou fijn zijn als jij vanavond kookt.", "Wil jij vanavond koken?"),
    ("Het zou een uitkomst zijn als iemand dinsdag de kinderen naar zwemles brengt.",
     "Kan iemand dinsdag de kinderen naar zwemles brengen?"),
    ("Dag Els, het zou fijn zijn als jij mij vrijdag naar het station brengt.",
     "Els, wil jij mij vrijdag naar het station brengen?"),
    ("Zou het erg zijn als ik de auto morgen een dag langer houd?", "Mag ik de auto morgen een dag langer houden?"),
    ("Zou het een idee zijn als jij even met de buurman praat over de heg?",
     "Wil jij even met de buurman praten over de heg?"),
    ("Het zou fijn zijn als iemand de post, de krant en het brood haalt.",
     "Kan iemand de post, de krant en het brood halen?"),
    ("Het zou handig zijn als jij de post en de krant meeneemt.", "Wil jij de post en de krant meenemen?"),
    ("Het zou fijn zijn als jij zondag de grasmaaier terugbrengt.", "Wil jij zondag de grasmaaier terugbrengen?"),
    ("Het zou me echt helpen als jij morgen de boodschappen doet.", "Wil jij morgen de boodschappen doen?"),
    ("Zou het een idee zijn als jullie om beurten koken?", "Willen jullie om beurten koken?"),
    ("Zou het fijn zijn als ik jou zaterdag help met schilderen?", "Mag ik jou zaterdag helpen met schilderen?"),
    ("Opa, zou u het erg vinden als ik zaterdag uw aanhanger leen?", "Opa, mag ik zaterdag uw aanhanger lenen?"),
    ("Schat, het zou echt fijn zijn als jij vanavond de afwas doet, ik ben kapot.",
     "Schat, wil jij vanavond de afwas doen? Ik ben kapot."),
    ("Ik zat te denken of het een idee zou zijn als we zaterdag samen de zolder opruimen.",
     "Kunnen we zaterdag samen de zolder opruimen?"),
    # school
    ("Meneer Jansen, zou het mogelijk zijn dat mijn zoon de toets volgende week inhaalt?",
     "Meneer Jansen, kan mijn zoon de toets volgende week inhalen?"),
    ("Zou het erg zijn als mijn dochter morgen wat later op school komt?",
     "Mag mijn dochter morgen wat later op school komen?"),
    ("Zou het mogelijk zijn dat iemand van jullie mij dinsdag helpt met verhuizen?",
     "Kan iemand van jullie mij dinsdag helpen met verhuizen?"),
    # chat
    ("hey zou het fijn zijn als je ff de was binnenhaalt het gaat regenen", "Wil je de was binnenhalen?"),
    # Flemish
    ("Zoudt ge het erg vinden moest ik morgen wat later komen?", "Mag ik morgen wat later komen?"),
    ("Zoudt ge het erg vinden als gij zaterdag de kinders naar de sportkamp brengt?",
     "Wilt gij zaterdag de kinders naar de sportkamp brengen?"),
    ("Ik vroeg mij af of ge morgen de sleutel bij de buren kunt afgeven.",
     "Kunt ge morgen de sleutel bij de buren afgeven?"),
    ("Het zou tof zijn als ge zaterdag efkes langskomt.", "Wilt ge zaterdag langskomen?"),
    ("Zoudt ge het erg vinden om zaterdag op de kinderen te passen?", "Kunt ge zaterdag op de kinderen passen?"),
]

# Frames that cannot be made direct surely: the writer's own sentence, not sure, never half made.
LEFT_ALONE = [
    "Zou je het erg vinden als ik morgen niet kom?",  # 'Mag ik morgen niet komen?' reads as a ban
    "Zou het erg zijn als ik zaterdag niet meega?",
    "Is het een idee als jij de boodschappen doet en ik kook?",  # two doers
    "Toch zouden wij graag een gesprek met u hebben, het liefst na schooltijd op een dinsdag of donderdag. Mocht dat "
    "niet lukken, laat het dan weten.",
    "Ik zat te denken of het een idee zou zijn als ik het dashboard deze week even niet doe.",
    "Het zou fijn zijn als jij vanavond de kinderen in bad doet en voorleest.",
    "Het zou plezant zijn als ge zondag mee komt fietsen.",
]

_HALF = re.compile(r"(?i)\bhet (?:\w+ )?erg vinden als\b|^\W*(?:kan|kun|mag|wil)\b[^?]*\b(?:zijn|vinden) als\b")


@pytest.mark.parametrize(("draft", "want"), CONVERTED)
def test_a_frame_becomes_the_direct_question(draft, want):
    r = shrink(draft)
    assert r.sentence == want
    assert r.sure


@pytest.mark.parametrize("draft", LEFT_ALONE)
def test_a_frame_not_made_direct_stays_the_writers_own(draft):
    r = shrink(draft)
    assert not r.sure
    assert not indirect.frame_left(draft, r.sentence) and not indirect.finite_left(draft, r.sentence)
    assert not r.sentence.startswith(("Mocht", "Kan het", "Kun je het"))
    words = set(re.findall(r"\w+", draft.lower()))
    assert set(re.findall(r"\w+", r.sentence.lower())) <= words | {"kun", "kunt", "wil", "wilt", "mag", "je"}


@pytest.mark.parametrize("draft", [d for d, _ in CONVERTED] + LEFT_ALONE)
def test_no_meaning_changing_frame_survives_in_a_sure_result(draft):
    r = shrink(draft)
    if r.sure:
        assert not _HALF.search(r.sentence)
        assert not re.search(r"(?i)\bof (?:je|jij|u|ge) [^?]*\bzou", r.sentence)
        assert not indirect.frames(r.sentence)


# ---------------------------------------------------------------- the last look (nonsense.py)

HALF_MADE = [  # (draft, the broken sentence a rewrite made, the sign)
    ("het zou fijn zijn als iemand vanavond de vaatwasser uitruimt, de pannen afwast en het vuilnis buiten zet",
     "Kan iemand vanavond de vaatwasser uitruimt, de pannen afwassen en het vuilnis buitenzetten?", "onzin-vervoegd"),
    ("Het zou handig zijn als jij tot die tijd niets aan de wachtrij verandert, ook niet de prioriteiten.",
     "Wil jij tot die tijd nietsen aan de wachtrij verandert, ook niet de prioriteiten?", "onzin-vervoegd"),
    ("Zou het mogelijk zijn dat ik vanaf 1 mei drie maanden 4/5 werk, met de woensdag vrij?",
     "Mag ik vanaf 1 mei drie maanden 4/5 werk, met de woensdag vrijen?", "onzin-vervoegd"),
    ("Zou het een idee zijn als iemand deze week de boodschappen doet?",
     "Kan het een idee zijn als iemand deze week de boodschappen doet?", "onzin-kader"),
    ("Zou het heel vervelend zijn als jij die surveillance overneemt?",
     "Kan het heel vervelend zijn als jij die surveillance overneemt?", "onzin-kader"),
    ("Hoi Lies, zou je het heel erg vinden als ik je zou vragen of je donderdag op de kinderen zou kunnen letten?",
     "Lies, kun je het heel erg vinden als ik je zou vragen of je donderdag op de kinderen zou letten?", "onzin-kader"),
    ("Wij zouden graag een gesprek met u hebben, het liefst na schooltijd. Mocht dat niet lukken, laat het weten.",
     "Mocht het liefst niet lukken?", "onzin-kader"),
    ("Het zou fijn zijn als iemand de vaatwasser uitruimt, de was ophangt en de kattenbak verschoont.",
     "Kan iemand de vaatwasser uitruimen?", "onzin-rij"),
]


@pytest.mark.parametrize(("draft", "broken", "code"), HALF_MADE)
def test_a_half_made_question_is_never_offered(draft, broken, code):
    out = checked(draft, None, Shrunk(sentence=broken, findings=(), dropped=(), missing=(), sure=True))
    assert not out.sure and code in out.withheld
    assert out.sentence != broken
    assert not indirect.frame_left(draft, out.sentence) and not indirect.finite_left(draft, out.sentence)


@pytest.mark.parametrize(("draft", "good"), [
    ("Het zou fijn zijn als iemand de post, de krant en het brood haalt.",
     "Kan iemand de post, de krant en het brood halen?"),
    ("Zou het fijn zijn als je thuis bent als de monteur komt?", "Kun je thuis zijn als de monteur komt?"),
    ("Zou je het erg vinden als ik mijn cv naar je stuur?", "Zou je het erg vinden als ik mijn cv naar je stuur?"),
    ("Kun je vragen of hij morgen komt?", "Kun je vragen of hij morgen komt?"),
])
def test_a_good_question_shows_no_sign(draft, good):
    out = checked(draft, None, Shrunk(sentence=good, findings=(), dropped=(), missing=(), sure=True))
    assert out.sure and out.sentence == good


# ---------------------------------------------------------------- verb forms (finite.py, verbs.infinitive_of)

@pytest.mark.parametrize(("form", "inf"), [
    ("verandert", "veranderen"), ("uitruimt", "uitruimen"), ("afwast", "afwassen"), ("zet", "zetten"),
    ("neemt", "nemen"), ("stuur", "sturen"), ("werk", "werken"), ("doet", "doen"), ("langskomt", "langskomen"),
    ("heeft", "hebben"), ("is", "zijn"), ("wacht", "wachten"), ("print", "printen"), ("opent", "openen"),
    ("schuift", "schuiven"), ("verft", "verven"), ("giet", "gieten"), ("verzet", "verzetten"), ("zit", "zitten"),
    ("haalt", "halen"), ("belt", "bellen"), ("leegt", "legen"), ("fietst", "fietsen"), ("bijwerkt", "bijwerken"),
])
def test_a_finite_form_gives_its_infinitive_surely(form, inf):
    assert infinitive_of(lexicon(), form) == (inf, True)


def test_two_verbs_possible_is_not_sure_and_no_verb_gets_no_en():
    lex = lexicon()
    assert infinitive_of(lex, "plant")[1] is False  # planten or plannen
    assert infinitive_of(lex, "niets") == ("", False)
    assert infinitive_of(lex, "vrij") == ("", False)
    assert set(listed_infinitives("plant", "", lex.irregular, lex.particles)) == {"planten", "plannen"}


def test_a_form_agrees_with_its_subject():
    lex = lexicon()
    assert agrees("verandert", "jij", lex.irregular, lex.finite)
    assert not agrees("niets", "jij", lex.irregular, lex.finite)
    assert agrees("werk", "ik", lex.irregular, lex.finite) and not agrees("werkt", "ik", lex.irregular, lex.finite)
    assert agrees("zet", "ik", lex.irregular, lex.finite)
    assert agrees("koken", "we", lex.irregular, lex.finite) and not agrees("kookt", "we", lex.irregular, lex.finite)


def test_frames_are_found_in_their_many_shapes():
    kinds = [k for _, _, k in indirect.frames(
        "Zou het een idee zijn als jij kookt? Het zou fijn zijn als … Ik zat te denken of … Zoudt ge het erg vinden "
        "moest ik … Ik wil u vriendelijk verzoeken om … Moest het kunnen, graag.")]
    assert kinds == ["zou-het", "het-zou", "of", "vinden", "verzoek", "vlaams"]
    assert indirect.frames("Kun je morgen de kinderen halen?") == []


def test_an_aside_after_the_frame_goes_behind_the_clause():
    t = moved("Ik wil u vriendelijk verzoeken om, indien mogelijk, de kraan te laten maken.")
    assert t is not None and t.text == "Ik wil u vriendelijk verzoeken om de kraan te laten maken, indien mogelijk."
    assert moved("Kunt u de kraan laten maken?") is None
