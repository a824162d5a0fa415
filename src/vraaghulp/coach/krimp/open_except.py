"""The writer's availability with its exception, said after the ask (round 54, k54b): 'Kunt u morgen een
technieker laten komen? Ik ben de hele dag thuis behalve tussen 10 en 12 uur.', '… uitleggen wat ik moet doen? Niet
telefonisch graag. Ik kan elke dag behalve vrijdag.', Flemish ''k ben heel de dag thuis, behalve tussen 13u en 15u'.

The outside golds keep such a sentence whole: it says when the helper can come, a moment the ask rests on
(tools/krimp_soort_tally.py, kinds `voorwaarde`, `ontkenning`, `moment`). restrict.py reads a restriction in the
sentence right after the ask only, with at most three words between the writer and 'behalve'; this reads the three
sentences after the ask (a fact or another restriction may stand between: '… sturen? We hebben een baby van vier
maanden. Ik ben overdag thuis, behalve donderdag.'), up to seven words before 'behalve'/'uitgezonderd', and a time span
after it ('tussen 10 en 12 uur'). The writer ('ik', ''k', 'wij') is the subject, the verb says being there or being able
('ben', 'zijn', 'zen', 'kan', 'kunnen'), and a moment follows the exception word (a day, a part of the day, a weekend, a
figure): 'Iedereen komt behalve mijn broer.', 'Ik heb alles al geprobeerd behalve de resetknop.' are no availability.
The reason after it goes (', dan ga ik naar de kiné', 'want …', '(fysio)').
"""

from __future__ import annotations

import re

from .checks import lower_words

_MOMENT = r"(?:\w*dag\w*|weekend\w*|\w*avond\w*|\w*ochtend\w*|\w*middag\w*|\w*morgen\w*|'s\s+\w+|\d)"
_OPEN = re.compile(
    r"(?i)^\s*(?:(?:en|maar|mor|ma)\s+)?(?:ik|'k|k|wij|we)\s+(?:ben|zijn|zen|zijt|kan|kunnen)\b(?:\s+\S+){0,7}?,?\s+"
    rf"(?:behalve|uitgezonderd)\s+(?:(?:op|tussen|in|na|voor|vóór|om|rond)\s+)?(?:de\s+|het\s+)?{_MOMENT}")
# Where the availability ends: its reason or a tag ('(fysio)', ', dan ga ik …', 'want …', 'hoor').
_REASON = re.compile(r"(?i)\s*(?:\(.*$|,?\s+(?:dan|want|omdat|aangezien|daar)\s+\S.*$|,?\s+(?:hoor|he|hé|aub|pls)\b.*$)")
_EMOJI = re.compile("[\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d]+")
_MAX = 16
ON = True  # the tests switch it off to show what each kept sentence depends on


def said(text: str) -> str:
    """The availability with its exception in this sentence, as it would be sent ('Ik kan elke dag behalve
    vrijdag.'), or ""."""
    body = _EMOJI.sub(" ", text).strip().rstrip(".!").strip()
    if body.endswith("?") or not _OPEN.match(body):
        return ""
    body = _REASON.sub("", body).strip().rstrip(",").strip()
    body = re.sub(r"(?i)^(?:en|maar|mor|ma)\s+", "", body)
    if not _OPEN.match(body) or len(lower_words(body)) > _MAX:
        return ""
    return body[:1].upper() + body[1:] + "."


def later(sentences: list[str], have: list[str]) -> str:
    """The first availability with its exception among the (up to three) sentences after the ask, that none of
    ``have`` (the restrictions found already) holds; "" when there is none or another question comes first."""
    if not ON:
        return ""
    seen = {w for h in have for w in lower_words(h)}
    for text in sentences[:3]:
        if text.rstrip().endswith("?"):
            return ""
        found = said(text)
        if found and not set(lower_words(found)) <= seen:
            return found
    return ""
