"""The daily practice, answered by a scripted prompter (every branch)."""

from __future__ import annotations

import io
from datetime import datetime, timedelta, timezone

import pytest

from vraaghulp.flows.oefen import OefenContext, run_oefen
from vraaghulp.guides.ladder import load_ladder
from vraaghulp.models import Ask
from vraaghulp.prompter import ScriptedPrompter
from vraaghulp.render import make_console
from vraaghulp.store import Journal

DAY1 = datetime(2026, 11, 20, 19, 0, tzinfo=timezone.utc)
DAY2 = DAY1 + timedelta(days=1)


def context(answers, when=DAY1, partner=None):
    buffer = io.StringIO()
    ctx = OefenContext(
        prompter=ScriptedPrompter(answers),
        console=make_console(file=buffer, width=100),
        journal=Journal(),
        ladder=load_ladder(),
        now=lambda: when,
        partner=partner,
    )
    return ctx, buffer


def first_day_answers(person="Sam", fullness=3):
    return [
        fullness,          # check-in
        "neem",            # take today's suggestion
        person,            # to whom (no known people yet)
        None,              # what: keep the example
        None,              # when: keep the example's moment
        True,              # keep the sentence
        False,             # not on the clipboard
        "Ze zegt vast ja", # expectation
        6,                 # fear now
        70,                # chance of yes
    ]


def test_first_day_saves_an_open_experiment(data_home):
    ctx, screen = context(first_day_answers())
    ask = run_oefen(ctx)
    stored = Journal().records()
    assert stored == [ask]
    assert ask.status == "open" and ask.person == "Sam" and ask.level == 1
    assert ask.fear_before == 6 and ask.chance == 70 and ask.fullness == 3
    assert ask.expectation == "Ze zegt vast ja"
    assert ask.text.startswith("Sam, ") and ask.text.endswith("?")
    text = screen.getvalue()
    assert "niveau 1" in text and "klaar om te kopiëren" in text and ask.id in text
    assert ctx.saved == [f"je nieuwe vraag ({ask.id})"]


def test_next_day_records_the_outcome_first_and_offers_known_people(data_home):
    ctx, _ = context(first_day_answers())
    first = run_oefen(ctx)
    answers = [
        "gedaan", "ja", "beter", 2, "Het viel mee",  # review of yesterday's ask
        None,                                        # skip check-in
        "neem",
        "Sam",                                       # known person offered again
        None, None, True, False,
        None, 4, 80,
    ]
    ctx2, screen = context(answers, when=DAY2)
    second = run_oefen(ctx2)
    asked = ctx2.prompter.asked
    assert asked[0] == ("choice", "Heb je het gevraagd?")
    assert ("choice", "Aan wie vraag je het?") in asked
    stored = {r.id: r for r in Journal().records()}
    closed = stored[first.id]
    assert closed.status == "gedaan" and closed.outcome == "ja" and closed.comparison == "beter"
    assert closed.fear_after == 2 and closed.learned == "Het viel mee" and closed.closed == DAY2
    assert stored[second.id].status == "open" and stored[second.id].fullness is None
    assert "van 6 naar 2" in screen.getvalue()


def test_not_yet_keeps_it_open_and_set_aside_closes_it(data_home):
    run_oefen(context(first_day_answers("Ann"))[0])
    bo = ["nog-niet", True] + first_day_answers("Bo")  # Ann's ask waits; yes, another one today
    bo[4:5] = ["__nieuw__", "Bo"]  # Ann is known by now: choose someone else
    run_oefen(context(bo)[0])
    answers = [
        "nog-niet",                    # Ann: not yet
        "afgezien", "Te moe vandaag",  # Bo: decided not to
        None, "neem", "Ann", None, None, True, False, None, 5, 50,
    ]
    ctx, _ = context(answers, when=DAY2)
    run_oefen(ctx)
    by_person = {}
    for r in Journal().records():
        by_person.setdefault(r.person, []).append(r)
    assert by_person["Ann"][0].status == "open"
    assert by_person["Bo"][0].status == "afgezien" and by_person["Bo"][0].learned == "Te moe vandaag"


def test_another_suggestion_and_own_ask_and_new_person(data_home):
    ctx, screen = context(first_day_answers())
    run_oefen(ctx)
    answers = [
        "nog-niet",
        9,                              # a very full day
        "ander", "eigen",               # another suggestion, then write my own
        "__nieuw__", "mijn buurvrouw",  # someone new
        "mijn fiets naar de maker brengen", "zaterdag",
        False, "Buurvrouw, wil jij zaterdag mijn fiets naar de maker brengen?", False,
        None, 7, 60,
    ]
    ctx2, screen2 = context(answers, when=DAY2)
    ask = run_oefen(ctx2)
    assert ask.person == "mijn buurvrouw"
    assert ask.text == "Buurvrouw, wil jij zaterdag mijn fiets naar de maker brengen?"
    assert ask.moment == "zaterdag" and ask.fullness == 9
    out = screen2.getvalue()
    assert "vroeg en klein" in out  # the gentle push on a full day


def test_ladder_steps_up_after_three_good_asks(data_home):
    journal = Journal()
    from vraaghulp.flows.experiment import new_ask

    for i in range(3):
        a = new_ask(person="Sam", text="Sam, kun je brood meenemen?", fear=5, chance=60, when=DAY1 - timedelta(days=5 - i), level=1)
        journal.append(a.model_copy(update={"status": "gedaan", "outcome": "ja", "comparison": "beter", "fear_after": 1}))
    ctx, screen = context([None, "neem", "Sam", None, None, True, False, None, 5, 60], when=DAY2)
    ask = run_oefen(ctx)
    assert ask.level == 2
    assert "je laatste drie vragen op niveau 1 gingen goed: tijd voor niveau 2" in screen.getvalue()


def test_ctrl_c_mid_flow_keeps_what_was_saved_and_nothing_half(data_home):
    run_oefen(context(first_day_answers())[0])
    ctx, _ = context(["gedaan", "nee", "slechter", 8, None, 4, "neem", KeyboardInterrupt], when=DAY2)
    with pytest.raises(KeyboardInterrupt):
        run_oefen(ctx)
    records = Journal().records()
    assert len(records) == 1 and records[0].status == "gedaan" and records[0].outcome == "nee"
    assert ctx.saved and "uitkomst" in ctx.saved[0]


def test_partner_is_offered_first(data_home):
    ctx, _ = context([None, "neem", "Robin", None, None, True, False, None, 3, 90], partner="Robin")
    ask = run_oefen(ctx)
    assert ask.person == "Robin"
    assert ctx.prompter.asked[2] == ("choice", "Aan wie vraag je het?")


def test_typed_text_goes_through_the_crisis_check(data_home):
    from vraaghulp.prompter import SafePrompter
    from vraaghulp.safety import check_text

    ctx, screen = context(first_day_answers())
    ctx.prompter = SafePrompter(ctx.prompter, on_text=lambda t: check_text(t, ctx.console))
    ctx.prompter.inner.answers[7] = "Ik wil eigenlijk niet meer leven"
    run_oefen(ctx)
    assert "113" in screen.getvalue()
    assert isinstance(Journal().records()[0], Ask)


def test_own_ask_is_shrunk_and_the_changes_explained(data_home):
    answers = [
        None, "eigen", "Sam",
        "sorry dat ik stoor, zou je misschien eventueel mijn fiets willen ophalen", "zaterdag",
        True, False, None, 5, 60,
    ]
    ctx, screen = context(answers)
    ask = run_oefen(ctx)
    text = screen.getvalue()
    assert "korter en duidelijker" in text and "sorry" in text.lower()
    assert "geen moment" not in text.lower()  # the moment came in its own answer
    assert "sorry" not in ask.text.lower() and "misschien" not in ask.text.lower()
    assert "fiets" in ask.text and "zaterdag" in ask.text and ask.text.endswith("?")


# ----- the same day: today's ask is offered too ------------------------------------------
def test_same_day_offers_todays_ask_and_not_yet_ends_kindly(data_home):
    first = run_oefen(context(first_day_answers())[0])
    later = DAY1 + timedelta(hours=2)
    ctx, screen = context(["nog-niet", False], when=later)
    assert run_oefen(ctx) is None
    assert ctx.prompter.asked == [("choice", "Heb je het al gevraagd?"),
                                  ("confirm", "Wil je er vandaag nog een oefenvraag bij?")]
    text = screen.getvalue()
    assert "er staat nog 1 vraag open" in text and "vandaag bedacht" in text
    assert "start dan 'vraaghulp oefen' opnieuw" in text
    assert [r.status for r in Journal().records()] == ["open"] and Journal().records()[0].id == first.id


def test_same_day_outcome_shows_the_prediction_beside_the_comparison(data_home):
    first = run_oefen(context(first_day_answers("Sanne"))[0])
    answers = ["gedaan", "ja", "beter", 1, None,  # today's ask: asked, and it went well
               None, "neem", "Sanne", None, None, True, False, None, 4, 80]
    ctx, screen = context(answers, when=DAY1 + timedelta(hours=1))
    second = run_oefen(ctx)
    asked = [question for _kind, question in ctx.prompter.asked]
    assert asked[:3] == ["Heb je het al gevraagd?", "Wat gebeurde er?", "Hoe was het, vergeleken met wat je voorspelde?"]
    text = screen.getvalue()
    prediction = text.index("Dit voorspelde je vooraf:")
    assert text.index("“Ze zegt vast ja”") > prediction
    assert "angst 6/10, kans op een ja 70%" in text[prediction:]
    assert "Sanne zei ja." in text and "Ze zeiden" not in text
    stored = {r.id: r for r in Journal().records()}
    assert stored[first.id].status == "gedaan" and stored[second.id].status == "open"


def test_same_day_the_next_ask_is_another_ladder_item(data_home):
    first = run_oefen(context(first_day_answers())[0])
    answers = ["gedaan", "ja", "beter", 1, None, None, "neem", "Sam", None, None, True, False, None, 4, 80]
    second = run_oefen(context(answers, when=DAY1 + timedelta(hours=1))[0])
    assert first.text != second.text


def test_a_scale_question_gets_one_pair_of_brackets():
    from vraaghulp.messages import t
    from vraaghulp.prompter import with_scale_hint

    assert with_scale_hint(t("oefen.vraag.vol"), 0, 10, True) == (
        "Hoe vol zit je vandaag? (0 = ruimte genoeg, 10 = loopt over, mag leeg blijven)")
    assert with_scale_hint("Hoe waar voelt deze zin op dit moment?", 0, 100, True) == (
        "Hoe waar voelt deze zin op dit moment? (0-100, mag leeg blijven)")
    assert with_scale_hint(t("oefen.vraag.angst_kort"), 0, 10, False) == "Hoe spannend is het nu? (0-10)"


LONG_DRAFT = (
    "Sorry dat ik je hiermee lastigval hoor, ik weet dat je het superdruk hebt en het is echt niet erg als het "
    "niet lukt, maar ik vroeg me af of je misschien eventueel zaterdag heel even zou kunnen helpen met de kast "
    "in elkaar zetten, alleen als je echt tijd hebt natuurlijk, sorry!"
)


NOT_ASKED = object()  # an own ask that already says when is not asked 'Wanneer heb je het nodig?'


def _own(person, what, moment, *rest):
    when = [] if moment is NOT_ASKED else [moment]
    return [None, "eigen", person, what, *when, *rest, False, None, 5, 60]  # False: not on the clipboard


def test_own_long_apologising_draft_gives_a_sensible_sentence(data_home):
    ctx, screen = context(_own("mijn broer Tom", LONG_DRAFT, NOT_ASKED, True))
    ask = run_oefen(ctx)
    assert ask.text == "Tom, kun je zaterdag even helpen met de kast in elkaar zetten?"
    assert not any(question.startswith("Wanneer") for _kind, question in ctx.prompter.asked)  # 'zaterdag' said it
    text = screen.getvalue()
    assert text.count("Vragen is geen fout") == 1  # two apologies, explained once
    assert "heus" not in text


def test_own_statement_of_need_stays_a_statement(data_home):
    ctx, _ = context(_own("Sam", "Ik heb nodig dat jij het eten regelt", "vanavond", True))
    ask = run_oefen(ctx)
    assert ask.text == "Sam, ik heb nodig dat jij vanavond het eten regelt."


def test_own_ask_the_engine_is_unsure_of_is_offered_to_edit(data_home):
    draft = "Ik wil niet zeuren hoor, maar zou u iemand kunnen sturen om de verwarming te maken? Ik ben ziek. Zeg het niet tegen mijn zoon."
    ctx, screen = context(_own("de verhuurder", draft, None, None))
    ask = run_oefen(ctx)
    asked = [question for _kind, question in ctx.prompter.asked]
    assert asked.count("Wat vraag je precies?") == 2 and "Zo laten?" not in asked  # the own ask, then the edit
    assert "niet zeker" in screen.getvalue()
    assert "verwarming" in ask.text and "zeuren" not in ask.text  # Enter kept the offered words
