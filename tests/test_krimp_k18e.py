"""Round 18 (k18e): a dropped reason or referent right after an ask that needs it is never dropped while sure."""

from vraaghulp.coach.krimp import shrink


def test_negated_ask_without_its_reason_is_not_sure():
    r = shrink("Mo, wil je morgenvroeg niet stofzuigen? De baby slaapt dan nog.")
    assert not r.sure or "baby" in r.sentence


def test_referent_after_the_ask_is_not_dropped_while_sure():
    r = shrink("hoi lies kun je morgen je lader meenemen, die van mij is stuk sorry")
    assert not r.sure or "stuk" in r.sentence


def test_permission_with_its_reason_is_not_dropped_while_sure():
    r = shrink("Dag Karel, mag ik donderdag om drie uur weg? Mijn dochter heeft dan een voorstelling op school.")
    assert not r.sure or "voorstelling" in r.sentence


def test_an_ask_without_background_stays_sure():
    r = shrink("Sanne, kun je morgen om acht uur de sleutel brengen?")
    assert r.sure
