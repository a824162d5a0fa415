"""The crisis check's fitted second opinion (`opinion`) and the script that fits it.

The features and the score are tested on real lines through the real engine and the
weights in content/nl; the fitting script on a tiny corpus of its own.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import load_tool
from vraaghulp.coach.crisis import ACUUT, ZORG, assess, compiled_rules, observe
from vraaghulp.coach.crisis.engine import Signal
from vraaghulp.coach.crisis.opinion import FAMILY, features, needed, score, weights



def _fit_tool():
    return load_tool("crisis_net_fit")


# ----- features ----------------------------------------------------------------------------
def test_features_are_words_pairs_concepts_and_shapes_of_the_normalised_text():
    _tier, _families, found = observe("k wil nie meer leven")  # chat spelling: read as "ik wil niet meer leven"
    assert {"w:ik", "w:leven", "b:niet_meer", "b:meer_leven", "v:ik", "v:ontkend-leven", "v:ontkend-leven+ik"} <= found
    assert "w:nie" not in found and "w:k" not in found
    assert any(name.startswith("c:") for name in found)  # the concepts of crisis_begrippen.toml


def test_an_idiom_the_rules_mask_gives_no_word_feature():
    _tier, _families, found = observe("Ik lach me dood om die film.")
    assert "w:dood" not in found and "w:film" in found


def test_the_feature_function_on_plain_input():
    found = features([" ik ben er morgen niet . ", " tot | straks "], ["afwezig"],
                     [Signal("passief", "hint", "x"), Signal("doodswens", "acuut", "y")], frozenset({"ik"}))
    assert {"c:afwezig", "s:passief", "w:morgen", "b:er_morgen", "w:straks", "v:ik", "v:finaal", "v:finaal+ik"} <= found
    assert "s:doodswens" not in found  # only hints: a rule's own verdict is not a feature
    assert "b:tot_straks" in found and not any("|" in name or name == "w:." for name in found)
    assert "v:ontkend-leven" not in found


# ----- the score in the engine -------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Het maakt allemaal niet meer uit, binnenkort is het stil in mijn hoofd.",
])
def test_a_line_the_rules_leave_alone_gets_the_gentle_tier_from_the_score(text):
    rules_tier, _families, found = observe(text)
    assert rules_tier is None
    assert score(found) >= weights()["drempel"]
    result = assess(text)
    assert result.tier == ZORG and result.families == (FAMILY,)
    assert any(s.family == FAMILY and s.phrase.startswith("score ") for s in result.signals)


def test_a_line_only_the_score_flags_shows_the_gentle_line_under_the_output(run_cli, data_home):
    text = "Het maakt allemaal niet meer uit, binnenkort is het stil in mijn hoofd. Kun je bellen?"
    assert assess(text).families == (FAMILY,)
    result = run_cli("krimp", text, env={"LC_ALL": None, "LC_MESSAGES": None, "LANG": None})
    assert result.returncode == 0, result.stderr
    assert "Even stilstaan bij jou" not in result.stdout  # never the panel
    assert result.stdout.count("Het klinkt zwaar wat je schrijft") == 1
    assert not data_home.exists() or not any(p.is_file() for p in data_home.rglob("*"))  # recorded nowhere


@pytest.mark.parametrize("text", [
    "Ik wil vragen of mijn buurman morgen brood meeneemt.",
    "Ik ga dood van de honger, wat eten we vanavond?",
    "Morgen ga ik boodschappen doen, daarna naar de sportschool.",
])
def test_an_ordinary_line_scores_far_below_the_threshold(text):
    _tier, _families, found = observe(text)
    assert score(found) < weights()["drempel"] / 2
    assert assess(text).tier is None


def test_the_score_never_changes_what_the_rules_found():
    acute = assess("Ik heb de pillen gespaard en vannacht neem ik ze allemaal.")
    assert acute.tier == ACUUT and FAMILY not in acute.families
    gentle = assess("ik ben het zo moe allemaal")
    assert gentle.tier == ZORG and FAMILY not in gentle.families


@pytest.fixture
def floor_on(monkeypatch):
    """The weights of content/nl with a floor switched on of the size `crisis_net_fit.py --ondergrens-deel`
    sets (0.5 gave 0.0095 at round 9's fit and 0.0033 at round 10's: the share moves with every refit,
    so the floor here is fixed; what is tested is what a floor does). Round 11's last refit scores the
    neighbours' goodbye below at 0.079 (0.041 at the round's first refit, under 0.015 before) and the real
    farewell at 0.99: 0.1 lies between."""
    from vraaghulp.coach.crisis import opinion

    monkeypatch.setattr(opinion, "_loaded", [{**weights(), "ondergrens": 0.1}])


# An ordinary goodbye with no occasion the rules know ("we verhuizen" would make it ordinary
# for the rules themselves): only a farewell rule gives the panel, and the score is very low.
_NEIGHBOURS = "Beste buren, na veertig jaar nemen we afscheid van de Lindelaan, bedankt voor alles en pas goed op elkaar!"


def test_the_shipped_weights_give_the_neighbours_goodbye_the_gentle_line():
    """Round 13 switched the floor on (0.02 over opinion.AMBIGUOUS, 0.01 from round 14); the goodbye scores far below it."""
    assert 0 < weights()["ondergrens"] < 0.1
    assert assess(_NEIGHBOURS).tier == ZORG


def test_with_the_floor_an_ordinary_goodbye_only_a_farewell_rule_alarms_gets_the_gentle_line(floor_on):
    text = _NEIGHBOURS
    rules_tier, families, found = observe(text)
    assert rules_tier == ACUUT and families == ("afscheid",)
    assert score(found) < weights()["ondergrens"]
    result = assess(text)
    assert result.tier == ZORG and result.families == ("afscheid",)  # never nothing: the gentle line
    assert any(s.family == FAMILY and s.level == "hint" for s in result.signals)


def test_with_the_floor_a_real_farewell_keeps_the_panel(floor_on):
    result = assess("Dag allemaal, bedankt voor alles. Dit is de laatste keer dat je van me hoort.")
    assert result.tier == ACUUT and FAMILY not in result.families


def test_only_nothing_or_a_panel_from_an_ambiguous_family_alone_is_weighed_again():
    assert needed(None, ()) and needed(ACUUT, ("afscheid",))
    assert needed(ACUUT, ("afscheid", "zaken-regelen")) and needed(ACUUT, ("gevaar-plek",))
    assert not needed(ACUUT, ("afscheid", "plan-middel")) and not needed(ACUUT, ("doodswens",))
    assert not needed(ZORG, ("afscheid",))


def test_the_weights_name_only_concepts_that_exist():
    names = set(compiled_rules().concepts.lexicon.names)
    stale = [n for n in weights()["gewichten"] if n.startswith("c:") and n[2:] not in names]
    assert not stale, "draai: python tools/crisis_net_fit.py"
    assert 0.5 <= weights()["drempel"] < 1 and "laat-een-bestand-weg" in weights()
    assert weights()["ondergrens"] >= 0


def test_the_weights_are_read_only_when_the_rules_find_nothing():
    probe = (
        "import vraaghulp.coach.crisis as c, vraaghulp.coach.crisis.opinion as o; "
        "c.assess('Ik wil dood.'); a = bool(o._loaded); "
        "c.assess('Ik haal straks brood.'); print(a, bool(o._loaded))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.split() == ["False", "True"]


def test_releasing_the_rules_lets_go_of_the_weights_too():
    from vraaghulp.coach.crisis import opinion, release_rules

    assess("Ik haal straks brood bij de bakker.")
    assert opinion._loaded
    release_rules()
    assert not opinion._loaded
    assert assess("Het maakt allemaal niet meer uit, binnenkort is het stil in mijn hoofd.").tier == ZORG  # read again


# ----- the fitting script ------------------------------------------------------------------
def _corpus(folder: Path) -> None:
    alarm = ["ik wil er niet meer zijn", "ik zie het leven niet meer zitten", "ik wil dood",
             "niemand mist me als ik weg ben", "ik heb lang genoeg gevochten"]
    quiet = ["ik haal morgen brood", "de vergadering is dood saai", "we gaan springen op de trampoline",
             "ik ben er morgen niet, vakantie", "de accu is dood"]
    for n in range(3):
        rows = [(t, "acuut") for t in alarm] + [(t, "geen") for t in quiet]
        text = "".join(f'[[regel]]\ntekst = "{t} {n}"\nverwacht = "{v}"\nfamilie = "x"\n\n' for t, v in rows)
        (folder / f"deel{n}.toml").write_text(text, encoding="utf-8")


def test_the_fit_script_writes_weights_that_separate_a_tiny_corpus(tmp_path, capsys):
    tool = _fit_tool()
    _corpus(tmp_path)
    target = tmp_path / "gewichten.json"
    assert tool.main(["--corpus", str(tmp_path), "--uit", str(target), "--min-regels", "2", "--epochs", "30"]) == 0
    model = json.loads(target.read_text(encoding="utf-8"))
    assert model["gefit-op"]["regels"] == 30 and model["gefit-op"]["bestanden"] == ["deel0", "deel1", "deel2"]
    assert model["laat-een-bestand-weg"]["alarmregels"] == 15
    assert model["gewichten"]["b:wil_dood"] > 0 > model["gewichten"]["w:brood"]
    _tier, _families, alarm = observe("ik wil dood 9")
    _tier, _families, quiet = observe("ik haal morgen brood 9")
    assert score(alarm, model) > 0.5 > score(quiet, model)
    printed = capsys.readouterr().out
    assert "deel1" in printed and "threshold" in printed


def test_ordinary_drafts_become_harmless_rows_per_sentence_unless_the_rules_speak(tmp_path):
    tool = _fit_tool()
    long_ask = ("Hoi Els, ik weet dat je het druk hebt en sorry dat ik het vraag. Ik heb de laatste tijd veel aan "
                "mijn hoofd met de verbouwing. Kun jij zaterdag de kinderen van de zwemles halen? Dan kan ik "
                "de tegels ophalen bij de bouwmarkt in Zwolle voor ze dichtgaan.")
    (tmp_path / "deel.toml").write_text(
        '[[case]]\nconcept = """Kun je morgen brood halen bij de bakker op de hoek?"""\n\n'
        f'[[case]]\nconcept = """{long_ask}"""\n\n'
        '[[case]]\nconcept = """Sorry, ik wil niet meer leven. Kun je bellen?"""\nsoorten = ["crisis"]\n\n'
        '[[case]]\nconcept = """Kun je komen? Ik wil er niet meer zijn, echt niet."""\n', encoding="utf-8")
    rows = tool.read_ordinary(tmp_path)
    # the short ask is one row, the long one a row per sentence; the marked crisis draft and the one
    # the rules speak on give none
    assert [r.file for r in rows] == ["gewoon-deel"] * 5
    assert all(r.expected == "geen" and r.label == 0 for r in rows)
    assert "w:brood" in rows[0].features and any("w:tegels" in r.features for r in rows[1:])
    assert not any("w:tegels" in r.features and "w:zwemles" in r.features for r in rows[1:])


def test_ordinary_rows_never_choose_the_threshold():
    tool = _fit_tool()
    crisis_quiet = [tool.Line("deel", f"rustig {n}", "geen", "x") for n in range(200)]
    for line in crisis_quiet:
        line.score = 0.1
    ordinary = [tool.Line("gewoon-deel", f"vraag {n}", "geen", "gewoon-verzoek") for n in range(200)]
    for line in ordinary:
        line.score = 0.99
    # 1 % of the crisis corpus's own geen lines decides; two hundred high ordinary rows do not move it
    assert tool.choose_threshold(crisis_quiet + ordinary) == tool.choose_threshold(crisis_quiet)


def test_fit_learns_the_sign_of_a_feature_and_prunes_rare_ones():
    tool = _fit_tool()
    rows = [{"a", "x"}, {"a"}, {"a", "y"}, {"b"}, {"b", "x"}, {"b", "z"}]
    bias, weights_ = tool.fit(rows, [1, 1, 1, 0, 0, 0], epochs=40, min_lines=2)
    assert weights_["a"] > 0 > weights_["b"] and "y" not in weights_ and "z" not in weights_
    assert tool.probability(bias, weights_, {"a"}) > 0.5 > tool.probability(bias, weights_, {"b"})


def test_the_threshold_allows_at_most_the_given_share_of_added_false_zorg():
    tool = _fit_tool()
    lines = []
    for n, s in enumerate([0.99, 0.97, 0.9, 0.6, 0.2] + [0.1] * 95):
        line = tool.Line("f", "t", "geen", "")
        line.score, line.rules = s, ("zorg" if n == 0 else None)  # the rules' own false zorg is not the model's
        lines.append(line)
    threshold = tool.choose_threshold(lines, max_false=0.01)
    assert 0.9 < threshold <= 0.97 + 1e-5


def test_the_floor_is_half_the_lowest_left_out_score_of_a_real_panel_from_a_farewell_alone():
    tool = _fit_tool()
    lines = []
    for expected, families, value in [("acuut", ("afscheid",), 0.04), ("acuut", ("afscheid",), 0.5),
                                      ("acuut", ("doodswens",), 0.001), ("geen", ("afscheid",), 0.001)]:
        line = tool.Line("f", "t", expected, "")
        line.rules, line.families, line.score = ACUUT, families, value
        lines.append(line)
    floor = tool.choose_floor(lines, 0.5)
    assert floor == 0.02 and tool.choose_floor(lines, 0) == 0
    shown = tool.figures(lines, 0.9, floor)
    assert (shown["acuut-naar-zorg-vals"], shown["acuut-naar-zorg-echt-acuut"]) == (1, 0)


def test_a_text_of_a_few_words_is_not_scored(monkeypatch):
    """A search term or a name is no message: the score (and its weights) stay out of it."""
    from vraaghulp.coach.crisis import MIN_WORDS, opinion

    monkeypatch.setattr(opinion, "_loaded", [])
    assert assess("alles los laten").tier is None and len("alles los laten".split()) < MIN_WORDS
    assert opinion._loaded == []  # the weights were never read


# ----- long messages: one sentence at a time ------------------------------------------------
_WORK_MAIL = ("Hoi Femke, ik weet dat je het druk hebt met de audit en ik wil je echt niet storen. "
              "De cijfers van Q3 kloppen niet met de begroting. {middle}Zou je morgen een half uurtje met me "
              "kunnen kijken? Geen probleem als het niet lukt hoor")


def test_the_small_weights_of_a_long_ordinary_mail_do_not_add_up_to_the_gentle_line():
    # Scored as one bag of words, the apologies, the deadline and 'morgen … met me' of this
    # mail reached the threshold; sentence by sentence nothing in it worries.
    assert assess(_WORK_MAIL.format(middle="")).tier is None


def test_one_worrying_sentence_inside_a_long_ordinary_mail_still_gets_the_gentle_line():
    worrying = "Mijn telefoon blijft stil, mijn kinderen hebben het te druk, ik tel voor niemand meer. "
    result = assess(_WORK_MAIL.format(middle=worrying))
    assert result.tier == ZORG and result.families == (FAMILY,)


def test_not_working_something_out_is_everyday_and_not_getting_out_any_more_is_not():
    assert assess("De belastingaangifte is te ingewikkeld en ik kom er niet uit. Kun jij zaterdag even kijken?").tier is None
    assert assess("ik kom er niet meer uit, alles is zwart").tier is not None
