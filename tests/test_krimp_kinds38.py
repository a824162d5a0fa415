"""Kinds of loss that recur across the outside krimp files, mended in general (round 38, k38b). Real engine calls on
drafts in our own words (not copied from the corpus)."""

from __future__ import annotations

from vraaghulp.coach.krimp import shrink


def _said(text: str) -> str:
    return shrink(text).sentence


# --- the worn-out state ('ik ben op', 'ik zit er door') over the symptom nearer the ask (worn_out.py)

def test_worn_out_sentence_wins_over_a_symptom_sentence_nearer_the_ask():
    out = _said("Hoi Sanne, ik zorg al maanden bijna elke dag voor oma. Ik doe het graag, maar ik ben op. Ik slaap "
                "slecht en ben kortaf tegen de kinderen. Ik wil je er niet mee belasten. Kun jij zaterdag de zorg voor "
                "oma overnemen?")
    assert out == "Sanne, ik ben op. Kun jij zaterdag de zorg voor oma overnemen?"


def test_worn_out_clause_alone_after_another_state_in_its_sentence():
    out = _said("Hoi Joris, ik weet dat je het druk hebt. Maar ik hou het niet meer vol, ik ben echt op. Zou jij "
                "deze week de boodschappen voor opa kunnen doen?")
    assert "ik ben echt op" in out.lower()
    assert "hou het niet" not in out


def test_worn_out_joined_with_en_keeps_what_comes_before():
    out = _said("Lies, mijn broer ligt sinds gisteren in het ziekenhuis en ik zit er doorheen. Kun je morgen koken?")
    assert "ziekenhuis" in out and "doorheen" in out


def test_in_one_sentence_the_clause_nearest_the_ask_still_wins():
    out = _said("Lieve Tom, ik ben op, echt kapot, ik weet niet hoe lang ik dit nog volhou. Wil je zondag koken?")
    assert "volhou" in out


def test_getting_up_is_no_worn_out_state():
    from vraaghulp.coach.krimp.engine import analyse
    from vraaghulp.coach.krimp.worn_out import worn_out

    an = analyse("Ik moet morgen om zes uur op. Kun je me wekken?").analysis
    assert not any(worn_out(an, c) for c in an.clauses)
    an = analyse("Ik zit er echt doorheen. Kun je me wekken?").analysis
    assert any(worn_out(an, c) for c in an.clauses)


# --- a bullet list in the not-sure offer said on one line with commas, never ' - a - b' (inline_list.py)

def test_inline_bullet_list_in_the_offer_is_joined_with_commas():
    out = shrink("Dag Ria, 't is Fons van hiernaast. Excuseer da 'k u stoor op een zondag. Als ge straks toch naar de "
                 "Colruyt gaat, kunde gij voor mij meebrengen:\n- een bloemkool\n- een pond kersen\n- 3 appels\nAls 't ni "
                 "past is da ook goe hoor, 'k leg 't geld onder de mat. Merci!")
    assert not out.sure
    assert out.sentence.endswith("kunt gij voor mij meebrengen: een bloemkool, een pond kersen, 3 appels?")


def test_inline_list_after_a_colon_of_its_sentence_gets_no_second_colon():
    out = shrink("hoi allemaal!! voor de barbecue van opa zondag: wie kan er nog meenemen\n- stoelen (4)\n- een parasol\n"
                 "- de grote koelbox van oom Ben\nzeg het maar in de app, geen probleem als het niet lukt hoor")
    assert out.sentence.endswith("wie kan er nog meenemen stoelen (4), een parasol, de grote koelbox van oom Ben?")


def test_a_dash_in_a_sentence_without_bullet_lines_stays():
    from vraaghulp.coach.krimp.inline_list import joined

    text = "Ik kom - als het lukt - morgen langs. Kun je thuis zijn?"
    assert joined(text, text) == text


def test_items_not_on_bullet_lines_are_no_list():
    from vraaghulp.coach.krimp.inline_list import joined

    draft = "Kun je meebrengen:\n- brood\n- kaas\nen ook iets anders"
    said = "Kun je meebrengen: - brood - iets heel anders?"
    assert joined(draft, said) == said
    assert joined(draft, "Kun je meebrengen: - brood - kaas?") == "Kun je meebrengen: brood, kaas?"


# --- the word after the vocative in lower case when it is no name (vocative_case.py)

def test_kept_dialect_ask_after_the_vocative_loses_its_capital():
    out = shrink("Dag Wim, hier Jansen van de overkaant. Zol ie mien zaoterdag kunnen helpen met de haag? De rug wil "
                 "nich meer zo as vrogger. Allent as 't dreuge is. Groetn Jansen")
    assert out.sentence.startswith("Wim, ")
    assert not out.sentence[len("Wim, "):][:1].isupper()


def test_a_name_after_the_vocative_keeps_its_capital():
    from vraaghulp.coach.krimp.vocative_case import lowered

    assert lowered("Juf, Amira heeft morgen de tandarts. Mag ze om 2 uur weg?") == \
        "Juf, Amira heeft morgen de tandarts. Mag ze om 2 uur weg?"
    assert lowered("Mevrouw, Kunt u mij bellen?") == "Mevrouw, kunt u mij bellen?"
    assert lowered("BRO, KUN JE BELLEN?") == "BRO, KUN JE BELLEN?"


# --- honest states said with an English word, or about home (content/nl/krimp.toml [staat])

def test_english_state_word_is_an_honest_sentence():
    out = shrink("Hoi Sam, kun je me helpen met de planning voor vrijdag? Ik ben echt overwhelmed met alle mails. "
                 "Als je geen tijd hebt snap ik dat ook hoor!")
    assert "overwhelmed" in out.sentence


def test_home_not_nice_is_kept_as_how_the_writer_is():
    out = shrink("Hoi oma, thuis is het niet leuk nu. Mag ik zaterdag bij jou logeren?")
    assert out.sentence == "Oma, thuis is het niet leuk nu. Mag ik zaterdag bij jou logeren?"


def test_not_nice_to_ask_is_no_state():
    out = shrink("Hoi Bart, ik vind het niet leuk om te vragen, maar kun je zaterdag mijn kat voeren?")
    assert "leuk" not in out.sentence


# --- the Flemish letter's 'zoudt u zo vriendelijk willen zijn om …' is a wrapper like 'zou u zo vriendelijk …'

def test_zoudt_u_zo_vriendelijk_goes_as_a_wrapper():
    out = shrink("Geachte meester Jan,\n\nZoudt u zo vriendelijk willen zijn om het verslag van Emma ook naar haar mama "
                 "te sturen (an.peeters@telenet.be)? Wij wonen apart en zij krijgt het niet altijd. Ik wil u niet "
                 "lastigvallen.\n\nMet vriendelijke groeten,\nKoen")
    assert out.sentence == "Meester Jan, wilt u het verslag van Emma ook naar haar mama sturen (an.peeters@telenet.be)?"
