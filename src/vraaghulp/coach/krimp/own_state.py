"""The writer's own state after burden talk that ran on without a mark (round 34, k34f).

A burden phrase that ends in '*' ('ik weet da ge *') reaches over a line break without a full stop into the next
clause: 'ik weet da ge morgen vroeg moet werken⏎ik zit hier te janken in de zetel⏎kunt ge bellen?'. The words of
that next clause are no burden talk: the phrase began in the clause before. Only the words of a burden phrase
that begins inside the clause itself ('ik hoop niet dat het te veel gevraagd is') say nothing about how the writer is.
"""

from __future__ import annotations


def not_burden(an, a: int, toks: list[int], kinds: tuple[str, ...]) -> list[int]:
    """Tokens of the clause from `a` that no burden phrase begun at or after `a` covers."""
    if not toks:
        return []
    last = max(toks)  # a phrase begun after the clause's last token covers none of it (speed only, round 38)
    covered: set[int] = set()
    for name in kinds:
        for i0, i1 in an.matches.get(name, ()):
            if a <= i0 <= last:
                covered.update(range(i0, min(i1, last + 1)))
    return [i for i in toks if i not in covered]


_KNOW = frozenset({"weet", "wit", "wet", "wèt", "wait", "besef", "snap", "begrijp", "hoor", "zie"})
_THAT = frozenset({"dat", "da"})
# 'dat' with the reader grown on: Limburgs 'dats te', Gronings 'dast', Brabants 'dadde', Flemish 'dage'
_THAT_YOU = frozenset({"dats", "dasse", "dast", "daste", "dadde", "dage", "datte", "dagge"})
_ME = frozenset({"ik", "'k", "k", "ich", "ech", "iech", "ikke"})
# the subject after that 'dat' when it is someone else: the reader, or he, she, they
_OTHER = frozenset({"je", "jij", "ge", "gij", "u", "jullie", "gulle", "hij", "zij", "ze", "die"})


def about_other(words: list[str]) -> bool:
    """'ich weet dats te zelf ouch ziek bis gewaes', 'ik weet dat je moe bent': what the writer knows of someone
    else, not how the writer is."""
    if len(words) < 4 or words[0] not in _ME or words[1] not in _KNOW:
        return False
    if words[2] in _THAT_YOU:
        return True
    return words[2] in _THAT and words[3] in _OTHER  # not 'ik zie da ni zitten' ('dat' the object)


# dialect 'maar' that the spelling table cannot undo, since it is also a name ('Hoi Mar, …', 'Mor'): Tilburgs 'mar',
# Gronings/Brabants 'mor', West-Vlaams 'moa'
_DIALECT_BUT = frozenset({"mar", "mor", "moa"})


# Flemish chat 'mo' ('maar'), lower case only: 'Mo' is a name. Besides the writer it opens a clause before the
# writer's own thing ('ik weet da ge kwaad gaat zijn mo mijn fiets is gestolen', h36b-021: cut with the burden talk,
# the reason went while sure) or a thing named ('mo de wasmachine is kapot'). Round 37, k37a.
_LOWER_BUT = frozenset({"mo"})
_OWN_THING = frozenset({"mijn", "mn", "m'n", "mijne", "ons", "onze", "de", "den", "het", "'t"})
_ASK_VERB = frozenset({"kan", "kun", "kunt", "kunde", "kunnen", "kunne", "zou", "zoudt", "zoude", "wil", "wilt", "mag",
                       "moogt", "mogen", "wie"})


def dialect_but(d, i: int, cur: int) -> bool:
    """'ik wil je niet tot last zijn mar ik kan het nie meer alleen': a dialect 'maar' after three words or more,
    right before the writer's 'ik' (or, for a lower-case 'mo', before 'mijn', 'de' …), begins a new clause."""
    return i - cur >= 3 and but_lead(d, i)


def but_lead(d, i: int) -> bool:
    """Token i is a dialect 'maar' run in after a word, before the writer's 'ik' (a lower-case 'mo' also before the
    writer's or a named thing): the clause it opens starts after it, as after a plain 'maar'."""
    if i < 1 or not d.is_word(i - 1) or i + 1 >= d.n or not d.is_word(i + 1):
        return False
    w, nxt = d.word(i), d.word(i + 1)
    if w in _LOWER_BUT and d.tok_text(i) == w and nxt in _ASK_VERB:
        return True  # 'ik wil ulder ni opjagen mo kan iedereen …': the ask after it
    if w in _DIALECT_BUT:
        return nxt in _ME
    if w == "ma" and d.tok_text(i) == w:  # Flemish 'ma' = 'maar' run in after a word of its line (round 43, k43r)
        return _ma_run_in(d, i, nxt)
    return w in _LOWER_BUT and d.tok_text(i) == w and (nxt in _ME or nxt in _OWN_THING)


# Words after which a run-in 'ma' is the mother or someone's 'ma', not 'maar': a greeting ('hey ma'), an interjection
# ('ja ma', 'allee ma': line_name.but_or_mother's doubt), a possessive ('mijn ma', 'ons ma').
_NOT_BEFORE_BUT = frozenset({"hey", "hé", "he", "hee", "hoi", "hallo", "dag", "ha", "yo", "hi", "ciao", "salut", "ey",
                             "mijn", "mn", "m'n", "ons", "onze", "uw", "zijn", "haar", "hun", "je", "jouw", "ne", "nen",
                             "de", "die", "lieve", "liefste", "met"})
_TO_YOU = frozenset({"ge", "gij", "gie", "jij", "je", "gulle", "u"})


def _ma_run_in(d, i: int, nxt: str) -> bool:
    """'ik weet het niet goed ma kunde gij …', 'ik ben moe ma kunde gij …': a lower-case 'ma' right after a word of its
    own line (no mark between) and before an ask verb or a pronoun is 'maar'; the clause after it starts after it."""
    around = d.original[d.toks[i - 1].end: d.toks[i].start] + d.original[d.toks[i].end: d.toks[i + 1].start]
    if "\n" in around or any(ch in around for ch in ",.!?;:"):
        return False
    prev = d.word(i - 1)
    if prev in _NOT_BEFORE_BUT or prev in d.lex.loose_front or prev in d.lex.relations:
        return False
    return nxt in _ASK_VERB or nxt in _ME or nxt in _TO_YOU
