"""Causes mended in round 14 (cr29b), each in fresh wording (not in any corpus file): what the
fresh outside file tuning12-l (young chat, half Flemish) showed, mended as a cause, not a line.

- Normalisation: 'ik' typed onto ANY verb ("kverhuis", "kgooi", "kbeloof"): a Dutch word never
  begins with k and one of b, d, f, g, h, j, k, m, p, s, t, v, z, so an unknown word that does is
  'ik' + a verb (no list of verbs to keep up); the key words in -en of [tekst]
  'tikfout_kernwoorden' are also read without their n (spoken Flemish and Dutch: "stoppe",
  "verdwijne"; not every word in -e: "drukke", "wonde" stay what they are);
  "mr" is meer; "abo" is an abonnement; "half dood" is the word
  "halfdood" (worn out), while "(half)dood van binnen" is a low mood.
- Harmless kinds: the last week, month or shift at a school or job; a cancellation for its price;
  "ik drink me dood" with a laugh before an evening out; logging out for the night; counted deaths
  in a game; vanishing "van schaamte"; how much one MAY take of a medicine; not being missed AT a
  party; a joking threat on a condition that keeps coming back ("als die prof nog 1 keer ...");
  "ik wil er niet meer zijn" about the boring party one is at, with a ride home asked.
- Alarm kinds: the ordinary purpose of a dangerous place denied ("maar niet om in te stappen");
  Flemish farewells ("moest ge dit lezen", "zorgt goed voor" after a comma, "kheb u graag gezien",
  "dit is het einde voor mij"); "mijn naasten verdienen iemand beter dan mij"; Flemish "voor u";
  "op het randje" of a height; a laugh taken back by "maar ik meen het" (no longer a joke or game).
Each harmless kind has alarm lines of the same surface beside it that keep their tier.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import assess, normalised

ACUTE = [
    # 'ik' glued to any verb still reads as the writer
    "kvertrek vannacht voorgoed, zorg goed voor mijn konijn",
    "kschrijf dit vanop het dak van de flat, kheb er genoeg van",
    # the last week ... on earth stays a farewell
    "mijn laatste maand hier op aarde, ik ga jullie allemaal missen",
    # a denied ordinary purpose at a dangerous place
    "ik sta aan het spoor bij de overweg, niet om mee te rijden",
    "zit op het dak van de parking, niet voor de zonsondergang",
    # Flemish farewells
    "moest ge dit vinden, zorgt goed voor mijn vogel en kheb u altijd graag gezien",
    "mocht je dit lezen: het is afgelopen met mij, vergeef me",
    # a joke word never covers a means, a time or being bullied
    "haha als het morgen weer misgaat neem ik al mijn pillen",
    "als het nog 1 keer zo gaat spring ik van de brug",
    # how much one may take, beside 'dodelijk': still a dose question for oneself
    "hoeveel oxazepam mag ik nemen voor het dodelijk wordt, voor mezelf",
    # Flemish 'u' for 'jou' when giving things away
    "mijn kleren zijn verdeeld, mijn fiets is voor u",
    # a laugh taken back by 'maar ik meen het' no longer reads as a joke or a game
    "mijn wachtwoorden liggen in de la lol maar ik meen het, ik ben er klaar mee",
    "kheb mijn spullen verdeeld haha maar ik meen het",
    # 'hopen' as well as 'hoop' not to wake up
    "kga slapen en hopen dat ik ni meer wakker word",
    # waking at a clock time is the alarm clock, but not beside 'voor altijd'; giving away 'because
    # I no longer need them' is still a reason
    "kwil ni meer wakker worden om 7u, ik wil gewoon slapen voor altijd",
    "ik heb mijn boeken weggegeven, ik heb ze niet meer nodig waar ik naartoe ga",
    # alone in the bathroom or my room with a blade, and the urge now
    "zit op mijn kamer met een schaar, laat me even, ik kan niet anders",
    "ben op de wc, stoor me niet, heb een mesje mee",
    # a break-up, a thing that ends or someone else who knows nothing never cover the writer's own plan
    "het is uit, vaarwel voor altijd, niemand ziet mij ooit terug",
    "nooit meer die pijn, merci voor alles, vanavond is het gedaan",
    "kheb een touw, ik weet al waar",
    # chat 'mr' for meer; a spoken infinitive without its n
    "kwil ni mr leve",
    "kga morgen verdwijne, voor altijd, zorgt goed voor de kat",
    # not living without a person is no small thing
    "ik wil niet meer leven zonder mijn mama",
]

CONCERN = [
    "ik voel me halfdood van binnen, niemand die het ziet",
    "mijn vrouw verdient een betere man dan mij, ik kan niks",
    "jullie verdienen echt iemand beter dan mij als vriend",
    "dit is het einde voor mij, ik trek het niet meer",
    "lol als ze me nog een keer uitlachen spring ik van het dak",
    "ik zuip me elke avond dood lol, boeit toch niemand",
    # 'het randje' is 'de rand'
    "kzit op het randje van de brug, zo hoog",
    "mijn leven is een vergissing, niemand had mij gewild",
    "kwil ermee stoppe, met alles",
]

HARMLESS = [
    # normalisation: 'ik' + any verb, then the ordinary occasion is seen
    "kverhuis naar gent, deze is mijn laatste week hier op kot, kga jullie missen",
    # the last week / month / shift somewhere
    "mijn laatste jaar op de middelbare zit erop, ik ga jullie missen",
    "dit wordt mijn laatste week op die school, ik ga jullie missen",
    # a cancellation for its price
    "kzeg mijn spotify op, kost te veel, ge kunt mijn account niet meer gebruiken",
    # half dood, worn out
    "kzijn half dood na die training amai",
    # the drinking idiom at an evening out
    "vrijdag afterwork, ik drink me dood haha",
    # logging out for the night
    "ik log uit, moet nog eten, tot straks gasten",
    # a game: counted deaths
    "ik ben 12 keer doodgegaan bij de eindbaas, dit spel is zo moeilijk",
    # vanishing from shame
    "ik wou verdwijnen van schaamte toen mijn gsm afging in de les",
    # how much one may take
    "hoeveel paracetamol mag ik nemen op een avond, ik heb zo'n koppijn",
    # not missed AT a party
    "niemand zal me missen op dat verjaardagsfeest, ik blijf lekker thuis",
    # a joking threat on a condition that keeps coming back
    "als mijn zus nog 1 keer mijn hoodie pikt spring ik van het balkon lol",
    # not the writer: someone else deserves better than him
    "ons kindje verdient een betere papa dan hij, hij belt nooit",
    # 'ik wil er niet meer zijn' about the boring party I am at, with a ride home asked
    "kwil hier niet meer zijn, dat feestje is zo suf, wie haalt me op?",
    "dat was op het randje, net geslaagd lol",
    "kleine slaapt eindelijk, hopen dat ze niet meer wakker wordt vannacht",
    "mijn leven is een hel met die examens lol",
    # waking at a clock time, on a weekday, by the alarm clock
    "ik wil nooit meer wakker worden om 6u45, leve de vakantie",
    "kwil ni meer wakker worden door de wekker van mijn zus, die gaat om 5u af",
    # a blade in the bathroom for shaving or crafts, a lighter for a secret cigarette
    "kan niet praten, zit in de badkamer met het scheermesje, moet even mijn benen scheren",
    "kan niet praten, zit op mijn kamer met een schaar te knutselen voor mama haar verjaardag",
    "kan niet praten, zit op mijn kamer met een aansteker en een sigaret, laat me even",
    "ik zit op mijn kamer met een schaar, moet even mijn kleed vermaken",
    # never again THAT subject; a break-up; someone else who does not know where
    "kzen zo blij da het gedaan is, nooit meer da vak, merci prof voor alles",
    "tis gedaan tussen ons, kgeef u uw hoodie terug, vaarwel",
    "kverstop mijn snoep voor mijn broer, niemand weet waar",
    # not living or dying without a small thing
    "kan ni meer leven zonder mijn gsm, hij ligt in de herstelling lol",
    "ik ga dood zonder mijn koffie, wie haalt er eentje?",
    # a denied purpose with the ordinary purpose said
    "ik sta op het perron maar niet om in te stappen, ik haal mijn vriendin af",
]


# Harmless, and no longer the panel from the rules; the fitted score may still give the gentle line.
NO_PANEL = [
    # clearing out: the things I no longer need, in a relative clause
    "ik heb mijn kast opgeruimd en alles weggegooid wat ik niet meer nodig heb",
    "kamer opgeruimd, alles wat ik niet meer gebruik ligt bij het grofvuil, zo fris nu",
]


@pytest.mark.parametrize("text", NO_PANEL)
def test_harmless_kind_never_gets_the_panel(text):
    assert assess(text).tier != "acuut", assess(text)


@pytest.mark.parametrize("text", ACUTE)
def test_acute_kind_gets_the_panel(text):
    assert assess(text).tier == "acuut", assess(text)


@pytest.mark.parametrize("text", CONCERN)
def test_concern_kind_gets_at_least_the_gentle_line(text):
    assert assess(text).tier is not None, assess(text)


@pytest.mark.parametrize("text", HARMLESS)
def test_harmless_kind_stays_quiet(text):
    assert assess(text).tier is None, assess(text)


@pytest.mark.parametrize(("typed", "read"), [
    ("kverhuis", " ik verhuis "), ("kgooi ze weg", " ik gooi ze weg "), ("kbeloof het", " ik beloof het "),
    ("kmaak het uit", " ik maak het uit "), ("5 kg", " 5 kg "), ("khalas", " klaar "),
    ("mn abo", " mijn abonnement "), ("half dood", " halfdood "), ("niemand belt nog", " niemand belt meer "),
    ("kwil ermee stoppe", " ik wil ermee stoppen "), ("ni mr", " niet meer "), ("ik ga verdwijne", " ik ga verdwijnen "),
    ("de drukke week", " de drukke week "), ("haar wonde", " haar wonde "),
])
def test_normaliser_reads_ik_on_any_verb_and_chat_words(typed, read):
    assert normalised(typed) == read
