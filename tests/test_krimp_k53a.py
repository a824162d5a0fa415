"""Round 53 (k53a): a clause of the ask's own typed sentence that carries what the ask rests on stays.

Own drafts (tests/corpus/krimp/tuning53-k53a.toml and below), in the shapes tools/krimp_clause_keep.py counted over the
outside files (README "Round 53 (k53a)"):
- a chat line typed without marks, the ask and then what broke or went missing ('… brengen ik ben hem vergeten',
  '… ophalen de auto wil niet starten'): put back as a sentence of its own after the question, not sure
  (comma_beside._runon);
- 'ik weet dat je morgen naar Gent rijdt, kun je me meenemen?': the reader's own trip the ask leans on, no burden talk
  (knew_fact.py), kept in front, not sure.
Harmless twins: burden, an apology, a way out, 'ik weet dat je het druk hebt', the writer's schedule still go.
Each kept case fails with the rule off.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import comma_beside, knew_fact, shrink
from vraaghulp.coach.krimp.checks import lower_words

RUNON = [
    ("mam kan je vanmiddag mijn gymtas naar school brengen ik ben hem vergeten", "Ik ben hem vergeten."),
    ("pa kunde gij mijn boterhammen naar school brengen ik heb ze thuis laten liggen", "Ik heb ze thuis laten liggen."),
    ("kunde gij mij vanavond aan 't station oppikken mijn fiets is gestolen", "Mijn fiets is gestolen."),
    ("kun jij de kinderen ophalen de auto wil niet starten", "De auto wil niet starten."),
    ("kan jij morgen mijn fiets ophalen bij de fietsenmaker mijn sleutel is kwijt", "Mijn sleutel is kwijt."),
]


@pytest.mark.parametrize("draft,said", RUNON)
def test_what_broke_after_a_runon_ask_stays_as_its_own_sentence(draft, said):
    r = shrink(draft)
    question, _, rest = r.sentence.partition("?")
    assert rest.strip() == said, r.sentence
    assert not r.sure  # the outside golds mostly keep it, not all: the reader looks


@pytest.mark.parametrize("draft,said", RUNON)
def test_without_the_runon_tie_it_was_dropped(draft, said, monkeypatch):
    monkeypatch.setattr(comma_beside, "RUNON", False)
    assert said.rstrip(".").lower() not in shrink(draft).sentence.lower()


def test_h52b_040_the_gymtas_draft_was_sure_and_lost_its_reason(monkeypatch):
    draft = "mam kan je vanmiddag mijn gymtas naar school brengen ik ben hem vergeten"
    assert shrink(draft).sentence == "Mam, kan je vanmiddag mijn gymtas naar school brengen? Ik ben hem vergeten."
    monkeypatch.setattr(comma_beside, "RUNON", False)
    off = shrink(draft)
    assert off.sure and "vergeten" not in off.sentence


def test_after_a_comma_the_writers_ik_ben_stays_as_round_50_read_it():
    # the older golds drop 'ik ben de mijne kwijt' after a comma (t10m-041): only the run-on tie reads it as what broke
    r = shrink("Kun je vanavond mijn tas uit de kantine meenemen, ik ben hem vergeten")
    assert r.sentence == "Kun je vanavond mijn tas uit de kantine meenemen?", r.sentence


def test_a_story_of_two_clauses_after_a_runon_ask_still_goes():
    # v4a-003: 'de laatste bus is al weg en mn telefoon is bijna leeg': its golds drop the story
    r = shrink("mam sorry maar kan je me ff ophalen bij station zwolle de laatste bus is al weg en mn telefoon is bijna leeg")
    assert "bus" not in lower_words(r.sentence) and "telefoon" not in lower_words(r.sentence), r.sentence


RUNON_GOES = [
    # burden, an apology, a way out, the writer's schedule after a run-on ask: still gone
    "kunde gij mij vanavond aan 't station oppikken sorry da'k u weer moet lastigvallen",
    "kun jij de kinderen ophalen ik wil je niet lastigvallen",
    "kun jij vanavond de kinderen ophalen ik moet tot zes werken",
    "kun jij de kinderen ophalen als het niet lukt vraag ik mijn zus",
]


@pytest.mark.parametrize("draft", RUNON_GOES)
def test_what_is_no_broken_thing_after_a_runon_ask_still_goes(draft):
    r = shrink(draft)
    question, _, rest = r.sentence.partition("?")
    assert not lower_words(rest), r.sentence


def test_a_forgotten_question_is_no_thing_left_behind():
    # 'ik ben het vergeten te vragen', 'ik was het bijna vergeten': about the asking, not a thing left behind
    for draft in ("kun jij morgen de sleutel brengen ik ben het vergeten te vragen",
                  "kun jij morgen de sleutel brengen, ik was het bijna vergeten"):
        r = shrink(draft)
        assert "vergeten" not in lower_words(r.sentence) and r.sure, r.sentence


KNOWN = [
    ("Ik weet dat je morgen naar Gent rijdt, kun je me meenemen?",
     "Ik weet dat je morgen naar Gent rijdt, kun je me meenemen?"),
    ("'k weet da ge zaterdag naar den Ikea gaat, kunde gij een boekenkast voor mij meebrengen?",
     "'k Weet da ge zaterdag naar den Ikea gaat, kunt gij een boekenkast voor mij meebrengen?"),
    ("Hoi Sanne! Ik weet dat jij vrijdag in Leiden bent, kun je mijn boek bij Joris afgeven?",
     "Sanne, ik weet dat jij vrijdag in Leiden bent, kun je mijn boek bij Joris afgeven?"),
]


@pytest.mark.parametrize("draft,result", KNOWN)
def test_the_readers_own_trip_the_ask_leans_on_stays(draft, result, monkeypatch):
    r = shrink(draft)
    assert r.sentence == result and not r.sure
    monkeypatch.setattr(knew_fact, "kept", lambda out, draft, sentence, sure: (sentence, "", sure))
    assert "weet" not in lower_words(shrink(draft).sentence)


KNOWN_GOES = [
    "ik weet dat je het superdruk hebt, kun je vrijdag even op Noor passen?",
    "Ik weet da gij het al druk genoeg hebt, kunt ge donderdag de sleutel bij Luc afgeven?",
    "ik weet dat je morgen vroeg moet werken, kun je me vanavond naar het station brengen?",
    "Ik weet da ge ver woont, kunt ge zaterdag naar Gent komen?",
    "ik weet dat jij op vakantie bent in Spanje, kun je mijn mail van maandag lezen?",
]


@pytest.mark.parametrize("draft", KNOWN_GOES)
def test_burden_and_the_readers_schedule_after_ik_weet_dat_still_go(draft):
    assert "weet" not in lower_words(shrink(draft).sentence)
