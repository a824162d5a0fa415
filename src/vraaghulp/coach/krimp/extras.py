"""What is kept besides the request: the honest sentence, conditions, and what a reference needs."""

from __future__ import annotations

from .states import FIRST_PERSON


def choose_state(an, main) -> object | None:
    """The honest sentence closest to the request (one before it wins a tie)."""
    states = [c for c in an.clauses if c.role == "staat" and not (main and c in main)]
    if not states:
        return None
    if not main:
        return states[0]
    index = {id(c): k for k, c in enumerate(an.clauses)}
    first, last = index[id(main[0])], index[id(main[-1])]

    def distance(c) -> tuple[int, int]:
        k = index[id(c)]
        return (first - k, 0) if k < first else (k - last, 1)

    return min(states, key=distance)


def constraints(an, main) -> list:
    """Conditions right after the request ('Alleen niet op dinsdag.'), up to the next request."""
    out = []
    started = False
    for c in an.clauses:
        if c is main[-1]:
            started = True
            continue
        if not started:
            continue
        if c.role == "vraag" or c.sent > main[-1].sent + 1:
            break
        if c.role == "beperking":
            out.append(c)
    return out


def crisis_words(an, main) -> list:
    """In crisis: the person's own words about how bad it is, never lighter.

    The sentences that hold crisis language, every honest sentence, and what the person says
    about themselves after the first crisis sentence (where they are, what they have).
    """
    from vraaghulp.coach.crisis import is_crisis

    d = an.d
    main = main or []
    skip = {"wrap", "groet", "afsluiting", "leeg", "vraag", "naam"}
    hot = sorted(k for k, (a, b) in enumerate(d.sentences) if is_crisis(d.raw(a, b)))
    out = []
    for c in an.clauses:
        if c in main or c.role in skip:
            continue
        in_hot = c.sent in hot and is_crisis(d.raw(c.a, c.b))
        about_me = c.start >= 0 and d.word(c.start) in FIRST_PERSON | {"'k", "k"} and bool(hot) and c.sent > hot[0]
        if in_hot or c.role == "staat" or about_me:
            out.append(c)
    if not out:
        out = [c for c in an.clauses if c.sent in hot and c.role not in skip and c not in main]
    return out


def antecedent(an, main) -> list:
    """What a reference word in the request points at: the plain clause before the request
    in its own sentence, or else the last plain clause of the sentence before."""
    head = main[0]
    same = [c for c in an.clauses if c.sent == head.sent and c.b <= head.a and c.role in ("tekst", "staat")]
    if same:
        return same[-1:]
    before = [c for c in an.clauses if c.sent == head.sent - 1 and c.role in ("tekst", "staat", "voorwaarde")]
    return before[-1:]
