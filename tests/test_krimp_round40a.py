"""Round 40 (k40a): kinds mended from heldout39 and probe p39 (real engine calls).

- A chat line without 'ik' whose 'er' is followed by a negation ('wil er gewoon niet meer zijn', 'kan er niet meer
  tegen') is the writer speaking, never a request put to the reader, never closed with '?' (verbs._er_without_subject,
  usable._ER_NOT).
- A bare chat call at the end of a line ('... niet meer man') is no subject for the next line in the crisis check
  (crisis.audience.chat_address), and a crisis result keeps the writer's sentence without it (crisis_keep._no_call).
- A crisis draft acute only as a whole (no sentence acute alone) keeps the writer's last heavy sentence before the
  ready ask (crisis_heavy.last_heavy), not the ready 'Het gaat niet goed met me.'.
- 'dan' after a comparative ('langer dan twee dagen') is never a moment to replace (assemble._moment_ref).
"""

import re

import pytest

from vraaghulp.coach.crisis import assess
from vraaghulp.coach.krimp import shrink


@pytest.mark.parametrize("draft", [
    "hoi tom\nkan nie meer\nwil er gewoon niet meer zijn",
    "hey tim\nik kan het niet meer aan gast\nwil er echt niet meer zijn",
    "yo bas\nik ben zo moe\nkan er gewoon niet meer tegen",
])
def test_a_subjectless_line_with_er_and_a_negation_is_never_asked(draft):
    result = shrink(draft)
    sentences = re.findall(r"[^.!?]+[.!?]*", result.sentence)  # every sentence, not only what lies between two '?'
    questions = [s for s in sentences if s.strip().endswith("?")]
    assert not any(q.split(",")[-1].strip().lower().startswith(("wil er", "kan er")) for q in questions), result.sentence


@pytest.mark.parametrize("draft, ask", [
    ("Kan er niet iemand anders gaan?", "Kan er niet iemand anders gaan?"),
    ("Kan er nog iemand mee morgen?", "Kan er nog iemand mee morgen?"),
])
def test_er_before_a_real_subject_still_asks(draft, ask):
    assert shrink(draft).sentence == ask


def test_a_subjectless_line_before_a_real_request_leaves_the_request_the_ask():
    result = shrink("hoi tom\nkan er niet meer tegen\nkun je morgen komen")
    assert result.sentence.endswith("Kun je morgen komen?")
    assert result.sentence.count("?") == 1


def test_a_chat_call_at_a_line_end_is_no_subject_for_the_next_line():
    assert assess("ik trek dit echt niet meer man\nwil er gewoon niet meer zijn").tier == "acuut"
    assert assess("pfff gast\nwil er gewoon niet meer zijn").tier == "acuut"


@pytest.mark.parametrize("text", [
    "mijn man wil er niet meer zijn",
    "die gast wil er niet meer zijn",
])
def test_a_person_with_a_determiner_is_still_someone_else(text):
    found = assess(text)
    assert found.tier != "acuut"
    assert "over-ander" in found.families


def test_a_subjectless_crisis_wish_gets_the_ready_ask_with_the_writers_words():
    result = shrink("hey tim\nik kan het niet meer aan gast\nwil er gewoon niet meer zijn\nlaat maar")
    assert result.crisis
    assert result.sentence.startswith("Tim, ik kan het niet meer aan.")
    assert "gast" not in result.sentence
    assert "wil er gewoon niet meer zijn" in result.sentence.lower()
    assert result.sentence.endswith("nu bij me zijn?")


def test_a_chat_call_that_names_a_person_stays():
    result = shrink("ik mis mijn man. ik wil er niet meer zijn")
    assert result.crisis
    assert "Ik wil er niet meer zijn." in result.sentence


def test_a_draft_acute_only_as_a_whole_keeps_the_writers_last_heavy_words():
    result = shrink("lies ik hou het niet meer vol. alles is zwart. ik wil gewoon dat het stopt. sorry hiervoor")
    assert result.crisis
    assert "ik wil gewoon dat het stopt" in result.sentence.lower()
    assert "het gaat niet goed met me" not in result.sentence.lower()
    assert "sorry" not in result.sentence.lower()
    assert result.sentence.endswith("nu bij me zijn?")


@pytest.mark.parametrize("word", ["langer", "meer"])
def test_dan_after_a_comparative_stays(word):
    result = shrink(f"Wij zijn volgende week weg. Zou u de planten water willen geven, alleen als het {word} dan twee "
                    "dagen droog blijft?")
    assert f"{word} dan twee dagen" in result.sentence


def test_flemish_ist_is_is_het():
    assert shrink("tom ist ok als ik morgen uw boormachine leen?").sentence == "Tom, mag ik morgen uw boormachine lenen?"


def test_an_apology_with_a_day_in_it_is_no_appointment_to_put_back():
    result = shrink("Goeiemiddag mevrouw Peeters, excuseer voor het storen op zaterdag. De lamp in de gang doet het niet. "
                    "Zou het mogelijk zijn dat de elektricien langskomt, maar niet vóór vrijdag want ik ben tot dan op reis? "
                    "Alvast bedankt.")
    assert "goeiemiddag" not in result.sentence.lower()
    assert "excuseer" not in result.sentence.lower()
    assert result.sentence.startswith("Mevrouw Peeters, ")


def test_a_headline_person_without_article_is_still_someone_else():
    assert assess("NOS: man overleden na val van flat in Rotterdam. ik woon daar om de hoek").tier != "acuut"
    assert assess("man overleden na val van flat").tier != "acuut"


def test_playing_the_need_down_goes_like_burden_talk():
    result = shrink("Goedemiddag, met Anja Smit. Ik wil niet dramatisch doen en er zijn vast mensen die het harder nodig "
                    "hebben, maar het lukt me niet meer alleen met mijn vader. Zou de wijkverpleging deze week langs "
                    "kunnen komen?")
    assert "dramatisch" not in result.sentence
    assert "harder nodig" not in result.sentence
    assert "het lukt me niet meer alleen met mijn vader" in result.sentence.lower()


def test_a_chat_filler_goes_from_a_question_that_holds_a_clock_time():
    result = shrink("mam kun je me ff ophalen van station zwolle om 23.15? trein had vertraging")
    assert " ff " not in f" {result.sentence} "
    assert "om 23.15?" in result.sentence


@pytest.mark.parametrize("draft, ask", [
    ("lien is het ok als ik uw fiets leen morgen tot 12u?", "Lien, mag ik uw fiets lenen morgen tot 12u?"),
    ("is het goed als ik de auto neem zaterdag?", "Mag ik zaterdag de auto nemen?"),
])
def test_a_permission_frame_with_the_moment_after_its_verb_is_asked(draft, ask):
    assert shrink(draft).sentence == ask
