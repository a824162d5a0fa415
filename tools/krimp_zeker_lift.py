"""Part 2 of tools/krimp_zeker.py: what switching one `zeker` check off would give (round 37, k37b).

``lifted(code)`` switches a code off everywhere the engine makes it, for as long as the ``with`` lasts: the lists of
codes the checks return are filtered (vouch.py's parts, engine.py's rewrite checks, the doubts found while putting
the result together, honest.py, second_look.py, shrink.py's last looks and lost-request checks, first_sight.py), and
the checks that answer yes or no are answered no (the whole-result model, the fact an appointment or a far fact
rests on, the state before the ask, the second request, a result that changes when shrunk again). The drafts the
code withheld are then run again: a lifted result takes the sure path, with the sentence that path gives, and meets
every later check. Codes made inline with no function of their own (``twijfel``, ``geen-vraag``) are not lifted.
The same code from two checks (``weg-woord``: safe.py's lost word and first_sight.py's kept apology) is lifted in
both.
"""

from __future__ import annotations

import collections
import contextlib
import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from vraaghulp.coach.krimp import (appointment, crisis_facts, crisis_lines, crisis_plea, engine, fact_far, first_sight, honest, second_ask,  # noqa: E402
                                   second_look, state_before, vouch, whole)

shrink_mod = importlib.import_module("vraaghulp.coach.krimp.shrink")

LISTS = (  # functions that return lists of codes, by the module whose name the engine calls them through
    (vouch, ("dropped_content", "_others", "_follow_up_lost", "near_misses", "_boundaries", "names_doubt",
             "excused_reason", "_request_doubts", "lost_words", "needed_doubt")),
    (engine, ("meaning", "shape", "content_kept", "polite_not", "invented", "longer", "open_end", "double_modal",
              "vouch")),
    (honest, ("doubts",)), (second_look, ("doubts",)), (first_sight, ("doubts",)),
    (shrink_mod, ("_last_looks", "_request_gone")),
)
ANSWERED_NO = {  # code -> (module, function, the answer that lets the result pass)
    whole.CODE: (whole, "doubt", False),
    appointment.CODE: (appointment, "fact_before", False),
    fact_far.CODE: (fact_far, "fact_far", False),
    crisis_facts.CODE: (crisis_facts, "lost", False),  # a crisis fact of here and now dropped (round 42, k42b)
    crisis_plea.CODE: (crisis_plea, "lost", False),  # the own ask after a negated call lost (k42r)
    crisis_lines.CODE: (crisis_lines, "lost", False),  # a chat line read apart dropped (k42r)
    state_before.CODE: (state_before, "lost", ""),
    "verwijzing": (engine, "points_at_opening", False),
}
NOT_LIFTED = frozenset({"twijfel", "geen-vraag", "onbekend", "omgezet-twijfel", "crisis-eigen"})


class _Every(frozenset):
    """Spec 'alle': every code but those that cannot be lifted (the ceiling of what lifting could give)."""

    def __contains__(self, code) -> bool:
        return code not in NOT_LIFTED


def codes_of(spec: str) -> frozenset[str]:
    return _Every() if spec == "alle" else frozenset(spec.split("+"))


def _filtered(fn, codes: frozenset[str]):
    def call(*args, **kwargs):
        return [c for c in fn(*args, **kwargs) if c not in codes]
    return call


class _Without(list):
    """The doubts found while putting the result together (``Parts.doubt``), which never take `code` in: the rewrite
    appends to them after ``parts_of`` (refs.py, thing_span.py …)."""

    def __init__(self, codes: frozenset[str], items=()):
        super().__init__(c for c in items if c not in codes)
        self.codes = codes

    def append(self, item) -> None:
        if item not in self.codes:
            super().append(item)

    def extend(self, items) -> None:
        super().extend(c for c in items if c not in self.codes)

    def __add__(self, items):
        return _Without(self.codes, list(self) + list(items))

    def __iadd__(self, items):
        self.extend(items)
        return self


def _parts_without(fn, codes: frozenset[str]):
    def call(*args, **kwargs):
        parts = fn(*args, **kwargs)
        parts.doubt = _Without(codes, parts.doubt)
        return parts
    return call


def _second_kept(fn):
    def call(out, sentence, found, sure):
        got, still = fn(out, sentence, found, sure)
        if sure and not still and out.problems[-1:] == [second_ask.CODE]:
            out.problems.pop()
            return got[:-1], True  # without the 'onzeker' finding it added
        return got, still
    return call


def _stable(fn):
    def call(*args, **kwargs):
        return fn(*args, **kwargs)[0], True
    return call


def _patches(codes: frozenset[str]) -> list[tuple[object, str, object]]:
    out = [(mod, name, _filtered(getattr(mod, name), codes)) for mod, names in LISTS for name in names]
    out.append((engine, "parts_of", _parts_without(engine.parts_of, codes)))
    for code in [c for c in ANSWERED_NO if c in codes]:
        mod, name, answer = ANSWERED_NO[code]
        out.append((mod, name, lambda *a, _answer=answer, **k: _answer))
    if second_ask.CODE in codes:
        out.append((second_ask, "settled", _second_kept(second_ask.settled)))
    if "onstabiel" in codes:
        out.append((shrink_mod, "_settled", _stable(shrink_mod._settled)))
    return out


@contextlib.contextmanager
def lifted(spec: str):
    """The engine with the codes of `spec` switched off ('context', 'staat-keuze+staat-twijfel' or 'alle'; see the
    module docstring)."""
    patches = _patches(codes_of(spec))
    saved = [(mod, name, getattr(mod, name)) for mod, name, _new in patches]
    try:
        for mod, name, new in patches:
            setattr(mod, name, new)
        yield
    finally:
        for mod, name, old in reversed(saved):
            setattr(mod, name, old)


def lift_rows(data: list[dict], cases: dict[str, dict], spec: str) -> list[dict]:
    """The drafts the codes of `spec` withheld (any of them), run again with them switched off."""
    from krimp_zeker import judged  # noqa: PLC0415 (tools/ is on the path when run from krimp_zeker.py)

    codes = codes_of(spec)
    held = [r for r in data if any(c in codes for c in r["withheld"])]
    with lifted(spec):
        return [judged(cases[r["id"]], r["file"]) for r in held]


def lift_table(data: list[dict], cases: dict[str, dict], codes: list[str]) -> dict[str, list[dict]]:
    """Part 2: per code, the withheld drafts run again with it off: sure, acceptable, wrong; per outside set."""
    from krimp_zeker import group, pct  # noqa: PLC0415

    count = collections.Counter(c for r in data for c in r["withheld"])
    codes = codes or [c for c, n in count.most_common() if n >= 3 and c not in NOT_LIFTED]
    before = {r["id"]: r for r in data}
    print("\n== 2. per code switched off: the drafts it withheld, run again (ok>ok: acceptable as offered and still "
          "acceptable on the sure path; ok>x: acceptable as offered, not on the sure path)")
    print(f"{'code':24s} {'held':>5s} {'sure':>5s} {'acc.':>5s} {'%acc':>7s} {'wrong':>5s} {'files':>5s} {'ok>ok':>5s} "
          f"{'ok>x':>5s}   per set: sure / acc. / wrong")
    out = {}
    for code in codes:
        rows = out[code] = lift_rows(data, cases, code)
        sure = [r for r in rows if r["sure"]]
        offered_ok = [r for r in sure if before[r["id"]]["ok"]]
        sets = collections.defaultdict(lambda: [0, 0, 0])
        for r in sure:
            s = sets[group(r["file"])]
            s[0], s[1], s[2] = s[0] + 1, s[1] + r["ok"], s[2] + r["wrong"]
        print(f"{code[:24]:24s} {len(rows):5d} {len(sure):5d} {sum(r['ok'] for r in sure):5d} "
              f"{pct(sum(r['ok'] for r in sure), len(sure))} {sum(r['wrong'] for r in sure):5d} "
              f"{len({r['file'] for r in sure}):5d} {sum(r['ok'] for r in offered_ok):5d} "
              f"{sum(not r['ok'] for r in offered_ok):5d}   " + "  ".join(f"{k} {v[0]}/{v[1]}/{v[2]}" for k, v in sorted(sets.items())))
        then = collections.Counter(c for r in rows if not r["sure"] for c in r["withheld"])
        print(f"{'':24s} then withheld by: " + ", ".join(f"{c} {n}" for c, n in then.most_common(6)))
    return out
