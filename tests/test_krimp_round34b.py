"""Round 34 (k34b): padding left in the offered sentence in every register — burden talk in dialect before 'maar',
a greeting question glued to the name, 'no cap' and 'lowkey', an escape hatch in chat spelling after the ask, formal
wrappers around the ask, a name right before a hail. Drafts written for these tests (not the corpus's)."""

import pytest

from vraaghulp.coach.krimp import formal_wrap, padding_left, shrink


def _r(draft: str):
    return shrink(draft)


# --- padding_left.py: burden talk before 'maar' --------------------------------------------------------------------

BURDEN = [
    ("Dag Pieter, 'k wil u nie deranzjeren, mo kunt ge vrijdag mijn pakje afhalen?", "Pieter, kunt ge vrijdag"),
    ("Tante Mia, ik wil oe neet tot last zien, mer kinste zondag de bloemen water geven?", "Tante Mia, kinste zondag"),
    ("Joke, ik wil die nait lastig valen, mor kinst mie mörn helpen mit de tuin?", "Joke, kinst mie mörn"),
    ("Ruud, ik schaam me kapot maar kun je me 15 euro lenen tot maandag?", "Ruud, kun je me 15 euro"),
    ("Dag Karel, 'k goan u nie lang ambetant doen, moar kunt ge dinsdag de ladder terugbrengen?", "Karel, kunt ge dinsdag"),
    ("Ellen, ik wil je niet tot last zijn, je hebt het al zo druk. Maar kun je zaterdag op Noor passen?",
     "Ellen, kun je zaterdag op Noor passen?"),
    ("Wim, ik weet dat ik de laatste tijd veel te veel vraag. Kun je woensdag mijn dienst overnemen?",
     "Wim, kun je woensdag mijn dienst overnemen?"),
]


@pytest.mark.parametrize("draft,start", BURDEN)
def test_burden_talk_before_the_ask_goes_in_every_register(draft, start):
    out = _r(draft).sentence
    assert out.startswith(start), out
    for word in ("deranzjeren", "tot last", "lastig", "schaam", "ambetant", "te veel vraag"):
        assert word not in out.lower()


def test_what_follows_the_maar_stays_when_it_is_the_writers_state():
    out, gone = padding_left.burden_gone("Sjef, ik wil oe neet tot last wèn hoor, mer ich kan neet mie op de ladder "
                                         "stoon sinds mien heup. Zouste zaoterdag de dakgoot kinne sjoonmake?")
    assert out == "Sjef, ich kan neet mie op de ladder stoon sinds mien heup. Zouste zaoterdag de dakgoot kinne sjoonmake?"
    assert gone == ["ik wil oe neet tot last wèn hoor, mer"]


@pytest.mark.parametrize("sentence", [
    "Kim, ik wil niet dat je de hond uitlaat, maar kun je hem eten geven?",  # no burden word
    "Sem, ik wil de buren niet storen, maar kun je de muziek wat zachter zetten?",  # a third party disturbed
    "Jos, ik heb geen last meer van mijn knie, maar kun je me toch naar de fysio brengen?",  # 'last' of the knee
    "Tim, ik wil je niet kwijt, maar kun je vanavond eerlijk zeggen wat er is?",
    "Lotte, ik kan niet meer op de ladder, maar kun je zaterdag de dakgoot schoonmaken?",
    "Moeder, ik schaam me zo dat ik geen werk heb. Kun je me helpen met een brief?",  # shame about one's state stays
    "Nina, ik zit krap deze maand, maar kun je de 30 euro terugstorten?",
])
def test_look_alikes_keep_their_clause(sentence):
    assert padding_left.burden_gone(sentence) == (sentence, [])


# --- padding_left.py: a greeting question after the name; 'no cap', 'lowkey' --------------------------------------

@pytest.mark.parametrize("draft,start", [
    ("yo Bram alles goe? kunde gij zaterdag mijn shift overnemen", "Bram, kunt gij zaterdag"),
    ("Sara alles goed, kun je morgen de sleutel brengen?", "Sara, kun je morgen"),
    ("Kevin hoe is het, kun je me vrijdag naar Utrecht brengen?", "Kevin, kun je me vrijdag"),
    ("Jens hoe gaat het ermee, kunt ge zondag helpen verhuizen?", "Jens, kunt ge zondag"),
    ("Mo alles kits, kun je me morgen om 9 ophalen?", "Mo, kun je me morgen"),
    ("Fleur wa zegt ge, kunt ge donderdag den bak bier meebrengen?", "Fleur, kunt ge donderdag"),
])
def test_greeting_question_glued_to_the_name_goes(draft, start):
    assert _r(draft).sentence.startswith(start)


def test_all_is_well_inside_the_ask_stays():
    for s in ("Sara, kun je vragen of alles goed is met oma?", "Tom, kun je kijken of alles goed is afgesloten?"):
        assert padding_left.greeting_gone(s) == (s, [])
        assert "alles goed" in _r(s).sentence


def test_no_cap_and_lowkey_go():
    assert padding_left.oath_gone("Broer, no cap ik schaam me kapot.") == ("Broer, ik schaam me kapot.", ["no cap"])
    out = _r("ey Kevin ik ben lowkey gestrest, kan je me helpen met mn cv?").sentence
    assert "lowkey" not in out and "gestrest" in out
    out = _r("yo broer no cap ik schaam me kapot maar kan je me 20 euro sturen voor de trein?").sentence
    assert out == "Broer, kan je me 20 euro sturen voor de trein?"


# --- padding_left.py and the lists: an escape hatch after the ask ---------------------------------------------------

@pytest.mark.parametrize("draft", [
    "mevrouw sorry ik ben te laat maar mag ik het verslag maandag inleveren?? als t niet mag snap ik het",
    "Mag ik morgen thuiswerken? Als het niet mag snap ik dat.",
    "Kinste mörge mien pakske ophaole? Es 't neet geit is 't ouch good",
    "Jos, kunt ge mergen mijn vuilbak buiten zetten? as 't nie gaat, trek oe niks aan",
    "Kan je me morgen naar het station brengen? as t ni gaat is t ook goed eh",
])
def test_escape_hatch_after_the_ask_goes(draft):
    out = _r(draft).sentence
    assert out.count("?") == 1 and out.endswith("?"), out
    assert not any(w in out.lower() for w in ("snap ik", "ouch good", "trek oe", "ook goed"))


def test_hatch_shape_needs_the_let_off_at_its_end():
    keep = "Kun je me vanmiddag ophalen? Als het niet lukt voor 5 uur, bel me."
    assert padding_left.hatch_gone(keep) == (keep, [])
    assert padding_left.hatch_gone("Kun je komen? Als het niet lukt is het ook goed.") == (
        "Kun je komen?", ["Als het niet lukt is het ook goed"])


def test_a_sure_result_never_keeps_a_hatch():
    for draft in ("Mag ik morgen thuiswerken? Als het niet mag snap ik dat.",
                  "kan jij mijn dienst van zondag overnemen? als t niet lukt laat maar"):
        r = _r(draft)
        assert "als" not in r.sentence.lower()


# --- formal_wrap.py -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("draft,want", [
    ("Geachte heer Jansen, Zou u zo vriendelijk willen zijn mij een kopie van het contract toe te sturen? Met "
     "vriendelijke groet, Anne", "Meneer Jansen, kunt u mij een kopie van het contract toesturen?"),
    ("Geachte heer, ik vroeg me af of het eventueel mogelijk zou zijn dat ik de huur in twee delen betaal, op 1 en 15 "
     "juni.", "Mag ik de huur in twee delen betalen, op 1 en 15 juni?"),
    ("Beste dokter, zou het kunnen dat ik volgende week een huisbezoek krijg in plaats van naar de praktijk te komen?",
     "Dokter, mag ik volgende week een huisbezoek krijgen in plaats van naar de praktijk te komen?"),
    ("Beste Lien, zou het kunnen dat ik morgen van 9 tot 12 uw laptop gebruik voor mijn examen?",
     "Lien, mag ik morgen van 9 tot 12 uw laptop gebruiken voor mijn examen?"),
    ("Geachte mevrouw Peeters, ik vroeg me af of het mogelijk zou zijn dat u deze week feedback geeft op mijn eerste "
     "verslag, als u daar tijd voor vindt.", "Mevrouw Peeters, kunt u deze week feedback geven op mijn eerste verslag?"),
    ("Hoi Fatima, ik vroeg me af of jij mijn late dienst van 23 mei zou kunnen overnemen.",
     "Fatima, kun jij mijn late dienst van 23 mei overnemen?"),
    ("Dag meneer Claes, zou het mogelijk zijn dat ik mijn paper een week later inlever, na de examens?",
     "Meneer Claes, mag ik mijn paper een week later inleveren, na de examens?"),
])
def test_formal_wrapper_becomes_the_plain_ask(draft, want):
    assert _r(draft).sentence == want


def test_formal_look_alikes_stay():
    s = "Tom, het zou kunnen dat ik morgen later kom. Kun je de sleutel onder de mat leggen?"
    assert formal_wrap.plain(s) == (s, [])
    s = "Anne, wil je zo vriendelijk zijn als altijd tegen de nieuwe buren?"
    assert formal_wrap.plain(s) == (s, [])
    s = "Zou het kunnen dat de trein morgen niet rijdt?"  # no writer or reader as subject: no ask to make of it
    assert formal_wrap.plain(s) == (s, [])


def test_no_verb_found_leaves_the_wrapper():
    s = "Zou het kunnen dat ik de sleutel van de voordeur."
    assert formal_wrap.that_gone(s) == (s, "")


# --- name_hail.py ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("draft,start", [
    ("Lore amai ge zijt de enige die ik dit kan vragen... kunt ge efkes langskomen?", "Lore, kunt ge"),
    ("Youssef bro wallah ik schaam me kapot. kan je morgen mn shift overnemen?", "Youssef, "),
    ("Amsterdam amai wat een stad, kun je me morgen ophalen?", "Kun je"),  # 'amai wat': a cry about the thing
    ("Karim wollah kan je me 10 euro lenen?", "Karim, kan je"),
])
def test_a_name_right_before_a_hail_is_the_address(draft, start):
    assert _r(draft).sentence.startswith(start)


# --- found on the whole tuning corpus (snapshot) and mended ----------------------------------------------------------

def test_shame_in_a_later_clause_is_how_the_writer_is_and_stays():
    s = "Wouter, ik ben vorige week ontslagen en ik schaam me kapot. Heb je vrijdagavond tijd voor een biertje?"
    assert padding_left.burden_gone(s) == (s, [])


def test_an_oath_first_is_no_name():
    out = _r("Wallah broer Youssef luister, de kleine heeft koorts. Kan jij morgen om half 8 Amira naar de creche "
             "brengen?").sentence
    assert out.startswith("Youssef, ")


def test_an_adverb_is_no_finite_verb():
    s = "Koen, zou het kunnen dat ik het rapport pas tegen woensdag binnendoe in plaats van vrijdag?"
    assert formal_wrap.that_gone(s)[0] == "Koen, mag ik het rapport pas tegen woensdag binnendoen in plaats van vrijdag?"
