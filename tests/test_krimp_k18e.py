"""Round 18 (k18e): a referent or needed fact right after an ask is never dropped while sure."""

from vraaghulp.coach.krimp import shrink


def test_referent_after_the_ask_is_not_dropped_while_sure():
    r = shrink("hoi lies kun je morgen je lader meenemen, die van mij is stuk sorry")
    assert not r.sure or "stuk" in r.sentence


def test_an_ask_without_background_stays_sure():
    r = shrink("Sanne, kun je morgen om acht uur de sleutel brengen?")
    assert r.sure
