"""Where a draft is cut into clauses.

A sentence is cut at punctuation, at words that begin a new thought (``maar``, ``want``,
``als`` …), and, in chat without punctuation, where a request, a wrapper phrase, a greeting or a
new main clause (a subject with its own verb after a clause that is complete) begins.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .address import closing_name
from .apology_ends import opens_after_apology
from .closing import closes_open_clause, participle_shape
from .dash_join import joins
from .edges import apology_runs_on, ask_after_wrapper, asides, capital_after_infixes, clause_closed, closing_thanks, opening_address, particle_closes, plea, said_so, wrap_end
from .lexicon import WRAP_KINDS
from .main_clause import INSERTED, asks_after_statement, clause_first, new_main_clause, open_subordinate
from .name_verb import kin_subject
from .names import leading_name, vocative_word
from .notonly import negated_only
from .otherwise import only_just, otherwise_inside
from .own_state import dialect_but
from .hatch_inside import front_with_moment, moest_inside
from .ifclause import IF_WORDS, flemish_if
from .then_said import opens_so_i, opens_then
from .runon import finite_like, writer_says
from .runon_ask import ask_after_statement, ends_ask
from .runon_tail import tail_after_go
from .verbs import Lead, is_infinitive, lead_at
from .zou_cluster import completes_zou

CLAUSE_OPENERS = frozenset({
    "ik", "we", "wij", "het", "mijn", "onze", "ons", "er", "dit", "dat", "ze", "hij", "zij", "jij", "je",
    "u", "ge", "gij", "wie",
})


@dataclass(eq=False)
class Clause:
    a: int
    b: int
    sent: int
    role: str = "tekst"
    kind: str = ""  # wrap kind, or request form
    start: int = -1  # first meaningful token (after loose connectives)
    lead: Lead | None = None
    frame: tuple[int, int, object] | None = None  # (i0, i1, Frame)
    kinds: list[str] = field(default_factory=list)  # every wrapper kind inside
    continues: bool = False  # a verb in front after 'en' that shares the statement's subject ('… en kan …')


def head(group):
    """The clause that holds the request (or announces another one: 'en ook …'); None if none does."""
    return next((c for c in group if c.role in ("vraag", "extra")), None)


def clause_start_ok(an, i: int, a: int) -> bool:
    """Can a question begin at token i (i > a) in the middle of a clause?"""
    d = an.d
    prev = i - 1
    while prev >= a and not d.is_word(prev):
        return True  # punctuation or an emoji right before it
    if prev < a:
        return True
    w = d.word(prev)
    if (w in d.lex.relations or w in d.lex.group_address) and not kin_subject(d, prev, i):
        return True  # 'sorry mensen ik zit vol', 'ma ik zit er door'
    if w in ("dacht", "denk") and prev > a and d.word(prev - 1) in ("ik", "'k", "k"):
        return True  # 'dus ik dacht | mag ik …': a voice message thinks aloud, then asks
    if w == "dan" and prev > a and d.is_word(prev - 1) and d.word(prev - 1) in ("en", "maar", "want"):
        return False  # '… overprikkeld en dan kan ik niks meer': 'dan' puts the verb first, no question starts
    if w == "dan" and opens_then(d, prev):
        return False  # '… wassen? Dan mag je hem zaterdag lenen.': a statement, no question starts (then_said.py)
    if w == "zo" and opens_so_i(d, i):
        return False  # 'Zo kan ik niet meer verder.': a statement, verb second (round 45, k45r)
    if w in d.lex.loose_front or (w in d.lex.loose_back and w not in ("en", "of", "maar", "dus", "want", "toch")):
        return True  # '… bellen aub moest ge slapen': 'aub', 'hoor' close what came before
    for name in WRAP_KINDS + ("groet", "afsluiting", "afzwakker"):
        for i0, i1 in an.matches[name]:
            if i1 == i:
                return True  # '… lastigval mischien | kan je …'
    return False


def split(an) -> list[Clause]:
    """The clauses of the draft, sentence by sentence."""
    d = an.d
    out: list[Clause] = []
    for si, (a, b) in enumerate(d.sentences):
        cur = a
        aside = asides(d, a, b)
        for i in range(a, b):
            if i in aside:
                continue  # 'mijn factuur (€ 2.310) betaald wordt': a short aside inside the clause
            if d.toks[i].cls in ("p", "n") and d.tok_text(i) not in ("'", "/", "&") and not (
                    d.tok_text(i) == "." and d.abbreviation(i - 1)) and not _fronted_comma(d, cur, i, b) \
                    and not _elided(d, i) and not _dash_joins(d, a, i):  # 'mevr. Jansen', 'de kaas- en wijnavond'
                if cur < i:
                    out.append(Clause(cur, i, si))
                cur = i + 1
            elif i > cur and (i not in an.interior or dialect_but(d, i, cur)) and _splits_before(an, i, cur):
                out.append(Clause(cur, i, si))
                cur = i
        if cur < b:
            out.append(Clause(cur, b, si))
    return [c for c in out if d.content(c.a, c.b)] or out[:1]


def _elided(d, i: int) -> bool:
    """A hyphen glued to its word before 'en'/'of' stands for a part left out ('de kaas- en wijnavond', 'voor- of
    achterdeur'): one noun phrase, no clause ends there (round 37, k37a)."""
    return d.tok_text(i) == "-" and i > 0 and d.is_word(i - 1) and not d.gap(i) and i + 1 < d.n \
        and d.word(i + 1) in ("en", "of") and bool(d.gap(i + 1))


def _dash_joins(d, a: int, i: int) -> bool:
    """A dash with a space on either side that joins its neighbours ('tussen 14 - 16 uur', 'ma - vr', 'Jan -
    Kerkstraat 4'): no clause ends there (dash_join.py, k43c; the same knowledge as crisis_lines.py)."""
    if d.tok_text(i) not in ("-", "\u2013", "\u2014") or i <= a or i + 1 >= d.n or not d.gap(i) or not d.gap(i + 1):
        return False
    return d.is_word(i - 1) and d.is_word(i + 1) and joins(d.tok_text(i - 1), d.tok_text(i + 1), i - 1 == a)


# A clause in front that says since when or why ('Sinds Ans er niet meer is, eet ik elke avond alleen', 'Omdat ik ziek
# ben, kan ik niet komen.'): the verb and 'ik' after its comma are the main clause's, so the two stay one clause (cut
# apart, 'Eet ik …' or 'Kan ik niet komen?' reads as a question). A modal before 'ik' in a sentence that closes with
# '?' still asks.
_FRONTED = frozenset({"sinds", "sedert", "toen", "nadat", "omdat", "doordat", "nu", "zodra", "terwijl", "hoewel"})
_INVERTED_SUBJECT = frozenset({"ik", "'k", "k", "we", "wij"})


def _fronted_comma(d, cur: int, i: int, b: int) -> bool:
    if d.tok_text(i) != "," or not d.is_word(cur) or d.word(cur) not in _FRONTED or i - cur < 3 or i + 2 >= b:
        return False
    verb, subject = i + 1, i + 2
    if not (d.is_word(verb) and d.is_word(subject) and d.word(subject) in _INVERTED_SUBJECT and d.word(verb).isalpha()):
        return False  # any word right before 'ik' after the comma is the verb ('eet ik', 'slaap ik')
    return d.word(verb) not in _MODALS or d.tok_text(b - 1) != "?"  # 'Omdat ik geen auto heb, mag ik mee?' asks


_SOMEWHERE = frozenset({"ergens", "nergens", "iemand", "niemand", "iets", "niets", "niks", "wat", "overal", "alles"})
_MODALS = frozenset({"kan", "kun", "kunt", "moet", "moeten", "mag", "wil", "wilt", "zal", "ga", "gaat"})


def _splits_before(an, i: int, cur: int) -> bool:
    d, w = an.d, an.d.word(i)
    lex = d.lex
    if not d.is_word(i) or i in an.frame_ends or said_so(an, i) or said_so(an, i - 1) or said_so(an, i + 1, True):
        return False  # "ik vroeg me af of | het mogelijk zou zijn om …" stays one clause; 'zeg maar' (edges.py)
    if completes_zou(an, i, cur):
        return False  # 'Zoudt ge aan uw lief | kunnen vragen of …' is one clause (zou_cluster.py)
    if _spoken_of(an, i) and leading_name(an, cur, i):
        return False  # 'Tom mag het niet weten.': Tom is spoken of, not to
    if i - 1 > cur and d.tok_text(i - 1) == "," and _fronted_comma(d, cur, i - 1, d.sentences[d.sentences_of(i)][1]):
        return False  # 'Omdat ik ziek ben, | kan ik niet komen.': the main clause after a clause in front
    if w in lex.split_words:
        if w in ("anders", "maar") and (w == "anders" and d.is_word(i - 1) and d.word(i - 1) in _SOMEWHERE or otherwise_inside(d, cur, i)
                                         or only_just(d, cur, i)):  # 'ligt alleen maar onder de kast' (otherwise.py)
            return False  # 'ergens anders zetten': 'anders' is 'else'; 'ik kan anders niet …', 'duurt maar een uur' (otherwise.py)
        return not (w == "dus" and d.is_word(i - 1) and d.word(i - 1) in _MODALS)  # '… en kan dus niet fietsen'
    if dialect_but(d, i, cur):
        return True  # 'ik wil je niet tot last zijn mar ik kan …' (own_state.py, k34f)
    if w == "alleen" and i + 1 < d.n and d.word(i + 1) in ("als", "wanneer", "zolang", "tenzij", "maar") and not only_just(d, cur, i):
        return not negated_only(d, i)  # 'niet alleen als …': the negation stays with it (notonly.py)
    if w == "volgens" and i + 1 < d.n and d.word(i + 1) in ("mij", "me") and i - cur >= 3:
        return not (i + 2 < d.n and d.word(i + 2) == "niet")  # 'klopt volgens mij nie': the negation is the verb's (k58b)
        # '… nog een keer checken volgens mij klopt het bedrag niet': an opinion of its own
    if w in ("oja", "ohja", "ahja") or (w in ("o", "oh", "ah") and i + 1 < d.n and d.word(i + 1) == "ja"):
        return i - cur >= 2  # '… vergeet da altijd ahja en nie in de droogkast': something added
    if new_main_clause(an, i, cur) or _after_greeting(an, i, cur) or _after_infinitive(an, i, cur):
        return True
    if ends_ask(an, i, cur) or ask_after_statement(an, i, cur) or tail_after_go(an, i, cur):  # k35d: runon_tail.py
        return True  # '… meebrengen van thuis | ik ben hem vergeten', '… gaan we vertrekken | kunde gij …' (runon_ask.py)
    if i - cur >= 3 and closing_thanks(an, i):
        return True  # '… maar half 7 ok thx': thanks that close a message without a stop
    if i - cur >= 3 and closing_name(d, i) and clause_closed(d, i - 1):  # the cheaper test first (both pure; speed only)
        return True  # 'ik zit er helemaal door | Wies.': the name addressed closes the sentence
    wrap = an.wrapper_at(i)
    if wrap is not None and i - cur >= 3 and not open_subordinate(an, cur, i) \
            and all(not d.is_word(k) for k in range(wrap_end(an, i, wrap[1]), d.sentences[d.sentences_of(i)][1])):
        return True  # '… naar school brengen sory': an apology that closes the message
    if w in IF_WORDS and flemish_if(an, i, cur, clause_first(an, cur, i)):
        return True
    if w == "als":
        return not (d.is_word(i - 1) and d.word(i - 1) in ("net", "precies", "zoals", "behalve", "uitgezonderd"))  # 'net als in maart'
    if opening_address(an, i) or (i - cur >= 3 and plea(d, i)):
        return True
    if _inserted_ends(an, i, cur) or moest_inside(an, i, cur) or ask_after_wrapper(an, i) or apology_runs_on(an, i, cur) or opens_after_apology(d, i, cur):
        return True  # 'zoudt ge | moest ge …', '… uitlaten | sorry dat …', 'sorry voor de late sms | mijn zoontje heeft …' (apology_ends.py)
    if w in ("en", "of") and i + 1 < d.n and len(d.content(cur, i)) >= 2 and _splits_at_and_or(an, i, cur, w):
        return True
    if (lead_at(d, i) or i in an.frames) and (clause_start_ok(an, i, cur) or _strong_lead(an, i)):
        return True
    if asks_after_statement(an, i, cur):
        return True
    if i in an.starts["behoefte"] and clause_start_ok(an, i, cur):
        return True
    if an.wrapper_at(i) and clause_start_ok(an, i, cur) and an.wrapper_at(clause_first(an, cur, i)) is None:
        return True  # a wrapper starts, after something that is not one
    if i in an.starts["staat"] and clause_start_ok(an, i, cur):
        return True
    if (_starts_something(an, i) or writer_says(d, i)) and leading_name(an, cur, i):
        return True  # 'Leen | ik weet ni wa ik moet doen'
    return i in an.signed and i - 1 not in an.signed  # 'ja hoi Bert | met Jan hier': the writer signs in


def _splits_at_and_or(an, i: int, cur: int, w: str) -> bool:
    """Whether 'en'/'of' at i starts a clause of its own (a lead, a frame, a subject with its verb, a question back)."""
    d, lex, nxt = an.d, an.d.lex, i + 1
    if lead_at(d, nxt) or nxt in an.frames or an.wrapper_at(nxt) or nxt in an.starts["staat"]:
        return True
    if d.word(nxt) in ("ik", "je", "jij", "het") and (i + 2 < d.n and d.word(i + 2) in lex.finite):
        return True
    if w == "of" and i - cur >= 3 and d.word(nxt) in lex.finite and i + 2 < d.n and d.word(i + 2) in _ASKED_BACK:
        return True  # '… helpen met mn cv | of is dat te veel gevraagd': a question of its own after the ask
    return w == "en" and d.word(nxt) in lex.prepositions and any(d.word(k) in lex.finite for k in range(cur, i)) \
        and d.word(i - 1) != "tot"  # "ik heb vorig jaar alles gedaan | en met de nieuwe baan …"; 'tot en met' is a span


_ASKED_BACK = frozenset({"dat", "da", "het", "je", "jij", "ge", "gij", "u"})


def bare_front(an, end: int) -> bool:
    """Tokens before `end` (commas aside) are only a question's front: 'Zou jij', 'kunde'."""
    d = an.d
    k = end - 1
    while k >= 0 and not d.is_word(k):
        k -= 1
    for start in (k - 1, k):
        lead = lead_at(d, start) if start >= 0 else None
        if lead is not None and lead.end == k + 1 and lead.lemma in ("kunnen", "willen", "mogen", "zullen"):
            first = start - 1 == d.sentences[d.sentences_of(start)][0]  # 'papa zoudt ge …'
            return start == 0 or not d.is_word(start - 1) or d.word(start - 1) in d.lex.relations or \
                vocative_word(an, start - 1, relaxed=first)
    return False


def _inserted_ends(an, i: int, cur: int) -> bool:
    """'Zou jij | als je tijd hebt | een keer willen helpen …': a clause put in right after the
    question's front ends at its own verb; what follows carries the question on."""
    d = an.d
    lex = d.lex
    verb = d.word(i - 1)
    if d.word(cur) not in INSERTED or i - cur < 3 or not (finite_like(lex, verb) or len(verb) > 3 and verb[-1] == "t"):
        return False
    if not any(d.word(k) in lex.subjects or d.word(k) in ("het", "er") for k in range(cur + 1, i - 1)):
        return False
    w = d.word(i)
    if finite_like(lex, w) or is_infinitive(lex, w) and i + 1 < d.n and not d.is_word(i + 1):
        return False  # 'als je tijd hebt gehad', '… hebt komen'
    return bare_front(an, cur) or front_with_moment(an, cur, i, bare_front)  # 'wil jij zaterdag | als je tijd hebt | …'


_OPENS = frozenset({"tot", "moest", "mocht"})


def _after_infinitive(an, i: int, cur: int) -> bool:
    """'mam ken je mn gymtas naar school brengen ligt nog in de gang', 'mag ik bij u komen studeren
    thuis is da ni te doen': the question is complete at its infinitive; a verb after it is new."""
    d, lex = an.d, an.d.lex
    first = clause_first(an, cur, i)
    lead = _lead_near(an, first, i) if first >= 0 else None  # 'mam kan je …': after a name
    if lead is None or lead.lemma not in ("kunnen", "willen", "mogen", "zullen") or i - 1 <= lead.end:
        return False
    if not (is_infinitive(lex, d.word(i - 1)) and d.word(i - 1) not in lex.modal_inf) or lex.moment.fullmatch(d.word(i - 1)) or (
            d.word(i - 1) == "zijn" and d.word(i - 2) in lex.subordinators):  # 'voordat zijn zoon komt': 'his'
        return False
    w, nxt = d.word(i), (d.word(i + 1) if i + 1 < d.n else "")
    if w in lex.prepositions or w in lex.subordinators or w in lex.not_verb and w not in ("het", "dat", "da"):
        return False
    if any((d.word(k) in _OPENS or d.word(k) in lex.subordinators) and d.word(k + 1) in lex.subjects for k in range(lead.end, i - 1)) \
            or closes_open_clause(d, lead.end, i, w, finite_like) or participle_shape(lex, w) and closes_open_clause(
                d, lead.end, i + 1, nxt, finite_like):  # '… of het glas gebroken | is', '… of de oven | gebroken is'
        return False  # '… als ge mij naar leuven | brengt', '… tot ik de prijzen | heb nagekeken': the verb closes that clause
    return (finite_like(lex, w) and w not in lex.modal_inf) or (finite_like(lex, nxt) and nxt not in lex.modal_inf)


def _lead_near(an, first: int, i: int):
    """The first question front (lead_at) on the three tokens from `first`, when it stands before i (None if none):
    worked out once per clause start, not again for every token of the clause (round 37: speed only)."""
    known = an.__dict__.setdefault("_lead_near", {})
    found = known.get(first)
    if found is None:
        found = known[first] = next(((k, lead) for k in range(first, first + 3) if (lead := lead_at(an.d, k))),
                                    (first + 3, None))
    return found[1] if found[0] < i else None


def _after_greeting(an, i: int, cur: int) -> bool:
    """'heyy kunje me …', 'hoi schat ik ben …': the greeting (and a name) ends before the rest."""
    d = an.d
    end = an.starts["groet"].get(cur)
    if end is None or any(d.is_word(k) for k in range(0, cur)):
        return False
    names = 0
    while end < d.n and names < 5 and not _starts_something(an, end) and (
        vocative_word(an, end, relaxed=True) or d.word(end) in d.lex.formal
        or ((d.word(end) in d.lex.infix or d.word(end) == "en") and end + 1 < d.n and (
            capital_after_infixes(d, end + 1) or d.word(end + 1) in d.lex.formal
            or (names and vocative_word(an, end + 1, relaxed=True)
                                                  and (end + 2 >= d.n or not d.is_word(end + 2)))))
    ):
        end += 1
        names += 1
    return i == end


def _strong_lead(an, i: int) -> bool:
    """'… echt ni kunde mss morgen …': a modal verb with 'je/ge/u' after it starts a question,
    even in a chat line without punctuation (not after 'of', 'dat', 'wat', 'ik' …)."""
    d = an.d
    lead = lead_at(d, i)
    if lead is None or lead.lemma not in ("kunnen", "willen", "mogen", "zullen"):
        return False
    if not (lead.same_token or lead.subject in ("je", "jij", "u", "ge", "gij", "jullie", "iemand", "er iemand", "iemand van jullie")):
        return False
    prev = d.word(i - 1) if i > 0 and d.is_word(i - 1) else ""
    if prev == "zijn" and i >= 2 and d.word(i - 2) not in d.lex.prepositions:
        return True  # '… ni meer zijn kunde mij bellen': 'zijn' is a verb here
    if prev in d.lex.particles and particle_closes(d, i - 1, lambda w: finite_like(d.lex, w) and w not in _MODALS):
        return True  # 'er staat iets in het blauw op zoude gij …': 'op' belongs to 'staat'
    return prev not in d.lex.not_verb and prev not in d.lex.subjects


_DENIED = frozenset({"niet", "nie", "ni", "nooit", "geen", "niks", "niets", "nix", "niemand"})


def _spoken_of(an, i: int) -> bool:
    """'Tom mag het niet weten.', 'schat mag het niet weten maar …': the name is the subject of a statement with a
    negation, not the one addressed (round 47, lead: 'Tom, kun je …' went to the person the surprise was for, sure,
    and a crisis draft's wish became the question 'Schat, mag het niet nu weten?'). 'Mam mag het licht aan?' asks."""
    d = an.d
    lead = lead_at(d, i)
    if lead is None or lead.subject != "np" or lead.lemma not in ("mogen", "moeten", "zullen", "kunnen"):
        return False
    if i and d.word(i - 1) == "niemand":
        return True  # 'niemand mag het weten'
    k = i + 1
    while k < d.n and d.tok_text(k) not in (".", "!", "?", "\n", ",") and d.word(k) not in ("maar", "want", "en"):
        if d.word(k) in _DENIED:
            return True
        k += 1
    return False


def _starts_something(an, i: int) -> bool:
    d = an.d
    return bool(
        lead_at(d, i) or i in an.frames or an.wrapper_at(i) or i in an.starts["staat"]
        or i in an.starts["behoefte"] or d.word(i) in CLAUSE_OPENERS or d.word(i) in d.lex.imperatives
    )

