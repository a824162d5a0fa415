"""Whether a crisis request already says when: contract point 7 adds 'nu' where the request has no moment.

Only the request's own words count (a moment in another sentence, 'ik heb vannacht …', is no time for the
request). A bare day of the month without a month ('op de 4e') is no time there either: in a crisis ask it is a
floor or a room ('kun je naar de toiletten op de 4e komen?'), and a plea to come now is not put off to a date.
"""

from __future__ import annotations

from vraaghulp.coach.text import fold

from .assemble import has_moment
from .bare_day import BARE_DAY


def says_when(lex, request: str) -> bool:
    """The request's own words name a time ('vanavond', 'om 8 uur', 'zaterdag'), not only 'op de 4e'."""
    return has_moment(lex, BARE_DAY.sub(" ", fold(request).lower()))
