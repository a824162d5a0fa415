"""A bare day of the month without a month ('op de 4e', 'naar de 12de'): in a request it may as well be a floor or a
room ('kun je naar de toiletten op de 4e komen?') as a date, so it is never taken for the request's moment."""

from __future__ import annotations

import re

_MONTH = (r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
          r"jan|feb|mrt|apr|jun|jul|aug|sept?|okt|nov|dec)")
BARE_DAY = re.compile(rf"\b(?:op|naar|in)\s+de\s+\d{{1,2}}(?:e|ste|de)\b(?!\s*(?:{_MONTH}\b|[/-]\d))")
