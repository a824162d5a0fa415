"""A field two devices changed apart: shown by `log toon ID`, chosen in `log bewerk ID`.

The values come from the record's version stamps (`sync.versions.clashes`); the device
names from the data folder's `apparaten/` (`sync.device.device_names`).
"""

from __future__ import annotations

from vraaghulp.messages import t

LATER = "__later__"


def _names() -> dict[str, str]:
    from vraaghulp.paths import data_dir
    from vraaghulp.sync.device import device_names

    return device_names(data_dir())


def _device(device_id: str | None, names: dict[str, str]) -> str:
    from vraaghulp.light.text import one_line

    if device_id is None:
        return t("log.toon.ouder_apparaat")
    return one_line(names.get(device_id, device_id), 40)


def open_clashes(stored: dict) -> list:
    from vraaghulp.sync.versions import clashes

    try:
        found = clashes(stored)
    except ValueError:  # stamps edited by hand: nothing to show
        return []
    shown = []
    for clash in found:  # two devices that wrote the same value do not disagree
        others, seen = [], [clash.current]
        for value, device in clash.others:
            if value not in seen:
                seen.append(value)
                others.append((value, device))
        if others:
            shown.append(clash._replace(others=others))
    return shown


def _current_device(stored: dict, field: str):
    """The device whose value is shown (the dot of the field), None for an old value."""
    meta = stored.get("_sync") or {}
    dot = (meta.get("d") or {}).get(field) or meta.get("o")
    return dot[0] if isinstance(dot, list) and dot and dot[0] != "#" else None


def clash_lines(record_id: str, stored: dict) -> list[str]:
    """Dutch lines for `log toon`: each clashing field, the value shown and the others kept."""
    from vraaghulp.flows.fields import field_label, shown_value

    found = open_clashes(stored)
    if not found:
        return []
    names = _names()
    lines = []
    for clash in found:
        lines.append(t("log.toon.botsing", veld=field_label(clash.field), waarde=shown_value(clash.current),
                       apparaat=_device(_current_device(stored, clash.field), names)))
        lines.extend(t("log.toon.botsing_ook", waarde=shown_value(value), apparaat=_device(device, names))
                     for value, device in clash.others)
    lines.append(t("log.toon.botsing_kiezen", id=record_id))
    return lines


def clash_items(stored: dict) -> list[dict]:
    """The same for `--json`."""
    names = _names()
    return [{"veld": c.field, "waarde": c.current,
             "andere": [{"waarde": v, "apparaat": names.get(d, d) if d else None} for v, d in c.others]}
            for c in open_clashes(stored)]


def choose(env, journal, record_id: str, stored: dict) -> list[str]:
    """Ask for each clash which value stays, and store each choice; the Dutch lines to show."""
    from vraaghulp.flows.fields import field_label, shown_value

    names = _names()
    prompter = env.prompter(env.out)
    said = []
    for clash in open_clashes(stored):
        values = [(clash.current, _current_device(stored, clash.field))] + list(clash.others)
        options = [(index, f"{shown_value(value)} ({_device(device, names)})") for index, (value, device) in enumerate(values)]
        options.append((LATER, t("log.bewerk.kies_later")))
        picked = prompter.choice(t("log.bewerk.kies_waarde", veld=field_label(clash.field)), options, default=0)
        if picked == LATER:
            continue
        value = values[picked][0]
        journal.update(record_id, lambda current: current, settle=(clash.field, value))
        said.append(t("log.bewerk.gekozen", veld=field_label(clash.field), waarde=shown_value(value)))
    return said
