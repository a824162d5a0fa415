"""Which clauses does krimp drop as a whole, and does the reader need them? (round 24, k24f)

Usage: python tools/krimp_keep_measure.py [--json OUT] [--beleid [NAME …]] [--onzeker]

For every case of every tuning file, every clause `needed.py` weighs (the clauses that go as a
whole) is listed with its kind (role and the kinds of phrase that cover it), general shape
features (a number or clock time, a capitalised name mid-sentence, a place after a preposition,
a negation, 'anders', the writer's state, length, where it stands next to the ask) and two labels:
``nodig`` (it holds a must-keep item the result lacks) and ``weg`` (it holds a must-drop item, or
the best gold shows fewer than half its content words: the author let it go). Printed: per shape,
how many dropped clauses have it, needed and let go, on the outside files and on the rest.

With --beleid the engine is run over every tuning file once as it is and once per keep policy
(`POLICIES`, tried through `needed.TRIAL_KEEP`): acceptable per file before and after, summed over
the outside files and over the rest (leave-one-author-out: a policy is only worth shipping when the
outside files gain at least 1.5 points and the rest does not lose). With --onzeker as well (round 25,
k25s) a policy is tried only where the result is not sure anyway and nothing else is kept beside the ask.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tools"))

from krimp_first_sight import OUTSIDE  # noqa: E402  (the outside files: one list, kept there)

_STATE = re.compile(r"(?i)\b(?:ik|'k|k)\s+(?:ben|voel|zit|heb)\b")


def shapes(text: str, feats: dict) -> dict[str, bool]:
    """General shape features of a clause's text (and a few of needed.py's features)."""
    words = re.findall(r"[^\W_]+", text)
    low = [w.lower() for w in words]
    return {
        "getal": any(ch.isdigit() for ch in text) or bool(feats.get("klasse_getal")),
        "tijd": bool(feats.get("klasse_moment")),
        "naam": any(w[:1].isupper() for w in words[1:]),
        "plaats": bool(feats.get("plaats")),
        "ontkenning": bool(feats.get("klasse_ontkenning")) or bool({"niet", "geen", "nie", "ni", "nooit"} & set(low)),
        "anders": "anders" in low,
        "staat": bool(_STATE.search(text)),
        "kort": len(words) <= 8,
        "erna": bool(feats.get("pos_zin_erna") or feats.get("pos_zelfde_zin") and not feats.get("voor_vraag")),
        "ervoor": bool(feats.get("pos_zin_ervoor")),
        "verleden": bool(feats.get("verleden")),
        "reden": bool(feats.get("reden_begin")),
    }


def kind_of(feats: dict) -> str:
    role = next((k[4:] for k in feats if k.startswith("rol_")), "?")
    sorts = sorted(k[6:] for k in feats if k.startswith("soort_"))
    return role + ("+" + "+".join(sorts) if sorts else "")


def rows_of(case: dict) -> tuple[object, list[dict]]:
    from krimp_eval import contains, fold, norm_words, similarity
    from krimp_zinnen_fit import run_case

    result, entry = run_case(case)
    if entry is None:
        return result, []
    text = entry["tekst"]
    best = max(case.get("goud", [""]), key=lambda g: similarity(result.sentence, g))
    gold_words = set(norm_words(" ".join(case.get("goud", []))))
    shown = set(norm_words(result.sentence))
    out = []
    for feats, a, b in entry["rijen"]:
        piece = text[a:b]
        content = [w for w in norm_words(piece) if len(w) > 3]
        if content and sum(w in shown for w in content) / len(content) >= 0.5:
            continue  # the result shows it: not dropped
        needed = any(fold(k) in fold(piece) and not contains(result.sentence, k) for k in case.get("houden", []))
        dropped_gold = any(fold(k) in fold(piece) for k in case.get("weg", [])) or (
            bool(content) and sum(w in gold_words for w in content) / len(content) < 0.5)
        out.append({"tekst": piece, "soort": kind_of(feats), "vorm": shapes(piece, feats), "nodig": needed,
                    "weg": dropped_gold and not needed, "zeker": result.sure, "best": best[:80]})
    return result, out


_WRAPPERS = ("soort_excuus", "soort_last", "soort_uitweg", "soort_aanloop", "soort_angst", "soort_groet",
             "soort_afsluiting", "soort_afzwakker", "soort_vaag_tijd")


def _plain_fact(an, c, feats: dict, most: int) -> list[str] | None:
    """The clause's words when it is a plain statement of the present (no reason, condition, question,
    wrapper phrase, past) of 3 to `most` words and no honest sentence is kept; else None."""
    bad = ("verleden", "reden_begin", "vraagteken", "rol_voorwaarde", "staat_gehouden", "lijst") + _WRAPPERS
    if any(feats.get(k) for k in bad) or not feats.get("eigen_werkwoord"):
        return None
    words = [an.d.word(i) for i in an.d.content(c.a, c.b)]
    return words if 3 <= len(words) <= most else None


def window_after(an, c, main, feats: dict) -> bool:
    """Policy 'venster': the sentence right after the ask holds a time or a number ('tussen 10 en 14u',
    'vertrek 8:15 bij de club')."""
    after = feats.get("pos_zin_erna") or feats.get("pos_zelfde_zin") and not feats.get("voor_vraag")
    words = _plain_fact(an, c, feats, 12)
    timed = feats.get("klasse_moment") or feats.get("klasse_getal")
    return bool(after and words and (timed or any(ch.isdigit() for w in words for ch in w)))


def placed_when(an, c, main, feats: dict) -> bool:
    """Policy 'plaats-tijd': a sentence next to the ask (before or after) holds a time or number and a
    place or a capitalised name mid-sentence ('ons ma moet dinsdag om 8u in Genk zijn')."""
    near = feats.get("pos_zin_erna") or feats.get("pos_zin_ervoor") or feats.get("pos_zelfde_zin")
    words = _plain_fact(an, c, feats, 16)
    d = an.d
    text = d.original[d.toks[c.a].start:d.toks[c.b - 1].end]
    named = any(w[:1].isupper() for w in re.findall(r"[^\W\d_]+", text)[1:])
    timed = feats.get("klasse_moment") or feats.get("klasse_getal") or any(ch.isdigit() for ch in text)
    return bool(near and words and timed and (feats.get("plaats") or named))


_CLOSING_ROLES = frozenset({"groet", "afsluiting", "wrap", "naam", "leeg"})


def short_after(an, c, main, feats: dict) -> bool:
    """Policy 'erna-kort': the sentence right after the ask, a short plain statement of 3 to 10 words
    ('Mijn auto staat in de garage.', 'Dan neem ik jouw woensdagavond.', 'Anders versta ik bijna niks.');
    a reason after 'want' and a condition other than 'anders' go as before."""
    if feats.get("rol_voorwaarde") and an.d.word(c.start if c.start >= 0 else c.a) != "anders":
        return False
    loose = dict(feats, rol_voorwaarde=0.0)
    return bool(feats.get("pos_zin_erna") and _plain_fact(an, c, loose, 10))


def short_last(an, c, main, feats: dict) -> bool:
    """Policy 'erna-slot': 'erna-kort', and nothing but a greeting, sign-off or wrapper phrase follows."""
    later = [x for x in an.clauses if x.a >= c.b and x.role not in _CLOSING_ROLES]
    return short_after(an, c, main, feats) and not later


def otherwise_after(an, c, main, feats: dict) -> bool:
    """Policy 'anders': 'erna-kort' for a sentence that starts with 'anders' (what goes wrong without the
    ask: 'Anders missen we de lading.')."""
    return an.d.word(c.start if c.start >= 0 else c.a) == "anders" and short_after(an, c, main, feats)


def since_before(an, c, main, feats: dict) -> bool:
    """Policy 'sinds': the sentence right before the ask (or the start of its own) says what has been going on
    'sinds' a moment ('Ons zoontje heeft sinds kort diabetes.', 'Sinds zondag doet de ketel het niet meer.'):
    the situation the ask answers."""
    near = feats.get("pos_zin_ervoor") or feats.get("pos_zelfde_zin") and feats.get("voor_vraag")
    bad = ("vraagteken", "rol_voorwaarde", "staat_gehouden", "lijst") + _WRAPPERS
    if not near or any(feats.get(k) for k in bad) or not feats.get("eigen_werkwoord"):
        return False
    words = [an.d.word(i) for i in an.d.content(c.a, c.b)]
    return "sinds" in words and 3 <= len(words) <= 16


def right_before(an, c, main, feats: dict) -> bool:
    """Policy 'voor' (round 25, k25s): the sentence right before the ask's, a plain statement of the present of
    3 to 14 words ('Mijn MS speelt weer op.', 'Zaterdag is onze dagtocht naar Bokrijk.'): the situation the ask
    answers, which the outside authors keep most often (tools/krimp_fail_tally.py)."""
    return bool(feats.get("pos_zin_ervoor") and _plain_fact(an, c, feats, 14))


def right_before_past(an, c, main, feats: dict) -> bool:
    """Policy 'voor-ook-verleden': 'voor', a past allowed ('Jesse heeft gisteren zijn arm gebroken.')."""
    return bool(feats.get("pos_zin_ervoor") and _plain_fact(an, c, dict(feats, verleden=0.0), 14))


def right_before_thing(an, c, main, feats: dict) -> bool:
    """Policy 'voor-zaak': 'voor', and the writer is not its subject ('De lift is kapot.', 'Uw velo is klaar.'):
    the state of a thing or another person, not an apology or a feeling."""
    return right_before(an, c, main, feats) and not feats.get("ik") and not feats.get("jij")


POLICIES = {"voor": right_before, "voor-ook-verleden": right_before_past, "voor-zaak": right_before_thing,
            "venster": window_after, "plaats-tijd": placed_when, "erna-kort": short_after, "erna-slot": short_last,
            "anders": otherwise_after, "sinds": since_before}


def acceptable_per_file(folder: Path) -> dict[str, tuple[int, int]]:
    from krimp_eval import score

    out = {}
    for path in sorted(folder.glob("tuning*.toml")):
        cases = tomllib.loads(path.read_text(encoding="utf-8")).get("case", [])
        rows = [score(c, "tuning", path.name) for c in cases]
        out[path.stem] = (sum(r.acceptable for r in rows), len(rows))
    return out


def _on_unsure_path(policy):
    """Round 25 (k25s): the policy tried only where the result is not sure anyway (``needed.more_when_unsure``)
    and nothing else is kept beside the ask: patches needed.weigh (to keep each clause's features) and the
    engine's more_when_unsure; returns the undo function."""
    from vraaghulp.coach.krimp import engine, needed

    weigh, more = needed.weigh, engine.more_when_unsure

    def weigh_kept(an, main, parts, shown):
        out = weigh(an, main, parts, shown)
        an.__dict__["_trial_feats"] = (main, {id(c): f for c, _p, f in out})
        return out

    def more_too(an, parts):
        extra = more(an, parts)
        main, feats = an.__dict__.get("_trial_feats", (None, {}))
        if main is None or parts.needed or extra:
            return extra
        taken = {c.sent for c in parts.extras()}
        return [c for c in getattr(an, "weighed_sentences", [])
                if id(c) in feats and c.sent not in taken and policy(an, c, main, feats[id(c)])]

    needed.weigh, engine.more_when_unsure = weigh_kept, more_too

    def undo() -> None:
        needed.weigh, engine.more_when_unsure = weigh, more
    return undo


def policies(folder: Path, names: list[str], unsure: bool = False) -> None:
    from vraaghulp.coach.krimp import needed

    base = acceptable_per_file(folder)
    tried = {}
    for name in names:
        if unsure:
            undo = _on_unsure_path(POLICIES[name])
        else:
            needed.TRIAL_KEEP = POLICIES[name]
            undo = None
        try:
            tried[name] = acceptable_per_file(folder)
        finally:
            needed.TRIAL_KEEP = None
            if undo:
                undo()
    print(f"\n== aanvaardbaar per bestand: nu, {', '.join(tried)}")
    for stem, (ok, n) in base.items():
        mark = " (buiten)" if stem in OUTSIDE else ""
        print(f"  {stem:<22}{n:>5}{ok:>6}" + "".join(f"{tried[p][stem][0]:>6}" for p in tried) + mark)
    for label, keep in (("buiten", lambda s: s in OUTSIDE), ("rest", lambda s: s not in OUTSIDE), ("alle", lambda s: True)):
        n = sum(v[1] for s, v in base.items() if keep(s))
        line = f"  {label:<22}{n:>5}{100 * sum(v[0] for s, v in base.items() if keep(s)) / n:>6.1f}"
        line += "".join(f"{100 * sum(v[0] for s, v in tried[p].items() if keep(s)) / n:>6.1f}" for p in tried)
        print(line)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--json")
    ap.add_argument("--beleid", nargs="*", choices=sorted(POLICIES), help="the policies to try (none named: all)")
    ap.add_argument("--onzeker", action="store_true", help="try them only on the not-sure path, nothing else kept")
    args = ap.parse_args(argv)
    folder = ROOT / "tests" / "corpus" / "krimp"
    if args.beleid is not None:
        policies(folder, args.beleid or list(POLICIES), args.onzeker)
        return 0
    table: dict[str, list[dict]] = {}
    for path in sorted(folder.glob("tuning*.toml")):
        cases = tomllib.loads(path.read_text(encoding="utf-8")).get("case", [])
        table[path.stem] = [dict(r, id=c.get("id")) for c in cases for r in rows_of(c)[1]]
    if args.json:
        Path(args.json).write_text(json.dumps(table, ensure_ascii=False, indent=1), encoding="utf-8")
    report(table)
    return 0


def report(table: dict[str, list[dict]]) -> None:
    groups = {"buiten": [r for f, rs in table.items() if f in OUTSIDE for r in rs],
              "rest": [r for f, rs in table.items() if f not in OUTSIDE for r in rs]}
    for name, rows in groups.items():
        print(f"\n== {name}: {len(rows)} weggelaten zinsdelen, {sum(r['nodig'] for r in rows)} nodig, "
              f"{sum(r['weg'] for r in rows)} door het goud weggelaten")
        print(f"  {'vorm':<12}{'n':>6}{'nodig':>7}{'weg':>6}")
        for shape in rows[0]["vorm"] if rows else ():
            have = [r for r in rows if r["vorm"][shape]]
            print(f"  {shape:<12}{len(have):>6}{sum(r['nodig'] for r in have):>7}{sum(r['weg'] for r in have):>6}")
        kinds = Counter(r["soort"] for r in rows)
        print(f"  {'soort':<28}{'n':>6}{'nodig':>7}{'weg':>6}")
        for kind, n in kinds.most_common(12):
            have = [r for r in rows if r["soort"] == kind]
            print(f"  {kind:<28}{n:>6}{sum(r['nodig'] for r in have):>7}{sum(r['weg'] for r in have):>6}")


if __name__ == "__main__":
    raise SystemExit(main())
