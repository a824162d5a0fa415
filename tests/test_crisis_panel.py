"""The crisis panel and the helpline content (crisis.toml)."""

from __future__ import annotations

import io
import re

from vraaghulp import safety

def _console(buffer, **kwargs):
    from rich.console import Console

    return Console(file=buffer, width=100, color_system=None, force_terminal=False, **kwargs)


RESOURCES = ["113", "0800-0113", "113.nl", "088 0767 000", "1813", "zelfmoord1813.be", "106", "112"]


def test_check_text_shows_resources_and_returns_true():
    buffer = io.StringIO()
    assert safety.check_text("Ik wil er niet meer zijn.", _console(buffer)) is True
    out = buffer.getvalue()
    for resource in RESOURCES:
        assert resource in out, resource
    assert "Zelfmoordpreventie" in out
    assert "Zelfmoordlijn" in out
    assert "vraaghulp hulplijn" in out
    # the user's own words are never echoed in the panel
    assert "niet meer zijn" not in out


def test_check_text_prints_nothing_for_harmless_text():
    buffer = io.StringIO()
    assert safety.check_text("Ik ben doodmoe, maar ik vraag morgen hulp.", _console(buffer)) is False
    assert safety.check_text("", _console(buffer)) is False
    assert safety.check_text(None, _console(buffer)) is False
    assert buffer.getvalue() == ""


def test_panel_plain_has_all_resources_and_no_markup():
    text = safety.panel_plain()
    for resource in RESOURCES:
        assert resource in text, resource
    assert "[" not in text and "\x1b" not in text
    assert all(len(line) <= 100 for line in text.splitlines())


def test_panel_respects_no_color_and_has_no_escape_codes():
    buffer = io.StringIO()
    from rich.console import Console

    console = Console(file=buffer, width=80, no_color=True, force_terminal=True)
    safety.show_panel(console)
    out = re.sub(r"\x1b\[[0-9;]*m", "", buffer.getvalue())
    assert "113" in out and "1813" in out and "112" in out


def test_safety_module_imports_rich_lazily():
    import subprocess
    import sys

    code = (
        "import sys, vraaghulp.safety, vraaghulp.coach.crisis as c; c.is_crisis('ik wil dood'); "
        "print('rich' in sys.modules, 'pydantic' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_every_country_and_kind_of_line_is_there():
    lines = safety.helplines()
    by_name = {h.name: h for h in lines}
    assert {"NL", "BE"} <= {h.country for h in lines}
    assert by_name["113 Zelfmoordpreventie"].phones == ("113", "0800-0113")
    assert by_name["113 Zelfmoordpreventie"].chat == "113.nl" and by_name["113 Zelfmoordpreventie"].day_and_night
    assert by_name["Zelfmoordlijn 1813"].phones == ("1813",)
    assert by_name["De Luisterlijn"].phones == ("088 0767 000",)
    assert by_name["De Kindertelefoon"].phones == ("0800-0432",)
    assert by_name["Tele-Onthaal"].phones == ("106",)
    assert by_name["Awel"].phones == ("102",) and not by_name["Awel"].day_and_night
    assert by_name["Huisarts van wacht"].phones == ("1733",)
    assert {h.kind for h in lines} == {"crisis", "luisteren", "jongeren", "medisch", "nood"}
    for h in lines:
        for phone in h.phones:
            assert phone in h.line, (h.name, phone)
        if h.chat:
            assert h.chat in h.line, h.name


def test_panel_shows_every_line_once_country_by_country():
    text = safety.panel_plain()
    flat = " ".join(text.split())
    assert text.index("Nederland") < text.index("België") < text.index("Is er nu direct gevaar?")
    for h in safety.helplines():
        assert flat.count(" ".join(h.line.split())) == 1, h.name
    assert flat.index("0800-0432") < flat.index("België") < flat.index("1733") < flat.index("112")


def test_concern_line_and_tell_someone_are_our_own_short_dutch():
    line = safety.concern_line()
    assert "113" in line and "1813" in line and "vraaghulp hulplijn" in line
    assert "\n" not in line and len(line) <= 140
    intro, sentence, partner = safety.tell_someone()
    assert sentence == "Het gaat niet goed met me. Kun je bij me zijn?"
    assert "{naam}" in partner and "vraaghulp maatje" in partner
    assert intro.endswith(":")
