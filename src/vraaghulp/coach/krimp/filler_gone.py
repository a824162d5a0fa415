"""A 'ne keer' the last tidy takes out no longer withholds `zeker` in a short, clean draft (round 30, k30b).

The first-sight gate withholds `zeker` when the result shows the Flemish filler 'ne keer'/'nen keer' (`vlaams-
vulsel`, first_sight.py). Since round 27 the last tidy (last_tidy.py, ask_filler.py) takes it out of the question
after `zeker` is decided, so the gate withheld `zeker` for a word the offered sentence no longer shows ('Nonkel Jos,
kunt ge mijn auto ne keer nakijken?' offered without it, not sure). The gate now reads the sentence as the tidy leaves
it, but only where the rest of the result is checked too: the draft is not long (≤ 30 words, no `te-lang`), holds no
second request, and nothing of it went as background (no `achtergrond` piece) — on such drafts the filler's
correlation with a lost sentence caught real losses (h29a-025 'Ik zit hier in Gent echt alleen'). A 'ne keer' that
stays ('nog ne keer', 'ne keer per week') still withholds `zeker`.

The chat 'even' ('ff', 'efkes': `even-vulsel`) is not lifted: three older golds list 'ff'/'efkes' as a must-keep
(g-092, y1-008, t6d-039), so lifting it would add three wrong-and-sure results (README, round 30, k30b).
"""

from __future__ import annotations

from . import ask_filler, filler_own, first_sight
from .checks import text_words
from .unnamed import unnamed

CODE = "vlaams-vulsel"


def lifted(codes: list[str], sentence: str, out, text: str, spans) -> list[str]:
    """The gate's codes without `vlaams-vulsel` when the tidied sentence no longer shows it and the draft is clean."""
    if CODE not in codes or CODE in first_sight.result_kinds(ask_filler.tidy(sentence)[0]):
        return codes
    an = out.analysis
    if an is None or len(text_words(text)) > an.d.lex.setting("max_woorden", 30):
        return codes
    if any(f.kind == "meer-vragen" for _pos, f in out.found):
        return codes
    if any(f.kind == "achtergrond" for _pos, f in unnamed(an.d.lex, text, spans, sentence, out.found, lambda at: 0)):
        return codes
    if filler_own.needed_went(out, text, sentence):
        return codes  # round 31 (k31b): 'k Ben vandaag mijn job kwijtgeraakt' went in a later step (filler_own.py)
    return [c for c in codes if c != CODE]
