"""Round 58 (c58b): outside authors' alarm lines missed or only at the gentle line, raised by recurring shapes
(`said_end58`): an accident welcomed (or an insurance on one looked up), care stopped so that it happens by itself,
a cut worse than before and hidden, the writer at a dangerous place now with a last word or being done.

The twins are in tests/corpus/crisis/eigen71-c58b.toml and open/eigen71-c58b-open.toml (README of the crisis corpus,
"Round 58 (c58b)").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from vraaghulp.coach.crisis import assess, normalised
from vraaghulp.coach.crisis.said_end58 import raised

from tests.test_crisis_c57b import OUTSIDE, _lines  # noqa: E402  (the same reading of a corpus file)

CORPUS = Path(__file__).parent / "corpus" / "crisis"
SHAPES = ("ongeluk-welkom (", "ongeluk-verzekering (", "stoppen-vanzelf58 (", "erger-verborgen58 (", "plek-nu-einde (")
TWINS = _lines(CORPUS / "eigen71-c58b.toml", CORPUS / "open" / "eigen71-c58b-open.toml")


def _shape(text: str) -> str | None:
    """The name of this round's shape that fired on `text` in the whole check, or None."""
    return next((signal.phrase.split(" (", 1)[0] for signal in assess(text).signals if signal.phrase.startswith(SHAPES)),
                None)


def test_the_twins_real_at_their_tier_harmless_never_raised_by_this_round():
    kinds = {line["familie"]: line["verwacht"] for line, _ in TWINS}
    assert len({line["stem"] for line, _ in TWINS}) >= 30 and {line["taal"] for line, _ in TWINS} == {"nl", "be"}
    assert all(kinds.get(f"{name}-gewoon") == "geen" for name, kind in kinds.items() if kind != "geen")
    wrong = []
    for line, is_open in TWINS:
        text, want = line["tekst"], line["verwacht"]
        tier = assess(text).tier or "geen"
        harmless_raised = want == "geen" and (raised(normalised(text), [], text) is not None or _shape(text))
        # open/: a harmless twin an older rule or the second opinion still tiers; elsewhere each at its tier
        if harmless_raised or (tier == "geen" if is_open else tier != want):
            wrong.append((text, want, tier))
    assert wrong == []


@pytest.mark.parametrize("text, shape", [
    # outside authors' kinds, in our own words
    ("as ik morgen van de weg raek met de camion dan is dat mar zo. 'k zou ni opzij gaan", "ongeluk-welkom"),
    ("het kon me echt niks schelen als ik vannacht tegen een pijler was gegaan op de A12", "ongeluk-welkom"),
    ("de levensverzekering betaalt ook uit bij een ongeval, heb ik opgezocht. dan zijn ze tenminste van de schulden af",
     "ongeluk-verzekering"),
    ("mijn bloedverdunners laat ik sinds zondag liggen. wat gebeurt, gebeurt", "stoppen-vanzelf58"),
    ("heb weer gesneje gisteren, dieper dan anders. ge moogt da aan niemand zeggen", "erger-verborgen58"),
    ("'k zitte hier an de sluize, 't is genoeg geweest. zeg tegen ma dat 't nie an heur lag", "plek-nu-einde"),
])
def test_each_shape_raises_its_kind(text, shape):
    note = raised(normalised(text), [], text)
    assert note is not None and note.phrase.split(" (", 1)[0] == shape
    assert assess(text).tier == "acuut"  # some of them older rules already raise; the shape runs below the panel only


@pytest.mark.parametrize("text, shape", [
    # outside authors' lines the rules before this round left at the gentle line or missed (tuning-ho33v2, ho57t1,
    # ho43f2, ho56s1, ho35x1, ho47j1)
    ("as ik morgen onder nen camion loop, kan me da eerlijk gezegd niks schele. zou eigenlijk wel handig zijn",
     "ongeluk-welkom"),
    ("as ik op de A58 van de weg raek dan is dat mar zo. 'k oef d'r nie meer zo nodig te zijn broer", "ongeluk-welkom"),
    ("Ich nem mien pillen neet mer, ouch neet die veur mien hert. Dan geit 't vanzelf. Zeg 't neet teige de kinder, die "
     "make zich allein mer zörg", "stoppen-vanzelf58"),
    ("De verzekering van de boerderij keert ook uit bij een ongeval, heb ik nagekeken. Dan is Maria tenminste van de "
     "schulden af. Ge moet da nie verkeerd verstaan, Jef.", "ongeluk-verzekering"),
    ("ge moogt da echt aan niemand zeggen he mo k heb me gisteren weer gesneje, dieper dan anders. mn mouwen blijven nu "
     "altijd aan", "erger-verborgen58"),
    ("'k zien gin uitweg nie meer. 'k stoan hier nu up de brugge over 't kanoal en 't is hier stille. zeg tegen moeder "
     "dat 't nie heur schuld is", "plek-nu-einde"),
])
def test_outside_lines_below_the_panel_now_at_it_through_this_round(text, shape):
    assert _shape(text) == shape
    assert assess(text).tier == "acuut"


@pytest.mark.parametrize("text", [
    # the first drafts raised these (outside and own lines): a lift, an illness, a bread knife, a diet, a car park
    "als de bus mij morgen meeneemt naar school is dat ook goed, dan hoef ik niet te fietsen in de regen",
    "ik eet al vier dagen bekant niks meer door die buikgriep. hopelijk houdt dat overgeven er dan vanzelf mee op",
    "ik heb mezelf weer gesneden aan da broodmes, dieper dan de vorige keer. niet tegen mama zeggen he",
    "'k eet al vijf dagen niks meer na 18u, intermittent fasting. als 't zo vanzelf gaat met die kilo's is 't simpel",
    "sta nu bovenop de parkeergarage bij het station. ben er klaar mee, die lift is alweer kapot",
    "de reisverzekering keert ook uit bij een ongeval op de piste, heb ik nagekeken. dan zijn we tenminste gedekt",
    "het kan me niks schelen als de tram me niet meeneemt, dan loop ik wel",
    # someone else's care stopped, an accident that is over, a doctor's advice
    "moeder eet bijna niks meer in het verzorgingshuis en zegt: laat maar, dan gaat het vanzelf",
    "vorig jaar ben ik bijna onder een vrachtwagen gekomen, gelukkig goed afgelopen. kan me niks schelen nu",
    "ik ben gestopt met mijn bloeddrukpillen op advies van de huisarts, het gaat vanzelf beter",
])
def test_the_shapes_stay_quiet_on_their_twins(text):
    assert raised(normalised(text), [], text) is None
    assert _shape(text) is None


def test_the_done_phrase_at_a_place_needs_nothing_after_it_but_the_end():
    # as round 56's plek-klaar: 'klaar mee' with its cause after it is someone fed up with a ticket machine
    assert raised(normalised("sta hier op het dak van de parking. ik ben er klaar mee."), [], "") is not None
    assert raised(normalised("sta hier op het dak van de parking. ik ben er klaar mee, die automaat pakt mijn kaart nie"),
                  [], "") is None


def test_no_harmless_line_anywhere_in_the_crisis_corpus_is_raised_by_this_round():
    # read on the first reading, every file (tuning, own, outside, open/): no harmless line gives a shape
    found = []
    for path in sorted(CORPUS.glob("*.toml")) + sorted((CORPUS / "open").glob("*.toml")):
        for line, _ in _lines(path):
            if line["verwacht"] == "geen" and raised(normalised(line["tekst"]), [], line["tekst"]) is not None:
                found.append((path.stem, line["tekst"]))
    assert found == []


def test_outside_real_lines_the_shapes_raise_come_from_three_or_more_authors_each():
    authors: dict[str, set[str]] = {}
    for path in sorted(CORPUS.glob("tuning*.toml")) + sorted((CORPUS / "open").glob("tuning*.toml")):
        if not OUTSIDE.match(path.stem):
            continue
        for line, _ in _lines(path):
            note = raised(normalised(line["tekst"]), [], line["tekst"]) if line["verwacht"] != "geen" else None
            if note is not None:
                authors.setdefault(note.phrase.split(" (", 1)[0], set()).add(path.stem.removesuffix("-open"))
    assert set(authors) == {shape.removesuffix(" (") for shape in SHAPES}
    assert all(len(files) >= 3 for files in authors.values()), {k: len(v) for k, v in authors.items()}
