"""The edges of a message in chat: a family word that opens it and addresses the reader, thanks that
close it without a stop, a name after a clause that is complete, a name with particles
('meneer Van den Broeck'), where a closing wrapper ends. segment.py asks these where it cuts a draft
into clauses."""

from __future__ import annotations

from .main_clause import open_subordinate
from .names import known_word
from .runon import finite_like
from .verbs import is_infinitive, lead_at


def opening_address(an, i: int) -> bool:
    """'mam hoe is t thuis? …': a family word that opens the draft, right before a question word or
    a greeting, addresses the reader (not 'mama is ziek', 'papa en ik', where it is the subject)."""
    d = an.d
    if i < 1 or not d.is_word(i - 1) or not (d.word(i - 1) in d.lex.relations and d.word(i) in _QUESTION_WORDS):
        return False  # the word tests first: asked at every token where a draft is cut (round 37: speed only)
    return not any(d.is_word(k) for k in range(0, i - 1))


_QUESTION_WORDS = frozenset({"hoe", "wat", "waar", "wanneer", "hoelang", "welke", "hey", "hoi", "hallo", "dag"})
_CLOSING = frozenset({"meer", "niet", "ni", "nie", "door", "doorheen", "op", "vol", "kapot", "moe", "klaar", "zat", "beu"})


def clause_closed(d, k: int) -> bool:
    """Token k ends a clause of the writer, so a name after it stands apart: a particle or an
    infinitive ('… door', '… zitten'), never a word a name belongs to ('van de Delhaize', 'nonkel Georges')."""
    w = d.word(k) if d.is_word(k) else ""
    return d.tok_text(k)[:1].islower() and (w in _CLOSING or is_infinitive(d.lex, w)) and w not in d.lex.relations


THANKS = frozenset({"bedankt", "dankjewel", "dankuwel", "merci", "mercikes", "thanks", "alvast"})  # 'thx' is 'bedankt'


def closing_thanks(an, i: int) -> bool:
    """A sign-off ('thx', 'ok merci', 'alvast bedankt') from token i to the end of its sentence."""
    d = an.d
    k = i
    while k < min(d.n - 1, i + 2) and d.is_word(k) and d.word(k) in _BEFORE_SEE_YOU and d.word(k) != "ja":
        k += 1  # 'ok thx', 'eh allez tot zondag'
    end = an.starts["afsluiting"].get(k)
    if end is None or not closer(d, k):
        return False  # 'lenen tot morgen', 'met dank': not thanks on their own
    rest = [j for j in range(end, d.sentences[d.sentences_of(i)][1]) if d.is_word(j)]
    last_word = max((j for j in range(d.n) if d.is_word(j)), default=-1)
    return not rest or (len(rest) == 1 and rest[0] == last_word and _signature(an, rest[0]))


def closer(d, k: int) -> bool:
    """Token k opens a sign-off of a chat or a voice message: thanks, love and kisses ('dank je wel',
    'groetjes', 'dikke zoen'), or 'tot …' right after a word that closes a message ('allez tot zondag';
    not 'lenen tot morgen')."""
    w = d.word(k)
    if w in THANKS or w in _LOVE or w in ("daag", "daaag", "daaaag") or (w == "dag" and k + 1 < d.n and d.word(k + 1) == "dag"):
        return True  # 'dag dag', 'daaag' close a voice message (k35e)
    prev = d.word(k - 1) if k and d.is_word(k - 1) else ""
    return (w == "tot" and prev in _BEFORE_SEE_YOU) or goodbye_after_filler(d, k)


def _signature(an, j: int) -> bool:
    """The last word, after a sign-off, signs the message: a family word or a name ('groetjes opa')."""
    d = an.d
    w = d.word(j)
    return w in d.lex.relations or w in ("bomma", "bompa", "meter", "peter") or (
        d.tok_text(j)[:1].isupper() and w.isalpha() and not known_word(d.lex, w))


_LOVE = frozenset({"dank", "groetjes", "groeten", "liefs", "kusjes", "kus", "dikke", "zoen", "zoentjes", "knuffel", "doei"})
_BEFORE_SEE_YOU = frozenset({"allez", "allee", "eh", "euh", "ok", "oke", "enfin", "awel", "ja", "goed", "bon"})


def goodbye_after_filler(d, i: int) -> bool:
    """'… als het droog is eh allez tot zondag': a goodbye after a spoken filler closes the message."""
    return d.word(i) in ("allez", "tot") and i > 0 and d.is_word(i - 1) and d.word(i - 1) in d.lex.loose_back


def capital_after_infixes(d, k: int) -> bool:
    """'meneer Van den Broeck', 'mevrouw van der Berg': after the particles a capital follows."""
    while k < d.n - 1 and d.word(k) in d.lex.infix and not d.tok_text(k)[:1].isupper():
        k += 1
    return d.tok_text(k)[:1].isupper()


def asides(d, a: int, b: int) -> set[int]:
    """Tokens of a bracketed amount or label between words of one clause ('wanneer mijn factuur (€ 2.310)
    betaald wordt'): at most four tokens with a digit, a word right before and after, no verb inside."""
    out: set[int] = set()
    for i in range(a, b):
        if d.tok_text(i) != "(" or i == a or not d.is_word(i - 1):
            continue
        close = next((k for k in range(i + 1, min(b, i + 6)) if d.tok_text(k) == ")"), None)
        if close is None or close + 1 >= b or not d.is_word(close + 1) or close - i < 2:
            continue
        inside = range(i + 1, close)
        if any(d.tok_text(k)[:1].isdigit() for k in inside) and all(d.is_word(k) for k in inside):
            out.update(range(i, close + 1))
    return out


def particle_closes(d, p: int, finite) -> bool:
    """The particle at p closes a main clause whose finite verb (``finite(word)``) stands a few words
    before it, right after its subject ('er staat … op', 'de batterij loopt … leeg')."""
    start = d.sentences[d.sentences_of(p)][0]
    for k in range(max(start, p - 8), p - 1):
        if d.is_word(k) and d.word(k) in ("er", "het", "hij", "ze", "zij", "ik", "dat", "die") and d.is_word(k + 1) \
                and finite(d.word(k + 1)):
            return True
    return False


_PLEA_NEXT = frozenset({"alsjeblieft", "asjeblieft", "alstublieft", "aub", "astublieft", "nu", "snel", "hier", "terug"})
_NOT_BEFORE_PLEA = frozenset({"ik", "je", "jij", "ge", "gij", "u", "we", "wij", "ze", "zij", "hij", "dan", "als", "wanneer",
                              "wie", "wat", "waarom", "hoe", "niet", "nie", "ni", "ook", "toch", "er", "het"})


def plea(d, i: int) -> bool:
    """'… ik weet niet wat ik ga doen | kom alsjeblieft nu naar huis': a pleading 'kom' in a line without
    stops begins a request of its own (not 'ik kom nu', 'wanneer kom je', 'dan kom ik terug')."""
    return (d.word(i) == "kom" and i + 1 < d.n and d.word(i + 1) in _PLEA_NEXT
            and d.is_word(i - 1) and d.word(i - 1) not in _NOT_BEFORE_PLEA)


def wrap_end(an, i: int, end: int) -> int:
    """Where the wrapper at i ends, with the wrappers that overlap it ('maakt nie uit als | t nie kan':
    'als t nie kan' is one of its own and runs on to the end)."""
    k = i + 1
    while k < end:
        more = an.wrapper_at(k)
        end = max(end, more[1]) if more else end
        k += 1
    return end


def said_so(an, i: int, hatch: bool = False) -> bool:
    """'helpen verhuizen zeg maar': token i is the 'zeg' of the hedge 'zeg maar' (the afzwakker list),
    never an imperative or a greeting that starts a clause of its own; no clause starts around it.
    hatch: also the 'zeg' that opens 'zeg maar als …' (an escape hatch; the verb before it is the ask's)."""
    d = an.d
    if not (0 <= i < d.n and d.is_word(i) and d.word(i) == "zeg"):
        return False
    return an.starts["afzwakker"].get(i) == i + 2 or (hatch and an.starts["uitweg"].get(i, i) > i + 2)


def ask_after_wrapper(an, i: int) -> bool:
    """'… dus ik ga het nog één keer vragen | neem zondag al je spullen mee': an announcement that the writer asks
    ('ik ga het gewoon vragen', 'ik vraag het nog één keer') ending right before an imperative or a verb with its
    subject in front is cut off from it: the request that follows is a clause of its own, not the wrapper's tail
    (round 22; never after an apology: 'Excuses dat ik alweer | mail.')."""
    d = an.d
    if i < 1 or d.word(i - 1) not in ANNOUNCED:
        return False  # the cheap half of the test below first (round 28: speed only)
    if not d.is_word(i) or not (d.word(i) in d.lex.imperatives or lead_at(d, i) is not None):
        return False
    return any(i0 < i == i1 and d.word(i - 1) in ANNOUNCED for i0, i1 in an.matches.get("aanloop", ()))


ANNOUNCED = frozenset({"vragen", "keer", "gewoon", "zeggen"})  # 'ik ga het gewoon vragen', '… nog één keer'  (not 'mail')


_APOLOGY = frozenset({"sorry", "sorryy", "excuus", "excuses", "pardon"})
_APOLOGY_NEXT = frozenset({"dat", "voor", "om", "als"})  # 'sorry dat …', 'sorry voor …', 'sorry om …'
_SAYS = frozenset({"zeg", "zeggen", "zegt", "zei", "zeiden", "stuur", "sturen", "vertel", "vertellen", "een",
                   "geen", "mijn", "je", "jouw", "uw", "zijn", "haar", "hun", "de", "het"})


def apology_runs_on(an, i: int, cur: int) -> bool:
    """'… de hond uitlaten | sorry dat het weer op u valt': in a line typed without stops, an apology with its own
    clause after it ('sorry dat', 'sorry voor', 'excuses om') begins a clause of its own once a clause with a verb
    came before it (round 26). Never the apology that is what is said or sent ('zeg sorry dat je te laat bent',
    'een sorry', 'of hij sorry wil zeggen'), nor one inside a subordinate clause still waiting for its verb."""
    d = an.d
    if d.word(i) not in _APOLOGY or i - cur < 3 or i + 1 >= d.n or d.word(i + 1) not in _APOLOGY_NEXT:
        return False
    if not d.is_word(i - 1) or d.word(i - 1) in _SAYS or d.word(i - 1) in d.lex.subjects or open_subordinate(an, cur, i):
        return False
    return any(d.is_word(k) and finite_like(d.lex, d.word(k)) for k in range(cur, i))
