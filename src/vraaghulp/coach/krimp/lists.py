"""A list under the request ("- brood\n- melk") becomes part of its object: "brood, melk en eieren".

It takes the place of a word pointing at it ("deze drie dingen", "het volgende"); after a verb
and a colon ("kun je meenemen: - …") it goes before the verb; otherwise it stays where it was.
"""

from __future__ import annotations

from .object_row import object_row
from .pieces import Piece, new_piece, tok_piece
from .verbs import is_verb_form


def split_list(an, pieces: list[Piece]) -> tuple[list[Piece], list[list[Piece]], bool]:
    """(the request without the list, the items, the request ended with a colon)."""
    d = an.d
    at = next((k for k, p in enumerate(pieces) if p.toks and d.is_bullet(p.toks[0])), None)
    if at is None:
        return pieces, [], False
    head = pieces[:at]
    colon = bool(head) and head[-1].text == ":"
    while head and head[-1].glue and head[-1].text in ":?,;.":
        head = head[:-1]
    items: list[list[Piece]] = []
    for p in pieces[at:]:
        if p.toks and d.is_bullet(p.toks[0]):
            items.append([])
        elif items and not (not items[-1] and p.text in ".)"):  # the mark after '1.' or '2)'
            items[-1].append(p)
    items = [_trim(item) for item in items]
    if len(items) > 1 and items[-1] and items[-1][0].word in ("en", "of") and items[-1][0].toks:
        items[-1] = items[-1][1:]  # '- en die bakjes': the joined list gets its own 'en'
    return head, [item for item in items if item], colon


def _trim(item: list[Piece]) -> list[Piece]:
    while item and item[0].text in ".)":
        item = item[1:]
    while item and item[-1].glue and item[-1].text in ",;.:?!":
        item = item[:-1]
    opened = sum(p.text == "(" for p in item) - sum(p.text == ")" for p in item)
    return item + [Piece(")", (), ")", glue=True)] * max(0, opened)  # '(allergie!!)' kept whole


def joined(items: list[list[Piece]]) -> list[Piece]:
    """'A, B en C' (a new 'en' only before the last item)."""
    out: list[Piece] = []
    for k, item in enumerate(items):
        if k and k == len(items) - 1:
            out.append(new_piece("en"))
        elif k:
            out.append(Piece(",", (), ",", glue=True))
        out.extend(item)
    return out


def nearby_items(an, group) -> list[list[Piece]]:
    """A list in the sentences around the request ('… niet in orde: - a - b. Kunt u deze dingen …'):
    every run of list lines that has an item within two sentences of the request, whole (a numbered
    list whose first items stand further back still counts from '1.')."""
    d = an.d
    lo, hi = group[0].sent - 2, group[-1].sent + 2
    runs: list[list[tuple[int, list[Piece]]]] = []
    last_end = -1
    for i in range(d.n):
        if not d.is_bullet(i) or any(c.a <= i < c.b for c in group):
            continue
        end = next((k for k in range(i + 1, d.n) if d.is_bullet(k) or "\n" in d.gap(k)
                    or d.sentences_of(k) != d.sentences_of(i)), d.n)
        item = _trim([tok_piece(d, k) for k in range(i + 1, end) if d.toks[k].cls != "n"])
        if not item:
            continue
        if not runs or any(d.is_word(k) and not any(k in p.toks for _s, it in runs[-1] for p in it)
                           for k in range(last_end, i)):
            runs.append([])  # words between the two list lines: a new list
        runs[-1].append((d.sentences_of(i), item))
        last_end = end
    return [item for run in runs if any(lo <= sent <= hi for sent, _ in run) for _s, item in run]


def sentence_items(an, group) -> list[list[Piece]]:
    """The sentence right after the request, when it is only a row of things ('… wat meenemen van de
    Hema. Een thermometer, batterijen AA en plakband.'): its items."""
    from .segment import finite_like

    d = an.d
    lex = d.lex
    k = group[-1].sent + 1
    if k >= len(d.sentences) or any(c.b > group[-1].b and c.sent < k and d.content(c.a, c.b) for c in an.clauses):
        return []
    a, b = d.sentences[k]
    toks = [i for i in range(a, b) if d.toks[i].cls != "n"]
    words = [d.word(i) for i in toks if d.is_word(i)]
    if len(words) < 3 or words[0] in ("er", "het", "dat", "dit", "daar") or any(
            finite_like(lex, w) or w in lex.subjects or w in lex.imperatives for w in words):
        return []  # 'Er zitten 2 kinderen …': a sentence of its own, no row of things
    items: list[list[Piece]] = [[]]
    for i in toks:
        if d.tok_text(i) == "," or d.word(i) == "en":
            if items[-1]:
                items.append([])
        elif d.tok_text(i) not in ".!?":
            items[-1].append(tok_piece(d, i))
    items = [_trim(item) for item in items if item]
    return items if len(items) >= 2 and all(len(item) <= 6 for item in items) else []


def place_list(an, req, items: list[list[Piece]], colon: bool, group=None) -> None:
    lex = an.d.lex
    words = [p.word for p in req.pieces]
    if not items and group is not None and not _list_pronoun(req) and not any(h in " ".join(words) for h in lex.placeholders):
        items = items_after(an, group)  # '… doen? ik lig plat ⏎ - luiers ⏎ - brood'
        if _also(an, items) and _extend_object(an, req, items):
            return  # '… de taart meebrengen? En ook: ⏎ - ijs ⏎ - servetten' -> 'de taart, ijs en servetten meebrengen'
    if not items and group is not None and any(h in " ".join(words) for h in lex.placeholders):
        items = nearby_items(an, group) or sentence_items(an, group)
    if not items and group is not None and _list_pronoun(req) is not None:
        items = [item for item in nearby_items(an, group) if item[0].toks and an.d.sentences_of(item[0].toks[0]) < group[0].sent]
        if items:  # '… nodig: 1) de facturen, 2) het overzicht. Kunt ge die doorsturen?'
            k = _list_pronoun(req)
            if _named_before(an, items[0]):
                req.guesses.add("lijst")  # '… een voorschrift voor mijn medicatie: - a - b. Kunt ge die …': which one?
            req.gone.update(req.pieces[k].toks)
            req.pieces[k:k + 1] = joined(items)
            req.listed = True
        return
    if not items and group is not None and {"iets", "wat"} & set(words[req.front:]):
        items = [item for item in nearby_items(an, group) if abs(an.d.sentences_of(item[0].toks[0]) - group[0].sent) <= 1]
        items = items or sentence_items(an, group)
        if items:  # 'wie kan iets meebrengen? we hebben nog nodig: - chips - cola' -> '…: chips en cola'
            req.pieces += [Piece(":", (), ":", glue=True)] + joined(items)
            req.listed = True
        return
    if not items:
        return
    if group is not None:
        items = items + _following(an, group, items)
    req.listed = True
    listed = joined(items)
    if _something(req, words) and not any(h in " ".join(words) for h in lex.placeholders):
        req.pieces += [Piece(":", (), ":", glue=True)] + listed  # 'wie kan er iets meebrengen: a, b en c'
        return
    for holder in lex.placeholders:
        size = len(holder.split())
        for k in range(len(words) - size + 1):
            if " ".join(words[k:k + size]) == holder:
                req.gone.update(i for p in req.pieces[k:k + size] for i in p.toks)
                req.pieces[k:k + size] = listed
                return
    if req.pieces and req.form == "vraag":
        end = len(req.pieces)
        start = end
        while start > req.front and _verbish(lex, req.pieces[start - 1].word):
            start -= 1
        bare = not colon and start > req.front and not _bare_front(lex, req.pieces[start - 1].word)
        if start < end and not _has_object(req.pieces[req.front:start]) and not bare \
                and not _bare_noun(lex, req.pieces[req.front:start]):
            req.pieces[start:start] = listed  # 'kan je ff meenemen ⏎ - deo ⏎ - chocomel' -> 'kan je ff deo en chocomel meenemen'
            return
        if start < end or not all(item and _verbish(lex, item[-1].word) for item in items):
            # 'helpen met de keuken opruimen: a, b en c', 'boodschappen doen voor ons: melk, …': the list spells out an object
            req.pieces += [Piece(":", (), ":", glue=True)] + listed
            return
    req.pieces.extend(listed)  # 'kan iemand vanavond ⏎ - de vaatwasser uitruimen ⏎ - …': the items bring their verbs


def _something(req, words: list[str]) -> bool:
    """'iets'/'wat' as the object near the front ('wie kan er zondag iets meebrengen', 'kun je wat
    meenemen'), not after a question word ('laten weten wie wat neemt')."""
    for k in range(req.front, len(words)):
        if words[k] in ("iets", "wat"):
            return k <= req.front + 3 and words[k - 1] not in ("wie", "wat", "welke", "hoe", "waar", "waarom", "wanneer")
    return False


def _following(an, group, items: list[list[Piece]]) -> list[list[Piece]]:
    """The items after the last one inside the request's own sentence: the list goes on."""
    last = max((i for item in items for p in item for i in p.toks), default=None)
    if last is None:
        return []
    return [item for item in nearby_items(an, group) if item[0].toks and item[0].toks[0] > last]


def _list_pronoun(req) -> int | None:
    """'die', 'ze' or 'deze' standing alone right after the front of the request."""
    k = req.front
    if req.form != "vraag" or not 0 < k < len(req.pieces) - 1:
        return None
    while k < len(req.pieces) - 1 and req.pieces[k].word in ("me", "mij", "ons", "u"):
        k += 1
    return k if req.pieces[k].word in ("die", "ze", "deze", "dit", "dat") and req.pieces[k].toks else None


def _named_before(an, item: list[Piece]) -> bool:
    """The line that opens the list names a thing of its own ('een herhalingsvoorschrift voor …:'),
    which a pronoun in the request may point at as well as the items."""
    d = an.d
    first = item[0].toks[0]
    start = next((a for a, b in d.sentences if a <= first < b), first)
    words = [d.word(i) for i in range(start, first) if d.is_word(i) and not d.is_bullet(i)]
    lex = d.lex
    return any(w in ("een", "de", "het", "mijn", "mn", "m'n", "uw", "onze") and nxt.isalpha() and len(nxt) > 3
               and nxt not in ("paar", "aantal", "lijst", "lijstje") and not (k and words[k - 1] in lex.prepositions)
               for k, (w, nxt) in enumerate(zip(words, words[1:])))  # 'voor de offerte … nodig:' names no object


def _has_object(pieces: list[Piece]) -> bool:
    """The verb already has a noun phrase as object ('de volgende papieren doornemen')."""
    return any(p.word in ("de", "het", "een", "mijn", "m'n", "mn", "jouw", "uw", "onze", "ons", "deze", "die", "dat") for p in pieces)


# the short -en nouns of the word list's 'geen_infinitief' ('kun je ook eten meenemen: …'; round 38, k38c)
_SHORT_NOUNS = frozenset({"eten", "ogen", "uren"})


def _bare_noun(lex, pieces: list[Piece]) -> bool:
    """'kun jij morgen boodschappen voor me doen': a known plural noun without an article ('boodschappen',
    'spullen'), not inside a place or purpose phrase, is the verb's object already; the list spells it out after a
    colon (round 37, lead)."""
    return any(p.toks and (len(p.word) > 4 or p.word in _SHORT_NOUNS) and p.word in lex.not_infinitive and not _bare_front(lex, p.word)
               and not (k and pieces[k - 1].word in lex.prepositions) for k, p in enumerate(pieces))


def _bare_front(lex, word: str) -> bool:
    """The word before the verbs leaves the object open: an adverb, a particle or a pronoun
    ('kan je ff meenemen', 'kun je voor me halen'), not a bare noun ('boodschappen doen')."""
    return word in lex.fillers or word in lex.particles or word in lex.prepositions or word in lex.subjects \
        or word in ("me", "mij", "ons", "ff", "efkes", "even", "eens", "nog", "ook", "dan", "morgen", "vandaag") \
        or bool(lex.moment.match(word))


def _verbish(lex, word: str) -> bool:
    return len(word) > 3 and word.endswith("en") and word not in lex.not_infinitive


def carries_list(an, group) -> bool:
    """The request is followed by its own list ('kun jij boodschappen doen? ⏎ - melk ⏎ - eieren'):
    its items are clauses of the group, each on a line that starts with a bullet."""
    d = an.d
    head_end = next((c.b for c in group if c.role in ("vraag", "extra")), group[0].b)
    items = [c for c in group if c.a >= head_end and any(d.is_bullet(i) for i in range(max(0, c.a - 2), c.a + 1))]
    return len(items) >= 2


def list_first(an, groups: list[list], main: list) -> tuple[list, list | None]:
    """A request that carries a list is the main one over a later add-on ('… ⏎ - wc-papier ⏎ en wil je
    de kliko buitenzetten, morgen komen ze'; 'ben je bij de ah? kan je dan ff meenemen ⏎ - deo …'):
    the list is what the message is for. Returns (main, a question before it that the list request
    points back at with 'dan': kept with it), the first request with a list only."""
    listed = [g for g in groups if carries_list(an, g)]
    if not listed or main in listed:
        return main, None
    first = listed[0]
    if main[0].a > first[0].a:
        return first, None  # the add-on after the list ('en wil je …')
    d = an.d
    short = len([i for c in main for i in d.content(c.a, c.b)]) <= 6
    if short and main[-1].sent >= first[0].sent - 1 and first[0].start >= 0 and _points_back(d, first):
        return first, main  # 'ben je bij de ah? kan je dan ff meenemen ⏎ - …': the first question leads in
    return main, None


def _points_back(d, group) -> bool:
    c = group[0]
    return any(d.word(i) in ("dan", "daar", "er") for i in d.content(c.a, c.b)[:5])


def on_list_line(d, i: int) -> bool:
    """Token i stands on a line that starts with a bullet ('- appelsap maar ni die met bubbels')."""
    k = i
    while k > 0 and "\n" not in d.gap(k):
        k -= 1
    return d.is_bullet(k)


def items_after(an, group) -> list[list[Piece]]:
    """A list right after the request, with at most an honest sentence or an aside between
    ('kunde gij de boodschappen doen? ik lig plat met de griep ⏎ - luiers ⏎ - brood'): its items,
    when no other request comes first."""
    d = an.d
    end = group[-1].b
    limit = d.sentences[min(len(d.sentences) - 1, group[-1].sent + 2)][1]
    first = next((i for i in range(end, limit) if d.is_bullet(i)), None)
    if first is None:
        return []
    between = [c for c in an.clauses if end <= c.a < first]
    if any(c.role in ("vraag", "extra") for c in between) or len([c for c in between if c.role != "leeg"]) > 2:
        return []
    return [item for item in nearby_items(an, group) if item[0].toks and item[0].toks[0] > first - 1]


def _also(an, items: list[list[Piece]]) -> list[Piece]:
    """'En ook:' right before the list: its words, to join the list to the request."""
    d = an.d
    if not items or not items[0][0].toks:
        return []
    k = items[0][0].toks[0] - 1
    while k >= 0 and not d.is_word(k):
        k -= 1
    words = []
    while k >= 0 and d.is_word(k) and d.word(k) in ("en", "ook", "nog") and len(words) < 3:
        words.insert(0, k)
        k -= 1
    if [d.word(i) for i in words][-1:] != ["ook"] or (k >= 0 and d.is_word(k) and d.sentences_of(k) == d.sentences_of(words[0])):
        return []
    first = tok_piece(d, words[0])
    out = [Piece(first.text.lower(), first.toks, first.norm)] + [tok_piece(d, i) for i in words[1:]]
    return out


def _extend_object(an, req, items: list[list[Piece]]) -> bool:
    """The list goes on from the object, before the verbs at the end."""
    lex = an.d.lex
    end = len(req.pieces)
    start = end
    while start > req.front and _verbish(lex, req.pieces[start - 1].word):
        start -= 1
    if req.form != "vraag" or start == end or not _has_object(req.pieces[req.front:start]):
        return False
    req.listed = True
    req.pieces[start:start] = [Piece(",", (), ",", glue=True)] + joined(items)
    return True


def row_after(an, main) -> list:
    """'kun jij langs de ah gaan? ik heb nodig: 2 zakken chips, slagroom en kaarsjes.': the sentence
    right after the request that spells out a row of things after a short lead and a colon stays
    with it, whole."""
    d = an.d
    k = main[-1].sent + 1
    if k >= len(d.sentences):
        return []
    a, b = d.sentences[k]
    colon = next((i for i in range(a, b) if d.tok_text(i) == ":"), b)
    lead = [d.word(i) for i in range(a, colon) if d.is_word(i)]
    if colon == b:
        return _bare_row(an, main, k) or object_row(an, main, k)  # 'Kun je de drank halen? Bier, cola en ijs.'
    if len(lead) > 5 or not {"nodig", "nog", "zoek", "zoeken", "graag", "moet"} & set(lead):
        return []  # 'ik heb nodig:', 'we zoeken nog:'; not 'ik heb alles binnen: …'
    commas = sum(d.tok_text(i) == "," for i in range(colon, b))
    clauses = [c for c in an.clauses if c.sent == k]
    if commas < 1 or any(c.role in ("extra", "wrap") or (c.role == "vraag" and c.kind != "behoefte") for c in clauses):
        return []
    return clauses


_GENERAL = frozenset({"boodschappen", "spullen", "dingen", "dingetjes", "inkopen"})  # not "wat": a row after it is folded into the ask already


def _bare_row(an, main, k: int) -> list:
    """'Kun je donderdag boodschappen meenemen? Melk, roggebrood en de pillen bij de apotheek.': a
    sentence that is only a row of things (commas, no verb) after a request for things in general
    spells out what it asks for."""
    from .ownverb import own_verb

    d = an.d
    asked = {d.word(i) for c in main for i in d.content(c.a, c.b)}
    a, b = d.sentences[k]
    clauses = [c for c in an.clauses if c.sent == k]
    words = [d.word(i) for i in range(a, b) if d.is_word(i)]
    commas = sum(d.tok_text(i) == "," for i in range(a, b))
    if not asked & _GENERAL or commas < 1 or len(words) > 20 or not clauses:
        return []
    if any(c.role != "tekst" or own_verb(an, c) or getattr(c, "joined", False) or on_list_line(d, c.a) for c in clauses):
        return []  # a list under the request is folded into it already (split_list)
    return clauses


def colon_row(an, c) -> list[list[int]] | None:
    """The items after a colon in the clause's sentence ('moet hij meenemen: slaapzak, zaklamp,
    regenjas'): None when there is no colon row, [] when the row is announced by a placeholder
    ('de volgende medicijnen: …') or is no plain row of things."""
    d = an.d
    lex = d.lex
    a, b = d.sentences[c.sent]
    colon = next((i for i in range(a, b) if d.tok_text(i) == ":"), None)
    if colon is None or not any(d.tok_text(i) == "," for i in range(colon, b)):
        return None
    head = " ".join(d.word(i) for i in range(a, colon) if d.is_word(i))
    if any(h in head for h in lex.placeholders):
        return []
    items: list[list[int]] = [[]]
    for i in range(colon + 1, b):
        if d.tok_text(i) == "," or d.word(i) in ("en", "of"):
            items.append([])
        elif d.is_word(i):
            items[-1].append(i)
    items = [item for item in items if item]
    plain = len(items) >= 2 and all(len(item) <= 5 and not any(is_verb_form(lex, d.word(i)) for i in item[1:]) for item in items)
    return items if plain else []
