"""The amount or the fever the ask rests on, said right before it, back in the not-sure offer (round 29, k29a).

Writers who ask an institution to pay later, split a bill or come by say the figure first, in a sentence of its
own: 'mijn energiefactuur is 340 euro en dat kan ik deze maand ni betalen. kunt ge vragen of ik da in 4 keer mag
afbetalen?', 'De factuur voor de zeeklassen is 185 euro en dat is voor ons nu te veel ineens. Zou het mogelijk
zijn …?', 'Mijn zoon Timo (7) heeft sinds zondag koorts boven de 39. Kan de dokter …?'. The engine cut that
sentence, and the offer asked to split a bill of no amount. Counted over the tuning part (the sentence right before
the first question, by its marks): with an amount of money or a fever in figures, the golds keep the figure in 23
of 28 drafts; of the five that drop it, three keep an amount of their own in the offer ('Kunt ge mij 150 euro
lenen?'), one reports money raised, one opens on the figure. A room's temperature ('het is hier 14 graden') and a
duration ('al drie dagen') split the golds and are left alone. In a draft typed without a question mark the plain
clause right before the engine's question clause is read ('… sorry voor de late sms mijn zoontje heeft al 3 dagen
koorts boven de 39 kunt ge …', apology_ends.py cuts it from the apology).

So when the not-sure offer holds no amount (for an amount) or no fever (for a fever) of its own, that sentence,
short and plain (no apology, hedge, greeting, question or second ask), goes back in front of the offer, after the
vocative. A sure result is never touched.
"""

from __future__ import annotations

import re

from . import reason_before, state_before
from .checks import lower_words

_AMOUNT = re.compile(r"(?i)(?:€\s*\d|\b\d+(?:[.,]\d+)?,?-?\s*(?:euro|eur)\b)")
_FEVER = re.compile(r"(?i)\bkoorts\b[^.?!]{0,25}\d|\b\d+(?:[.,]\d)?\s*(?:graden|°)\s*(?:c\s+)?koorts\b")
_MAX_WORDS = 24
_ABBREVIATED = re.compile(r"(?i)\b(?:geb|bv|nr|ca|dhr|mevr|mr|mw|tel|str|o\.a|i\.p\.v|d\.w\.z)\.\s*$")
_NOT_PLAIN = frozenset({
    "sorry", "sory", "excuses", "excuus", "hoop", "hopelijk", "vraag", "vragen", "vraagje", "misschien", "mss",
    "eventueel", "graag", "bedankt", "merci", "groeten", "groetjes", "durf", "lastig", "storen", "stoor", "schaam",
    "wil", "wou", "zou", "zoudt", "kunt", "kun", "mag", "moogt", "opgehaald", "ingezameld",
})


def figure(draft: str, sentence: str, analysis=None) -> str:
    """The sentence with the figure right before the draft's first question, when the offer lacks it ("" if not);
    in a draft without a question mark, the engine's clause right before its question clause (`analysis`)."""
    if not sentence.rstrip().endswith(("?", ".")) or "?" not in sentence:
        return ""
    said = _before_question(draft, sentence) if "?" in draft else _clause_before(analysis)
    if not said[:1].isalpha():
        return ""
    words = lower_words(said)
    if not 4 <= len(words) <= _MAX_WORDS or set(words) & _NOT_PLAIN or "?" in said:
        return ""
    if _AMOUNT.search(said) and not _AMOUNT.search(sentence):
        return said
    if _FEVER.search(said) and not re.search(r"(?i)\bkoorts|graden\b", sentence):
        return said
    return ""


def _before_question(draft: str, sentence: str) -> str:
    parts = reason_before.sentences(draft)
    ask = next((k for k, (a, b) in enumerate(parts) if draft[a:b].rstrip().endswith("?")), None)
    if not ask:
        return ""
    a, b = parts[ask - 1]
    if _ABBREVIATED.search(draft[:a]):
        return ""  # 'Zoë (geb. 14-08-2022) heeft …': the full stop of an abbreviation cut the sentence in two
    return reason_before.unaddressed(" ".join(draft[a:b].split()).strip(), sentence).rstrip(".!").strip()


def _clause_before(an) -> str:
    """'… sorry voor de late sms mijn zoontje heeft al 3 dagen koorts boven de 39 kunt ge …': the plain clause
    right before the first question clause of a draft typed without a question mark."""
    if an is None:
        return ""
    clauses = an.clauses
    ask = next((k for k, c in enumerate(clauses) if c.role == "vraag"), None)
    if not ask or clauses[ask - 1].role not in ("tekst", "staat"):
        return ""
    c = clauses[ask - 1]
    return " ".join(an.d.tok_text(i) for i in range(c.a, c.b)).strip(" ,.")


def put_back(draft: str, sentence: str, name: str, analysis=None) -> tuple[str, str]:
    """The offer with the figure sentence right before its question: after the vocative, or after a sentence the
    offer already keeps in front ('Met de vader van Liam (12-6-2019). Hij heeft … koorts. Kan de dokter …?');
    (sentence, the figure sentence or "")."""
    said = figure(draft, sentence, analysis)
    if not said:
        return sentence, ""
    ask = sentence.index("?")
    cut = max(sentence.rfind(". ", 0, ask), sentence.rfind("! ", 0, ask))
    if cut < 0:  # after the vocative a sentence's own capital goes ('Mevrouw Van Leeuwen, door mijn ziekte …')
        return state_before.kept(sentence, name, said), said
    own = said[:1].upper() + said[1:]
    return f"{sentence[:cut + 2]}{own}. {sentence[cut + 2:]}", said
