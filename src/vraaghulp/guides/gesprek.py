"""The seven-step conversation's texts (content/nl/gesprek.toml), typed and checked.

Two people take part: the one who finds asking hard (the "asker", `{vrager}` in the texts)
and someone close (the "other", `{naaste}`); two modes, "samen" and "hulpverlener".
"""

from __future__ import annotations

from pydantic import BaseModel, Field, model_validator

from vraaghulp.messages import t

STEP_COUNT = 7
MAX_NAME = 40


class Guide(BaseModel):
    """The texts of one step in one mode."""

    who: str = Field(alias="wie", min_length=1)
    what: str = Field(alias="wat", min_length=1)
    say: list[str] = Field(default_factory=list, alias="zeg")
    watch: str | None = Field(default=None, alias="let_op")
    tip: str | None = None
    tips_by_relation: dict[str, str] = Field(default_factory=dict, alias="tip_per_relatie")
    note: str = Field(default_factory=lambda: t("gesprek.notitie"), alias="notitie")


class Step(BaseModel):
    number: int = Field(alias="nummer", ge=1, le=STEP_COUNT)
    title: str = Field(alias="titel", min_length=1)
    silence: bool = Field(default=False, alias="stilte")
    together: Guide = Field(alias="samen")
    counsellor: Guide = Field(alias="hulpverlener")
    together_deflected: Guide | None = Field(default=None, alias="samen_afgeleid")
    counsellor_deflected: Guide | None = Field(default=None, alias="hulpverlener_afgeleid")

    def guide(self, mode: str, deflected: bool | None = None) -> Guide:
        if mode == "hulpverlener":
            return (self.counsellor_deflected if deflected and self.counsellor_deflected else self.counsellor)
        return self.together_deflected if deflected and self.together_deflected else self.together


class General(BaseModel):
    title: str = Field(alias="titel")
    intro_together: str = Field(alias="intro_samen")
    intro_counsellor: str = Field(alias="intro_hulpverlener")
    not_therapy: str = Field(alias="stoppen")
    counsellor_hint: str = Field(alias="tip_hulpverlener")
    ask_asker_together: str = Field(alias="vraag_vrager_samen")
    ask_other_together: str = Field(alias="vraag_naaste_samen")
    ask_asker_counsellor: str = Field(alias="vraag_vrager_hulpverlener")
    ask_other_counsellor: str = Field(alias="vraag_naaste_hulpverlener")
    ask_relation: str = Field(alias="vraag_relatie")
    ask_relation_other: str = Field(alias="vraag_relatie_anders")
    say_label_together: str = Field(alias="zeg_label_samen")
    say_label_counsellor: str = Field(alias="zeg_label_hulpverlener")
    watch_label: str = Field(alias="let_op_label")
    tip_label: str = Field(alias="tip_label")
    summary_title: str = Field(alias="samenvatting_titel")
    no_notes: str = Field(alias="geen_notities")
    closing_together: str = Field(alias="afsluiting_samen")
    closing_counsellor: str = Field(alias="afsluiting_hulpverlener")
    safe_together: str = Field(alias="veilig_samen")
    safe_help: str = Field(alias="veilig_hulp")
    safe_go_on: str = Field(alias="veilig_verder")
    safe_stop: str = Field(alias="veilig_stoppen")
    safe_stopped: str = Field(alias="veilig_gestopt")
    opening_title: str = Field(alias="opening_titel_hulpverlener")
    opening: str = Field(alias="opening_hulpverlener")
    opening_say: list[str] = Field(default_factory=list, alias="opening_zeg_hulpverlener")
    opening_invitation: str | None = Field(default=None, alias="opening_uitnodiging_hulpverlener")


class SilenceTexts(BaseModel):
    start: str
    running: str = Field(alias="bezig")
    key: str = Field(alias="toets")
    done: str = Field(alias="klaar")
    early: str = Field(alias="vroeg")


class DeflectionTexts(BaseModel):
    ask_together: str = Field(alias="vraag_samen")
    ask_counsellor: str = Field(alias="vraag_hulpverlener")
    yes_together: str = Field(alias="ja_samen")
    no_together: str = Field(alias="nee_samen")
    yes_counsellor: str = Field(alias="ja_hulpverlener")
    no_counsellor: str = Field(alias="nee_hulpverlener")


class Relation(BaseModel):
    key: str = Field(alias="sleutel", min_length=1)
    name: str = Field(alias="naam", min_length=1)


class GesprekContent(BaseModel):
    general: General = Field(alias="algemeen")
    silence: SilenceTexts = Field(alias="stilte")
    deflection: DeflectionTexts = Field(alias="afleiding")
    relations: list[Relation] = Field(alias="relatie", min_length=1)
    steps: list[Step] = Field(alias="stap")

    @model_validator(mode="after")
    def _seven_steps(self) -> GesprekContent:
        numbers = [step.number for step in self.steps]
        if numbers != list(range(1, STEP_COUNT + 1)):
            raise ValueError(t("gesprek.inhoud.zeven_stappen", aantal=STEP_COUNT))
        return self

    def step(self, number: int) -> Step:
        return self.steps[number - 1]

    def relation_key(self, relation: str | None) -> str | None:
        """The content key for a stored relation (free text maps to None)."""
        if relation is None:
            return None
        wanted = relation.strip().casefold()
        for item in self.relations:
            if wanted in (item.key.casefold(), item.name.casefold()):
                return item.key
        return None

    def relation_name(self, relation: str | None) -> str | None:
        key = self.relation_key(relation)
        for item in self.relations:
            if item.key == key:
                return item.name.lower() if key != "anders" else relation
        return relation


def load_guide() -> GesprekContent:
    from vraaghulp.content import load

    return load("gesprek", GesprekContent)


def fill(template: str | None, asker: str, other: str) -> str:
    """Put the names into a text. Only the two known placeholders are replaced.

    A name that ends in a full stop (an initial: "J.") takes the place of a full stop after
    the placeholder, so a sentence never ends in "J..".
    """
    from vraaghulp.light.text import one_line

    if not template:
        return ""
    for placeholder, name in (("{vrager}", one_line(asker, MAX_NAME)), ("{naaste}", one_line(other, MAX_NAME))):
        if name.endswith("."):
            template = template.replace(placeholder + ".", placeholder)
        template = template.replace(placeholder, name)
    return template
