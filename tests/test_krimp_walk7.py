"""Kinds of mistakes found by walking `krimp` with drafts of one's own (round 7), each shown with
drafts in other words than the walk's, so a test fails on the kind, not on one sentence.

Four kinds: a request with a third-person or impersonal subject ('is het mogelijk dat de taxi …'),
next to a statement with a modal that must stay a statement; the family 'zou je het leuk/fijn/
vervelend vinden als …'; a proposal ('dan kunnen we …') after a question where the other is; and a
moment that belongs to another action, or a whole clause, pulled into the question.
"""

from __future__ import annotations

import json

from vraaghulp.coach.krimp import compose, shrink
from vraaghulp.coach.krimp.checks import meaning, text_words
from vraaghulp.coach.krimp.lexicon import lexicon
from tests.krimp_beside import kept as beside_kept, stays as beside_stays  # noqa: F401


def _sure(draft: str) -> str:
    result = shrink(draft)
    assert result.sure, result.sentence
    return result.sentence


def _questions(sentence: str) -> list[str]:
    """The parts of the result that end in a question mark."""
    parts, current = [], ""
    for ch in sentence:
        current += ch
        if ch in ".?!":
            if ch == "?":
                parts.append(current.strip())
            current = ""
    return parts


# A not-sure result is the person's own request with only cuts: besides the draft's own words, only
# the few a direct question needs, and the infinitive of a verb form of the draft.
_QUESTION_WORDS = {"kun", "kunt", "kan", "mag", "moogt", "wil", "wilt", "kunnen", "mogen", "willen", "je", "u", "ge", "ik", "we"}


def _only_cuts(draft: str, sentence: str, verbs: set[str] = frozenset()) -> None:
    new = set(text_words(sentence)) - set(text_words(draft)) - _QUESTION_WORDS - set(verbs)
    assert not new, (new, sentence)


# -- 1. a third-person or impersonal request; a statement with a modal stays a statement ------------

def test_a_statement_with_a_modal_after_en_never_becomes_the_question():
    drafts = (
        ("Beste meneer de Groot, onze dochter Fenna heeft griep en kan daarom vrijdag niet naar de zwemles. "
         "Zou het mogelijk zijn dat zij die les op maandag inhaalt? Groet, Marco", "inhalen?"),
        ("Dag juf, ons Lotte is ziek en kan daardoor morgen ni mee op uitstap. "
         "Is het mogelijk dat ze volgende week met de andere klas meegaat?", "meegaan?"),
        ("Mijn broer heeft zijn been gebroken en kan daardoor niet rijden. Kun je hem zaterdag ophalen?", "ophalen?"),
    )
    for draft, end in drafts:
        sentence = shrink(draft).sentence
        questions = _questions(sentence)
        assert len(questions) == 1 and questions[0].endswith(end), sentence
        assert not any(q.lower().startswith(("kan daar", "kan daarom", "kan dus")) for q in questions), sentence
        assert "zwemles?" not in sentence and "uitstap?" not in sentence and "rijden?" not in sentence


def test_a_verb_in_front_after_en_shares_the_subject_before_it_whatever_follows():
    for draft, ask in (("Onze kat is weggelopen en kan overal zitten. Kunnen jullie in jullie schuur kijken?",
                        "Kunnen jullie in jullie schuur kijken?"),
                       ("De printer op kantoor is stuk en moet helaas vervangen worden. Wil jij een nieuwe bestellen?",
                        "nieuwe bestellen?"),
                       ("Mijn baas wil dat ik het rapport donderdag af heb. Kun jij de cijfers voor me controleren?",
                        "Kun jij de cijfers voor me controleren?")):
        questions = _questions(shrink(draft).sentence)
        assert len(questions) == 1 and questions[0].endswith(ask), questions


def test_dus_after_a_modal_stays_inside_the_statement_kept_for_context():
    sentence = shrink("Ons Jana heeft koorts en kan dus ni naar de crèche. Kunt gij haar morgen opvangen?").sentence
    assert "kan." not in sentence and "Kunt gij haar morgen opvangen?" in sentence, sentence


def test_is_het_mogelijk_dat_with_another_subject_asks_whether_it_can():
    # round 47: the statement beside the ask stays, as the outside authors' golds keep it: not sure beside the chat statement
    assert shrink("hoi, kan het dat de monteur morgen iets eerder komt? ik moet om 10 uur weg").sentence == \
        "Kan de monteur morgen iets eerder komen?"
    assert _sure("Zou het mogelijk zijn dat de klusjesman de deur vrijdag afhangt?") == \
        "Kan de klusjesman de deur vrijdag afhangen?"
    assert shrink("Is het mogelijk dat ze morgen komen?").sentence == "Kunnen ze morgen komen?"  # plural verb
    assert _sure("Kan het als ik morgen wat later kom?") == "Mag ik morgen wat later komen?"  # I: leave
    assert _sure("Zou het kunnen dat jullie de container een dag later legen?") == \
        "Kunnen jullie de container een dag later legen?"
    assert shrink("Zou het mogelijk zijn dat iemand van de thuiszorg dagelijks langskomt?").sentence == \
        "Kan iemand van de thuiszorg dagelijks langskomen?"


def test_a_possessive_zijn_is_no_verb_and_may_point_back_at_the_person_named_before():
    draft = "Zou het mogelijk zijn dat de buurman zijn auto vanavond een stukje verzet?"
    result = shrink(draft)
    # round 49 (k49b): 'verzet' is known surely as 'verzetten' now (finite.py); 'zijn auto' stays the object
    assert result.sentence == "Kan de buurman zijn auto vanavond een stukje verzetten?" or not result.sure, result.sentence
    assert "Kan de buurman zijn auto vanavond een stukje verzet?" != result.sentence or not result.sure
    draft = ("Goedendag, mijn vader (79) is slecht ter been en kan daardoor niet zelf naar de apotheek. "
             "Is het mogelijk dat de bezorger zijn medicijnen donderdag thuis aflevert?")
    result = shrink(draft)
    assert result.sentence.endswith("Kan de bezorger zijn medicijnen donderdag thuis afleveren?"), result.sentence
    assert "vader" in result.sentence or not result.sure  # whose medicine: the reader needs the father


# -- 2. 'zou je het <oordeel> vinden als …': an indirect request, never 'kun je het leuk vinden' -----

def test_the_whole_family_of_het_x_vinden_als_becomes_the_request():
    cases = (
        ("Hoi mam, zou je het fijn vinden als ik zaterdag even langskom?", "Mam, mag ik zaterdag even langskomen?"),
        ("zou je het erg leuk vinden als ik vanavond even langs kom met pizza",
         "Mag ik vanavond even langskomen met pizza?"),
        ("Lieve buurvrouw, zou u het vervelend vinden als ik morgen mijn auto voor uw deur parkeer?",
         "Buurvrouw, mag ik morgen mijn auto voor uw deur parkeren?"),
        ("Dag meter, zoudt ge het plezant vinden moest ik zondag komen helpen?", "Meter, mag ik zondag komen helpen?"),
        ("Vind je het goed als Mila vrijdag bij ons blijft slapen?", "Mag Mila vrijdag bij ons blijven slapen?"),
        ("Zouden jullie het erg vinden als we zaterdag iets later komen?", "Mogen we zaterdag iets later komen?"),
        ("Lieve Karin, zou je het fijn vinden als we zaterdag samen naar de markt gaan?",
         "Karin, kunnen we zaterdag samen naar de markt gaan?"),  # a proposal asks no leave
        ("Zoudt ge het ok vinden moest mijn broer bij ons blijven slapen?", "Mag mijn broer bij ons blijven slapen?"),
        ("Geachte mevrouw Smit, zou u het bezwaarlijk vinden als ik het verslag een week later inlever?",
         "Mevrouw Smit, mag ik het verslag een week later inleveren?"),
        ("Zou u het storend vinden als ik de vergadering iets eerder verlaat?", "Mag ik de vergadering iets eerder verlaten?"),
    )
    for draft, expected in cases:
        assert _sure(draft) == expected


def test_an_evaluation_the_engine_does_not_know_is_never_offered_as_sure():
    for draft in ("Zou je het heel spannend vinden als ik morgen mee kom naar de repetitie?",
                  "Zoudt ge het ambetant vinden moest ik vrijdag wat later binnenkomen?"):
        result = shrink(draft)
        assert not result.sure or not meaning(lexicon(), result.sentence), result.sentence
        assert "kun je het" not in result.sentence.lower() and "kunt ge het" not in result.sentence.lower()


def test_the_meaning_check_catches_the_family_not_one_adjective():
    lex = lexicon()
    for text in ("Oma, kunt u het gezellig vinden als ik zondag kom?", "Kun je het fijn vinden dat ik kom?",
                 "Wil je het heel vervelend vinden?", "Kunt ge het plezant vinden moest ik komen?",
                 "Kan het dat de monteur morgen komt?"):
        assert meaning(lex, text) == ["betekenis"], text
    for text in ("Kun je het boek vinden?", "Kun je morgen de sleutel zoeken als je tijd hebt?"):
        assert meaning(lex, text) == [], text


def test_the_practice_flow_rewrites_the_family_too():
    assert compose("oma", "zou u het gezellig vinden als ik zondag kom eten?", "") == "Oma, mag ik zondag komen eten?"


# -- 3. a proposal after a question where the other is: the ask --------------------------------------

def test_a_proposal_after_a_question_where_the_other_is_stays_in_the_result():
    cases = (
        ("Hey Lisa, ben je morgen op de zaak? Dan kunnen we even de planning doorspreken.", "de planning doorspreken?"),
        ("Zijde gij zaterdag thuis? Dan kunnen we efkes de fietsen herstellen.", "de fietsen herstellen?"),
        ("Beste Peter, bent u maandag op kantoor? Dan kunnen we de offerte samen doornemen.", "de offerte samen doornemen?"),
        ("Ben je vrijdag in Utrecht? Zullen we dan samen lunchen?", "Zullen we dan samen lunchen?"),
        ("Zijt ge morgen in Leuven? Zullen we dan samen iets gaan drinken, ik heb u al lang niet gezien.",
         "Zullen we dan samen iets gaan drinken?"),  # 'Leuven' is a place, no verb
        ("Ben je woensdag op school? Kunnen we dan even over het project praten, ik loop vast.", "over het project praten?"),
        ("Ben je zaterdag bij de club? Dan kan ik je de sleutels geven.", "Kan ik je de sleutels geven?"),
    )
    for draft, ask in cases:
        sentence = shrink(draft).sentence
        assert ask in sentence, sentence


def test_what_goes_on_from_a_presence_question_is_never_dropped_while_sure():
    for draft, word in (("Ben je vanavond thuis? Dan breng ik de boor even terug.", "boor"),
                        ("Ben je donderdag in de stad? Ik wil je iets laten zien.", "laten zien"),
                        ("Heb je zaterdag tijd? We kunnen dan de tuin doen.", "tuin")):
        result = shrink(draft)
        assert word in result.sentence or not result.sure, result.sentence


def test_a_request_after_a_presence_question_keeps_its_dan_and_stays_stable():
    result = shrink("Ben je morgen op kantoor? Zou je dan even naar mijn verslag willen kijken?")
    assert result.sure and result.sentence == "Ben je morgen op kantoor? Wil je dan even naar mijn verslag kijken?"


# -- 4. the moment pulled in: not from another action's deadline, never a whole clause ---------------

def test_a_clause_with_an_action_of_its_own_is_never_pulled_into_the_question():
    for draft, stray in (("wie heeft er een boormachine? moet morgen de plank ophangen", "plank"),
                         ("iemand een aanhanger te leen? wil zondag het groenafval wegbrengen", "groenafval"),
                         ("iemand een partytent? is zaterdag verjaardag van mijn zoon", "verjaardag")):
        result = shrink(draft)
        question = _questions(result.sentence)[0]
        assert stray not in question, result.sentence
        assert not result.sure
        _only_cuts(draft, result.sentence)


def test_a_chat_plan_without_subject_after_the_question_is_not_dropped_while_sure():
    result = shrink("wie kan er zondag rijden? moeten om 8 uur in Utrecht zijn")
    assert "Utrecht" in result.sentence or not result.sure, result.sentence


def test_the_moment_of_a_deadline_is_not_the_moment_of_the_request():
    cases = (
        ("Mijn printer is stuk en ik moet vrijdag mijn verslag inleveren. Mag ik die van jou een paar dagen gebruiken?",
         "vrijdag"),
        ("Ik moet dinsdag mijn scriptie inleveren. Kun je hem nalezen?", "dinsdag"),
        ("Mijn laptop is gecrasht en ik moet morgen mijn taak indienen. Moogt ge mij uw oude laptop lenen?", "morgen"),
        ("Ik moet maandag mijn werkstuk afmaken. Mag ik je laptop een weekje lenen?", "maandag"),
    )
    for draft, day in cases:
        result = shrink(draft)
        question = _questions(result.sentence)[-1]
        assert day not in question, result.sentence
        assert "mijn printer van jou" not in result.sentence  # 'die van jou' is yours, not my printer
        if not result.sure:
            _only_cuts(draft, result.sentence, {"gebruiken", "lenen"})


def test_the_moment_of_another_action_or_of_an_event_to_prepare_for_stays_out():
    for draft, day in (("De lift is kapot en kan pas volgende week gemaakt worden. "
                        "Is het mogelijk dat de bezorger de pakketten beneden laat?", "volgende week"),
                       ("Ik heb donderdag een sollicitatie. Zou je mijn brief kunnen nalezen?", "donderdag")):
        result = shrink(draft)
        assert day not in _questions(result.sentence)[-1], result.sentence
        assert not result.sure


def test_the_writers_own_plan_still_sets_the_moment():
    assert _sure("Hoi Bram, ik land vrijdag om 06:40 op Schiphol. Zou je me eventueel kunnen ophalen?") == \
        "Bram, kun je me vrijdag om 06:40 ophalen?"
    assert _sure("Sorry dat ik stoor. Ik verhuis zaterdag naar Gent. Zou je me misschien kunnen helpen met de dozen?") == \
        "Kun je me zaterdag helpen met de dozen?"


def test_a_borrowed_thing_with_its_own_duration_keeps_the_draft_words_when_not_sure():
    draft = ("Hoi Mees, lang niet gesproken! Mijn fiets is gestolen en ik moet woensdag mijn tentamen halen. "
             "Jij hebt toch nog die oude van je zus? Zou ik die misschien een weekje mogen lenen?")
    result = shrink(draft)
    assert "woensdag" not in _questions(result.sentence)[-1], result.sentence
    assert not result.sure
    _only_cuts(draft, result.sentence, {"lenen"})


# -- read back through the command --------------------------------------------------------------------

def test_json_of_the_command_offers_the_rewritten_family_as_sure(run_cli):
    result = run_cli("krimp", "--json", "Lieve opa, zou je het gezellig vinden als ik woensdag kom koken?")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["zin"] == "Opa, mag ik woensdag komen koken?" and payload["zeker"] is True


def test_json_of_the_command_never_offers_a_pulled_clause_as_sure(run_cli):
    result = run_cli("krimp", "--json", "wie heeft er een aanhangwagen? moet zondag oud hout naar het containerpark brengen")
    payload = json.loads(result.stdout)
    assert payload["zeker"] is False
    assert "brengen een" not in payload["zin"] and "hout" not in _questions(payload["zin"])[0], payload["zin"]
