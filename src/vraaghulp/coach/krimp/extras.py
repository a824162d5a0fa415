"""What is kept besides the request: the honest sentence, conditions, and what a reference needs."""

from __future__ import annotations

from .lexicon import YOU
from .unable import clause_cannot, headline
from .letoff import let_off_from
from .carried import carried
from .lists import on_list_line
from .pointed import named_before
from .segment import finite_like
from .consequence import is_consequence
from .form import hung
from .notonly import negated_condition, only_words, turned_around
from .notnow import plain_spared, spared_unless
from .states import FIRST_PERSON, NEGATIONS


def state_before(an, state) -> object:
    """'Het gaat al een tijdje niet goed met me, ik ben overspannen …': the honest sentence starts
    at the first state clause right before the chosen one in the same sentence."""
    k = an.clauses.index(state)
    while k > 0 and an.clauses[k - 1].sent == state.sent:
        if an.clauses[k - 1].role == "staat":
            k -= 1
        elif (an.clauses[k].continues or clause_cannot(an, an.clauses[k]) and not headline(an, an.clauses[k - 2])) and an.clauses[k - 1].role == "leeg" and k > 1 \
                and an.clauses[k - 2].sent == state.sent and an.clauses[k - 2].role == "staat":
            k -= 2  # 'Ik woon alleen | en | kan … niet meer': the 'en' between two parts of it
        elif named_before(an, k):  # 'Ik heb schulden | en | ik kom er niet meer uit': what 'er' stands for
            k -= 2
            an.clauses[k].role = "staat"  # part of the honest sentence from now on (pointed.py)
            break
        else:
            break
    return an.clauses[k]


def state_followers(an, state) -> list:
    """What continues the honest sentence with 'en': 'ik ben ziek en het is hier 15 graden'."""
    d = an.d
    out = []
    prev = state
    for c in an.clauses:
        if c.a < state.b or c.sent != state.sent or (c.role == "leeg" and d.content(c.a, c.b)):
            continue  # a lone 'en' between the parts
        linked = any(d.word(i) == "en" for i in range(prev.b, c.start if c.start >= 0 else c.b))
        if c.role in ("tekst", "staat") and linked and d.word(c.start) not in d.lex.reasons:
            out.append(c)
            prev = c
        elif c.role == "voorwaarde" and prev is state and when_i(d, c):
            out.append(c)  # 'ik raak in paniek | als ik eraan denk': when the state comes is part of it
            break
        else:
            break
    return out


def when_i(d, c) -> bool:
    """'als ik eraan denk', 'wanneer ik alleen ben': a moment of the writer's own, right after the state."""
    toks = d.content(c.start if c.start >= 0 else c.a, c.b)
    return len(toks) >= 3 and d.word(toks[0]) in ("als", "wanneer", "zodra") and d.word(toks[1]) == "ik"


def constraints(an, main) -> list:
    """Conditions right after the request ('Alleen niet op dinsdag.'), up to the next request."""
    out, started, previous = [], False, None
    for c in an.clauses:
        before, previous = previous, c
        if c is main[-1]:
            started = True
            continue
        if not started:
            continue
        if c.role == "vraag" or c.sent > main[-1].sent + 2:
            break
        if an.d.is_bullet(c.a) or an.d.is_bullet(c.a - 1) or on_list_line(an.d, c.a):
            continue  # a list item (or its number) is folded into the request, never a condition
        timed, words = any(c.a <= i0 < c.b for i0, _ in an.moments), [an.d.word(i) for i in an.d.content(c.a, c.b)]
        hangs = hung(an, main, before, c) if c.role == "voorwaarde" and timed else None  # on a clause of its own (form.py)
        if hangs == "mee" or c.role == "voorwaarde" and c.sent == main[-1].sent + 1 and spared_unless(an, before, c, words):
            out += [x for x in (before, c) if x not in out]  # 'Ge moet ni … | tenzij …'; 'Ik betaal het terug | als … op de 25e'
        elif hangs == "weg":
            continue  # 'Geen stress | als ge nu niet kunt': the hatch's own condition goes with it
        elif c.role == "beperking" or (c.role == "voorwaarde" and (timed or _unless(an, main, c, words))) \
                or turned_around(an, out, before, c, words):  # 'Niet alleen | als ik het zeg, | maar …'
            out.append(c)
        elif negated_condition(an, main, before, c, words):  # 'Niet | als het regent.' (notonly.py)
            out += [x for x in (before, c) if x not in out]
        elif c.role == "voorwaarde" and _only(an, before) and (c.sent <= main[-1].sent + 1 or c.sent == before.sent <= main[-1].sent + 2):
            out += [only_part(an, before), c]  # 'Alleen als haar ouders thuis zijn.', 'De rit gaat alleen door | als …'
        elif c.role in ("voorwaarde", "tekst") and c.sent <= main[-1].sent + 2 and is_consequence(words):
            out.append(c)  # 'Anders kan ik er niet in.': what happens without it (escape hatches are wrappers)
        elif c.role == "tekst" and c.sent <= main[-1].sent + 2 and _spared(words) and not _conditioned(an, c):
            out.append(c)  # 'Je hoeft hem niet in bad te doen.': a part of the task the reader is spared
        elif out and out[-1] is before and before.role == "voorwaarde" and c.sent == before.sent and words[:1] == ["dan"]:
            out.append(c)  # 'Als dat de levertijd in gevaar brengt, | dan laten we het zo.': the condition's own main clause
        elif c.role == "tekst" and words and words[0] == "graag" and len(words) <= 8:
            out.append(c)  # 'Graag klaarzetten bij apotheek De Linde'
        elif c.role == "tekst" and timed and words and words[0] in ("hij", "zij", "ze") and c.sent <= main[-1].sent + 2 \
                and not NEGATIONS & set(words) and _ARRIVES & set(words):
            out.append(c)  # 'Hij komt tussen 8 en 12.': when the person in the request comes
        elif c.role == "tekst" and timed and c.sent == main[-1].sent + 1 and words[:1] in (["ik"], ["we"], ["wij"]) \
                and "daar" in words and len(words) <= 8 and not NEGATIONS & set(words):
            out.append(c)  # 'Ik sta daar om half één.': when the writer is at the request's place
        elif c.sent <= main[-1].sent + 1 and carried(an, c, words, timed):
            out.append(c)  # 'Het zijn er twaalf.', 'Ik geef je er 20 euro voor.', 'Na vier uur kan ik niet.'
        elif c.sent <= main[-1].sent + 1 + _limit_word(an, c, words) and _detail(an, c, words, timed):
            out.append(c)  # a limit may come after one sentence of reasons ('… werken. Wel zonder hond.')
    return out + [c for c in action_row(an, main) if c not in out]


def _unless(an, main, c, words: list[str]) -> bool:
    """'… meenemen? Tenzij het regent(, dan niet).': a real condition on the ask, kept; 'tenzij je
    geen tijd hebt' is an escape hatch (its words are the hatch words of [voorwaarde] uitweg)."""
    return words[:1] == ["tenzij"] and c.sent == main[-1].sent + 1 and not an.d.lex.escape_words & set(words)


def action_row(an, main) -> list:
    """'Kun jij de caravan klaarmaken? Dus: banden oppompen, gasfles vullen en de luifel controleren.':
    the sentence after the request is a row of actions without a subject, each ending in its verb;
    it spells out what the request means and stays with it."""
    from .verbs import is_infinitive

    d = an.d
    row = [c for c in an.clauses if c.sent == main[-1].sent + 1 and c.role != "leeg"]
    if len(row) < 2 or not all(c.role == "tekst" for c in row):
        return []
    for c in row:
        words = [d.word(i) for i in d.content(c.a, c.b) if d.is_word(i)]
        if not 2 <= len(words) <= 8 or not is_infinitive(d.lex, words[-1]) or words[-1] in d.lex.not_infinitive:
            return []
        if any(w in d.lex.subjects or w in d.lex.finite for w in words):
            return []  # 'ik moet morgen werken': a sentence of its own
    return row


# 'Hij komt tussen 8 en 12.': when the person the request is about arrives (not 'hij heeft om 15u een afspraak').
_ARRIVES = frozenset({"komt", "komen", "belt", "bellen", "levert", "leveren", "brengt", "brengen", "arriveert", "landt", "staat", "staan"})


_SPARE, _THING = frozenset({"hoeft", "hoeven", "moet", "moogt", "mag"}), frozenset({"hem", "haar", "ze", "die", "het", "dat", "de", "een", "mijn", "zijn", "hun"})


def _conditioned(an, c) -> bool:
    """A condition or a wrapper right after it in its sentence ('ge moet dat niet doen | als ge …')."""
    k = an.clauses.index(c)
    nxt = an.clauses[k + 1] if k + 1 < len(an.clauses) else None
    return nxt is not None and nxt.sent == c.sent and nxt.role in ("voorwaarde", "wrap")


def _spared(words: list[str]) -> bool:
    """'Je hoeft hem niet in bad te doen', 'Ge moet ze wel ni laten gamen': the reader need not (or
    must not) do something to what the request is about; not 'je hoeft niks te zeggen' or 'ge moet
    ni als ge geen tijd hebt' (an escape hatch: no object, or a condition)."""
    if len(words) < 4 or len(words) > 12 or words[0] not in YOU or words[1] not in _SPARE or "als" in words:
        return False
    task = [w for w in words[2:] if w not in NEGATIONS and w not in _THING and w not in ("te", "wel", "ook", "hoor")]
    return bool(NEGATIONS & set(words[2:])) and (bool(_THING & set(words[2:5])) and len(task) >= 2 or plain_spared(words))


def _limit_word(an, c, words: list[str]) -> int:
    """1 when the part opens with a word that limits ('wel zonder hond', 'niet na 8 uur'), else 0
    (a question is no limit: 'Geen tijd? Geen probleem.')."""
    lead = words[1:] if words[:1] in (["maar"], ["en"], ["wel"]) else words
    asks = an.d.tok_text(an.d.sentences[c.sent][1] - 1) == "?"  # anywhere in a question
    return int(bool(lead) and lead[0] in _LIMITS and not asks)


def closes_a_question(an, c) -> bool:
    """The clause ends its sentence, and that sentence ends with '?' in the draft."""
    end = an.d.sentences[c.sent][1] - 1
    return an.d.tok_text(end) == "?" and c.b >= end


def question_after(an, c) -> bool:
    """A '?' right after the clause (one mark or emoji may come between)."""
    d = an.d
    return any(d.tok_text(i) == "?" for i in range(c.b, min(d.n, c.b + 2)))


def _only(an, c) -> bool:
    """Only '(niet) alleen/enkel' (cut off from its 'als …'), or 'de rit gaat alleen door | als …'."""
    if c is None or c.role != "tekst":
        return False
    words = [an.d.word(i) for i in an.d.content(only_part(an, c).a, c.b)]
    return only_words(words) or (2 < len(words) <= 7 and words[-2:] in (["alleen", "door"], ["enkel", "door"]))


def only_part(an, c):
    """The part of the clause after its last 'en' or 'maar' ('want ik moet da doorgeven en | de rit gaat alleen door')."""
    from dataclasses import replace

    d = an.d
    cut = max((i for i in range(c.a, c.b) if d.is_word(i) and d.word(i) in ("en", "maar")), default=None)
    return c if cut is None or cut + 1 >= c.b else replace(c, a=cut + 1, start=cut + 1)


# A phrase without a verb that starts with one of these limits the request ('zonder de hond').
_LIMITS = frozenset({"zonder", "alleen", "enkel", "niet", "ni", "nie", "liefst", "behalve", "uiterlijk", "geen"})


def _goes_on(an, c) -> bool:
    """The sentence goes on after the clause ('Niet | als je het te druk hebt'): a lone 'niet' there
    is what is left of an escape hatch, not a limit."""
    d = an.d
    return c.b < d.n and d.is_word(c.b)


_AWAY = frozenset({"thuis", "er", "weg", "bereikbaar", "beschikbaar", "aanwezig"})


def _detail(an, c, words: list[str], timed: bool) -> bool:
    """Right after the request, a detail that belongs to it: 'Het is om 11 uur.', 'Alleen als het
    droog is.', 'Maar de achterdeur niet opendoen.', 'voor twee personen, heen en terug'."""
    from .verbs import is_infinitive

    lex = an.d.lex
    if not words or c.role not in ("tekst", "voorwaarde") or words[0] in lex.reasons or len(words) > 12:
        return False
    lead = words[1:] if words[0] in ("maar", "en", "wel") else words
    while lead and lead[-1] in lex.loose_back:
        lead = lead[:-1]  # '… bij ons eh'
    graag = lead[:1] == ["graag"] and words[0] == "wel"
    lead = lead[1:] if graag else lead  # 'Wel graag met onze auto': how the writer wants it done
    if not lead:
        return False
    if closes_a_question(an, c):
        return False  # 'Geen tijd?': a question to the reader, no detail of the request
    verbless = not any(finite_like(lex, w) or is_infinitive(lex, w) or (w in lex.subjects and not (
        k and w in ("je", "u") and lead[k - 1] in lex.prepositions)) for k, w in enumerate(lead))  # 'op je kantoor'
    if verbless and lead[0] in _LIMITS and not (lead in (["niet"], ["ni"], ["nie"]) and _goes_on(an, c) or let_off_from(an.d, c.a)):
        return True  # 'Zonder de hond.', 'alleen de samenvatting', 'ni aan de deur van het jeugdhuis'
    if len(words) > 10:
        return False
    if lead[0] in ("alleen", "enkel") and len(lead) > 1 and lead[1] in ("als", "wanneer", "zolang", "op", "in", "na", "voor"):
        return True
    if lead[:2] in (["het", "is"], ["dat", "is"]) and timed:
        return True
    if timed and len(lead) <= 6 and NEGATIONS & set(lead) and {"ik", "we", "wij"} & set(lead[:3]) and _AWAY & set(lead):
        return True  # 'Dinsdag zijn wij niet thuis.': when the request cannot be done (not 'we hebben geen auto')
    told = any(is_infinitive(lex, w) for w in lead[-3:]) or (lead[0] in NEGATIONS and len(lead) > 1 and is_infinitive(lex, lead[1]))
    if NEGATIONS & set(lead) and told and not any(w in lex.subjects or finite_like(lex, w) for w in lead):
        return True  # an instruction: '(maar) de achterdeur niet opendoen', 'niet aanbellen bij ons', 'nie afgeven aan de buren'
    if not verbless or c.start < 0:
        return False
    if words[0] == "wel" and lead[0] in lex.prepositions and len(lead) <= 5:
        return True  # 'Wel (graag) met onze auto, niet met die kleine van jou'
    return (lead[0] in lex.prepositions or any(w[:1].isdigit() for w in lead)) and (
        timed or not an.d.tok_text(c.start)[:1].isupper())  # 'Vanaf 9 uur', 'voor twee personen'


def crisis_words(an, main) -> list:
    """In crisis: the person's own words about how bad it is, never lighter.

    The sentences that hold crisis language, every honest sentence, and what the person says
    about themselves after the first crisis sentence (where they are, what they have). Next to
    the acute sentences, every sentence where a rule of the care check fires on its own counts
    ("ik zit op de rand van de brug. ik wil er een eind aan maken": the place as well as the
    wish). When no sentence is acute on its own (the message is, by two signals together),
    every sentence with a signal counts; when no sentence has a signal on its own ("ik zit hier
    op de brug. ik wil springen."), every sentence the message's tier stands on.
    """
    from .care import acute, by_rule, care_tier

    d = an.d
    main = main or []
    skip = {"wrap", "groet", "afsluiting", "leeg", "vraag", "naam"}
    raws = [d.raw(a, b) for a, b in d.sentences]
    sharp = [acute(raw) for raw in raws]
    hot = [k for k, raw in enumerate(raws) if sharp[k] or (any(sharp) and care_tier(raw) and by_rule(raw))]
    hot = hot or [k for k, raw in enumerate(raws) if care_tier(raw)] or _carrying(d)
    out = []
    for c in an.clauses:
        if c in main or c.role in skip:
            continue
        in_hot = c.sent in hot
        about_me = c.start >= 0 and d.word(c.start) in FIRST_PERSON | {"'k", "k", "mijn"} and bool(hot) and c.sent > hot[0]
        if in_hot or c.role == "staat" or about_me or (hot and _whereabouts(d, c)):
            out.append(c)
    if not out:
        out = [c for c in an.clauses if c.sent in hot and c.role not in skip and c not in main]
    return out


_WHERE_VERBS = frozenset({"sta", "zit", "lig", "ben", "loop", "rij", "zat", "stond"})
_WHERE_PREPS = frozenset({"op", "in", "bij", "aan", "onder", "naast", "voor", "achter", "boven"})


def _whereabouts(d, c) -> bool:
    """'ik sta op de parkeerplaats van het ziekenhuis': where the writer is, said anywhere in a crisis
    draft (also before the crisis sentence), is where the reader must come: it stays."""
    words = [d.word(i) for i in d.content(c.start if c.start >= 0 else c.a, c.b)]
    words = words[1:] if words[:1] in (["en"], ["maar"]) else words
    return len(words) >= 4 and words[0] == "ik" and words[1] in _WHERE_VERBS and bool(_WHERE_PREPS & set(words[2:4]))


def _carrying(d) -> list[int]:
    """The sentences the message's crisis tier stands on when none has a signal on its own ('ik zit
    hier op de brug. ik wil springen.'): each one about the writer without which the rest is no
    longer acute (a sentence about something else, 'de plant gaat dood', is not their own words
    about how bad it is)."""
    from .care import acute

    spans = d.sentences
    if len(spans) < 2:
        return []
    own = FIRST_PERSON | {"'k", "k", "me", "mij", "mijn", "m'n", "mn", "we", "wij", "ons"}
    return [k for k, (a, b) in enumerate(spans)
            if any(d.is_word(i) and d.word(i) in own for i in range(a, b))
            and not acute(" ".join(d.raw(x, y) for j, (x, y) in enumerate(spans) if j != k))]


def antecedent(an, main) -> list:
    """What a reference word in the request points at: the plain clause before the request
    in its own sentence, or else the last plain clause of the sentence before."""
    head = main[0]
    plain = ("tekst", "staat", "voorwaarde", "vraag")
    same = [c for c in an.clauses if c.sent == head.sent and c.b <= head.a and c.role in plain]
    if same:
        return same[-1:]
    sent = head.sent - 1
    while sent >= 0 and not any(c.sent == sent and c.role not in ("leeg", "groet", "afsluiting") for c in an.clauses):
        sent -= 1
    return [c for c in an.clauses if c.sent == sent and c.role in plain]


def joint(an, c) -> bool:
    """A lone 'en' or 'maar' between two parts of one statement ('Ik woon alleen | en | kan …'): it stays."""
    d = an.d
    k = an.clauses.index(c)
    if c.role != "leeg" or not 0 < k < len(an.clauses) - 1:
        return False
    words = [d.word(i) for i in d.content(c.a, c.b)]
    near = (an.clauses[k - 1], an.clauses[k + 1])
    return words in (["en"], ["maar"]) and all(x.sent == c.sent and x.role in ("staat", "tekst") for x in near)


def asks_anew(an, before, c) -> bool:
    """'ik ben de sleutel kwijt heeft iemand een reserve': a question with its verb in front right after a
    statement with a verb of its own, no punctuation between them, is a sentence of its own."""
    d = an.d
    if c.role != "vraag" or c.kind != "direct" or before.role in ("vraag", "voorwaarde") or before.start < 0:
        return False  # 'als je langs de appie komt kun je …': a condition in front stays in the question
    if d.word(before.start) in d.lex.subordinators:
        return False
    if any(d.toks[i].cls == "p" for i in range(before.b, c.a)):
        return False
    words = [d.word(i) for i in d.content(before.start, before.b)]
    return len(words) >= 3 and any(finite_like(d.lex, w) for w in words[1:])


_ONE_MORE = frozenset({"reserve", "extra", "eentje", "ene", "over"})  # an object without its noun: 'heeft iemand een reserve'


def _elliptic(words: list[str]) -> bool:
    """The question's object is only a quantity, its noun is in the sentence before."""
    tail = [w for w in words if w not in ("nog", "toevallig", "soms", "misschien", "voor", "mij", "me", "liggen")]
    return bool(tail) and (tail[-1] in _ONE_MORE or tail[-2:] in (["er", "een"], ["er", "twee"]))


def bare_call(an, main) -> list:
    """'… zoeken we nog twee ouders die willen rijden. Wie kan?': a 'wie' question with nothing after
    its verb, or a question whose object has no noun ('ik ben de sleutel kwijt. Heeft iemand een
    reserve?'), takes what it asks from the sentence before it. That sentence stays with it (the
    engine does not rebuild the question from it: the result is not sure)."""
    from .checks import empty_ask

    d = an.d
    if len(main) != 1 or main[0].start < 0 or main[0].kind not in ("wie", "direct"):
        return []
    rest = [d.word(i) for i in d.content(main[0].start + 1, main[0].b)]
    rest = rest[2:] if rest[:1] == ["van"] and rest[1:2] in (["jullie"], ["u"], ["ons"]) else rest  # 'Wie van jullie kan?'
    if not (main[0].kind == "wie" and empty_ask(d.lex, " ".join(rest)) or _elliptic(rest)):
        return []
    before = [c for c in an.clauses if c.sent < main[0].sent and c.role not in ("wrap", "groet", "afsluiting", "leeg", "naam")]
    return [c for c in before if c.sent == before[-1].sent] if before else []
