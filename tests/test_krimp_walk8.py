"""Kinds of mistakes found by walking `krimp` with drafts of one's own (round 8), each shown with
drafts in other words than the walk's, so a test fails on the kind, not on one sentence.

Kinds: a verb in front after 'en' that continues a statement ('… woont alleen en kan …') is no
question and no honest sentence of its own; 'is het mogelijk om …' about the writer's own thing
asks leave ('kan ik …'), never the reader to do it; 'later' right before an action with its own time
('die later inhalen') carries meaning.
"""

from __future__ import annotations

from vraaghulp.coach.krimp import shrink


def _sentences(sentence: str) -> list[str]:
    """The result cut after each '.', '?' and '!'."""
    parts, current = [], ""
    for ch in sentence:
        current += ch
        if ch in ".?!":
            parts.append(current.strip())
            current = ""
    return [p for p in parts + [current.strip()] if p]


def _questions(sentence: str) -> list[str]:
    return [p for p in _sentences(sentence) if p.endswith("?")]


# -- 1. '… en kan/moet/mag …' continues the statement before it --------------------------------------

def test_a_verb_after_en_about_someone_else_is_never_the_question():
    drafts = (
        ("Mijn buurman heeft zijn heup gebroken en kan voorlopig niet autorijden. "
         "Is het mogelijk dat iemand van de club hem zaterdag ophaalt?", "ophalen?"),
        ("Opa is vorige week gevallen en mag van de dokter niet alleen douchen. "
         "Kunt u dinsdag iemand sturen om hem te helpen?", "helpen?"),
        ("De lift in ons blok is kapot en moet nog altijd gemaakt worden. Kunt u deze week een monteur sturen?",
         "monteur sturen?"),
    )
    for draft, end in drafts:
        result = shrink(draft)
        questions = _questions(result.sentence)
        assert len(questions) == 1 and questions[0].endswith(end), result.sentence
        for part in _sentences(result.sentence):  # no statement starts with a verb that has no subject
            assert part.endswith("?") or not part.lower().startswith(("kan ", "mag ", "moet ")), result.sentence


def test_the_walks_kind_gives_the_ask_of_the_second_sentence():
    result = shrink("Mijn tante woont alleen en kan sinds haar operatie niet meer zelf koken. "
                    "Is het mogelijk dat er iemand van de buurtzorg elke dag een maaltijd brengt?")
    assert result.sentence == "Kan er iemand van de buurtzorg elke dag een maaltijd brengen?"


def test_an_honest_sentence_that_goes_on_with_en_keeps_its_subject():
    result = shrink("Ik ben helemaal op en kan echt niet meer. Kun je vanavond de kinderen naar bed brengen?")
    assert result.sentence == "Ik ben helemaal op en kan echt niet meer. Kun je vanavond de kinderen naar bed brengen?"
    # the writer's plain news goes on with 'en' too: it never comes back as 'Kan …' alone
    sentence = shrink("Ik woon alleen en kan sinds mijn val niet meer zelf stofzuigen. "
                      "Zou jij zaterdag even langs kunnen komen?").sentence
    assert not any(p.startswith("Kan ") for p in _sentences(sentence)), sentence
    assert sentence.endswith("zaterdag even langskomen?"), sentence


def test_near_twins_with_a_subject_of_their_own_stay_questions():
    # after 'en' with its own subject the verb in front is the question
    assert shrink("Ik heb morgen geen auto, kan jij me om 8 uur ophalen?").sentence.endswith(", kan jij me om 8 uur ophalen?")
    result = shrink("Mijn dochter is ziek en mag niet naar school. Mag zij morgen bij jou blijven?")
    assert _questions(result.sentence) == ["Mag zij morgen bij jou blijven?"], result.sentence


# -- 2. 'is het mogelijk om …' about the writer's own thing asks leave ---------------------------------

def test_a_possibility_about_the_writers_own_thing_never_asks_the_reader_to_do_it():
    for draft, start in (
        ("Is het mogelijk om donderdagmiddag een afspraak te maken?", "Kan ik donderdagmiddag een afspraak maken?"),
        ("Hoi Wendy, zou het kunnen om mijn dienst van zaterdag te ruilen?", "Wendy, kan ik mijn dienst van zaterdag ruilen?"),
        ("Is het mogelijk om mijn verslag pas volgende week in te sturen?", "Kan ik mijn verslag pas volgende week insturen?"),
        ("Zou het mogelijk zijn om de contributie een maand later over te maken?", "Kan ik de contributie een maand later overmaken?"),
    ):
        result = shrink(draft)
        assert result.sentence == start, result.sentence
        assert not _questions(result.sentence)[0].lower().startswith(("kun je", "kunt u", "kan je")), result.sentence


def test_a_guess_about_who_acts_is_never_offered_as_sure():
    result = shrink("Zou het kunnen om mijn oefentoets te verschuiven naar vrijdag?")
    assert result.sentence == "Kan ik mijn oefentoets verschuiven naar vrijdag?"
    assert result.sure  # moving a date with when: 'kan ik' and 'kun je' ask the same (round 17, who.py)
    result = shrink("Zou het kunnen om mijn fiets morgen te repareren?")
    assert not result.sure, result.sentence  # who repairs it: you or I?
    # an appointment is mostly the writer's to make, but the assistant may make it: not sure either
    result = shrink("Goedemorgen, is het mogelijk om vrijdag een afspraak te maken bij de tandarts?")
    assert result.sentence.startswith("Kan ik vrijdag een afspraak maken") and not result.sure, result.sentence


def test_near_twins_that_ask_the_reader_stay_so():
    assert shrink("Is het mogelijk om mij vanmiddag terug te bellen?").sentence == "Kun je mij vanmiddag terugbellen?"
    # no sign whose act it is and nothing of the writer's: the engine guesses and says it is not sure
    result = shrink("Hoi Noor, zou het mogelijk zijn om zondag de plantjes water te geven?")
    assert not result.sure and result.sentence == "Noor, kun je zondag de plantjes water geven?"
    # 'voor mijn …' belongs to another thing than the object
    assert shrink("Zou het mogelijk zijn om de deadline voor mijn scriptie te verschuiven?").sentence.startswith("Kun je ")


# -- 3. 'later' that moves an action with its own time stays --------------------------------------------

def test_later_before_an_action_with_its_own_time_stays():
    for draft, kept in (
        ("Dag meester, onze zoon heeft koorts en mist het dictee van vrijdag. Mag hij dat later maken?",
         "Mag hij dat later maken?"),
        ("Hoi Karin, kan ik mijn bijdrage voor het cadeau later overmaken? Mijn loon komt pas vrijdag.",
         "Karin, kan ik mijn bijdrage voor het cadeau later overmaken?"),
        ("Zou het kunnen om de toets later in te halen?", "Mag ik de toets later inhalen?"),
    ):
        sentence = shrink(draft).sentence
        assert kept in sentence, sentence


def test_a_vague_later_still_goes():
    assert shrink("Kun je me later even bellen?").sentence == "Kun je me even bellen?"
    assert "later" not in shrink("Hoi Joris, wil je later nog naar mijn fiets kijken?").sentence


# -- 4. no punctuation: a question with its verb in front after a complete statement ---------------

def test_a_question_after_a_statement_without_punctuation_is_a_question_of_its_own():
    for draft, ask in (
        ("hoi allemaal ik ben mijn pasje van de garage kwijt heeft iemand een extra pasje", "Heeft iemand een extra pasje?"),
        ("ik sta met een lekke band bij het station kan iemand me komen ophalen", "Kan iemand me komen ophalen?"),
        ("mijn laptop doet raar heb jij vanmiddag even tijd om te kijken", "Heb jij vanmiddag tijd om te kijken?"),  # round 32: 'even' goes
        ("ik ben vandaag helemaal op kun jij de kinderen van school halen", "Kun jij de kinderen van school halen?"),
    ):
        sentence = shrink(draft).sentence
        assert sentence.endswith(ask), sentence
        assert not sentence.endswith("."), sentence
        # the unpunctuated draft is read as its punctuated twin
        punctuated = draft.replace(" " + ask[0].lower() + ask[1:-1], ". " + ask[:-1]) + "?"
        assert shrink(punctuated).sentence == sentence, (punctuated, sentence)


def test_near_twins_without_a_new_question_stay_one_sentence():
    # 'heeft' with no one asked after it, and a verb inside a subordinate clause, start nothing new
    assert shrink("ik weet niet of de bakker morgen open heeft kun je dat even checken").sentence.endswith("?")
    sentence = shrink("jongens kan iemand zaterdag de tafels klaarzetten").sentence
    assert ". " not in sentence and sentence.endswith("kan iemand zaterdag de tafels klaarzetten?"), sentence


# -- 5. a bare open call ('Wie kan?') takes its content from the call before it ------------------------

def test_a_bare_who_question_keeps_the_call_it_answers_and_is_not_sure():
    for draft, call in (
        ("Voor de kerstmarkt zoeken we nog drie vrijwilligers voor de oliebollenkraam. Wie wil? "
         "Het is zaterdag 16 december van 10 tot 16 uur.", "drie vrijwilligers voor de oliebollenkraam"),
        ("Beste ouders, voor de sportdag hebben we nog twee begeleiders nodig. Wie van jullie kan?",
         "twee begeleiders nodig"),
        ("Het clubhuis moet zondag geschilderd worden en we missen nog kwasten en handen. Wie kan?",
         "kwasten en handen"),
    ):
        result = shrink(draft)
        assert call in result.sentence and not result.sure, result.sentence
        assert not result.sentence.startswith("Wie"), result.sentence


def test_a_who_question_with_its_own_content_stands_alone():
    result = shrink("Wie kan zondag de kantine openen? Het is van 9 tot 13 uur.")
    assert result.sentence.startswith("Wie kan zondag de kantine openen?"), result.sentence
    # the call before a full question is background, as before
    sentence = shrink("We zoeken nog chauffeurs voor het uitje. Wie kan er vrijdag rijden?").sentence
    assert sentence.endswith("Wie kan er vrijdag rijden?"), sentence


def test_a_question_whose_object_has_no_noun_keeps_the_sentence_that_has_it():
    for draft, noun in (
        ("hoi ik ben de sleutel van de fietsenstalling kwijt heeft iemand een reserve", "sleutel van de fietsenstalling"),
        ("Mijn stift is leeg. Heb jij er nog eentje?", "stift"),
        ("ik ben mijn oplader vergeten heeft iemand er een", "oplader"),
    ):
        result = shrink(draft)
        assert noun in result.sentence and result.sentence.endswith("?") and not result.sure, result.sentence
    # with its noun the question stands alone
    assert shrink("Mijn stift is leeg. Heb jij een extra stift voor mij?").sentence == "Heb jij een extra stift voor mij?"
