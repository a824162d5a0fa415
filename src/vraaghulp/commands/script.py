"""`vraaghulp script`: write down a belief script and look at it from the outside.

The conversation lives in `flows/script.py`, the views in `views/script.py`.
"""

from __future__ import annotations

from vraaghulp.spec import Command, option

ANSWERS = ("zin", "stem", "stem_toelichting", "geloof", "angst_voor", "rolwissel", "nieuwe_regel", "geloof_na")


def _usage(key: str, **params):
    from vraaghulp.errors import UsageError
    from vraaghulp.messages import t

    return UsageError(t(f"script.{key}", **params) + " " + t("algemeen.zie_hulp", waar="vraaghulp script"))


def _voices():
    from vraaghulp.guides.scripts import load_content

    return load_content().voice_keys


def run(env, values):
    from vraaghulp.messages import t

    given = [f"--{name.replace('_', '-')}" for name in ANSWERS if getattr(values, name) is not None]
    modes = [flag for flag, on in (("--lijst", values.lijst), ("--toon", values.toon is not None),
                                   ("--opnieuw", values.opnieuw is not None)) if on]
    if len(modes) > 1:
        raise _usage("niet_samen", modi=t("algemeen.en").join(modes))
    if (values.lijst or values.toon is not None) and given:
        raise _usage("toont_alleen", modus=modes[0], opties=", ".join(given))
    if values.lijst:
        return show_list(env)
    if values.toon is not None:
        return show_one(env, values.toon)
    if values.opnieuw is not None:
        extra = [name for name in given if name != "--geloof"]
        if extra:
            raise _usage("alleen_geloof", opties=", ".join(extra))
        return rerate(env, values.opnieuw, values.geloof)
    return create(env, values)


def _context(env, interactive: bool):
    from vraaghulp.flows.script import ScriptContext
    from vraaghulp.prompter import ScriptedPrompter

    prompter = env.prompter() if interactive else ScriptedPrompter([])
    return ScriptContext(prompter=prompter, console=env.out, journal=env.journal, now=env.now, saved=env.saved)


def create(env, values):
    """Write a new script: straight from the options when --zin is given, else interactively."""
    from vraaghulp.errors import MissingOptions
    from vraaghulp.flows.script import Answers, run_script, save_script
    from vraaghulp.flows.welcome import greet

    answers = Answers(sentence=values.zin, voice=values.stem, voice_note=values.stem_toelichting,
                      belief=values.geloof, fear=values.angst_voor, role_reversal=values.rolwissel,
                      new_rule=values.nieuwe_regel, belief_after=values.geloof_na)
    if answers.sentence is None:
        if not env.stdin_tty:
            raise MissingOptions("script", ["--zin"])
        if env.json:
            raise _usage("json_met_zin")
    env.check_texts(answers.sentence, answers.voice_note, answers.fear, answers.role_reversal, answers.new_rule)
    ctx = _context(env, interactive=answers.sentence is None)
    if answers.sentence is None:
        greet(ctx.console)
        run_script(ctx, answers)
        return None
    from vraaghulp.messages import t
    from vraaghulp.models import record_dict
    from vraaghulp.result import Result
    from vraaghulp.views.script import written_panel

    script = save_script(ctx, answers)
    result = Result(items=[record_dict(script)]).show(written_panel(script, ctx.content))
    return result.say(t("script.opgeslagen", id=script.id), "bold green")


def show_list(env):
    from vraaghulp.result import Result
    from vraaghulp.store.queries import scripts_with_asks
    from vraaghulp.views.script import list_item, script_list

    entries = scripts_with_asks(env.journal)
    return Result(items=[list_item(entry) for entry in entries]).show(script_list(entries))


def show_one(env, prefix: str):
    from vraaghulp.flows.script import find_script
    from vraaghulp.result import Result
    from vraaghulp.store.queries import ScriptWithAsks, asks_testing
    from vraaghulp.views.script import detail, list_item

    script = find_script(env.journal, prefix)
    asks = asks_testing(env.journal, script.id)
    return Result(items=[list_item(ScriptWithAsks(script, asks))]).show(detail(script, asks))


def rerate(env, prefix: str, value: int | None):
    from vraaghulp.errors import MissingOptions
    from vraaghulp.flows.script import find_script, rerate as rerate_flow
    from vraaghulp.messages import t
    from vraaghulp.models import record_dict
    from vraaghulp.result import Result

    if value is None:
        if not env.stdin_tty:
            raise MissingOptions("script", ["--geloof"])
        if env.json:
            raise _usage("json_met_geloof")
    env.interrupted = lambda: t("script.opnieuw_afgebroken")
    ctx = _context(env, interactive=value is None)
    updated = rerate_flow(ctx, find_script(ctx.journal, prefix), value)
    result = Result(items=[record_dict(updated)] if updated is not None else [])
    return result.say(t("script.score_opgeslagen", id=updated.id)) if updated is not None else result


SPEC = Command("script", light=True, run=run, params=(
    option("zin", "--zin", text=True),
    option("stem", "--stem", choices=_voices),
    option("stem_toelichting", "--stem-toelichting", text=True),
    option("geloof", "--geloof", kind="int", scale=(0, 100)),
    option("angst_voor", "--angst-voor", text=True),
    option("rolwissel", "--rolwissel", text=True),
    option("nieuwe_regel", "--nieuwe-regel", text=True),
    option("geloof_na", "--geloof-na", kind="int", scale=(0, 100)),
    option("lijst", "--lijst", kind="flag"),
    option("toon", "--toon", metavar="ID"),
    option("opnieuw", "--opnieuw", metavar="ID"),
    option("json", "--json", kind="flag"),
))
