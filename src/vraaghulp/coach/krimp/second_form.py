"""A second request shrunk into a question frame around words that already ask, or that ask nothing (round 55, lead).

The second request comes back as its own sentence, ready to send; twice in the whole corpus that sentence was no
Dutch: 'Kunt ge moet ik de sleutel van de container bij u halen?' (h33a-026: the draft already asked 'moet ik … halen?')
and 'Kunt u draai ik hier de vroege diensten?' (k55c-001: '… en daarnaast draai ik hier de vroege diensten.', a fact
after 'daarnaast', no request at all). A frame ('kun je', 'kunt u', 'kunt ge' …) followed by one word and the subject
'ik' is that shape: the word is a verb put first, so the words after the frame are a sentence of their own.
Where the draft's words ended with a question mark they are the request, said as the writer asked it: the frame goes.
Where they did not, there is no second request: the finding goes (the contract: never offer nonsense).
"""

from __future__ import annotations

import re
from dataclasses import replace

_FRAMED = re.compile(r"(?i)^((?:[^,?]{1,30}, )?)(?:kun|kunt|kan|wil|wilt|zou|zoudt|mag) (?:je|jij|u|ge|gij) "
                     r"(?=[\w']+ (?:ik|'k|k)\b)")


def mended(finding, asked: bool):
    """The finding with its second sentence unframed, None when it asks nothing, or the finding as it was."""
    if finding.kind != "meer-vragen" or not finding.sentence:
        return finding
    m = _FRAMED.match(finding.sentence)
    if m is None:
        return finding
    if not asked:
        return None
    rest = finding.sentence[m.end():]
    return replace(finding, sentence=m.group(1) + (rest if m.group(1) else rest[:1].upper() + rest[1:]))
