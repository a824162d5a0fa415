"""How the crisis check's second opinion would have done on files nobody had tuned for yet.

Usage:
    python benchmarks/crisis_net_history.py             # every moment in MOMENTS
    python benchmarks/crisis_net_history.py 21f9b9e     # one commit that added corpus files
    python benchmarks/crisis_net_history.py --ondergrens-tabel   # what a floor does on fresh files
    python benchmarks/crisis_net_history.py --gewone ...         # fitted with ordinary drafts too

The rules of today were tuned on every corpus file, so a figure on those files flatters
them. This script goes back in git history instead: for a commit that added fresh corpus
files (and tuned the rules for them in the same commit), it takes the engine, rules and
corpus of the commit before (`git archive`, into a temporary folder; the repository is not
touched), reads every line with that old engine (its tier, and the features of
`opinion.features` over its normalised text and concepts), fits the model on the files that
existed then (threshold chosen by leave-one-file-out on those files, as
tools/crisis_net_fit.py does), and scores the fresh files: alarm lines the old rules missed
and the model catches, and the false zorg it adds. Nothing here was tuned on the fresh files.
Standard library and git only.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "src"))

# commit that added fresh files (with fixes for them) -> the fresh files
MOMENTS = {
    "09cd8d6": ("tuning-ho1", "tuning-ho2"),  # held-out sets of round 4, by outside authors
    "2efe098": ("eigen15-c", "eigen15-d"),  # fresh outside-style files of round 7
    "21f9b9e": ("eigen16-g", "eigen16-h"),  # fresh files by outside authors, round 7
}
FLOOR_SHARE = 0.5  # the older floor form, as a share (tools/crisis_net_fit.py --ondergrens-deel 0.5)
# --ondergrens-tabel: every commit that brought in fresh outside files -> those files (the rules of
# the commit before had never seen them; files added unchanged were tuned on in later commits)
FLOOR_MOMENTS = {
    "549e26b": ("tuning6-a", "tuning6-b"), "3227685": ("tuning7-a", "tuning7-b"), "806da4f": ("tuning8-c",),
    "187f750": ("tuning9-d",), "64c8d04": ("tuning10-e",), "68ef1b3": ("tuning10-f",),
    "1398741": ("tuning11-g", "tuning11-h"), "291f8e3": ("tuning11-i",), "d1b219e": ("tuning11-j",),
    "f731cb7": ("tuning12-k",), "597f9d7": ("tuning12-l",), "21f9b9e": ("eigen16-g", "eigen16-h"), "2efe098": ("eigen15-c", "eigen15-d"),
}
# the names the fresh files had before the commit (held-out files were renamed when promoted;
# the old copy is replaced by the one the commit added)
FORMER = {"tuning-ho1": "heldout", "tuning-ho2": "heldout2"}


def observe_old(src: str, corpus: str) -> None:
    """(In a child process.) Print one JSON line per corpus line, read by the engine in `src`."""
    import importlib.util
    import tomllib

    sys.path.insert(0, src)
    spec = importlib.util.spec_from_file_location("today_opinion", ROOT / "src/vraaghulp/coach/crisis/opinion.py")
    today = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(today)
    import vraaghulp.coach.crisis as crisis
    from vraaghulp.coach.crisis import weigh
    from vraaghulp.coach.crisis.engine import decide, net_only_alone, scan

    seen: list[str] = []
    tag = weigh._tag

    def recording(concepts, sentences):
        found = tag(concepts, sentences)
        seen.extend(hit.name for hit in found[3])
        return found

    weigh._tag = recording
    compiled = crisis.compiled_rules()
    for path in sorted(Path(corpus).glob("*.toml")):
        with path.open("rb") as handle:
            rows = tomllib.load(handle).get("regel", [])
        for row in rows:
            seen.clear()
            signals, every = [], []
            for reading in compiled.normaliser.readings(row["tekst"]):
                sentences, found = scan(compiled, reading)
                signals += weigh.reading_signals(compiled.concepts, sentences, found)
                every += sentences
            signals = net_only_alone(signals)
            tier, families = decide(compiled, signals)
            feats = today.features(every, list(seen), signals, compiled.first_person)
            print(json.dumps([path.stem, row["verwacht"], tier, families, sorted(feats), row["tekst"], row.get("familie", "")]))


def lines_then(commit: str, fresh: tuple[str, ...], work: Path) -> list:
    """Every corpus line of the commit before `commit`, and the fresh files as `commit` added
    them, read by the engine of the commit before."""
    import crisis_net_fit as fit

    tree = work / commit
    tree.mkdir()
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", f"{commit}^", "src", "content", "tests/corpus/crisis"],
                             capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    if ORDINARY_ROWS:
        _ordinary_file(tree / "tests/corpus/crisis" / "gewoon-krimp.toml")
    for name in fresh:
        (tree / "tests/corpus/crisis" / f"{FORMER.get(name, name)}.toml").unlink(missing_ok=True)
        text = subprocess.run(["git", "-C", str(ROOT), "show", f"{commit}:tests/corpus/crisis/{name}.toml"],
                              capture_output=True, check=True).stdout
        (tree / "tests/corpus/crisis" / f"{name}.toml").write_bytes(text)
    out = subprocess.run([sys.executable, __file__, "--observe", str(tree / "src"), str(tree / "tests/corpus/crisis")],
                         capture_output=True, text=True, check=True).stdout
    lines = []
    for raw in out.splitlines():
        name, expected, tier, families, feats, text, family = json.loads(raw)
        line = fit.Line(name, text, expected, family)
        line.rules, line.families, line.features = tier, tuple(families), set(feats)
        lines.append(line)
    return lines


ORDINARY_ROWS: list[bool] = []  # --gewone: the krimp corpus's ordinary drafts as harmless rows, as the fit does now


def _ordinary_file(target: Path) -> None:
    """Today's krimp corpus's ordinary drafts as `geen` lines of a corpus file, one line per
    sentence of a long draft (cut at . ! ? and line ends), the way tools/crisis_net_fit.py adds
    them (there only where the rules are silent; here every one, read by the old engine)."""
    import re

    from crisis_net_fit import KRIMP, ordinary_drafts
    from vraaghulp.coach.crisis.opinion import LINE_WORDS

    rows = []
    for _stem, draft in ordinary_drafts(KRIMP):
        text = " ".join(draft.split())
        pieces = [text] if len(text.split()) <= LINE_WORDS else re.split(r"(?<=[.!?])\s+|\n", draft)
        rows += [" ".join(p.split()) for p in pieces if p.strip()]
    target.write_text("".join(f'[[regel]]\ntekst = {json.dumps(t, ensure_ascii=False)}\nverwacht = "geen"\n'
                              f'familie = "gewoon-verzoek"\n\n' for t in rows), encoding="utf-8")


def moment(commit: str, fresh: tuple[str, ...], work: Path) -> list[str]:
    import crisis_net_fit as fit

    lines = lines_then(commit, fresh, work)
    train = [x for x in lines if x.file not in fresh and not x.file.startswith("heldout")]
    test = [x for x in lines if x.file in fresh]
    fit.leave_one_file_out(train)
    threshold, floor = fit.choose_threshold(train), fit.choose_floor(train, FLOOR_SHARE)
    bias, weights = fit.fit([x.features for x in train], [x.label for x in train])
    for x in test:
        x.score = fit.probability(bias, weights, x.features)
    out = [f"== before {commit}: fitted on {len(train)} lines of {len({x.file for x in train})} files, "
           f"threshold {threshold:.3f}, floor {floor:.4f} (leave-one-file-out there)"]
    for name in fresh:
        part = [x for x in test if x.file == name]
        f = fit.figures(part, threshold, floor)
        alarm, missed, added = f["alarmregels"], f["regels-missen"], f["regels-missen-model-vangt"]
        caught = alarm - missed
        out.append(
            f"  {name}: rules then caught {caught}/{alarm} ({100 * caught / alarm:.1f} %), with the model "
            f"{caught + added}/{alarm} ({100 * (caught + added) / alarm:.1f} %): {added} of the {missed} misses; "
            f"false acuut {f['regels-vals-acuut']}/{f['geen-regels']}, false zorg {f['regels-vals-zorg']} "
            f"+ {f['model-voegt-vals-zorg-toe']} from the model; model alone {f['model-alleen-gevangen']}/{alarm} "
            f"caught, {f['model-alleen-vals']} false; acuut to zorg: {f['acuut-naar-zorg-vals']} false acuut, "
            f"{f['acuut-naar-zorg-verwacht-zorg']} want zorg, {f['acuut-naar-zorg-echt-acuut']} real acuut")
    return out


def floor_lines(work: Path) -> list:
    """The fresh files of every FLOOR_MOMENTS commit, as the rules of the commit before read them,
    scored by a model fitted on the files that existed then."""
    import crisis_net_fit as fit

    fresh_lines = []
    for commit, fresh in FLOOR_MOMENTS.items():
        lines = lines_then(commit, fresh, work)
        train = [x for x in lines if x.file not in fresh and not x.file.startswith("heldout")]
        bias, weights = fit.fit([x.features for x in train], [x.label for x in train])
        for x in lines:
            if x.file in fresh:
                x.score = fit.probability(bias, weights, x.features)
                fresh_lines.append(x)
        print(f"  before {commit}: {', '.join(fresh)} read and scored", flush=True)
    return fresh_lines


def main() -> int:
    if len(sys.argv) == 4 and sys.argv[1] == "--observe":
        observe_old(sys.argv[2], sys.argv[3])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("commits", nargs="*", default=list(MOMENTS))
    parser.add_argument("--gewone", action="store_true",
                        help="fit with today's krimp corpus's ordinary drafts as harmless rows (as crisis_net_fit.py)")
    parser.add_argument("--ondergrens-tabel", action="store_true",
                        help="what a floor would do on the fresh files of FLOOR_MOMENTS (as crisis_net_fit.py's table)")
    args = parser.parse_args()
    if args.gewone:
        ORDINARY_ROWS.append(True)
    with tempfile.TemporaryDirectory(prefix="crisis-history-") as work:
        if args.ondergrens_tabel:
            import crisis_net_fit as fit

            print("\n".join(fit.floor_table(floor_lines(Path(work)))))
            return 0
        for commit in args.commits:
            print("\n".join(moment(commit, MOMENTS[commit], Path(work))), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
