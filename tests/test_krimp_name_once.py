"""The name of the person addressed stands in front once, also when the sentence kept beside the ask
still opens with it (round 27, lead: 'Omaaa, Omaaa 🥺 ik moet …' on tuning-ho22a's h22a-027)."""

import re
import tomllib
from pathlib import Path

from vraaghulp.coach.krimp import shrink
from vraaghulp.coach.krimp.names import without_name

CORPUS = Path(__file__).parent / "corpus" / "krimp"


def test_a_sentence_put_back_for_a_pointing_word_loses_its_own_vocative():
    cases = tomllib.loads((CORPUS / "tuning-ho22a.toml").read_text(encoding="utf-8"))["case"]
    draft = next(c for c in cases if c["id"] == "h22a-027")["concept"].strip()
    sentence = shrink(draft).sentence
    # round 41 (k41b): the drawn-out 'Omaaa' is written plain ('Oma'), as the golds do; still once
    assert len(re.findall(r"\boma+\b", sentence.lower())) == 1, sentence
    assert sentence.startswith("Oma, ik moet van maandag t/m donderdag"), sentence
    assert "🥺" not in sentence


def test_a_kept_sentence_that_opens_with_the_name_gets_it_once():
    sentence = shrink("mama!! ik heb donderdag en vrijdag examens. kun jij die dagen de kat eten geven?").sentence
    assert sentence.lower().count("mama") == 1, sentence
    assert sentence.startswith("Mama, ik heb donderdag en vrijdag examens."), sentence


def test_a_word_that_only_begins_like_the_name_stays():
    assert without_name("Jan", "Jansen komt morgen.") == "Jansen komt morgen."
    assert without_name("Jan", "jan, Jansen komt morgen.") == "Jansen komt morgen."
    assert without_name("Oma", "oma") == "oma"


def test_a_name_that_is_also_the_first_word_of_the_question_stays():
    assert without_name("Wil", "wil je morgen de sleutel brengen?") == "wil je morgen de sleutel brengen?"
    assert shrink("Hoi Wil, zou je misschien morgen de sleutel willen brengen?").sentence == (
        "Wil, wil je morgen de sleutel brengen?")
