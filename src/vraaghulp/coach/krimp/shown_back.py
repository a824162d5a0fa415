"""A doubt about a dropped piece, answered by the not-sure offer that put the piece back: sure (round 50, k50c).

Some checks withhold `zeker` because the sure sentence dropped a piece the ask rests on, and the not-sure offer then
puts that very piece back in front of the ask (rests_on.py: what broke or went, `weg-kwijt`: 'Luc, mijn camionette
is kapot. Kunt gij mij morgen oppikken …?'). When that doubt was the result's ONLY doubt and the same check, asked
again about the sentence as offered, no longer finds the piece missing, the offered sentence shows everything the
checks asked for: it is sure. It then meets the later gates a sure result meets (first_sight.py, state_before.py,
the second request), so only the withheld code is answered, nothing else.

Counted over the outside-author files (tools/krimp_code_tally.py): the code alone held 6 results there, all
acceptable, none wrong (the own files: 3, all acceptable); 5 and 3 of them become sure, all acceptable. A result where
the check still fires on the offered sentence ('Kevin, kunt ge ons uw Berlingo lene …?', the piece not put back)
stays not sure, as does one with a second doubt beside it. A crisis result is never touched (crisis_calls.py's rules).
"""

from __future__ import annotations

from . import rests_on

_RECHECK = {rests_on.CODE: lambda out, sentence: rests_on.lost(out.analysis, sentence)}


def sure(out, sentence: str) -> bool:
    """The result's one doubt is a dropped piece whose check no longer fires on the offered `sentence`; the code
    is taken off the problems list then."""
    codes = set(out.problems)
    if out.crisis or out.analysis is None or len(codes) != 1 or not out.sure:
        return False
    code = next(iter(codes))
    check = _RECHECK.get(code)
    if check is None or check(out, sentence):
        return False
    out.problems[:] = [p for p in out.problems if p != code]
    return True
