"""Whose words, and told to whom: the person spoken to or about ("zeg tegen mama dat ..."), the
audience of a message ("zodat ze weten dat ..."), the addressee's relative who writes ("zeg
tegen Lotte dat haar tante ..."), and someone else's words quoted straight ("opa zegt altijd:
als ik dood ben ..."). Used by `combine` (whose a rule's hits are) and `engine` (whose a phrase
signal is)."""

from __future__ import annotations

__all__ = ["BARRIER_WORDS", "CHAT_CALLS", "CLAUSE_TURN", "addressed", "after_writer_verb", "chat_address", "chore_request", "kin_of_addressee", "quoted_by_other", "story_subject"]

BARRIER_WORDS = frozenset((".", "!", "?", ";", "|"))
CLAUSE_TURN = frozenset((",", "dat", "die", "omdat", "want", "en", "maar", "of", "als", "toen"))
# Straight quotes: 'opa zegt altijd: "als ik dood ben ..."' (a third person, a speech verb, no "dat").
_SPEECH = frozenset(("zegt", "zei", "zeggen", "zeiden", "zegde", "schrijft", "schreef", "roept", "riep", "appt",
                     "appte", "stuurt", "stuurde", "vraagt", "vroeg"))
_INDIRECT = frozenset(("dat", "of", "da", "dan"))
_QUOTE_REACH = 10
# Round 27 (c27f): a turn after the speech verb ("... vroeg het, maar ik wil zelf weten ...") ends the quote.
_TURN_TO_WRITER = frozenset(("maar", "doch"))
_TO_SOMEONE = frozenset(("tegen", "aan", "voor", "bij", "naar", "met", "zonder"))  # "zeg tegen mama": no subject
_LEARNING = frozenset(("weten", "weet", "begrijpen", "begrijpt", "snappen", "snapt", "beseffen", "beseft", "horen",
                       "hoort", "lezen", "leest"))  # "zodat ze weten dat ...": the audience of a message
_TELL = frozenset(("zeg", "zeggen", "vertel", "vertellen", "laat"))
_KIN_OWNER = frozenset(("haar", "zijn", "hun", "je", "jouw", "uw", "jullie"))
_NO_KIN = frozenset(("hem", "hen", "hun", "haar", "hij", "zij", "ze", "ie"))
# What a story, a sermon or a programme is about: "een film over een man die ...", "in de preek ging het
# over Job die ...". The relative clause after "over <someone> die" is that character's, not the writer's.
_STORY = frozenset(("film", "films", "boek", "roman", "verhaal", "verhaaltje", "preek", "bijbel", "bijbelkring",
                    "bijbelverhaal", "bijbelstudie", "reportage", "documentaire", "docu", "serie", "aflevering",
                    "toneelstuk", "toneel", "voorstelling", "artikel", "podcast", "hoorspel", "gedicht", "lied",
                    "liedje", "sprookje", "legende", "mythe", "opera", "musical", "leesclub", "leeskring", "catechese",
                    "programma", "uitzending", "novelle", "strip", "stripverhaal", "psalm", "evangelie", "lezing"))
_STORY_REACH = (4, 7)  # words from "die" back to "over"; from "over" back to the story word
# "over een uur die sprong": a span of time after "over", not what a story is about.
_TIME_UNITS = frozenset(("uur", "uurtje", "halfuur", "kwartier", "minuut", "minuten", "minuutjes", "dag", "dagen",
                         "week", "weken", "weekje", "maand", "maanden", "jaar", "tijdje", "nachtje", "seconden"))
# A near time in the clause: the writer's own night, not the character's ("die er vannacht een einde aan maakt").
_NEAR_TIME = frozenset(("vannacht", "vanavond", "vandaag", "morgen", "morgenavond", "morgenochtend", "straks", "zometeen",
                        "overmorgen", "nu", "meteen"))
# A request to the reader ("kun je", "wil jij", "kunt u", "kunde gij") for a chore of care: walking or
# feeding a pet, fetching the children, watering plants, taking over an animal.
_ASK = frozenset(("kun", "kan", "kunt", "wil", "wilt", "zou", "zoudt", "kunde", "wilde", "kunnen", "zouden"))
_YOU = frozenset(("je", "jij", "u", "ge", "gij", "jullie", "iemand"))
# Round 18 (c18f): a chore asked in the imperative ("breng jij de koffie mee?", "neem jij de sleutel").
_DO = frozenset(("breng", "haal", "neem", "doe", "geef", "koop", "zet", "leg"))
_CHORE = frozenset(("uitlaten", "voeren", "nemen", "overnemen", "ophalen", "halen", "oppassen", "opvangen", "zorgen",
                    "verzorgen", "uitlaat", "eten", "water", "pakken", "doen", "brengen", "wandelen"))


def chore_request(sentence: list[str]) -> bool:
    """The sentence asks the reader for a chore of care and nothing more ("kun je de hond uitlaten?",
    "kunde gij mijne kat nemen"): an errand tacked on to a message, whose words (a pet, the
    children) say nothing about the purpose of anything in another sentence."""
    words = [w for w in sentence if w not in BARRIER_WORDS and w != ","]
    if not 3 <= len(words) <= 10 or words[1] not in _YOU:
        return False
    return words[0] in _DO or (words[0] in _ASK and any(w in _CHORE for w in words[2:]))

# Verb forms of the writer only (never of "ze" as a subject): "(en) ga ze allemaal slikken", "ik heb ze geteld".
_WRITER_VERB = frozenset(("ga", "heb", "neem", "slik", "pak", "doe", "drink", "spuit", "tel", "spaar", "bewaar",
                          "verstop", "leg", "zet", "gooi"))


def after_writer_verb(words: list[str], i: int) -> bool:
    """The person at i is no subject: "ze" as the object of the writer's verb just before it ("en ga
    ze allemaal slikken"), or an owner after "van" ("de pillen van (mijn) moeder gepakt"): what
    the writer does with someone else's things, not someone else's act."""
    if words[i] in ("ze", "zij"):
        return i > 0 and words[i - 1] in _WRITER_VERB
    return "van" in words[max(0, i - 2) : i]


# Round 40 (k40a): chat calls the reader or sighs with these words bare ("ik trek dit echt niet meer man", "pff gast");
# a person they name has a determiner or an owner before it ("mijn man", "die gast", "een maat van mij"). The one list:
# krimp.crisis_keep drops such a call from the end of a kept crisis sentence by it too (round 40, k40r2).
CHAT_CALLS = frozenset(("man", "gast", "gozer", "meid", "maat", "vent", "kerel", "bro", "broer", "makker", "joh"))
_DETERMINERS = frozenset(("de", "het", "een", "die", "dat", "deze", "dit", "mijn", "je", "jouw", "haar", "zijn", "hun",
                          "onze", "ons", "uw", "ne", "nen", "den", "der", "zo'n", "zon", "welke", "elke", "iedere", "geen"))


def chat_address(words: list[str], i: int) -> bool:
    """The person word at i is a chat call or sigh, no subject: one of `CHAT_CALLS` after a word of the writer's
    (never a sentence's first word, never after a mark: a headline "NOS: man overleden na val ...") with no determiner
    or owner in the two words before it ("... niet meer man wil er niet meer zijn": the writer's own wish, the line
    break gone)."""
    return words[i] in CHAT_CALLS and i > 0 and words[i - 1][:1].isalpha() and \
        _DETERMINERS.isdisjoint(words[max(0, i - 2) : i])


def quoted_by_other(words: list[str], i: int, third_person: frozenset[str], stop: frozenset[str]) -> bool:
    """Words at i are someone else's, quoted straight: "opa zegt altijd: als ik dood ben ...".

    A speech verb before i (same sentence) with a third person just before it, and no
    "dat" or "of" right after it (that would be reported speech about the writer: "mama zegt
    dat ik ...").
    """
    for v in range(i - 1, max(-1, i - 1 - _QUOTE_REACH), -1):
        if words[v] in stop:
            return False
        if words[v] not in _SPEECH:
            continue
        if any(word in _INDIRECT for word in words[v + 1 : min(i, v + 3)]):
            return False
        if _TURN_TO_WRITER.intersection(words[v + 1 : i]):  # round 27 (c27f): "een klant vroeg het, maar ik wil ..."
            return False
        if _writer_speaks(words, v, i):  # c40r: "vannacht, toen hij sliep, schreef ik: ..."
            return False
        return (any(words[j] in third_person and not addressed(words, j) for j in range(max(0, v - 3), v))
                or _apposition_speaker(words, v, third_person))
    return False


# Round 40 review (c40r): the writer named right after the speech verb, inverted after a fronted clause or time
# ("gisteren, na de ruzie, riep ik: ...", "zei k: ..."): the quote is the writer's own. Only when a mark or a word
# that cannot open the quote follows the pronoun ("mama zei ik wil dood" may still be her words without a colon).
_FIRST_PERSON = frozenset(("ik", "k", "'k", "ikke", "we", "wij"))
_AFTER_INVERTED = frozenset((":", ",", "tegen", "hardop", "letterlijk", "nog", "toen", "gewoon", "zelf", "echt", "in", "op",
                             "naar", "aan", "gisteren", "vandaag", "vannacht", "net", "al", "ooit", "zachtjes"))
# A stretch between commas that opens with one of these is a clause or a circumstance, never the speaker
# ("gisteren, na de ruzie met hem, riep ik", "vanmorgen, toen ze weg was, schreef ik").
_NO_APPOSITION = frozenset(("toen", "nadat", "na", "als", "met", "omdat", "sinds", "voordat", "voor", "terwijl", "zodra",
                            "wanneer", "nu", "door", "tijdens", "bij", "in", "op", "om", "zonder", "over", "tegen", "want",
                            "doordat", "hoewel", "ondanks", "vanwege", "me", "mee", "mi", "nadien", "daarna", "eerst"))


def _writer_speaks(words: list[str], v: int, i: int) -> bool:
    """The first person right after the speech verb at v, then a mark or a word that cannot open the quote, both
    before the quoted words at i ("een vriend zegt ik zie het niet meer zitten" stays the friend's)."""
    return v + 2 < i and words[v + 1] in _FIRST_PERSON and words[v + 2] in _AFTER_INVERTED


def _apposition_speaker(words: list[str], v: int, third_person: frozenset[str]) -> bool:
    """Round 40 (c40b): the speaker described between commas right before the speech verb ("een patiënt van mij,
    meneer van 85, zei: 'ik hoop dat ...'"): a third person inside that stretch of at most five words, not spoken to
    or about (`addressed`), and never a stretch that opens with a subordinator or a preposition (c40r)."""
    if v < 2 or words[v - 1] != ",":
        return False
    for k in range(v - 2, max(-1, v - 8), -1):
        if words[k] == ",":
            if words[k + 1] in _NO_APPOSITION:
                return False
            return any(words[j] in third_person and not addressed(words, j) for j in range(k + 1, v - 1))
    return False


def addressed(words: list[str], i: int) -> bool:
    """The person word at i is spoken to or about, not the subject: "zeg tegen mama dat ..." (not across
    a clause: in "zeg tegen oma dat opa ..." opa is the subject), or the audience that is to learn
    something: "(zodat) ze weten dat het niet hun schuld is"."""
    if any(words[j] in _TO_SOMEONE and not CLAUSE_TURN.intersection(words[j + 1 : i]) for j in range(max(0, i - 3), i)):
        return True
    return any(words[j] in _LEARNING and "dat" in words[j + 1 : j + 3] for j in range(i + 1, min(len(words), i + 3)))


def kin_of_addressee(words: list[str], i: int) -> bool:
    """The person at i is the addressee's relative in a message passed on ("zeg tegen Lotte dat haar
    tante ..."): the writer speaking of herself. "haar/zijn/je" right before, and "zeg ... tegen/aan"
    earlier in the sentence."""
    if i < 4 or words[i - 1] not in _KIN_OWNER or words[i] in _NO_KIN:
        return False
    for j in range(i - 2, max(-1, i - 10), -1):
        if words[j] in BARRIER_WORDS:
            return False
        if words[j] in _TELL:
            return any(w in ("tegen", "aan") for w in words[j + 1 : i - 1])
    return False


def story_subject(words: list[str], i: int, first_person: frozenset[str], stop: frozenset[str]) -> bool:
    """The "die" at i opens a clause about the subject of a story, sermon or programme named before
    it: "(de film / de preek ...) over (een oude) man die ...". Not where the writer stands between
    ("over mij die ...") or anywhere after "die" in the sentence ("... die wilde sterven en ik wil dat
    ook", "... die zich ophing, ik heb ook al een touw"), not after "over" + a span of time ("over een
    uur die sprong"), and not where the clause names a near time ("een lied over een jongen die er
    vannacht een einde aan maakt"): the one test of `engine`, `combine` and `weigh`."""
    if words[i] != "die":
        return False
    for j in range(i - 1, max(-1, i - 1 - _STORY_REACH[0]), -1):
        if words[j] in stop or words[j] in first_person:
            return False
        if words[j] == "over":
            if j == i - 1 or words[i - 1] in _TIME_UNITS:
                return False
            if not any(w in _STORY for w in words[max(0, j - _STORY_REACH[1]) : j]):
                return False
            return not _clause_is_near(words, i, first_person, stop)
    return False


def _clause_is_near(words: list[str], i: int, first_person: frozenset[str], stop: frozenset[str]) -> bool:
    """The writer or a near time in the rest of the sentence after the "die" at i."""
    for word in words[i + 1 :]:
        if word in stop:
            return False
        if word in first_person or word in _NEAR_TIME:
            return True
    return False
