"""The card of the day: stable per date, the same through both parsers, never fails."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date, timedelta


from vraaghulp.light import card
from vraaghulp.light.card import card_for, load_cards, render_card, today_text
from vraaghulp.messages import lookup

KIND_LABELS = lookup("kaart.soorten")
FALLBACK = "vraaghulp · Vraag vandaag één klein ding aan iemand die je vertrouwt."


def test_cards_are_short_and_of_known_kinds():
    cards = load_cards()
    assert len(cards) >= 30
    texts = [c["tekst"].strip() for c in cards]
    assert len(set(texts)) == len(texts), "no card twice"
    for c in cards:
        assert c["soort"] in KIND_LABELS
        sentences = re.findall(r"[.!?](?:['’”)]*)(?:\s|$)", c["tekst"].strip())
        assert 1 <= len(sentences) <= 2, c["tekst"]
        assert len(c["tekst"]) <= 170, c["tekst"]


def test_same_card_all_day_and_another_tomorrow():
    cards = load_cards()
    start = date(2025, 1, 1)
    for offset in range(400):
        day = start + timedelta(days=offset)
        assert card_for(day, cards) == card_for(day, cards)
        assert today_text(day) == today_text(day)
        assert card_for(day, cards) != card_for(day + timedelta(days=1), cards)
        assert today_text(day) != today_text(day + timedelta(days=1))


def test_rendered_card_is_plain_and_one_to_three_lines():
    for c in load_cards():
        text = render_card(c)
        assert 2 <= len(text.splitlines()) <= 3
        assert text.startswith("vraaghulp · ")
        assert "\x1b" not in text and "[" not in text.splitlines()[0]


def test_a_broken_content_file_still_gives_a_card(monkeypatch):
    def broken():
        raise OSError("gone")

    monkeypatch.setattr(card, "load_cards", broken)
    assert today_text(date(2025, 1, 1)) == FALLBACK
    assert today_text(shuffle=True) == FALLBACK


def test_willekeurig_gives_a_real_card():
    texts = {c["tekst"].strip() for c in load_cards()}
    for _ in range(5):
        assert today_text(shuffle=True).splitlines()[1] in texts


def test_both_parsers_print_the_same(run_cli, monkeypatch):
    fast = run_cli("kaart")
    assert fast.returncode == 0, fast.stderr
    assert fast.stdout == today_text(date.today()) + "\n"

    from vraaghulp.light import argv

    monkeypatch.setattr(argv, "parse", lambda words: None)  # every line through the Typer tree
    assert run_cli("kaart").stdout == fast.stdout

    helped = run_cli("kaart", "--help")  # not handled by the light parser: Typer answers
    assert helped.returncode == 0 and "--willekeurig" in helped.stdout


def test_kaart_with_a_missing_or_unusable_data_dir(run_cli, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    for home in (tmp_path / "does" / "not" / "exist", blocker / "sub"):
        result = run_cli("kaart", env={"VRAAGHULP_HOME": str(home)})
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith("vraaghulp · ")
        assert result.stderr == ""
    assert not (tmp_path / "does").exists()
    random_card = run_cli("kaart", "--willekeurig")
    assert random_card.returncode == 0 and random_card.stdout.startswith("vraaghulp · ")


def test_kaart_loads_no_heavy_library():
    code = (
        "import sys\n"
        "from vraaghulp.light import entry\n"
        "try:\n    entry.main(['kaart'])\nexcept SystemExit:\n    pass\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('typer', 'click', 'rich', 'pydantic', 'questionary', 'platformdirs', 'filelock'))\n"
        "print('HEAVY', heavy, file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8", timeout=30)
    assert result.returncode == 0, result.stderr
    assert "HEAVY []" in result.stderr
