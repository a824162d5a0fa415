"""The 'I wanted to ask whether' frame in dialect and chat spelling (round 30, lead).

Found in the practice flow in tmux: 'ik wou eigelijk vrage of ge woensdag de kleine van school kunt halen' came
back whole, because 'vrage' (an infinitive without its -n, common in Flemish and Brabant chat) was not read as
'vragen'. The same held for the West-Flemish and Limburg spellings 'vroagen', 'vroage', 'vraoge', for 'es' and
'nekeer' (chat for 'eens', 'een keer'), and for 'ik wou (je) een keer vragen of …', which came back not sure.
"""
import pytest

from vraaghulp.coach.krimp import compose, shrink


@pytest.mark.parametrize("frame", [
    "ik wou vrage of", "ik wou eigelijk vrage of", "'k wilde vroage of", "ik wou vroagen of", "ik wou vraoge of",
    "ik wou ne keer vrage of", "ik wou nekeer vragen of", "ik wou een keer vragen of", "ik wou es vragen of",
    "ik wou je een keer vragen of", "kwou ff vrage of",
])
def test_the_frame_goes_and_the_ask_is_said_directly(frame):
    result = shrink(f"{frame} ge woensdag de kleine van school kunt halen?")
    assert result.sentence == "Kunt ge woensdag de kleine van school halen?"
    assert result.sure


def test_a_reason_after_the_ask_is_named():
    result = shrink("ik wou eigelijk vrage of ge woensdag de kleine van school kunt halen want ik moet tot 6u werken")
    assert result.sentence == "Kunt ge woensdag de kleine van school halen?"
    assert "ik moet tot 6u werken" in " ".join(f.text for f in result.findings)


def test_the_practice_flow_reads_the_same_frame():
    sentence = compose("ons moeke", "ik wou vrage of ge woensdag de kleine van school kunt halen", "")
    assert "vrage" not in sentence.lower() and "kunt ge woensdag de kleine van school halen?" in sentence.lower()


@pytest.mark.parametrize("draft", [
    "ik heb het je een keer gevraagd of je kon helpen, weet je nog? kun je zaterdag?",  # told, not a frame
    "Ze wou een keer vragen of het doorging, maar niemand wist het. Kun je zaterdag komen?",  # someone else
])
def test_look_alikes_keep_their_words_or_are_not_sure(draft):
    result = shrink(draft)
    assert result.sentence.startswith("Kun je zaterdag") or not result.sure


# Infinitives typed without their -n ('kunne hale'): 'hale' looked like no verb, so 'kunne hale' was read as a second
# request and the offered sentence lost it ('Zou je morgen de kinderen?'). chat_infinitive.py reads it as 'halen'.
@pytest.mark.parametrize(("draft", "sentence"), [
    ("zou je morgen de kinderen kunne hale?", "Kun je morgen de kinderen hale?"),
    ("zou je morgen de kinderen kunnen ophale?", "Kun je morgen de kinderen ophale?"),
    ("zoudde gij morgen de kinderen kunne hale?", "Kunt gij morgen de kinderen hale?"),
    ("zou je een grote doos kunnen meebrenge voor de verhuis?", "Kun je een grote doos meebrenge voor de verhuis?"),
    ("zou je kunnen kome?", "Kun je kome?"),
])
def test_an_infinitive_without_its_n_is_kept(draft, sentence):
    result = shrink(draft)
    assert result.sentence == sentence
    assert result.sure


@pytest.mark.parametrize(("draft", "sentence"), [
    ("zou je dat willen doen voor mij?", "Wil je dat doen voor mij?"),  # a real -en infinitive: as before
    ("kun je morgen mee?", "Kun je morgen mee?"),  # 'mee' is no infinitive
    ("zou je een te grote doos willen terugbrengen?", "Wil je een te grote doos terugbrengen?"),  # 'grote' stays
])
def test_look_alikes_of_the_chat_infinitive_are_unchanged(draft, sentence):
    assert shrink(draft).sentence == sentence


# Twents and Achterhoeks 'kun'j', 'ku'j', 'wi'j', 'ka'j' (kun je, wil je, kan je), and Flemish 'zoudde', 'meugde'.
@pytest.mark.parametrize(("draft", "sentence"), [
    ("ku'j morgen de kinderen halen?", "Kun je morgen de kinderen halen?"),
    ("kun'j morgen de kinderen halen?", "Kun je morgen de kinderen halen?"),
    ("wi'j morgen de kinderen halen?", "Wil je morgen de kinderen halen?"),
])
def test_saxon_clitic_forms_read_as_the_question(draft, sentence):
    assert shrink(draft).sentence == sentence


def test_zo_j_with_willen_is_never_sure_without_its_je():
    result = shrink("zo'j morgen de kinderen willen halen?")  # 'zou je' glued: rewriting would lose the 'je'
    assert "je" in result.sentence.lower().split() or "zo'j" in result.sentence.lower() or not result.sure


# A Flemish verb that carries its subject clitic ('kende gij', 'wette gij', 'geefde gij') was read as a name
# addressed: 'Kende, gij morgen de kinderen halen?' was offered. names._verb_before_gij.
@pytest.mark.parametrize("draft", [
    "kende gij morgen de kinderen halen?", "wette gij of ze morgen komt?", "geefde gij mij morgen uw boor?",
    "doede gij da morgen?",
])
def test_a_verb_with_its_clitic_is_no_name(draft):
    result = shrink(draft)
    assert not result.sentence.split()[0].endswith(",")
    assert result.sentence.lower().startswith(draft.split()[0] + " gij")


@pytest.mark.parametrize(("draft", "name"), [
    ("Linde gij moogt nee zeggen hoor, maar kunt ge morgen komen?", "Linde"),  # 'gij' has its own verb
    ("Mette ge moet nie, maar kunt ge morgen komen?", "Mette"),
    ("Hilde kunt ge morgen komen?", "Hilde"),
])
def test_a_name_before_gij_with_its_own_verb_stays(draft, name):
    result = shrink(draft)
    assert result.sentence.startswith(f"{name}, ") or not result.sure


# Flemish chat nicknames ('jonge', 'menneke') give way to the name typed in the practice flow, as 'bro' and 'man' do:
# 'Jonge, kunt ge zaterdag …?' was offered with 'mijn buurman Karel' typed (vocative._NICKNAMES).
@pytest.mark.parametrize("nickname", ["jonge", "menneke", "manneke"])
def test_a_flemish_nickname_gives_way_to_the_typed_name(nickname):
    sentence = compose("mijn buurman Karel", f"{nickname}, kunt ge zaterdag uwe aanhangwagen uitlenen?", "")
    assert sentence == "Karel, kunt ge zaterdag uwe aanhangwagen uitlenen?"


def test_without_a_typed_name_the_nickname_stays():
    assert compose("", "jonge, kunt ge zaterdag uwe aanhangwagen uitlenen?", "").startswith("Jonge, kunt ge")
