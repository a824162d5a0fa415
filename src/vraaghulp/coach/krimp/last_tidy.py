"""The last words to go from the offered sentence, struck through in the draft and named (round 27, k27b):
a chat or dialect filler in the question (`ask_filler`) and a word of affection after the name (`pet_name`).
Run after `zeker` is decided: the sentence only loses a softening word, the verdict stays what it was.
Round 32 (k32b): a plain softening 'even'/'eens' (`even_ask`), an oath or street call at the front (`slang_address`),
and things put in: an alternative said inside the question (`or_else`, round 33), the hours of a shift said before an
ask to take it over (`shift_hours`), kept, not struck.
Round 33 (k33a): the writer's 'wilt je' / 'kunt jij' that opens the question in its right form (`verb_form`).
Round 34 (k34e): a fact wondered about and the ask to find it out after it made one question (`find_out`).
Round 35 (k35f): the writer's own work as the reason beside an ask that says when (`reason_gone`).
Round 44 (k44r3): a one-word insert after a hesitation sound, dropped by the engine, back between its commas (`um_pair`)."""

from __future__ import annotations

import re

from . import ask_filler, caps_kept, even_ask, or_else, pet_name, shift_hours, slang_address, verb_form, whether_turned
from . import comma_case, find_out, formal_wrap, handler_ask, padding_left, reason_gone, some_time, um_pair
from . import findings as fx


def _named(word: str, found: list) -> bool:
    """A finding already quotes the word ('groet: Hoi Fleur lieverd')."""
    return any(re.search(r"(?i)(?<![\w'])" + re.escape(word) + r"(?![\w'])", f.text or "") for _k, f in found)


def _vocative(sentence: str) -> str:
    head = sentence.split(", ", 1)[0]
    return head if head != sentence and len(head.split()) <= 3 and "." not in head else ""


def tidy(text: str, sentence: str, spans: tuple, position, found: list, sure: bool = False) -> tuple[str, tuple, list]:
    """(sentence, spans, findings): position maps a character offset in text to a finding's place (or None);
    found: the findings so far (a word one of them quotes is not named twice); sure: the verdict (a sure result keeps a
    plain 'even' in its question, even_ask.py)."""
    sentence, asked, kept = find_out.merged(text, sentence, sure)  # '… of de trein rijdt. Kunt u dat navragen?' (k34e)
    spans = find_out.unstruck(text, spans, kept)
    sentence, back = um_pair.kept(text, sentence)  # 'Kun je ehm, Dan, …': the name the engine dropped (um_pair.py, k44r3)
    spans = find_out.unstruck(text, spans, back) if back else spans
    sentence, words = ask_filler.tidy(sentence)
    sentence, even = even_ask.tidy(sentence, plain=not sure)  # 'Kun je elke avond even bellen?', 'het even niet meer' (even_ask.py)
    sentence, pet = pet_name.tidy(sentence)
    sentence = pet_name.plain_kin(sentence)  # 'Omaaa, …' -> 'Oma, …' (pet_name.py, k41b)
    sentence, slang = slang_address.tidy(sentence)  # 'Dilan kanka,', 'Jongens wallah,' (slang_address.py)
    sentence, padded = padding_left.tidy(sentence)  # burden talk, a greeting question, a hatch left in (padding_left.py, k34b)
    sentence, wrapped = formal_wrap.plain(sentence)  # 'Wilt u zo vriendelijk zijn …', 'Zou het kunnen dat ik …' (k34b)
    sentence, story = handler_ask.story_gone(sentence, _vocative(sentence), sure)  # 'Ik ben het beu. Kunt u … nr 88104 …?'
    padded += [("aanloop", w) for w in wrapped] + [("achtergrond", w) for w in story]
    sentence, reasons = reason_gone.gone(sentence, text)  # 'Ik moet werken tot vijf.' beside an ask that says when (k35f)
    reason_gone.unnamed(found, reasons)  # no 'staat' praise left for a sentence that went
    padded += [("achtergrond", w) for w in reasons]
    sentence, frame = whether_turned.turned(sentence)  # 'Graag zou ik willen weten of de pas …' -> 'Is de pas …?'
    frame = frame or asked
    sentence, hours = shift_hours.added(text, sentence)  # '… vrijdag van 17:00 tot 23:00 m'n dienst …' (shift_hours.py)
    spans = shift_hours.unstruck(text, hours, spans)
    sentence = verb_form.mended(sentence)  # 'wilt je …?' -> 'wil je …?', 'kunt jij' -> 'kun jij' (verb_form.py, k33a)
    sentence = or_else.joined(text, sentence)  # '… voeren? Anders donderdag.' -> '… voeren, of anders donderdag?' (or_else.py)
    sentence = caps_kept.kept(text, sentence)  # 'JONAS, iK KAN …', 'wil JIJ …' in the draft's capitals (caps_kept.py)
    sentence, spans = some_time.kept(text, sentence, spans, found, sure)  # 'mag ik een keer meekijken …' (k54a)
    sentence = comma_case.mended(text, sentence)  # 'Ann, Ik kan …' -> 'Ann, ik kan …'; 'Jongen, Maar …' (comma_case.py, k52b)
    gone = words + even + ([pet] if pet else []) + slang + ([frame] if frame else []) + [w for _k, w in padded]
    if not gone:
        return sentence, spans, []
    more = ask_filler.spans_in(text, gone, spans)
    named = []
    for (a, b) in more:
        if _named(text[a:b], found):
            continue
        hail = (pet and text[a:b].lower() == pet.lower()) or text[a:b].lower() in (w.lower() for w in slang)
        kind = "groet" if hail else "afzwakker"  # the address word, an oath or a street call is named as a greeting
        kind = "aanloop" if frame and text[a:b].lower() == frame.lower() else kind  # 'Graag zou ik willen weten of'
        kind = next((k for k, w in padded if " ".join(w.lower().split()) == " ".join(text[a:b].lower().split())), kind)
        named.append((position(a) if position else -1, fx.make(kind, text[a:b])))
    return sentence, tuple(sorted(tuple(spans) + tuple(more))), named
