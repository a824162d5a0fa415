"""The parts of the krimp engine, one module at a time."""

from __future__ import annotations

import re

import pytest

from vraaghulp.coach.krimp import checks, shrink, states
from vraaghulp.coach.krimp.clauses import Analysis
from vraaghulp.coach.krimp.cluster import find_cluster
from vraaghulp.coach.krimp.convert import rewrite
from vraaghulp.coach.krimp.lexicon import lexicon
from vraaghulp.coach.krimp.names import find_name, mark_signatures
from vraaghulp.coach.krimp.phrases import compile_list, first_words, phrase_regex
from vraaghulp.coach.krimp.pieces import capitalise, render, tok_piece
from vraaghulp.coach.krimp.refs import substitute
from vraaghulp.coach.krimp.rewrite import Request
from vraaghulp.coach.krimp.tokens import Draft
from vraaghulp.coach.krimp.verbs import front_form, infinitive_of, lead_at


def analysis(text: str) -> Analysis:
    return Analysis(Draft(text, lexicon()))


def roles(text: str) -> list[tuple[str, str]]:
    an = analysis(text)
    mark_signatures(an)
    return [(c.role, an.d.raw(c.a, c.b)) for c in an.clauses]


def request(text: str, register: str = "je") -> Request:
    an = analysis(text)
    group = [c for c in an.clauses if c.role == "vraag"][:1]
    return an, rewrite(an, group, register)


# ---------------------------------------------------------------------- phrases


def test_phrase_syntax():
    rx = re.compile(phrase_regex("(ik) [wil|wou] (je) niet [storen|belasten]"))
    assert rx.fullmatch("ik wil je niet storen") and rx.fullmatch("wou niet belasten")
    assert not rx.fullmatch("ik wil je storen")
    assert re.fullmatch(phrase_regex("lastigval*"), "lastigvallen")
    assert re.fullmatch(phrase_regex("ik snap het als *"), "ik snap het als je geen tijd hebt")
    assert not re.fullmatch(phrase_regex("ik weet dat je *"), "ik weet dat je het druk hebt maar kun je")


def test_first_words_know_where_a_phrase_can_start():
    assert first_words("(ik) [wil|wou] niet", frozenset()) == ({"ik", "wil", "wou"}, set(), False)
    assert first_words("sorry*", frozenset())[1] == {"sorry"}
    assert first_words("* hier", frozenset())[2] is True


def test_filler_words_do_not_block_a_match_but_never_shrink_a_phrase():
    lex = lexicon()
    d = Draft("ik wou je echt even vragen of je komt", lex)
    frames = [(i0, i1) for f in lex.frames for i0, i1 in d.find(f.phrases)]
    assert (0, 7) in frames  # "echt even" inside the frame
    keer = compile_list(["eens een keer"], lex.fillers)
    assert not Draft("in een keer", lex).find(keer)  # without 'eens' it would be 'een keer'


# ---------------------------------------------------------------------- tokens


def test_chat_spelling_is_read_but_the_own_spelling_is_kept():
    d = Draft("'k heb ff geen tijd, kzou mss morgen kunnen", lexicon())
    assert d.words(0) == ("ik",) and d.word(2) == "even" and d.words(6) == ("ik", "zou")
    assert d.tok_text(2) == "ff"


def test_sentences_lists_and_abbreviations():
    d = Draft("Kun je halen:\n- brood\n- melk\nDank je! Voor mevr. A. Jansen.", lexicon())
    assert len(d.sentences) == 3
    assert d.is_bullet(d.sentences[0][0] + 4)
    assert d.raw(*d.sentences[2]) == "Voor mevr. A. Jansen."


def test_terminal_escapes_are_no_words():
    d = Draft("\x1b[31mSorry\x1b[0m, kun je komen?", lexicon())
    assert d.word(0) == "sorry" and "31m" not in " ".join(d.units)


# ---------------------------------------------------------------------- clauses


def test_clause_roles():
    found = roles("Hoi Lies, sorry dat ik stoor. Ik zit vol. Kun je morgen koken? Alleen niet te laat. Groetjes, Eva")
    assert found == [
        ("groet", "Hoi Lies"), ("wrap", "sorry dat ik stoor"), ("staat", "Ik zit vol"),
        ("vraag", "Kun je morgen koken"), ("beperking", "Alleen niet te laat"),
        ("afsluiting", "Groetjes"), ("afsluiting", "Eva"),
    ]


def test_a_chat_line_without_punctuation_is_cut_where_a_question_starts():
    found = roles("hey seppe kzou u iets willen vragen want ik snap die oefening echt ni kunde morgen helpen")
    assert ("vraag", "kunde morgen helpen") in found
    assert ("staat", "want ik snap die oefening echt ni") in found


def test_a_greeting_without_a_comma_ends_after_the_name():
    assert roles("heyy kunje me morgen helpen")[:2] == [("groet", "heyy"), ("vraag", "kunje me morgen helpen")]
    assert roles("hoi schat ik ben zo moe")[0] == ("groet", "hoi schat")


def test_a_frame_needs_a_request_after_it():
    assert roles("Ik hoop dat alles goed is met je.")[0][0] == "wrap"
    assert roles("Ik hoop dat je morgen kan komen.")[0][0] == "vraag"


# ---------------------------------------------------------------------- verbs


def test_the_front_of_a_question():
    d = Draft("Kunde gij komen? Zouden er een paar ouders helpen?", lexicon())
    lead = lead_at(d, 0)
    assert lead.same_token and lead.subject == "ge" and lead.lemma == "kunnen"
    assert lead_at(d, 4).subject == "np-mv"
    lex = lexicon()
    assert [front_form(lex, "kunnen", s) for s in ("je", "u", "ge", "ik", "jullie", "iemand")] == [
        "kun", "kunt", "kunt", "kan", "kunnen", "kan"]
    assert front_form(lex, "kunnen", "je", "kan") == "kan"


@pytest.mark.parametrize("finite,expected", [
    ("heeft", ("hebben", True)), ("overneemt", ("overnemen", True)), ("organiseert", ("organiseren", True)),
    ("gebruik", ("gebruiken", True)), ("zet", ("zetten", True)), ("kust", ("kussen", True)),
    ("meegeven", ("meegeven", True)),
])
def test_infinitives(finite, expected):
    assert infinitive_of(lexicon(), finite) == expected


def test_an_infinitive_after_s_or_f_is_never_sure():
    assert infinitive_of(lexicon(), "raast")[1] is False  # razen, not rasen: the rules cannot tell
    assert infinitive_of(lexicon(), "leeft")[1] is True  # from the table: leven


def test_the_verbs_at_the_end_of_a_clause():
    an = analysis("je mijn pakje aan zou kunnen nemen bij de buren")
    pieces = [tok_piece(an.d, i) for i in range(an.d.n)]
    cluster = find_cluster(an, pieces, 1)
    assert cluster.lemma == "kunnen" and [p.text for p in cluster.verbs] == ["aannemen"]
    assert [p.text for p in pieces[cluster.end:]] == ["bij", "de", "buren"]


# ---------------------------------------------------------------------- rewriting


@pytest.mark.parametrize("draft,expected", [
    ("ik vroeg me af of je morgen mijn pakje aan zou kunnen nemen", "kun je morgen mijn pakje aannemen"),
    ("zou het mogelijk zijn om de kast op te halen", "kun je de kast ophalen"),
    ("zou het mogelijk zijn om vrijdag thuis te werken", "mag ik vrijdag thuiswerken"),
    ("zou je het erg vinden als ik je fiets leen", "mag ik je fiets lenen"),
    ("zoudt ge mij de sleutel kunnen bezorgen", "kunt ge mij de sleutel bezorgen"),
    ("is er iemand die zaterdag kan helpen", "kan er iemand zaterdag helpen"),
    ("zouden er twee ouders kunnen rijden", "kunnen er twee ouders rijden"),
    ("wie zou er willen helpen", "wie wil er helpen"),
])
def test_indirect_asks_become_direct(draft, expected):
    an, req = request(draft)
    assert not req.doubts
    assert render(an.d, req.pieces).lower() == expected


def test_a_statement_of_need_stays_one():
    an, req = request("ik zou graag met u willen praten")
    assert req.form == "mededeling" and render(an.d, req.pieces) == "ik wil graag met u praten"


def test_a_main_verb_that_is_only_guessed_is_a_doubt():
    _, req = request("zou je het erg vinden als je de was raast")
    assert req.doubts


# ---------------------------------------------------------------------- names, states, references, lists


@pytest.mark.parametrize("draft,name", [
    ("Hoi Lies, kun je komen?", "Lies"), ("Beste meneer De Vries, kunt u komen?", "meneer De Vries"),
    ("yara kzou je iets vragen. mag ik komen?", "yara"), ("Kun je komen, Sam?", "Sam"),
    ("Hoi allemaal, kan iemand komen?", ""), ("Geachte heer/mevrouw, kunt u komen?", ""),
    ("Dag Filip en Ann, kunnen jullie komen?", "Filip en Ann"), ("heyy lies kunje komen", "lies"),
])
def test_who_is_addressed(draft, name):
    an = analysis(draft)
    group = [c for c in an.clauses if c.role == "vraag"]
    toks, _ = find_name(an, group)
    assert (an.d.raw(toks[0], toks[-1] + 1) if toks else "") == name


@pytest.mark.parametrize("clause,is_state", [
    ("ik zit vol", True), ("Het gaat al een tijdje niet goed met me", True), ("ik kan het niet meer alleen", True),
    ("ik ben echt gesloopt van die nachten", True), ("zit vast op die test", True),
    ("ik heb geen geld meer", False), ("'k was ziek", False), ("mijn man slaapt slecht", False),
    ("je bent vast moe", False), ("ik moet morgen werken", False),
])
def test_honest_sentences(clause, is_state):
    an = analysis(clause)
    assert states.is_state(an, 0, an.d.n) is is_state


def test_an_object_pronoun_takes_what_it_points_at():
    an = analysis("Jij zei dat je je boormachine niet meer gebruikt. Mag ik hem zaterdag lenen?")
    main = [c for c in an.clauses if c.role == "vraag"]
    req = rewrite(an, main, "je")
    before = [c for c in an.clauses if c.sent == 0]
    assert substitute(an, req, before) is True
    assert render(an.d, req.pieces) == "Mag ik je boormachine zaterdag lenen"


def test_a_pronoun_only_takes_a_noun_of_its_gender():
    an = analysis("De vaatwasser moet nog uitgeruimd worden. Wil jij dat vanavond doen?")
    main = [c for c in an.clauses if c.role == "vraag"]
    req = rewrite(an, main, "je")
    assert substitute(an, req, [c for c in an.clauses if c.sent == 0]) is None  # 'dat' is the emptying


def test_the_sentence_a_good_ask_points_back_at_stays():
    result = shrink("Mijn boormachine is kapot. Heb jij er een? Mag ik die zaterdag lenen?")
    assert "Heb jij er een?" in result.sentence
    trailer = shrink("Pieter, jij had toch een aanhanger? Zou ik die volgende week zaterdag mogen gebruiken?")
    assert trailer.sentence == "Pieter, jij had toch een aanhanger? Mag ik die volgende week zaterdag gebruiken?"
    chore = shrink("Ik wil niet zeuren, maar de vaatwasser moet nog uitgeruimd worden. Wil jij dat vanavond doen?")
    assert chore.sentence == "De vaatwasser moet nog uitgeruimd worden. Wil jij dat vanavond doen?"


def test_a_list_takes_the_place_of_the_words_that_point_at_it():
    an, req = request("Kunt u deze dingen maandag brengen:\n- een lamp\n- twee stoelen\n- de tafel")
    assert render(an.d, req.pieces).lower() == "kunt u een lamp, twee stoelen en de tafel maandag brengen"
    assert req.listed


# ---------------------------------------------------------------------- checks and pieces


def test_meaning_changing_constructions_are_caught():
    lex = lexicon()
    for text in ("Kun je het erg vinden als ik kom?", "Ik vroeg me af of je zou komen?", "Zou je komen?"):
        assert checks.meaning(lex, text) == ["betekenis"]
    assert checks.meaning(lex, "Kun je morgen komen?") == []


def test_a_request_with_nothing_in_it_is_caught():
    an, req = request("Graag zou ik willen weten.")
    assert "leeg" in checks.shape(an, req, "Ik wil weten.")
    an, req = request("Kun je morgen komen?")
    assert checks.shape(an, req, "Kun je morgen komen?") == []


def test_the_salutation_dot_stays_inside_the_name():
    assert roles("Geachte mevr. Jansen, kunt u bellen?")[:2] == [("groet", "Geachte mevr. Jansen"), ("vraag", "kunt u bellen")]


def test_no_invented_words():
    an = analysis("zou je de kast op kunnen halen")
    assert checks.invented(an, "Kun je de kast ophalen?") == []
    assert checks.invented(an, "Kun je de tafel ophalen?") == ["nieuw-woord"]


def test_capitals_keep_the_letter():
    assert capitalise("ßaa") == "ßaa" and capitalise("µ") == "µ" and capitalise("élan") == "Élan"
