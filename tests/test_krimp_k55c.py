"""Round 55 (k55c): long drafts, letters and e-mails.

A letter's closing 'Met (de meeste) hoogachting' is a sign-off and goes; the letter's 'indien het u schikt/past' is the
way out 'als het u schikt' and goes; 'indienen' and a condition with 'Indien niet, dan …' are left alone. The tally
tools/krimp_letter_kinds.py sorts what goes wrong in long drafts and letters.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from vraaghulp.coach.krimp import shrink

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import krimp_letter_kinds as lk  # noqa: E402


@pytest.mark.parametrize("draft", [
    "Geachte heer Maes, sinds de storm is onze dakgoot los. Kunt u volgende week iemand sturen om hem vast te maken, "
    "met de meeste hoogachting, Lucienne Goossens",
    "Geachte heer Maes,\n\nSinds de storm is onze dakgoot los. Kunt u volgende week iemand sturen om hem vast te "
    "maken?\n\nMet hoogachting,\nLucienne Goossens",
])
def test_hoogachting_is_a_sign_off(draft):
    r = shrink(draft)
    assert "hoogachting" not in r.sentence.lower()
    assert r.sentence.endswith("Kunt u volgende week iemand sturen om hem vast te maken?")
    assert r.sentence.startswith("Meneer Maes, ")


def test_indien_het_u_schikt_goes_flemish_letter():
    draft = ("Beste buurman,\n\nZoudt gij, indien het u schikt, zaterdag de kippen eten geven? Wij zijn naar een "
             "trouwfeest in Brugge.\n\nVriendelijke groeten,\nMarleen")
    r = shrink(draft)
    assert "indien" not in r.sentence and "schikt" not in r.sentence
    assert "kunt gij zaterdag de kippen eten geven?" in r.sentence  # 'gij' stays: the 'u' of 'het u schikt' is Flemish


def test_indien_het_u_past_goes_and_stays_sure():
    draft = ("Geachte mevrouw Smit,\n\nKunt u, indien het u past, donderdag de sleutels van het lokaal afgeven?\n\n"
             "Met vriendelijke groet,\nTom")
    r = shrink(draft)
    assert r.sentence == "Mevrouw Smit, kunt u donderdag de sleutels van het lokaal afgeven?"
    assert r.sure


def test_twins_indienen_and_a_real_condition_stay():
    r = shrink("Beste meneer Jacobs,\n\nMag ik het verslag vrijdag indienen in plaats van woensdag?\n\nGroet,\nSanne")
    assert r.sentence == "Meneer Jacobs, mag ik het verslag vrijdag indienen in plaats van woensdag?"
    assert r.sure
    r = shrink("Hoi Sanne, kun je morgen, als het je past, de planten water geven?")
    assert "als het je past" not in r.sentence  # the older 'als' form, unchanged


def test_formal_letter_keeps_u_and_informal_keeps_je():
    r = shrink("Geachte heer Jansen,\n\nKunt u morgen de cv-ketel laten nakijken?\n\nMet vriendelijke groet,\nEls")
    assert r.sentence == "Meneer Jansen, kunt u morgen de cv-ketel laten nakijken?"
    r = shrink("Lieve Floor,\n\nKun je zondag bij ons komen eten?\n\nLiefs,\nMerel")
    assert r.sentence.startswith("Floor, kun je zondag bij ons komen eten?")


def _case(**kw):
    base = dict(id="t-1", kanaal="email", soorten=["formeel"], concept="", goud=[], houden=[], weg=[], fout=[])
    base.update(kw)
    return base


def test_kinds_acceptable_result_has_none():
    case = _case(concept="Geachte heer Jansen,\nKunt u morgen de ketel nakijken?\nGroet,\nEls",
                 goud=["Meneer Jansen, kunt u morgen de ketel nakijken?"], houden=["Jansen", "morgen"])
    assert lk.kinds_of(case, "Meneer Jansen, kunt u morgen de ketel nakijken?") == []


def test_kinds_salutation_left_and_u_lost():
    case = _case(concept="Geachte heer Jansen,\nKunt u morgen de ketel nakijken?\nMet vriendelijke groet,\nEls",
                 goud=["Meneer Jansen, kunt u morgen de ketel nakijken?"], houden=["Jansen", "morgen"],
                 weg=["Geachte"])
    kinds = lk.kinds_of(case, "Geachte heer Jansen, kun je morgen de ketel nakijken? Met vriendelijke groet")
    assert "aanhef" in kinds and "u-weg" in kinds
    assert "nog" not in kinds  # the salutation counts once, as 'aanhef'


def test_kinds_must_keep_beside_the_ask_and_wrong_ask():
    case = _case(concept="Beste Bas,\nDe klant heeft alles omgegooid. Ik heb drie deadlines op dinsdag. "
                         "Kun je donderdag met me naar de planning kijken?\nGroet, Yara",
                 goud=["Bas, ik heb drie deadlines op dinsdag. Kun je donderdag met me naar de planning kijken?"],
                 houden=["Bas", "donderdag", "planning", "dinsdag"])
    assert lk.kinds_of(case, "Bas, kun je donderdag met me naar de planning kijken?")[0] == "naast"
    assert lk.kinds_of(case, "Bas, de klant heeft alles omgegooid.")[0] == "vraag"


def test_kinds_state_missed():
    case = _case(concept="Hoi Sofie,\nIk ben echt kapot. Kun je morgen mijn presentatie overnemen?\nKaat",
                 goud=["Sofie, ik ben echt kapot. Kun je morgen mijn presentatie overnemen?"],
                 houden=["Sofie", "morgen", "presentatie"])
    assert "staat" in lk.kinds_of(case, "Sofie, kun je morgen mijn presentatie overnemen?")


def test_chosen_drafts():
    assert lk.chosen({"kanaal": "brief", "soorten": []})
    assert lk.chosen({"kanaal": "whatsapp", "soorten": ["lang"]})
    assert lk.chosen({"kanaal": "teams", "soorten": ["formeel"]})
    assert not lk.chosen({"kanaal": "whatsapp", "soorten": ["moment"]})
    assert lk.outside("tuning-ho54a") and lk.outside("tuning54-p") and not lk.outside("tuning55-k55c")
