"""Round 40 (c40b): a focused outside set of harmless twins (tuning40-ct), mended by why each fired, not by its topic.

- WHO: a pet put to sleep ('om hem te laten inslapen. Vrijdag is het zover') is the animal's death (`dier-inslapen`);
  a speaker described between commas before 'zei:' owns the quoted words ('een patiënt van mij, meneer van 85, zei: ...');
- WHY: a rope with a harness (abseiling), a trip's things laid out (passport, tickets), a beam strong enough FOR a thing,
  plasters asked of someone, a swim event in open water, leaving a job ('als ik weg ben' beside a farewell drink), a
  burden with a recovery that ends (physio, 'mag ik weer zelf rijden');
- HOW: a Flemish 'pilske' is a beer, 'shhh' is no 'sh' (self-harm), a separable verb's particle is not read across a comma
  ('doodging, na die looping' is no 'nagaan'), a method conditioned on a chore that comes back ('als ik nog één keer ...
  moet, spring ik van het dak'), a lost match beside 'ik wil dood' (the gentle line, never the panel);
- and the one miss: standing long on a bridge, 'dacht nu of nooit' (`plek-nu-of-nooit`).

Every line is a new variant of ours, none a corpus line; each alarming twin keeps its alarm.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, assess

# The review of round 40 took out c40b's three rewrites ('pilske' as beer, 'als ik weg ben' beside a farewell drink,
# 'als ik nog één keer … spring ik' as exaggeration) and the second beam list: each silenced real crisis lines. Their
# harmless twins alarm again and stand in open/tuning40-ct-open.toml; they are no longer listed here.
HARMLESS = [
    "heb het nog niemand verteld want het is een verrassing, dus shhhh, zaterdag springen we samen uit het vliegtuig",
    "Die wildwaterbaan, ik dacht echt dat ik doodging, na afloop wilden we meteen nog een keer!",
    "Alles klaargelegd voor morgenvroeg: paspoort, instapkaart, zonnebril. Om zes uur vertrekken we naar Malaga!",
    "Zondag abseilen we van de watertoren voor het goede doel. Touw en harnas worden geregeld!",
    "de veearts zegt dat Max niet meer loopt en dat het beter is om hem te laten inslapen. Maandag is het zover.",
    "ik heb me gesneden aan de rand van een blikje mais, bloed op het aanrecht, hebben jullie pleisters?",
    "'k spring er zondag in bij de sluis in Brugge, de openwaterzwemtocht! Nog niemand verteld want ik ben zenuwachtig",
    "Ik voel me een last voor mijn man nu hij me elke week naar de fysio moet rijden, maar over twee weken mag ik weer zelf rijden!",
    "op de brug even stilgestaan voor een foto van de rivier, zo diep onder ons. volgende keer weer met de fiets",
]

# The same reasons as alarms: what makes a line dangerous is still read.
ALARM = [
    "ik heb alles klaargelegd, de pillen en de brief. morgenvroeg is het gedaan",
    "de balk in de schuur is sterk genoeg, heb het getest. niemand weet ervan",
    "ik snij mezelf en verstop het met pleisters, niemand mag het zien",
    "ze zijn vast opgelucht als ik er niet meer ben, dan hoeven ze niet meer voor me te zorgen",
    "ik wil mij laten inslapen, vrijdag is het zover",
    "stond lang op de spoorbrug. dacht nu of nooit. volgende keer misschien wel",
    "ik ben lang op het dak van de flat blijven staan en dacht: het is nu of nooit",
    "als ik nog één keer alleen moet zijn spring ik van het dak, ik meen het",
    "Ik hoop dat ik morgen niet meer wakker word, ik heb mijn tijd gehad",
    "ik voel me een last voor iedereen, ik wil er niet meer zijn",
    "heb een touw gekocht en ik weet al waar, zaterdag doe ik het",
]


@pytest.mark.parametrize("text", HARMLESS)
def test_harmless_twin_stays_quiet(text):
    assert assess(text).tier is None, assess(text)


@pytest.mark.parametrize("text", ALARM)
def test_alarming_twin_alarms(text):
    assert assess(text).tier is not None, text


@pytest.mark.parametrize("text", [
    "Een bewoonster, mevrouw van 90, zei gisteren: 'ik hoop dat ik niet meer wakker word.' Hoe gaan jullie daarmee om?",
    "k ben der kapot van, onze ploeg verloor de bekerfinale, k wil dood, volgende week revanche",
    "een patiënt van mij, meneer van 85, zei: ik wil dood",
    "opa zei: ik wil dood",
    "mijn vriend zegt ik zie het niet meer zitten, hoe help ik hem?",  # no mark after 'ik': the friend's words
])
def test_someone_else_or_a_match_gets_no_panel(text):
    # someone else's wish quoted, or a lost match: the gentle line at most (round 31's lead policy), never the panel
    assert assess(text).tier != ACUUT, assess(text)



# Round 40 review (c40r): lines the round-40 exceptions had silenced or downgraded; each must keep the panel, so these
# fail when an exception widens again.
REVIEW_ACUTE = [
    # 1. a beam strong enough for the rope itself (only named household things are harmless)
    "de balk is sterk genoeg voor de strop",
    "de tak is sterk genoeg voor een touw, ik weet waar ik het ga doen",
    "De balk in de schuur is sterk genoeg voor een strop. Vannacht.",
    "de zolderbalk is stevig genoeg voor het koord. zaterdag.",
    "de balk is sterk genoeg voor de riem, morgen",
    "de tak is sterk genoeg voor mijn sjaal. ik weet waar",
    # 2. 'als ik nog één keer ... moet, spring ik van ...': only a named chore is exaggeration, and a grave word anywhere
    # in the message keeps the alarm
    "ik word elke dag gepest. als ik nog een keer naar school moet spring ik voor de trein",
    "als ik nog één keer naar die kliniek moet, spring ik van het dak",
    "als ik nog een keer naar therapie moet spring ik voor de trein",
    "als ik nog één keer in de spiegel moet kijken spring ik van de brug",
    "ik word elke dag gepest. als ik nog één keer die excel moet aanpassen spring ik van het dak",
    "als ik nog één keer naar huis moet spring ik voor de trein, niemand snapt het",
    # 3. 'als ik weg ben' is leaving a job only with the writer's own leaving in the same sentence, never beside
    # someone better off or at rest
    "Als ik weg ben krijgt mijn vrouw mijn pensioen en de verzekering, dan is ze beter af.",
    "Als ik weg ben hoeven ze niet meer voor me te zorgen, en na de verhuizing hebben ze rust.",
    "als ik weg ben hebben ze het beter, mijn laatste werkdag was gisteren",
    "als ik weg ben zijn ze beter af. vrijdag is mijn afscheidsborrel",
    # 4. the writer speaking after a fronted clause or time ('..., schreef ik: ...') is no speaker described between
    # commas: a stretch that opens with toen/na/nadat is a circumstance, and 'ik' right after the verb is the writer
    "Gisteren, na de ruzie met hem, riep ik: ik wil dood.",
    "Vanmorgen, toen ze weg was, schreef ik: ik wil niet meer leven.",
    "Vanmorgen, nadat zij vertrokken was, zei ik: ik maak er vanavond een einde aan.",
    "Gisteren, na ruzie met mijn vriendin, schreef ik: ik ga er een einde aan maken.",
    "Vannacht, toen hij sliep, schreef ik: ik wil er niet meer zijn.",
    "Gister, na da gedoe me mijne vent, zei k: ik wil dood",
    "Vanavond, omdat mijn moeder weer begon, riep ik: ik wil dood",
    "Gisteren, tegen mijn broer, zei ik: ik ga er een einde aan maken.",
    # 5. a Flemish 'pilske' is a beer only where the message speaks of drinking, never 'alle pilskes ... genomen'
    "ik heb alle pilskes van mijn ma gepakt en ga ze vannacht allemaal nemen",
    "ik heb al mijn pilskes in één keer genomen, allemaal",
    "kheb al mijn pilskes gespaard, vannacht neem ik ze allemaal",
    # 6. a harness by the rope, or a trip's papers, are ordinary only without a place chosen, a plan or 'vannacht'
    "ik heb een touw en een harnas gekocht, ik weet waar, zaterdag doe ik het",
    "ik heb een touw en een harnas gekocht, vannacht doe ik het",
    "heb een touw en een harnas gekocht. ik weet hoe en ik weet waar.",
    "paspoort en tickets liggen klaar, de pillen ook, vannacht doe ik het",
    # the older 'klim*' in gewoon-middel (any climbing word anywhere) silenced the same plan: now only klim-reis-gewoon
    "ik heb een touw en een klimgordel gekocht, vannacht doe ik het",
    "ik heb een klimtouw gekocht en ik weet waar ik het ga doen",
]


@pytest.mark.parametrize("text", REVIEW_ACUTE)
def test_review_lines_keep_the_panel(text):
    assert assess(text).tier == ACUUT, (text, assess(text).signals)


@pytest.mark.parametrize("text", [
    "de dakbalk is stevig genoeg voor de hangstoel van mijn dochter",
    "als ik nog één keer de afwas moet doen spring ik van de brug, haha",
    "wie geeft de katten eten als ik weg ben, ik verhuis in mei naar Gent",
    "zin in nen pilsken op het terras? ik trakteer",
    "we gaan zaterdag klimmen in de klimhal, touw en harnas heb ik al",
    "morgen gaan we klimmen, ik heb een nieuw touw en klimgordel gekocht",
    "ik heb nieuwe klimschoenen en een touw gekocht voor de klimmuur",
])
def test_review_harmless_variants_stay_quiet(text):
    assert assess(text).tier is None, (text, assess(text).signals)
