"""Round 47 (s47): what the check of a search term loads.

`log --zoek` checks its search term and then scans the whole journal; on an install without .pyc files every module
the check loads is compiled from source first, which briefly takes some 60 times the module's size in memory. The
largest of those set the command's peak (15.3 MiB against 10.0 for reading every line with json.loads, target 1.5
times), so the crisis modules of that path were split into halves (`forms` from `concepts`, `context` from `weigh`,
`spelling` from `normalise`, `stored` from `snapshot`), and the gates of the second opinion (`quiet`, from the
package's `__init__`) load only where the score is asked, which a search term never is.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SRC = str(Path(__file__).resolve().parents[1] / "src")

_PROBE = """import json, os, sys
from vraaghulp.coach import crisis
tiers = [crisis.assess(text).tier for text in json.loads(sys.argv[1])]
loaded = {m.rsplit(".", 1)[1]: os.path.getsize(sys.modules[m].__file__)
          for m in sys.modules if m.startswith("vraaghulp.coach.crisis")}
print(json.dumps({"tiers": tiers, "loaded": loaded}))
"""

# The largest source a search term's check may compile (bytes): `weigh` had 23,898, `concepts` 20,639, the package's
# `__init__` 19,864, `normalise` 18,923 and `snapshot` 16,290 before round 47; the largest now is under 14,500.
_LARGEST = 16_000


def _loaded_by(*texts: str) -> dict:
    env = dict(os.environ, PYTHONPATH=SRC)
    done = subprocess.run([sys.executable, "-c", _PROBE, json.dumps(texts)], capture_output=True, text=True,
                          env=env, check=True)
    return json.loads(done.stdout)


def test_no_module_a_search_term_loads_is_large():
    found = _loaded_by("ziekenhuis", "afspraak tandarts")
    assert found["tiers"] == [None, None]
    assert {"engine", "weigh", "concepts", "forms", "context", "normalise", "spelling", "snapshot", "stored"} \
        <= found["loaded"].keys()  # the check did run, through the halves
    too_large = {name: size for name, size in found["loaded"].items() if size > _LARGEST}
    assert not too_large


def test_a_search_term_leaves_the_score_and_its_gates_unloaded():
    found = _loaded_by("ziekenhuis", "mijn zus ziekenhuis")
    assert "quiet" not in found["loaded"] and "opinion" not in found["loaded"]


def test_a_message_the_score_reads_loads_the_gates_and_they_still_quiet_a_film():
    found = _loaded_by("die film waar dat meisje van de brug springt vond ik heftig, echt een aanrader",
                       "Ik ga morgen met mijn zus naar het ziekenhuis voor haar knie, ze is best zenuwachtig.")
    assert "quiet" in found["loaded"] and "opinion" in found["loaded"]
    assert found["tiers"] == [None, None]


def _taken_as_before(sentences: list[str]) -> set[int]:
    from vraaghulp.coach.crisis.context import _GRAVE_WORDS, _IMITATE, _IMITATE_UNLESS_BARE

    imitate = _IMITATE if _GRAVE_WORDS.search(" ".join(sentences)) else _IMITATE_UNLESS_BARE
    taken = {n for n, sentence in enumerate(sentences) if "ook" in sentence and imitate.search(sentence)}
    return taken | {n - 1 for n in taken}


def test_an_act_taken_over_is_found_as_before_and_a_message_without_ook_skips_the_grave_words():
    """Round 47 (s47): `_taken` reads the message for grave words only where a sentence holds "ook"."""
    from vraaghulp.coach.crisis.context import _taken

    messages = [
        [" in die serie springt ze van een flat . ", " dat ga ik ook doen . "],
        [" we speelden een spel tot middernacht . ", " ik wil ook niet meer haha . "],
        [" in die film snijdt hij zijn polsen door . ", " ik wil ook niet meer . "],
        [" de hoofdpersoon neemt pillen . ", " ik denk dat ik dat ook wil doen . "],
        [" morgen gaan we naar de kookles . ", " daarna koken we samen . "],  # "ook" inside "kookles" only
        [" een rustige dag gehad . ", " de kat sliep de hele middag . "],
        [],
    ]
    for sentences in messages:
        assert _taken(sentences) == _taken_as_before(sentences)
    assert _taken(messages[0]) == {0, 1} and _taken(messages[2]) == {0, 1} and _taken(messages[1]) == set()
