"""What broke, went or acts up, said right before the ask and dropped: never sure (round 37, k37a).

'pa ik weet da ge kwaad gaat zijn mo mijn fiets is gestolen aan de Sint-Pietersstatie. kunt ge mij morgen om 7u45
naar school brengen …' (h36b-021), 'Hé Bas, de wc loopt over en ik moet zo naar mijn tentamen. Kun jij om 12 uur
thuis zijn voor de loodgieter?' (t18h-034): without that sentence the ask reads as a whim. The outside golds split on
it (tools/krimp_rests_on.py, outside files, shape `kwijt` right before the ask: 14 drafts whose golds all keep it, 5
split, 12 all drop it), so a sure result never drops it (`lost`, code `weg-kwijt`), and the not-sure offer puts the
piece nearest the ask back in front (`offer`), as the golds that keep it have it, when nothing else of its sentence
stays (whole tuning part: 8 results became acceptable that way, h36b-021, t18h-034, k28b-014, h24a-028 …; 1 stopped
being, h32b-011, whose golds drop it).

The piece: a clause the engine reads as plain text (role `tekst`), in the ask's own sentence before the ask or in
the sentence right before it, of 3 to 14 words, whose subject is a thing (not 'ik', 'je', 'we': 'ik ben kapot' is
how the writer is), saying it broke, went, was stolen or acts up ('is gestolen', 'is kapot', 'loopt over', 'doet
raar', 'is afgeschaft'). The result shows fewer than half its content words.

Not where the golds agree it goes: after the ask (what is wrong with the thing the ask already names, '… naar mijn
auto kijken? hij maakt raar geluid': 3 outside drafts keep it, 8 drop it); beside an ask to borrow or use the reader's
one ('Noël, kunt ge mij uw veewagen lenen?' after 'mijn veewagen is kapot', h32b-002; reasoned.own_broken); beside an
ask that names the thing again ('… de kraan in de keuken lekt weer. Kunt u iemand sturen voor de kraan?') or what it
needs ('Mijn printer is stuk. Kun je een nieuwe cartridge meenemen?', 'De vaas is gebroken. Kun je lijm meenemen?':
review16's tests, from older golds).
"""

from __future__ import annotations

import re

from .checks import lower_words, text_words
from .reasoned import own_broken

CODE = "weg-kwijt"
_BROKE = re.compile(
    r"(?i)\b(?:kapot|(?<!een\s)stuk(?!\s+(?:of|van)\b)|lek|gestolen|gejat|gepikt|kwijt|panne|defect|kaduuk|gebroken|overstroomd"
    r"|afgeschaft|(?:is|zijn)\s+weg|doet\s+raar|doen\s+raar|raar\s+geluid|loopt\s+over|lekt|druppelt"
    r"|doe[nt]\s+het\s+(?:niet|ni|nie)\b(?:\s+meer)?|werkt\s+(?:niet|ni|nie)|start\s+(?:niet|ni|nie))\b")
_PEOPLE = frozenset({"ik", "k", "we", "wij", "je", "jij", "ge", "gij", "u", "jullie", "zij", "ze", "men"})
_NEW = re.compile(r"(?i)\bnieuwe?\b")
_BORROW = re.compile(r"(?i)\b(?:lenen|leen|uitlenen|gebruiken)\b")
_BRING = re.compile(r"(?i)\b(?:meenemen|meebrengen|kopen|bestellen|halen)\b")  # 'Kun je lijm meenemen?': what it needs
_MIN_WORDS, _MAX_WORDS = 3, 14
_PAST = frozenset({"was", "waren", "ging", "gingen", "vorige", "vorig", "toen"})
_LINKS = re.compile(r"(?i)^(?:\s*\b(?:maar|mo|mar|mor|en|want|omdat|dus)\b)+\s*")


def lost(an, sentence: str) -> bool:
    """A sure result that dropped such a piece (see the module docstring)."""
    ask = sentence.split("?")[0]
    if an is None or not getattr(an, "main", None) or _NEW.search(sentence) or _BORROW.search(ask) or _BRING.search(ask):
        return False
    shown = set(text_words(sentence))
    return any(mostly_dropped(words, shown) and not own_broken(text, sentence) and not _named(words, ask)
               for text, words in pieces(an))


def _named(words: list[str], ask: str) -> bool:
    """The ask names the thing that broke ('de kraan in de keuken lekt weer. Kunt u … iemand sturen voor de kraan?')."""
    asked = set(text_words(ask))
    return any(len(w) > 3 and w in asked for w in text_words(" ".join(words[:4])))


def offer(an, sentence: str, name: str, kept) -> tuple[str, str]:
    """The not-sure offer with the piece that stood right before the ask put back in front (`kept`:
    state_before.kept), as the golds that keep it have it; (sentence, the piece or "")."""
    if an is None or not getattr(an, "main", None) or _BORROW.search(sentence.split("?")[0]):
        return sentence, ""
    shown = set(text_words(sentence))
    for text, words in reversed(pieces(an, alone=True)):  # the piece nearest the ask
        if mostly_dropped(words, shown) and not own_broken(text, sentence):
            said = _LINKS.sub("", text).rstrip(" ,.;:!")
            return kept(sentence, name, said), said
    return sentence, ""


_GOES = frozenset({"wrap", "groet", "afsluiting", "naam", "leeg"})


def pieces(an, alone: bool = False) -> list[tuple[str, list[str]]]:
    """(text, words) of every plain clause right before the ask (in its sentence or the one before) that says what
    broke or went; `alone`: only one whose sentence holds nothing else that stays (no state or other statement
    beside it: 'mijn wasmachine is kapot en ik ben zo moe' keeps its shape, round 35's look-alikes)."""
    d = an.d
    first = min(an.main, key=lambda c: c.a)
    out = []
    for c in an.clauses:
        if c.sent not in (first.sent, first.sent - 1) or c.b > first.a or c.role != "tekst" or c in an.main:
            continue
        if alone and any(_stays(an, x) for x in an.clauses if x is not c and x.sent == c.sent and x not in an.main):
            continue
        text = d.raw(c.start if c.start >= 0 else c.a, c.b)
        words = lower_words(_LINKS.sub("", text))
        if not _MIN_WORDS <= len(words) <= _MAX_WORDS or words[0] in _PEOPLE or not _BROKE.search(text) \
                or _PAST & set(words):
            continue  # 'vorige zaterdag was de lift kapot': what broke once, not why the writer asks now
        out.append((text, words))
    return out


def _stays(an, x) -> bool:
    """Clause x says something of its own that may stay: no wrapper, greeting or name, no second thing that broke."""
    text = an.d.raw(x.start if x.start >= 0 else x.a, x.b)
    return x.role not in _GOES and len(lower_words(text)) > 1 and not _BROKE.search(text)


def mostly_dropped(words: list[str], shown: set[str]) -> bool:
    """Fewer than half the piece's content words (longer than three letters, or all when none is) are shown."""
    content = [w for w in text_words(" ".join(words)) if len(w) > 3] or text_words(" ".join(words))
    return sum(w in shown for w in content) * 2 < len(content)


_MUST = frozenset({"moet", "moeten", "moette", "mot", "motte", "moe", "mò"})
_HAVE = frozenset({"heb", "hebben", "heeft", "hebt", "hè"})
_STATE = re.compile(r"(?i)^(?:en\s+)?(?:ik|'k|k)\s+(?:ben|voel|zit|lig)\b")


def shape_of(said: str) -> str:
    """The shape of a short statement, for tools/krimp_rests_on.py: 'kwijt' (what broke or went), 'staat' (how the
    writer is), 'moet' (the writer must), 'heb' (the writer has: a shift, an appointment), 'ander'."""
    words = lower_words(said)
    if _BROKE.search(said) and words and words[0] not in _PEOPLE:
        return "kwijt"
    if _STATE.search(said):
        return "staat"
    if len(words) > 1 and words[0] in ("ik", "we", "wij", "k"):
        return "moet" if words[1] in _MUST else "heb" if words[1] in _HAVE else "ander"
    return "ander"
