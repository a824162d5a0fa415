"""Round 19 (c19b): idioms of a fright or a laugh, an apology for one's tone, one arrangement named twice,
and alarms split over two short sentences.

"ik heb me kapot geschrokken" with "sorry dat ik zo streng klink" was read as distress plus a farewell,
and "ik ben kapot" (tired) with "de sleutel ligt bij de buren" as two things arranged plus distress (one
key with the neighbours counted as `regelen` and as `weggeven-bezit`). The alarm twins keep the panel:
"kapot van verdriet", a real farewell, keys with a wish to be gone, passwords and a pet given away. The
corpus lines are in tests/corpus/crisis/tuning19-c19b.toml; the texts here are not."""

import pytest

from vraaghulp.coach.crisis import ACUUT, assess


@pytest.mark.parametrize("text", [
    # a fright or a laugh, and an apology for the tone
    "Ik was me kapot geschrokken toen de fietser tegen onze auto reed, sorry dat ik zo bazig klonk. Rij je morgen mee?",
    "de poes lag ineens op straat, ik ben kapot van de schrik. sorry dat ik zo hard riep tegen je",
    "Sorry dat ik zo scherp reageerde, ik was kapot van de zenuwen voor mijn rijexamen. Zullen we vrijdag iets drinken?",
    "'k heb mij kapot verschoten van die knal, sorry da 'k zo fel deed. kunde gij morgen de ruit komen meten?",
    # tired, and one key left with the neighbours
    "Ik ben kapot na die verbouwing. De sleutel ligt bij de buren, wil jij zondag de vissen voeren?",
    "ik ben kapot, de baby sliep weer niet. sleutel ligt bij de buurman, haal jij de boodschappen?",
])
def test_fright_apology_and_tired_keys_stay_quiet(text):
    assert assess(text).tier is None, assess(text)


@pytest.mark.parametrize("text", [
    "ik ben kapot van verdriet. sorry voor alles, zorg goed voor de kat",
    "Sorry dat ik zo moeilijk was. De sleutel ligt bij de buren. Pas goed op de kinderen.",
    "ik ben kapot, ik wil er niet meer zijn, de sleutel ligt bij de buren",
    "Ik ben kapot. De sleutel ligt bij de buren en de hond gaat naar Mira, voor als ik er niet meer ben.",
    "Mijn wachtwoorden liggen in de la, de sleutel ligt bij de buren en de kat gaat naar mijn zus. Ik ben kapot.",
    "ik heb me kapot geschrokken van mezelf, ik stond op de brug en wilde springen. sorry voor alles",
])
def test_alarm_twins_keep_the_panel(text):
    assert assess(text).tier == ACUUT, assess(text)


@pytest.mark.parametrize("text", [
    # a means named in one sentence, and the writer takes all of it in the next
    "de morfine van kamer 7 staat klaar. die slik ik straks allemaal in",
    "de fentanylpleisters van mijn vader liggen hier. vannacht neem ik alles",
    # a rope hung up, and "morgen is het gedaan"
    "ik heb het touw in de garage gehangen. morgen is het gedaan",
    # a high place, and jumping off in the next sentence
    "ik sta op het viaduct. als de vrachtwagen komt spring ik eraf",
    "zit op de spoorbrug. na de volgende trein ga ik eraf",
    # someone told not to wait for me does not make the bridge a place to wait for a train
    "je hoeft nie meer te wachten op mij. k sta op de brug. k spring",
    # "niet meer naar beneden" from a roof stays an alarm
    "ik zit op het dak van de parking. ik kom niet meer naar beneden",
])
def test_alarms_split_over_two_sentences(text):
    assert assess(text).tier == ACUUT, assess(text)


@pytest.mark.parametrize("text", [
    "de morfine van kamer 7 staat klaar. die geef ik om acht uur aan mevrouw Smits",
    "ik sta op het dak van de parkeergarage. straks kom ik naar beneden, staan jullie bij de ingang?",
    "ik heb de pillen van oma in de weekdoos gedaan. vanavond neem ik ze mee naar haar",
])
def test_harmless_twins_stay_without_the_panel(text):
    assert assess(text).tier != ACUUT, assess(text)


def _tries(monkeypatch, text: str) -> int:
    """How many hits the [[samen]] search tried (each a `_close` test) while checking `text`."""
    import vraaghulp.coach.crisis.holds as holds

    count = [0]
    close = holds._close

    def counting(*args):
        count[0] += 1
        return close(*args)

    monkeypatch.setattr(holds, "_close", counting)
    assess(text)
    return count[0]


@pytest.mark.parametrize("phrase", ["als ik er niet meer ben ", "de sleutel ligt bij de buren "])
def test_a_long_repeated_phrase_costs_no_more_tries_than_a_short_one(monkeypatch, phrase):
    """Round 19: the search budget counts every hit tried, not only every combination: each try
    scanned all the hits of an item, so a text five times longer cost five times the tries."""
    short = _tries(monkeypatch, (phrase * 400)[:5_000])
    long = _tries(monkeypatch, (phrase * 1000)[:25_000])
    assert long <= 1.5 * short, (short, long)


def test_no_sentence_a_pattern_reads_is_longer_than_the_cap(monkeypatch):
    """Round 19: a text of 50,000 characters without a full stop reaches the patterns in pieces of at most
    `LONGEST_SENTENCE` words (a pattern reads from each of its words to the end of the sentence), and an
    alarm at its end still fires."""
    import vraaghulp.coach.crisis.engine as engine

    longest = [0]
    split = engine._sentences

    def measured(reading):
        found = split(reading)
        longest[0] = max([longest[0], *(len(s.split()) for s in found)])
        return found

    monkeypatch.setattr(engine, "_sentences", measured)
    text = ("pillen touw brug spring dood " * 1800)[:50_000]
    assess(text)
    assert 0 < longest[0] <= engine.LONGEST_SENTENCE, longest[0]
    assert assess(text + " en ik wil niet meer leven").tier == ACUUT


def test_the_cover_story_mask_reads_the_rest_of_a_sentence_once():
    """Round 19: the look for a cover story after loaded words is possessive (one pass to the sentence end)."""
    from vraaghulp.coach.crisis import compiled_rules

    covers = [source for source, replacement, _keys in compiled_rules().normaliser.replacements if replacement == " | "]
    assert covers and all("[^.!?;|]*+(?<= )[.!?;]" in source for source in covers)
