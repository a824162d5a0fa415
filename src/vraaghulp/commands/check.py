"""`vraaghulp check`: a short self-check of signals that asking is harder for you than for most."""

from __future__ import annotations

from vraaghulp.spec import Command, option


def run(env, values):
    from vraaghulp.errors import MissingOptions, UsageError
    from vraaghulp.flows.check import ask_answers, band_for, make_record, parse_answers, score
    from vraaghulp.guides.check import load_check
    from vraaghulp.messages import t
    from vraaghulp.models import record_dict
    from vraaghulp.render.care import check_result
    from vraaghulp.result import Result

    content = load_check()
    interactive = values.antwoorden is None
    if interactive and not env.stdin_tty:
        raise MissingOptions("check", ["--antwoorden"])
    if interactive and env.json:
        raise UsageError(t("check.json_met_antwoorden"))
    if interactive:
        answers = ask_answers(env.prompter(), env.out, content)
    else:
        answers = parse_answers(values.antwoorden, len(content.signals))
    total = score(answers)
    band = band_for(content, total)
    record = make_record(content, answers, env.now())
    keep = values.bewaar
    result = check_result(Result(), band, total, content.max_score)
    if keep is None and interactive:  # a terminal, and no --json
        result.write(env)
        env.out.print()
        keep = env.prompter().confirm(t("check.bewaren"), default=False)
    if keep:
        env.journal.append(record)
    result.items = [{**record_dict(record), "uitslag_titel": band.title, "volgende_stap": band.step,
                     "max_score": content.max_score, "bewaard": bool(keep)}]
    if keep:
        return result.say(t("check.bewaard", id=record.id), "dim")
    return result.say(t("check.niet_bewaard_hoe" if keep is None else "check.niet_bewaard"), "dim")


SPEC = Command("check", run=run, params=(
    option("antwoorden", "--antwoorden", metavar="LIJST"),
    option("bewaar", "--bewaar", kind="bool", secondary="--niet-bewaren"),
    option("json", "--json", kind="flag"),
))
