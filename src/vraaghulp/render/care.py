"""What the caring commands say: the self-check result, the questions and answers, the partner.

Our own texts (from content/) are shown literally (no markup); user text (a partner's name)
always goes through `render.user()`.
"""

from __future__ import annotations

from vraaghulp.light.text import reflow
from vraaghulp.messages import t


# ----- self-check -------------------------------------------------------------------------
def check_result(result, band, total: int, max_score: int):
    return (result.blank()
            .say(t("check.uitslag", titel=band.title, score=total, max=max_score), "bold")
            .say(reflow(band.text))
            .blank()
            .say(t("check.volgende_stap", stap=band.step), "bold")
            .say(t("check.spiegel"), "dim"))


# ----- FAQ --------------------------------------------------------------------------------
def faq_entry(out, number: int, entry) -> None:
    out.print(f"{number}. {entry.title}", style="bold", markup=False, highlight=False)
    out.print(reflow(entry.answer), markup=False, highlight=False)


def faq_text(entries: list) -> str:
    return "\n\n".join(f"{number}. {entry.title}\n{reflow(entry.answer)}" for number, entry in entries)


# ----- practice partner -------------------------------------------------------------------
def partner_message(result, name: str, message: str, tips: list[str], *, new: bool):
    from vraaghulp.render import user

    result.blank()
    if new:
        result.show(user(t("maatje.nu_maatje", naam=name)), "bold green")
    else:
        result.show(user(t("maatje.je_maatje", naam=name)), "bold")
    result.say(t("maatje.bericht_om_te_sturen"))
    result.show(user(message), "bold cyan", soft_wrap=True)  # one line, so copying keeps it whole
    result.blank()
    for tip in tips:
        result.say(f"· {tip}", "dim")
    return result.say(t("maatje.bovenaan"), "dim")
