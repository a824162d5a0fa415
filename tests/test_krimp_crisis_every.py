"""Round 48 (k48c): a crisis result keeps every sentence of the writer's distress (crisis_every.py).

Issue 12 point 7: with crisis language the offered sentence keeps the person's own words about how bad it is; it is
never made lighter. Every clause of the draft with a signal of the crisis check of either level (zorg or acuut), or
a dangerous place, that the result dropped goes back in the writer's order. Drafts written for this test, Dutch and
Flemish, chat spelling too.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import crisis_every, shrink

# (draft, words the result must keep, words that must still be gone)
KEPT = [
    # a zorg-level clause at the end of a long sentence, beside a zorg-level sentence (the p47-038 shape)
    ("Sanne. ik trek het niet meer. ik lig al de hele dag in bed en ik weet niet meer waarom ik nog doorga. sorry dat "
     "ik je stoor.", ["ik trek het niet meer", "weet niet meer waarom ik nog doorga"], ["sorry"]),
    ("Sam. ik kan echt ni meer. de kleine slaapt en ik lig hier op de grond en ik weet ni meer waarom ik nog doorga.",
     ["kan echt ni meer", "weet ni meer waarom ik nog doorga"], []),
    ("Noor. ik kan niet meer. de baby slaapt en ik zit hier in de badkamer en ik zie geen reden meer om door te gaan.",
     ["kan niet meer", "zie geen reden meer om door te gaan"], []),
    # a second heavy sentence after the heaviest, in a draft without a request
    ("Lotte ik wil niet meer leven. ik zie het echt niet meer zitten. laat maar",
     ["wil niet meer leven", "zie het echt niet meer zitten"], ["laat maar"]),
    ("Oma, ik heb het gevoel dat ik niet meer wil leven. Alles is te veel. Ik weet niet of u dit moet lezen.",
     ["niet meer wil leven", "Alles is te veel"], []),
    ("Femke ik trek het niet meer. ik weet niet meer waarom ik nog opsta. ik wil er gewoon niet meer zijn",
     ["trek het niet meer", "waarom ik nog opsta", "wil er gewoon niet meer zijn"], []),
    # Flemish chat: a greeting, an apology and 'ma' before the heavy words
    ("jo Milan sry da k zo laat stuur ma ik zie het echt ni meer zitten. ik wil er ni meer zijn",
     ["zie het echt ni meer zitten", "wil er ni meer zijn"], ["sry", "zo laat"]),
    ("ma kzie het ni meer zitten. kwil gewoon da het stopt. sorry da kik u stoor",
     ["kzie het ni meer zitten", "kwil gewoon da het stopt"], ["sorry"]),
    # the sentence the heaviest one leans on, said before it
    ("Dag Tine. Sinds Jef weg is zie ik het niet meer zitten. Ik wil eigenlijk ook niet meer verder. Sorry.",
     ["zie ik het niet meer zitten", "niet meer verder"], ["Sorry"]),
]


@pytest.mark.parametrize("draft,keep,gone", KEPT)
def test_every_heavy_sentence_stays(draft, keep, gone):
    result = shrink(draft)
    assert result.crisis, draft
    low = result.sentence.lower()
    assert all(k.lower() in low for k in keep), result.sentence
    assert not any(g.lower() in low for g in gone), result.sentence
    assert " nu " in f" {low} ", result.sentence  # no moment in the draft: 'nu' (point 7)


def test_the_writers_order():
    # the dropped sentence went before the kept one: it goes back before it, not after
    result = shrink("Tine. Sinds Jef weg is zie ik het niet meer zitten. Ik wil eigenlijk ook niet meer verder.")
    low = result.sentence.lower()
    assert low.index("niet meer zitten") < low.index("niet meer verder"), result.sentence
    result = shrink("Sanne. ik trek het niet meer. ik lig al de hele dag in bed en ik weet niet meer waarom ik nog "
                    "doorga.")
    low = result.sentence.lower()
    assert low.index("trek het niet meer") < low.index("waarom ik nog doorga") < low.index("?"), result.sentence


def test_the_place_and_own_words_replace_the_ready_state():
    # the writer's own 'ik kan niet meer' instead of the ready 'Het gaat niet goed met me.', after the place
    result = shrink("Kees. ik sta op het dak van de parkeergarage. ik kan niet meer. sorry")
    assert "het gaat niet goed" not in result.sentence.lower(), result.sentence
    low = result.sentence.lower()
    assert low.index("dak van de parkeergarage") < low.index("ik kan niet meer") < low.index("?"), result.sentence


def test_a_guess_alone_is_no_heavy_sentence():
    # 'ik weet niet waarom ik dit stuur': only the fitted second opinion hears something; it is about the message
    draft = "Karin, ik weet niet waarom ik dit stuur. Ik wil dood. Kun je nu komen?"
    assert all("waarom ik dit stuur" not in said.lower() for _at, said, _p in crisis_every.heavy(draft, "Karin"))


def test_nothing_dropped_nothing_changed():
    sentence = "Mam, ik kan niet meer. Ik wil dood. Kom je nu naar huis?"
    assert crisis_every.kept("Mam ik kan niet meer. ik wil dood. kom je naar huis?", sentence, "Mam") == sentence
    assert not crisis_every.lost("Mam ik kan niet meer. ik wil dood. kom je naar huis?", sentence)


def test_a_result_that_still_drops_one_is_never_sure():
    draft = "Veerle. ik kan niet meer. de kinderen slapen en ik weet niet meer waarom ik nog doorga."
    assert crisis_every.lost(draft, "Veerle, ik kan niet meer. Kunt ge nu bij me zijn?")
    assert not crisis_every.lost(draft, "Veerle, ik kan niet meer. Ik weet niet meer waarom ik nog doorga. Kunt ge nu "
                                        "bij me zijn?")


def test_the_same_kind_in_other_words_is_not_lighter():
    # 'ik trek het gewoon niet meer' beside 'ik kan niet meer': the same kind (uitputting), said once is enough
    draft = "Gijs, ik kan niet meer en ik trek het gewoon niet meer. Ik wil dood. Kun je nu komen?"
    assert not crisis_every.lost(draft, "Gijs, ik kan niet meer. Ik wil dood. Kun je nu komen?")


def test_the_ready_sentence_alone_stays():
    # nothing of the writer's own was found (a farewell only): crisis_own's ready sentence, not sure, left as it is
    sentence = "Rob, het gaat niet goed met me. Kun je nu bij me zijn?"
    draft = "Rob, dit is mijn laatste berichtje. Ik ben het zo moe allemaal. Pas goed op mam."
    assert crisis_every.kept(draft, sentence, "Rob") == sentence
