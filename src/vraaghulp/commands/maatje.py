"""`vraaghulp maatje`: choose one trusted practice partner and get a message to send them."""

from __future__ import annotations

from vraaghulp.spec import Command, option


def run(env, values):
    from vraaghulp.errors import UsageError
    from vraaghulp.flows.maatje import choose, message_for, store
    from vraaghulp.guides.maatje import load_partner_content
    from vraaghulp.messages import t
    from vraaghulp.profile import load_profile
    from vraaghulp.render.care import partner_message
    from vraaghulp.result import Result

    env.bare = values.kaal  # then only the message goes to stdout
    content = load_partner_content()
    profile = load_profile()
    current = profile.partner
    if values.wis and values.naam is not None:
        raise UsageError(t("maatje.wis_en_naam"))
    chosen = None if values.wis else choose(env, values.naam, bare=values.kaal, current=current)
    if chosen is None:
        if values.wis and not current:
            return Result().say(t("maatje.had_geen"), stderr=env.bare)
        store(None, env.now())
        return Result().say(t("maatje.vergeten"), stderr=env.bare)
    is_new = not current or chosen.casefold() != current.casefold()
    if chosen != current:
        store(chosen, env.now(), new=is_new)
    message = message_for(chosen, content, env.today(), 1 if values.ander else 0)
    if values.kaal:
        return Result().line(message)
    return partner_message(Result(), chosen, message, content.tips, new=is_new)


SPEC = Command("maatje", run=run, params=(
    option("naam", "--naam", text=True),
    option("wis", "--wis", kind="flag"),
    option("ander", "--ander", kind="flag"),
    option("kaal", "--kaal", kind="flag"),
))
