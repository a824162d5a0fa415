"""A person typed apart (oefen's 'Aan wie vraag je het?', `--aan`) and a draft that greets someone else (round 43, k43r).

'Hoi Fatima, kan jij …' with 'Marco' typed, 'hey schat kun je …' with 'Marco' typed: the draft's own address stays in
the offer (the user wrote it) and the typed person is not written in a second time, but whom the message speaks to
is no longer plain: the draft may greet someone else, or use a pet name for the one typed. Never sure then (code
`naam-anders`). The same name in another case or with a title ('Fatima' and 'mevrouw fatima'), a kin word and its
other forms ('Ma,' and 'mama'), or a chat nickname the typed name replaces ('bro' and 'Daan': vocative.addressed)
are no clash.

Second review (k43r3): a group greeted ('Hoi allemaal', 'Ciao tutti', 'Hey guys', 'Hoi iedereen') and one person
typed: the typed name went in front of the group's ask ('Marco, kan iemand zaterdag helpen?', sure). A group greeting
differs from any one person typed: the typed person is not made the vocative (`to_one`) and the result is never sure
(`codes` with the draft, code `naam-anders`).
"""

from __future__ import annotations

import re

from vraaghulp.coach.text import fold

from .lexicon import lexicon
from .salutation import vocative_of

CODE = "naam-anders"

# Forms of one kin word: 'Ma,' in the draft and 'mijn mama' typed are the same person.
_KIN = (frozenset({"ma", "mama", "mam", "mams", "moeder", "moeke", "mamma", "mammie", "moemoe", "mama's"}),
        frozenset({"pa", "papa", "pap", "paps", "vader", "vake", "pappa", "pappie"}),
        frozenset({"oma", "omi", "bomma", "meme", "grootmoeder", "oma'tje"}),
        frozenset({"opa", "opi", "bompa", "pepe", "grootvader"}),
        frozenset({"zus", "zusje", "zuske", "zuster", "sis"}),
        frozenset({"broer", "broertje", "broerke", "bro"}),
        frozenset({"oom", "nonkel"}))


def _words(text: str) -> set[str]:
    return {fold(w).lower().strip(".,!?;:'\"") for w in text.replace(",", " ").split()} - {""}


def _kin_of(w: str) -> frozenset[str]:
    return next((group for group in _KIN if w in group), frozenset({w}))


def codes(name: str, person: str | None, crisis: bool = False, draft: str = "") -> list[str]:
    """[CODE] when the result's address `name` is the draft's own and is not the person typed (a crisis draft's address
    is crisis_lines.addressed's, code `crisis-aanspreking`), or when `draft` (given when a person was typed) greets a
    group."""
    if crisis:
        return []
    if draft and group_greeted(draft):
        return [CODE]
    return [CODE] if person and clash(name, person, vocative_of(person)) else []


_GROUP = re.compile(
    r"(?i)^\W*(?:(?:hoi|hey|hee|hej|hi|hallo|hello|ciao|salut|yo|dag|beste|lieve|goeiemorgen|goedemorgen|"
    r"goeiemiddag|goedemiddag|goeienavond|goedenavond|morgen|middag|avond)\s+)?"
    r"(?:allemaal|allen|iedereen|guys|tutti(?: quanti)?|ragazzi|jongens|mensen|buren|collega'?s|dames(?: en heren)?|"
    r"vrienden|familie|klasgenoten|leden|lieverds|team|gasten|lui|people|everyone|all|meiden|ouders)"
    r"\s*(?:[,!.:;\n]|$)")


_ANYONE = re.compile(r"(?i)\b(?:kan|kun|kunt|wil|zou|mag|heeft)\s+(?:er\s+)?iemand\b|\bwie\s+(?:kan|kun|wil|zou|heeft|mag)\b")


def group_greeted(draft: str) -> bool:
    """The draft opens by greeting a group ('Hoi allemaal,', 'Ciao tutti,', 'Hey guys!', 'Jongens,') or asks anyone
    ('kan iemand …', 'wie kan …'): a group's ask, no one person's."""
    return bool(_GROUP.search(draft) or _ANYONE.search(draft))


def to_one(draft: str, person: str | None) -> str | None:
    """The person typed, or None when the draft greets a group: no one person's name goes in front of a group's ask
    ('Hoi allemaal, kan iemand …' with 'Marco' typed)."""
    return None if person and group_greeted(draft) else person


def clash(name: str, person: str | None, typed_name: str) -> bool:
    """True when the result's address `name` is not the person typed (`person` as typed, `typed_name` the vocative
    it gives)."""
    if not name or not person or not typed_name:
        return False  # nothing typed that addresses someone ('de huisbaas'), or no address in the result
    lex = lexicon()
    titles = lex.formal | {"juf", "juffrouw", "meester", "tante", "oom", "nonkel", "coach", "mijn", "de", "m'n"}
    own = _words(name) - titles
    typed = _words(person) | _words(typed_name)
    if not own:
        return _title_clash(_words(name), typed)  # 'Juf,' with 'meester Tom' typed (k44c)
    if own & typed or _short_for(own, typed):
        return False  # 'PJ' for 'Pieter-Jan', 'Tom' for 'Tommy'
    if not any(w[:1].isupper() for w in person.split()) and not own & (lex.relations | _PETS):
        return False  # 'mijn zus' typed, 'Eva, …' in the draft: a role typed, the draft names her
    return not any(_kin_of(w) & typed for w in own)


# Round 44 (k44c): a bare title as the address ('Juf,', 'Meester,', 'Mevrouw,') said nothing about whom it named, so
# 'Juf, kun je …' with 'meester Tom' typed was sure. A title of the other sex than the typed one's, or a title where
# a kin word was typed ('mama'), names someone else; the same title, a name alone typed ('Tom') or 'mevrouw' for
# 'juf Anja' is no clash.
_SHE = frozenset({"juf", "juffrouw", "mevrouw", "mevr", "mw", "tante", "zuster"})
_HE = frozenset({"meester", "meneer", "mr", "dhr", "heer", "oom", "nonkel"})


def _title_clash(said: set[str], typed: set[str]) -> bool:
    """The draft's bare title (`said`) names another person than the one `typed`."""
    said, titled = said & (_SHE | _HE), typed & (_SHE | _HE)
    if not said:
        return False
    if titled:
        return not (said <= _SHE and titled <= _SHE or said <= _HE and titled <= _HE)
    return any(w in group for group in _KIN for w in typed) or bool(typed & lexicon().relations)


_PETS = frozenset({"schat", "schatje", "lieverd", "liefje", "lief", "bella", "bello", "cara", "caro", "amore", "tesoro"})


def _short_for(own: set[str], typed: set[str]) -> bool:
    """The draft's name is the typed one's initials or its start ('PJ' for 'Pieter-Jan', 'Tom' for 'Tommy')."""
    for t in typed:
        parts = [p for p in t.replace("-", " ").split() if p]
        initials = "".join(p[0] for p in parts)
        if any(len(w) >= 2 and (w == initials or (len(w) >= 3 and t.startswith(w))) for w in own):
            return True
    return False
