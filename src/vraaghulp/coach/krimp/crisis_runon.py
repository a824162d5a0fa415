"""A crisis draft of one line with no mark before its call is read as lines at the call (round 43 review, k43r2).

'ik wil dood bel de politie niet maar mijn zus', 'ik heb een mes en ik wil mezelf iets aandoen bel mijn zus': typed as
one run, the call stayed glued to the heavy words and was read as part of them ('Ik wil dood bel de politie niet. Kun
je nu bij me zijn?', sure): the person to call ('maar mijn zus') went, and what the writer has at hand with it. With a
comma or full stop before 'bel' the same draft reads right (crisis_against.py puts the wanted call first). So in a
crisis draft of one line, the space before a call imperative ('bel', also 'en bel') that follows a word closing a
clause is read as a line break of the same length, as crisis_lines.py reads ' / ': every offset into the draft (the
spans the screen strikes through) stays where it was. Never after a subject, a modal's object or a link word ('ik bel',
'kun je me bel', 'niet bel', 'maar bel'), never outside crisis and never in a draft with lines of its own.

Second review (k43r3): after an article, a possessive, a number or 'hoor' the 'bel' is the noun (the doorbell: 'ik
hoor de bel bel mijn zus', 'de bel gaat', 'er is een bel') and no line opens there: the split left 'Ik wil dood, de.'
(sure). A call of a bare name ('bel Eva') or a lone negated call ('bel geen 112', 'bel mijn zus niet', 'bel niemand
kom gewoon') is not split off either: read as a line of its own the engine drops it from the offer, glued it stays in
the writer's words.
"""

from __future__ import annotations

import re

from .care import acute
from .crisis_plea import CALLED_PRONOUNS, calls_named
from .lexicon import lexicon
from .memo import per_text

# round 44 (k44c): also a message sent ('ik wil niet meer leven sms mijn zus', '… stuur mijn zus een bericht')
# (k44r3: also after 'sorry,' — 'ik wil dood sorry, bel eva' lost the call, sure)
_CALL = re.compile(r"(?i)(?:(?<=[^\W\d_])|(?<=sorry,)) (?:(?P<en>en) )?(?:bel|sms|stuur|app)(?= \S)")
# words after which 'bel' is no imperative that opens a clause of its own
_HELD = frozenset({
    "ik", "'k", "k", "je", "jij", "u", "ge", "gij", "we", "wij", "ze", "zij", "hij", "jullie", "me", "mij", "men",
    "te", "niet", "nie", "ni", "geen", "nu", "dan", "even", "ff", "efkes", "maar", "ma", "mor", "of", "om", "die",
    "dat", "wie", "ook", "wel", "toch", "snel", "gewoon", "alsjeblieft", "aub", "pls", "please", "dus", "want",
    "en", "of", "nog", "eens", "liever", "moet", "moeten", "mag", "mogen", "kan", "kun", "kunt", "wil", "wilt",
    # the noun 'bel' (doorbell) after an article, a possessive, a number or a verb of hearing (not the verb-like 'zijn', 'haar')
    "de", "het", "'t", "een", "'n", "mijn", "m'n", "mn", "jouw", "uw", "z'n", "ons", "onze", "hun",
    "deze", "elke", "iedere", "welke", "hoor", "hoort", "hoorde", "twee", "drie", "geen", "gene",
    "dit", "sorry",  # 'sorry dat ik je dit stuur Eva' (round 44 review, k44r)
})


def broken(draft: str) -> str:
    """The draft with a line break (same length) before each call imperative glued to the clause before it, when it is
    one line of crisis language; the draft as it is otherwise."""
    if "\n" in draft.strip() or not (_CALL.search(draft) or _MARKED_CALL.search(draft)) or not acute(draft):
        return draft
    out = list(draft)
    for m, lower, apart_only in _calls(draft):
        if apart_only:
            continue  # split in the result instead (apart)
        if lower is not None:  # 'ik wil dood bel eva': the bare name as a name (same length: 'Eva')
            out[m.end() + lower] = draft[m.end() + lower].upper()
        out[m.start()] = "\n"
    for m in _MARKED_CALL.finditer(draft):  # 'ik wil dood, bel eva': the name after a marked call too (k45b)
        lower = _lower_name(draft[m.end():])
        if lower is not None:
            out[m.end() + lower] = draft[m.end() + lower].upper()
    return "".join(out)


@per_text(size=8)  # read by broken, glued and lost on the same draft: once
def _calls(draft: str) -> tuple:
    """(match, offset of a lower-case name or None, kept glued?) for each call that opens a line of its own."""
    return tuple(_each_call(draft))


def _each_call(draft: str):
    line = 0
    for m in _CALL.finditer(draft):
        if not _opens(draft, m, line):
            continue
        verb = m.group().split()[-1].lower()
        lower = _lower_name(draft[m.end():])
        sent = _sent_to(draft[m.end():]) or lower is not None
        if verb != "bel" and not (sent and _after_crisis(draft[line:m.start()])):
            continue
        glued = lower is None and _kept_glued(draft[m.end():], verb)
        if not glued:
            line = m.start() + 1
        yield m, lower, glued


# Round 45 (k45b): 'ik wil dood, bel eva' gave the ready sentence (sure): the lower-case name after a call typed after a
# comma or full stop was not read as a name, so the writer's own call went.
_MARKED_CALL = re.compile(r"(?i)(?<=[,.;]) (?:bel|sms|stuur|app)(?= \S)")


# Round 45 (k45b): 'ik wil dood bel niemand', '… bel morgen', '… bel hem niet' kept the call glued to the heavy words and
# came out sure as one run with the ready ask after it ('Ik wil dood bel niemand. Kun je nu bij me zijn?'). The call
# stays in the writer's words (read apart the engine would drop it) but is written as a sentence of its own in the
# result ('Ik wil dood. Bel niemand. Kun je nu bij me zijn?'), and the result is never sure (`lost`).
def glued(draft: str) -> list[re.Match]:
    """The calls of a one-line crisis draft that open a clause but stay glued to the words before them (`broken`)."""
    if "\n" in draft.strip() or not _CALL.search(draft) or not acute(draft):
        return []
    return [m for m, _lower, kept in _calls(draft) if kept]


def apart(raw: str, sentence: str) -> str:
    """The result with each glued call (`glued`) written as a sentence of its own: 'Ik wil dood. Bel niemand.'."""
    for m in glued(raw):
        before, verb = raw[:m.start()].split()[-1], m.group().split()[-1]
        sentence = re.sub(rf"(?i)(?<=\b{re.escape(before)}) ({verb})(?= )",
                          lambda v: ". " + v.group(1)[:1].upper() + v.group(1)[1:].lower(), sentence, count=1)
    return sentence


# Round 44 review (k44r): 'sorry dat ik je dit stuur Eva maar ik wil dood' split at 'stuur' as a call ('Stuur nu Eva.',
# sure). A message sent opens a line only after the crisis words of its own line, never inside an apology before them.
_SORRY = re.compile(r"(?i)\b(?:sorry|sorrie|sry|excuses|excuus|sorry dat)\b")


def _after_crisis(before: str) -> bool:
    """The words before the call on its line are crisis language themselves, and no apology ('sorry dat ik dit'). A
    lone 'sorry' right before the call after the crisis words is no apology for what is sent: 'ik wil er een einde aan
    maken sorry stuur mama' splits at 'stuur' (round 44 second review, k44r2)."""
    bare = _TRAIL_SORRY.sub("", before)
    return acute(bare) and not _SORRY.search(bare.split(",")[-1])


_TRAIL_SORRY = re.compile(r"(?i)(?:[\s,.!]*\b(?:sorry|sorrie|sry))+[\s,.!]*$")  # 'sorry sorry' too (k44r3)


def _opens(draft: str, m: re.Match, line: int) -> bool:
    """The call at `m` follows a word that closes a clause (not 'ik bel', 'de bel'); `line`: where its line starts."""
    before = draft[:m.start()].split()
    if len(before) >= 2 and _TRAIL_SORRY.search(draft[line:m.start()]):
        return _after_crisis(draft[line:m.start()])  # '… einde aan maken sorry stuur mama' (k44r2)
    return len(before) >= 2 and (before[-1].lower() not in _HELD or _after_negated(draft[line:m.start()], before[-1]))


def _lower_name(rest: str) -> int | None:
    """'bel eva', 'sms lotte aub': a known first name in lower case at the end of the draft (round 44 review); its
    offset in `rest`, else None. Any other word there stays as typed ('bel niemad', 'bel mezelf': second review)."""
    word = _lower_word(rest)
    return rest.find(word) if word is not None and first_name(word) else None


def _lower_word(rest: str) -> str | None:
    """One bare word in lower case at the end of the draft that Dutch knows as no moment, urge, service or kin."""
    words = re.findall(r"[\w'-]+", rest)
    if not words or not words[0].isalpha() or not words[0].islower() or len(words[0]) < 3:
        return None
    name, lex = words[0], lexicon()
    if any(w.lower() not in _SOFT for w in words[1:]) or name in _SOFT | _SERVICE | _HELD | _NEGATING:
        return None
    if name in lex.relations or name in lex.real_words or name in lex.moment_starts or lex.moment.match(name):
        return None
    return name


# Round 44 second review (k44r2): 'ik wil dood bel niemad' came out sure as 'Ik wil dood. Bel nu Niemad.' (a typo of
# 'niemand': the negation reversed), 'bel mezelf' as 'Bel nu Mezelf.', 'bel morge' as 'Bel nu Morge.'. Only a first
# name of the lexicon's list ([aanspreken] voornamen) is a name, and never one a letter or two from a word a call is
# followed by; any other such word is kept as the writer typed it and the result is not sure (code ``crisis-naam``).
CODE = "crisis-naam"
_NEAR = ("niemand", "iemand", "morgen", "direct", "direkt", "ambulance", "alsjeblieft", "alstublieft", "mezelf", "jezelf",
         "zelf", "hulp", "politie", "dokter", "huisarts", "vanavond", "vandaag", "straks", "snel", "gelijk", "meteen",
         "even", "effe", "iedereen", "therapeut", "psycholoog", "nooit", "terug", "later", "hen", "hem", "haar")


def first_name(word: str) -> bool:
    if word not in lexicon().first_names:
        return False
    return not any(_distance(word, w) <= (1 if len(word) <= 4 else 2) for w in _NEAR)


def _distance(a: str, b: str) -> int:
    """Levenshtein distance between two short words."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def lost(raw: str, sentence: str) -> bool:
    """A one-line crisis draft whose call is followed by a lone lower-case word that is no known first name: what it
    means ('niemad', 'direkt', 'huisdokter') cannot be told, so the result is never sure."""
    if "\n" in raw.strip() or not (_CALL.search(raw) or _MARKED_CALL.search(raw)) or not acute(raw):
        return False
    if glued(raw) or any(_unknown(_lower_word(raw[m.end():])) for m in _MARKED_CALL.finditer(raw)):
        return True  # 'ik wil dood bel niemand', 'ik wil dood, bel roos' (k45b)
    line = 0
    for m in _CALL.finditer(raw):
        if _opens(raw, m, line):
            if _unknown(_lower_word(raw[m.end():])):
                return True
            line = m.start() + 1
    return False


def _unknown(word: str | None) -> bool:
    return word is not None and not first_name(word)


# 'sms', 'stuur', 'app' open a line only before whom it goes to ('sms mijn zus', 'stuur iemand', 'app Eva'): never the
# noun or another verb's object ('sorry voor de random app', 'niet via sms moet', 'dat ik je dit stuur ik …', k44c).
_TO = frozenset({"mijn", "m'n", "mn", "me", "mij", "iemand", "hulp", "de", "een", "112", "nu", "aub", "alsjeblieft"})


def _sent_to(rest: str) -> bool:
    first = rest.split()[0].strip(",.!?") if rest.split() else ""
    return first.lower() in _TO | CALLED_PRONOUNS or first.lower() in lexicon().relations or first[:1].isupper() and first[1:].islower()


def _after_negated(line: str, last: str) -> bool:
    """'bel de politie niet bel mijn vriendin': a second call right after a negated call of its own line."""
    if last.lower() not in _NEG_END:
        return False
    words = line.lower().split()
    # 'de bel gaat niet bel mijn zus': a clause closed by 'niet' after a verb of its own, not 'ik wil niet bel'
    return line.lower().lstrip().startswith("bel ") or len(words) > 2 and words[-2] not in _HELD


_NEG_END = frozenset({"niet", "nie", "ni"})


_NEGATING = frozenset({"niet", "nie", "ni", "geen", "gene", "niemand"})
_SOFT = frozenset({"nu", "aub", "alsjeblieft", "alstublieft", "pls", "please", "snel", "dan", "eens", "even"})
_SERVICE = frozenset({"ambulance", "politie", "hulp", "dokter", "huisarts", "brandweer", "iemand", "zelfmoordlijn",
                      "tele-onthaal", "teleonthaal"})


def _kept_glued(rest: str, verb: str) -> bool:
    """What follows the call is a bare name ('Eva', 'eva nu') or a lone negated call ('geen 112', 'mijn zus niet',
    'niemand kom gewoon', with no wanted call after it): split off, the engine would drop it from the offer."""
    words = re.findall(r"[\w'-]+", rest.lower())
    if not words:
        return False
    if re.search(r"(?i)\b(?:bel|sms|stuur|app)\b|\bmaar\b|, wel\b", rest):
        return False  # 'bel geen ambulance, bel mijn zus', 'bel de politie niet maar mijn zus': a wanted call follows
    neg = next((k for k, w in enumerate(words) if w in _NEGATING), None)
    if neg is not None:  # 'geen 112', 'mijn zus niet (kom gewoon)'; not 'mijn zus Eva niet de politie' (which one?)
        return neg == 0 or neg + 1 == len(words) or words[neg + 1] not in _HELD
    name, tail = words[0], words[1:]
    if calls_named([verb, *words], next((w for w in rest.split() if w.lower() not in _SOFT), "")):
        return False  # 'bel Eva', 'sms Eva': read apart it is the writer's own call (round 44, k44c; groups.py)
    return name.isalpha() and name not in _SOFT | _SERVICE | _HELD and name not in lexicon().relations \
        and all(w in _SOFT for w in tail)
