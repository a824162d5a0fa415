"""Round 13 (kr32b): causes found with tuning13-s, each tested as a class with drafts of our own
(not from the corpus files) in several voices."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import shrink


def _low(text: str) -> str:
    return " ".join(text.lower().replace("?", " ").replace(".", " ").replace(",", " ").split())


# -- 1. a mail program's line break inside a sentence does not end it ---------------------------

@pytest.mark.parametrize(("draft", "kept"), [
    ("Beste Marloes,\n\nIk weet dat het een drukke periode is. Zou je de notulen van de vergadering van\n"
     "maandag nog naar mij kunnen doorsturen? Ik was er niet bij.\n\nGroet,\nBas", "van maandag nog naar mij doorsturen"),
    ("Dag Wim,\n\nSorry voor de drukte. Kunt ge de offerte voor de nieuwe keuken ten laatste tegen\n"
     "donderdag opsturen naar mijn werkadres? Merci.\n\nGroeten,\nAn", "tegen donderdag opsturen"),
    ("Hoi Kim, ik weet dat je het druk hebt maar zou je de presentatie voor de klant van morgen nog\n"
     "even kunnen nalezen? Alleen als het lukt.", "nalezen"),
    ("hoi allemaal sorry voor de spam maar kan iemand zaterdag mijn konijnen eten geven bij de\n"
     "schuur achter het huis ik ben een nachtje weg", "bij de schuur achter het huis"),
    ("sorry dat ik stoor maar kan iemand vanavond de vuilnisbakken aan de straat voor nummer 8\n"
     "zetten ik ben op reis", "zetten"),
])
def test_wrapped_line_keeps_the_request_whole(draft, kept):
    assert kept in _low(shrink(draft).sentence)


@pytest.mark.parametrize(("draft", "kept"), [
    ("Beste Ria,\n\nIk vind het vervelend om te vragen. Kun je volgende week de kinderen ophalen van de opvang, alleen\n"
     "als ik weer laat moet werken?\n\nGroet,\nEls", "alleen als ik weer laat moet werken"),
    ("Geachte heer Mertens,\n\nExcuses voor de herhaling. Wilt u de meterstanden van vorig jaar nog eens\n"
     "opsturen naar mijn nieuwe adres? Ik kan ze nergens vinden.\n\nMet vriendelijke groet,\nKarin", "opsturen naar mijn nieuwe adres"),
    ("Dag Bart,\n\nSorry om u te storen. Kunt ge mij laten weten of de vergadering van dinsdag\n"
     "ook online te volgen is? Dan plan ik mijn dag.\n\nGroeten,\nNele", "ook online te volgen is"),
])
def test_mail_wrap_before_any_lower_case_word_goes_on(draft, kept):
    assert kept in _low(shrink(draft).sentence)


@pytest.mark.parametrize("draft", [
    "hallo iedereen\nvergadering was top gisteren, de planning voor het kamp ziet er al goed uit\n"
    "wie kan zaterdag de tenten uit de lokalen halen? ik heb de sleutel",
    "hey mam alles goed daar? hier druk met de badkamer, de tegels zijn nog altijd niet geleverd\n"
    "zeg kun jij woensdag de kleine van de crèche halen om vijf uur?",
])
def test_chat_lines_without_marks_stay_sentences(draft):
    out = _low(shrink(draft).sentence)
    assert "geleverd" not in out and "planning" not in out


# -- 2. capitalised items of a list after a colon are the object, not a name --------------------

@pytest.mark.parametrize(("draft", "items"), [
    ("Hoi Sanne, sorry dat ik het nu pas vraag. Kun je deze mappen voor me delen: Offertes, Planning, Contracten?",
     ("offertes", "planning", "contracten")),
    ("Beste Joris, zou u de volgende bestanden willen controleren: Begroting, Jaarplan, Notulen? Alvast bedankt.",
     ("begroting", "jaarplan", "notulen")),
    ("Kun je vrijdag bij de Hema voor me halen: Pritt, Post-its, Tipp-Ex? Sorry voor het gedoe.",
     ("pritt", "post-its", "tipp-ex")),
    ("Kun je drie dingen halen: brood, Kaasland, Melkunie?", ("brood", "kaasland", "melkunie")),
])
def test_colon_list_items_all_kept_and_none_addressed(draft, items):
    out = shrink(draft).sentence
    assert all(item in _low(out) for item in items)
    assert not any(_low(out).startswith(item) for item in items)


def test_a_name_after_a_plain_question_is_still_addressed():
    out = shrink("Sorry dat ik stoor, ik weet dat je het druk hebt. Kun je morgen de kat voeren, Jan?").sentence
    assert "Jan" in out and "kat voeren" in out


# -- 3. a clock time in words names no day: the day of the condition is not lost while sure -------

@pytest.mark.parametrize(("draft", "day"), [
    ("Mocht je zaterdag tijd hebben, zou je dan om half elf mijn fiets kunnen ophalen?", "zaterdag"),
    ("Moest ge donderdag thuis zijn, zoudt ge dan om kwart over drie het pakket kunnen aannemen?", "donderdag"),
    ("Seppe, moest ge morgen tijd hebben, zoudt ge dan de kinderen kunnen ophalen om half vier?", "morgen"),
    ("Mocht je dinsdag tijd hebben, zou je dan om vier uur de sleutel kunnen brengen?", "dinsdag"),
])
def test_day_of_condition_kept_with_clock_in_words(draft, day):
    out = shrink(draft)
    assert day in _low(out.sentence) or not out.sure


# -- 4. asking to be let off with the reason right after it: not vouched for ---------------------

@pytest.mark.parametrize("draft", [
    "Sorry dat ik het vraag, maar zou ik morgen later mogen beginnen want ik moet met mijn moeder naar het ziekenhuis?",
    "Dag meneer Peeters, zou ik de proef mogen inhalen omdat ik vorige week ziek thuis was?",
    "Mag ik vrijdag eerder weg? Want mijn dochter heeft een optreden.",
])
def test_let_off_with_dropped_reason_is_not_sure(draft):
    out = shrink(draft)
    assert "want" in out.sentence.lower() or "omdat" in out.sentence.lower() or not out.sure


def test_let_off_in_the_practice_note_is_not_sure():
    out = shrink("Ik wil haar vragen of ik later mag komen omdat ik mijn zoon naar het zwembad breng.",
                 person="Ilse", moment="vrijdag")
    assert "zwembad" in out.sentence.lower() or not out.sure


def test_let_off_without_a_reason_stays_sure():
    out = shrink("Mag ik morgen een uur eerder weg?")
    assert out.sure and "eerder weg" in out.sentence


def test_reason_of_a_later_clause_does_not_count():
    out = shrink("Kan ik mijn afspraak van morgen verzetten? Maar niet naar een maandag, want dan werk ik.")
    assert out.sure
