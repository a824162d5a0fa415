"""A let-off's condition left behind as a sentence of its own in the not-sure offer (round 57, k57b).

'Zou u de herstelling kunnen laten uitvoeren …? Als u daar nu geen tijd voor heeft, begrijp ik dat uiteraard.' The
engine cuts the understanding ('begrijp ik dat uiteraard', 'Uiteraard begrijp ik het') and the condition that
belonged to it stayed: '… vóór het einde van de maand? Als u daar nu geen tijd voor heeft.' No one can send that
sentence; the user had to see it is a piece of a let-off and strike it. Round 56's probe held two
(p56-023, p56-030), the earlier outside files more ('… 7 juni het volgende kunt mailen: …. Als het iets
later wordt.', from 'geen stress als het iets later wordt'; '… om 14 uur. Als dit te laat gevraagd.', from 'Sorry als
dit te laat gevraagd').

The offer's last sentence goes when it is only a condition ('Als', 'Indien', 'Mocht', 'Moest', 'As', 'Wanneer' and
no comma, no question mark), the offer holds another sentence, and the sentence of the draft it came from holds,
outside the condition, words of a let-off, an apology or understanding ('begrijp', 'versta', 'geen probleem', 'geen stress',
'sorry', 'laat … weten', 'is het ook oké' …). A condition with a modal or 'vragen' in it stays: it may be the ask
itself ('zou echt chill zijn als iemand ze kan sturen', h24b-006; a dictated run-on '… als ik plat lig en mijn enkels
zijn zo dik zou u de dokter willen vragen …', h26a-007) or a second one ('als er iemand … kan helpen …, laat iets
weten', h56b-010). A condition whose main clause was anything else stays
('Als het regent, zou dat fijn zijn' is no let-off): it may carry the meaning. Only the not-sure offer is touched,
never `zeker`.
"""

from __future__ import annotations

import re

_LONE = re.compile(r"(?:^|(?<=[.?!])\s+)((?:Als|Indien|Mocht|Moest|As|Wanneer)\b[^,?!.]*\.)\s*$")
_LET_OFF = re.compile(
    r"(?i)\b(begrijp|begrijpen|snap|versta|geen (probleem|stress|erg|ramp|punt)|niet erg|ook (goed|oke|oké|ok|prima|fine)"
    r"|sorry|excuus|excuses|spijt|laat (het )?(me |mij )?(maar )?(even )?(iets )?weten|no stress|no worries|hoeft (niet|ni|nie))\b")
_ASKS = re.compile(r"(?i)\b(kan|kun|kunt|kunnen|kunde|ken|zou|zoudt|zouden|wil|wilt|willen|wilde|mag|moogt|mogen|moet|moeten"
                   r"|vraag|vragen|helpen)\b")  # 'als iemand ze kan sturen': an ask in disguise, kept
_SENTENCE = re.compile(r"[^.?!\n]+[.?!]*")


def _folded(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def _source(draft: str, piece: str) -> str:
    """The sentence of the draft that holds the condition ('' when it is not found as typed)."""
    want = _folded(piece)
    for m in _SENTENCE.finditer(draft):
        if want in _folded(m.group(0)):
            return m.group(0)
    return ""


def offer(text: str, sentence: str) -> tuple[str, str]:
    """(the not-sure offer without a let-off's condition stranded at its end, the condition cut or '')."""
    m = _LONE.search(sentence)
    if not m or m.start(1) == 0:
        return sentence, ""
    piece = m.group(1).rstrip(".").strip()
    if _ASKS.search(piece):
        return sentence, ""
    source = _source(text, piece)
    if not source or not _LET_OFF.search(source):
        return sentence, ""
    return sentence[:m.start(1)].rstrip(), piece


def tidied(text: str, sentence: str, spans: tuple) -> tuple[str, tuple]:
    """The offer without the stranded condition, and the condition struck through in the draft as well."""
    sentence, piece = offer(text, sentence)
    if not piece:
        return sentence, spans
    at = re.search(r"\s+".join(re.escape(w) for w in piece.split()), text, re.IGNORECASE)
    return sentence, tuple(sorted(tuple(spans) + ((at.start(), at.end()),))) if at else spans
