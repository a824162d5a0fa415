"""The seven-step conversation: flow (scripted prompter), content, silence, notes, markdown."""

from __future__ import annotations

import asyncio
import io
import json
from datetime import datetime, timezone

import pytest

from vraaghulp.coach.silence import ENTER, INTERRUPT, clock_text, countdown
from vraaghulp.errors import UsageError, VraaghulpError
from vraaghulp.flows import gesprek as flow
from vraaghulp.models import Conversation, parse_record
from vraaghulp.prompter import ScriptedPrompter, SafePrompter
from vraaghulp.render import make_console
from vraaghulp.flows import notes
from vraaghulp.guides import gesprek as guide
from vraaghulp.views.gesprek import detail, document
from vraaghulp.store import Journal

NOW = datetime(2025, 3, 4, 20, 15, tzinfo=timezone.utc)


def _console():
    buffer = io.StringIO()
    return make_console(file=buffer, width=100), buffer


def _ctx(answers, *, mode="samen", seconds=60):
    """A conversation answered from `answers`; in "samen" mode the safety question comes first
    and is answered "verder" here."""
    out, buffer = _console()
    if mode == "samen":
        answers = ["verder", *answers]
    silences: list[int] = []

    def fake_silence(n):
        silences.append(n)
        return False

    ctx = flow.GesprekContext(
        console=out,
        guide=guide.load_guide(),
        mode=mode,
        prompter=ScriptedPrompter(answers),
        silence=fake_silence,
        silence_seconds=seconds,
        now=lambda: NOW,
    )
    return ctx, buffer, silences


SETUP = ["Anna", "Bram", "partner"]
NOTES_1_TO_6 = ["Het is zwaar om te vragen", None, "Lang stil", "Ik schrok", None, "Het raakte me"]


def test_together_mode_without_deflection_is_a_short_acknowledgement():
    ctx, buffer, silences = _ctx([*SETUP, *NOTES_1_TO_6, False, "We gaan zondag wandelen"])
    record = flow.run_conversation(ctx)
    assert record.finished and record.last_step == 7 and record.first_step == 1
    assert record.names == ["Anna", "Bram"] and record.relation == "partner" and record.mode == "samen"
    assert record.deflected is False
    assert record.notes == {
        "1": "Het is zwaar om te vragen",
        "3": "Lang stil",
        "4": "Ik schrok",
        "6": "Het raakte me",
        "7": "We gaan zondag wandelen",
    }
    assert silences == [60, 60]  # steps 3 and 6
    screen = buffer.getvalue()
    assert "Stap 1 van 7" in screen and "Stap 7 van 7" in screen
    assert "Anna, vertel Bram" in screen  # addressed by name
    assert "Jullie bleven erbij" in screen
    assert "Hoe irritant" not in screen
    asked = [q for kind, q in ctx.prompter.asked if kind == "choice"]
    assert any("grapje" in q for q in asked)


def test_together_mode_with_deflection_shows_the_mirroring_questions():
    ctx, buffer, _ = _ctx([*SETUP, *NOTES_1_TO_6, True, None])
    record = flow.run_conversation(ctx)
    assert record.deflected is True and "7" not in record.notes
    screen = buffer.getvalue()
    assert "Anna: stel dat Bram de volgende keer niet meelacht, maar gewoon doorvraagt. Hoe irritant" in screen
    assert "Bram: ging je mee in het grapje" in screen


def test_counsellor_mode_has_guidance_watch_points_and_relation_tips():
    ctx, buffer, _ = _ctx(["Kim", "Lou", "vriend", None, None, None, None, None, None, True, "Spiegelen werkte"], mode="hulpverlener")
    record = flow.run_conversation(ctx)
    assert record.mode == "hulpverlener" and record.deflected is True and record.notes == {"7": "Spiegelen werkte"}
    screen = buffer.getvalue()
    assert "Je kunt zeggen:" in screen and "Let op:" in screen and "Tip:" in screen
    assert "Vrienden houden zich hier vaak in" in screen  # the friend tip in step 2
    assert "Aan Lou: 'Net ging het ineens over iets anders. Hoe was dat voor jou" in screen  # step 7 mirrors the other
    assert "Aan Kim: 'Stel dat Lou de volgende keer niet meelacht, maar gewoon doorvraagt. Hoe irritant" in screen
    questions = [q for _k, q in ctx.prompter.asked]
    assert "Hoe heet je cliënt? (voornaam of initialen)" in questions


def test_counsellor_mode_without_deflection():
    ctx, buffer, _ = _ctx(["Kim", "Lou", "familie", *([None] * 6), False, None], mode="hulpverlener")
    record = flow.run_conversation(ctx)
    assert record.deflected is False
    assert "Kim en Lou bleven bij het onderwerp" in buffer.getvalue()
    assert "Vond je het prettig" not in buffer.getvalue()


def test_other_relation_is_asked_as_free_text():
    ctx, _buffer, _ = _ctx(["Anna", "Bram", "anders", "buurvrouw", *([None] * 6), False, None])
    assert flow.run_conversation(ctx).relation == "buurvrouw"


def test_names_are_asked_again_when_unusable():
    ctx, _buffer, _ = _ctx(["Anna, Bram", "Anna", "Bram", "partner", *([None] * 6), False, None])
    assert flow.run_conversation(ctx).names == ["Anna", "Bram"]


def test_start_at_step_seven_asks_the_deflection_check_first():
    ctx, buffer, silences = _ctx(["Anna", "Bram", "partner", True, "verder"])
    record = flow.run_conversation(ctx, start=7)
    assert record.first_step == 7 and record.last_step == 7 and record.deflected is True
    assert silences == []
    assert "Stap 6 van 7" not in buffer.getvalue() and "Stap 7 van 7" in buffer.getvalue()


def test_start_at_step_four_with_names_given():
    ctx, _buffer, silences = _ctx([None, None, "zes", False, None])
    record = flow.run_conversation(ctx, names=("Anna", "Bram"), relation="vriend", start=4)
    assert record.first_step == 4 and record.notes == {"6": "zes"} and silences == [60]


def test_silence_zero_runs_no_silence():
    ctx, _buffer, silences = _ctx([*SETUP, *([None] * 6), False, None], seconds=0)
    flow.run_conversation(ctx)
    assert silences == []


def test_user_text_is_shown_literally():
    ctx, buffer, _ = _ctx(["[bold]Anna[/bold]", "Bram\x1b[31m", "partner", "[red]rood[/red]", *([None] * 5), False, None])
    record = flow.run_conversation(ctx)
    flow.show_summary(ctx, record)
    screen = buffer.getvalue()
    assert "[bold]Anna[/bold], vertel Bram" in screen
    assert "[red]rood[/red]" in screen and "\x1b[31m" not in screen


def test_notes_typed_at_prompts_are_crisis_checked():
    seen: list[str] = []
    ctx, _buffer, _ = _ctx([*SETUP, "ik wil niet meer leven", *([None] * 5), False, None])
    ctx.prompter = SafePrompter(ctx.prompter, on_text=seen.append)
    flow.run_conversation(ctx)
    assert "ik wil niet meer leven" in seen


# --- Ctrl-C ---------------------------------------------------------------------------
def test_ctrl_c_then_yes_saves_what_is_there():
    ctx, _buffer, _ = _ctx([*SETUP, "een", "twee", KeyboardInterrupt, True])
    with pytest.raises(KeyboardInterrupt):
        flow.run_conversation(ctx)
    journal = Journal()
    saved = flow.offer_save_after_interrupt(ctx, journal)
    assert saved is not None and saved.last_step == 2 and not saved.finished
    stored = journal.records()
    assert len(stored) == 1 and stored[0].notes == {"1": "een", "2": "twee"} and stored[0].finished is False
    message = flow.interrupted_message(saved)
    assert "tot en met stap 2" in message and "bij stap 3" in message
    assert f"vraaghulp gesprek --verder {saved.id}" in message and "--stap" not in message


def test_ctrl_c_then_no_or_second_ctrl_c_saves_nothing():
    for answer in (False, KeyboardInterrupt):
        ctx, _buffer, _ = _ctx([*SETUP, "een", KeyboardInterrupt, answer])
        with pytest.raises(KeyboardInterrupt):
            flow.run_conversation(ctx)
        journal = Journal()
        assert flow.offer_save_after_interrupt(ctx, journal) is None
        assert journal.records() == []
        assert "niets opgeslagen" in flow.interrupted_message(None)


def test_ctrl_c_before_any_step_is_done_does_not_ask():
    ctx, _buffer, _ = _ctx(["Anna", KeyboardInterrupt])
    with pytest.raises(KeyboardInterrupt):
        flow.run_conversation(ctx)
    assert flow.offer_save_after_interrupt(ctx, Journal()) is None
    assert ctx.prompter.answers == []


# --- saving, detail and markdown --------------------------------------------------------
def test_saved_record_reads_back_and_renders(tmp_path):
    ctx, _buffer, _ = _ctx([*SETUP, *NOTES_1_TO_6, True, "Afspraak:\n# geen kop"])
    record = flow.run_conversation(ctx)
    journal = Journal()
    flow.save(journal, record)
    raw = json.loads(journal.path.read_text(encoding="utf-8").splitlines()[0])
    assert raw["soort"] == "gesprek" and raw["namen"] == ["Anna", "Bram"] and raw["afgeleid"] is True
    assert raw["notities"]["1"] == "Het is zwaar om te vragen" and raw["voltooid"] is True
    back = parse_record(raw)
    assert isinstance(back, Conversation) and back == record

    out, buffer = _console()
    out.print(detail(back))  # as `vraaghulp log toon` shows it
    shown = buffer.getvalue()
    assert "Anna en Bram" in shown and "partner" in shown and "alle zeven stappen gedaan" in shown
    assert "Stap 3: Lang stil" in shown and "ja, er werd even uitgeweken" in shown

    target = tmp_path / "gesprek.md"
    flow.export_markdown(back, target, overwrite=False)
    text = target.read_text(encoding="utf-8")
    assert text == document(back)
    assert text.startswith("# Het gesprek in zeven stappen\n")
    assert "- Vrager: Anna" in text and "- Uitgeweken na stap 6: ja" in text
    assert "## Stap 4 · De verwarring hardop zeggen\n\n> Ik schrok\n" in text
    assert "> Afspraak:\n> # geen kop\n" in text  # a user '#' stays inside the quote
    assert (target.stat().st_mode & 0o777) == 0o600
    with pytest.raises(VraaghulpError, match="bestaat al"):
        flow.export_markdown(back, target, overwrite=False)


def test_old_record_without_first_step_still_reads():
    data = {
        "id": "abcd2345", "soort": "gesprek", "v": 1, "gemaakt": "2024-01-01T10:00:00+00:00",
        "namen": ["A", "B"], "notities": {"2": "x"}, "laatste_stap": 2,
    }
    record = parse_record(data)
    assert record.first_step == 1 and "gestopt na stap 2" in document(record)


def test_check_export_target(tmp_path):
    existing = tmp_path / "er.md"
    existing.write_text("oud", encoding="utf-8")
    with pytest.raises(UsageError, match="--overschrijf"):
        flow.check_export_target(existing, overwrite=False)
    flow.check_export_target(existing, overwrite=True)
    with pytest.raises(UsageError, match="bestaat niet"):
        flow.check_export_target(tmp_path / "nee" / "x.md", overwrite=False)
    with pytest.raises(UsageError, match="is een map"):
        flow.check_export_target(tmp_path, overwrite=False)


# --- options ------------------------------------------------------------------------------
def test_parse_names():
    assert notes.parse_names(" Anna , Bram ") == ("Anna", "Bram")
    for bad in ("Anna", "Anna,", "A,B,C", ",", "x" * 41 + ",B"):
        with pytest.raises(UsageError):
            notes.parse_names(bad)


def test_parse_notes_format():
    text = "# kop\n1: eerste\n  vervolg\n\n3) derde\n7. laatste\n5:\n"
    assert notes.parse_notes(text) == {1: "eerste\nvervolg", 3: "derde", 7: "laatste"}
    with pytest.raises(UsageError, match="regel 1: stap 8 bestaat niet"):
        notes.parse_notes("8: te ver")
    with pytest.raises(UsageError, match="regel 1: een notitie begint"):
        notes.parse_notes("zomaar tekst")
    with pytest.raises(UsageError, match="twee keer"):
        notes.parse_notes("2: a\n2: b")


def test_read_notes_from_file_and_stdin(tmp_path):
    path = tmp_path / "n.txt"
    path.write_text("2: héél eerlijk\n", encoding="utf-8")
    assert notes.read_notes(str(path)) == {2: "héél eerlijk"}
    assert notes.read_notes("-", stdin=io.StringIO("4: via stdin")) == {4: "via stdin"}
    with pytest.raises(VraaghulpError, match="bestaat niet"):
        notes.read_notes(str(tmp_path / "weg.txt"))
    (tmp_path / "bin").write_bytes(b"\xff\xfe1: x")
    with pytest.raises(VraaghulpError, match="UTF-8"):
        notes.read_notes(str(tmp_path / "bin"))


# --- content ----------------------------------------------------------------------------
def test_content_has_seven_steps_with_silences_in_three_and_six():
    content = guide.load_guide()
    assert [s.number for s in content.steps] == [1, 2, 3, 4, 5, 6, 7]
    assert [s.number for s in content.steps if s.silence] == [3, 6]
    last = content.step(7)
    assert last.together_deflected is not None and last.counsellor_deflected is not None
    assert {"partner", "vriend", "familie", "anders"} <= {r.key for r in content.relations}


def test_content_uses_only_known_placeholders():
    import re

    from vraaghulp.content import content_dir

    text = (content_dir() / "gesprek.toml").read_text(encoding="utf-8")
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    assert set(re.findall(r"\{([^}]*)\}", body)) <= {"vrager", "naaste"}


def test_content_rejects_a_missing_step():
    from pydantic import ValidationError

    from vraaghulp.content import load_toml

    data = dict(load_toml("gesprek"))
    data["stap"] = data["stap"][:6]
    with pytest.raises(ValidationError, match="precies 7 stappen"):
        guide.GesprekContent.model_validate(data)


# --- the silence countdown on a fake clock --------------------------------------------------
class FakeClock:
    def __init__(self, enter_at=None, interrupt_at=None):
        self.now = 100.0
        self.start = self.now
        self.enter_at = enter_at
        self.interrupt_at = interrupt_at
        self.waits: list[float] = []

    def __call__(self):
        return self.now

    async def wait(self, timeout):
        self.waits.append(timeout)
        elapsed = self.now - self.start
        for at, event in ((self.enter_at, ENTER), (self.interrupt_at, INTERRUPT)):
            if at is not None and elapsed <= at < elapsed + timeout:
                self.now = self.start + at
                return event
        self.now += timeout
        return None


def test_countdown_runs_out_on_whole_seconds():
    clock = FakeClock()
    ticks: list[str] = []
    result = asyncio.run(countdown(5, wait=clock.wait, clock=clock, on_tick=lambda r, t: ticks.append(clock_text(r))))
    assert not result.ended_early and result.planned == 5
    assert ticks == ["0:05", "0:04", "0:03", "0:02", "0:01", "0:00"]
    assert sum(clock.waits) == pytest.approx(5)


def test_countdown_enter_ends_it_early():
    clock = FakeClock(enter_at=2.5)
    result = asyncio.run(countdown(60, wait=clock.wait, clock=clock))
    assert result.ended_early and result.waited == pytest.approx(2.5)


def test_countdown_ctrl_c_raises_keyboard_interrupt():
    clock = FakeClock(interrupt_at=1.2)
    with pytest.raises(KeyboardInterrupt):
        asyncio.run(countdown(60, wait=clock.wait, clock=clock))


def test_countdown_zero_does_not_wait():
    clock = FakeClock()
    result = asyncio.run(countdown(0, wait=clock.wait, clock=clock))
    assert clock.waits == [] and not result.ended_early


def test_clock_text():
    assert clock_text(60) == "1:00" and clock_text(59.2) == "1:00" and clock_text(0.4) == "0:01" and clock_text(0) == "0:00"
