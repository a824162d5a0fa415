"""What `vraaghulp data` shows: where everything is, and what an import did."""

from __future__ import annotations

from vraaghulp.messages import t, tn


def _journal_note(journal: dict) -> str:
    if not journal["bestaat"]:
        return t("data.pad.nog_leeg")
    return t("data.pad.logboek", regels=tn("data.pad.regels", journal["regels"]), grootte=_size(journal["bytes"]))


def _backup_note(backups: dict) -> str:
    count = backups["aantal"]
    return tn("data.pad.backups", count) if count else t("data.pad.nog_geen")


def _size(count: int) -> str:
    if count < 1024:
        return t("data.pad.bytes", aantal=count)
    if count < 1024 * 1024:
        return t("data.pad.kb", aantal=f"{count / 1024:.0f}".replace(".", ","))
    return t("data.pad.mb", aantal=f"{count / (1024 * 1024):.1f}".replace(".", ","))


def locations(result, info: dict):
    """The data folder and its files, added to `result`."""
    from vraaghulp.render import user

    result.say(t("data.pad.kop"), "bold")
    rows = [
        (t("data.pad.map"), info["map"], None),
        (t("data.pad.logboek_label"), info["logboek"]["pad"], _journal_note(info["logboek"])),
        (t("data.pad.profiel_label"), info["profiel"]["pad"],
         t("data.pad.bestaat") if info["profiel"]["bestaat"] else t("data.pad.nog_niet")),
        (t("data.pad.backups_label"), info["backups"]["pad"], _backup_note(info["backups"])),
    ]
    if info.get("shell", {}).get("bestaat"):
        rows.append((t("data.pad.shell_label"), info["shell"]["pad"], t("data.pad.shell_uitleg")))
    rows += _device_rows(info)
    for label, path, note in rows:
        line = user(f"  {label + ':':<10}{path}")
        if note:
            line.append(f"  ({note})", style="dim")
        result.show(line, soft_wrap=True)  # a path is never broken or cut, however long
    _copies(result, info.get("kopieen") or {})
    result.blank()
    if info["vraaghulp_home"]:
        result.say(t("data.pad.uit_omgeving"))
    else:
        result.say(t("data.pad.standaard_1")).say(t("data.pad.standaard_2"))
    return result.say(t("data.pad.geen_internet"), "dim")


def _device_rows(info: dict) -> list:
    """This device, the other devices' names, the key file and the private working folder."""
    rows = []
    device = info.get("apparaat")
    if device:
        others = [n for n in info["apparaten"]["namen"] if n != device["naam"]]
        note = t("data.pad.ook", namen=", ".join(others)) if others else None
        rows.append((t("data.pad.apparaat_label"), device["naam"], note))
    if info.get("sleutel", {}).get("versleuteld"):
        rows.append((t("data.pad.sleutel_label"), info["sleutel"]["pad"], t("data.pad.versleuteld")))
    if "lokaal" in info:
        rows.append((t("data.pad.lokaal_label"), info["lokaal"], t("data.pad.lokaal")))
    return rows


def _copies(result, copies: dict) -> None:
    from vraaghulp.render import user

    waiting = [path for paths in copies.values() for path in paths]
    if waiting:
        result.blank().say(tn("data.pad.kopieen", len(waiting)))
        for path in waiting:
            result.show(user(f"  {path}"))


def import_summary(outcome, *, dry_run: bool = False) -> list[str]:
    """What an import did (or would do, in a trial run)."""
    count = len(outcome.added)
    lines = [tn("data.import.zou_toegevoegd" if dry_run else "data.import.toegevoegd", count)]
    if outcome.duplicates:
        key = "data.import.dubbel_proef" if dry_run else "data.import.dubbel"
        lines.append(tn(key, outcome.duplicates))
    if outcome.problems:
        lines.append(tn("data.import.overgeslagen", len(outcome.problems)))
        lines.extend(f"  {problem}" for problem in outcome.problems[:10])
        if len(outcome.problems) > 10:
            lines.append(t("data.import.en_nog", aantal=len(outcome.problems) - 10))
    if dry_run:
        lines.append(t("data.import.proef"))
    return lines
