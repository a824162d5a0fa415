"""`vraaghulp vragen`: frequently asked questions, browsable, or printed all at once."""

from __future__ import annotations

from vraaghulp.spec import Command, argument, option

STOP = "__stop__"


def run(env, values):
    from vraaghulp.errors import UsageError
    from vraaghulp.guides.vragen import load_faq
    from vraaghulp.light.text import reflow
    from vraaghulp.messages import t
    from vraaghulp.render.care import faq_text
    from vraaghulp.result import Result

    entries = load_faq()
    numbered = list(enumerate(entries, start=1))
    if values.nummer is not None:
        if not 1 <= values.nummer <= len(entries):
            raise UsageError(t("vragen.nummer", aantal=len(entries)))
        numbered = [numbered[values.nummer - 1]]
    result = Result(items=[{"nummer": n, "vraag": e.title, "antwoord": reflow(e.answer)} for n, e in numbered])
    if env.json or values.nummer is not None or values.alles or not (env.stdin_tty and env.stdout_tty):
        return result.say(faq_text(numbered))
    browse(env.prompter(), env.out, entries)
    return None


def browse(ask, out, entries: list) -> int:
    """Let the user pick questions until they stop; returns how many answers were shown."""
    from vraaghulp.messages import t
    from vraaghulp.render.care import faq_entry

    shown = 0
    options = [(index, f"{index}. {entry.title}") for index, entry in enumerate(entries, start=1)]
    options.append((STOP, t("vragen.stoppen")))
    default = 1
    out.print(t("vragen.kies"), style="bold", markup=False)
    while True:
        chosen = ask.choice(t("vragen.welke"), options, default=default)
        if chosen == STOP:
            return shown
        out.print()
        faq_entry(out, chosen, entries[chosen - 1])
        out.print()
        shown += 1
        default = chosen + 1 if chosen < len(entries) else STOP


SPEC = Command("vragen", run=run, params=(
    argument("nummer", kind="int", metavar="[NUMMER]"),
    option("alles", "--alles", "-a", kind="flag"),
    option("json", "--json", kind="flag"),
))
