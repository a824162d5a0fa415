"""Changing one record from options without the model: `oefen --afronden ID ...` and
`log wis ID --ja` in a plain (not encrypted) folder.

The record is found and changed in the one streaming pass of `Journal.update_plain`. What
is stored is what the model path stores: the record in the model's form
(`light.records.model_form`, `closed_ask`), stamped by `store.codec.changed_line` or
`deleted_line`, the very functions that path calls. Whenever the stored record is not one
the light rules can vouch for (an older layout, a closed ask, another kind, an id that
names two records, not found), nothing is written and the handler takes the model path,
which also words every error.
"""

from __future__ import annotations


def check_finish(outcome: str | None, fear_after: int | None, set_aside: bool) -> None:
    """What closing an ask needs: an outcome and the fear after, or --afgezien alone."""
    from vraaghulp.errors import UsageError
    from vraaghulp.messages import t

    if not set_aside:
        missing = [name for name, value in (("--uitkomst", outcome), ("--angst-na", fear_after)) if value is None]
        if missing:
            raise UsageError(t("oefen.afronden_nodig", opties=", ".join(missing)))
    elif outcome is not None:
        raise UsageError(t("oefen.afgezien_en_uitkomst"))


def _plain_folder() -> bool:
    from vraaghulp.store import codec

    return not codec.encrypted()


def finish(env, values):
    """`oefen --afronden` (checked values) as a light change; None: the model path must do it
    (a new belief score for a script, an encrypted folder, a record the light rules leave)."""
    if values.geloof_na is not None or not _plain_folder():
        return None
    from vraaghulp.light.records import closed_ask, model_form
    from vraaghulp.store import codec
    from vraaghulp.store.journal import NotPlain

    when = env.now()

    def line_of(data: dict):
        ask = model_form(data)
        if ask is None or ask["soort"] != "vraag" or ask["status"] != "open":
            raise NotPlain  # the model path says what is wrong, in its own words
        new = closed_ask(ask, outcome=values.uitkomst, fear_after=values.angst_na, comparison=values.vergelijking,
                         learned=values.geleerd, set_aside=values.afgezien, when=when)
        return new, codec.changed_line(codec.normalised(data, ask), new)

    new = env.journal.update_plain(values.afronden, line_of)
    if new is None:
        return None
    from vraaghulp.messages import t
    from vraaghulp.views.ask import stored_feedback

    pieces = [(t("oefen.afgerond", id=new["id"]), "")]
    if not values.afgezien:
        pieces.append((stored_feedback(new), ""))
    return _shown(env, [new], pieces)


def delete(env, record_id: str):
    """`log wis ID --ja` as a light change; None: the model path must do it."""
    if not _plain_folder():
        return None
    from vraaghulp.light.records import model_form
    from vraaghulp.store import codec
    from vraaghulp.store.journal import NotPlain

    def line_of(data: dict):
        record = model_form(data)
        if record is None:
            raise NotPlain
        return record, codec.deleted_line(codec.normalised(data, record))

    record = env.journal.update_plain(record_id, line_of)
    if record is None:
        return None
    from vraaghulp.light.text import clean
    from vraaghulp.messages import t, tn
    from vraaghulp.views import stored_summary

    pieces = [(clean(t("log.wis.verwijderd", wat=stored_summary(record))), "")]
    if record["soort"] == "script":
        from vraaghulp.store.queries import count_links

        links = count_links(env.journal, record["id"])
        if links:
            pieces.append((tn("log.wis.verwezen", links), "dim"))
    return _shown(env, None, pieces)


def _shown(env, items, pieces):
    """The Result: the items for --json, else the pieces as the model path's lines would read."""
    from vraaghulp.light.logview import screen_of
    from vraaghulp.light.plain import paragraphs
    from vraaghulp.result import Result

    return Result(items=items).plain(lambda: paragraphs(pieces, *screen_of(env.stdout)))
