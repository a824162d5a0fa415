"""The tuning corpus (tests/corpus/krimp/tuning*.toml, the former held-out sets tuning-ho1/-ho2
included, and own.toml) as a table: a result offered as sure
never loses a must-keep word and never shows a pattern that changes the meaning.

How close the results come to the golds is measured by benchmarks/krimp_eval.py, not here.
"""

from __future__ import annotations

import re
import sys
import tomllib
import unicodedata
from pathlib import Path

import pytest

from vraaghulp.coach.krimp import compose, shrink
from vraaghulp.coach.krimp.assemble import has_moment
from vraaghulp.coach.krimp.crisis_when import says_when
from vraaghulp.coach.krimp.lexicon import lexicon

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from krimp_eval import contains  # noqa: E402  (the must-keep rule exactly as the eval scores it)

CORPUS = Path(__file__).parent / "corpus" / "krimp"


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def _cases_by_file() -> dict[str, list[dict]]:
    return {path.name: tomllib.loads(path.read_text(encoding="utf-8"))["case"]
            for path in sorted(CORPUS.glob("tuning*.toml")) + sorted(CORPUS.glob("own.toml"))}


BY_FILE = _cases_by_file()
CASES = [case for cases in BY_FILE.values() for case in cases]


def _per_file(keep=lambda case: True) -> list:
    """One test case per corpus file with all its cases (every case checked, failures listed together)."""
    return [pytest.param(cases, id=name) for name, all_cases in BY_FILE.items()
            if (cases := [case for case in all_cases if keep(case)])]


def _failures(check, cases: list[dict]) -> list[str]:
    failures = []
    for case in cases:
        try:
            check(case)
        except AssertionError as failure:
            failures.append(f"{case['id']}: {failure}")
    return failures


def test_the_tuning_corpus_is_there():
    assert len(CASES) >= 200
    assert len({c["id"] for c in CASES}) == len(CASES)


@pytest.mark.parametrize("cases", _per_file())
def test_a_sure_result_keeps_what_must_stay_and_the_meaning(cases):
    failures = [f for f in _failures(_keeps_what_must_stay, cases) if f.split(":")[0] not in KNOWN_OPEN]
    assert not failures, "\n".join(failures)


# Found by the fresh outside files and not mended yet. KNOWN_OPEN: a result offered as sure that
# loses a must-keep word (empty: t6d-061, 'ik heb vannacht aan de rand van het dak gestaan', left
# when the crisis check learnt the edge of a high place; v5e-058 when needed.py began to weigh
# dropped clauses). CRISIS_OPEN: a crisis result that loses a place after the ask ('bij jou op
# kamer D1.12').
# t7f-005 (round 7): the result keeps 'Ik snap die formulieren ni.' as the honest sentence (contract
# point 2, as be-034 keeps 'ik snap die oefening van fysica echt ni'); its gold drops it and lists
# '\bni\b' as a meaning pattern, so the two files disagree: left for the lead to settle, not guessed.
# t7f-061 came off in round 16 (k16e): an ask that is already good keeps a short sentence about the
# writer's own time after it ('Ik moet om 6 uur op.', as_is.kept_reason); g-044 and v4a-057, which drop
# the same sentence, have apologies and hedges to cut, so they are no ask already good.
# t8h-050 (round 8): 'kun je vanavond na zevenen bellen niet eerder want dan is de thuiszorg er'. Its
# gold keeps the reason after the limit (as t8h-005 and t8h-023 do), while eleven golds of older files
# drop the same kind of 'want …' after a limit (d-012 'maar nie voor 10u want we gaan ontbijten',
# v4a-029, v4b-032, h-014, t6d-037 …). Keeping it broke those; making it not sure would cost their sure
# results: left for the lead to settle.
# t8g-053 (round 8, practice flow): the person typed 'mama', the draft says 'Sorry mam, …'; the result
# keeps the draft's own 'Mam', the gold asks for the typed 'Mama'. t6d-067 is the same kind the other
# way (typed 'papa', draft 'Pap', gold 'Pap'), so the two files disagree: left for the lead to settle.
# y1-012 (round 9, tuning-ho6): 'Ik wil je echt niet tot last zijn met je drukke baan, maar ik kom niet meer
# zo goed naar buiten met die knie.' The result keeps the knee as the honest sentence (contract point 2);
# its gold drops it and lists '\bniet\b' as a meaning pattern, while y1-035 by the same author keeps 'Ik zit
# weer met mijn heup en kan niet naar de winkel.' before a shopping request, as c-053 and v4a-022 keep 'ik
# lig met griep op bed': the golds disagree on the same kind of sentence. Made not sure by the burden talk
# before it, it cost two sure results other golds accept (nl-095, v4b-049): left for the lead to settle.
# Listed so that a new one still fails, and checked below so that a mended one must leave the list.
# Round 10: the fresh outside files tuning10-k and tuning10-l arrived with these sure results that lose
# a must-keep word (their first figures, tests/corpus/krimp/README.md); each comes off once mended.
# t10l-081 came off in round 11: a sentence after the request that names something concrete the writer
# cannot do, dropped while the result keeps no honest sentence, makes the result not sure (honest.py).
# Round 11: tuning11-o arrived with four; the practice-flow mends took off t11o-010, -041 and -044,
# t11o-063 ('… passeren om te zien of alles goed is met mijn pols?' cut after 'zien') is left open.
# Round 13 (kr32a): tuning13-r arrived with four; the honest-sentence and time-limit mends took off
# t13r-042, -055 and -067. t13r-051 ('… helpen me mijn velo te maken de ketting is eraf sry …', no
# stops) is left open: its gold keeps the fact typed on after the ask, while six older golds drop the
# same kind ('… oppikken aan de sporthal mijn fets heeft ne platte baand', be-048, g-072, v4a-003,
# v4a-064, v4b-034, v4b-040); a check that made such results not sure cost those six sure results.
# t10m-013 came off in round 16 (k16e): 'ik schaam me dat ik het nog steeds niet kan' is shame about what
# the writer cannot do, the honest sentence (states._own_shame), not an apology for asking.
# Round 18: tuning-ho17 (the sealed heldout17 of round 17, brought in) arrived with two: h17-031 and
# h17-072 are offered as sure while the honest sentence the gold keeps is dropped; k18a mended both
# ('ik heb het te druk', 'ik word gepest' are honest sentences now), off the list.
# Round 18 (k18e, reasoned.py): t13r-051 ('… de ketting is eraf …') and t8h-050 ('… dan is de thuiszorg
# er') are no longer offered as sure: a short reason or referent dropped right after the ask doubts the result.
# Round 18 (k18h): tuning18-k18h arrived with six; the fact-after-the-ask and honest-sentence mends took off
# t18h-013, -027, -040 and -048. Left: t18h-034 ('de wc loopt over …' before 'Kun jij om 12 uur thuis zijn
# voor de loodgieter?') and t18h-049 ('Mijn auto is stuk (koppeling) en ik kom deze maand niet rond. Mag ik
# jouw auto lenen …'): the gold keeps what broke, while older golds drop the same kind before a loan or a
# repairer (h-002 'Mijn ladder is kapot', g-078, t11o-011, h-037, y1-015): left for the lead to settle.
# Round 19: tuning-ho18 (the sealed heldout18 of round 18, brought in) arrived with four sure results that
# lose a must-keep: h18-041 ('niet te komen'), h18-058 ('ni komen kijken tenzij hij weent'), h18-073 ('rug'),
# h18-089 ('zes uur'); each comes off once mended.
# k19a mended all four, and t18h-049 is no longer sure (bg_fact.py: 'Mijn auto is stuk.' dropped while the
# ask names the auto), so it comes off too.
# Round 19 (k19c): the fresh practice-flow file tuning19-k19c arrived with five sure results that drop a
# sentence after the ask as background, where its author kept it: t19c-009 ('niet bellen'), t19c-025
# ('drie weken'), t19c-036 ('niet meer op'), t19c-052 ('pasje'), t19c-062 ('revalidatie'). The engine's
# policy (lost_neg.py: after the ask a background sentence may go) and this author disagree; the lead decides.
# Round 19 (k19g, reason_after.py): in the practice flow one short plain sentence right after the ask, the
# last thing the note says, is kept after it: t19c-009, -025, -036 and -052 off the list. Left: t19c-062, whose
# reason ('… ik moet elke dag naar de revalidatie in arnhem') is a long clause before the ask in a long note.
# Round 19 (k19d): the fresh file tuning19-k19d (asks in a bad moment) arrived with three: t19d-034 keeps
# 'Ik ben zo bang.' instead of the panic-attack sentence of its gold; t19d-025 and t19d-026 are practice-flow
# crisis notes that `compose` gets right (crisis_note.py) while `shrink` alone, which this table runs, does not.
# Round 19 (c19g): t19c-058 ('mijn mama komt mij halen om 14u want we moeten naar de tandarts') was the crisis
# panel (a parent fetching the child read as death coming to fetch me), so it stayed whole; now that it is no
# alarm, `shrink` drops that sentence as background and loses '14u' (12 words, over reason_after's 10). A krimp
# matter for the lead; it comes off once the reason after the ask is kept.
# Round 20 (k20a): h19-031 (polite 'ni efkes', polite_not.py) is mended; h19-043 and t19d-034 keep the
# person's own words about distress or danger (distress.py) and are no longer sure.
# Round 21 (k21c, pointing.py/lean_back.py): h19-032 ('Wilt u het …' after a kept sentence that names no free
# thing; the pakketje comes back) and h19-039 ('in de plaats' without what it replaces) are no longer sure.
FRESH_OPEN: frozenset[str] = frozenset(
    {"t18h-034", "t19c-062"}  # t19c-058 mended by k20b (fact_kept.py); t19d-025, t19d-026: k28a (crisis_own.py)
    | {"h19-042"}  # tuning-ho19, brought in round 20 (h19-039 mended in round 21, k21b: restrict.py)
    # tuning-ho21a/ho21b, brought in round 22 (the sealed heldout21 of round 21), arrived with four sure results that
    # lose a must-keep; k22d mended all four: a negated fact or the writer stuck on the task after the ask makes the
    # result not sure (h21b-013 'laatste bus rijdt niet', h21b-014 'ni uit', meant_after.py), a rule on the things
    # asked about stays with what they must do instead (h21b-027 'niet in de tuin, die moeten naar de schuur',
    # limit_after.py), and a crisis ask whose only 'moment' is a floor ('op de 4e') gets 'nu' (h21a-025, crisis_when.py).
    # (k22b also mended h21b-014: 'ik geraak er ni uit' is an honest sentence)
    # tuning-ho22a/ho22b, brought in round 23 (the sealed heldout22 of round 22), arrived with five sure results that
    # lose a must-keep or keep a must-drop: a crisis draft answered with the ready sentence while it holds a request
    # (h22a-022: the writer's own words 'mezelf iets aan te doen' are gone), an honest state after the ask (h22a-024
    # 'ik geraak niet uit mijn bed'), a negation read into the request (h22a-026 'ni naar de oogarts'), a letter's
    # signature (h22a-036), a reason that carries the request (h22b-028 'niet veilig').
    # h22a-022 mended by k28a (round 28, crisis_own.py): the lead's decision (issue 12 point 7): the ready request
    # with the writer's own heaviest sentence before it ('Ellen, ik heb zin om mezelf iets aan te doen. Kunt ge nu …').
    # k23h (round 23) mended three: the honest sentence keeps what the writer cannot do after its 'en' (h22a-024,
    # unable.py), a 'niet' after 'zoudt ge mij' goes as politeness but never sure (h22a-026, polite_not.py), and a
    # crisis result keeps the writer's identification for the practice (h22a-036, ident.py).
    # k23j (round 23) mended h22b-028: an honest state behind a lead-in phrase ('na wat er vorige keer gebeurde voel ik
    # me daar niet veilig') is the honest sentence and stays (lead_phrase.py). h22a-022 stays open: the draft holds no
    # request (its author marks it 'geen-vraag'), so the engine offers the ready crisis sentence as contract point 7 and
    # about thirty older golds of crisis drafts without a request ask (h21b-015, nearly the same wording, among them);
    # this gold keeps the writer's own words instead. Left for the lead to settle.
    # tuning-ho23a/ho23b, brought in round 24 (the sealed heldout23 of round 23), arrived with eight sure results that
    # lose a must-keep or show a meaning pattern: an honest state before the ask (h23a-002 'MS speelt weer op'), a
    # reason after it (h23a-027 'afspraak in het ziekenhuis', h23a-034 'Mijn auto staat in de garage.', h23a-047
    # 'Eerder kan ik niet komen', h23b-005 'overwhelmed'), a Flemish filler left inside the object (h23a-014 'ne keer'),
    # a learner's word order kept in a crisis draft (h23a-031 'soms ik denk'), a polite 'ni' kept in the ask (h23b-004).
    # k24z (round 24, first_sight.py, the first-sight gate) made five of them not sure: a negated clause that went
    # (h23a-047), 'ni' in the question (h23b-004), 'ne keer' left in (h23a-014), a learner's order kept (h23a-031).
    # Left sure and wrong: three reasons after the ask without a negation and an honest state before it (no general
    # shape found that does not cost more than it catches). h22a-022 stays: a crisis result is not asked what went.
    # k26g (round 26, first_sight.kept_kinds) made two more not sure: 'efkes'/'effe' kept in the result (h23a-002,
    # h23b-005, `even-vulsel`); the lost must-keep is still lost, only `zeker` is withheld.
    # k27a (round 27) mended both: a draft that is only a clean question and one short tidy statement keeps the
    # statement after the ask (fact_beside.py).
    # tuning-ho25a/ho25b, brought in round 26 (the sealed heldout25 of round 25), arrived with three sure results that
    # lose a must-keep or show a meaning pattern: a place in a sentence before the ask (h25a-023 'Purmerend'), where a
    # key lies, after the ask (h25a-026 'onder de bloempot'), and a reason kept whole whose time the gold leaves out
    # (h25b-014 'tot morgen vroeg'). k26i (round 26) cut the apology that ran on inside h25b-014's ask
    # ('… buitenzetten sorry dat het weer op u valt?', edges.apology_runs_on); k26g (round 26) made it not sure ('efkes'
    # kept, first_sight.kept_kinds). The two facts beside the ask are the kind k24f measured (README, Round 26 (k26i)).
    | {"h25a-023"}
    # k27a (round 27) mended h25a-026: a thing written without its article before a 'van' phrase ('Sleutel van de
    # schuur ligt onder de bloempot.') is where a thing lies (placed.py). h25a-023 ('We spelen uit in Purmerend.') stays:
    # a place after the ask is kept or dropped by the authors alike ('Ik ben de hele dag in Brussel.').
    # tuning-ho26a/ho26b, brought in round 27 (the sealed heldout26 of round 26), arrived with two sure results that
    # lose a must-keep, as the round-26 figures said: the name after an honest state and before the ask in a Flemish
    # chat (h26b-004 'Lien'), and which shifts are swapped, said in the sentence before the ask (h26b-008
    # 'avonddienst', 'ochtenddienst': a fact beside the ask).
    # k27a (round 27) mended both: 'ej' is a chat greeting like 'ey', so the name after it is the person addressed
    # (h26b-004), and the shift sentence after a clean ask stays (h26b-008, fact_beside.py).
    # tuning-ho27a/ho27b, brought in round 28 (the sealed heldout27 of round 27), arrived with four sure results that
    # lose a must-keep, as the round-27 figures said: an honest state before the ask (h27a-006 'vandaag gehoord dat
    # het kwaadaardig is', h27a-009 'de hele nacht gehuild', h27b-046 'overwhelmed') and a place in the sentence
    # before the ask that says why (h27a-031 'neonatologie').
    # k28a (round 28) mended all four: a sure result keeps the piece right before the ask that says how the writer is
    # (a word of hardship: 'kwaadaardig', 'gehuild', 'overwhelmed', 'neonatologie … er volledig door'), state_before.py.
    # Round 28 (k28a) probes: t28a-002 keeps 'Ik ben op.' of 'Ik ben op, echt helemaal op.' while sure (the honest
    # sentence folded to its first half; the probe's gold keeps 'helemaal op'): left open.
    | {"t28a-002"}
)
# t21r-057 (round 21 review, rv21k): 'kun jij … naar mijn fiets kijken? hij maakt een raar geluid' drops the
# pronoun sentence while sure; its gold keeps it, test_krimp_account.py's 'Kun je woensdag de printer bekijken? Hij
# doet het niet meer sinds de update.' drops the same kind and stays sure (k20b). Left for the lead to settle.
# tuning28-k28b (round 28, k28b's own probes): three sure results cut what the ask rests on right before it ('mijn
# velo is gestolen', 'mijn verwarming is uitgevallen', 'ik heb morgen een sollicitatiegesprek'); the rules keep such a
# result sure on purpose when the ask names what it needs (test_krimp_review16.py), so they stay open.
FRESH_OPEN = FRESH_OPEN | {"k28b-014", "k28b-018", "k28b-019"}
# tuning-ho29a/ho29b, brought in round 30 (the sealed heldout29 of round 29), arrived with two wrong-and-sure results, as
# the round-29 figures said: h29a-038 cuts the lonely state before the ask ('ik zit hier veel alleen') while sure, and
# h29b-006 loses the name after a Sranan greeting ('Fa waka Rayen') while sure.
FRESH_OPEN = FRESH_OPEN | {"h29a-038", "h29b-006"}
# k30b's probes (round 30), written before the engine saw them: a short fact after the ask is dropped while sure
# ('Het is uit met Bas.', 'Mijn trein komt om 18.12 aan.'): the fact-after-the-ask kind, not k30b's; left open.
FRESH_OPEN = FRESH_OPEN | {"k30b-016", "k30b-024"}
# Round 30 (k30a): 'fa waka' is a greeting now (content/nl/krimp.toml `groet`), so h29b-006 keeps 'Rayen'; 'ik zit hier
# veel alleen' is an honest sentence ([staat]), so h29a-038 keeps it. Both off the list.
FRESH_OPEN = FRESH_OPEN - {"h29a-038", "h29b-006"}
# Round 30 (k30a, appointment.py): a ride asked with no place of its own ('kun jij mij volgende week … rijden?') leans on
# the sentence before it ('… ik moet elke dag naar de revalidatie in arnhem'): put back, not sure. t19c-062 off the list.
FRESH_OPEN = FRESH_OPEN - {"t19c-062"}
# tuning31-x2 (round 31, a focused set by an outside author: the detail an ask needs, said after it) arrived with seven
# wrong-and-sure results: a time span, a count of nights, a condition, a list or a place said in a sentence after the ask
# (sometimes behind a chatty one) is dropped while sure. Round 31 (k31d, detail_after.py) mended all seven (x31b-001,
# -002, -004, -009, -014, -024, -031): the detail is kept after the ask, or the result is not sure; none stays open.
# tuning-ho31a/ho31b, brought in round 32 (the sealed heldout31 of round 31), arrived with three wrong-and-sure results, as
# the round-31 figures said: h31a-047 (crisis, unpunctuated) drops where the writer is ('in de auto bij de Van
# Brienenoordbrug'); h31b-005 drops the honest sentence before the ask ('Ik heb mijn examen verprutst.'); h31b-022 keeps
# the second of two asks in a Teams message and loses the first ('het Alliander-project aan Fatima').
FRESH_OPEN = FRESH_OPEN | {"h31a-047", "h31b-005", "h31b-022"}
# tuning32-x1 (round 32, a focused set by an outside author: which honest sentence to keep beside background) arrived
# with one wrong-and-sure result: x32a-029 drops the short state that opens the draft ('mijn rug speelt op') while sure.
FRESH_OPEN = FRESH_OPEN | {"x32a-029"}
# Round 32 (k32a): 'ik heb mijn examen verprutst' is an honest sentence ([staat]), so h31b-005 keeps it; off the list.
FRESH_OPEN = FRESH_OPEN - {"h31b-005"}
# Round 32 (k32a, merged on main): the short state that opens the draft ('mijn rug speelt op') is kept, so x32a-029 is
# no longer wrong and sure; off the list.
FRESH_OPEN = FRESH_OPEN - {"x32a-029"}
# Round 32 (k32c, and_ask.py): a later question that moves a date ('… naar donderdag verschuiven?') is the second ask, its
# days never the first's moment: h31b-022 keeps the Alliander ask (not sure: 'ik merk dat' stays). Off the list.
FRESH_OPEN = FRESH_OPEN - {"h31b-022"}
# k32f-018 (round 32, k32f's own probe, written before the engine saw it): 'kunde gij mij efkes helpen verhuizen zaterdag?
# ge moet ni komen als ge ziek zijt'. The probe's gold keeps 'ziek'; the engine reads 'ge moet ni komen' as an escape
# hatch, which BRIEF §5 drops, and was already sure on the same draft without 'efkes' (chat_even.py lifts the filler's
# doubt). The probe and the brief disagree: left for the lead to settle, not guessed.
FRESH_OPEN = FRESH_OPEN | {"k32f-018"}
# The lead settled it: 'ge moet ni komen als ge ziek zijt' lets the other off, an escape hatch that goes; the gold is
# mended and k32f-018 is off the list.
FRESH_OPEN = FRESH_OPEN - {"k32f-018"}
# heldout32a, brought in as tuning-ho32a in round 33: h32a-010 keeps the writer's own 'wilt je' (a dyslexic writer's
# verb form; the gold and the meaning pattern ask for 'wil je'), sure. Open for round 33.
FRESH_OPEN = FRESH_OPEN | {"h32a-010"}
# heldout33a/b, brought in as tuning-ho33a/b in round 34, arrived with two wrong-and-sure results, as the round-33 figures
# said: h33a-043 drops the shift swap's detail after the ask ('jesse doet mijn avonddienst en ik zijn ochtend dienst'),
# h33b-028 drops the reason before the ask ('Ik moet vroeg naar het ziekenhuis.'); both sure. Open for round 34.
FRESH_OPEN = FRESH_OPEN | {"h33a-043", "h33b-028"}
# tuning-ho34a/ho34b, brought in round 35 (the sealed heldout34 of round 34), arrived with two wrong-and-sure results, as
# the round-34 figures said, both in 34b: h34b-001 drops the fact after the ask that answers the parent's worry ('haar
# moeder is gewoon thuis hoor') while sure; h34b-004 drops the name after 'Dag' ('Dag Lieve': a name that is also the
# word for 'dear') and the day the ask rests on ('Den donderdag zou ik dan thuis blijven') while sure.
FRESH_OPEN = FRESH_OPEN | {"h34b-001", "h34b-004"}
# Round 35 (k35c, greet_name.py/names.word_name): 'Dag Lieve,' keeps the name now; h34b-004 stays on the list for the
# day it still drops while sure ('Den donderdag zou ik dan thuis blijven').
# tuning-ho35a/ho35b, brought in round 36 (the sealed heldout35 of round 35), arrived with four wrong-and-sure results,
# as the round-35 figures said: h35a-024 drops the reason the day off is asked for ('Mijn zus studeert die dag af.');
# h35a-026 (crisis) turns the writer's own plea 'Kom alstublieft' into 'Kom nu.'; h35a-036 reads the '!' of a merge
# request's number ('!312') as the end of a sentence and writes ',312'; h35b-015 drops the honest state before the ask
# ("'k Zitte vol"). All sure. Open for round 36.
FRESH_OPEN = FRESH_OPEN | {"h35a-024", "h35a-026", "h35a-036", "h35b-015"}
# h35a-026 is a crisis draft: the crisis test (every must-keep kept) wants it on CRISIS_OPEN too, set below.
# tuning-ho36a/ho36b, brought in round 37 (the sealed heldout36 of round 36), arrived with two wrong-and-sure results,
# as the round-36 figures said (both 36b): h36b-004 drops the condition 'als je zondag komt' (the ask is only for
# when Sytske comes anyway); h36b-021 drops the reason 'mijn fiets is gestolen' said before the ask. Open for round 37.
FRESH_OPEN = FRESH_OPEN | {"h36b-004", "h36b-021"}
# tuning36-z (round 36's krimp probe z36, brought in round 37) arrived with one wrong-and-sure result still open:
# z36-027 keeps the honest state 'Ik ben echt kapot.' but drops why ('Ik heb een dubbele dienst'), sure.
FRESH_OPEN = FRESH_OPEN | {"z36-027"}
# tuning-ho37a/ho37b, brought in round 38 (the sealed heldout37 of round 37), arrived with two wrong-and-sure results, as
# the round-37 figures said (both 37b): h37b-029 drops the name that opens the request ('Gert Van den Bossche, kunt ge …');
# h37b-030 (crisis) shortens the writer's own 'ik wil gewoon niet meer' to 'ik wil niet meer'. tuning37-p (round 37's
# krimp probe, brought in round 38) arrived with one: p37-017 drops the reason the lift is asked for ('Ik mag nie zelf
# rijden'). All sure. Open for round 38.
FRESH_OPEN = FRESH_OPEN | {"h37b-029", "h37b-030", "p37-017"}
# tuning-ho38a/ho38b, brought in round 39 (the sealed heldout38 of round 38), arrived with one wrong-and-sure result, as
# the round-38 figures said (38a): h38a-039 drops why the parcel is asked for ('Ik ben de hele dag op taalschool.').
# tuning38-p (round 38's krimp probe, brought in round 39) arrived with one: p38-021 (crisis) keeps 'ik wil er niet meer
# zijn' but drops the writer's own 'ik kan niet meer' said before it. Both sure. Open for round 39.
FRESH_OPEN = FRESH_OPEN | {"h38a-039", "p38-021"}
# Round 39 (k39a): where the writer is instead, said right after the ask and dropped, is never sure (self_away.py, the
# outside golds split on it: h38a-039 not sure); a crisis draft without a request keeps the writer's short heavy
# sentences before the heaviest ('ik kan niet meer', crisis_heavy.short_before), and 'u' to a friend by first name
# gets 'Kunt ge nu bij me zijn?' (crisis_register.py): p38-021 keeps it. Both off the list.
FRESH_OPEN = FRESH_OPEN - {"h38a-039", "p38-021"}
# tuning-ho39a/ho39b, brought in round 40 (the sealed heldout39 of round 39), arrived with no wrong-and-sure result, as
# the round-39 figures said. tuning39-p (round 39's krimp probe, brought in round 40) arrived with one: p39-038 (crisis,
# unpunctuated lines without 'ik': 'ik trek dit echt niet meer man / wil er gewoon niet meer zijn') is offered sure as
# 'Sander, ik trek dit echt niet meer man. Wil er niet meer zijn?': the writer's subjectless wish read as a question
# to the reader, and no 'nu'. Mended by k40a (round 40): 'er' with a negation after it is no subject (verbs.py,
# usable.py), and a bare chat call at a line end ('... niet meer man') is no subject for the crisis check
# (crisis.audience.chat_address): the ready ask with the writer's words, 'nu' in it. Off the list.
# tuning40-f (round 40, a focused set by an outside author: what carries the meaning is said outside the ask) arrived with
# two wrong-and-sure results: f40-030 keeps 'Het begint om 14u in het Kursaal' and drops the clause joined to it, 'ik moet
# er een half uur vroeger zijn'; f40-036 keeps the ask's 'dan' ('Kun jij Fleur dan … opvangen?') and drops the sentence it
# points back at ('Het kinderdagverblijf is de hele week dicht …'). Both sure. Open for round 40.
FRESH_OPEN = FRESH_OPEN | {"f40-030", "f40-036"}
# Round 40 (k40c): an amount said in words beside the ask ('een half uur'), cut from a sentence kept in part, counts as a
# figure for need_beside.py (spelled_amount.py: f40-030 not sure); the ask's bare 'dan' leans on the situation said right
# before it, dropped: not sure, put back in the offer (lean_back.situation: f40-036). Both off the list.
FRESH_OPEN = FRESH_OPEN - {"f40-030", "f40-036"}
# heldout40a/b and probe40-kp (round 40's sealed krimp sets and krimp probe, brought in round 41) arrived with five
# wrong-and-sure results, each a must-keep lost while sure: h40a-020 drops 'zondag late dienst' (what is offered in
# exchange); p40-003 'de dokter', p40-004 'examen', p40-032 'dyslexie' (the reason said beside the ask), p40-054
# 'meerijden tot aan de campus' (the ask itself rewritten). Open for round 41.
FRESH_OPEN = FRESH_OPEN | {"h40a-020", "p40-003", "p40-004", "p40-032", "p40-054"}
# Round 41 (k41a): h40a-020 keeps what the writer gives in exchange right after the ask (exchange.py); p40-003 keeps
# 'de dokter' (a person typed as 'de assistente van dokter Bakker' is the assistant, reported.py/direct.py); p40-004,
# p40-032 are not sure when a reason beside the ask went ('weg-reden', reason_beside.py), p40-054 when the next question
# leans on the chosen one with 'dan' ('dan-vraag', then_ask.py). Off the list.
FRESH_OPEN = FRESH_OPEN - {"h40a-020", "p40-003", "p40-004", "p40-032", "p40-054"}
# heldout41a/b and probe41-kp (round 41's sealed krimp sets and krimp probe, brought in round 42) arrived with one
# wrong-and-sure result: h41a-050 drops 'Donderdag is de winkel dicht' (the reason beside a request to move a
# delivery, said as a plain fact). Open for round 42.
FRESH_OPEN = FRESH_OPEN | {"h41a-050"}
# Round 42 (k42a): what the ask depends on is out, said as a plain fact right after the ask (a place closed, an event
# called off, a thing broken, someone ill or away), is never dropped while sure ('weg-reden', reason_beside.py). Off the
# list.
FRESH_OPEN = FRESH_OPEN - {"h41a-050"}
# heldout42a/b and probe42-kp (round 42's sealed krimp sets and krimp probe, brought in round 43) arrived with one
# wrong-and-sure result, as the round-42 figures said: h42b-004 reads the Flemish 'ma' ('maar') in 'ma zoudt ge
# woensdag …' as the person addressed ('Ma, kunt ge …') and drops the name the draft opens with ('Ciao Giulia!'), sure.
# Open for round 43.
FRESH_OPEN = FRESH_OPEN | {"h42b-004"}
# Round 43 (k43b): a lone Flemish 'ma' with nothing between it and a verb or a pronoun, after a word or a comma inside
# its sentence, is 'maar' (line_name.but_or_mother; 'Ma, kunt ge …' and 'hey ma kunt ge …' stay the mother, 'ma kan
# jij …' at the start of a sentence is either: never sure); 'ciao' opens a message as a greeting, so 'Giulia' is the
# person addressed. Off the list.
FRESH_OPEN = FRESH_OPEN - {"h42b-004"}
# heldout43a/b and probe43-kp (round 43's sealed krimp sets and krimp probe, brought in round 44) arrived with two
# wrong-and-sure results, as the round-43 figures said, each a must-keep lost while sure: h43a-042 drops the fact the
# ask rests on ('Lotte heeft een notenallergie', said before a request to a parents' group); h43b-046 drops the
# condition 'als ge morgen langs de brico rijdt' before a list. Open for round 44.
FRESH_OPEN = FRESH_OPEN | {"h43a-042", "h43b-046"}
# Round 44 (k44a): a fact about a named person said right before the ask ('Lotte heeft een notenallergie.') is never
# dropped while sure, and a one-clause one goes back in front of the not-sure offer (named_fact.py); a condition on the
# reader that opens the ask's sentence ('als ge morgen langs de brico rijdt, kunde …') is never dropped while sure and
# goes back in front of the not-sure offer (fronted_if.py). Both off the list.
FRESH_OPEN = FRESH_OPEN - {"h43a-042", "h43b-046"}
# heldout44a/b and probe44-kp (round 44's sealed krimp sets and krimp probe, brought in round 45) arrived with four
# wrong-and-sure results, as the round-44 figures said: h44a-017 drops the writer's state the ask rests on ('rug
# verrekt'); h44b-014 drops what the leave is taken from ('van mijn overuren'); p44-048 drops 'in de lammertijd in
# maart' beside 'zondag na de mis'; p44-040 (a practice ask, moment 'zaterdag', the draft in the third person 'of ze
# … kan') says 'kun je' where the Flemish author's pattern wants 'kunt ge', and puts 'zaterdag' beside 'de volgende
# keer'. Open for round 45.
FRESH_OPEN = FRESH_OPEN | {"h44a-017", "h44b-014", "p44-040", "p44-048"}
# Round 45 (k45a), mended as kinds: the writer's own body hurt, said bare, is the state the ask rests on (states.hurt:
# h44a-017 keeps 'heb mijn rug verrekt', sure); a sentence right after the ask that says what the asked thing is taken
# from stays (fact_kept._covered: h44b-014 keeps 'Ik neem ze van mijn overuren.', not sure); a typed practice moment
# is never put beside the ask's own time that is no day (day_clash.own_time: p44-040 'de volgende keer', p44-048 'in
# maart' keep their own, not sure; p44-040's 'kun je' for a Flemish author with no Flemish word stays, not sure).
FRESH_OPEN = FRESH_OPEN - {"h44a-017", "h44b-014", "p44-040", "p44-048"}
# heldout45a/b and probe45-kp (round 45's sealed krimp sets and krimp probe, brought in round 46) arrived with six
# wrong-and-sure results, as the round-45 figures said: h45a-018 drops the state of the thing the ask is about ('start
# niet meer op'); p45-040 (crisis) drops the name 'Errol' and 'niet goed met je vader'; p45-041 says 'kun je' where the
# draft's own form is wanted; p45-047 drops the reason said beside the ask ('Ik moet met Wout naar de spoed.');
# p45-051 drops the name 'Pieter' for 'Collega'; p45-060 drops 'voor het avondeten'. Open for round 46.
FRESH_OPEN = FRESH_OPEN | {"h45a-018", "p45-040", "p45-041", "p45-047", "p45-051", "p45-060"}
# Round 46 (k46a), mended as kinds: 'waarde' and other formal salutation words are greetings (krimp.toml `groet`:
# p45-051 names 'Pieter'); an official or a service typed as the person asked gets 'u' (krimp.toml [gemeld] `formeel`:
# p45-041 'de wijkagent'). Off the list. Still open: h45a-018, p45-047, p45-060 (the one short statement after a clean
# ask, dropped while sure: a rule that withheld `zeker` there broke some fifty older tests whose authors drop such a
# statement, README "Round 46 (k46a)"); p45-040 (the crisis result keeps 'Errol' now, still drops 'Het is niet goed
# met je vader.').
FRESH_OPEN = FRESH_OPEN - {"p45-041", "p45-051"}
# tuning-ho46a/ho46b (heldout46a/b) and tuning46-p (probe46-kp), brought in round 47, arrived with four
# wrong-and-sure results, each a statement beside a clean ask that the golds keep and the sure result drops:
# h46a-006 ('Douwe ligt plat met griep', the reason the ask is needed), h46a-010 ('Het wordt zaterdag nat.', why
# Friday), h46a-025 ('hij heeft al ja gezegd' after the swap asked), h46b-022 ('het kalf ligt verkeerd', why the vet
# must come today). No crisis draft of the three files loses the writer's own words. Open for round 47.
FRESH_OPEN = FRESH_OPEN | {"h46a-006", "h46a-010", "h46a-025", "h46b-022"}
# Round 47 (k47a, the lead's decision: side with the outside authors): the one short statement after a clean ask stays
# in a sure result (lone_statement.kept: h45a-018 'Hij start niet meer op.', p45-047, p45-060, h46a-010 'Het wordt
# zaterdag nat.', h46b-022 'Ze kalft en het kalf ligt verkeerd.'), and a sure result that drops a statement right after
# the only question in a shape the outside golds split on is not sure (lone_statement.lost, `weg-na`: h46a-025's chat
# 'hij heeft al ja gezegd', h46a-006's 'Douwe ligt plat met griep.' in a padded draft; k30b-016 'Het is uit met Bas.').
# Off the list.
FRESH_OPEN = FRESH_OPEN - {"h45a-018", "p45-047", "p45-060", "h46a-006", "h46a-010", "h46a-025", "h46b-022", "k30b-016"}
# tuning-ho47a/ho47b (heldout47a/b) and tuning47-p (probe47-kp), brought in round 48, arrived with five
# wrong-and-sure results, as the round-47 figures said (three in 47a, two in p47): h47a-024 drops the writer's
# 'eerlijk gezegd' from the honest sentence the gold keeps whole ('Ik zit er eerlijk gezegd helemaal door.'); h47a-039
# drops the place ('halte Zuidplein') said in a sentence of its own; h47a-048 drops the fact the gold keeps beside the
# ask ('je hoeft niks te betalen'); p47-060 keeps one ask of an urgent farm message and drops what it is about ('koeien',
# the road, the crossing); p47-038 (crisis) keeps 'ik kan niet meer' and drops the writer's own 'ik weet niet meer waarom
# ik nog doorga' (a sentence the crisis check reads as zorg only, so crisis_heavy does not put it back). Open for
# round 48.
FRESH_OPEN = FRESH_OPEN | {"h47a-024", "h47a-039", "h47a-048", "p47-038", "p47-060"}
# Round 48 (k48c, crisis_every.py): a crisis result puts back every clause of the draft with a signal of the crisis
# check of either level (or a dangerous place) that it dropped, in the writer's order, and is never sure while one is
# still gone; p47-038 keeps 'Ik weet niet meer waarom ik nog doorga.', off the list. h47a-024 stays open: over the
# outside golds a kept state loses 'eerlijk gezegd' in 60 gold sentences and keeps it in 9 (7 drafts; README round 48).
FRESH_OPEN = FRESH_OPEN - {"p47-038"}
# Round 48 (k48a, detail_beside.py on): the sentence right after the ask that points back at the asked thing stays,
# so t21r-057 keeps 'hij maakt een raar geluid'; off the list.
# tuning-ho48a/ho48b and tuning48-p (round 48's sealed krimp sets and krimp probe, brought in round 49) arrived with three
# wrong-and-sure results, as the round-48 figures said: h48a-031 drops why the children must be fetched ('afspraak in het
# ziekenhuis'); h48a-037 drops the name the draft opens with ('Lieve'); p48-008 breaks the condition of the ask into
# nonsense ('tot die tijd nietsen aan de wachtrij verandert'). All sure. Open for round 49.
FRESH_OPEN = FRESH_OPEN | {"h48a-031", "h48a-037", "p48-008"}
# Round 49 (lead, doubt_names._greeted_name_lost): a capitalised name right after the opening greeting or a family word
# that is also a word ('Lieve') or unknown, missing from the result, makes it not sure; h48a-037 off the list.
FRESH_OPEN = FRESH_OPEN - {"h48a-037"}
# Round 49 (k49b): p48-008 is no longer sure: 'niets' is no verb of 'jij' (finite.py, cluster.main_verb), so the frame's
# clause turns at 'verandert', and a moment is never put beside 'tot die tijd' (assemble.pull_moment, 'tijdwijzer').
FRESH_OPEN = FRESH_OPEN - {"p48-008"}
# tuning-ho49a/ho49b and tuning49-p (round 49's sealed krimp sets and krimp probe, brought in round 50) arrived with two
# wrong-and-sure results, both in the probe, as the round-49 figures said: p49-035 drops when the loan is paid back
# ('terug tegen de zomer'); p49-047 drops why the neighbour is asked ('rug is zo slecht'). Both sure. Open for round 50.
FRESH_OPEN = FRESH_OPEN | {"p49-035", "p49-047"}
# Round 50 (k50a, comma_beside.py): the first clause after a comma behind the ask, a fact the engine read as story, is put
# back as a sentence of its own after the question ('Ik betaal het terug tegen de zomer.', 'Mijn rug is zo slecht.'),
# not sure unless plainly a fact; shame with no object beside a loan is about the asking (loan_shame.py). Both off.
FRESH_OPEN = FRESH_OPEN - {"p49-035", "p49-047"}
# tuning50-p (probe p50, brought in round 51) arrived with one wrong-and-sure result, as round 50's figures said: p50-060
# drops the honest sentence before the ask ('de avonden zijn zwaar zonder Truus') while sure. Open for round 51.
FRESH_OPEN = FRESH_OPEN | {"p50-060"}
# Round 51 (k51b): a time of the week that weighs since someone is gone ('de avonden zijn zwaar zonder Truus', 'de
# zondagen zijn zwaar sinds …') is an honest sentence ([staat]), so p50-060 keeps it; off the list.
FRESH_OPEN = FRESH_OPEN - {"p50-060"}
# tuning51-p (probe p51, brought in round 52) arrived with one wrong-and-sure result, as round 51's figures said: p51-022,
# a crisis draft, drops the writer's own words about how bad it is ('het gaat helemaal mis in mijn hoofd') while sure.
# Open for round 52.
FRESH_OPEN = FRESH_OPEN | {"p51-022"}
# Round 52 (k52c): the writer's own word on how they are, in the clause right before the heaviest one, stays with it
# (crisis_own.stated); p51-022 keeps 'het gaat helemaal mis in mijn hoofd' and is off the list.
FRESH_OPEN = FRESH_OPEN - {"p51-022"}
# Round 53 (lead, bring-in of heldout52b): sure and loses the writer's reason 'ik ben hem vergeten' (the gold keeps it).
FRESH_OPEN = FRESH_OPEN | {"h52b-040"}
# Round 53 (k53a, comma_beside._runon): a chat line without marks keeps what went missing after the ask as a sentence of
# its own ('… brengen? Ik ben hem vergeten.'), not sure; h52b-040 is word for word its gold and off the list.
FRESH_OPEN = FRESH_OPEN - {"h52b-040"}
# Round 54 (lead, bring-in of heldout53 and p53): the two wrong-and-sure results of round 53's sealed sets, as they
# arrived. h53a-033 (practice flow) drops 'een keer' as vague from 'mag ik een keer meekijken', a must-keep of its gold;
# p53-035 (practice flow, formal Flemish 'u') drops the sentence after the ask, 'het druppelt al drie weken', while sure.
FRESH_OPEN = FRESH_OPEN | {"h53a-033", "p53-035"}
# Round 54 (k54a), mended as kinds: 'een keer' dropped as vague from an ask that names no moment of its own is not sure
# (some_time.py, `keer-weg`: the outside golds split on it there, and keep it more often than they drop it): h53a-033;
# how long the trouble has lasted, said right after the ask ('al drie weken') and dropped, is not sure
# (lasting_after.py, `duur-al-weg`): p53-035. Both offers as before, not sure. Off the list.
FRESH_OPEN = FRESH_OPEN - {"h53a-033", "p53-035"}
# k54a's own draft k54a-010 ('hoi sanne, kun je morgen … halen? mijn auto staat bij de garage. sorry …'), written before
# the rules: sure, drops the lower-case statement after the ask that its gold keeps. Reading such a statement as careful
# (lone_statement.lost's `weg-na` for a writer of no capitals) was tried and taken out: on the outside files it mends no
# wrong-and-sure result but p53-035 (which lasting_after.py already mends) and withholds `zeker` from some thirty
# acceptable ones whose golds drop the statement (README "Round 54 (k54a)"). Open.
FRESH_OPEN = FRESH_OPEN | {"k54a-010"}
# Round 55 bring-in: heldout54's one result wrong and sure as it arrived (h54b-014: 'ayo Gio mi bro 🙏🏾 …' — the
# name after a greeting the engine does not know, 'ayo', is dropped with it while sure). Open.
FRESH_OPEN = FRESH_OPEN | {"h54b-014"}
# Round 55 (k55a, greet_unknown.py), mended as a kind: a lower-case word the engine does not know, opening the message
# right before a name that is closed by a mark, an emoji, a nickname ('mi bro'), a how-are-you or the ask, is a greeting
# ('ayo', 'wazzup', 'siema'); a name after the opening greetings that the result loses, or an unknown first word left
# in front of it ('Hewa Ravi, …'), is not sure (`weg-naam-groet`). h54b-014 keeps 'Gio' ('Gio, mag ik zaterdag …',
# its gold word for word). Off the list.
FRESH_OPEN = FRESH_OPEN - {"h54b-014"}
# Round 56 bring-in: heldout55's one result wrong and sure as it arrived (h55a-039: 'Mia … als ge dinsdag naar de
# markt gaat zoudt ge dan voor mij twee pond tomaten … meebrengen' — the condition 'als ge … naar de markt gaat' is
# cut to its moment 'dinsdag' while sure). Open.
FRESH_OPEN = FRESH_OPEN | {"h55a-039"}
# Round 56 (k56b, cond_mid.py), mended as a kind: a condition on the reader said right before the ask's verb in the middle
# of its sentence (after 'maar', a comma, a state, or in an unpunctuated run-on: '… maar als ge dinsdag naar de markt
# gaat zoudt ge …', 'wanneer ge deze week bij papa langsgaat, kunt ge …') that the result cuts, to its moment or whole,
# makes it not sure (`weg-voorwaarde-midden`), and the offer puts it back in front of the ask as typed; a hatch in that
# place ('als je tijd hebt', 'mocht u de gelegenheid hebben') still goes. h55a-039 gives its second gold. Off the list.
FRESH_OPEN = FRESH_OPEN - {"h55a-039"}
# Round 57's bring-in of round 56's probe (tuning56-p): p56-056 wrong and sure as it arrived (the probe's one sure
# result that loses a must-keep at the end of round 56). Open.
FRESH_OPEN = FRESH_OPEN | {"p56-056"}
# Round 57 (k57c, crisis_joined.py): where the writer is, said before the acute words in the same sentence ('Ik ben alleen
# in mijn kamer en ik wil niet meer leven.'), was judged with the sentence as a whole and counted as said; the clause of
# now goes back in front of the shown clause, as typed, or the result is not sure. p56-056 off the list.
FRESH_OPEN = FRESH_OPEN - {"p56-056"}
# Round 57 (k57c): the own drafts (tuning57-k57c.toml) hold one sure result that drops the writer's reason after the ask
# where the own gold keeps it ('Het is voor de verjaardag van mijn oma, ze wordt negentig.'); the outside golds split
# on such 'het is voor …' sentences (README "Round 57 (k57c)"), so no rule: known, listed so the file is tested whole.
FRESH_OPEN = FRESH_OPEN | {"k57c-005"}
# Round 57 (k57c, beside_keep.py): a sentence right beside the ask that says where a thing or the writer stands now
# ('mijn bus staat met pech bij halte Zuidplein', 'koeien … staan op de baan naar Retie', 'mijn auto staat bij de garage'),
# dropped, makes the result not sure (`weg-plaats`), and the not-sure offer puts it back where it stood: h47a-039,
# p47-060 and k54a-010 keep it. Off the list.
FRESH_OPEN = FRESH_OPEN - {"h47a-039", "p47-060", "k54a-010"}
KNOWN_OPEN: frozenset[str] = frozenset({"t7f-005", "t8g-053", "y1-012"}) | FRESH_OPEN
# d-108 (round 18, c18a, then k18h): the name 'eva' that opens the second line without a comma is found now
# (line_name.py), off the list.
# h26a-029 (tuning-ho26a, brought in round 27): the crisis result keeps 'ik zie het niet meer zitten' and drops the
# writer's own 'wil ik eigenlijk ook niet meer leven' (not sure, but lighter than the draft). Mended by k27a (round 27):
# every acute sentence of the draft whose acute signals the result lost is put back (crisis_heavy.py).
CRISIS_OPEN = frozenset({"v5e-055", "t10m-006"})  # t19d-017: round-19 merges; h21a-025: k22d
# t19d-025, t19d-026, h22a-022 mended by k28a (round 28, crisis_own.py): a bare task before the crisis words is asked
# with the writer's words after it; a draft without a request keeps the writer's heaviest sentence before the ready ask.
# tuning-ho24a/ho24b, brought in round 25 (the sealed heldout24 of round 24), arrived with no wrong-and-sure result (the
# first-sight gate of round 24 withheld `zeker` from both) and one crisis result that loses a must-keep: h24b-007 (not
# sure) drops the lower-case address 'mevrouw' at the end of the draft's opening sentence.
CRISIS_OPEN = CRISIS_OPEN | {"h24b-007"}
# tuning-ho28a/ho28b, brought in round 29 (the sealed heldout28 of round 28), arrived with no wrong-and-sure result and
# one crisis result that loses a must-keep: h28a-017 (not sure) keeps 'Kan ik nu met dokter praten?', and its golds
# join the doctor's name from the sentence before ('patiënt van dokter Bakker') into the ask.
CRISIS_OPEN = CRISIS_OPEN | {"h28a-017"}
# h29b-034 (tuning-ho29b, brought in round 30): the crisis result keeps the writer's words and the address but drops
# the name 'Tante Lucia' that opens a Sranan plea ('Tante Lucia mi e begi yu').
CRISIS_OPEN = CRISIS_OPEN | {"h29b-034"}
# Round 30 (k30a, messy_open.py): a title and a name before a Sranan plea ('Tante Lucia mi e begi yu, …') is the one
# addressed; h29b-034 keeps 'Tante Lucia', off the list.
CRISIS_OPEN = CRISIS_OPEN - {"h29b-034"}
# h31a-047 (tuning-ho31a, brought in round 32): the crisis result keeps the writer's words but drops where they are
# ('in de auto bij de Van Brienenoordbrug'), a place a helper needs.
CRISIS_OPEN = CRISIS_OPEN | {"h31a-047"}
# Round 32 (k32b, crisis_place.py): where the writer is in a crisis draft ('ik zit in de auto bij de Van
# Brienenoordbrug') is a must-keep and goes back before the ask; h31a-047 keeps it, off both lists.
CRISIS_OPEN = CRISIS_OPEN - {"h31a-047"}
FRESH_OPEN = FRESH_OPEN - {"h31a-047"}
# own-022 (round 42, k42b, own.toml): a crisis draft without a request keeps its heaviest sentence and the number
# (crisis_facts.py) but drops 'ik ben er klaar mee' said after it (a hint-level signal only; the golds of the 8 such
# short sentences in the corpus drop 7): open.
CRISIS_OPEN = CRISIS_OPEN | {"own-022"}
# k32b-024 (tuning32-k32b, round 32 probes): 'Kanka kun je me 20 euro lenen tot vrijdag? Ik krijg dan mijn loon' is
# offered sure as 'Kun je me 20 euro lenen tot vrijdag?': the sentence after the ask that says how the money comes back
# ('dan' = that Friday) goes. It went on main as well (with 'Kanka,' left); not mended in round 32.
FRESH_OPEN = FRESH_OPEN | {"k32b-024"}
KNOWN_OPEN = KNOWN_OPEN - {"h31a-047"} | {"k32b-024"}
# h35a-026 (tuning-ho35a, brought in round 36): the crisis result writes 'Kom nu.' for the writer's own plea 'Kom
# alstublieft' (a must-keep), sure. Open for round 36 (on FRESH_OPEN above as well).
# h35b-016 (tuning-ho35b, round 36, not sure): the Limburgish ask 'Kins se nu nao mich thoes komme?' is not read as
# the request, so the crisis result offers the ready 'Kun je nu bij me zijn?' and loses 'nao mich thoes komme'.
CRISIS_OPEN = CRISIS_OPEN | {"h35a-026", "h35b-016"}
# Round 33 (k33a, verb_form.py): 'wilt je' / 'kunt jij' that open the ask become 'wil je' / 'kun jij' in the last tidy
# ('wilt u', 'kunt ge', 'jij kunt je …' stay); h32a-010 offers 'Ans, wil je …?', off the list.
FRESH_OPEN = FRESH_OPEN - {"h32a-010"}
KNOWN_OPEN = KNOWN_OPEN - {"h32a-010"}
# tuning34-z2 (round 34, a focused set by an outside author: padding in every register) arrived with two wrong-and-sure
# results, both the fact said after a clean ask dropped while sure ('Mijn fiets is gestolen.', 'Ik moet werken tot
# vijf.'): the fact-beside-the-ask kind (k34a's), not k34b's padding. Open.
FRESH_OPEN = FRESH_OPEN | {"z2-007", "z2-014"}
KNOWN_OPEN = KNOWN_OPEN | {"z2-007", "z2-014"}

# Round 34 (k34a, need_beside.py): the terms of a swap typed on after the ask ('hij doet mijn avonddienst en ik zijn
# ochtend dienst') and the writer's appointment that explains the ask's clock time ('Ik moet vroeg naar het
# ziekenhuis.') are kept after the ask; the arrival time after an ask to fetch ('Mijn trein komt om 18.12 aan.') too;
# a figure dropped right beside the ask ('het is hier 12 graden') withholds `zeker`; where the writer put the thing
# ('Ik heb ze in de gedeelde map gezet.', h19-042) is kept. Off the list.
FRESH_OPEN = FRESH_OPEN - {"h33a-043", "h33b-028", "k28b-018", "k30b-024", "h19-042"}
KNOWN_OPEN = KNOWN_OPEN - {"h33a-043", "h33b-028", "k28b-018", "k30b-024", "h19-042"}

# Round 34 (k34d, second_ask.py): a draft whose second request the engine could not shrink cleanly is not sure;
# h19-042 (a second 'Wie neemt er volgende week maandag de stand-up over?' beside the ask) is no longer sure.
FRESH_OPEN = FRESH_OPEN - {"h19-042"}
KNOWN_OPEN = KNOWN_OPEN - {"h19-042"}

# Round 35 (k35b, beside_ask.py): the answer to the parent's worry after a permission ask ('haar moeder is gewoon thuis
# hoor') is kept after the ask; h34b-001 keeps it, sure. Off the list.
FRESH_OPEN = FRESH_OPEN - {"h34b-001"}
KNOWN_OPEN = KNOWN_OPEN - {"h34b-001"}

# Round 36 (k36a): h35a-036 keeps 'merge request !312' (a '!' or '?' that opens a code is no sentence end, tokens.py);
# h35b-015 keeps "'k Zitte vol" ("'k zitte" is read 'ik zit', first_person.py; 'kunde gie' is written 'kunt gie');
# h35a-026 keeps 'Kom alstublieft' ('Kom alstublieft nu.', plea.py); h35a-024 and k32b-024 (a statement after the ask
# that points back at its moment, 'die dag', 'dan', dropped) and h34b-004 (the day after 'dan') are no longer sure
# (points_back.py: the golds do not agree on keeping it, so the drop is said). Off the lists.
FRESH_OPEN = FRESH_OPEN - {"h35a-024", "h35a-026", "h35a-036", "h35b-015", "k32b-024", "h34b-004"}
KNOWN_OPEN = KNOWN_OPEN - {"h35a-024", "h35a-026", "h35a-036", "h35b-015", "k32b-024", "h34b-004"}
# Round 36 (k36a): both crisis drafts keep every must-keep now: h35a-026 'Kom alstublieft nu.' (plea.py), h35b-016 'Kins
# se nu nao mich thoes komme?' ('kins se' read 'kun je', first_person.py). Off CRISIS_OPEN.
CRISIS_OPEN = CRISIS_OPEN - {"h35a-026", "h35b-016"}
# Round 37 (k37a): h36b-004 keeps 'als je zondag komt' (a visit said inside the ask stays whole, occasion.py); h36b-021
# splits the Flemish 'mo' off the burden talk and no longer drops 'mijn fiets is gestolen' while sure: what broke or went,
# right before the ask, is put back in front of the not-sure offer (rests_on.py; t18h-034 'de wc loopt over' and
# k28b-014 'mijn velo is gestolen' too, acceptable now); z36-027 is not sure when the cause joined to the kept state
# ('Ik heb een dubbele dienst en …') goes (state_cause.py); z2-007 keeps 'Mijn fiets is gestolen.' after the clean ask
# (fact_beside.py, a copula allowed) and z2-014 is not sure when the writer's work after it goes (fact_beside.lost).
FRESH_OPEN = FRESH_OPEN - {"h36b-004", "h36b-021", "z36-027", "z2-007", "z2-014", "t18h-034", "k28b-014"}
KNOWN_OPEN = KNOWN_OPEN - {"h36b-004", "h36b-021", "z36-027", "z2-007", "z2-014", "t18h-034", "k28b-014"}
# h37b-030 (tuning-ho37b, brought in round 38) is a crisis draft: 'ik wil gewoon niet meer' loses 'gewoon'; CRISIS_OPEN too.
# p37-040 (tuning37-p, crisis, not sure) keeps the pills and the name but drops 'het gaat echt helemaal niet'.
CRISIS_OPEN = CRISIS_OPEN | {"h37b-030", "p37-040"}
# Round 38 (k38a, crisis_own.py): the writer's own 'gewoon', 'echt' stay in their crisis words (only the hedges
# 'eigenlijk', 'misschien' go), and a short 'het gaat … niet' of their own stays beside the means; h37b-030 and p37-040
# keep all, off the lists.
FRESH_OPEN = FRESH_OPEN - {"h37b-030"}
KNOWN_OPEN = KNOWN_OPEN - {"h37b-030"}
CRISIS_OPEN = CRISIS_OPEN - {"h37b-030", "p37-040"}
# Round 38 (k38a, self_named.py): a full name the writer introduces themself by and names nowhere else ('hier is Gert
# Van den Bossche'), dropped: not sure (the golds split on keeping it); h37b-029 off the list.
FRESH_OPEN = FRESH_OPEN - {"h37b-029"}
KNOWN_OPEN = KNOWN_OPEN - {"h37b-029"}
# Round 38 (k38a, self_unable.py): what the writer cannot do themself, said right after the ask ('Ik mag nie zelf rijden
# achteraf met die druppels'), dropped: not sure, and the offer puts it back after a ride asked for; p37-017 off the list.
FRESH_OPEN = FRESH_OPEN - {"p37-017"}
KNOWN_OPEN = KNOWN_OPEN - {"p37-017"}
# Round 46 (k46c): a crisis result that leaves out a name the draft addresses is never sure (crisis_name.lost); p45-040
# ('Mijn zoon Errol. …') is no longer wrong and sure, off this list; it stays on CRISIS_OPEN (the name is still lost).
KNOWN_OPEN = KNOWN_OPEN - {"p45-040"}
# k46a's kin_name named Errol and made p45-040 sure again; the round's second review took that reading out ('Mijn
# zoon Errol.' names no one and is never sure, kin_name.topic), so p45-040 stays off this list.
# p38-021 (tuning38-p, brought in round 39) is a crisis draft: the writer's own 'ik kan niet meer' goes; CRISIS_OPEN too.
CRISIS_OPEN = CRISIS_OPEN | {"p38-021"}
# Round 39 (k39a, crisis_heavy.short_before): p38-021 keeps 'ik kan niet meer' before 'Ik wil er niet meer zijn.', off.
CRISIS_OPEN = CRISIS_OPEN - {"p38-021"}
# h39b-025 (tuning-ho39b, brought in round 40, no request in the draft) offers the ready 'Stijn, het gaat niet goed met
# me. Kun je nu bij me zijn?' and loses the writer's own 'ik wil gewoon dat het stopt'. Mended by k40a (round 40): a
# draft acute only as a whole keeps its last heavy sentence before the ready ask (crisis_heavy.last_heavy). Off the list.
# h40a-049 (tuning-ho40a, brought in round 41, a crisis draft with a request) keeps the writer's heavy words and the ask
# but drops 'al is het maar een half uur' (an amount that belongs to the ask). Open for round 41.
CRISIS_OPEN = CRISIS_OPEN | {"h40a-049"}
# h40b-046 (tuning-ho40b, same) keeps 'Ik zit op het dak van.': the initial in 'Hugo R. Kruytgebouw' is read as the end
# of the sentence, so the place is cut in half. Open for round 41.
CRISIS_OPEN = CRISIS_OPEN | {"h40b-046"}
# p40-045 (tuning40-p, brought in round 41) puts the added 'nu' inside the object: 'Kun je mij nu en de kinderen komen
# ophalen'. Open for round 41.
CRISIS_OPEN = CRISIS_OPEN | {"p40-045"}
# Round 41 (k41a): h40a-049 keeps 'al is het maar een half uur' with the ask (crisis_amount.py); h40b-046 reads 'Hugo R.
# Kruytgebouw' whole (crisis_place.py: an initial goes on, 'het' after a preposition is part of the place); p40-045 puts
# 'nu' after the coordinated object (coord_object.py). Off the list.
CRISIS_OPEN = CRISIS_OPEN - {"h40a-049", "h40b-046", "p40-045"}
# p44-043 (tuning44-p, brought in round 45) loses 'zo' of the writer's own 'ik wil gewoon niet meer leven zo' and the
# state before it ('het gaat echt helemaal mis met me'). Open for round 45.
CRISIS_OPEN = CRISIS_OPEN | {"p44-043"}
# Round 45 (k45a): an honest sentence keeps its closing 'zo' after a verb with 'niet meer' ('ik wil niet meer leven
# zo', rewrite._zo_stays); p44-043 keeps 'niet meer leven zo', off the list.
CRISIS_OPEN = CRISIS_OPEN - {"p44-043"}
# probe45-kp (brought in round 46) arrived with three crisis results that lose a must-keep: p45-005 (not sure) around
# where the writer is ('in de auto op de boulevard'); p45-022 in a trucker's message from a car park; p45-040 (sure)
# the name 'Errol' and 'niet goed met je vader'. Open for round 46.
CRISIS_OPEN = CRISIS_OPEN | {"p45-040", "p45-022", "p45-005"}
# Round 46 (k46a): 'Sorry Ellen.' said as a sentence of its own names the person addressed (thanked.apologised):
# p45-022 keeps 'Ellen', off the list. p45-005 ('ik weet ut niet meer', no signal of the crisis check) and p45-040
# stay open.
CRISIS_OPEN = CRISIS_OPEN - {"p45-022"}
# p47-038 (tuning47-p, round 48): see FRESH_OPEN above; the crisis result drops a sentence of the writer's own distress.
CRISIS_OPEN = CRISIS_OPEN | {"p47-038"}
# Round 48 (k48c, crisis_every.py): every heavy clause of a crisis draft goes back; p47-038 keeps 'ik weet niet meer
# waarom ik nog doorga', off the list.
CRISIS_OPEN = CRISIS_OPEN - {"p47-038"}
# Round 52 (k52c): the writer's own word on how they are is heavy for crisis_every (crisis_own.stated): p45-005 keeps
# 'ik weet ut niet meer', off the list.
CRISIS_OPEN = CRISIS_OPEN - {"p45-005"}
# p52-058 (tuning52-p, brought in round 53): the crisis result (not sure) drops the writer's 'eigenlijk' from 'ik wil er
# eigenlijk nie meer zijn' (a must-keep) and keeps the rest of the apology as a sentence: 'Stuur na al die jaren.'
CRISIS_OPEN = CRISIS_OPEN | {"p52-058"}
# tuning56-p (round 56's probe, brought in round 57): two crisis results lose where the writer is. p56-039 (not sure):
# the draft's own question asks what to do ('Wat moet ik doen?') after the place ('ik ben nu met de kinderen bij de
# bushalte in Kessel-Lo'); the result offers the ready 'Kunt ge nu bij me zijn?' and loses the fear, the place and the
# question. p56-056 (sure, on FRESH_OPEN above): 'Ik ben alleen in mijn kamer en ik wil niet meer leven' keeps the wish
# and drops 'alleen in mijn kamer'. Open.
CRISIS_OPEN = CRISIS_OPEN | {"p56-039", "p56-056"}
# Round 57 (lead, crisis_place.py): where the writer is may have 'alleen', 'weer' or who is with them between the verb and
# the place ('ik ben alleen in mijn kamer', 'ik ben nu met de kinderen bij de bushalte in Kessel-Lo'): the crisis
# result puts it back before the ask; p56-039 keeps its place but still loses the fear and its own question.
# Round 57 (k57c, crisis_joined.py): p56-056 keeps 'alleen in mijn kamer' in front of the wish, as typed; off the list.
CRISIS_OPEN = CRISIS_OPEN - {"p56-056"}
# Round 58 (k58c): the writer's own fear is how bad it is (crisis_fear.py, read by crisis_every: 'ik ben bang om naar
# huis te gaan' goes back), and a question of the writer's own with a question word in front ('Wat moet ik doen?') is
# kept where the ready request stood, with 'nu' (crisis_wh.py, not sure): p56-039 keeps both, off the list.
CRISIS_OPEN = CRISIS_OPEN - {"p56-039"}
# Round 58 (k58c): the own drafts (tuning58-k58c.toml) hold one crisis result that drops a fact of now said after the
# acute clause in the same sentence ('ik heb me weer gesneden en het stopt niet met bloeden', k58c-005, not sure):
# crisis_joined.py puts back such a clause only before the shown one. Open.
CRISIS_OPEN = CRISIS_OPEN | {"k58c-005"}
# k58c-014 ('tante Nadia ik heb het mes al in mijn hand en ik heb zo ne schrik. ik zit op mijn kamer. mag ik naar u
# komen?'): the crisis check finds no signal in 'ik heb het mes al in mijn hand' (the draft is 'zorg' by the fitted
# opinion only), so it is no crisis result and the sure result drops the knife and the fear. Crisis rules are not
# krimp's to change: listed for the crisis side (README "Round 58 (k58c)"), open so that the file is tested whole.
FRESH_OPEN = FRESH_OPEN | {"k58c-014"}
KNOWN_OPEN = KNOWN_OPEN | {"k58c-014"}
# Round 53 (lead): 'stuur' in 'sorry da ik u zomaar stuur' is no call any more (crisis_calls._BETWEEN), the nonsense
# sentence is gone and the result is sure: its first gold word for word but for 'eigenlijk', which a crisis result drops
# by round 8's promise (test_krimp_round8: only the filler 'eigenlijk' goes). The two promises disagree: on the list.
FRESH_OPEN = FRESH_OPEN | {"p52-058"}
KNOWN_OPEN = KNOWN_OPEN | {"p52-058"}
# Round 53 (lead): k53a's own drafts (tuning53-k53a.toml, first named eigen-k53a and not read by these tests) hold three
# sure results that drop the writer's reason where k53a's gold keeps it ('want ik slaap bij mijn ouders', 'omdat mijn
# dochter jarig is', ', ik ben de hele dag in het ziekenhuis'): known, listed as open so that the file is tested whole.
FRESH_OPEN = FRESH_OPEN | {"e53a-006", "e53a-010", "e53a-012"}
KNOWN_OPEN = KNOWN_OPEN | {"e53a-006", "e53a-010", "e53a-012"}


def test_the_known_open_cases_are_still_open():
    by_id = {c["id"]: c for c in CASES}
    mended = [i for i in KNOWN_OPEN if not _failures(_keeps_what_must_stay, [by_id[i]])]
    mended += [i for i in CRISIS_OPEN if _crisis_keeps_all(by_id[i], shrink(by_id[i]["concept"].strip()))]
    assert not mended, f"mended, take them off the list: {mended}"


def _crisis_keeps_all(case: dict, result) -> bool:
    return all(contains(result.sentence, w) for w in case["houden"])


def _keeps_what_must_stay(case: dict) -> None:
    draft = case["concept"].strip("\n")
    result = shrink(draft, person=case.get("wie") or None, moment=case.get("wanneer") or None)
    assert result.sentence.strip() or not result.sure
    if not result.sure:
        return
    folded = _fold(result.sentence)
    lost = [w for w in case["houden"] if not contains(result.sentence, w)]
    assert not lost, f"{case['id']}: sure, but lost {lost}: {result.sentence!r}"
    wrong = [p for p in case["fout"] if re.search(p, folded)]
    assert not wrong, f"{case['id']}: sure, but shows {wrong}: {result.sentence!r}"


@pytest.mark.parametrize("cases", _per_file(lambda case: case["kanaal"] == "oefen"))
def test_compose_gives_one_sentence_for_the_practice_cases(cases):
    failures = _failures(_one_sentence, cases)
    assert not failures, "\n".join(failures)


def _one_sentence(case: dict) -> None:
    # Outside authors (heldout28a) sometimes leave out the person or the moment typed: the flow allows both empty.
    person, moment = case.get("wie") or None, case.get("wanneer") or None
    sentence = compose(person, case["concept"].strip(), moment)
    assert sentence.endswith(("?", ".")) and "\n" not in sentence
    result = shrink(case["concept"].strip(), person=person, moment=moment)
    if result.sure and moment and not _day_within(moment, sentence):
        assert _fold(moment) in _fold(sentence)


# 'deze week' or 'dit weekend' typed and a day in the ask ('kunt ge donderdag …'): the day is in the typed span,
# and the concept's own moment wins (round 17, k17f: never 'deze week donderdag').
_THIS_SPAN = re.compile(r"^(?:deze week|dit weekend)(?: nog)?$")
_A_DAY = re.compile(r"\b(?:vandaag|morgen|overmorgen|vanavond|(?:maan|dins|woens|donder|vrij|zater|zon)dag)\b")


def _day_within(moment: str, sentence: str) -> bool:
    return bool(_THIS_SPAN.match(_fold(moment).strip()) and _A_DAY.search(_fold(sentence)))


CRISIS = [c for c in CASES if "crisis" in c["soorten"]]


def test_crisis_drafts_are_never_made_lighter():
    results = [(c, shrink(c["concept"].strip())) for c in CRISIS]
    fired = [(c, r) for c, r in results if r.crisis]
    assert len(fired) * 2 >= len(CRISIS), "the crisis check should fire on most of these drafts"
    for case, result in fired:
        folded = _fold(result.sentence)
        assert result.missing == (), case["id"]
        words = set(re.findall(r"\w+", folded))
        own_moment = has_moment(lexicon(), result.sentence) or says_when(lexicon(), result.sentence)  # "nu" only where
        # the request has no moment (point 7); 'na uw werk', 'die ochtend' name one too (round 52, k52c: crisis_when.py)
        assert words & {"nu", "vandaag", "vanavond", "vannacht"} or own_moment, (case["id"], result.sentence)
        if case["id"] not in CRISIS_OPEN:
            assert _crisis_keeps_all(case, result), (case["id"], result.sentence)
