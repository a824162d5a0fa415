"""'Krijg ik het geld terug?', 'Krijgen we de waarborg terug?': a message that opens on an inverted question has its
verb first, capitalised as any first word. It is no name before the ask (round 37, lead: it was offered as
'Krijg, ik het geld terug?'). A name is followed by its verb ('Eva kun je …', 'Leen ik weet het ni'); a verb by its
subject and then the rest of the clause: an article, a possessive, an object pronoun or an adverb."""

from __future__ import annotations

_SUBJECTS = frozenset({"ik", "'k", "we", "wij", "je", "jij", "u", "ge", "gij", "jullie", "hij", "ze", "zij"})
_CLAUSE_GOES_ON = frozenset({"het", "'t", "t", "de", "den", "een", "ne", "nen", "die", "dat", "da", "dit", "deze", "mijn",
                             "m'n", "mn", "jouw", "uw", "zijn", "z'n", "zn", "haar", "ons", "onze", "hun", "me", "mij", "hem",
                             "nog", "ook", "al", "dan", "morgen", "vandaag", "even", "ff", "efkes", "eens", "wel", "er", "hier",
                             "daar", "nu", "straks", "volgende", "deze", "iets", "wat"})


def verb_of_question(d, k: int, i: int) -> bool:
    """Token k, the message's first word and alone before token i, is the verb of an inverted question: a subject
    pronoun right after it, then a word that goes on with the clause, and the sentence ends in '?'."""
    if not (i == k + 1 and i + 1 < d.n and d.is_word(i) and d.is_word(i + 1) and d.gap(i).isspace()):
        return False
    if d.word(i) not in _SUBJECTS or d.word(i + 1) not in _CLAUSE_GOES_ON:
        return False
    end = d.sentences[d.sentences_of(k)][1]
    return any(d.tok_text(j) == "?" for j in range(i, min(end + 1, d.n)))
