"""Round 57 (k57a): `zeker` after the form is chosen — a condition on the reader in front of the question's verb.

`checks.shape` gives one code, `vorm`, for two jobs: it makes the engine offer the writer's own question, and it
withholds `zeker`. Round 56 (k56b) narrowed it inside `checks.shape` and the offered form changed ('dan' lost after a
kept condition, a typed list moved). Here the form is chosen as before; vorm_zeker.py decides afterwards whether
`vorm` may still withhold `zeker`: not when it fired only because the question's front was read as 'als' of a
condition on the reader ('als ge morgen naar het containerpark rijdt, kunt ge …') and the sentence offered is itself
a direct question after it. Drafts: tests/corpus/krimp/tuning57-k57a.toml (and the outside draft h46a-008).
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import shrink, vorm_zeker

SURE = [
    ("Hoi Mariska, als je zaterdag toch naar de IKEA gaat, zou je dan twee van die witte opbergdozen voor me kunnen "
     "meenemen? Ik mag nog niet tillen.",
     "Mariska, als je zaterdag toch naar de IKEA gaat, kun je dan twee van die witte opbergdozen voor me meenemen?"),
    ("Nonkel Fons, als ge dinsdag naar de veiling in Mechelen gaat, zoudt ge dan vijf kisten prei voor mij kunnen "
     "meenemen? Ik betaal u cash. Groeten, Dirk",
     "Nonkel Fons, als ge dinsdag naar de veiling in Mechelen gaat, kunt ge dan vijf kisten prei voor mij meenemen?"),
    ("Hoi Veerle, als gij straks naar de apotheek van het ziekenhuis gaat, zoudt gij dan de morfinepleisters voor kamer "
     "214 kunnen meebrengen? Merci!",
     "Veerle, als gij straks naar de apotheek van het ziekenhuis gaat, kunt gij dan de morfinepleisters voor kamer 214 "
     "meebrengen?"),
    ("Hey Ruud, als jij vandaag toch bij de klant in Roermond bent, zou je dan de pallets van order 4471 kunnen tellen? "
     "Thanks!",
     "Ruud, als jij vandaag toch bij de klant in Roermond bent, kun je dan de pallets van order 4471 tellen?"),
    ("Hoi lieverd, als je zaterdag toch naar de Jumbo in Leeuwarden gaat, wil je dan voor mij meenemen: 2 pakken koffie, "
     "kattenbrokken, batterijen AA en een verjaardagskaart voor pake? Geen haast hoor en anders doe ik het zelf wel. "
     "Dikke kus mem",
     "Lieverd, als je zaterdag toch naar de Jumbo in Leeuwarden gaat, wil je dan voor mij meenemen: 2 pakken koffie, "
     "kattenbrokken, batterijen AA en een verjaardagskaart voor pake?"),  # h46a-008, an outside draft
]


@pytest.mark.parametrize("draft,offered", SURE)
def test_a_reader_condition_in_front_of_the_verb_no_longer_withholds_zeker(draft, offered):
    """Sure, in the form the not-sure path offered before: the condition in front, its 'dan' kept, 'zou' made direct."""
    r = shrink(draft)
    assert r.sure, r.withheld
    assert r.sentence.startswith(offered)


HELD = [
    # a hatch said as a condition: the golds drop it; kept, the result stays not sure
    "Hoi Mirjam, als het je niet te veel is, zou je dan morgen mijn dienst van 7 tot 15 willen overnemen? Mijn dochter "
    "is ziek.",
    # a condition on the weather, not on the reader: the front check is as before
    "Nonkel Fons, als het dinsdag niet regent, zoudt ge dan de haag aan de straatkant kunnen snoeien? Groeten, Dirk",
]


@pytest.mark.parametrize("draft", HELD)
def test_a_hatch_or_a_condition_on_something_else_stays_held_by_vorm(draft):
    r = shrink(draft)
    assert not r.sure
    assert "vorm" in r.withheld


def test_a_run_on_whose_zou_stays_in_the_offer_stays_not_sure():
    """soft_zou.py makes 'zou je … kunnen' direct only after a comma or at the start: the run-on keeps 'zou je dan …
    kunnen', no direct question, so `vorm` still withholds `zeker`."""
    r = shrink("He Joost, als je vrijdag toch met de aanhanger naar de stort gaat zou je dan ons oude bankstel kunnen "
               "meenemen? Staat al in de garage")
    assert not r.sure
    assert "zou je dan" in r.sentence


@pytest.mark.parametrize("words,at", [
    (["als", "ge", "toch", "langs", "de", "brico", "rijdt", ",", "kunt", "ge"], 8),
    (["als", "ge", "toch", "naar", "den", "aldi", "gaat", "kunt"], 7),
    (["als", "je", "tijd", "hebt", ",", "kun", "je"], 0),  # a hatch
    (["als", "het", "dinsdag", "niet", "regent", ",", "kunt", "ge"], 0),  # no reader
    (["kun", "je"], 0),
])
def test_lead_reads_a_reader_condition_before_the_verb(words, at):
    assert vorm_zeker.lead(words) == at


def test_overdragen_is_a_real_word_not_a_misspelled_overvragen():
    """`bijna-wrapper` held back five outside results over four authors, all acceptable, all for one word: 'overdragen'
    (to hand over a task) read as a typo of the wrapper word 'overvragen'. It is a real word (content/nl/krimp.toml
    echte_woorden); a real typo of a wrapper word still holds `zeker` back."""
    r = shrink("Esther, ik zit helemaal vol. Kan ik de presentatie voor het MT aan Joris overdragen?")
    assert "bijna-wrapper" not in r.withheld
    assert r.sure
    from vraaghulp.coach.krimp.lexicon import lexicon
    from vraaghulp.coach.krimp.typos import typo_of
    assert typo_of(lexicon(), "overvargen") == "overvragen"
