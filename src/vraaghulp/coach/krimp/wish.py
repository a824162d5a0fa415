"""A wish about the person typed in the practice flow, said to them.

In `oefen` people type what they want from someone as a note about that person: "Ik wil dat hij
een keer de ouderavond doet", "ik wil dat ze haar kamer opruimt". The person is typed apart, so
'hij'/'ze' is them: the message says "Ik wil dat jij … doet", "ik wil dat ge uw kamer opruimt".
It stays a statement of need (contract point 1); only pronouns and a verb form change ('is' ->
'bent', 'heeft' -> 'hebt'). Used by direct.turn, only when a person was typed.
"""

from __future__ import annotations

from .asked import CLAUSE_GOES_ON, INNER, main_verb, modal
from .lexicon import lexicon
from .reported import IK, PRONOUNS, Out, Tok, Turned, gemeld_words, register_of, tokens
from .verbs import is_infinitive
from .vocative import pronoun_clashes

_WISH_VERBS = frozenset({"wil", "wou", "wilde", "hoop", "verwacht", "vind"})
_JOINED = frozenset({"kwil", "kwou", "khoop", "kvind"})
_STRESSED = {"je": "jij", "u": "u", "ge": "ge"}
# The verb forms that differ between 'hij' and 'jij'/'ge' at the end of a clause.
_FORMS = {"je": {"is": "bent", "heeft": "hebt"}, "u": {}, "ge": {"is": "zijt", "heeft": "hebt"}}
_OWN = {"hij": ("zijn", "hem"), "zij": ("haar", "haar"), "ze": ("haar", "haar")}
_NOT_NOUN = frozenset({"niet", "ni", "nie", "nooit", "altijd", "vaker", "meer", "minder", "soms", "ook", "weer", "al",
                       "nog", "wel", "eens", "zelf", "alleen", "samen", "gewoon", "echt", "eerst", "later", "mee", "thuis"})
_OWNERS = frozenset({"mijn", "m'n", "mn", "je", "jouw", "zijn", "haar", "uw", "hun", "ons", "onze", "het", "de", "dat", "dit", "die", "deze"})
NOUN_TOO = frozenset({"was"})  # 'zijn was', 'haar was': the laundry after a possessive, not a verb
_SINGULAR = frozenset({"kan", "wil", "mag", "moet", "zal", "gaat", "is", "heeft", "doet", "komt"})


def wished(text: str, person: str | None) -> Turned | None:
    """'ik wil dat hij …' with a person typed -> 'ik wil dat jij …'; None when it is not that."""
    if not person:
        return None
    toks = tokens(text)
    at = _frame(toks)
    if at is None:
        return None
    subject = toks[at].w
    end = next((i for i in range(at, len(toks)) if toks[i].w in (".", "!", "?", "\n")), len(toks))
    if not _singular(toks, at, end, subject):
        return None  # 'ik wil dat ze (de kinderen) komen': not the person typed
    if pronoun_clashes(subject, person):  # 'ik wil dat ze …' with 'mijn broer Tom' typed: who is 'ze'?
        return Turned(text, [(0, 0, len(text))], "", False, "aanloop", asked=False)  # as it stands, not sure
    register = register_of(toks, [], person)
    poss, obj = PRONOUNS[register][2], PRONOUNS[register][1]
    own, own_obj = _OWN[subject]
    out = Out(text)
    out.copy(0, toks[at].start)
    out.add(_STRESSED[register])
    sure, last = True, toks[at].end
    for i in range(at + 1, end):
        w = toks[i].w
        new = None
        if w in (own, own_obj) and toks[i - 1].w in _OWNERS:
            pass  # 'mijn haar': the noun (hair), not the person
        elif w == own and _noun_next(toks, i + 1, end):
            new = poss
        elif w == own_obj and toks[i - 1].w in lexicon().prepositions:
            new, sure = obj, False  # 'bij hem', 'voor haar': most likely the person, not surely
        elif w in ("zich", "zichzelf"):
            new = ("je" if register == "je" else "u") + ("zelf" if w == "zichzelf" else "")
        elif w in _FORMS[register]:
            new = _FORMS[register][w]
        elif w in INNER and i > at + 1:
            sure = sure and not any(toks[k].w == subject for k in range(i, end))  # '… belt als ze thuis is': her?
            break  # a clause of its own ('als ze bij haar zijn'): its pronouns are not surely the person's
        if new is not None:
            out.copy(last, toks[i].start)
            out.add(new)
            last = toks[i].end
    out.copy(last, len(text))
    return Turned(out.result(), out.runs, "", sure, "aanloop", asked=True)


def swap_after(out: Out, toks: list[Tok], span: tuple[int, int], subject: str, register: str, first: int) -> bool:
    """After the verbs, still in the asked clause (before 'als', 'en' …), the person's 'zijn'/'haar'
    before a noun is theirs ('… ruilen tegen zijn dienst van maandag' -> 'je dienst'); not sure when someone else is named
    in the clause from token first on ('… Tom helpen met haar auto', '… mijn moeder bellen over haar …')."""
    own = _OWN.get(subject, ("", ""))[0]
    span = (span[0], next((k for k in range(*span) if toks[k].w in INNER or toks[k].w in CLAUSE_GOES_ON), span[1]))
    found = [i for i in range(*span) if own and toks[i].w == own and toks[i - 1].w not in _OWNERS
             and _noun_next(toks, i + 1, span[1])]
    for i in found:
        out.swaps[toks[i].start] = (toks[i].end, PRONOUNS[register][2])
    lex = lexicon()
    return not found or not any(toks[k].raw[:1].isupper() or toks[k].w in lex.relations for k in range(first, span[1]))


def copy_rest(out: Out, toks: list[Tok], last: int, span: tuple[int, int], subject: str, register: str,
              upto: int | None = None) -> bool:
    """The rest of the draft after a reported request made direct, with the person's object
    pronoun after a preposition turned too ('… als ze bij haar zijn' -> 'bij je'); False when one
    was: 'haar' there is most likely the person asked, not surely."""
    own_obj = _OWN.get(subject, ("", ""))[1]
    sure = True
    lex = lexicon()
    turned = _condition(toks, span, subject, register)
    for i in range(*span):
        new = turned.get(i)
        if own_obj and toks[i].w == own_obj and toks[i].start >= last and toks[i - 1].w in lex.prepositions and not _noun_next(toks, i + 1, len(toks)):
            new = PRONOUNS[register][1]
        if new is not None and toks[i].start >= last:
            out.copy(last, toks[i].start)
            out.add(new)
            last, sure = toks[i].end, False
    out.copy(last, len(out.text) if upto is None else upto)  # upto: only as far as the asked clause goes
    return sure


_CONDITION = frozenset({"als", "as", "wanneer", "zodra", "zolang", "voordat", "nadat", "totdat", "terwijl", "zodat", "omdat",
                        "of"})  # '… laat weten of hij de kinderen neemt': the asked person's own 'of'-clause
_JOINS = frozenset({"en", "maar", "of", "dus"})
_T_WORDS = frozenset({"niet", "niets", "iets", "echt", "toch", "best", "slecht", "eerst", "laatst", "straat", "nacht"})


def _condition(toks: list[Tok], span: tuple[int, int], subject: str, register: str) -> dict[int, str]:
    """'…, alleen als ze tijd heeft': the person's 'ze'/'hij' after 'als' is them too, with its verb
    ('als je tijd hebt'), so the engine knows the way out; so is the one after 'of' of a verb of
    saying or knowing ('laten weten of hij de kinderen neemt'); most likely them, not surely."""
    out: dict[int, str] = {}
    if subject not in _OWN:
        return out
    lex = lexicon()
    for i in range(max(span[0], 1), span[1]):
        if toks[i].w != subject or toks[i - 1].w not in _CONDITION:
            continue
        if toks[i - 1].w == "of" and (i < 2 or not toks[i - 2].w[:1].isalpha() or toks[i - 2].w in _JOINS):
            continue  # '…, en of hij …': a second ask (offered apart), not what the verb asks after
        verb = next((k for k in range(i + 1, min(i + 8, span[1])) if not toks[k].w[:1].isalnum() or toks[k].w in lex.finite
                     or toks[k].w in _SINGULAR or len(toks[k].w) > 3 and toks[k].w.endswith("t") and toks[k].w not in _T_WORDS), None)
        if verb is None or not toks[verb].w[:1].isalnum():
            out[i] = toks[i].raw  # 'voordat hij gaat slapen' with no verb known: them or not, it stays, not sure
            continue
        if toks[verb].w not in _SINGULAR and not toks[verb].w.endswith("t"):
            continue  # 'als ze bij haar zijn': 'ze' are others (the children)
        out[i] = PRONOUNS[register][0]
        if toks[verb].w in _FORMS[register]:
            out[verb] = _FORMS[register][toks[verb].w]
    return out


def _frame(toks: list[Tok]) -> int | None:
    """The token 'hij'/'ze'/'zij' of 'ik wil (graag) dat hij …' or 'ik zou graag willen dat ze …' at
    the start of the note, or after 'maar' ('ik vind het moeilijk, maar ik zou willen dat ze …')."""
    for k in [0] + [i + 1 for i, t in enumerate(toks) if t.w == "maar"]:
        at = _frame_at(toks, k)
        if at is not None:
            return at
    return None


def _frame_at(toks: list[Tok], k: int) -> int | None:
    zou = False
    if k < len(toks) and toks[k].w in _JOINED:
        k += 1
    elif k + 1 < len(toks) and toks[k].w in IK and toks[k + 1].w in _WISH_VERBS | {"zou"}:
        zou, k = toks[k + 1].w == "zou", k + 2
    else:
        return None
    fill = gemeld_words()["vul"]
    start = k
    while k < len(toks) and toks[k].w in fill:
        k += 1
    if zou and "willen" not in {t.w for t in toks[start:k]}:
        return None  # 'ik zou … dat' is no wish without 'willen'
    if k + 1 < len(toks) and toks[k].w in ("dat", "da") and toks[k + 1].w in _OWN:
        return k + 1
    return None


def _singular(toks: list[Tok], at: int, end: int, subject: str) -> bool:
    """'ze' is one person when the clause has her 'haar' or a singular verb."""
    if subject == "hij":
        return True
    words = {toks[i].w for i in range(at + 1, end)}
    if "haar" in words or words & _SINGULAR:
        return True
    return modal(toks, at + 1, end, "zij") is not None or main_verb(toks, at + 1, end, "kunnen") is not None


def _noun_next(toks: list[Tok], i: int, end: int) -> bool:
    """Token i is a noun after 'haar'/'zijn' ('haar schoenen', 'zijn deel'), not a verb closing the
    clause ('bij haar zijn', 'haar helpen') or a word between ('haar vaker bezoekt')."""
    lex = lexicon()
    w = toks[i].w if i < end else ""
    if not w[:1].isalpha() or w in INNER or w in CLAUSE_GOES_ON or (w in lex.finite and w not in NOUN_TOO) or w in lex.prepositions:
        return False
    if w in _NOT_NOUN or w in gemeld_words()["vul"] or w in gemeld_words()["moment"]:
        return False
    closes = i + 1 >= end or not toks[i + 1].w[:1].isalnum() or toks[i + 1].w in CLAUSE_GOES_ON
    return not (closes and is_infinitive(lex, w))
