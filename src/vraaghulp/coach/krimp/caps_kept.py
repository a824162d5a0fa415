"""A draft typed in capitals gets its result in capitals (round 32, k32b).

'DAG MILAN … ZOU JIJ MIJ MET DE AUTO WILLEN BRENGEN.' came back as 'MILAN, wil JIJ MIJ MET DE AUTO BRENGEN?', and
'BESTE JONAS, IK KAN …' as 'JONAS, iK KAN …': the words the engine wrote itself (the verb in front) or the first
letter it lowered after the name broke the writer's capitals mid-sentence. When nearly every letter of the draft is a
capital, the offered sentence is written in capitals too; elsewhere a word lowered at its first letter only ('kUN',
'iK') gets its capital back, unless the draft has it so ('eID').
"""

from __future__ import annotations

import re

_HALF = re.compile(r"(?<![\w'])([a-zà-ÿ])([A-ZÀ-Ý]{1,})(?![\w'])")


def kept(text: str, sentence: str) -> str:
    """The sentence in the draft's capitals."""
    letters = list(filter(str.isalpha, text))  # (filter and map: the same count without a Python step per letter)
    if len(letters) >= 20 and sum(map(str.isupper, letters)) >= 0.9 * len(letters):
        return sentence.upper()
    return _HALF.sub(lambda m: m.group(0) if m.group(0) in text else m.group(1).upper() + m.group(2), sentence)
