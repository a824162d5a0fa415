"""Round 40 (k40c): tuning40-f, what carries the meaning said outside the ask (real engine calls).

Each kind tried on drafts in other words than the corpus cases (f40-030, f40-036, f40-059):

- the ask's bare 'dan' leans on the situation said right before it ('De opvang is de hele week dicht …. Zou jij Noor
  dan … opvangen?'): dropped, the result is not sure and the not-sure offer puts it back (lean_back.py, `situation`);
- an amount said in words beside the ask ('ik moet er een kwartier eerder zijn'), cut from a sentence the result keeps
  in part: not sure (spelled_amount.py, through need_beside.py's `weg-naast`);
- what the ask's 'die' or 'daar' points at is found over a short apology between ('… gezet. sorry voor de rommel. zou
  je die …') and after a greeting typed without a comma ('beste joke ik heb …'), and 'daar' with a question clause
  after it ('kun je daar kijken of het dak nog lekt') still points; the not-sure offer puts it back, also for an ask
  to whoever handles a problem (lean_back.py, pointing.py, shrink._offered);
- a family word that is the subject of the sentence kept before the ask ('Pa moet dinsdag … zijn.') is never made the
  vocative when the result is shrunk again ('Pa, moet dinsdag …': subject_front.py);
- a clock time with a full stop inside ('om 19.00') is no sentence end when the offer puts a sentence back in front
  (lean_back._PIECE): the ask stays whole.
"""

import pytest

from vraaghulp.coach.krimp import shrink
from vraaghulp.coach.krimp.lean_back import situation
from vraaghulp.coach.krimp.spelled_amount import amounts, lacked
from vraaghulp.coach.krimp.subject_front import made_vocative


def test_the_situation_a_bare_dan_leans_on_is_never_dropped_while_sure(rules_only):
    r = shrink("Hoi Mark, de opvang is de hele week dicht vanwege een verbouwing. Zou jij Noor dan op maandag kunnen "
               "opvangen, van 8 tot 5?")
    assert not r.sure and "weg-verwijzing" in r.withheld
    assert "de opvang is de hele week dicht" in r.sentence.lower()  # the offer puts it back in front
    assert r.sentence.index("dicht") < r.sentence.index("dan op maandag")


def test_a_dan_after_an_if_clause_leans_on_nothing_before(rules_only):
    r = shrink("Hoi Mark, de opvang is dicht. Als je tijd hebt, kun je dan woensdag de hond uitlaten?")
    assert "weg-verwijzing" not in r.withheld


@pytest.mark.parametrize("said, ok", [
    ("Het kinderdagverblijf is de hele week dicht vanwege een verbouwing.", True),
    ("Mijn moeder ligt in het ziekenhuis.", True),
    ("Gaat het?", False),
    ("Sorry!", False),
])
def test_what_a_bare_dan_may_lean_on(said, ok):
    assert situation(said) is ok


@pytest.mark.parametrize("piece, found", [
    ("ik moet er een half uur vroeger zijn", ["een half uur"]),
    ("De zaal moet twee uur vooraf klaar staan.", ["twee uur"]),
    ("Het kost vijftig euro.", ["vijftig euro"]),
    ("Ik heb nog twee man nodig.", ["twee man"]),
    ("Ik ben al twee weken ziek.", []),  # how long it has gone on: background
    ("Ik heb om tien uur een afspraak.", []),  # a clock time
    ("Het hoeft niet lang, een uurtje is al fijn.", []),  # vague
    ("We zitten krap want drie mensen zijn ziek.", []),  # people as the subject of a reason
])
def test_amounts_said_in_words(piece, found):
    assert amounts(piece) == found


def test_an_amount_the_result_holds_is_not_lacked():
    assert not lacked("ik moet er een half uur vroeger zijn", "Kun je me een half uur vroeger brengen?")
    assert lacked("ik moet er een half uur vroeger zijn", "Kun je me brengen? Het begint om 14u.")


def test_an_amount_in_words_cut_beside_the_ask_is_never_dropped_while_sure(rules_only):
    r = shrink("Hoi Mark, kun je mij morgen naar het station brengen? De trein vertrekt om 9u, ik moet er een kwartier "
               "eerder zijn.")
    assert "kwartier" in r.sentence or (not r.sure and "weg-naast" in r.withheld)


def test_a_clock_time_with_a_full_stop_stays_whole_when_a_sentence_is_put_back():
    r = shrink("Hoi Jasmijn! Ik voel me echt een zeur. Wil je ze vanavond om 19.00 in bad doen? Sara mag geen aardbei.")
    assert "om 19.00 in bad doen?" in r.sentence
    assert ". 00" not in r.sentence


def test_what_die_points_at_is_found_over_an_apology_and_a_greeting_without_comma():
    draft = ("beste joke ik heb gisteren een tas met kleren bij de voordeur gezet. sorry voor de rommel. zou je die "
             "naar de container kunnen brengen als je vrijdag toch gaat?")
    r = shrink(draft)
    assert not r.sure
    low = r.sentence.lower()
    assert low.startswith("joke, ik heb gisteren een tas met kleren bij de voordeur gezet.")
    assert "sorry" not in low and "beste" not in low
    struck = " ".join(draft[a:b] for a, b in r.dropped)
    assert "sorry voor de rommel" in struck and "tas met kleren" not in struck  # what is put back is not struck through


@pytest.mark.parametrize("draft, said", [
    ("Hallo Piet, sorry voor het late bericht. Mijn boot ligt nog in de haven van Lemmer. Zou je daar zaterdag even "
     "kunnen kijken of de motor nog lekt?", "mijn boot ligt nog in de haven van lemmer."),
    ("Goedemiddag, neem me niet kwalijk. Ons tuinhuis staat op het volkstuinencomplex aan de Dijkweg. Kunt u daar "
     "deze week kijken of het dak nog lekt?", "ons tuinhuis staat op het volkstuinencomplex aan de dijkweg."),
])
def test_the_place_daar_points_at_comes_back_before_an_ask_to_look_whether(draft, said):
    r = shrink(draft)
    assert not r.sure
    low = r.sentence.lower()
    assert said in low and low.index(said) < low.index("daar")


def test_a_subject_is_never_made_the_vocative_when_shrunk_again():
    r = shrink("Hoi allemaal, ik voel me bezwaard. Oma moet dinsdag om 9.40 uur in het ziekenhuis zijn, bij de poli. "
               "Wie kan haar daar naartoe brengen?")
    assert r.sentence.startswith("Oma moet dinsdag")
    assert "Oma, moet" not in r.sentence


@pytest.mark.parametrize("sentence, again, made", [
    ("Oma moet morgen naar de tandarts.", "Oma, moet morgen naar de tandarts.", True),
    ("Pa moet dinsdag om 9 uur in Zwolle zijn. Wie kan hem brengen?",
     "Pa, moet dinsdag om 9 uur in Zwolle zijn. Wie kan hem brengen?", True),
    ("Sanne kun je morgen komen?", "Sanne, kun je morgen komen?", False),  # a name before an ask to the reader
    ("Lotte ge mag die houden tot morgen.", "Lotte, ge mag die houden tot morgen.", False),  # said to the reader
    ("Oma ge mag die houden tot morgen.", "Oma, ge mag die houden tot morgen.", False),
    ("Joris is het goed als ik het overneem?", "Joris, mag ik het overnemen?", False),  # a name, not a family word
    ("Kun je morgen komen?", "Kun je morgen komen?", False),
])
def test_what_a_subject_made_vocative_looks_like(sentence, again, made):
    assert made_vocative(sentence, again) is made
