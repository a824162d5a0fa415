"""Round 40 (k40b): which of a draft's candidate asks is the request (real engine calls, drafts in our own words).

- an ask the draft adds later leaning on an earlier one ('En … daarna …?', 'Verder …', '… ook …'), or after an ask whose
  moment stands in the sentence beside it, is never the main one on its moment alone; where the moment and the order
  disagree the result is not sure (which_ask.added_later, code `latere-vraag`), and the later ask's moment stays its
  own; a later ask of its own after an untimed one still wins on its moment;
- a permission for someone else or a favour for the writer asked of a third person ('mag Mila …', 'Kan Wim … mij …')
  is a request, not news that hands the choice to a later ask (which_ask.for_the_writer, midask.py);
- courtesy said as a question ('Mag ik u eerst bedanken …') and a hope about the writer's own doing ('ik hoop dat ik
  dit goed invul') give way to the real ask (which_ask.past_courtesy, code `beleefdheid-weg`);
- a question shape in a sentence closed without '?' ('daar heb je haar weer.') gives way to a later modal ask of the
  reader closed by '?', not sure (which_ask.marked_later, code `vraagteken-later`).
"""

import pytest

from vraaghulp.coach.krimp import shrink, which_ask
from vraaghulp.coach.krimp.engine import analyse


def _main(draft: str) -> str:
    an = analyse(draft).analysis
    return an.d.raw(an.main[0].a, an.main[-1].b)


@pytest.mark.parametrize("draft, first, later", [
    ("Hoi allemaal, oma moet maandag om 9 uur naar de tandarts in Delft. Wie kan haar brengen? "
     "En wie kan haar donderdag ophalen?", "brengen", "donderdag"),
    ("Beste Karin, de kraan in de badkamer lekt al een week. Zou u een loodgieter kunnen sturen? "
     "Verder vroeg ik mij af of de dakgoot volgende week nog schoongemaakt wordt.", "loodgieter", "dakgoot"),
    ("Hey Sem, mijn laptop is stuk en ik moet een verslag inleveren. Kun je me je oude laptop lenen? "
     "En wil je daarna zaterdag mijn fiets ophalen?", "laptop", "fiets"),
])
def test_an_ask_added_later_does_not_win_on_its_moment(draft, first, later):
    assert first in _main(draft) and later not in _main(draft)
    r = shrink(draft)
    assert first in r.sentence and later not in r.sentence.split("?")[0]
    assert not r.sure and which_ask.doubt(analyse(draft).analysis) == ["latere-vraag"]


@pytest.mark.parametrize("word", ["daarna", "daarnaast", "bovendien"])
def test_an_ask_that_says_it_comes_second_does_not_win_on_its_moment(word):
    # review k40r: 'daarnaast' and 'bovendien' were missing from which_ask's own copy of groups._ALSO
    draft = f"Hoi Sem, kun je me je oude laptop lenen? Kun je {word} zaterdag mijn fiets ophalen?"
    assert "laptop" in _main(draft) and "fiets" not in _main(draft)
    r = shrink(draft)
    assert "laptop" in r.sentence and word not in r.sentence.split("?")[0]
    assert not r.sure and which_ask.doubt(analyse(draft).analysis) == ["latere-vraag"]


def test_no_doubt_when_the_final_choice_is_the_one_the_moment_made():
    # review k40r: the flag was set before main_mark moved the choice to the marked ask, the timed one itself
    draft = "Hoi Sem, kun je me je oude laptop lenen? Maar het belangrijkste: kun je daarna zaterdag mijn fiets ophalen?"
    assert "fiets" in _main(draft)
    assert "latere-vraag" not in which_ask.doubt(analyse(draft).analysis)


def test_the_later_asks_moment_stays_its_own():
    r = shrink("Hoi allemaal, oma moet maandag om 9 uur naar de tandarts in Delft. Wie kan haar brengen? "
               "En wie kan haar donderdag ophalen?")
    assert "donderdag" not in r.sentence  # not 'Wie kan haar donderdag brengen?'


def test_an_ask_with_its_own_moment_first_is_still_the_main_one():
    draft = "Kun je zaterdag om tien uur mijn pakje ophalen bij de buren? En kun je ook de plantjes water geven?"
    assert "pakje" in _main(draft)
    assert which_ask.doubt(analyse(draft).analysis) == []  # the moment and the order agree


def test_a_later_ask_of_its_own_after_an_untimed_one_still_wins_on_its_moment():
    # the golds of both kinds of files pick it (be-040, h-019, g-024 against none): counted in round 40
    draft = "Hey Sem, kun je me je oude laptop lenen? En kun je zaterdag mijn fiets ophalen bij de maker?"
    assert "fiets" in _main(draft)
    assert which_ask.doubt(analyse(draft).analysis) == []


def test_a_single_ask_with_en_is_untouched():
    draft = "Ik ben ziek. En kun je morgen mijn dienst overnemen?"
    assert "dienst" in _main(draft)
    assert which_ask.doubt(analyse(draft).analysis) == []


@pytest.mark.parametrize("draft, asked", [
    ("Dag juf Els, sorry ik wil vragen, mag Mila vrijdag om 10 uur eerder weg want ze moet naar de orthodontist. "
     "En kan u ook zeggen wanneer het oudercontact is?", "Mila"),
    ("Hallo buren. Mijn vrouw ligt in het ziekenhuis. Kan Wim van nummer 3 morgen om 8 uur mij naar het station "
     "brengen, mijn auto is kapot. En Els zou jij de post kunnen binnenhalen.", "station"),
])
def test_a_permission_or_favour_through_a_third_person_is_the_request(draft, asked):
    assert asked in _main(draft)
    assert asked in shrink(draft).sentence


@pytest.mark.parametrize("draft, asked", [
    ("Geachte heer Claes, Mag ik u eerst bedanken voor de snelle hulp van vorige maand. "
     "Zoudt u de offerte voor het dak pas willen sturen als de aannemer langs is geweest?", "offerte"),
    ("Geachte mevrouw, ik hoop dat ik dit goed invul want ik ben niet zo handig met formulieren. "
     "Zou u een nieuwe afvalcontainer kunnen laten leveren? Onze oude is gebarsten.", "afvalcontainer"),
])
def test_courtesy_or_a_hope_about_the_writer_gives_way_to_the_ask(draft, asked):
    assert asked in _main(draft)
    r = shrink(draft)
    assert asked in r.sentence and "bedanken" not in r.sentence and "hoop" not in r.sentence


def test_courtesy_set_aside_is_never_put_back_as_the_question():
    # review k40r: kept_ask put 'Mag ik mij excuseren …?' back after the need as if it were the lost request
    draft = "Beste meneer, mag ik mij excuseren voor mijn late reactie. Ik heb de factuur nodig."
    r = shrink(draft)
    assert "factuur nodig" in r.sentence and "excuseren" not in r.sentence and "?" not in r.sentence
    assert "beleefdheid-weg" in which_ask.doubt(analyse(draft).analysis)


@pytest.mark.parametrize("draft, own", [
    ("Ik hoop dat ik het morgen goed doe op mijn examen.", "Ik hoop dat ik het morgen goed doe op mijn examen."),
    ("Hoi juf, ik hoop dat ik het morgen goed doe op mijn toets.", "Juf, ik hoop dat ik het morgen goed doe op mijn toets."),
])
def test_a_hope_about_the_writer_alone_stays_what_it_was(draft, own):
    # review k40r: it came out as 'Mag ik het morgen goed doen op mijn examen?', sure: a permission nobody asked
    r = shrink(draft)
    assert r.sentence == own and not r.sure
    assert which_ask.doubt(analyse(draft).analysis) == ["beleefdheid-alleen"]


def test_a_hope_with_a_modal_is_still_an_ask():
    r = shrink("Ik hoop dat ik morgen eerder weg kan.")
    assert r.sentence == "Kan ik morgen eerder weg?"  # the hope carries a real ask: no courtesy alone
    assert which_ask.doubt(analyse("Ik hoop dat ik morgen eerder weg kan.").analysis) == []


@pytest.mark.parametrize("draft, asked, shape", [
    ("Beste mevrouw, sorry dat ik weer mail, u denkt vast daar heb je haar weer. Mijn pakket is op 4 mei niet "
     "bezorgd. Zou u kunnen nagaan waar mijn pakket gebleven is?", "nagaan", "heb je haar"),
    ("ok luister. hebt ge de foto's van zaterdag al gezien, die zijn echt geweldig. maar 'k ben mijn oplader kwijt. "
     "zoudt ge uw oplader kunnen meebrengen naar de les morgen?", "oplader", "foto's"),
])
def test_a_later_ask_closed_by_a_question_mark_wins_over_a_shape_without_one(draft, asked, shape):
    assert asked in _main(draft) and shape not in _main(draft)
    r = shrink(draft)
    assert asked in r.sentence and shape not in r.sentence and shape not in (r.second or "")
    assert not r.sure and "vraagteken-later" in which_ask.doubt(analyse(draft).analysis)


def test_an_ask_closed_by_a_full_stop_keeps_the_choice_over_a_later_check():
    draft = "Kun je morgen mijn dienst overnemen. Ik moet naar het ziekenhuis. Lukt dat?"
    assert "dienst" in _main(draft)
    assert "vraagteken-later" not in which_ask.doubt(analyse(draft).analysis)


def test_a_verb_with_no_name_after_it_is_no_permission_for_someone():
    draft = ("hoi Sanne ik zit in de trein papa mag volgende week dinsdag naar huis uit het ziekenhuis en ik ben op "
             "kun jij hem daar ophalen maar niet voor 10 uur")
    assert "ophalen" in _main(draft)  # 'papa | mag …' is news; the ask is 'kun jij hem daar ophalen'
