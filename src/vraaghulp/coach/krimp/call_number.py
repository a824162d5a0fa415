"""The phone number a call back needs stays with the ask (round 30, k30d).

Long messages to a practice, a school or an office end with 'Mijn nummer is 06-12345678.' after the ask, often
with a sentence or a greeting between ('… terugbellen over de uitslag? Ik sta tot 14.00 uur in de winkel … Mijn
nummer is 06-12345678.'). When the offered question asks to be called or texted ('bellen', 'terugbellen', 'sms'en',
'contact opnemen') and says no number, the writer's sentence with the number goes after it, as typed. Only a
sentence that is nothing but the number ('Mijn (telefoon)nummer is …', 'U kunt mij bereiken op …', 'Mijn gsm:
…'): a number in a sentence with more in it, or a house number, is not taken.
"""

from __future__ import annotations

import re

_CALL = re.compile(r"(?i)\b(?:bel|belt|bellen|terugbellen|terug\s+bellen|opbellen|bel\w*\s+terug|sms\w*|whatsapp\w*|"
                   r"appen|app\s+me|contact\s+(?:met\s+mij\s+)?opnemen|bereiken)\b")
_NUMBER = re.compile(
    r"(?i)(?:^|(?<=[.!?\n]))\s*((?:mijn|ons)\s+(?:telefoon|gsm|mobiele|mobiel|06|tel\.?)?\s*-?\s*(?:nummer|nr\.?)\s*(?:is|:)?\s*"
    r"|(?:u|je|jij|ge)\s+(?:kunt|kan|kunde)\s+(?:mij|me|ons)\s+bereiken\s+op\s+)"
    r"(\+?\d[\d ./-]{7,}\d)\s*\.?(?=\s|$)")


def added(draft: str, sentence: str) -> tuple[str, str]:
    """(the sentence with the number's sentence after it, that sentence as typed ('' when nothing is added))."""
    if not _CALL.search(sentence):
        return sentence, ""
    m = _NUMBER.search(draft)
    if not m or re.sub(r"\D", "", m.group(2)) in re.sub(r"\D", "", sentence):
        return sentence, ""
    said = m.group(0).strip()
    said = said if said.endswith(".") else said + "."
    return f"{sentence} {said[:1].upper()}{said[1:]}", m.group(0).strip()
