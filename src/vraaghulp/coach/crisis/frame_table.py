"""The table of message-wide harmless frames (`CANCELLED_BY`) and the tests each covered family's signal must pass.

Split from `frames` in round 37 (c37), when that module reached its 400 lines: `frames.cancelled` applies the table,
this module holds it. A test reads the writer's words in a signal's phrase (`_said`) and says whether the frame may
cover that signal. Standard library only.
"""

from __future__ import annotations

import re

from vraaghulp.coach.crisis.frame_serious import OWN_DEATH as _OWN_DEATH
from vraaghulp.coach.crisis.frame_serious import SERIOUS as _SERIOUS
from vraaghulp.coach.crisis.frame_serious import SOON as _SOON
from vraaghulp.coach.crisis.laugh import laughed_wish as _laughed_wish

__all__ = ["CANCELLED_BY"]

# A frame anywhere in the message that takes these families' signals down to a hint, when no
# other signal of the zorg or acuut level stands beside them (a wish to die, a plan, a means, a
# calm): an explicit "ik ben kerngezond" with papers for later at an age; a self-correction
# towards a party or a meeting ("ik wil er niet meer zijn ... op dat feestje bedoel ik"); a formal
# cancellation letter, where what ends is the membership ("hierbij zeg ik ... op. Ik maak er
# definitief een einde aan"); a joke beside a jump ("als ik dood ben mag jij mijn ps5 hebben
# haha" before a bungee jump). A frame is every concept of its key. Each family it covers has a
# test on the signal's phrase: a frame never covers a death wish in so many words ("wil dood",
# "niet meer leven", "mezelf"), a farewell letter, or an ending with a time ("vanavond een einde
# aan"), so such a line keeps its alarm whatever frame stands beside it.
def _any_phrase(phrase: str) -> bool:
    return True


def _derived(phrase: str) -> bool:
    """A farewell the rules derived from papers for later, not a farewell said in words."""
    return phrase.startswith("combinatie-")


def _last_time(phrase: str) -> bool:
    """A farewell the rules derived from 'laatste keer' beside 'nooit meer' (round 23: the drink's last time)."""
    return "laatste: " in phrase and "afscheid: " not in phrase


def _said(phrase: str) -> str:
    """The writer's words in a signal's phrase: a rule's phrase 'denk-aan-dood (overweeg: idee +
    niet-zijn: voorgoed weg)' said 'idee + voorgoed weg' (its name and concept labels are ours)."""
    phrase = phrase.split(" (gewone context")[0]  # weigh's note on an ordinary sentence is not the writer's
    if "(" not in phrase:
        return phrase
    return re.sub(_LABEL, "", phrase[phrase.index("(") + 1:])


def _not_own_death(phrase: str) -> bool:
    return not re.search(_OWN_DEATH, _said(phrase))


def _ending_of_a_thing(phrase: str) -> bool:
    words = _said(phrase)
    return "einde aan" in words and not re.search(_OWN_DEATH, words) and not re.search(_SOON, words)


def _joking_death(phrase: str) -> bool:
    return "niet meer" not in _said(phrase)


def _drinking_idiom(phrase: str) -> bool:
    """'ik drink me dood' (an evening out), not any other phrase of the family."""
    return re.search(r"\b(?:drink|drinken|zuip|zuipen|zoop)\b", _said(phrase)) is not None


def _pain_only(phrase: str) -> bool:
    """'doe mezelf pijn' (a sore body), not cutting, scratching or burning."""
    words = _said(phrase)
    return "pijn" in words and re.search(r"\b(?:snij\w*|sneed|gesneden|kras\w*|gekrast|brand\w*|verbrand\w*|sla|sloeg|mes)\b",
                                         words) is None


def _burning_muscles(phrase: str) -> bool:
    """Round 35 (c35): a body part that burns ('kuiten in brand', 'dijen branden'), not a cut, a scratch or a lighter."""
    words = _said(phrase)
    return re.search(r"\bbrand\w*\b", words) is not None and re.search(
        r"\b(?:snij\w*|sneed|gesneden|kras\w*|gekrast|verbrand\w*|gebrand|aansteker|sigaret\w*|mes\w*|expres|opzet)\b", words) is None


def _burden_said(phrase: str) -> bool:
    """Round 35 (c35): 'ik ben (weer) een last' (round 36: 'een blok aan uw been') itself, not others better off without me."""
    words = _said(phrase)
    return re.search(r"\b(?:last|blok aan)\b", words) is not None and re.search(
        r"\b(?:zonder|beter|verlost|opgelucht|kwijt|missen|mist|er niet|dood|leven)\b", words) is None


def _unnoticed(phrase: str) -> bool:
    """Round 35 (c35): 'niemand zal het merken / zien' itself, not being gone or missed."""
    words = _said(phrase)
    return re.search(r"\bniemand\b", words) is not None and re.search(
        r"\b(?:missen|mist|er niet|weg|dood|verdwijn\w*|leven)\b", words) is None


def _dose_or_means(phrase: str) -> bool:
    """A dose, a lethal amount or a poison bought, not a plan or a place."""
    words = _said(phrase)  # round 34 (c34): "te veel" for a pet ("hoeveel is te veel voor een labrador")
    return re.search(r"\b(?:dosis|hoeveel|dodelijk\w*|gevaarlijk|veilig|gif|rattengif|gekocht|te veel|teveel)\b", words) is not None


def _place_chosen(phrase: str) -> bool:
    """A place or a train chosen or looked up (for an outing), not a means gathered."""
    return re.search(r"\b(?:uitgezocht|uitgekozen|gekozen|opgezocht|plek|locatie|springen|trein)\b", _said(phrase)) is not None \
        and _not_own_death(phrase)


def _its_time(phrase: str) -> bool:
    """'vanavond is het zover' beside a blog or a role that ends."""
    return "zover" in _said(phrase) and _no_death_or_life(phrase)


def _weary_of_life(phrase: str) -> bool:
    """'het leven beu': the weariness that is the wish's own words (round 35, c35o), not 'ik kan niet meer'."""
    return re.search(r"\b(?:beu|leven)\b", _said(phrase)) is not None


def _no_death_or_life(phrase: str) -> bool:
    """No death or life in the signal's words ('bedankt voor alles' may say 'alles'); round 31 (lead, c31b): nor a
    close person's self-harm ("ze snijdt zichzelf", "hij krast zich"), which keeps the gentle line."""
    said = _said(phrase)
    return (re.search(r"\b(?:" + _SERIOUS["death"] + "|" + _SERIOUS["life"] + r")\b", said) is None
            and re.search(_SELF_HARM, said) is None)


_SELF_HARM = (r"\b(?:snijdt|snijd|sneed|krast|kraste|kerft|bonkt|brandt|beschadigt|verwondt|pijn doet) (?:\w+ ){0,1}?"
              r"(?:zichzelf|zich|haarzelf|hemzelf)\b"
              r"|\b(?:zichzelf|haarzelf|hemzelf) (?:\w+ ){0,1}?(?:snijdt|krast|kerft|bonkt|brandt|beschadigt|verwondt)\b"
              r"|\bzelfbeschadiging\b")


# A past crisis: the signal's own words are in the past tense ("sneed ik mezelf", "heb gekrast").
_PAST = r"\b(?:sneed|gesneden|kraste|krastte|gekrast|gedaan|deed|deden|was|waren|wilde|probeerde|geprobeerd|dacht|brandde|verbrandde)\b"


def _past(phrase: str) -> bool:
    return re.search(_PAST, _said(phrase)) is not None


def _not_deliberate(phrase: str) -> bool:
    """Round 34 (c34): a wound the signal's words do not say was done on purpose ('armen zijn opengekrabd')."""
    return re.search(r"\b(?:expres|opzet|bewust|zelf gedaan|doe ik zelf|deed ik zelf)\b", _said(phrase)) is None


def _derived_or_weak(phrase: str) -> bool:
    """A farewell the rules made from "zorg goed voor" beside "als ik weg ben", not one in words."""
    return phrase.startswith(("combinatie-", "afscheid-definitief")) and _not_own_death(phrase)


def _ready_for_tomorrow(phrase: str) -> bool:
    words = _said(phrase)
    return re.search(r"\b(?:klaargelegd|klaar|trein)\b", words) is not None and _no_death_or_life(phrase)


def _sorted_out(phrase: str) -> bool:
    return "uitgezocht" in _said(phrase)


# Round 30 (c30): the writer in a signal's own words (a colleague's report of a patient's dose has none).
_FIRST_PERSON = r"\b(?:ik|me|mij|mezelf|mijn|m n|we|wij|ons|onze)\b"


# ... but the writer's tiredness after the work may stand in it ("lijk uit de Schelde gehaald ... nu ne pint want ik kan
# nie meer": the place is the work's, the need is a rest).
_TIRED = re.compile(r"\b(?:ik )?(?:kan (?:er )?niet meer|ben (?:kapot|op|moe|doodmoe|gesloopt))\b")


def _others_case(phrase: str) -> bool:
    """A dose, a wound, a jump or a death told of someone else at work ('overdosis', 'gesneden + weer'):
    no word of the writer in the signal but tiredness."""
    return re.search(_FIRST_PERSON, _TIRED.sub(" ", _said(phrase))) is None


def _tired_only(phrase: str) -> bool:
    """'ik kan niet meer' after the work, nothing else in the signal's words."""
    return not _TIRED.sub(" ", _said(phrase)).strip(" +,")


def _the_word_suicidal(phrase: str) -> bool:
    return phrase == "suicidaal"


def _when_gone(phrase: str) -> bool:
    """Arranged for when I am no longer there ('als ik er niet meer ben', 'na mijn overlijden'), not
    things arranged with nothing said of when (a funeral paid, a pet promised)."""
    return re.search(r"\b(?:niet meer|na mijn overlijden|na mijn dood)\b", _said(phrase)) is not None


def _conditional_gone(phrase: str) -> bool:
    """'als ik er niet meer ben' read beside a 'wil' of the same sentence ("ik wil mijn testament laten
    aanpassen: als ik er niet meer ben ..."), not a wish to be gone ("wil er niet meer zijn")."""
    return "niet meer ben" in _said(phrase) and _not_own_death(phrase)


def _other_jumped(phrase: str) -> bool:
    """A jump told as done by someone (gesprongen, sprong), not the writer's own jump to come."""
    words = _said(phrase)
    return re.search(r"\b(?:gesprongen|sprong|springt)\b", words) is not None and \
        re.search(r"\b(?:ik|spring|springen|wil|ga)\b", words) is None


def _no_wish(phrase: str) -> bool:
    """Someone else's 'als ik dood ben, krijg jij ...' (a saying of theirs), not a wish to die."""
    return re.search(r"\b(?:wil|wilt|wou|wilde|zou|liever|beter|hoop|niet meer)\b", _said(phrase)) is None


def _past_visit(phrase: str) -> bool:
    """A place stood on or looked at in the past tense ('stond boven op de toren + keek naar het water'), no death or life."""
    return re.search(r"\b(?:stond|stonden|keek|keken|zat|zaten|liep|liepen|was|waren|gingen|ging)\b", _said(phrase)) is not None \
        and _no_death_or_life(phrase)


def _thinking_of_death(phrase: str) -> bool:
    """'denk wel eens aan de dood' (at an age, beside enjoying life), not a wish."""
    words = _said(phrase)
    return "denk" in words and "wil" not in words.split()


CANCELLED_BY = {
    ("gerust-gezond",): {"zaken-regelen": _any_phrase, "nalaten": _any_phrase, "afscheid": _derived},
    ("zelfcorrectie",): {"doodswens": _not_own_death, "passief": _not_own_death},
    ("opzegbrief",): {"doodswens": _ending_of_a_thing, "klaar": _any_phrase},  # "na 25 jaar genoeg geweest"
    ("grap", "sport-springen"): {"zaken-regelen": _joking_death, "nalaten": _joking_death, "afscheid": _derived},
    # Round 13 (cr28d): a reason that is laughter, food, children or noise, a named thing or place
    # that ends (a move, an app account, a job handed over), a sleep-in to a day, a game world, a
    # joke taken back before a plan ahead.
    ("grap", "lach-bron"): {"uitputting": _any_phrase},
    ("vol-gegeten",): {"uitputting": _any_phrase, "geen-zin": _any_phrase,  # round 25 (c25m): "het hoeft niet meer, ik zit vol"
                       "vangnet": _any_phrase},  # round 40 (c40): "drie keer opgeschept, ik lig hier te sterven"
    ("kinderen-slapen",): {"uitputting": _any_phrase},
    ("wakker-van-lawaai",): {"passief": _not_own_death, "einde-lijf": _not_own_death},
    ("slaap-tot",): {"passief": _not_own_death, "einde-lijf": _not_own_death, "doodswens": _not_own_death},
    ("verhuis-spoor", "weg-uit-plaats"): {"doodswens": _not_own_death, "zaken-regelen": _any_phrase},
    ("account-weg", "schermtijd-reden"): {"zaken-regelen": _any_phrase},
    ("werk-overdracht",): {"doodswens": _not_own_death, "zaken-regelen": _any_phrase},
    ("geregeld-samen", "opgelucht"): {"zaken-regelen": _any_phrase, "nalaten": _any_phrase},
    ("spel-wereld",): {"plan-middel": _any_phrase, "gevaar-plek": _any_phrase, "op-de-rand": _any_phrase},
    # round 23 (c23k): "nooit meer tequila, laatste keer": the last time is the drink's, a farewell the rules derived
    ("kater-nooit-meer",): {"doodswens": _any_phrase, "afscheid": _last_time},
    # Round 35 (c35o): a small mishap anywhere in the message (a phone in the toilet, a bus missed, the last pizza slice
    # eaten, work not saved) beside a death wish said as hyperbole, also in another sentence ("ik wil dood. mijn fiets
    # is gejat"): the gentle line, never silence; not beside "al maanden", "niet om ...", "ik meen het" (frame_serious).
    ("pech-ding",): {"doodswens": _any_phrase, "passief": _any_phrase, "uitputting": _weary_of_life,
                     "geen-zin": _weary_of_life},
    # Round 36 (c36): a death wish laughed at beside a story of what happened (`laugh.laughed_anecdote`): hyperbole.
    ("lach-anekdote",): {"doodswens": _laughed_wish},
    ("grapje-ontkend", "toekomst-plan"): {"afscheid": _derived, "zaken-regelen": _any_phrase, "nalaten": _any_phrase},
    # Round 14 (cr29b): "ik drink me dood haha" before a borrel, a fuif or a cantus; a joking
    # threat on a condition that keeps coming back ("als die prof nog 1 keer zijn slides leest
    # spring ik van het dak lol"), never where the condition is being bullied or hit.
    ("grap", "uitgaan"): {"geen-zin": _drinking_idiom},
    ("grap", "als-nog-eens"): {"plan-middel": _not_own_death},
    # ... and "ik wil er niet meer zijn, die fuif is zo saai, iemand een lift naar huis?": the place is that party.
    ("saai-hier", "naar-huis"): {"doodswens": _not_own_death, "passief": _not_own_death},
    # Round 16 (c16c): an ordinary reason beside words shaped like a crisis: a trip or a move for
    # "als ik er niet meer ben"; shoes or a stiff neck for "mezelf pijn doen"; a hangover or an
    # alarm clock for "nooit meer wakker worden"; a pet or a school project for a lethal dose; an
    # outing with others for a place chosen; a role or a channel for "de laatste keer dat je van
    # mij hoort"; a past crisis, a denial, papers for later and enjoying life (the gentle line).
    ("reden-weg",): {"zaken-regelen": _any_phrase, "afscheid": _any_phrase, "doodswens": _not_own_death},
    ("pijn-oorzaak",): {"zelfbeschadiging": _pain_only},
    # Round 34 (c34): a wound with an ordinary cause (roses pruned, a cat that scratched, a hedge trimmer, the
    # kitchen, DIY): "de rozen gesnoeid en mijn armen zijn opengekrabd", not "geen krassen van de kat" (frame_serious).
    # Round 39 (c39): ... and someone else's wound with that cause, dressed by a carer ("een meneer met brandwonden aan zijn
    # arm verzorgd, hij had zich pijn gedaan met de aansteker van de barbecue"): an accident whoever had it.
    ("wond-oorzaak",): {"zelfbeschadiging": _not_deliberate, "over-ander": _not_deliberate},
    # Round 35 (c35): a body that burns from sport ("na de 10 miles stonden mijn kuiten in brand"); a small thing nobody
    # will notice ("die vlek op mijn hemd, niemand gaat het merken onder mijn vest", "als ik die tweede koek pak").
    ("sport-inspanning",): {"zelfbeschadiging": _burning_muscles},
    ("ding-onopgemerkt",): {"last-voor-anderen": _unnoticed, "isolatie": _unnoticed},
    # ... a burden with a favour asked or an ordinary cause ("k ben weeral ne last, kunde gij mij naar huis voeren?"); someone
    # else's words as a topic (a character's line, a title, what clients or pupils say, teaching material).
    ("last-gunst",): {"last-voor-anderen": _burden_said, "wanhoop": _burden_said},  # round 40 (c40b): 'voel me een last' as wanhoop too
    ("citaat-onderwerp",): {"over-ander": _no_death_or_life, "last-voor-anderen": _no_death_or_life, "wanhoop": _no_death_or_life,
                            "uitputting": _no_death_or_life, "geen-zin": _no_death_or_life, "isolatie": _no_death_or_life},
    # ... and a farewell line quoted from a song ("dat nummer met 'dit is de laatste keer dat je van mij hoort'").
    ("lied-citaat",): {"afscheid": _no_death_or_life, "doodswens": _any_phrase, "passief": _any_phrase,
                       "plan-middel": _any_phrase, "gevaar-plek": _any_phrase, "uitputting": _weary_of_life,
                       "geen-zin": _weary_of_life},
    ("wakker-oorzaak",): {"passief": _not_own_death, "doodswens": _not_own_death, "stoppen-zorg": _drinking_idiom},
    ("dosis-voor-ander",): {"plan-middel": _dose_or_means, "middel": _any_phrase},
    # Round 27 (c27f): a customer or patient asked it, at the counter or on the ward (not beside "wil ik zelf weten")
    ("klant-vraag",): {"plan-middel": _dose_or_means, "middel": _any_phrase, "over-ander": _others_case},  # round 37: over-ander
    ("uitje-samen",): {"plan-middel": _place_chosen, "gevaar-plek": _place_chosen, "plan": _any_phrase},
    ("rol-of-kanaal",): {"afscheid": _no_death_or_life, "plan-middel": _its_time},
    ("verleden-hersteld",): {"zelfbeschadiging": _past, "doodswens": _past},
    ("suicidaal-ontkend",): {"doodswens": _the_word_suicidal, "over-ander": _the_word_suicidal},
    ("reden-ziekenhuis",): {"zaken-regelen": _any_phrase},
    ("verzorg-instructie",): {"afscheid": _derived_or_weak, "zaken-regelen": _any_phrase},
    ("dagspullen",): {"plan-middel": _ready_for_tomorrow},
    ("spullen-ander",): {"plan-middel": _sorted_out},
    ("geniet-nog",): {"doodswens": _thinking_of_death},
    ("levenseinde-papieren",): {"passief": _not_own_death, "zaken-regelen": _any_phrase, "nalaten": _any_phrase},
    # Round 17 (c17c): an estate with a notary or in a will, for when I am no longer there ("als ik er niet
    # meer ben krijgen de kinderen het huis, dat staat in het testament"), not with a time, a burden, a
    # goodbye, a funeral paid or "alles geregeld".
    ("nalatenschap-notaris",): {"zaken-regelen": _when_gone, "nalaten": _when_gone, "afscheid": _derived,
                                "passief": _conditional_gone},
    # ... and a stranger who jumped, in the news or told by a neighbour (not "ik ook", not "daar ga ik heen").
    ("sprong-ander-nieuws",): {"plan-middel": _other_jumped, "gevaar-plek": _other_jumped, "over-ander": _other_jumped},
    # Round 20 (c20a): an elder's saying "als ik dood ben, krijg jij ..." beside their being well ("springlevend").
    ("ander-kerngezond",): {"over-ander": _no_wish},
    # Round 21 (c21a): worn out with an ordinary named cause (a diet, a baby's nights, the heat, a parent with
    # dementia, exams, a renovation): "ik kan niet meer, die baby slaapt nooit" (not "... ik zie geen uitweg").
    ("gewone-last",): {"uitputting": _any_phrase},
    # Round 22 (c22j): a farewell or a last time at someone else's funeral ("morgen nog een laatste keer naar oma in
    # het rouwcentrum om afscheid te nemen"), not a farewell to the living or the writer's own.
    # Round 37 (c37): ... and a saying of the one who died, quoted ("hij zei altijd: als ik dood ben moet ge niet bleiten"),
    # not a wish ("hij zei dat hij niet meer wilde leven" keeps the gentle line).
    ("rouw-ander",): {"afscheid": _no_death_or_life, "zaken-regelen": _no_death_or_life, "over-ander": _no_wish},
    # ... and someone's saying of always, quoted ("hij zei altijd: als ik dood ben moet ge niet bleiten, ge moet drinken"),
    # not a wish ("ze zegt altijd dat ze liever dood is" keeps the gentle line).
    ("gezegde-altijd",): {"over-ander": _no_wish},
    # Round 37 (c37): a trip with a group told afterwards ("ik stond boven op de toren van de oude brug en keek naar het water
    # ... schoon reis gehad, merci aan de organisatie"): a place visited in the past tense, nothing of death or life.
    ("reis-verslag",): {"gevaar-plek": _past_visit, "afgrond": _past_visit},
    # ... fed up with a chore, and how I will take it up ("maandag zeg ik het tegen de baas"); worry about someone else
    # with help asked for them ("zou de praktijkondersteuner eens bij hem langs kunnen gaan?").
    ("klacht-aanpak",): {"klaar": _any_phrase, "genoeg": _any_phrase, "uitputting": _any_phrase},
    ("hulp-voor-ander",): {"over-ander": _no_death_or_life, "overleden": _any_phrase},
    # Round 23 (c23k): "ik heb besloten: ik stop met de pil" with the doctor agreeing or another contraceptive named
    # ("mijn huisarts vond het prima", "tips voor een spiraal"): a medical decision, not a sudden calm.
    ("arts-akkoord",): {"plotse-rust": _any_phrase, "stoppen-zorg": _any_phrase},
    # Round 26 (c26n): a save, a file or a piece of work lost, and no wish to start it again ("mijn save van 200 uur
    # gewist, het heeft allemaal geen zin meer om opnieuw te beginnen"): the thing's futility, not the writer's.
    ("ding-kwijt", "opnieuw-beginnen"): {"geen-zin": _any_phrase},
    # Round 30 (c30): a report of work with someone else or an animal (a prisoner who cut himself, "rapport ligt op uw
    # bureau"; a patient's overdose on the IC; a man on a bridge talked down by the negotiator; a cow put down, Rendac
    # comes tomorrow): the subject is someone else and the talk is work. Not where a signal has the writer in its words.
    ("werk-verslag", "ander-geval"): {"plan-middel": _others_case, "zelfbeschadiging": _others_case,
                                      "gevaar-plek": _others_case, "over-ander": _others_case, "passief": _others_case,
                                      "middel": _others_case, "uitputting": _tired_only},
    # ... and someone else's death wish that a doctor or psychologist explains as part of their illness, with the
    # writer asking others how they cope ("mijn man met dementie zei dat hij dood wil. de psycholoog zegt dat het bij de
    # ziekte hoort. hoe gaan jullie daarmee om?"): a carer's question, not the writer's wish.
    ("hoort-bij-ziekte",): {"over-ander": _others_case},
    # Round 31 (c31): someone else's wish told by a worried sibling or friend who asks how to talk about it ("mn
    # broertje zegt dat hij niet meer wil leven, hoe praat ik daarover met mn ouders?"); and a calm with its cause
    # named ("met de schuldbemiddeling gaat het eindelijk beter ... slaap ik weer rustig"): no sudden calm.
    # Round 31 (lead, c31b): `gesprek-over-ander` no longer lowers that worry: a close person's death wish told by a
    # worried sibling or friend keeps the gentle line (the helplines also serve those who worry about someone).
    # Round 31 (c31b): a passive wish beside the writer's own "maar ik ga niks doen (hoor)": the gentle line (the corpus
    # marks it zorg every time); only the wish families, so a zorg worry beside it keeps the frame off.
    ("doe-niks-ontkend",): {"doodswens": _any_phrase, "passief": _any_phrase, "last-voor-anderen": _any_phrase,
                            "zaken-regelen": _any_phrase, "bij-overledene": _any_phrase},
    ("rust-met-reden",): {"plotse-rust": _any_phrase},
    # ... and arranging for later said to be calm in so many words ("niks dramatisch, gewoon verstandig", "ik ben nog
    # lang niet weg"): the papers, codes and wishes for later, not a farewell said in words or a wish.
    ("kalm-verstandig",): {"zaken-regelen": _any_phrase, "nalaten": _any_phrase, "afscheid": _derived,
                           "passief": _conditional_gone},
    # Round 38 (c38): a review of a book, film, series or game (stars, a score, "aanrader", "uitgelezen", "goed bedacht"):
    # the plot's character, farewell letter, jump and death, and "ik kon niet meer" about the work; not the writer's wish.
    ("recensie", "fictie"): {"over-ander": _any_phrase, "afscheid": _any_phrase, "plan-middel": _any_phrase,
                             "gevaar-plek": _any_phrase, "vangnet": _any_phrase, "uitputting": _weary_of_life},
}
_LABEL = r"[\w:-]+: |[\w-]+ \("
