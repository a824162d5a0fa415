"""`vraaghulp oefen`: the daily practice, interactive or fully by options.

Three ways in: the conversation (no options, in a terminal), a new ask from options
(`--wie --vraag --angst --kans`, asking only what is missing), or the outcome of an open
ask (`--afronden ID`). The work is in `flows/oefen.py` and `flows/experiment.py`.
"""

from __future__ import annotations

from vraaghulp.schema import COMPARISONS, MAX_LEVEL
from vraaghulp.spec import Command, option

NEW_ASK = ("wie", "vraag", "angst", "kans")
EXTRA = ("verwachting", "wanneer", "niveau", "volheid", "script_id")
CLOSING = ("uitkomst", "angst_na", "vergelijking", "geleerd", "geloof_na")


def run(env, values):
    from vraaghulp.errors import MissingOptions, UsageError
    from vraaghulp.messages import t

    if values.afronden is not None:
        return finish(env, values)
    for name in CLOSING:
        if getattr(values, name) is not None:
            raise UsageError(t("oefen.hoort_bij_afronden", optie=SPEC.param(name).label))
    if any(getattr(values, name) is not None for name in NEW_ASK + EXTRA):
        if not env.stdin_tty:
            missing = [SPEC.param(name).label for name in NEW_ASK if getattr(values, name) is None]
            if missing:
                raise MissingOptions("oefen", missing)
        return create(env, values)
    if not env.stdin_tty:
        raise MissingOptions("oefen", ["--wie", "--vraag", "--angst", "--kans"])
    if env.json:
        raise UsageError(t("oefen.json_met_opties"))
    return practise(env)


def create(env, values):
    """A new open ask from the options (asking what is missing in a terminal). Light when every
    value is given: the record is laid out without pydantic and the answer is plain text."""
    from vraaghulp.light.logview import screen_of
    from vraaghulp.light.plain import paragraphs
    from vraaghulp.light.records import new_ask_record
    from vraaghulp.light.text import clean
    from vraaghulp.messages import t
    from vraaghulp.result import Result
    from vraaghulp.store import new_id

    given = {name: getattr(values, name) for name in NEW_ASK}
    if None in given.values():
        from vraaghulp.flows import experiment

        given = experiment.ask_missing(env.prompter(), given)
    extra = {"expectation": values.verwachting, "moment": values.wanneer, "level": values.niveau,
             "fullness": values.volheid, "script_id": values.script_id}
    env.check_texts(given["wie"], given["vraag"], extra["expectation"], extra["moment"])
    if extra["script_id"]:
        from vraaghulp.flows.experiment import existing_script

        extra["script_id"] = existing_script(env.journal, extra["script_id"])
    record = new_ask_record(record_id=new_id(), person=given["wie"], text=given["vraag"], fear=given["angst"],
                            chance=given["kans"], when=env.now(), **extra)
    env.journal.append_lines([_new_line(record)])
    from vraaghulp.store.files import note_saved

    note_saved(record["id"])  # a failing stdout from here on still reports it as saved (D6)
    pieces = [(t("oefen.opgeslagen_open", id=record["id"]), ""),
              (clean(t("oefen.aan", wie=given["wie"], vraag=given["vraag"])), "dim"),
              (t("oefen.na_het_vragen", id=record["id"]), "dim")]
    return Result(items=[record]).plain(lambda: paragraphs(pieces, *screen_of(env.stdout)))


def _new_line(record: dict) -> bytes:
    """The stored line of a new record: stamped by this device, as `store.codec.new_line` writes
    it. Plain folders get it laid out here (no hashlib, no pydantic); an encrypted folder goes
    through the codec itself, which seals the line."""
    from vraaghulp.light.records import record_line, stamped_new
    from vraaghulp.store import codec

    line = record_line(stamped_new(record, codec.device().id))  # also: text that is not Unicode stops here
    return codec.new_line(record) if codec.encrypted() else line


def finish(env, values):
    """The outcome of an open ask: light (no pydantic, no Rich) in a plain folder when the stored
    ask is one `light.records` vouches for, else through the model."""
    from vraaghulp.light import update

    update.check_finish(values.uitkomst, values.angst_na, values.afgezien)
    env.check_texts(values.geleerd)
    return update.finish(env, values) or _finish_with_model(env, values)


def _finish_with_model(env, values):
    from vraaghulp.flows import experiment
    from vraaghulp.messages import t
    from vraaghulp.models import record_dict
    from vraaghulp.result import Result
    from vraaghulp.views.ask import feedback

    updated, rerated = experiment.finish(
        env.journal, values.afronden, outcome=values.uitkomst, fear_after=values.angst_na,
        comparison=values.vergelijking, learned=values.geleerd, set_aside=values.afgezien,
        belief_after=values.geloof_na, when=env.now())
    result = Result(items=[record_dict(updated)]).say(t("oefen.afgerond", id=updated.id))
    if rerated is not None:
        result.say(t("oefen.nieuwe_score", id=rerated.id, score=values.geloof_na))
    if not values.afgezien:
        result.say(feedback(updated))
    return result


def practise(env):
    """The whole daily practice in the terminal."""
    from vraaghulp.flows.oefen import OefenContext, run_oefen
    from vraaghulp.flows.welcome import greet
    from vraaghulp.profile import peek_profile

    out = env.out
    partner = peek_profile().get("maatje")
    ctx = OefenContext(prompter=env.prompter(out), console=out, journal=env.journal, now=env.now,
                       partner=partner if isinstance(partner, str) else None, saved=env.saved)
    greet(out)
    if run_oefen(ctx) is not None:
        import os

        from vraaghulp.flows.welcome import shell_offer

        tip = shell_offer(os.environ)
        if tip is not None:
            out.print("\n" + tip, style="dim", markup=False)
    return None


SPEC = Command("oefen", light=True, run=run, params=(
    option("wie", "--wie", text=True),
    option("vraag", "--vraag", text=True),
    option("angst", "--angst", kind="int", scale=(0, 10)),
    option("kans", "--kans", kind="int", scale=(0, 100)),
    option("verwachting", "--verwachting", text=True),
    option("wanneer", "--wanneer", text=True),
    option("niveau", "--niveau", kind="int", scale=(1, MAX_LEVEL), scale_message="oefen.niveau_bereik"),
    option("volheid", "--volheid", kind="int", scale=(0, 10)),
    option("script_id", "--script"),
    option("afronden", "--afronden", metavar="ID"),
    option("uitkomst", "--uitkomst", choices=("ja", "nee", "deels", "geen-reactie")),
    option("angst_na", "--angst-na", kind="int", scale=(0, 10)),
    option("vergelijking", "--vergelijking", choices=COMPARISONS),
    option("geleerd", "--geleerd", text=True),
    option("afgezien", "--afgezien", kind="flag"),
    option("geloof_na", "--geloof-na", kind="int", scale=(0, 100)),
    option("json", "--json", kind="flag"),
))
