"""Round 45 review (c45r): real lines that c45's new exceptions silenced or lowered, and one guard that never matched.

The lines are the reviewer's (engine before c45 against c45). Policy: a miss is the worst error, so an exception is
scoped to its own clause or taken out rather than narrowed cleverly.
A. the inverted annoyance form ('kan ik niet meer, die ...') accepted any noun: now only a named annoyance, never
   across a means, an act or a lasting pain;
B. the farewell note in a grave: only a third party being buried, never 'begraaf me', 'begraven worden', 'ik wil/ga';
C. 'klaar met mijn project' switched 'klaar' off beside a jump or a metaphor for life: its own concept with a bound;
D. a farewell to a habit was an everyday farewell and so cancelled a farewell to people in the same line: now an
   exception on the habit's own words, with a guard;
E. a lamp or 'sfeer' anywhere made 'dood' ordinary: only a lamp that 'is dood', and 'sfeer' is out;
F. 'ik geef het op' with a filing again: not beside an obituary, 'geen ... meer' or 'het is op';
G. the exertion guard was written with '\\b' in a literal TOML string and never matched;
H. dialect rewrites that fed a false panel of the standard form: lowered on the standard form, twin kept.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess

AT_TIER = [
    # A
    ("kon ik niet meer, die ellende, ik heb een touw gekocht", ACUUT),
    ("kon ik niet meer, die ellende, ik heb de pillen al geslikt", ACUUT),
    ("kan ik niet meer, die eenzaamheid", ZORG),
    ("kan ik niet meer, deze depressie", ZORG),
    ("kan ik niet meer, deze gedachten", ZORG),
    ("kan ik niet meer, al die stemmen in mijn hoofd", ZORG),
    ("kan ik niet meer, die ruzies thuis elke avond", ZORG),
    # B
    ("begraaf me met een afscheidsbrief, ik ga vannacht", ACUUT),
    ("begraaf mij met een afscheidsbrief, ik ben er klaar mee", ACUUT),
    ("ik wil begraven worden met een afscheidsbrief aan mijn kinderen, ik heb hem al geschreven", ACUUT),
    ("begraven met een afscheidsbrief, dat is hoe ik wil gaan", ACUUT),
    # C
    ("ik ben klaar met mijn project, ik ga springen", ACUUT),
    ("k ben klaar met m project, ik ga springe", ACUUT),
    ("ik ben klaar met mijn opdracht hier op aarde, ik ga springen", ACUUT),
    ("ik ben klaar met mijn verhuizing naar de andere kant, morgen spring ik", ACUUT),
    # D
    ("afscheid van drank lukt niet, dus ik neem afscheid van mezelf", ACUUT),
    ("afscheid van de alcohol en van jullie allemaal, ik ga niet terug", ACUUT),
    ("afscheid van roken, afscheid van mijn gezin, ik ga niet terug", ACUUT),
    ("afscheid van drank en van mijn vrienden, ik ga niet terug, dit is het einde", ACUUT),
    # F
    ("ik geef het op, ik dien geen nieuwe aanvraag meer in, het is op", ZORG),
    # G
    ("weer een dienst gedaan, ik kan niet meer, mijn leven is alleen nog werken", ZORG),
    ("ik kan niet meer, 10 uur gewerkt, en mijn leven is alleen nog dit", ZORG),
]

# back to at least the gentle line they had before c45 (the full panel they deserve is not reached yet)
NOT_SILENT = [
    "ik ga me vannacht dood maken, de sfeer hier is zo zwaar",
    "wat een sfeer thuis, ik maak mezelf vannacht dood",
    "de lamp is uit, ik ga dood vannacht, ik heb de pillen",
    "ik geef het op, morgen dienen ze mijn overlijdensbericht in",
]

QUIET = [
    # A: a named annoyance keeps c45's exception
    "stond een uur stil, kan ik niet meer, die ellende elke keer",
    "kan ik niet meer, die buren met hun muziek",
    # B: a third party buried
    "we hebben de hamster begraven met een afscheidsbriefje, mijn dochter huilde",
    "we hebben opa begraven met een afscheidsbrief van alle kleinkinderen",
    # C, D, E
    "ik ben klaar met mijn verslag dus ik ga even naar de rivier wandelen",
    "dag 30 zonder sigaretten, afscheid van de rookpauze, ik ga niet terug",
    "de lamp in de gang is weer dood",
    "als ik uitcheck uit het hotel zondag, wil je dan de sleutel bij de balie leggen",
    # H
    "k wil niet lange mi wachten op den bus",
    "de leste keer da ge van mie goa hoorn is op mijn verjaardag, kom je?",
    "het heeft allemaal niet zoveel zin meer om te investeren in die aandelen",
]

TWINS = [
    ("ik wil niet lang meer leven", ACUUT),
    ("'k wil nie lange mi leven", ACUUT),
    ("het heeft geen zin meer om te leven", ACUUT),
    ("de laatste keer dat je van mij hoort, ik ga vannacht", ACUUT),
    ("ik ga uitchecken, voorgoed", ACUUT),
]


@pytest.mark.parametrize(("text", "tier"), AT_TIER)
def test_a_real_line_is_at_its_tier(text, tier):
    assert assess(text).tier == tier


@pytest.mark.parametrize("text", NOT_SILENT)
def test_a_real_line_is_not_silenced(text):
    assert assess(text).tier in (ZORG, ACUUT)


@pytest.mark.parametrize("text", QUIET)
def test_a_harmless_line_stays_quiet(text):
    assert assess(text).tier is None


@pytest.mark.parametrize(("text", "tier"), TWINS)
def test_the_twin_of_a_lowered_line_keeps_its_tier(text, tier):
    assert assess(text).tier == tier


def test_no_rule_string_holds_an_escaped_word_boundary():
    # G: '\\b' in a literal (single-quoted) TOML string is a backslash and a 'b' to the regex: the guard never matched
    import pathlib
    import tomllib

    root = pathlib.Path(__file__).resolve().parents[1] / "content" / "nl"

    def strings(value):
        if isinstance(value, dict):
            for item in value.values():
                yield from strings(item)
        elif isinstance(value, list):
            for item in value:
                yield from strings(item)
        elif isinstance(value, str):
            yield value

    for name in ("crisis_signalen.toml", "crisis_begrippen.toml"):
        data = tomllib.loads((root / name).read_text(encoding="utf-8"))
        bad = [s[:80] for s in strings(data) if "\\\\b" in s or "\\\\w" in s or "\x08" in s]
        assert not bad, (name, bad)


def test_the_exertion_guard_now_blocks():
    # G: one long shift and 'ik kan niet meer' stays quiet; with a lasting load or emptiness after it, not
    assert assess("12 uur gewerkt, ik kan niet meer").tier is None
    assert assess("12 uur gewerkt, ik kan niet meer, ik voel me leeg").tier == ZORG
    assert assess("weer een dienst gedaan, ik kan niet meer, mijn leven is alleen nog werken").tier == ZORG
