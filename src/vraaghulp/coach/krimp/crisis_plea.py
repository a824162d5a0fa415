"""A plea to the reader in a crisis draft that the clauses did not find (typed without punctuation).

'papa ik wil niet meer wakker worden kom je me halen', 'sanne ik wil mezelf wat aandoen help me', 'ik wil
dood blijf je bij me vannacht', 'ik sta op het dak en ik wil springen haal me op': the request runs on after
the crisis words without a full stop or a question mark, so the clause rules read the draft as holding no
request and the ready crisis sentence would be offered as sure, while the writer's own words and their own
request go (contract point 7). A verb of coming, calling, fetching, staying or helping, in the form that
speaks to the reader (an imperative, or the verb with 'je'/'ge'/'u' right after it), not after a subject of
its own ('ik kom', 'hij belt'), is such a plea: the ready sentence is then not vouched for.
"""

from __future__ import annotations

import re

from .lexicon import lexicon

# the imperative and the second-person forms ('kom', 'komt ge'), Dutch and Flemish
_PLEA = frozenset({
    "kom", "komt", "bel", "belt", "help", "helpt", "haal", "haalt", "blijf", "blijft", "breng", "brengt",
    "app", "appt", "red", "rij", "rijdt", "ga", "gaat", "neem", "neemt", "hou", "houd", "houdt",
})
_READER = frozenset({"je", "jij", "ge", "gij", "u", "jullie", "me", "mij", "ons"})
_URGED = frozenset({"alsjeblieft", "alstublieft", "aub", "asap", "pls", "please", "snel", "nu", "langs", "hier",
                    "naar", "hierheen", "thuis", "terug", "direct", "meteen"})
_NOT_BEFORE = frozenset({
    "ik", "'k", "k", "we", "wij", "hij", "zij", "ze", "het", "'t", "dat", "da", "die", "er", "wie", "men", "je",
    "jij", "ge", "gij", "u", "jullie", "te", "om", "niet", "ni", "nie", "niemand", "iemand", "mama", "papa",
})


def hidden_plea(d) -> bool:
    """The draft holds a plea to the reader outside a clause the rules found ('kom je me halen', 'help me')."""
    words = [d.word(i) for i in range(d.n) if d.is_word(i)]
    for k, w in enumerate(words):
        if w not in _PLEA or k + 1 >= len(words):
            continue
        if k and words[k - 1] in _NOT_BEFORE:
            continue  # 'ik kom morgen', 'hij belt': a statement with a subject of its own
        if words[k + 1] in _READER or words[k + 1] in _URGED:
            return True
    return False


# Round 42 (k42b): in a crisis draft the writer's own 'Bel iemand nu.', 'Haal hulp.', 'Bel alsjeblieft de huisarts.' is
# their request (contract point 7: the ready sentence only when there is none). A verb of calling, fetching or sending
# in front, with someone who can help or an urge after it; a farewell ('pas goed op mam', 'bel mama morgen') is none.
_CALLS = frozenset({"bel", "belt", "haal", "haalt", "stuur", "stuurt", "verwittig", "waarschuw", "alarmeer"})
_HELPERS = frozenset({"iemand", "hulp", "112", "911", "101", "113", "1813", "huisarts", "dokter", "ambulance",
                      "ziekenwagen", "politie", "brandweer", "crisisdienst", "spoed", "spoedeisende", "hulpdiensten",
                      "hulpverlening", "dokterswacht", "huisartsenpost", "zelfmoordlijn"})


# Round 42 review (k42r): 'bel geen ambulance', 'bel 112 niet', 'haal de politie er niet bij' ask the reader NOT to call.
_CLAUSE_ENDS = frozenset({"maar", "als", "want", "omdat", "zodat", "wanneer", "indien", "tenzij", "dat", "of"})
NEGATIONS = frozenset({"niet", "ni", "nie", "geen", "gene", "nooit", "niemand", "noch"})


def calls_help(words: list[str]) -> bool:
    """The clause's words ('bel', 'alsjeblieft', 'iemand') ask the reader to call or fetch help: a calling verb first,
    someone who helps or an urge ('nu', 'aub') within the next four words; never when the clause is negated."""
    return (bool(words) and words[0] in _CALLS and bool((_HELPERS | _URGED) & set(words[1:5]))
            and not negated_call(words))


# Round 44 (k44c): 'ik wil dood. bel Eva', 'ik wil dood, sms Eva': a call of one person by bare name, with at most an
# urge after it, is the writer's own request as 'bel mijn zus' is (it went for the ready sentence, even as sure); not a
# farewell with a moment ('bel mama morgen'), a kin word alone ('bel mama': a farewell as often) or a service.
CALLED_PRONOUNS = frozenset({"hem", "haar"})
_NAMED_CALLS = frozenset({"bel", "sms", "app", "stuur", "whatsapp", "verwittig", "waarschuw"})


def calls_named(words: list[str], first: str) -> bool:
    """The clause's words ('bel', 'eva', 'nu') call one person by a bare name (`first`: that name as typed, with a
    capital) with only an urge beside it."""
    rest = [w for w in words[1:] if w not in _URGED]  # 'bel nu Eva', 'bel Eva aub'
    if len(rest) != 1 or words[0] not in _NAMED_CALLS:
        return False
    name, lex = rest[0], lexicon()
    if name in CALLED_PRONOUNS:
        return True  # 'bel hem', 'sms haar' (round 45, k45b): one person the reader knows, as 'bel Eva' is
    known = name in lex.relations or name in _HELPERS or name in _READER or name in _URGED or name in NEGATIONS
    return name.isalpha() and not known and first[:1].isupper() and first[1:].islower()


# Round 44 review (k44r): 'ik wil dood stuur mama', '… app de groep', '… sms 112', 'ik wil dood, stuur papa': the run-on
# split off the message and the engine dropped it for the ready sentence (issue 12 point 7: the writer's own call is
# kept). A message sent to one person or group, with at most an article before it and an urge beside it, is the
# writer's own request; 'bel mama' stays a farewell as often (round 42), 'stuur mama een kus' is one.
_SENDS = frozenset({"stuur", "sms", "app", "whatsapp"})
_ONE_OF = frozenset({"de", "het", "mijn", "m'n", "mn", "onze", "ons", "haar", "zijn", "z'n"})  # k45b: his, her


def sends_to(words: list[str]) -> bool:
    """The clause's words ('stuur', 'mama') send a message to one person or group and nothing more."""
    rest = [w for w in words[1:] if w not in _URGED]
    if not words or words[0] not in _SENDS or not rest or NEGATIONS & set(rest):
        return False
    return len(rest) == 1 or len(rest) == 2 and rest[0] in _ONE_OF


# Round 46 (k46c): 'ik wil dood, sms me niet', 'app me nie', 'bel me niett' were taken as the writer's request ('Sms me
# nu niet.', sure): a message verb negated is no request either, and a negation typed with a letter too many is one
_NOT_SENT = frozenset({"sms", "app", "appt", "whatsapp", "mail", "contacteer"})
_TYPED_NOT = re.compile(r"^(?:nie+t{2,}|nie{2,}t*|nie+tt*e)$")


def spelled(w: str) -> str:
    """'niett', 'nieet' -> 'niet'; any other word as it is."""
    return "niet" if _TYPED_NOT.match(w) else w


def negated_call(words: list[str]) -> bool:
    """'bel de politie niet', 'bel me niet', 'stuur geen hulp', 'sms me niet' (k46c): a calling verb first and a
    negation in the clause before any 'maar' or subclause ('bel iemand, maar niet de politie', 'bel de huisarts als
    het niet beter is')."""
    cut = next((k for k, w in enumerate(words) if w in _CLAUSE_ENDS), len(words))
    return bool(words) and words[0] in _CALLS | _NOT_SENT and bool(NEGATIONS & {spelled(w) for w in words[:cut]})


_OWN_PLEA = _PLEA | {"praat", "sms", "stuur", "zeg", "laat", "wacht", "luister", "antwoord"}
CODE = "crisis-niet-bellen"


def lost(text: str, sentence: str) -> bool:
    """'bel 112 niet maar kom zelf', 'stuur de politie niet, praat gewoon met me': after a negated call the writer asks
    something of their own; when the result holds none of it, the ready sentence is not vouched for (k42r). Nor when
    the result leaves out a negated call itself ('bel de politie niet', 'bel niemand'): the writer's instruction (k42r2)."""
    said = set(re.findall(r"[\w']+", sentence.lower()))
    if any(not set(stretch) <= said for stretch in negated_calls(text)):
        return True
    if _PERMITTED.search(text.lower()):
        return True  # 'ge moogt ons Lien bellen, ik wil ni meer leven': Lien gone (k44r); put back, still not sure (k45b)
    parts = [p.split() for p in re.split(r"[.,;!?]+|\bmaar\b|\s[-/]\s", text.lower())]
    parts = [p for p in parts if p]
    for k, words in enumerate(parts):
        if not negated_call(words):
            continue
        own = [p for p in parts[k + 1:] if p[0] in _OWN_PLEA and not negated_call(p)]
        if own and not any(set(p) - {"gewoon", "alsjeblieft", "aub", "nu", "me", "mij"} <= said for p in own):
            return True
    return False


# a call the reader is told they may or should make ('ge moogt ons Lien bellen', 'je mag mijn zus sms'en'): whom
_PERMITTED = re.compile(r"\b(?:ge|gij|je|jij|u|jullie)\s+(?:moogt|mag|mogen|moet|moeten|kunt|kan|kun)\s+"
                        r"((?:[\w']+\s+){1,3}?)(?:bellen|sms'?en|appen|sturen|verwittigen|waarschuwen)\b")


def permitted(text: str, sentence: str) -> str:
    """The crisis result with a call the reader may make that it left out put back after it, as typed: 'Ik wil ni meer
    leven. Kunt ge nu bij me zijn? Ge moogt ons Lien bellen.' (round 45, k45b; round 44 review left Lien out)."""
    said = set(re.findall(r"[\w']+", sentence.lower()))
    for m in _PERMITTED_TYPED.finditer(text):
        if not set(m.group(1).lower().split()) <= said:
            call = m.group().strip()
            sentence = f"{sentence.rstrip()} {call[:1].upper()}{call[1:]}."
    return sentence


_PERMITTED_TYPED = re.compile("(?i)" + _PERMITTED.pattern)
_OPENS = frozenset({"en", "maar", "dus", "alsjeblieft", "aub", "pls", "please", "of"})
_INFINITIVES = frozenset({"bellen", "sturen", "halen", "verwittigen", "waarschuwen", "alarmeren"})
_OTHER_ONE = frozenset({"mijn", "m'n", "mn", "de", "het", "een", "onze", "ons", "jouw", "uw"})


def negated_calls(text: str) -> list[list[str]]:
    """The negated calls of a draft, each as its words up to the next comma or subclause: 'bel de politie niet',
    'bel niet de politie', 'stuur geen hulp', 'bel niemand', 'geen politie bellen' (k42r2)."""
    found = []
    for piece in re.split(r"[.!?;\n]+|\s[-/]\s", text.lower()):
        called = False
        for clause in re.split(r",", piece):
            words = re.findall(r"[\w']+", clause)
            if called and words[:1] and words[0] in NEGATIONS:
                found.append(words)  # 'bel mijn broer, niet de politie'
            called = called or any(w in _CALLS for w in words[:2])
            for k, w in enumerate(words):
                opens = k == 0 or words[k - 1] in _OPENS
                end = next((j for j in range(k + 1, len(words)) if words[j] in _CLAUSE_ENDS), len(words))
                if opens and w in _CALLS and NEGATIONS & set(words[k + 1:end]):
                    found.append(words[k:end])
                elif opens and w in NEGATIONS and _INFINITIVES & set(words[k + 1:k + 4]):
                    found.append(words[k:end])
    return found


def other_called(text: str) -> bool:
    """'bel mijn broer, niet de politie', 'bel niet de politie maar mijn broer', 'bel mijn ouders niet, wel mijn tante':
    the negation sets one person against another, whom the writer does ask to call (k42r2); not 'bel 112 niet maar kom
    zelf' nor 'bel de politie niet, praat met me' (a request of their own after it)."""
    low = text.lower()
    if re.search(r",\s*(niet|geen)\b|\bwel\b", low):
        return True
    after = re.search(r"\b(?:maar|niet\s*,)\s*([\w']+)", low)
    return bool(after) and (after.group(1) in _OTHER_ONE or after.group(1) in lexicon().relations)
