"""Everything the engine knows about Dutch, read once from content/nl/krimp.toml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from vraaghulp.content import load_toml

from .phrases import PhraseList, bounded, compile_list, norm_phrase, phrase_regex, words

# Subject classes for the verb form at the front: index into [werkwoord] vooraan lists.
SUBJECT_CLASS = {
    "je": 0, "jij": 0, "u": 1, "ge": 2, "gij": 2, "ik": 3, "we": 4, "wij": 4, "jullie": 4,
    "iemand": 5, "er iemand": 5, "iemand van jullie": 5, "wie": 5, "np": 5, "np-mv": 4, "iedereen": 5, "er": 5,
}
# The reader as subject, in every register and for a group ('je moet …', 'als ge …', 'jullie hoeven …').
YOU = frozenset({"je", "jij", "u", "ge", "gij", "jullie"})
WRAP_KINDS = ("excuus", "last", "uitweg", "aanloop", "angst", "oordeel")  # angst: fear about asking; oordeel: judging yourself for it


@dataclass(frozen=True)
class Frame:
    """A fixed phrase that wraps the real request ("ik vroeg me af of ...")."""

    phrases: PhraseList  # each phrase ends with its complementizer
    kind: str  # finding kind for the dropped words
    lead: str  # lemma for the front when the clause has none: kunnen, willen, mogen
    comps: frozenset[str]
    subject: str = ""  # the subject the frame implies ("is er iemand die …" -> "er iemand")
    reader_only: bool = False  # 'ik zat te twijfelen of je …' asks; 'ik twijfel of ik …' doubts oneself (round 50)


@dataclass(frozen=True)
class Lexicon:
    settings: dict
    labels: dict
    explain_one: dict
    explain_many: dict
    spelling: dict
    ik_verbs: frozenset[str]
    fillers: frozenset[str]
    bullets: frozenset[str]
    lists_words: frozenset[str]
    wrapper_words: frozenset[str]  # typical words of apologies, hedges … whose misspellings are still them
    real_words: frozenset[str]  # words of the other lists, and real words close to a wrapper word
    abbreviations: frozenset[str]
    lists: dict  # name -> PhraseList (excuus, last, uitweg, afzwakker, aanloop, groet, ...)
    frames: tuple[Frame, ...]
    subjects: frozenset[str]
    not_verb: frozenset[str]
    loose_front: frozenset[str]
    loose_back: frozenset[str]
    extra: PhraseList
    extra_same: frozenset[str]
    split_words: frozenset[str]
    subordinators: frozenset[str]
    finite: dict  # form -> lemma
    front: dict  # lemma -> six forms by subject class
    modal_inf: dict  # infinitive -> lemma
    clitic_full: dict  # Flemish verb with its subject in it -> the verb written out ('kunde' -> 'kunt')
    particles: frozenset[str]
    irregular: dict
    placeholders: tuple[str, ...]
    self_verbs: frozenset[str]
    deadline_verbs: frozenset[str]
    prepare_verbs: frozenset[str]
    self_maybe: frozenset[str]  # mostly the writer's own act, not always ('een afspraak maken')
    shift_verbs: frozenset[str]  # moving a date ('verzetten'): 'kun je …' and 'kan ik …' ask the same
    timed_verbs: frozenset[str]  # 'later' right before one of these moves the action ('die later inhalen')
    short_infinitives: frozenset[str]
    not_infinitive: frozenset[str]
    prepositions: frozenset[str]
    reasons: frozenset[str]
    no_join_after: frozenset[str]
    imperatives: frozenset[str]
    formal: frozenset[str]
    address_forms: dict[str, str]
    relations: frozenset[str]
    group_address: frozenset[str]
    group_hails: frozenset[str]
    state_words: frozenset[str]
    state_negated: frozenset[str]
    state_verbs: frozenset[str]
    state_modal: frozenset[str]
    state_body: frozenset[str]  # 'ik zit weer met mijn heup'
    injuries: frozenset[str]  # 'heb mijn rug verrekt': after an own body part (states.py)
    ailments: frozenset[str]  # 'ik heb een zware migraine', also in a compound: 'paniekdag', 'rugpijn'
    ailment_heads: frozenset[str]  # 'paniek' + 'dag': the second half of such a compound
    intensifiers: frozenset[str]  # 'ik loop erg achter': left out when a state word is looked for
    personal_refs: frozenset[str]
    moment_refs: tuple[str, ...]
    infix: frozenset[str]
    not_name: frozenset[str]
    references: frozenset[str]
    condition_start: frozenset[str]
    occasion_verbs: frozenset[str]  # 'als je zondag (toch) komt': the visit a request rides on
    occasion_fill: frozenset[str]
    escape_words: frozenset[str]
    moment: re.Pattern[str]
    moment_starts: frozenset[str]  # the first words of the moments (days, 'morgen', 'vanavond' …)
    duration: re.Pattern[str]
    duration_needed: frozenset[str]
    wrong: tuple[re.Pattern[str], ...]
    no_end: frozenset[str]
    no_content: frozenset[str]
    apart_particles: frozenset[str] = frozenset()  # 'buiten kunnen zetten' -> 'buiten zetten', as the writer spaced it
    pasts: frozenset[str] = frozenset()  # 'zei', 'had', 'stond': a verb, never the noun after 'je' ('dat je zei')
    word_names: frozenset[str] = frozenset()  # 'Ben', 'Wil': a name when capitalised before a comma
    first_names: frozenset[str] = frozenset()  # 'eva', 'lotte': a lower-case word after a crisis call read as a name
    lower_after_name: frozenset[str] = frozenset()  # 'Meneer Bakker, vorige week …': never a name, lower case
    not_can_verbs: frozenset[str] = frozenset()  # 'zou het u schikken': after 'zou', no act the reader can do

    def setting(self, key: str, default: Any) -> Any:
        value = self.settings.get(key, default)
        return value if isinstance(value, type(default)) else default


def _alts(values: Any, *, phrase: bool = False) -> str:
    items = [phrase_regex(v) if phrase else re.escape(norm_phrase(v)) for v in values or []]
    items = sorted((i for i in items if i), key=len, reverse=True)
    return "|".join(items) or "(?!x)x"


def _moment_regex(m: dict) -> re.Pattern[str]:
    days, parts = _alts(m.get("dagen")), _alts(m.get("dagdelen"))
    before, months = _alts(m.get("voor_dag")), _alts(m.get("maanden"))
    loose, numbers = _alts(m.get("los"), phrase=True), _alts(m.get("telwoorden"))
    clock = r"\d{1,2}(?:[.:u]\d{2})?(?: ?(?:uur|u))?"
    bare = r"\d{1,2}(?:[.:]\d{2}(?: ?uur)?| ?uur|u\d{0,2})"  # 'morgen 9 uur': a clock time without 'om'
    mday = r"(?:[12]\d|3[01]|0?[1-9])(?!\d)"  # 'zaterdag 9': a day of the month; 'wordt zaterdag 90' is an age (k43b)
    rx = (
        rf"(?:(?:{before}) )?(?:{days})(?:{parts})?(?: (?:{parts}))?(?: {mday}(?:[/\-]\d{{1,2}}|(?:e|ste|de)?(?: (?:{months}))?))?"
        rf"(?: (?:(?:om|rond|tegen|vanaf|na|voor|tussen) {clock}(?: (?:en|tot) {clock})?|{bare}))?"
        rf"|(?:van )?\d{{1,2}}(?:e|ste|de)? (?:tot|t ?/ ?m|-|tot en met) \d{{1,2}}(?:e|ste|de)? (?:{months})"  # 't / m' in the view
        rf"|(?:(?:op|voor|tegen|vanaf|tot|uiterlijk) )?\d{{1,2}}(?:e|ste|de)? (?:{months})(?: \d{{4}})?"
        rf"|(?:op|voor|tegen|vanaf|tot|uiterlijk|na) de \d{{1,2}}(?:e|ste|de)\b"
        rf"|(?:in|vanaf|tot|voor|na|eind|begin|half|midden) (?:{months})(?: \d{{4}})?"
        rf"|(?:(?:op|voor|tegen|vanaf|tot) )?\d{{1,2}}[/\-]\d{{1,2}}(?:[/\-]\d{{2,4}})?"
        rf"|(?:om|rond|tegen|vanaf|voor|na|tot) (?:{clock}|half (?:{numbers}|\d+)|kwart (?:over|voor) (?:{numbers}|\d+)|(?:{numbers}) uur)"
        rf"|tussen {clock} en {clock}|van {clock} tot {clock}|\d{{1,2}}[:.]\d{{2}}(?: ?uur)?|\d{{1,2}}u\d{{0,2}}"
        rf"|(?:(?:vanaf|tot|voor|tegen|uiterlijk|na) )?(?:{loose})(?: (?:(?:om|rond|tegen|vanaf|na) {clock}|{bare}))?"
    )
    return re.compile(bounded(rx) + r"(?! (?:dag|dagen|week|weken|maand|maanden|jaar|jaren|minuten|keer|verdieping|verdiep|etage|rij|klas|graad|leerjaar)\b)")


def _duration_regex(d: dict) -> re.Pattern[str]:
    units, amounts = _alts(d.get("eenheden")), _alts(d.get("hoeveel"))
    clock = r"\d{1,2}(?:[.:u]\d{2})?(?: ?(?:uur|u))?"
    rx = (
        rf"(?:(?:\d+(?:[.,]\d+)?|{amounts}) )+(?:{units})"
        rf"|halfuur(?:tje)?|kwartier(?:tje)?|minuutje|uurtje|avondje|dagje"
        rf"|tussen {clock} en {clock}|van {clock} tot {clock}"
    )
    return re.compile(bounded(rx))


def _frames(data: list, skip: frozenset[str]) -> tuple[Frame, ...]:
    out = []
    for block in data or []:
        comps = [norm_phrase(c) for c in block.get("na", [])]
        optional = "-" in comps  # "… of het mogelijk is de ophaling te plannen": 'om' left out
        comps = [c for c in comps if c != "-"]
        alts = "|".join(comps)
        entries = [f"{p} ({alts})" if optional else f"{p} [{alts}]" for p in block.get("zinnen", [])]
        lemma = {"kun": "kunnen", "wil": "willen", "mag": "mogen"}.get(str(block.get("vraag", "kun")), "kunnen")
        out.append(Frame(compile_list(entries, skip), str(block.get("soort", "aanloop")), lemma, frozenset(comps),
                         norm_phrase(block.get("onderwerp", "")), bool(block.get("alleen_lezer", False))))
    return tuple(out)


def _verbs(w: dict) -> tuple[dict, dict, dict]:
    finite = {}
    for lemma in ("kunnen", "willen", "mogen", "zullen", "hebben", "zijn", "hoeven"):
        for form in w.get(lemma, []):
            finite.setdefault(norm_phrase(form), lemma)
    front = {lemma: [str(x) for x in forms] for lemma, forms in w.get("vooraan", {}).items()}
    modal = {norm_phrase(k): str(v) for k, v in w.get("modaal_hulp", {}).items()}
    return finite, front, modal


def _lists(data: dict, fillers: frozenset[str]) -> dict:
    z = data.get("zinnen", {})
    lists = {name: compile_list(z.get(name, []), fillers) for name in (
        "excuus", "last", "uitweg", "aanloop", "angst", "oordeel", "groet", "afsluiting", "vaag_tijd", "vaag_wat",
    )}
    lists["staat"] = compile_list(data.get("staat", {}).get("zinnen", []), fillers)
    lists["afzwakker"] = compile_list(z.get("afzwakker", []))  # matched on the full view
    lists["behoefte"] = compile_list(data.get("behoefte", {}).get("zinnen", []), fillers)
    lists["relatie"] = compile_list(data.get("aanspreken", {}).get("relatie", []))
    return lists


_OTHER_SECTIONS = ("vraag", "werkwoord", "aanspreken", "moment", "duur", "staat", "behoefte", "lijst", "verwijzing", "controle")


def _all_words(values: Any) -> frozenset[str]:
    """Every plain word in these (nested) lists and tables of phrases."""
    out: set[str] = set()
    stack = list(values)
    while stack:
        v = stack.pop()
        if isinstance(v, dict):
            stack.extend(v.values())
        elif isinstance(v, list):
            stack.extend(v)
        elif isinstance(v, str):
            out.update(w for w in re.split(r"[^a-z'\-]+", norm_phrase(v)) if w.isalpha())
    return frozenset(out)


def _unnamed(section: Any) -> Any:
    """A section without its list of first names: a name is no real word (k44r2)."""
    return {k: v for k, v in section.items() if k != "voornamen"} if isinstance(section, dict) else section


def _text_parts(data: dict) -> dict:
    sp = data.get("spelling", {})
    fillers = words(sp.get("vulwoorden"))
    return dict(
        settings=dict(data.get("instellingen", {})),
        labels={str(k): str(x) for k, x in data.get("label", {}).items()},
        explain_one={str(k): str(x) for k, x in data.get("uitleg", {}).items()},
        explain_many={str(k): str(x) for k, x in data.get("uitleg_meer", {}).items()},
        spelling={norm_phrase(k): norm_phrase(x) for k, x in sp.get("vervang", {}).items()},
        ik_verbs=words(sp.get("ik_werkwoorden")),
        fillers=fillers,
        bullets=frozenset(str(x) for x in sp.get("opsomming", [])),
        lists_words=words(data.get("zinnen", {}).get("afzwakker")) | fillers,
        wrapper_words=words(sp.get("tikfout_woorden")),
        real_words=(_all_words([_unnamed(data.get(k)) for k in _OTHER_SECTIONS]) | words(sp.get("echte_woorden")))
        - words(sp.get("tikfout_woorden")),
        abbreviations=words(sp.get("afkortingen")),
        lists=_lists(data, fillers),
        frames=_frames(data.get("kader", []), fillers),
        placeholders=tuple(sorted(words(data.get("lijst", {}).get("plaatshouders")), key=len, reverse=True)),
        wrong=tuple(re.compile(p) for p in data.get("controle", {}).get("fout", [])),
        no_end=words(data.get("controle", {}).get("geen_einde")),
        no_content=words(data.get("controle", {}).get("geen_inhoud")),
    )


def _grammar_parts(data: dict) -> dict:
    v, w = data.get("vraag", {}), data.get("werkwoord", {})
    finite, front, modal = _verbs(w)
    return dict(
        subjects=words(v.get("onderwerp")),
        not_verb=words(v.get("geen_werkwoord")),
        loose_front=words(v.get("los_vooraan")),
        loose_back=words(v.get("los_achteraan")),
        extra=compile_list(v.get("extra", []), words(data.get("spelling", {}).get("vulwoorden"))),
        extra_same=words(v.get("extra_zelfde")),
        split_words=words(v.get("splitsen")),
        subordinators=words(v.get("bijzin")),
        reasons=words(v.get("reden")),
        finite=finite,
        front=front,
        modal_inf=modal,
        clitic_full={str(k): str(x) for k, x in w.get("vlaams_vooraan", {}).items()},
        particles=words(w.get("scheidbaar")),
        irregular={norm_phrase(k): str(x) for k, x in w.get("onregelmatig", {}).items()},
        self_verbs=words(w.get("zelf")),
        deadline_verbs=words(w.get("termijn")),
        prepare_verbs=words(w.get("voorbereiden")),
        self_maybe=words(w.get("zelf_meestal")),
        shift_verbs=words(w.get("verzetten")),
        timed_verbs=words(w.get("termijn")) | words(w.get("zelf")) | words(w.get("verschuifbaar")),
        short_infinitives=words(w.get("kort")),
        not_infinitive=words(w.get("geen_infinitief")),
        prepositions=words(w.get("voorzetsels")),
        no_join_after=words(w.get("geen_samenvoeging_na")),
        apart_particles=words(w.get("scheidbaar_los")),
        pasts=words(w.get("verleden")),
        not_can_verbs=words(w.get("zou_geen_kan")),
        imperatives=words(w.get("gebiedend")),
        condition_start=words(data.get("voorwaarde", {}).get("begin")),
        occasion_verbs=words(data.get("voorwaarde", {}).get("gelegenheid")),
        occasion_fill=words(data.get("voorwaarde", {}).get("gelegenheid_vul")),
        escape_words=words(data.get("voorwaarde", {}).get("uitweg")),
    )


def _people_parts(data: dict) -> dict:
    a, st, ref = data.get("aanspreken", {}), data.get("staat", {}), data.get("verwijzing", {})
    m, d = data.get("moment", {}), data.get("duur", {})
    return dict(
        formal=words(a.get("formeel")),
        address_forms={k.lower(): v.lower() for k, v in a.get("aanspreekvorm", {}).items()},
        relations=words(a.get("relatie")),
        group_address=words(a.get("groep")),
        group_hails=words(a.get("groepsgroet")),
        infix=words(a.get("tussenvoegsel")),
        not_name=words(a.get("geen_naam")),
        word_names=words(a.get("naam_ook_woord")),
        first_names=words(a.get("voornamen")),
        lower_after_name=words(a.get("kleine_letter")),
        state_words=words(st.get("woorden")),
        state_negated=words(st.get("met_ontkenning")),
        state_verbs=words(st.get("zonder_ik")),
        state_modal=words(st.get("kan_niet_meer")),
        state_body=words(st.get("lichaam")),
        injuries=words(st.get("letsel")),
        ailments=words(st.get("kwalen")),
        ailment_heads=words(st.get("kwaal_achter")),
        intensifiers=words(st.get("versterkers")),
        personal_refs=words(ref.get("persoonlijk")),
        moment_refs=tuple(sorted(words(ref.get("moment")), key=len, reverse=True)),
        references=words(ref.get("woorden")),
        moment=_moment_regex(m),
        moment_starts=frozenset(w.split()[0] for w in words(m.get("los")) | words(m.get("dagen")) if w[:1].isalpha()),
        duration=_duration_regex(d),
        duration_needed=words(d.get("nodig_bij")),
    )


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data = load_toml("krimp")
    return Lexicon(**_text_parts(data), **_grammar_parts(data), **_people_parts(data))
