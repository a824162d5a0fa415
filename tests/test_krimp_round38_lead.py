"""Round 38, lead: kinds seen in the terminal with drafts of my own (real engine calls)."""

from vraaghulp.coach.krimp import shrink


def test_alone_no_longer_is_the_writers_state_not_a_limit():
    # 'alleen niet meer' with the writer as subject: alone, how the writer is; kept after burden talk too
    r = shrink("Lieve mam, ik weet dat je het druk hebt. Maar ik trek het alleen niet meer met de kinderen. "
               "Kun je deze week twee middagen komen helpen?")
    assert "ik trek het alleen niet meer met de kinderen" in r.sentence.lower()
    assert "deze week twee middagen komen helpen?" in r.sentence
    assert "druk" not in r.sentence


def test_alone_no_longer_in_chat_spelling():
    r = shrink("sorry da ik het vraag mo 'k red het alleen nie meer. kunde gij zaterdag efkes komen helpen?")
    assert "alleen nie meer" in r.sentence
    assert "zaterdag" in r.sentence


def test_a_limit_with_only_not_stays_a_limit():
    # 'alleen niet op dinsdag' narrows when the writer can: it stays with the ask (not dropped as background)
    r = shrink("Kun je volgende week de kinderen ophalen? Alleen niet op dinsdag.")
    assert "niet op dinsdag" in r.sentence.lower()


def test_a_fronted_moment_with_a_verb_of_its_own_is_not_moved_into_the_ask():
    # 'Vanmiddag regent het.': verb second after the moment, a sentence of its own, known verb or not
    for draft in ("Kun je de was binnenhalen? Vanmiddag regent het.",
                  "Kun je me helpen met de tent opzetten? Zaterdag regent het."):
        r = shrink(draft)
        assert "regent het" not in r.sentence.split("?")[0], r.sentence
        assert r.sentence.split("?")[0].endswith(("binnenhalen", "opzetten")), r.sentence


def test_a_preferred_moment_still_moves_into_the_ask():
    r = shrink("Kun je me helpen verhuizen? Zaterdag past mij het best.")
    assert r.sentence.startswith("Kun je me zaterdag helpen verhuizen?")
