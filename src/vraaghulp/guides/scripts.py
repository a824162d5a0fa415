"""The texts of `vraaghulp script` (content/nl/scripts.toml), typed and checked."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class _Content(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True, defer_build=True)


class Theme(_Content):
    key: str = Field(alias="sleutel", min_length=1)
    name: str = Field(alias="naam", min_length=1)
    sentences: list[str] = Field(alias="zinnen", min_length=1)


class Voice(_Content):
    key: str = Field(alias="sleutel", min_length=1)
    name: str = Field(alias="naam", min_length=1)


class Texts(_Content):
    intro: str
    sentence_question: str = Field(alias="zin_vraag")
    theme_question: str = Field(alias="thema_vraag")
    own_sentence: str = Field(alias="eigen_zin")
    back: str = Field(alias="terug")
    own_sentence_question: str = Field(alias="zin_eigen_vraag")
    adjust_sentence_question: str = Field(alias="zin_aanpassen_vraag")
    voice_intro: str = Field(alias="stem_uitleg")
    voice_question: str = Field(alias="stem_vraag")
    skip: str = Field(alias="overslaan")
    voice_note_question: str = Field(alias="stem_toelichting_vraag")
    voice_other_question: str = Field(alias="stem_anders_vraag")
    scale_hint: str = Field(alias="schaal_uitleg")
    belief_question: str = Field(alias="geloof_vraag")
    fear_intro: str = Field(alias="angst_uitleg")
    fear_question: str = Field(alias="angst_vraag")
    reversal_intro: str = Field(alias="rolwissel_uitleg")
    reversal_question: str = Field(alias="rolwissel_vraag")
    reversal_after: str = Field(alias="rolwissel_na")
    rule_intro: str = Field(alias="regel_uitleg")
    rule_question: str = Field(alias="regel_vraag")
    own_rule: str = Field(alias="regel_eigen")
    own_rule_question: str = Field(alias="regel_eigen_vraag")
    belief_after_question: str = Field(alias="geloof_na_vraag")
    summary_title: str = Field(alias="samenvatting_titel")
    belief_lower: str = Field(alias="geloof_lager")
    belief_same: str = Field(alias="geloof_gelijk")
    belief_higher: str = Field(alias="geloof_hoger")
    closing: str = Field(alias="slot")
    rerate_intro: str = Field(alias="herbeoordeel_uitleg")
    rerate_question: str = Field(alias="herbeoordeel_vraag")
    rerate_lower: str = Field(alias="herbeoordeel_lager")
    rerate_same: str = Field(alias="herbeoordeel_gelijk")
    rerate_higher: str = Field(alias="herbeoordeel_hoger")
    rerate_first: str = Field(alias="herbeoordeel_eerste")


class ScriptContent(_Content):
    themes: list[Theme] = Field(alias="thema", min_length=1)
    voices: list[Voice] = Field(alias="stem", min_length=1)
    rules: list[str] = Field(alias="regels", min_length=1)
    texts: Texts = Field(alias="teksten")

    def voice_name(self, key: str | None) -> str | None:
        if key is None:
            return None
        for voice in self.voices:
            if voice.key == key:
                return voice.name
        return key

    @property
    def voice_keys(self) -> tuple[str, ...]:
        return tuple(voice.key for voice in self.voices)

    @property
    def all_sentences(self) -> list[str]:
        return [sentence for theme in self.themes for sentence in theme.sentences]


def load_content() -> ScriptContent:
    from vraaghulp.content import load

    return load("scripts", ScriptContent)


def belief_change_text(texts: Texts, before: int | None, after: int | None, *, rerating: bool = False) -> str | None:
    """A warm sentence about a change in belief, or None when there is nothing to compare."""
    if after is None:
        return None
    if before is None:
        return texts.rerate_first.format(voor="", na=after) if rerating else None
    if after < before:
        template = texts.rerate_lower if rerating else texts.belief_lower
    elif after == before:
        template = texts.rerate_same if rerating else texts.belief_same
    else:
        template = texts.rerate_higher if rerating else texts.belief_higher
    return template.format(voor=before, na=after)
