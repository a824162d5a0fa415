"""Two kinds of bare task typed in the practice flow that the verb list alone misreads.

- 'mee naar de oogarts', 'mee met mij naar de notaris': the verb ('gaan', 'komen') is left out, as
  people say it; the person asked goes along: 'Kun je mee naar de oogarts?' (never 'Kun je me helpen
  met mee naar …', nor 'Mag ik mee …': the writer goes anyway and asks company).
- 'naar mijn toneelvoorstelling komen', 'op mijn verjaardag komen': a verb of coming (not a bare 'gaan') that the
  writer usually does ('mag ik komen?') goes to the writer's own place or event here, so the person
  asked is the one who comes: 'Kun je naar mijn toneelvoorstelling komen?', not 'Mag ik …'.

And one kind that is no bare task at all: sentences of their own ('Joost, ik moet eerlijk zijn: ik ben op.
Ik wil me ziek melden.'), which the practice flow must never wrap in 'kun je … ?'. The name of the person
typed apart that also opens the note ('mo ik heb een probleem', 'Lies, ik ben op.') is the vocative the
sentence gets anyway: the note is read without it (never 'Mo, mag ik mo?', 'Gijs, kun je gijs ik …?').
"""

from __future__ import annotations

import re

_ALONG_NEXT = frozenset({"naar", "met", "op", "in", "bij", "nar"})
# coming to the writer's place or event; never a bare 'gaan': 'met de auto naar mijn vriendin gaan' is the
# writer going ('Mag ik …'), and who goes 'naar mijn X' is not said
_MOVING = frozenset({"komen", "langskomen", "meekomen", "binnenkomen", "meegaan"})
_MINE = frozenset({"mijn", "m'n", "mn", "mijne"})


def goes_along(words: list[str]) -> bool:
    """'mee naar de oogarts' (lower-case words of the phrase): 'mee' and where to, no verb."""
    plain = [re.sub(r"[^\w']", "", w) for w in words]
    return len(plain) >= 3 and plain[0] == "mee" and plain[1] in _ALONG_NEXT


def comes_to_mine(words: list[str]) -> bool:
    """'naar mijn toneelvoorstelling komen': a verb of coming, and the writer's own place or event."""
    plain = [re.sub(r"[^\w']", "", w) for w in words]
    return bool(plain) and plain[-1] in _MOVING and bool(_MINE & set(plain))


_SENTENCE = re.compile(r"[^.?!]+[.?!]+|[^.?!]+$")
_I = frozenset({"ik", "'k", "k", "we", "wij"})


def several_sentences(note: str) -> bool:
    """'Joost, ik ben op. Ik wil …' (two sentences, one with 'ik' or 'we' as its subject): no phrase to ask."""
    parts = [p for p in _SENTENCE.findall(note or "") if re.search(r"\w", p)]
    said = [re.findall(r"[\w']+", p.lower()) for p in parts]
    return len(parts) >= 2 and any(_I & set(words) for words in said)


_I_START = frozenset({"ik", "'k", "k", "kzou", "kheb", "kben", "kwil", "kmoet", "we", "wij"})
_ASK_START = frozenset({"kun", "kan", "kunt", "wil", "wilt", "mag", "zou", "zoudt", "heb", "hebt", "ben", "bent"})
_YOU = frozenset({"je", "jij", "ge", "gij", "u"})


def without_typed_name(note: str, name: str) -> str:
    """The note without the typed person's name in front, when it is said to them there: before a comma
    ('Lies, ik ben op.'), before 'ik' ('mo ik heb …') or before a question to them ('gijs kun jij …')."""
    if not name or not note:
        return note
    m = re.match(r"\s*" + re.escape(name) + r"(?:\s*[,:!]+\s*|\s+)(?=\S)", note, re.IGNORECASE)
    if not m:
        return note
    rest = note[m.end():]
    words = re.findall(r"[\w']+", rest.lower())[:2] + ["", ""]
    if "," in m.group(0) or ":" in m.group(0) or "!" in m.group(0) or words[0] in _I_START \
            or (words[0] in _ASK_START and words[1] in _YOU):
        return rest
    return note
