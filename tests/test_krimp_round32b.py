"""Round 32 (k32b): oaths and street calls at the front, hedges left in the ask, a detail said before the ask, broken
joins and moments moved, a crisis draft's place. Drafts written for these tests (not the corpus's)."""

from vraaghulp.coach.krimp import shrink
from vraaghulp.coach.krimp import caps_kept, even_ask, from_now, slang_address


def _s(draft: str) -> str:
    return shrink(draft).sentence


# --- slang_address.py --------------------------------------------------------------------------------------------

def test_oath_and_street_call_after_a_name_go_the_name_stays():
    out = _s("Hee Yasmina kanka, sorry dat ik weer zeur. Kan jij donderdag mijn pakket bij de buren ophalen?")
    assert out.startswith("Yasmina, ")
    assert "kanka" not in out.lower()


def test_oath_after_a_group_goes_the_group_stays():
    out = _s("Jongens wallah ik ben gesloopt van de verhuizing. Wie kan zondag om 10 uur helpen met de kast?")
    assert "wallah" not in out.lower()
    assert "zondag om 10 uur" in out


def test_kin_and_mate_words_alone_stay_as_the_address():
    assert slang_address.tidy("Bro, kun je zaterdag helpen?")[0] == "Bro, kun je zaterdag helpen?"
    assert slang_address.tidy("Maat, kan je?")[0] == "Maat, kan je?"
    assert slang_address.tidy("Kevin gast, kun je?") == ("Kevin, kun je?", ["gast"])


def test_a_street_call_alone_goes_and_the_next_word_gets_the_capital():
    assert slang_address.tidy("Sahbi, kunt gij mij voeren?") == ("Kunt gij mij voeren?", ["Sahbi"])
    assert slang_address.tidy("Wollah kanka, ik zweer je ik heb geen keus.")[0] == "Ik heb geen keus."


def test_no_address_no_change():
    for s in ("Mattie zei dat het kon, ok", "Ik zweer dat ik het terugbetaal. Kun je?", "Dilan, kun je komen?"):
        assert slang_address.tidy(s) == (s, [])


def test_oath_is_named_as_a_finding():
    r = shrink("wallah broer ik snap niks van die brief. kun jij morgen met mij naar de brief kijken?")
    assert "wallah" not in r.sentence.lower()
    assert any("wallah" in (f.text or "").lower() for f in r.findings)


# --- even_ask.py -------------------------------------------------------------------------------------------------

def test_eens_in_the_ask_goes():
    assert even_ask.tidy("Wil je zaterdag eens op de kinderen passen?") == ("Wil je zaterdag op de kinderen passen?",
                                                                             ["eens"])


def test_even_that_compares_or_means_again_stays():
    for s in ("Kun je stoelen meenemen die even hoog zijn?", "Kun je zorgen dat iedereen even veel betaalt?",
              "Kun je nog even wachten?", "Ben je het eens met mij?", "Kun je eens per week komen?",
              "Kun je in de even weken geen nachten geven?", "Heb je even?"):
        assert even_ask.tidy(s) == (s, [])


def test_plain_even_goes_only_when_not_sure():
    s = "Kun je deze week elke avond even bellen?"
    assert even_ask.tidy(s) == ("Kun je deze week elke avond bellen?", ["even"])
    assert even_ask.tidy(s, plain=False) == (s, [])


def test_even_before_niet_meer_goes_without_meer_it_stays():
    assert even_ask.tidy("Ik trek het even niet meer. Kun jij?")[0] == "Ik trek het niet meer. Kun jij?"
    assert even_ask.tidy("Ik trek het even niet. Kun jij?")[0] == "Ik trek het even niet. Kun jij?"


# --- zou_cluster.py ----------------------------------------------------------------------------------------------

def test_zou_kunnen_vragen_of_stays_one_clause():
    out = _s("Zoudt ge aan uw broer kunnen vragen of hij vrijdag mijn fiets kan maken?")
    assert ". Kunnen" not in out and "broer. " not in out
    assert "vragen of hij vrijdag mijn fiets kan maken" in out


# --- assemble.py with from_now.py and day_only.py ----------------------------------------------------------------

def test_an_ask_that_names_its_day_keeps_its_own_die_nacht():
    out = _s("Mijn trein naar Parijs gaat woensdag 6:50. Kan jij mij woensdag om 5:10 naar het station brengen, "
             "maar alleen als je die nacht niet werkt?")
    assert "als je die nacht niet werkt" in out
    assert "als je woensdag" not in out


def test_an_ask_for_good_takes_no_moment_from_elsewhere():
    out = _s("Pap, op de bruiloft van Sanne zei je weer iets over mijn werk. En met Kerst ook al.\n"
             "Het raakt me echt.\nWil je geen grapjes meer maken over mijn baan?")
    assert "Kerst" not in out
    assert from_now.for_good("wil je nooit meer zo laat bellen")
    assert not from_now.for_good("kun je niet meer dan drie stoelen meenemen")


def test_only_the_day_comes_in_next_to_the_asks_clock_time():
    out = _s("Mijn bus vertrekt zaterdag om 8u05 in Gent. Zou je mij om 7u15 aan mijn kot kunnen oppikken?")
    assert "zaterdag om 7u15" in out
    assert "8u05 om" not in out and "om 8u05 om" not in out


def test_the_date_after_the_day_comes_along():
    out = _s("Hey Joris, ik verhuis vrijdag de 3e en de bus is maar tot 14u. Zoudt gij om 9u aan mijn huis kunnen zijn?")
    assert "vrijdag de 3e" in out


# --- shift_hours.py ----------------------------------------------------------------------------------------------

def test_shift_hours_before_the_ask_go_into_it():
    out = _s("Hoi team, ik heb zondag een bruiloft en sta ingeroosterd van 12:00 tot 20:00 in de keuken. "
             "Kan iemand zondag mijn dienst overnemen?")
    assert "van 12:00 tot 20:00" in out


def test_hours_of_someone_else_do_not_go_in():
    out = _s("De winkel is zaterdag open van 9:00 tot 17:00. Kan iemand zaterdag mijn dienst overnemen?")
    assert "9:00 tot 17:00 mijn dienst" not in out and "zaterdag van 9:00" not in out


# --- crisis_place.py and crisis_later.py -------------------------------------------------------------------------

def test_a_crisis_draft_keeps_where_the_writer_is():
    r = shrink("sorry lies ik sta op de parkeerplaats bij het Erasmus MC en ik wil niet meer leven het gaat niet meer "
               "kun je me bellen")
    assert r.crisis
    assert "parkeerplaats bij het Erasmus MC" in r.sentence
    assert "bellen" in r.sentence


def test_a_crisis_state_said_like_a_place_is_not_put_back():
    r = shrink("ik zit in de put en ik wil niet meer leven kun je me bellen")
    assert r.crisis
    assert "in de put" not in r.sentence.split(". ")[-1]


def test_crisis_ask_planned_for_later_gets_no_nu():
    r = shrink("MIJN HOND EET NIET MEER EN IK MOET OVERMORGEN OM 9.40 NAAR DE DIERENARTS IN DE DORPSSTRAAT. "
               "ZOU JIJ MIJ MET DE AUTO WILLEN BRENGEN.")
    if r.crisis:
        assert " NU " not in r.sentence.upper()


def test_a_ride_along_a_plan_for_tomorrow_in_a_crisis_draft_gets_no_nu():
    r = shrink("ik wil niet meer leven. ik moet morgen om 10.15 naar de psychiater. kun je me brengen?")
    assert r.crisis
    assert "nu" not in r.sentence.lower().split() and "morgen om 10.15" in r.sentence


def test_crisis_call_still_gets_nu():
    r = shrink("ik wil niet meer leven. kun je me bellen?")
    assert r.crisis
    assert "nu" in r.sentence.lower().split()


# --- caps_kept.py ------------------------------------------------------------------------------------------------

def test_capitals_draft_gets_capitals_back():
    assert caps_kept.kept("BESTE JONAS, IK KAN NIET MEER NAAR HET KANTOOR", "JONAS, iK KAN, Wilt GIJ?") == \
        "JONAS, IK KAN, WILT GIJ?"
    assert caps_kept.kept("kun je mijn eID-kaart halen", "Kun je mijn eID-kaart halen?") == \
        "Kun je mijn eID-kaart halen?"


def test_amai_before_the_name_is_a_greeting_the_name_stays():
    out = _s("Amai Jelle, ik zit hier met de handen in het haar. Zoudt ge vrijdag mijn vroege kunnen overnemen?")
    assert out.startswith("Jelle, ")
    assert "amai" not in out.lower()
