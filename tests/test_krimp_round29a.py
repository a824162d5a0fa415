"""Round 29 (k29a): what the ask rests on, in drafts by second-language and speech-to-text writers.

- punctuation said aloud to speech-to-text ('punt', 'komma', 'vraagteken', 'uitroepteken', 'dubbele punt', 'nieuwe
  regel') is read as the mark, only in a draft without typed marks and where the word cannot be a noun (spoken.py);
- the amount or fever said right before the ask goes back in front of a not-sure offer that lacks it
  (figure_before.py);
- paying in parts is the writer's own act: 'is het mogelijk om in drie termijnen te betalen' asks 'Mag ik …', never
  'Kunt u … betalen' (content/nl/krimp.toml, `zelf`).
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import shrink
from vraaghulp.coach.krimp.figure_before import figure
from vraaghulp.coach.krimp.spoken import spoken


# ---------------------------------------------------------------- spoken punctuation

@pytest.mark.parametrize("draft, marks", [
    ("kunt u morgen komen vraagteken ik ben thuis punt", "?."),
    ("hoi sanne komma kun je vanavond rijden vraagteken mijn auto is kapot uitroepteken", ",?!"),
    ("beste meneer Jansen nieuwe regel mag ik morgen thuiswerken vraagteken", "\n?"),
    ("bericht aan de verhuurder dubbele punt de kraan lekt punt kunt u iemand sturen vraagteken", ":.?"),
    # an article one word back is allowed once the draft says its marks for sure elsewhere
    ("mag ik later komen punt sorry voor het gedoe punt liefst na 4 uur punt", "..."),
    ("dag juf komma mag Rayan vrijdag thuisblijven vraagteken we hebben een begrafenis in Gent punt", ",?."),
])
def test_marks_said_aloud_become_marks(draft, marks):
    out = spoken(draft)
    assert len(out) == len(draft)  # what the engine strikes through maps onto the draft as typed
    assert "".join(ch for ch in out if ch in ".,?!:\n") == marks
    assert not any(w in out.split() for w in ("punt", "komma", "vraagteken", "uitroepteken"))


@pytest.mark.parametrize("draft", [
    "hey tom het punt is dat ik zaterdag moet werken kun jij de kids naar voetbal brengen",
    "kan jij morgen de hond uitlaten ik moet vroeg weg geen punt als het niet lukt",
    "ik zit vast op dit punt van mijn verslag kun je er morgen even naar kijken",
    "de school heeft een nieuwe regel over telefoons kun jij vrijdag naar de ouderavond gaan",
    "het pakket ligt bij het postnl punt kun jij het vanavond ophalen",
    "hoi mam mijn koorts was vannacht 38 komma 5 kunt u morgen langskomen",
    "allee da's het punt niet kunt ge morgen de sleutels komen halen",
    "dat is punt 3 van de agenda kun jij dat voorbereiden",
    "en daarmee punt uit kun je nu je kamer opruimen",
    "zet er een vraagteken bij en stuur het naar Ria",
    # typed marks: a writer who types them does not say them
    "Hoi, ik heb nog een punt. Kun je morgen komen vraagteken",
    "Kun je zaterdag helpen? Anders punt.",
])
def test_a_noun_or_a_typed_mark_leaves_the_draft_alone(draft):
    assert spoken(draft) == draft


def test_a_clock_time_with_a_dot_is_no_typed_mark():
    out = spoken("kunt u om 14.00 uur komen vraagteken")
    assert out.rstrip().endswith("?") and "14.00" in out


def test_dictated_draft_gives_the_ask_without_the_said_marks():
    draft = ("ja hallo ik wil vragen of ik mijn afspraak bij de tandarts van dinsdag kan verzetten naar een andere dag "
             "punt sorry voor het gedoe punt liefst maandag of vrijdag na 3 uur punt")
    r = shrink(draft)
    assert r.sentence == ("Kan ik mijn afspraak bij de tandarts van dinsdag verzetten naar een andere dag? "
                          "Liefst maandag of vrijdag na 3 uur.")
    kapper = shrink("goeiedag kan ik mijn afspraak bij de kapper verzetten naar volgende week vraagteken liefst woensdag "
                    "punt merci")
    assert "vraagteken" not in kapper.sentence and "punt" not in kapper.sentence
    flemish = shrink("dag Mieke komma kunt ge mijn zoon morgen om 3 uur ophalen aan de schoolpoort vraagteken "
                     "ik sta vast op het werk punt merci")
    assert flemish.sentence.startswith("Mieke, kunt ge mijn zoon morgen om 3 uur ophalen aan de schoolpoort?")
    assert "komma" not in flemish.sentence and "vraagteken" not in flemish.sentence


def test_dropped_spans_of_a_dictated_draft_point_into_the_draft_as_typed():
    draft = "hoi sanne komma kun je vanavond de kinderen naar zwemles brengen vraagteken sorry"
    r = shrink(draft)
    assert all(0 <= a < b <= len(draft) for a, b in r.dropped)
    assert any("sorry" in draft[a:b] for a, b in r.dropped)


# ---------------------------------------------------------------- the figure the ask rests on

@pytest.mark.parametrize("draft, figure_words", [
    ("Beste mevrouw, mijn huur is 780 euro en dat kan ik deze maand niet op tijd betalen. Kan ik de huur in twee "
     "keer betalen? Sorry voor het ongemak.", "780 euro"),
    ("Geachte heer, de rekening van de tandarts is 420 euro en mijn verzekering betaalt maar de helft. Is het "
     "mogelijk om in drie termijnen te betalen?", "420 euro"),
    ("goeiemiddag met Yasmina punt mijn zoon heeft al een week hoest en 38 graden koorts punt kunt u hem morgen "
     "zien vraagteken liefst na school punt", "38 graden koorts"),
    ("Dag dokter, onze Lien heeft sinds gisteren koorts boven de 39. Kan de dokter vandaag nog even kijken?",
     "koorts boven de 39"),
])
def test_the_amount_or_fever_before_the_ask_stays_in_the_offer(draft, figure_words):
    r = shrink(draft)
    assert figure_words in r.sentence
    assert r.sentence.index(figure_words) < r.sentence.index("?")


@pytest.mark.parametrize("draft, gone", [
    ("Hoi Lisa, ik heb vandaag 3 vergaderingen gehad. Kun jij morgen de boodschappen doen?", "vergaderingen"),
    ("Dag buurvrouw, ik heb 200 euro opgehaald voor de buurtbarbecue. Kunt u zaterdag de tafels klaarzetten?",
     "200 euro"),
    ("Hey Joris, we hebben gisteren met 3-1 gewonnen. Kun jij zondag de shirts wassen?", "3-1"),
])
def test_a_figure_the_ask_does_not_rest_on_is_not_put_back(draft, gone):
    assert gone not in shrink(draft).sentence


def test_an_offer_with_an_amount_of_its_own_gets_no_second_one():
    draft = "Hoi Jolien, de herstelling was 300 euro. Kunt ge mij 150 euro lenen tot den 25e?"
    assert figure(draft, "Jolien, kunt ge mij 150 euro lenen tot den 25e?") == ""
    assert figure(draft, "Jolien, kunt ge mij geld lenen?") == "de herstelling was 300 euro"


def test_an_apology_or_a_plea_is_no_figure_sentence():
    draft = "Sorry, ik weet dat het 50 euro is. Kun je het volgende week betalen?"
    assert figure(draft, "Kun je het volgende week betalen?") == ""


# ---------------------------------------------------------------- paying in parts is the writer's act

@pytest.mark.parametrize("draft, start", [
    ("Is het mogelijk om de factuur in 3 keer te betalen?", "Mag ik de factuur in 3 keer betalen?"),
    ("Zou het mogelijk zijn om mijn schuld in delen af te betalen?", "Mag ik mijn schuld in delen afbetalen?"),
    ("Is het mogelijk om de huur van mei later te betalen?", "Kan ik de huur van mei later betalen?"),  # as before
])
def test_paying_in_parts_asks_for_leave(draft, start):
    assert shrink(draft).sentence.startswith(start)


def test_paying_for_someone_is_still_asked_of_the_reader():
    assert shrink("Zou het mogelijk zijn om de rekening van de loodgieter te betalen?").sentence.startswith("Kun")


# ---------------------------------------------------------------- whom the message is for, said in a frame

@pytest.mark.parametrize("draft, start", [
    ("Ik wil vragen aan mijn teamleider Henk: mag ik vrijdag om 14.00 uur naar huis gaan?", "Henk, mag ik vrijdag"),
    ("Ik wil dit sturen naar de juf, mevrouw Peters: mag mijn dochter vrijdag eerder naar huis?",
     "Mevrouw Peters, mag mijn dochter"),
    ("Vraag aan mijn buurvrouw Els: kunt u zaterdag de kat eten geven?", "Els, kunt u zaterdag"),
    ("ik wou vragen aan mijn collega Bram: kunt ge morgen mijn shift overnemen?", "Bram, kunt ge morgen"),
])
def test_a_framed_message_is_asked_of_the_person_named(draft, start):
    r = shrink(draft)
    assert r.sentence.startswith(start)
    assert "wil" not in r.sentence.split()[:3] and "vragen aan" not in r.sentence
    frame = draft[:draft.index(":") + 1]
    assert (0, len(frame)) in r.dropped
    assert any(f.kind == "aanloop" for f in r.findings)


@pytest.mark.parametrize("draft", [
    "Ik wil het sturen naar Gent: kan dat nog vandaag?",
    "Ik wil vragen aan de gemeente: kan ik mijn afspraak verzetten?",
    "Ik wil je iets vragen: kun je zaterdag komen?",
])
def test_no_frame_without_a_person_named(draft):
    r = shrink(draft)
    assert not r.sentence.startswith(("Gemeente", "De gemeente", "Je,", "Iets"))
    assert not r.sentence.startswith("Gent")  # 'naar Gent' may be a place: no vocative made of it


def test_naar_a_bare_name_is_not_sure_and_names_no_one():
    r = shrink("ik wil dit sturen naar Karel: kun je morgen de ladder brengen?")
    assert r.sentence == "Kun je morgen de ladder brengen?" and not r.sure


def test_a_person_typed_apart_wins_over_the_frame():
    r = shrink("Ik wil vragen aan mijn teamleider Henk: mag ik vrijdag eerder weg?", person="Sanne")
    assert not r.sentence.startswith("Henk")


# ---------------------------------------------------------------- an apology in front ends before a new subject

@pytest.mark.parametrize("draft, kept", [
    ("dag dokter sorry voor de late sms mijn zoontje heeft al 3 dagen koorts boven de 39 kunt ge vandaag nog "
     "langskomen", "mijn zoontje heeft al 3 dagen koorts boven de 39"),
    ("sorry voor de laatste minuut mijn dochter is ziek kunt u vandaag nog bellen", "mijn dochter is ziek"),
    ("hoi mark sorry voor het late bericht de rekening was 96 euro kun je jouw helft overmaken",
     "de rekening was 96 euro"),
])
def test_the_fact_after_an_apology_in_a_line_without_stops_is_a_clause_of_its_own(draft, kept):
    r = shrink(draft)
    assert kept in r.sentence.lower()
    assert "sorry" not in r.sentence.lower()
    assert not r.sentence.lower().startswith(("ziek,", "dun,"))


@pytest.mark.parametrize("draft, absent", [
    ("sorry voor de overlast van mijn hond kunt u zaterdag even langskomen", "hond"),
    ("sorry voor de fouten die ik maak kunt u mijn brief lezen", "fouten"),
])
def test_an_apology_whose_noun_phrase_goes_on_stays_whole(draft, absent):
    from vraaghulp.coach.krimp.engine import analyse
    an = analyse(draft).analysis
    first = an.clauses[0]
    assert absent in " ".join(an.d.tok_text(i) for i in range(first.a, first.b))
