"""`vraaghulp krimp`: shrink a draft ask to one clear sentence. Nothing is saved.

The engine is `coach/krimp/`, the conversation `flows/krimp.py`, the views `render/krimp.py`.
"""

from __future__ import annotations

from vraaghulp.spec import Command, argument, option

# More than enough for any message; the rest of a huge input is not read.
MAX_STDIN_BYTES = 1_000_000


def read_stdin(stdin, limit: int = MAX_STDIN_BYTES) -> tuple[str, bool]:
    """Standard input as UTF-8 (invalid bytes replaced); (text, cut off?)."""
    stream = getattr(stdin, "buffer", None)
    if stream is None:  # a text stream (tests, embedding)
        text = stdin.read(limit + 1) if stdin is not None else ""
        return text[:limit], len(text) > limit
    data = stream.read(limit + 1)
    text = data[:limit].decode("utf-8", errors="replace")
    return text.lstrip("\ufeff"), len(data) > limit


def _draft(env, tekst: str | None) -> tuple[str, bool]:
    """The draft from the argument or standard input, and whether it was cut off."""
    from vraaghulp.errors import UsageError
    from vraaghulp.messages import t

    from_argument = tekst is not None and tekst != "-"
    if from_argument:
        # Invalid bytes in the argument arrive as lone surrogates: make them visible, harmless.
        text, cut = tekst.encode("utf-8", "surrogateescape").decode("utf-8", "replace"), False
    else:
        text, cut = read_stdin(env.stdin)
    if not text.strip():
        raise UsageError(t("krimp.leeg_argument" if from_argument else "krimp.leeg_invoer"))
    return text, cut


def run(env, values):
    from vraaghulp.errors import UsageError
    from vraaghulp.flows import krimp as flow
    from vraaghulp.messages import t

    if values.json and values.kaal:
        raise UsageError(t("krimp.json_of_kaal"))
    given = flow.Answers(wat=values.wat, wanneer=values.wanneer, hoe_lang=values.hoe_lang)
    if values.tekst is None and env.stdin_tty:
        if values.json or values.kaal:
            flag = "--json" if values.json else "--kaal"
            raise UsageError(t("krimp.tekst_nodig", optie=flag))
        env.check_texts(*given.texts())
        flow.interactive(env.prompter(), env.out, given)
        return None
    env.bare = values.kaal
    text, cut = _draft(env, values.tekst)
    env.check_texts(text, *given.texts())
    _first, shrunk = flow.shrink_text(text, given)
    return _shown(env, values, given, text, shrunk, cut)


def _shown(env, values, given, text: str, shrunk, cut: bool):
    from vraaghulp.flows import krimp as flow
    from vraaghulp.light.text import clean
    from vraaghulp.messages import t
    from vraaghulp.render import krimp as view
    from vraaghulp.result import Result

    quiet = values.json or values.kaal
    result = Result(document=view.json_payload(shrunk))
    if values.kaal:
        result.line(clean(shrunk.sentence))
    elif not values.json:
        view.show_analysis(env.out, text, shrunk, heavy=flow.is_heavy(text), seen=set())
        terminal = env.stdin_tty and env.stdout_tty
        flow.finish(env.prompter() if terminal else None, env.out, shrunk, terminal=terminal)
        options = [f"--{attribute.replace('_', '-')}" for _key, attribute in flow.still_open(shrunk, given)]
        if options:
            listed = t("algemeen.of").join([", ".join(options[:-1]), options[-1]]) if len(options) > 1 else options[0]
            result.say(t("krimp.aanvullen", opties=listed), "dim")
    if cut:
        result.say(t("krimp.te_lang", mb=MAX_STDIN_BYTES // 1_000_000), "dim", stderr=quiet)
    if values.tekst is not None and values.tekst != "-":
        result.show(view.history_note(), stderr=quiet)
    return result


SPEC = Command("krimp", run=run, params=(
    argument("tekst", metavar="TEKST", show_default=False),
    option("wat", "--wat", text=True),
    option("wanneer", "--wanneer", text=True),
    option("hoe_lang", "--hoe-lang", text=True),
    option("json", "--json", kind="flag"),
    option("kaal", "--kaal", kind="flag"),
))
