"""Why a record is not valid, in Dutch: the one place that reads pydantic's errors.

Three lengths, for three places:
- `short_reason`: for a damaged line in a report ("veld 'vraag.wie' is ongeldig");
- `field_reason`: for an edit ("het veld 'angst_voor' mag hoogstens 10");
- `import_reason`: for a record in a file to import ("het veld 'gemaakt' ontbreekt").
The words are in the catalogue under `ongeldig`.
"""

from __future__ import annotations

from vraaghulp.messages import lookup, t
from vraaghulp.schema import KINDS


def _first(exc: Exception) -> dict | None:
    errors = getattr(exc, "errors", None)
    if not callable(errors):
        return None
    try:
        return errors()[0]
    except Exception:  # noqa: BLE001
        return None


def _newer(exc: Exception) -> bool:
    return exc.__class__.__name__ == "NewerVersionError"


def _where(error: dict, *, without_kind: bool) -> str:
    loc = [str(part) for part in error.get("loc", ())]
    if without_kind and loc and loc[0] in KINDS and len(loc) > 1:
        loc = loc[1:]
    return ".".join(loc)


def short_reason(exc: Exception) -> str:
    error = _first(exc)
    if error is not None:
        where = _where(error, without_kind=False)
        return t("ongeldig.veld_kort", veld=where) if where else t("ongeldig.waarde")
    return t("ongeldig.nieuwer_kort") if _newer(exc) else t("ongeldig.inhoud")


def field_reason(exc: Exception) -> str:
    """A Dutch sentence naming the first problem pydantic found."""
    if not callable(getattr(exc, "errors", None)):
        return t("ongeldig.nieuwer_versienummer") if _newer(exc) else (str(exc) or t("ongeldig.inhoud_klopt"))
    error = _first(exc)
    if error is None:
        return t("ongeldig.inhoud_klopt")
    where = _where(error, without_kind=True)
    kind = error.get("type", "")
    ctx = error.get("ctx") or {}
    if kind == "less_than_equal":
        reason = t("ongeldig.hoogstens", grens=ctx.get("le"))
    elif kind == "greater_than_equal":
        reason = t("ongeldig.minstens", grens=ctx.get("ge"))
    elif kind == "literal_error":
        expected = str(ctx.get("expected", "")).replace("'", "").replace(" or ", t("algemeen.of"))
        reason = t("ongeldig.keuze", keuzes=expected)
    else:
        reason = lookup(f"ongeldig.redenen.{kind}") or t("ongeldig.ongeldige_waarde")
    return t("ongeldig.veld", veld=where, reden=reason) if where else t("ongeldig.record", reden=reason)


def content_problem(exc: Exception) -> tuple[str, str]:
    """(where, pydantic's own words) of the first problem in a content file (for whoever edits it)."""
    error = _first(exc) or {}
    return ".".join(str(p) for p in error.get("loc", ())), str(error.get("msg", ""))


def is_undecodable_text(exc: BaseException) -> bool:
    """A pydantic error about text that is not valid Unicode (lone surrogates from argv)."""
    if type(exc).__name__ != "ValidationError":
        return False
    try:
        return any(error.get("type") == "string_unicode" for error in exc.errors())
    except Exception:  # noqa: BLE001
        return False


def import_reason(exc: Exception) -> str:
    error = _first(exc)
    if error is not None:
        where = _where(error, without_kind=True)
        kind = error.get("type")
        if kind == "union_tag_invalid":
            return t("ongeldig.soort_onbekend")
        if kind == "union_tag_not_found":
            return t("ongeldig.soort_ontbreekt")
        if not where:
            return t("ongeldig.waarde")
        return t("ongeldig.veld_ontbreekt" if kind == "missing" else "ongeldig.veld_ongeldig", veld=where)
    if _newer(exc):
        return t("ongeldig.nieuwer_import")
    return str(exc) or t("ongeldig.inhoud")
