"""What makes a message serious whatever harmless frame stands in it (used by `frames.cancelled`).

A message-wide frame (a laugh with its source, a work handover, an ordinary cause of tiredness, someone
else's funeral ...) takes its families' signals down only when the message says nothing that no frame may
pass over: death or life in so many words, the wish taken further, a time to come, a plan, a means
(`SERIOUS`), the words a frame may say itself (`_FRAME_OWN`), what makes an ordinary reason's absence
grave (`_GRAVE`), and each frame's own serious words (`_FRAME_SERIOUS`). Split from `frames` in round 22
(c22j). Standard library only.
"""

from __future__ import annotations

import re

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs milliseconds
if TYPE_CHECKING:
    from typing import Any

__all__ = ["SERIOUS", "OWN_DEATH", "OWN_FAREWELL", "OWN_FOLLOW", "OWN_LEAVE", "SOON", "said_kinds", "said_of", "serious"]

# No frame applies when the message says what makes it serious whatever the frame: death or life in
# so many words ("ik maak er een einde aan, aan alles, ook aan mezelf", a farewell letter, "ik meen
# het"), the wish said again or taken further ("eigenlijk nergens meer", "of toch", "al maanden", "daarna"), the whole of life ("alles",
# "deze wereld"), a time to come or a plan made ("vanavond", "na zaterdag", "binnenkort",
# "besloten", "niemand hoeft me te zoeken"), a means ("pillen", "touw", "spoor"), a letter, a loss
# ("kwijt", "gekost"), a low mood ("als ik me rot voel"). Some frames' own words are among them: a
# frame may say them (`_FRAME_OWN`), e.g. a work handover's "na vrijdag", a sleep-in's "vannacht".
_DAYS = r"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
# Round 44 review (c44r): the writer's own leave-taking beside someone else's death, in the present or to come ('ik neem
# (nu) ook afscheid', 'vannacht neem ik ook afscheid', 'ik neem afscheid en ben klaar', 'afscheid van mezelf', 'mijn
# eigen afscheid', 'het is mijn beurt om afscheid te nemen', 'ik volg je', 'ik kom naar je toe'), not one plainly taken of
# the dead ('morgen neem ik afscheid van opa', '... in het rouwcentrum', 'we nemen afscheid'). Breaks the funeral frame
# (`rouw-ander`) and keeps `other_death` from lowering the panel. Written in the normalised text ('nu' is dropped).
_LIVING = r"(?:mezelf|mijzelf|iedereen|jullie|allen|allemaal|alles|de wereld|het leven|mijn (?:vrienden|ouders|kinderen))"
OWN_LEAVE = (r"(?:(?<![\w'])(?:ik|k) neem|(?<![\w'])neem (?:ik|k)) (?:\w+ )?ook afscheid(?! (?:\w+ ){0,2}?(?:van|bij|in|op|aan)"
                r" (?!" + _LIVING + r"\b))"
                r"|(?:(?<![\w'])(?:ik|k) neem|(?:^|[,.!?;] |\ben )neem (?:ik|k)) afscheid(?= [,.!?;]| en\b| ?$| van " + _LIVING
                + r"\b)|\bafscheid (?:\w+ ){0,2}?van (?:mezelf|mijzelf|de wereld|het leven)\b|\bafscheid nemen doe (?:ik|k)"
                r" (?:\w+ ){0,2}?ook\b|\bmijn (?:eigen )?afscheid\b(?! van)|\bmijn beurt (?:om )?(?:\w+ )?afscheid\b")
# the follow/come-to-you forms apart (round 44 second review, c44r2): `other_death.own_farewell` weighs them only when
# they are said to the dead, not on a condolence visit ('ik kom naar je toe met soep')
OWN_FOLLOW = r"(?<![\w'])(?:ik|k) volg (?:je|jou|hem|haar)\b|\b(?:kom|ga) (?:ik )?naar (?:je|jou) toe\b"
OWN_FAREWELL = OWN_LEAVE + "|" + OWN_FOLLOW
SERIOUS = {
    "death": r"dood|sterven",
    "life": r"leven|mezelf|zelfmoord\w*|afscheidsbrie\w*|meen het",
    # (the normaliser has dropped fillers such as 'toch' and 'eigenlijk': "of toch niet" reads "of niet")
    "scope": r"of niet|maar ook|ook niet|serieus|eerlijk gezegd|overal|nergens|deze wereld|met niks|helemaal niks|verdwijnen"
             # round 35 (c35): "en dan naar huis / naar bed" ends an ordinary day; round 40 (c40): "en dan (nog) dat toetje" a meal
             # (c40r: a whole word only: "en dan ijskoud ...", "en dan slapeloos" stay serious; round 41 (c41): "en dan nog rijstpap", other dishes)
             r"|elke dag|nog steeds|daarna|en dan(?! (?:naar huis|naar bed|slapen|eten|douchen|(?:dat |het |een )?(?:toetje|dessert|ijs|ijsje|gebak|taart|pudding|rijstpap|pap|vla|soep|koffie|koekjes|frieten|frietjes|pannenkoeken|nog een bord|nog een portie))\b)|nooit meer terug\w*|niet lang meer"
             r"|niet meer terug\w*|niet terug\w*|enkeltje",
    "long": r"al (?:weken|maanden|jaren)",  # round 20 (c20a): its own kind, so that an elder's saying "al jaren" may pass
    "gone": r"(?:ben|zijn) (?:ik|we) er (?:dan )?niet meer|er (?:dan )?niet meer (?:ben|zijn)",
    "estate": r"testament|weggegeven|spullen|notaris|erfenis",
    "alles": r"alles|(?:beu|zat|moe) allemaal|allemaal (?:beu|zat|moe)",  # round 26 (c26n): "ik ben het zo beu allemaal"
    "time": r"vanavond|straks|zometeen|zo meteen|binnenkort|voordat|volgende week|nu meteen",
    "real": r"in het echt|in real life|irl",  # round 35 (c35): its own kind
    "night": r"vannacht",  # round 22 (c22j): its own kind, so that the night of an ordinary cause may pass
    "after-day": r"na (?:" + _DAYS + r"|morgen|het weekend|vandaag)",
    "plan": r"besloten|beslissing|niemand hoeft|zoek(?:en)? me|zoeken|einde? aan|eind maken|einde maken",
    "means": r"pillen|slaappillen|medicijnen|touw|spoor|mes|gespaard|klaarliggen|klaar liggen",
    "train": r"trein|treinen",
    "letter": r"brief|brieven",
    "loss": r"kwijt|gekost|droog|rot voel|eetbui|haat",
}
_FRAME_OWN = {  # a laugh, a game and a hangover may say "dood" ("ik ga dood van het lachen")
    ("werk-overdracht",): {"after-day", "gone"},
    ("wakker-van-lawaai",): {"time", "night"},
    ("slaap-tot",): {"time", "night"},
    ("spel-wereld",): {"death", "loss", "estate", "alles"},  # round 35 (c35): not "time" ("in de game ... maar vanavond spring ik")  # in a game: "dood", "alles kwijt", "al mijn spullen kwijt"
    ("gerust-gezond",): {"letter", "gone", "estate"},
    ("geregeld-samen", "opgelucht"): {"alles", "letter", "gone", "estate"},
    ("zelfcorrectie",): {"gone"},
    ("saai-hier", "naar-huis"): {"gone"},
    ("grap", "sport-springen"): {"death", "estate"},
    ("doe-niks-ontkend",): {"death", "life", "scope", "gone", "long"},  # round 31 (c31b): the passive wish's own words
    ("grap", "lach-bron"): {"death"},
    ("kater-nooit-meer",): {"death"},
    ("pech-ding",): {"death", "life", "loss", "train", "gone"},  # round 35 (c35o): "ik wil dood, mijn oortjes kwijt, de trein gemist"
    ("lach-anekdote",): {"death"},  # round 36 (c36): the laughed wish's own "dood"
    ("vol-gegeten",): {"death"},  # round 40 (c40): the full stomach's own "ik lig te sterven", "ik ga dood"
    ("recensie", "fictie"): {"death", "life", "letter", "alles"},  # round 38 (c38): the plot's death, farewell letter, "bedankt voor alles"
    ("gezegde-altijd",): {"death", "gone"},  # round 37 (c37): the saying's own words ("als ik dood ben moet ge niet bleiten")
    ("grap", "uitgaan"): {"death"},
    ("opzegbrief",): {"plan"},
    ("reden-weg",): {"gone", "time", "night", "after-day"},  # "als ik er niet meer ben volgende week (vakantie)"
    ("wond-oorzaak",): {"life"},  # round 34 (c34): "mezelf gesneden aan de snoeischaar"; its own test keeps the rest
    ("lied-citaat",): {"time", "alles", "death", "life", "gone"},  # round 35 (c35o): the song's own words ("ik wil dood")
    ("wakker-oorzaak",): {"time", "night"},
    ("uitje-samen",): {"train"},
    ("rol-of-kanaal",): {"time", "night", "alles"},
    ("verleden-hersteld",): {"life", "scope", "death", "long"},  # the relapse words are its own test (`_RELAPSE`)
    ("suicidaal-ontkend",): {"life", "scope", "death", "long"},
    ("geniet-nog",): {"life", "scope", "death", "long"},
    ("levenseinde-papieren",): {"estate", "gone", "letter"},
    ("nalatenschap-notaris",): {"estate", "gone"},
    # "hij was op slag dood", "vannacht": the stranger's death and night; round 23 (c23k): "voor de trein gesprongen"
    ("sprong-ander-nieuws",): {"death", "time", "night", "train"},
    ("reden-ziekenhuis",): {"alles", "gone", "time", "night"},
    ("verzorg-instructie",): {"alles"},
    ("arts-akkoord",): {"plan", "means"},  # round 23 (c23k): "ik heb besloten: ik stop met de pil", the doctor agreed
    ("dagspullen",): {"alles", "train"},
    ("spullen-ander",): {"death", "estate"},
    ("pijn-oorzaak",): {"life", "scope", "long"},
    ("ander-kerngezond",): {"death", "estate", "long"},
    ("rouw-ander",): {"death", "time", "night", "after-day", "scope"},  # "sinds opa dood is", "vanavond", "daarna de koffietafel"
    ("klacht-aanpak",): {"time", "night", "after-day"},  # "volgende week staat ge er zelf"
    ("hulp-voor-ander",): {"death", "time", "night", "after-day", "scope", "long", "alles"},  # "sinds oma dood is", "al weken"
    ("werk-verslag", "ander-geval"): {"death", "night", "train", "means", "alles"},  # round 30 (c30): "was op slag dood", "vannacht
    # op de spoed"; round 38 (c38): "heb het gemeld en alles weggehaald" (the patient's pills)
    # round 36 (c36): and the other's means ("madam van kamer 12 heeft te veel van haar pillen genomen"); the frame's own
    # test keeps every signal that names the writer, and its serious words a means taken home or wanted
    # round 34 (c34): and "als ik dood ben" (a letter at the notary for later, "daarna lekker koffie")
    ("kalm-verstandig",): {"alles", "gone", "estate", "letter", "death"},  # round 30 (c30): "alles op orde", "als ik er niet meer ben"
    ("hoort-bij-ziekte",): {"death"},  # round 30 (c30): "zei dat hij dood wil ... hoort bij de ziekte"
    ("rust-met-reden",): {"death"},
    ("last-gunst",): {"alles"},  # round 35 (c35): "mijn vriend moet alles voor me halen"
    ("citaat-onderwerp",): {"scope", "alles"},  # round 35 (c35): "zegt hij het heeft allemaal geen zin en dan gaat hij naar Spanje"  # round 35 (c35): "de kleren van mijn man weggegeven, drie jaar na zijn dood ... ik kan verder"
    ("gewone-last",): {"loss", "night"},  # "de weg kwijt", "zijn job kwijt": its own test keeps a low mood and a binge;
    # round 22 (c22j): the night of the cause ("vannacht nog een keizersnede")
}
# The frames of an ordinary reason (round 16) also give way to what makes an absence or a question
# grave (`_GRAVE`): for good, never again, not as a holiday, passwords, codes and debts handed over,
# no longer needed, a person's dose.
_REASON_FRAMES = frozenset({
    ("reden-weg",), ("pijn-oorzaak",), ("wakker-oorzaak",), ("dosis-voor-ander",), ("uitje-samen",), ("rol-of-kanaal",),
    ("verleden-hersteld",), ("suicidaal-ontkend",), ("geniet-nog",), ("levenseinde-papieren",), ("reden-ziekenhuis",),
    ("verzorg-instructie",), ("dagspullen",), ("spullen-ander",), ("wond-oorzaak",), ("lied-citaat",),
    ("sport-inspanning",), ("ding-onopgemerkt",)})
# Round 35 (c35): someone, but not someone asked for a tip or a fact ("iemand tips om te slijpen?", "weet iemand hoe dat heet?")
_SOMEONE = (r"(?<!\bweet )(?<!\bheeft )(?<!\bkent )iemand"
            r"(?! (?:tips?|een tip|advies|raad|ideeen|een idee|enig idee|ervaring|een aanrader|aanraders)\b)")
_GRAVE = (r"\b(?:voorgoed|voor altijd|echt weg|ooit|beter zo|naar (?:haar|hem|hen) toe|nooit meer (?:terug|zien|horen|zult|zal|hoeft|hoeven)|niet als|niet op"
                    r"|bedoel ik niet|wachtwoord\w*|pincode\w*|codes?|kluis|verzekering|schulden|op (?:jouw|uw|je) naam"
                    r"|niet meer nodig|niet meer kunnen|spring\w*|sprong|eraf|naar beneden|onder de trein|gooi\w*|vragen waarom|zeg niks|last|stil is|afscheid\w*|mens|mensen"
                    r"|" + _SOMEONE + r"|mezelf pijn doen wil)\b")
# Round 35 (c35o): a song's words may say the jump and someone ("spring van de brug", "niemand mist me"): the song frame
# gives way to the rest of `_GRAVE` only (it brings a death wish or a jump down to the gentle line, never lower).
_SONG = frozenset({("lied-citaat",)})
_GRAVE_SONG = re.sub(r"\|(?:spring\\w\*|sprong|eraf|naar beneden|mens|mensen)(?=\|)", "", _GRAVE.replace("|" + _SOMEONE, ""))
# Review rv16c: what one frame of an ordinary reason may not pass over besides: a blade or a wound beside shoes or
# a stiff neck ("ik doe mezelf pijn met die schoenen, en met een mesje"); the ordinary reason denied
# ("nooit meer wakker worden, niet door de kater, gewoon nooit meer").
_FRAME_SERIOUS = {
    ("pijn-oorzaak",): r"\b(?:mes|mesje|mesjes|scheermes\w*|snij|snijd|snijden|sneed|gesneden|kras|krassen|kraste|gekrast"
                       r"|bloed\w*|polsen|expres|opzet|geen grap)\b",
    ("wakker-oorzaak",): r"\b(?:niet (?:door|van|vanwege|wegens|om) (?:de|het|die|dat|mijn|een|zon|zo n)|gewoon nooit meer)\b",
    # round 34 (c34): nor the reason denied ("niet omdat ik verhuis", "niet naar het buitenland", "naar de andere kant")
    ("reden-weg",): r"\b(?:hemel|hiernamaals|eeuwige jachtvelden|andere kant|overkant|niet (?:omdat|omda|om|naar|voor|door|vanwege|op)"
                  r" (?:\w+ ){0,3}?(?:verhuis\w*|verhuiz\w*|buitenland|reis|vakantie|nieuwe|andere (?:stad|job|baan|school)|zeilen|te zeilen"
                  r"|kamperen|trekken|wandelen))\b",
    # round 34 (c34): a wound with an ordinary cause, not done on purpose, hidden, again and again, with a blade or beside life
    ("wond-oorzaak",): r"\b(?:leven|zelfmoord\w*|afscheidsbrie\w*|meen het|expres|opzet|bewust|zelf gedaan|doe ik zelf|deed ik zelf"
                       r"|geen krassen|niet (?:van|door) (?:de|het|die|mijn) (?:kat|poes|hond|rozen|haag|heg)|elke (?:avond|dag|nacht)"
                       r"|niemand (?:weet|mag|ziet)|verberg\w*|mouwen|niet tegen|geheim|helpt|opluchting|drang|mesje\w*|scheermes\w*"
                       r"|polsen|pols|dijen|bovenbenen|pillen|touw|spoor|gespaard|zelf|smoes\w*|verzin\w*|zeg ik dat|wijsmaken"
                       r"|wijs maken|zodat|niet ziet|niemand|wondjes|dieper|begonnen|snap|bedoel|ongelukje\w*|pleister\w*)\b",
    # round 35 (c35o): nor where the song is the writer's own wish, act or farewell ("gaat over mij", "als ik het doe")
    # (round 41, c41: "wat ik" only before what the writer feels, does or is: the song's own "alles wat ik was is weg" is no wish)
    ("lied-citaat",): r"\b(?:over mij|ben ik|ik ook|klopt|voel ik|zo voel|mijn leven|meen\w*|echt zo|mezelf|zelfmoord\w*"
                      r"|afscheid\w*|uitvaart|begrafenis|precies|letterlijk|wat ik (?:voel|denk|wil|bedoel|meemaak|doormaak|ben|doe|ga|van plan)|ik denk|denk ik|begrijpt|herken\w*|het ook(?! alweer)"  # round 36 (c36): not "hoe heet het ook alweer"
                      r"|ook zo|ook dood|als ik het|ga doen|wil doen|sta al (?:op|aan|bij)|al open|naast me|klaar|hoop dat|niemand"
                      r"|niet lang meer|ik zie|het enige)\b",
    # round 35 (c35o): a mishap beside a death wish, not where the mishap is denied as the reason or the wish meant
    ("pech-ding",): r"\b(?:mezelf|zelfmoord\w*|afscheid\w*|meen\w*|grap\w*|niet (?:om|vanwege|door|waarom|overdreven)|is het niet|das het niet|dat het niet"
                    r"|niemand|uitweg|niet meer zitten|druppel|niet meer nodig|hou het niet|kan niet meer|elke (?:dag|nacht|ochtend)"
                    r"|nooit meer|al (?:lang|heel lang|zo lang|een tijd)|sinds|was ik het maar|enige|geen geld)\b",
    # round 38 (c38): a review is no cover where the writer takes the plot for themself
    ("recensie", "fictie"): r"\b(?:ik ook|ook zo|net als (?:hij|zij|ze|ik)|voel ik|zo voel|herken\w*|over mij|mezelf|zelf ook|wil ik|ik wil"
                            r"|ga ik|doe ik|dat ook|hetzelfde|meen\w*|achterna|in het echt|mijn leven|zelfmoord\w*)\b",
    # round 36 (c36): a laughed story is no cover where the wish is meant, older than the story or about more
    ("lach-anekdote",): r"\b(?:mezelf|zelfmoord\w*|afscheid\w*|meen\w*|niet (?:om|vanwege|door|waarom|overdreven|van)|is het niet"
                        r"|das het niet|dat het niet|niemand|uitweg|niet meer zitten|druppel|hou het niet|kan niet meer|elke (?:dag|nacht|ochtend)"
                        r"|nooit meer|al (?:lang|heel lang|zo lang|een tijd)|sinds|altijd|was ik het maar|enige|haat|plan|pillen|touw|brug|spoor|trein"
                        # the laugh taken back ("haha, nee serieus": the normaliser drops "serieus" and "echt")
                        r"|(?:haha\w*|hihi\w*|lol|xd|lmao) (?:, |\. )?neen?)\b",
    # round 35 (c35): sport is no cover for a wound made or hidden; a thing unnoticed is no cover for being gone, a wound or pain
    ("sport-inspanning",): r"\b(?:mesje\w*|scheermes\w*|snij\w*|sneed|gesneden|kras\w*|gekrast|opengekrast|aansteker|sigaret\w*|strijkijzer"
                           r"|gebrand|verbrand|bloed\w*|expres|opzet|bewust|helpt|verdien|straf\w*|verberg\w*|niemand|mouwen)\b",
    ("last-gunst",): r"\b(?:nutteloos|waardeloos|beter af|beter (?:is|zou|zijn)|er niet (?:was|ben|meer|zou)|iedereen|altijd|niemand|weg"
                     r"|zin|op is|moe|niet meer|voorgoed|verdwijn\w*|kapot|alleen|eenzaam|sorry dat ik besta|zonder (?:mij|me)|redden|verdien\w*)\b",
    ("citaat-onderwerp",): r"\b(?:ik ook|ook zo|voel ik|zo voel|ben ik|herken\w*|over mij|net als ik|ik zelf|zelf ook|nu ik|mij ook|bij mij|voor mij"
                           r"|ik ben (?:ook|zelf))\b",
    ("ding-onopgemerkt",): r"\b(?:snee|sneetjes?|sneden|snijwond\w*|krassen|gekrast|wond\w*|brandwond\w*|gebrand|bloed\w*|mouwen|pleister\w*"
                           r"|verstop\w*|verberg\w*|als ik er|was ik er|verdwijn\w*|weg was|weg ben|week|weken|maand\w*|pijn|alleen|eenzaam"
                           r"|niemand (?:mist|ziet mij|ziet me|kijkt)|beter af|last)\b",
    # "ik ben niet suïcidaal, maar ik zou liefst niet meer wakker worden": the denial is a hedge
    ("suicidaal-ontkend",): r"\bsuicidaal\b[^.!?;|]*\b(?:maar|wakker|liefst|liever|verdwijn\w*|ophoud\w*)\b",
    # Round 23 (c23k): "daar" is where the writer might go, not where the fences should come ("ze moeten daar
    # eens hekken neerzetten")
    ("sprong-ander-nieuws",): r"\b(?:ook|zelf|hier|daar(?! (?:\w+ ){0,3}?(?:hekken|hek|netten|vangnetten|camera\w*|"
                              r"bewaking|afsluiting\w*|toezicht|iets aan))|daarheen|dezelfde|zelfde|net als|achterna|benijd\w*|jaloers|snap|begrijp"
                              r"|volg\w*|mezelf|mij|me|zou ik|wil|wilde|durf\w*|moed|spring|springen|hoog\w*|diep|idee|plan|zin in"
                              r"|verleidelijk|makkelijk|snel|pijnloos|gelukkig|rust|benieuwd|beurt|nu|sta|zit|ga|heen"
                              # rv17c: a wish to be the one who jumped, his being right, his rest envied
                              r"|wou|zou willen|dat ik|gelijk|hetzelfde|tenminste|achter de rug|nog niet|volgende|verlost|bevrijd"
                              r"|dapper|moedig|lef|denk\w* er)\b",
    # Round 20 (c20a): an elder who is well but says others would be better off, or is tired of it
    ("ander-kerngezond",): r"\b(?:beter af|opgelucht|verlost|last|blij|moe|op|klaar|genoeg|lang meer|binnenkort|laatste tijd|sinds|steeds vaker"
                           r"|wil|wilt|wou|niet meer|hoeft|zin)\b",
    # Round 21 (c21a): an ordinary cause does not cover being worn out where the message says it is more than
    # that cause: alone, no one, empty, dark, heavy, no strength or light left, better off, a weight that is no
    # everyday cause (debts, a divorce, a dismissal), no way on, the cause denied
    ("gewone-last",): r"\b(?:niemand|alleen|eenzaam|leeg\w*|zwart|donker|zwaar\w*|tandvlees|houdt (?:maar )?niet op|kracht"
                      r"|energie|opgeven|geef het op|durf\w*|verder|onderdoor|verdrink\w*|ik huil|vechten|berg|sleep"
                      r"|te veel|teveel|hopeloos|uitweg|zin|geen (?!puf\b|suiker\b)\w+ meer|beter|in mijn hoofd|dag en nacht"
                      r"|schulden|scheiding|ontslag\w*|werkloos|deurwaarder\w*|incasso\w*|failliet|faillissement|beslag (?:gelegd|leggen|op)|bank (?:\w+ )?belt"
                      r"|verzopen|mislukt|verwoest|rot voel|eetbui\w*|haat|ligt niet aan|niet (?:door|van|vanwege|om) (?:de|het|die|dat|dit|deze|mijn)"
                      # round 22 (c22j): a time to come may be the cause's night or a rest, not an end ("vanavond is het gedaan")
                      r"|doordraai\w*|door te draaien|instort\w*|knap\w*|(?:gek|zot) (?:te )?word\w*"
                      r"|(?:vanavond|vannacht|straks|zometeen|zo meteen|binnenkort) (?:\w+ ){0,3}?(?:gedaan|voorbij|afgelopen|over|einde?|weg|klaar)"
                      # round 40 (c40): not knowing how to keep going is more than the cause ("ik weet niet hoe ik dat moet
                      # volhouden"; not "nog even volhouden", "of ik het volhoud met die verbouwing")
                      r"|weet (?:\w+ )?niet (?:meer )?hoe (?:lang )?(?:ik|k) (?:\w+ ){0,2}?(?:moet |kan )?volhou\w*)\b",
    # Round 22 (c22j): a funeral frames no farewell to the living, no wish to follow or to be with the dead
    ("rouw-ander",): r"\b(?:achterna|bij (?:hem|haar|hen) zijn|naar (?:hem|haar|hen) toe|ik ook|ook (?:dood|weg|niet meer)|voorgoed"
                     r"|voor altijd|nooit meer terug\w*|(?:afscheid|dag) (?:\w+ )?(?:van|aan) (?:jullie|iedereen|je|jou|u)|mijn (?:eigen )?"
                     r"(?:begrafenis|uitvaart|crematie)|niet meer zitten|wil (?:niet|ook)|kan niet meer|volgen)\b|" + OWN_FAREWELL,
    ("klacht-aanpak",): r"\b(?:niemand (?:geeft|mist|ziet|merkt)|uitweg|wil niet meer|kan niet meer|hou het niet|zin|nut|leeg|eenzaam|alleen op)\b",
    ("hulp-voor-ander",): r"\b(?:wil (?:niet|dood|ook)|niet meer (?:wil|leven)|achterna|bij (?:haar|hem) zijn|einde?|pillen|gespaard|beter af|afscheid)\b",
    # Round 18 (c18d): a handover with passwords sealed in an envelope in a drawer is not the office's handover
    # round 30 (c30): a carer's question about an ill partner's words, not beside the writer's own wish or a plan of his
    ("hoort-bij-ziekte",): r"\b(?:ik ook|ik wil|wil ik|ik kan niet meer|samen|geprobeerd|poging|pillen|mes|raam|balkon|gespaard"
                           r"|opgespaard|weet niet meer|zelf ook)\b",
    # round 31 (c31b): "ik ga niks doen" is no denial beside "nog niet", "voorlopig", a goodbye or a means at hand
    ("doe-niks-ontkend",): r"\b(?:nog niet|voorlopig|nu nog|vandaag nog|nog even|afscheid\w*|sorry|vergeef\w*|brief\w*"
                           r"|gespaard|opgespaard|klaar liggen|klaarliggen|besloten|datum|laatste|al gedaan|geprobeerd|poging"
                           r"|(?:niks|niets) (?:\w+ )?doen (?:, )?(?:niet|nu niet))\b",  # "nog niet" (the normaliser drops "nog")
    # round 30 (c30): arranging calmly, not beside a burden, a goodbye, an end near or a low mood
    ("kalm-verstandig",): r"\b(?:niemand|last|beter af|moe|op is|genoeg|klaar mee|ben klaar|spijt|sorry|vergeef\w*|afscheid\w*"
                          r"|bedankt voor alles|merci voor alles|snel|gauw|pijn|alleen|eenzaam|niet meer nodig|weggegeven|rust|hoeft"
                          r"|zover|mis (?:hem|haar|je)|bij (?:hem|haar) zijn)\b",
    # round 30 (c30): a colleague's case that the writer takes home or wants for themselves
    ("werk-verslag", "ander-geval"): r"\b(?:ik ook|zelf ook|ik zelf|morgen zelf|snap ik|begrijp ik|(?:snap|begrijp) (?:hem|haar|ze|die|het)"
                                     r"|voor mezelf|voor mij|mee naar huis|thuis|benijd\w*"
                                     r"|waarom mag ik|wou dat ik|was ik het maar|mijn beurt|ook zo|die rust"
                                     r"|om zelf|zelf te|zelf slikken|zelf nemen|niemand|ik wil|wil ik|wil er|zelf in|elke nacht|beelden"
                                     r"|nachtmerrie\w*|slaap niet|zie (?:hem|haar|ze|het) (?:\w+ )?(?:nog|steeds|elke)|morgen ook|ga ook|ook doen"
                                     r"|achterna|hetzelfde|net als (?:hij|zij|hem|haar))\b",
    ("werk-overdracht",): r"\b(?:envelop\w*|bovenste la|in de la|in mijn la|in de lade|in de schuif)\b",
    # an estate for later, not soon, not a burden lifted, not a goodbye or a low mood
    ("nalatenschap-notaris",): r"\b(?:niemand|last|beter|opgelucht|moe|kan niet meer|wil niet meer|snel|gauw|lang meer|morgen"
                               r"|deze (?:week|maand)|volgende maand|weekend|" + _DAYS + r"|wachtwoord\w*|pincode\w*|schulden"
                               r"|afscheid\w*|sorry|vergeef\w*|spijt|hemel|eindelijk|rust|klaar mee|ben klaar|klaar voor|zin|pijn|ziek\w*|alleen|eenzaam"
                               r"|niks|niets|hier|laatste|afgerond|opgeruimd|rest|brief\w*|boos|tijd|zover|genoeg|gisteren|net|zojuist|vandaag"
                               r"|uitvaart\w*|begrafenis\w*|crematie|betaald)\b",
}
# A past crisis that is of now again ("vroeger sneed ik mezelf, sinds kort weer"): no frame passes over it.
_RELAPSE_FRAMES = frozenset({("verleden-hersteld",), ("suicidaal-ontkend",), ("geniet-nog",)})
# The writer's own death in a signal's words (the frames' phrase tests below), and a time to come.
OWN_DEATH = r"\b(?:" + "|".join((SERIOUS["death"], SERIOUS["life"], SERIOUS["alles"])) + r")\b"
SOON = r"\b(?:" + SERIOUS["time"] + "|" + SERIOUS["real"] + "|" + SERIOUS["night"] + "|" + _DAYS + r"|morgen|nu|vandaag|weekend)\b"


# Round 36 (c36): a time that dates the writer's ordinary occasion in its own clause ("volgende week word ik geopereerd aan
# mijn heup", "morgen verhuizen we") is the occasion's time, not a time to come for an act: it makes no frame serious
# (a time in another clause still does: "morgen word ik opgenomen. vanavond ...").
_OCCASIONS = frozenset(("reden-ziekenhuis", "gewone-aanleiding", "reden-weg"))
_CLAUSE_ENDS = frozenset((",", ".", "!", "?", ";", ":", "|", "maar"))
_TIME = r"\b(?:" + SERIOUS["time"] + r")\b"


_OTHERS_DEATH = "ander-dood"  # the concept of someone else's or a thing's death ("een publiek dat zo dood was")
_DEATH_WORD = re.compile(r"dood\w*|sterf\w*|sterven|stierf|gestorven")


def _without_others_death(words: list[str], hits: Any) -> list[str]:
    """The words, with the death words inside a hit of someone else's death left out."""
    out = list(words)
    for hit in hits:
        if hit.name == _OTHERS_DEATH:
            for i in range(hit.start, min(hit.end, len(out))):
                if _DEATH_WORD.fullmatch(out[i]):
                    out[i] = "-"
    return out


def said_of(words: list[str], hits: Any, names: Any = None) -> str:
    """The message as the frames read it: its words, without the time words of a clause that holds an occasion
    (`names`: the names of the hits, when the caller has them)."""
    names = names if names is not None else {hit.name for hit in hits}
    if _OTHERS_DEATH in names:  # round 37 (c37): "dood" said of someone or something else is no serious word
        words = _without_others_death(words, hits)
    said = " ".join(words)
    if _OCCASIONS.isdisjoint(names) or not _says_time(said):
        return said  # the usual case: no occasion, or no time to come at all
    spans: list[list[int]] = []
    for hit in sorted((hit for hit in hits if hit.name in _OCCASIONS), key=lambda hit: hit.start):
        if spans and hit.start < spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], hit.end)
            continue
        start, end = hit.start, hit.end
        while start > 0 and words[start - 1] not in _CLAUSE_ENDS:
            start -= 1
        while end < len(words) and words[end] not in _CLAUSE_ENDS:
            end += 1
        if spans and start <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], end)
        else:
            spans.append([start, end])
    pieces, done = [], 0
    for start, end in spans:
        pieces += [" ".join(words[done:start]), re.sub(_TIME, " ", " ".join(words[start:end]))]
        done = end
    pieces.append(" ".join(words[done:]))
    return " ".join(" ".join(pieces).split())


_TIME_READY: list[tuple[re.Pattern[str], bool]] = []  # `_TIME` compiled without its leading \\b (`wordstart`)


def _says_time(said: str) -> bool:
    """Whether `_TIME` occurs in the message: searched as `wordstart` does (round 42, c42f: a pattern that opens with
    a word boundary is tried at every place of the text by `re`; without it, `re` skips to its first letters)."""
    from vraaghulp.coach.crisis.wordstart import finditer, split_boundary

    if not _TIME_READY:
        body, boundary = split_boundary(_TIME)
        _TIME_READY.append((re.compile(body), boundary))
    pattern, boundary = _TIME_READY[0]
    return next(finditer(pattern, boundary, said), None) is not None


def said_kinds(said: str) -> Any:
    """The `SERIOUS` kinds of one message, read once for all its frames (`said_kinds.SaidKinds`; None when
    the patterns cannot be joined: then each frame searches the message itself)."""
    from vraaghulp.coach.crisis.said_kinds import SaidKinds, prepared

    ready = prepared(SERIOUS)
    return SaidKinds(said, ready) if ready else None


def serious(frame: tuple[str, ...], said: str, names: set[str], kinds: Any = None) -> bool:
    """Whether the message says a serious word this frame may not pass over: one of `SERIOUS` (but
    the kinds of `_FRAME_OWN`), a relapse (`_RELAPSE_FRAMES`), what makes a reason's absence grave
    (`_GRAVE`), or the frame's own words (`_FRAME_SERIOUS`). `kinds`: `said_kinds(said)`, shared by
    the frames of one message (round 33, c33t: the message read once, not once per frame)."""
    if "ontkend-spel" in names or "ontkend-doel" in names:  # round 23 (c23k): "niet in fortnite", "niet in het spel": the
        return True  # writer denies the frame; round 38 (c38): or the ordinary purpose ("niet voor een patiënt")
    if kinds is not None:
        if kinds.any_of(kind for kind in SERIOUS if kind not in _FRAME_OWN.get(frame, ())):
            return True
    elif re.search(r"\b(?:" + "|".join(pattern for kind, pattern in SERIOUS.items()
                                        if kind not in _FRAME_OWN.get(frame, ())) + r")\b", said) is not None:
        return True
    if frame in _RELAPSE_FRAMES and "terugval" in names:
        return True
    if frame in _REASON_FRAMES and (kinds.holds(_GRAVE) if kinds is not None else re.search(_GRAVE, said)) and (
            frame not in _SONG or re.search(_GRAVE_SONG, said)):
        return True
    return frame in _FRAME_SERIOUS and re.search(_FRAME_SERIOUS[frame], said) is not None
