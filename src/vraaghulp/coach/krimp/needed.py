"""Does the reader need a clause the engine would drop as a whole? A small fitted model decides.

The engine builds the result from the request and a few extras (the honest sentence, a
condition); every other clause goes as background. On text nobody tuned for, most lost
must-keep words stood in such a clause: when the writer is at home, a phone number, where the
key lies, the situation the ask rests on. Rules per wording did not carry over to new wording,
so this module weighs general features of the clause (what kind of content it holds, where it
stands next to the request, tense, person, mood, length) with a logistic model fitted on the
tuning corpus by ``tools/krimp_zinnen_fit.py`` (weights and thresholds in
``content/nl/krimp_zinnen.toml``).

- score >= ``houden`` (high): the clause is kept, as a sentence of its own where the draft had it;
- score >= ``twijfel`` (lower): the result is offered but not sure (code ``weg-nodig``).
"""

from __future__ import annotations

import math
from functools import lru_cache

from vraaghulp.content import load_toml

from .account import removed_spans, timed_tokens, word_class, word_classes
from .code_before import code_before
from .extras import question_after
from .fact_kept import holds_fact, weak_doubt
from .frame_about import about_frame, bare_frame, named_too
from .named_after import names_what
from .one_state import frame_story, story_beside_state
from .ownverb import own_verb
from .safe import address_or_signature, has_place
from .states import perfect
from .wordsets import WRITER

CODE = "weg-nodig"
KIND_NAMES = ("excuus", "last", "uitweg", "aanloop", "angst", "afzwakker", "vaag_tijd", "groet", "afsluiting")
CANDIDATE_ROLES = frozenset({"tekst", "voorwaarde", "beperking", "extra", "staat"})
RECORD: list | None = None  # the fitting script collects each analysis here; None at run time
TRIAL_KEEP = None  # tools/krimp_keep_measure.py tries a keep policy here: f(an, c, main, feats) -> bool; None at run time
_OVERRIDE: dict | None = None


@lru_cache(maxsize=1)
def _stored() -> dict:
    return load_toml("krimp_zinnen")


def model() -> dict:
    """The weights and thresholds in use (the fitting script may set its own with `use`)."""
    return _OVERRIDE if _OVERRIDE is not None else _stored()


def use(weights: dict | None) -> None:
    """Set the model for the fitting script's leave-one-file-out runs (None: the stored one)."""
    global _OVERRIDE
    _OVERRIDE = weights


def probability(feats: dict[str, float], m: dict | None = None) -> float:
    m = m or model()
    w = m.get("gewichten", {})
    z = float(m.get("intercept", 0.0)) + sum(w.get(k, 0.0) * v for k, v in feats.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def candidates(an, main, parts, shown: set[int]) -> list:
    """The clauses that go as a whole: no token of theirs is shown, not the request nor an extra."""
    d = an.d
    skip = {id(c) for c in main} | {id(c) for c in parts.extras()} | {id(parts.name_clause)}
    out = [c for c in an.clauses if id(c) not in skip and c.role in CANDIDATE_ROLES
           and not any(i in shown for i in range(c.a, c.b))]
    return [c for c in out if not all(d.is_bullet(i) for i in d.content(c.a, c.b))  # only '1.', '-'
            and not address_or_signature(an, c)]  # 'Beste ouders,', '(kamer 3)'


def weigh(an, main, parts, shown: set[int]) -> list[tuple[object, float, dict]]:
    """Each candidate clause with its score (worked out once per analysis, stored on it)."""
    if not main or parts.crisis:
        return []
    m = model()
    out = []
    rows = []
    found = candidates(an, main, parts, shown)
    for c in found:
        feats = features(an, c, main, parts, shown)
        feats["kandidaten"] = math.log(len(found))
        out.append((c, probability(feats, m), feats))
        rows.append((feats, an.d.toks[c.a].start, an.d.toks[c.b - 1].end))
    an.weighed = [(c, p) for c, p, _f in out]
    an.weighed_sentences = [c for c, _p, f in out if _own_sentence(f)]
    if RECORD is not None:
        an.record = {"tekst": an.d.original, "rijen": rows, "twijfel": 0.0}
        RECORD.append(an.record)
    return out


def keep(an, main, parts, shown: set[int]) -> list:
    """The clauses the reader needs: kept in the result as a sentence of their own."""
    high = float(model().get("houden", 2.0))
    scored = weigh(an, main, parts, shown)  # a sentence of its own: a verb, not a list item
    out = [c for c, p, f in scored if (p >= high or _helpers_wanted(an, c, main) or _what_for(an, c, main, f)
                                        or _why_then(an, c, main, f) or names_what(an, c, main) or _fetch_from(an, c, main)
                                        or holds_fact(an, c, main, f) or _frame_kept(an, c, main, parts, shown)  # fact_kept.py, frame_about.py
                                        or code_before(an, c, main)  # code_before.py
                                        or TRIAL_KEEP is not None and TRIAL_KEEP(an, c, main, f))
           and _own_sentence(f)]
    out = named_too(an, main, parts, shown, out)  # frame_about.py
    parts.doubt += [x for x in weak_doubt(an, out) + bare_frame(an, main, shown) if x not in parts.doubt]
    return out


def _frame_kept(an, c, main, parts, shown: set[int]) -> bool:
    """What a bare frame ask is about (frame_about.py), unless it is the story beside the kept state (one_state.py)."""
    return about_frame(an, c, main, shown) and not frame_story(an, parts, c)


def _own_sentence(feats: dict) -> bool:
    """A clause with a verb of its own, not a list item: it can stand in the result as a sentence."""
    return bool(feats.get("eigen_werkwoord")) and not feats.get("lijst")


UNSURE_KEEP = 0.3  # not sure anyway: keep a dropped clause scored at or above this (round 20, k20e)


def more_when_unsure(an, parts) -> list:
    """The not-sure path offers the person's own request; a clause the model thinks the reader needs
    stays there too (a sentence of its own, not a list item), as nothing is vouched for anyway."""
    own = {id(c) for c in getattr(an, "weighed_sentences", [])}
    have, taken, names = {id(c) for c in parts.needed}, {c.sent for c in parts.extras()}, set(parts.name_toks)
    return [c for c, p in getattr(an, "weighed", []) if p >= UNSURE_KEEP and id(c) in own and id(c) not in have
            and c.sent not in taken and not names & set(range(c.a, c.b))  # no run with a kept extra, no name twice
            and not story_beside_state(an, parts, c)]  # the story beside the kept honest sentence goes (one_state.py)


def _why_then(an, c, main, feats: dict) -> bool:
    """An ask that sets a limit in time ('niet vóór 9u', 'niet na elf uur'), then a sentence about the
    writer that points back to that moment with 'dan' ('Ik heb dan mijn bloedafname.', ''k Zit dan
    in de auto.'): why the limit holds, which the reader needs to keep to it. (A plain timed ask's 'ik
    heb dan een gesprek' is background most writers drop.)"""
    d = an.d
    if c.sent != main[-1].sent + 1 or not feats.get("vraag_getimed") or feats.get("verleden"):
        return False
    if not _time_limit(an, main):
        return False
    words = [d.word(i) for i in d.content(c.a, c.b)]
    if len(words) < 3 or len(words) > 14:
        return False
    return words[0] in WRITER and "dan" in words[1:4]  # 'ik heb dan …' ('Dan heb ik …' would lose 'dan')


_LIMIT_AFTER = frozenset({"voor", "vóór", "na", "tot", "eerder", "later", "voordat", "nadat"})


def _time_limit(an, main) -> bool:
    """The ask holds a negation right before a word of time order: 'niet vóór 9u', 'niet na elf uur'."""
    d = an.d
    toks = [i for c in main for i in d.content(c.a, c.b)]
    neg = word_classes().negation
    return any(d.word(i) in neg and d.word(j) in _LIMIT_AFTER for i, j in zip(toks, toks[1:]))


_SEND = frozenset({"sturen", "langssturen", "opsturen"})


def _what_for(an, c, main, feats: dict) -> bool:
    """'de verwarming doet het weer nie kunt u morgen iemand sturen': someone sent without a word
    of what for ('voor de kraan', 'om te kijken'); the trouble said right before the ask is what
    the reader needs to know."""
    asked = _request_words(an, main)
    if not (asked & _SEND and asked & {"iemand", "mensen"}) or asked & {"voor", "om", "naar"}:
        return False
    before = [x for x in an.clauses if x.b <= main[0].a and x.role not in ("leeg", "groet", "naam")]
    return bool(before) and before[-1] is c and c.sent >= main[0].sent - 1 and not feats.get("verleden")


def _helpers_wanted(an, c, main) -> bool:
    """'Wie kan zaterdag …? Ik zoek nog 2 mensen.': how many the open call needs is part of the ask
    (an amount), in the sentence right after it."""
    d = an.d
    asked = _request_words(an, main)
    if c.sent != main[-1].sent + 1 or not asked & {"wie", "iemand", "iemanden", "mensen"}:
        return False
    words = [d.word(i) for i in d.content(c.a, c.b)]
    amount = any(w.isdigit() or w in _COUNT_WORDS for w in words)  # 'nog 2 mensen', 'nog met twee auto's te weinig'
    return amount and ("nog" in words or "tekort" in words or "nodig" in words or "weinig" in words)


_FETCH = frozenset({"ophalen", "halen", "oppikken", "oppakken", "afhalen"})
_AT = frozenset({"bij", "op", "aan", "in", "voor", "achter", "naast", "thuis"})
_STAND = frozenset({"ben", "sta", "zit", "wacht", "zijn", "staan", "zitten", "wachten", "zijt", "lig"})


def _fetch_from(an, c, main) -> bool:
    """'kun je me ophalen? ik sta bij de Jumbo', 'pls kun je me halen ben bij Lisa': where the writer
    waits is the place of a pickup that names none; the reader cannot come without it."""
    d = an.d
    asked = _request_words(an, main)
    if not asked & _FETCH or asked & _AT or not (0 <= c.sent - main[-1].sent <= 1) or c.a < main[-1].b:
        return False
    words = [d.word(i) for i in d.content(c.a, c.b)]
    words = words[1:] if words[:1] in (["ik"], ["we"], ["wij"]) else words
    return 2 <= len(words) <= 10 and words[0] in _STAND and bool(_AT & set(words[1:3]))


_COUNT_WORDS = frozenset({"twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "enkele", "paar"})


def doubt(an, shown: set[int]) -> list[str]:
    """``[CODE]`` when a clause that went as a whole may be needed after all."""
    low = float(model().get("twijfel", 2.0))
    gone = [p for c, p in getattr(an, "weighed", []) if not any(i in shown for i in range(c.a, c.b))]
    score = max(gone, default=0.0)
    if getattr(an, "record", None) is not None:
        an.record["twijfel"] = score
    return [CODE] if score >= low else []


def replaced(an, where: str = "alles") -> set[int]:
    """The clauses the model weighs instead of the hand-written rules for dropped clauses, when
    the stored model says so: ``vervangt_regels = "woord"`` replaces safe.py ``clause_cost``,
    ``"alles"`` vouch.py ``dropped_content`` too."""
    setting = model().get("vervangt_regels") or ""
    if setting not in ("woord", "alles") or (setting == "woord" and where != "woord"):
        return set()
    return {id(c) for c, _p in getattr(an, "weighed", [])}


def features(an, c, main, parts, shown: set[int]) -> dict[str, float]:
    """General features of clause c in its draft (no word lists per case)."""
    d = an.d
    w = word_classes()
    toks = d.content(c.a, c.b)
    words = [d.word(i) for i in toks]
    f: dict[str, float] = {f"rol_{c.role}": 1.0}
    f.update(_content(an, c, toks, shown))
    f.update(_position(an, c, main, parts.after))
    f.update(_person(words, w, d.lex))
    first = d.word(c.start) if c.start >= 0 else (words[0] if words else "")
    past = bool(set(words) & w.past) or perfect(d, c.a, c.b)
    asked = _request_words(an, main)
    flags = {
        "verleden": past, "koppel": bool(set(words) & w.copula), "moeten": bool(set(words) & w.must),
        "mogen": bool(set(words) & {"mag", "mogen", "moogt", "hoeft", "hoeven"}),
        "gebiedend": first in d.lex.imperatives, "vraagteken": question_after(an, c),
        "reden_begin": first in w.reason_start or first in d.lex.reasons, "voorwaarde_begin": first in w.condition_start,
        "eigen_werkwoord": own_verb(an, c), "plaats": has_place(d.lex, words), "identificatie": _identifier(words),
        "beschikbaar": bool(set(words) & w.available), "dag": bool(set(words) & w.days),
        "plek_werkwoord": bool(set(words) & w.place_verbs), "aanvaarden": bool(set(words) & w.accept),
        "gevoel": bool(set(words) & w.feeling), "beperking_modaal": bool(set(words) & w.limits),
        "vraag_getimed": _timed(an, main), "staat_gehouden": parts.state is not None,
        "dan_begin": first in ("dan", "anders"), "lijst": d.is_bullet(c.a) or d.is_bullet(c.a - 1),
        "vraag_verwijst": bool(asked & d.lex.personal_refs),
    }
    f.update({k: 1.0 for k, v in flags.items() if v})
    kinds = {k for i in range(c.a, c.b) for k in an.cover.get(i, ())}
    f.update({f"soort_{k}": 1.0 for k in KIND_NAMES if k in kinds})
    covered = sum(1 for i in toks if i in an.cover)
    f["lengte"] = math.log1p(len(toks))
    f["vraag_lengte"] = math.log1p(len(asked))
    f["aandeel_functie"] = sum(1 for x in words if x in w.function) / max(1, len(words))
    f["aandeel_weg"] = covered / max(1, len(toks))
    f.update(_pairs(f))
    return f


def _content(an, c, toks: list[int], shown: set[int]) -> dict[str, float]:
    """The content classes of the clause's words that no removable phrase covers, and the share
    of its content words the result shows elsewhere."""
    d = an.d
    w = word_classes()
    moments, removed = _spans(an)
    shown_words = {d.word(i) for i in shown}
    out: dict[str, float] = {}
    content = 0
    elsewhere = 0
    for i in toks:
        if i in removed:
            continue
        kind = word_class(an, i, w, moments)
        if kind is None:
            continue
        out[f"klasse_{kind}"] = 1.0
        content += 1
        elsewhere += d.word(i) in shown_words
    out["inhoud"] = math.log1p(content)
    if content:
        out["al_getoond"] = elsewhere / content
    return out


def _spans(an) -> tuple[dict[int, str], set[int]]:
    """The draft's moments, and the tokens in a removable phrase (not a moment): worked out once."""
    known = an.__dict__.get("_needed_spans")
    if known is None:
        moments = timed_tokens(an)
        known = an.__dict__["_needed_spans"] = (moments, removed_spans(an) - moments.keys())
    return known


def _position(an, c, main, after) -> dict[str, float]:
    """Where the clause stands next to the ask (with a condition kept after it: 'Van 13u tot 17u.')."""
    first = main[0]
    last = max([main[-1]] + [x for x in after if x.a > main[-1].a], key=lambda x: x.sent)
    if first.sent <= c.sent <= last.sent:
        where = "zelfde_zin"
    elif c.sent == first.sent - 1:
        where = "zin_ervoor"
    elif c.sent == last.sent + 1:
        where = "zin_erna"
    elif c.sent < first.sent:
        where = "ver_ervoor"
    else:
        where = "ver_erna"
    real = [x for x in an.clauses if x.role != "leeg"]
    k = next((n for n, x in enumerate(real) if x is c), -1)
    asked = {id(y) for y in main}
    ks = [n for n, x in enumerate(real) if id(x) in asked]
    out = {f"pos_{where}": 1.0, "voor_vraag": 1.0 if c.b <= first.a else 0.0}
    if ks and k >= 0 and (k == min(ks) - 1 or k == max(ks) + 1):
        out["naast_vraag"] = 1.0
    return out


def _person(words: list[str], w, lex) -> dict[str, float]:
    s = set(words)
    out = {}
    if s & w.writer:
        out["ik"] = 1.0
    if s & w.reader or s & w.yours:
        out["jij"] = 1.0
    if s & {"hij", "zij", "ze", "hem", "haar", "zijn", "hun", "die"}:
        out["derde"] = 1.0
    if s & {"we", "wij", "ons", "onze"}:
        out["wij"] = 1.0
    return out


def _pairs(f: dict[str, float]) -> dict[str, float]:
    """A few combinations a linear model cannot make on its own."""
    near = f.get("pos_zelfde_zin", 0) or f.get("pos_zin_ervoor", 0) or f.get("pos_zin_erna", 0)
    out = {}
    for name in ("klasse_moment", "klasse_ontkenning", "klasse_voorwaarde", "klasse_getal", "plaats", "identificatie",
                 "jij", "verleden", "gebiedend"):
        if near and f.get(name):
            out[f"dichtbij_{name}"] = 1.0
    if f.get("ik") and f.get("koppel") and (f.get("klasse_moment") or f.get("plaats") or f.get("identificatie")):
        out["ik_ben_waar_wanneer"] = 1.0
    if f.get("jij") and f.get("moeten"):
        out["jij_moet"] = 1.0
    if (f.get("moeten") or f.get("mogen") or f.get("beperking_modaal")) and f.get("klasse_ontkenning"):
        out["regel"] = 1.0  # 'hij mag niet bij andere honden', 'ge moet ze ni laten gamen'
    if f.get("dan_begin") and f.get("jij"):
        out["tegenbod"] = 1.0  # 'dan neem ik jouw woensdag'
    if not f.get("voor_vraag") and not f.get("verleden") and not f.get("reden_begin"):
        out["na_vraag_nu"] = 1.0
    if f.get("voor_vraag") and f.get("verleden"):
        out["nieuws_ervoor"] = 1.0
    if f.get("klasse_moment") and not f.get("vraag_getimed"):
        out["enige_moment"] = 1.0
    return out


def _request_words(an, main) -> set[str]:
    d = an.d
    return {d.word(i) for c in main for i in d.content(c.a, c.b)}


def _identifier(words: list[str]) -> bool:
    return any(sum(ch.isdigit() for ch in x) >= 3 and len(x) >= 5 for x in words)


def _timed(an, main) -> bool:
    return any(c.a <= i0 < c.b for c in main for i0, _ in an.moments)
