"""`vraaghulp gesprek --verder [ID]`, the safety question of "samen", the counsellor's opening
move, honest step counts and names with initials (in-process, scripted answers)."""

from __future__ import annotations

import json
import re

from vraaghulp.guides.gesprek import fill, load_guide


def _lines(home):
    path = home / "logboek.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []


COUNSELLOR = ["J.", "Mira", "partner"]


def test_ctrl_c_in_step_three_then_verder_goes_on_with_the_same_record(run_cli, data_home):
    first = run_cli("gesprek", "--rol", "hulpverlener", "--stilte", "0", tty=True,
                    answers=[*COUNSELLOR, "een", "twee", KeyboardInterrupt, True])
    assert first.returncode == 130
    (saved,) = _lines(data_home)
    assert saved["laatste_stap"] == 2 and saved["modus"] == "hulpverlener" and saved["voltooid"] is False
    assert f"vraaghulp gesprek --verder {saved['id']}" in first.stderr

    # No id: the latest unfinished conversation; it says which, and asks no names again.
    again = run_cli("gesprek", "--verder", "--stilte", "0", tty=True, answers=["drie", None, None, None, False, "zeven"])
    assert again.returncode == 0, again.stderr
    assert f"Verder met het gesprek van" in again.stdout and saved["id"] in again.stdout and "bij stap 3" in again.stdout
    assert "Stap 2 van 7" not in again.stdout and "Stap 3 van 7" in again.stdout
    assert not any("Hoe heet" in question for _kind, question in again.asked)
    (stored,) = _lines(data_home)  # the same record, not a new one
    assert stored["id"] == saved["id"] and stored["modus"] == "hulpverlener" and stored["namen"] == ["J.", "Mira"]
    assert stored["voltooid"] is True and stored["eerste_stap"] == 1 and stored["laatste_stap"] == 7
    assert stored["notities"] == {"1": "een", "2": "twee", "3": "drie", "7": "zeven"}
    shown = run_cli("log", "toon", saved["id"]).stdout
    assert "alle zeven stappen gedaan" in shown


def test_verder_with_an_id_and_its_dutch_refusals(run_cli, data_home):
    run_cli("gesprek", "--namen", "Anna,Bram", "--relatie", "vriend", "--stilte", "0", tty=True,
            answers=["verder", "een", KeyboardInterrupt, True])
    (saved,) = _lines(data_home)
    wrong = run_cli("gesprek", "--verder", saved["id"][:6], "--namen", "X,Y")
    assert wrong.returncode == 2 and "Laat --namen weg bij --verder" in wrong.stderr
    done = run_cli("gesprek", "--verder", saved["id"][:6], "--stilte", "0", tty=True,
                   answers=["verder", *([None] * 5), False, None])
    assert done.returncode == 0, done.stderr and "bij stap 2" in done.stdout
    finished = run_cli("gesprek", "--verder", saved["id"])
    assert finished.returncode == 1 and "al helemaal doorlopen" in finished.stderr
    none_open = run_cli("gesprek", "--verder")
    assert none_open.returncode == 1 and "geen onderbroken gesprek" in none_open.stderr
    assert "Traceback" not in finished.stderr + none_open.stderr


def test_verder_without_a_terminal_takes_the_rest_of_the_notes(run_cli, data_home):
    run_cli("gesprek", "--rol", "hulpverlener", "--stilte", "0", tty=True,
            answers=[*COUNSELLOR, "een", KeyboardInterrupt, True])
    result = run_cli("gesprek", "--verder", "--afgeleid", "nee", "--notities-bestand", "-", "--stilte", "0",
                     input="1: oud\n4: vier\n")
    assert result.returncode == 0, result.stderr
    (stored,) = _lines(data_home)
    assert stored["notities"] == {"1": "een", "4": "vier"} and stored["voltooid"] is True


def test_starting_at_step_five_is_not_all_seven_steps(run_cli, data_home):
    result = run_cli("gesprek", "--rol", "hulpverlener", "--namen", "Kim,Lou", "--relatie", "vriend",
                     "--afgeleid", "nee", "--notities-bestand", "-", "--stilte", "0", "--stap", "5", input="")
    assert result.returncode == 0, result.stderr
    (stored,) = _lines(data_home)
    shown = run_cli("log", "toon", stored["id"]).stdout
    assert "alle zeven" not in shown and "stap 5 tot en met 7" in shown
    listing = run_cli("log").stdout
    assert "voltooid" not in listing and "stap 5-7" in listing
    report = run_cli("export").stdout
    assert "alle zeven" not in report and "stap 5 tot en met 7" in report


def test_samen_says_first_it_is_for_someone_you_feel_safe_with_and_can_stop(run_cli, data_home):
    result = run_cli("gesprek", tty=True, answers=["stoppen"])
    assert result.returncode == 0
    screen = " ".join(result.stdout.split())
    assert "iemand bij wie je je veilig voelt" in screen and "hulpverlener" in screen
    assert screen.index("veilig voelt") < screen.index("Er is niets opgeslagen")
    assert [kind for kind, _question in result.asked] == ["choice"]  # no names asked
    assert _lines(data_home) == []
    counsellor = run_cli("gesprek", "--rol", "hulpverlener", tty=True, answers=["Kim", KeyboardInterrupt])
    assert "veilig voelt" not in counsellor.stdout


def test_counsellor_mode_opens_with_the_invitation_after_the_names(run_cli):
    result = run_cli("gesprek", "--rol", "hulpverlener", "--stilte", "0", tty=True,
                     answers=[*COUNSELLOR, KeyboardInterrupt])
    screen = " ".join(result.stdout.split())
    assert "de naaste komt jou helpen" in screen
    assert screen.index("de naaste komt jou helpen") < screen.index("Stap 1 van 7")
    assert "Nodig Mira niet uit om J. te helpen, maar om jou te helpen" in screen
    later = run_cli("gesprek", "--rol", "hulpverlener", "--stilte", "0", "--stap", "3", tty=True,
                    answers=[*COUNSELLOR, KeyboardInterrupt])
    assert "komt jou helpen" not in later.stdout


def _every_text(guide):
    g = guide.general
    yield from (g.opening, *g.opening_say, g.opening_invitation, g.closing_together, g.closing_counsellor)
    yield from (guide.deflection.ask_counsellor, guide.deflection.ask_together)
    for step in guide.steps:
        for texts in (step.together, step.counsellor, step.together_deflected, step.counsellor_deflected):
            if texts is None:
                continue
            yield from (texts.who, texts.what, *texts.say, texts.watch, texts.tip, texts.note,
                        *texts.tips_by_relation.values())


def test_an_initial_never_gets_a_second_full_stop_and_no_name_comes_twice_in_a_sentence():
    guide = load_guide()
    for template in filter(None, _every_text(guide)):
        text = fill(template, "J.", "Mira")
        assert ".." not in text.replace("...", "…"), text
        for sentence in re.split(r"(?<=[.?!:])\s+(?=[A-Z'])", text.replace("J.", "J")):
            assert sentence.count("Mira") <= 1 and len(re.findall(r"\bJ\b", sentence)) <= 1, sentence
    assert fill("Dit is voor {vrager}.", "J.", "Mira") == "Dit is voor J."


def test_ctrl_c_while_going_on_updates_the_same_record(run_cli, data_home):
    run_cli("gesprek", "--rol", "hulpverlener", "--stilte", "0", tty=True,
            answers=[*COUNSELLOR, "een", KeyboardInterrupt, True])
    (saved,) = _lines(data_home)
    nothing_new = run_cli("gesprek", "--verder", "--stilte", "0", tty=True, answers=[KeyboardInterrupt])
    assert nothing_new.returncode == 130 and "Wil je bewaren" not in nothing_new.stdout
    assert f"--verder {saved['id']}" in nothing_new.stderr and _lines(data_home) == [saved]
    more = run_cli("gesprek", "--verder", saved["id"][:5], "--stilte", "0", tty=True,
                   answers=["twee", "drie", KeyboardInterrupt, True])
    assert more.returncode == 130 and "tot en met stap 3" in more.stderr
    (stored,) = _lines(data_home)
    assert stored["id"] == saved["id"] and stored["laatste_stap"] == 3 and stored["voltooid"] is False
    assert stored["notities"] == {"1": "een", "2": "twee", "3": "drie"}


def test_a_change_made_while_a_conversation_was_resumed_is_kept(run_cli, data_home):
    """Resuming adds this session's steps to the record as it is now (like every update, D1)."""
    from types import SimpleNamespace

    from vraaghulp.flows.gesprek import save
    from vraaghulp.store.journal import Journal

    run_cli("gesprek", "--rol", "hulpverlener", "--stilte", "0", tty=True,
            answers=[*COUNSELLOR, "een", "twee", KeyboardInterrupt, True])
    (saved,) = _lines(data_home)
    journal = Journal()
    session = journal.find(saved["id"])  # what `--verder` starts from
    session = session.model_copy(update={"notes": {**session.notes, "3": "drie"}, "last_step": 3})
    meanwhile = run_cli("log", "bewerk", saved["id"], "--veld", "relatie=zus")  # e.g. on another device
    assert meanwhile.returncode == 0, meanwhile.stderr
    save(journal, session, SimpleNamespace(resumed_at=2))
    (stored,) = _lines(data_home)
    assert stored["relatie"] == "zus" and stored["laatste_stap"] == 3
    assert stored["notities"] == {"1": "een", "2": "twee", "3": "drie"}
