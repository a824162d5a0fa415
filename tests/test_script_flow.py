"""The belief-script flow, answered by a ScriptedPrompter; records read back from disk."""

from __future__ import annotations

import io
import json
from datetime import datetime, timedelta, timezone

import pytest

from vraaghulp.flows.script import (
    BACK,
    OWN,
    SKIP,
    Answers,
    ScriptContext,
    add_rating,
    offer_rerating,
    rerate,
    run_script,
)
from vraaghulp.guides.scripts import belief_change_text, load_content
from vraaghulp.store.queries import asks_testing, scripts_with_asks
from vraaghulp.models import Ask, Script
from vraaghulp.prompter import ScriptedPrompter
from vraaghulp.render import make_console
from vraaghulp.store import Journal

NOW = datetime(2025, 3, 4, 10, 0, tzinfo=timezone.utc)


def make_ctx(answers, journal=None):
    buffer = io.StringIO()
    out = make_console(file=buffer, width=100)
    ctx = ScriptContext(
        prompter=ScriptedPrompter(answers),
        console=out,
        journal=journal or Journal(),
        content=load_content(),
        now=lambda: NOW,
    )
    return ctx, buffer


def stored_lines():
    return [json.loads(line) for line in Journal().path.read_text(encoding="utf-8").splitlines()]


def test_content_has_enough_scripts_grouped_by_theme():
    content = load_content()
    keys = {theme.key for theme in content.themes}
    assert {"last", "alleen", "nee", "zwak", "druk"} <= keys
    assert len(content.all_sentences) >= 15
    assert len(set(content.all_sentences)) == len(content.all_sentences)
    voices = set(content.voice_keys)
    assert {"ouder", "leerkracht", "werk", "partner", "vrienden", "cultuur", "jonger", "anders"} <= voices
    assert len(content.rules) >= 3


def test_full_flow_with_a_common_script_saves_every_answer():
    content = load_content()
    sentence = content.themes[0].sentences[1]
    rule = content.rules[0]
    ctx, buffer = make_ctx(
        [
            "last",  # theme
            sentence,  # sentence in the theme
            None,  # keep the sentence as it is
            "ouder",
            "mijn moeder zei het vaak",
            80,
            "dat ze zucht en denkt dat ik zeur",
            "ik vond het juist fijn dat ze het vroeg",
            rule,
            55,
        ]
    )
    script = run_script(ctx)
    [stored] = stored_lines()
    assert stored["soort"] == "script" and stored["id"] == script.id
    assert stored["zin"] == sentence
    assert stored["stem"] == "ouder" and stored["stem_toelichting"] == "mijn moeder zei het vaak"
    assert stored["geloof"] == 80 and stored["geloof_na"] == 55
    assert stored["bang_voor"] == "dat ze zucht en denkt dat ik zeur"
    assert stored["rolwissel"] == "ik vond het juist fijn dat ze het vroeg"
    assert stored["nieuwe_regel"] == rule
    assert stored["beoordelingen"] == []
    screen = buffer.getvalue()
    assert "Wat je opschreef" in screen
    assert "Van 80 naar 55" in screen
    assert f"Opgeslagen als {script.id}" in screen
    assert ctx.saved == [f"je overtuiging ({script.id})"]


def test_only_the_sentence_is_required_everything_else_skipped():
    ctx, buffer = make_ctx([OWN, "Ik moet het zelf oplossen.", SKIP, None, None, None, SKIP, None])
    run_script(ctx)
    [stored] = stored_lines()
    assert stored["zin"] == "Ik moet het zelf oplossen."
    for key in ("stem", "stem_toelichting", "geloof", "bang_voor", "rolwissel", "nieuwe_regel", "geloof_na"):
        assert stored[key] is None, key
    screen = buffer.getvalue()
    assert "Wat je opschreef" in screen
    assert "Van wie de stem is" not in screen


def test_back_from_a_theme_and_reworded_sentence():
    content = load_content()
    first = content.themes[1].sentences[0]
    ctx, _ = make_ctx(["alleen", BACK, "nee", content.themes[2].sentences[0], "Als Sam nee zegt, ben ik niks waard.",
                       "weet-niet", None, None, None, SKIP, None])
    run_script(ctx)
    [stored] = stored_lines()
    assert stored["zin"] == "Als Sam nee zegt, ben ik niks waard."
    assert stored["zin"] != first
    assert stored["stem"] == "weet-niet" and stored["stem_toelichting"] is None
    # 'weet-niet' asks no follow-up text
    assert ("text", load_content().texts.voice_note_question) not in ctx.prompter.asked


def test_someone_else_voice_asks_who_and_own_rule():
    ctx, _ = make_ctx([OWN, "Niemand zit op mij te wachten.", "anders", "een oud-collega", 90, None,
                       "dat ik het graag deed", OWN, "Ik mag het gewoon proberen.", 90])
    run_script(ctx)
    [stored] = stored_lines()
    assert stored["stem"] == "anders" and stored["stem_toelichting"] == "een oud-collega"
    assert stored["nieuwe_regel"] == "Ik mag het gewoon proberen."
    assert ("text", load_content().texts.voice_other_question) in ctx.prompter.asked


def test_own_rule_left_empty_is_skipped():
    ctx, _ = make_ctx([OWN, "Ik ben lastig.", SKIP, None, None, None, OWN, None, None])
    run_script(ctx)
    assert stored_lines()[0]["nieuwe_regel"] is None


def test_options_given_are_not_asked_again():
    given = Answers(sentence="Ik red het wel.", voice="werk", belief=70, new_rule="Vragen mag.")
    ctx, _ = make_ctx(["niemand komt", None, 40])
    run_script(ctx, given)
    [stored] = stored_lines()
    assert stored["zin"] == "Ik red het wel." and stored["stem"] == "werk" and stored["geloof"] == 70
    assert stored["bang_voor"] == "niemand komt" and stored["rolwissel"] is None
    assert stored["nieuwe_regel"] == "Vragen mag." and stored["geloof_na"] == 40
    kinds = [kind for kind, _question in ctx.prompter.asked]
    assert kinds == ["text", "text", "scale"]


def test_ctrl_c_before_the_end_saves_nothing():
    ctx, _ = make_ctx([OWN, "Ik val tot last.", "ouder", KeyboardInterrupt])
    with pytest.raises(KeyboardInterrupt):
        run_script(ctx)
    assert not Journal().path.exists()
    assert ctx.saved == []


def test_user_text_is_shown_literally():
    ctx, buffer = make_ctx([OWN, "[bold red]x[/] :smile: \x1b[31mrood", SKIP, None, None, None, SKIP, None])
    run_script(ctx)
    screen = buffer.getvalue()
    assert "[bold red]x[/] :smile:" in screen
    assert "\x1b[31m" not in screen


def test_belief_change_texts():
    texts = load_content().texts
    assert "80" in belief_change_text(texts, 80, 50) and "50" in belief_change_text(texts, 80, 50)
    assert belief_change_text(texts, 50, 50) == texts.belief_same.format(voor=50, na=50)
    assert belief_change_text(texts, 30, 60) == texts.belief_higher.format(voor=30, na=60)
    assert belief_change_text(texts, None, 60) is None
    assert belief_change_text(texts, 60, None) is None
    assert belief_change_text(texts, None, 60, rerating=True) == texts.rerate_first.format(voor="", na=60)


# ----------------------------------------------------------------------------------------
# Linking asks and re-rating
# ----------------------------------------------------------------------------------------
def _store_script(journal, belief=80, belief_after=60):
    script = Script(id="scr1pt22", created=NOW - timedelta(days=3), sentence="Ik ben een last.",
                    belief=belief, belief_after=belief_after)
    journal.append(script)
    return script


def _store_ask(journal, script_id="scr1pt22", ask_id="vraag234", status="gedaan"):
    ask = Ask(id=ask_id, created=NOW - timedelta(days=1), person="Sam", text="Sam, kun je brood meenemen?",
              fear_before=6, chance=60, script_id=script_id, status=status,
              outcome="ja" if status == "gedaan" else None)
    journal.append(ask)
    return ask


class _OefenLikeContext:
    """What the oefen flow hands to offer_rerating."""

    def __init__(self, answers):
        self.prompter = ScriptedPrompter(answers)
        self.buffer = io.StringIO()
        self.console = make_console(file=self.buffer, width=100)
        self.journal = Journal()
        self.saved: list[str] = []

    def now(self):
        return NOW


def test_offer_rerating_appends_a_dated_rating_linked_to_the_ask():
    journal = Journal()
    _store_script(journal)
    ask = _store_ask(journal)
    ctx = _OefenLikeContext([35])
    updated = offer_rerating(ctx, ask)
    assert updated is not None
    stored = [json.loads(line) for line in journal.path.read_text(encoding="utf-8").splitlines()]
    script = next(d for d in stored if d["soort"] == "script")
    assert script["beoordelingen"] == [{"datum": NOW.isoformat().replace("+00:00", "Z"), "waarde": 35, "vraag": "vraag234"}]
    assert ctx.saved == ["een nieuwe score voor je overtuiging scr1pt22"]
    screen = ctx.buffer.getvalue()
    assert "Ik ben een last." in screen and "laatst: 60" in screen
    assert "Van 60 naar 35" in screen
    # a second re-rating compares with the first one
    ctx2 = _OefenLikeContext([35])
    offer_rerating(ctx2, ask)
    assert "Nog steeds 35" in ctx2.buffer.getvalue()
    assert len(Journal().find("scr1pt22").ratings) == 2


def test_offer_rerating_can_be_skipped():
    journal = Journal()
    _store_script(journal)
    ask = _store_ask(journal)
    ctx = _OefenLikeContext([None])
    assert offer_rerating(ctx, ask) is None
    assert journal.find("scr1pt22").ratings == []
    assert ctx.saved == []


def test_offer_rerating_without_link_or_with_a_missing_script_asks_nothing():
    journal = Journal()
    ask = _store_ask(journal, script_id=None)
    ctx = _OefenLikeContext([])
    assert offer_rerating(ctx, ask) is None
    gone = _store_ask(journal, script_id="verdwenen", ask_id="vraag999")
    assert offer_rerating(ctx, gone) is None
    assert "niet meer in je logboek" in ctx.buffer.getvalue()
    assert ctx.prompter.asked == []


def test_oefen_flow_closing_a_linked_ask_offers_the_rerating():
    """The real oefen review step calls offer_rerating for an ask that tests a script."""
    from vraaghulp.flows.oefen import OefenContext, review_open_asks
    from vraaghulp.guides.ladder import load_ladder

    journal = Journal()
    _store_script(journal)
    ask = _store_ask(journal, status="open")
    buffer = io.StringIO()
    ctx = OefenContext(
        prompter=ScriptedPrompter(["gedaan", "ja", "beter", 2, "het viel mee", 30]),
        console=make_console(file=buffer, width=100),
        journal=journal,
        ladder=load_ladder(),
        now=lambda: NOW,
    )
    assert review_open_asks(ctx, [ask]) == 1
    script = journal.find("scr1pt22")
    assert [(r.value, r.ask_id) for r in script.ratings] == [(30, "vraag234")]
    assert "een nieuwe score voor je overtuiging scr1pt22" in ctx.saved


def test_oefen_choose_script_links_an_ask():
    from vraaghulp.flows.oefen import _choose_script

    journal = Journal()
    script = _store_script(journal)
    ctx, _ = make_ctx([script.id], journal)
    assert _choose_script(ctx, journal.records()) == script.id


def test_rerate_by_hand_with_and_without_a_value():
    journal = Journal()
    script = _store_script(journal, belief=None, belief_after=None)
    ctx, buffer = make_ctx([50])
    updated = rerate(ctx, script)
    assert [(r.value, r.ask_id) for r in updated.ratings] == [(50, None)]
    assert "Genoteerd: 50" in buffer.getvalue()
    ctx, _ = make_ctx([None])
    assert rerate(ctx, updated) is None
    ctx, _ = make_ctx([])
    assert rerate(ctx, updated, 20).ratings[-1].value == 20
    assert len(journal.find(script.id).ratings) == 2


def test_add_rating_refuses_a_record_that_is_not_a_script():
    from vraaghulp.errors import VraaghulpError

    journal = Journal()
    _store_ask(journal)
    with pytest.raises(VraaghulpError, match="geen overtuiging"):
        add_rating(journal, "vraag234", 10, when=NOW)


def test_scripts_with_asks_collects_the_asks_that_tested_each_script():
    journal = Journal()
    _store_script(journal)
    other = Script(id="andere22", created=NOW, sentence="Ze zijn te druk.")
    journal.append(other)
    _store_ask(journal)
    _store_ask(journal, ask_id="vraag345", status="open")
    _store_ask(journal, script_id=None, ask_id="vraag456")
    entries = scripts_with_asks(journal)
    assert [e.script.id for e in entries] == ["scr1pt22", "andere22"]
    assert [a.id for a in entries[0].asks] == ["vraag234", "vraag345"]
    assert entries[1].asks == []
    assert [a.id for a in asks_testing(journal, "scr1pt22")] == ["vraag234", "vraag345"]


def test_script_detail_and_list_render_history_and_asks():
    from vraaghulp.views.script import belief_history, script_list
    from vraaghulp.views.script import detail as script_detail

    journal = Journal()
    _store_script(journal)
    _store_ask(journal)
    add_rating(journal, "scr1pt22", 30, when=NOW, ask_id="vraag234")
    entries = scripts_with_asks(journal)
    script = entries[0].script
    assert [(v, label) for _d, v, label in belief_history(script)] == [
        (80, "bij het opschrijven"), (60, "na het opschrijven"), (30, "na vraag vraag234")
    ]
    buffer = io.StringIO()
    out = make_console(file=buffer, width=100)
    out.print(script_detail(script, entries[0].asks))
    out.print(script_list(entries))
    screen = buffer.getvalue()
    assert "Overtuiging scr1pt22" in screen
    assert "na vraag vraag234" in screen
    assert "80 → 60 → 30" in screen
    assert "Getest met 1 vraag" in screen and "Aan Sam" in screen
