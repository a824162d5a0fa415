"""An offer or a plan of the writer's beside the ask: 'Zoudt ge mijn shift van vrijdagavond kunnen pakken, en dan
doe ik uw zondag', '… eten geven, de sleutel leg ik dan zondag bij je in de bus'. It is no part of the request (never
glued into it, groups.request_groups) and, when it stays, it stays as the writer said it, a statement of its own
with a full stop ('Dan doe ik uw zondag.'): never turned into a question ('Ik doe uw zondag?')."""

from __future__ import annotations

import re

from .wordsets import NEGATIONS, WRITER as _WRITER

_LEADS = frozenset({"en", "maar"})
_MIND = frozenset({"wil", "wou", "wilde", "vind", "denk", "dacht", "hoop", "weet", "wist", "moet", "moest", "heb", "had",
                   "ben", "was", "zit", "voel", "kan", "kon", "mag", "zou", "snap", "begrijp", "vraag", "vroeg", "zie", "hoef", "hoefde"})
_NEGATIONS = NEGATIONS | {"gene"}
_NOT_BEFORE = frozenset({"die", "dat", "da", "wat", "waar", "als", "of", "zodat", "omdat", "want", "wanneer", "voor",
                         "met", "en", "maar", "de", "het", "een", "mijn", "als", "tot", "totdat", "zodra", "nadat"})


def _words(an, c) -> list[int]:
    d = an.d
    toks = [i for i in d.content(c.a, c.b) if d.is_word(i)]
    while toks and d.word(toks[0]) in _LEADS:
        toks = toks[1:]
    return toks


def writer_offer(an, c, request: list | None = None) -> bool:
    """A plain clause right after the request in its own sentence in which the writer says what they will do: 'ik'
    ('we') first, or right after its verb ('dan doe ik', 'de sleutel leg ik dan'); not a question ('hoef ik …'), not
    inside a subordinate clause ('dat ik', 'als ik'), not what the writer wants, thinks or is ('ik wil dat …')."""
    d = an.d
    request = request if request is not None else getattr(an, "main", None)
    if c.role != "tekst" or not request:
        return False
    toks = _words(an, c)
    words = [d.word(i) for i in toks]
    own = any(r.sent == c.sent and r.role == "vraag" and r.b <= c.a for r in request)
    if not own and not (words[:1] == ["dan"] and any(r.sent == c.sent - 1 and r.role == "vraag" for r in request)):
        return False  # only beside the ask: in its sentence, or 'Dan doe ik …' right after it (the result read again)
    if len(words) < 3 or words[0] in d.lex.subordinators:
        return False
    k = next((j for j in range(0, min(5, len(words))) if words[j] in _WRITER), None)
    if k is None or k == 1 or (k > 1 and (words[k - 1] in _NOT_BEFORE or words[k - 1] in d.lex.prepositions)):
        return False  # 'hoef ik …' is asked; 'de spullen die ik …'
    verb = words[1] if k == 0 else words[k - 1]
    return verb not in _MIND and verb not in d.lex.state_verbs and not _NEGATIONS & set(words)


def text(an, c) -> str:
    """The offer in the writer's words, from its first word after 'en', capital first, a full stop after."""
    d = an.d
    toks = _words(an, c)
    said = d.raw(toks[0], c.b).strip(" ,;")
    k = 3 if said[:3].lower() == "'k " else 0  # "'k Doe dan …"
    said = said[:k] + said[k:k + 1].upper() + said[k + 1:]
    said = said if said[-1:] in ".!" else said + "."
    an.__dict__.setdefault("offers", []).append(said)  # put back after the result is read again (back)
    return said


def back(out, sentence: str) -> str:
    """The offer the engine kept beside the ask and the result read again dropped ('… overnemen? Dan doe ik jouw
    avond op 25/5.' read alone loses its second sentence): said after the ask again."""
    an = out.analysis
    if an is None or out.crisis:
        return ""
    said = [o for o in dict.fromkeys(an.__dict__.get("offers", [])) if o in out.sentence and _dan_first(o)]
    return " ".join(o for o in said if " ".join(_plain(o)[:4]) not in " ".join(_plain(sentence)))


def _plain(text: str) -> list[str]:
    return re.findall(r"[\w']+", text.lower())


def _dan_first(offer: str) -> bool:
    """'Dan doe ik …', ''k doe dan …': the writer's side of a trade; not a fact ('Ik woon aan …')."""
    return "dan" in _plain(offer)[:3]
