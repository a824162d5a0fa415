"""hulplijn, vragen, maatje and the start screen."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest

from vraaghulp.errors import UsageError
from vraaghulp.prompter import ScriptedPrompter
from vraaghulp.render import make_console

RESOURCES = ("113", "0800-0113", "113.nl", "1813", "zelfmoord1813.be", "112")


def _console():
    buffer = io.StringIO()
    return make_console(file=buffer, width=100), buffer


# ----- hulplijn ---------------------------------------------------------------------------
def test_hulplijn_panel_and_plain(run_cli):
    panel = run_cli("hulplijn")
    assert panel.returncode == 0, panel.stderr
    for resource in RESOURCES:
        assert resource in panel.stdout
    plain = run_cli("hulplijn", "--kaal")
    assert plain.returncode == 0, plain.stderr
    for resource in RESOURCES:
        assert resource in plain.stdout
    assert "╭" not in plain.stdout and "│" not in plain.stdout
    assert "\x1b[" not in plain.stdout


def test_help_and_start_screen_mention_hulplijn(run_cli):
    assert "vraaghulp hulplijn" in " ".join(run_cli("--help").stdout.split())
    start = run_cli()
    assert start.returncode == 0, start.stderr
    assert "vraaghulp hulplijn" in start.stdout


# ----- vragen -----------------------------------------------------------------------------
def test_faq_covers_the_questions_people_ask():
    from vraaghulp.guides.vragen import load_faq

    titles = " ".join(entry.title.lower() for entry in load_faq())
    for topic in ("zelfstandig", "vervelend", "zenuwachtig", "therapie", "moeilijker"):
        assert topic in titles


def test_vragen_one_all_and_without_terminal(run_cli):
    from vraaghulp.guides.vragen import load_faq

    entries = load_faq()
    one = run_cli("vragen", "2")
    assert one.returncode == 0, one.stderr
    assert one.stdout.startswith(f"2. {entries[1].title}")
    assert entries[0].title not in one.stdout

    every = run_cli("vragen")  # no terminal: everything, no prompt
    assert every.returncode == 0, every.stderr
    for number, entry in enumerate(entries, start=1):
        assert f"{number}. {entry.title}" in every.stdout

    assert run_cli("vragen", "--alles").stdout == every.stdout

    wrong = run_cli("vragen", str(len(entries) + 1))
    assert wrong.returncode == 2
    assert "kies een nummer van 1" in wrong.stderr

    data = json.loads(run_cli("vragen", "--json").stdout)
    assert data["versie"] == 1 and len(data["items"]) == len(entries)


def test_vragen_browse_shows_chosen_answers_until_stop():
    from vraaghulp.commands.vragen import STOP, browse
    from vraaghulp.guides.vragen import load_faq

    entries = load_faq()
    out, buffer = _console()
    prompter = ScriptedPrompter([3, None, STOP])  # None: the default, which is the next question
    assert browse(prompter, out, entries) == 2
    text = buffer.getvalue()
    assert entries[2].title in text and entries[3].title in text


def test_vragen_ctrl_c_while_browsing_is_a_clean_130(run_cli):
    result = run_cli("vragen", tty=True, answers=[KeyboardInterrupt])
    assert result.returncode == 130 and "niets opgeslagen" in result.stderr


# ----- maatje -----------------------------------------------------------------------------
def test_partner_message_is_one_sentence_with_the_name():
    from vraaghulp.flows.maatje import message_for
    from vraaghulp.guides.maatje import load_partner_content

    content = load_partner_content()
    day = date(2025, 5, 1)
    messages = {message_for("Sam", content, day, offset) for offset in range(len(content.messages))}
    assert len(messages) == len(content.messages) > 1
    for message in messages:
        assert message.startswith("Hoi Sam,")
        assert "oefen" in message
        assert message.endswith("?")
        body = message[:-1]
        assert "." not in body and "?" not in body and "!" not in body  # one sentence
    assert message_for("Sam", content, day) == message_for("Sam", content, day)


def test_maatje_flow_pick_known_person_or_type_one():
    from vraaghulp.flows.maatje import run_maatje
    from vraaghulp.guides.maatje import load_partner_content

    content = load_partner_content()
    out, _ = _console()
    assert run_maatje(ScriptedPrompter(["Lies"]), out, content, None, ["Lies", "Bram"]) == "Lies"
    assert run_maatje(ScriptedPrompter(["__nieuw__", "  Noor  "]), out, content, None, ["Lies"]) == "Noor"
    assert run_maatje(ScriptedPrompter(["__houden__"]), out, content, "Sam", []) == "Sam"
    assert run_maatje(ScriptedPrompter(["__wis__"]), out, content, "Sam", []) is None


def test_maatje_candidates_are_recent_people_except_the_partner():
    from datetime import datetime, timezone

    from vraaghulp.flows.maatje import candidates
    from vraaghulp.flows.experiment import new_ask

    when = datetime(2025, 1, 1, tzinfo=timezone.utc)
    asks = [new_ask(person=p, text="x", fear=1, chance=50, when=when) for p in ("Bram", "Sam", "lies", "Lies")]
    assert candidates(asks, "sam") == ["Lies", "Bram"]


def test_maatje_cli_set_show_bare_and_forget(run_cli, data_home):
    from vraaghulp.profile import load_profile

    missing = run_cli("maatje")
    assert missing.returncode == 2 and "--naam" in missing.stderr

    made = run_cli("maatje", "--naam", "Sam [red]x[/red]")
    assert made.returncode == 0, made.stderr
    assert "Hoi Sam [red]x[/red]," in made.stdout  # shown literally, never as markup
    profile = load_profile()
    assert profile.partner == "Sam [red]x[/red]" and profile.partner_since is not None

    again = run_cli("maatje")  # no terminal, but a partner: just show it
    assert again.returncode == 0 and "Je oefenmaatje: Sam" in again.stdout

    bare = run_cli("maatje", "--kaal")
    assert bare.returncode == 0
    assert bare.stdout.count("\n") == 1 and bare.stdout.startswith("Hoi Sam [red]x[/red],")

    gone = run_cli("maatje", "--wis")
    assert gone.returncode == 0 and "vergeten" in gone.stdout
    assert load_profile().partner is None

    both = run_cli("maatje", "--wis", "--naam", "Bo")
    assert both.returncode == 2


def test_maatje_name_is_crisis_checked_and_validated(run_cli):
    result = run_cli("maatje", "--naam", "ik wil zelfmoord plegen")
    assert result.returncode == 0
    assert "113" in result.stdout  # the panel, and then the user may go on
    with pytest.raises(UsageError):
        from vraaghulp.flows.maatje import clean_name

        clean_name("x" * 200)


def test_oefen_mentions_the_partner_with_the_ladder_reason():
    from vraaghulp.flows.oefen import OefenContext, choose_todays_ask
    from vraaghulp.guides.ladder import load_ladder
    from vraaghulp.coach.ladder import Suggestion
    from vraaghulp.store import Journal

    out, buffer = _console()
    ctx = OefenContext(
        prompter=ScriptedPrompter(["neem"]), console=out, journal=Journal(), ladder=load_ladder(), partner="Sam"
    )
    choose_todays_ask(ctx, Suggestion(1, "je begint bij niveau 1."))
    text = buffer.getvalue()
    assert "Waarom: je begint bij niveau 1." in text
    assert "oefenmaatje Sam" in text


# ----- start screen -----------------------------------------------------------------------
def test_stuck_points_to_script():
    from vraaghulp.coach.progress import next_step, seems_stuck
    from vraaghulp.messages import t

    assert seems_stuck(0, ["gedaan", "afgezien", "afgezien"])
    assert seems_stuck(3, [])
    assert not seems_stuck(1, ["afgezien", "gedaan"])
    assert "vraaghulp script" in t(next_step(0, 4, True, True))
    assert "bang" in t(next_step(0, 4, False, True))
    assert "vraaghulp oefen" in t(next_step(1, 4, False, False))


def test_start_screen_with_a_stuck_history_and_a_partner(run_cli):
    from datetime import datetime, timezone

    from vraaghulp.flows.experiment import new_ask, set_aside_ask
    from vraaghulp.models import Profile
    from vraaghulp.profile import save_profile
    from vraaghulp.store import Journal

    when = datetime(2025, 1, 1, tzinfo=timezone.utc)
    journal = Journal()
    for _ in range(2):  # two asks set aside in a row: stuck
        ask = new_ask(person="Bo", text="brood meenemen", fear=5, chance=60, when=when, level=1)
        journal.append(set_aside_ask(ask, learned=None, when=when))
    start = run_cli()
    assert start.returncode == 0, start.stderr
    assert "vraaghulp script" in start.stdout
    assert "vraaghulp maatje" in start.stdout
    save_profile(Profile(maatje="Noor", eerste_keer_gezien=True))
    start = run_cli()
    assert "oefenmaatje is Noor" in start.stdout
