"""A formal wrapper the engine left around the ask becomes the plain ask (round 34, k34b).

Run in the last tidy, on the finished sentence. Two shapes of formal letters and e-mails:
- 'Wilt u zo vriendelijk zijn (om) mij een kamer … toe te wijzen?' -> 'Kunt u mij een kamer … toewijzen?'
  ('zou u zo vriendelijk willen zijn', 'zoudt ge zo goed willen zijn'; 'je/ge/gij' alike);
- 'Zou het kunnen dat ik … krijg …?', '(ik vroeg me af) of het (eventueel) (mogelijk) zou zijn dat u … geeft …'
  -> 'Mag ik … krijgen …?', 'Kunt u … geven …?': the finite verb of the 'dat' clause is the word right before a
  comma, the end, or a preposition that opens a phrase after the verb ('… krijg in plaats van …', '… gebruik voor
  mijn examen'), never a word after an article, a number or a preposition ('een huisbezoek', 'twee delen', 'van
  maart'), nor a moment ('morgen'). When no such word is found the sentence stays as it was;
- 'ik vroeg me af of jij mijn late dienst zou kunnen overnemen.' -> 'Kun jij mijn late dienst overnemen?'.
"""

from __future__ import annotations

import re

from . import lead_in
from .lexicon import lexicon
from .verbs import front_form, infinitive_of



def _lead(lemma: str, subject: str) -> str:
    """'Kun je', 'Kunt u', 'Wilt ge', 'Kunnen jullie': the verb at the front for this subject (verbs.front_form)."""
    return f"{front_form(lexicon(), lemma, subject).capitalize()} {subject}"


def _cased(lead: str, sentence: str, at: int) -> str:
    """The lead as it stands at `at`: a capital at the start of a sentence, else lower case ('Fatima, kun jij …')."""
    return lead if at == 0 or sentence[:at].rstrip().endswith((".", "?", "!")) else lead[:1].lower() + lead[1:]
_KIND = re.compile(
    r"(?i)(?<![\w'])(?:wilt|wil|zou|zoudt|zouden)\s+(u|je|jij|ge|gij|jullie)\s+zo\s+(?:vriendelijk|lief|goed|aardig)\s+"
    r"(?:willen\s+)?zijn\s+(?:om\s+)?(.+?)\s+te\s+([^\W\d_]+)(?=\s*[?.!,]|\s*$)")


def kind_gone(sentence: str) -> tuple[str, str]:
    """'Wilt u zo vriendelijk zijn mij … toe te wijzen?' -> 'Kunt u mij … toewijzen?': (sentence, the wrapper)."""
    m = _KIND.search(sentence)
    if not m:
        return sentence, ""
    subject, middle, verb = m.group(1).lower(), m.group(2).split(), m.group(3)
    if middle and middle[-1].lower() in lexicon().particles and len(middle) > 1:
        verb, middle = middle[-1] + verb, middle[:-1]
    ask = f"{_lead('kunnen', subject)} {' '.join(middle)} {verb}"
    ask = ask if m.group(0)[:1].isupper() else ask[:1].lower() + ask[1:]
    wrapper = sentence[m.start():m.start(2)].strip()
    return sentence[:m.start()] + ask + sentence[m.end():], wrapper


_THAT = re.compile(
    r"(?i)(?:^|(?<=,\s)|(?<=[.?!]\s))(?:ik\s+vroeg\s+(?:me|mij)\s+af\s+)?(?:of\s+het|zou\s+het)\s+(?:(?:eventueel|misschien|soms|"
    r"echt|toch)\s+)?(?:mogelijk\s+)?(?:zou\s+)?(?:(?:mogelijk\s+)?zijn|kunnen|lukken)\s+(?:dat|da)\s+(ik|'k|u|je|jij|ge|gij)\s+")
_AFTER = frozenset({"voor", "in", "op", "om", "zodat", "omdat", "als", "want", "tijdens", "met", "naar", "bij", "tegen",
                    "vóór", "na", "aan", "zonder", "dan", "of", "en"})
_NOT_BEFORE = frozenset({"de", "het", "een", "mijn", "uw", "uwen", "je", "jouw", "zijn", "haar", "ons", "onze", "hun",
                         "deze", "die", "dit", "dat", "van", "tot", "in", "op", "voor", "naar", "met", "bij", "te", "aan",
                         "twee", "drie", "vier", "vijf", "elke", "ieder", "volgende", "komende", "'t", "den"})
_MOMENTS = frozenset({"morgen", "overmorgen", "vandaag", "vanavond", "vanmiddag", "straks", "week", "maand", "jaar",
                      "dag", "avond", "ochtend", "middag", "nacht", "weekend", "eens", "even", "nog", "ook", "wel",
                      "graag", "misschien", "eventueel", "toch", "echt", "hier", "daar", "er", "thuis", "online", "pas", "al",
                      "alleen", "enkel", "eerst", "later", "eerder", "samen", "zelf", "gewoon", "liefst", "best"})
_TOKEN = re.compile(r"[^\s,]+|,")


def _finite(words: list[str]) -> int:
    """Index of the 'dat' clause's finite verb in words (tokens, ',' its own), or -1."""
    for k, w in enumerate(words):
        low = w.lower()
        nxt = words[k + 1].lower() if k + 1 < len(words) else ""
        prev = words[k - 1].lower() if k else ""
        if k == 0 or low == "," or not low.isalpha() or low in _MOMENTS or prev in _NOT_BEFORE:
            continue
        if nxt and nxt != "," and nxt not in _AFTER:
            continue
        inf, sure = infinitive_of(lexicon(), low)
        if inf and sure and not low.endswith("en"):
            return k
    return -1


def that_gone(sentence: str) -> tuple[str, str]:
    """'Zou het kunnen dat ik … krijg …?' -> 'Mag ik … krijgen …?': (sentence, the wrapper)."""
    m = _THAT.search(sentence)
    if not m:
        return sentence, ""
    end = re.search(r"[.?!](?:\s|$)", sentence[m.end():])
    stop = m.end() + end.start() if end else len(sentence)
    words = _TOKEN.findall(sentence[m.end():stop])
    k = _finite(words)
    if k < 0:
        return sentence, ""
    words[k] = infinitive_of(lexicon(), words[k].lower())[0]
    subject = m.group(1).lower()
    lead = _cased("Mag ik" if subject in ("ik", "'k") else _lead("kunnen", subject), sentence, m.start())
    body = " ".join(words).replace(" ,", ",")
    wrapper = sentence[m.start():m.end()].strip()
    return f"{sentence[:m.start()]}{lead} {body}?{sentence[stop + 1:]}", wrapper


_WONDER = re.compile(
    r"(?i)(?:^|(?<=,\s)|(?<=[.?!]\s))ik\s+(?:vroeg|vraag)\s+(?:me|mij)\s+af\s+of\s+(u|je|jij|ge|gij|jullie)\s+"
    r"((?:(?!\b(?:zou|zoudt|zouden)\b)[^.?!,])+?)\s+(?:zou|zoudt|zouden)\s+(kunnen|willen)\s+([^\W\d_]+)\s*[.?]")


def wonder_gone(sentence: str) -> tuple[str, str]:
    """'ik vroeg me af of jij mijn late dienst zou kunnen overnemen.' -> 'Kun jij mijn late dienst overnemen?'"""
    m = _WONDER.search(sentence)
    if not m:
        return sentence, ""
    subject = m.group(1).lower()
    lead = _cased(_lead(m.group(3).lower(), subject), sentence, m.start())
    wrapper = sentence[m.start():m.start(1)].strip()
    return f"{sentence[:m.start()]}{lead} {m.group(2)} {m.group(4)}?{sentence[m.end():]}", wrapper


def plain(sentence: str) -> tuple[str, list[str]]:
    """(sentence, the wrappers gone)."""
    sentence, kind = kind_gone(sentence)
    sentence, that = that_gone(sentence)
    sentence, wonder = wonder_gone(sentence)
    sentence, lead = lead_in.gone(sentence)  # 'ik wilde u laten weten dat …', 'zoals u weet is …' (lead_in.py, k41b)
    return sentence, [w for w in (kind, that, wonder, lead) if w]
