"""Round 32 (k32e): street openers and oaths beside a name or kin word, an oath at the end of a sentence, and a date
that says 'die datum' after a preposition. Drafts written for these tests (not the corpus's)."""

from vraaghulp.coach.krimp import shrink
from vraaghulp.coach.krimp import slang_address


def _r(draft: str):
    return shrink(draft)


# --- the opener before a street call and a name (content/nl/krimp.toml, groet) --------------------------------------

def test_an_opener_before_a_call_keeps_the_name():
    r = _r("Ewa sahbi Karim, wallah ik zit vast. Kun jij vrijdag om 16u mijn fiets naar de maker brengen?")
    assert r.sentence.startswith("Karim, ")
    assert "sahbi" not in r.sentence.lower() and "ewa" not in r.sentence.lower()


def test_ewa_alone_before_a_comma_is_a_name():
    assert _r("Ewa, kun je morgen om 9 uur de sleutel brengen?").sentence.startswith("Ewa, ")


def test_an_oath_call_and_listen_before_an_unpunctuated_ask_keep_the_ask():
    r = _r("wallah kanka luister ff Sem mijn fiets is gejat kan jij me morgen om 8 uur naar school brengen")
    assert "morgen om 8 uur" in r.sentence and "naar school brengen" in r.sentence
    assert "luister" not in r.sentence.lower()


def test_wesh_and_wajo_open_like_a_greeting():
    assert _r("Wesh Ilias, kun je zaterdag om 12u de barbecue meenemen?").sentence.startswith("Ilias, ")
    assert "wajo" not in _r("Wajo Lotte, kunt ge morgen uwe boor meebrengen?").sentence.lower()


def test_a_flemish_allo_is_a_greeting():
    out = _r("Allo Marleen, kunt ge zondag om 10u de taart ophalen bij de bakker?").sentence
    assert out.startswith("Marleen, ")


# --- slang_address.py ------------------------------------------------------------------------------------------------

def test_a_mate_word_before_a_name_goes():
    assert slang_address.tidy("Bro Milan, kun je?") == ("Milan, kun je?", ["Bro"])
    assert slang_address.tidy("Broer Sami, kun je?") == ("Sami, kun je?", ["Broer"])
    assert slang_address.tidy("Yara frère, kunt ge?") == ("Yara, kunt ge?", ["frère"])


def test_a_mate_or_kin_word_alone_stays():
    for s in ("Broer, kun je morgen?", "Bro, kun je?", "Tante Joke, kun je?", "Mam, kun je?"):
        assert slang_address.tidy(s) == (s, [])


def test_a_kin_word_stays_after_an_oath_with_a_capital():
    assert slang_address.tidy("Wallah pap, kun je me halen?") == ("Pap, kun je me halen?", ["Wallah"])


def test_oath_kin_name_and_listen_leave_the_name():
    new, gone = slang_address.tidy("Wollah broer Mo luister, de auto start niet.")
    assert new == "Mo, de auto start niet."
    assert [w.lower() for w in gone] == ["wollah", "broer", "luister"]


def test_a_street_call_sma_goes():
    assert slang_address.tidy("Sma Gloria, kun je?") == ("Gloria, kun je?", ["Sma"])


def test_an_oath_at_the_end_of_a_sentence_goes():
    assert slang_address.tidy("Kun je helpen? Ik betaal je zaterdag terug wallah.") == (
        "Kun je helpen? Ik betaal je zaterdag terug.", ["wallah"])
    assert slang_address.tidy("Ik schaam me dood wollah")[0] == "Ik schaam me dood"


def test_zweer_alone_after_the_address_goes():
    assert slang_address.tidy("Broer, zweer ik ben op. Kun je?")[0] == "Broer, ik ben op. Kun je?"


def test_look_alikes_stay():
    for s in ("Zweer dat je komt.", "Luister, kun je morgen?", "Ik zweer dat ik het terugbreng.",
              "Ik heb gisteren een wallah-shirt gekocht.", "We eten vanavond bij Wallah.", "Mattie zei dat het kon, ok"):
        assert slang_address.tidy(s) == (s, [])


# --- assemble._put_moment: 'vóór die datum' -----------------------------------------------------------------------

def test_a_date_said_by_die_datum_after_a_preposition_never_doubles_it():
    for draft in ("Hoi Wendy, de verzekering voor de bus verloopt op 30 juni en kost 300 euro per jaar. Kun jij die vóór "
                  "die datum verlengen? Anders rijden we onverzekerd.",
                  "Joris, het abonnement loopt af op 31 maart. Kun je het vóór die datum opzeggen?"):
        out = _r(draft).sentence
        assert "voor op" not in out.lower() and "vóór op" not in out.lower()
