"""The public ``shrink``: one draft in, one ``Shrunk`` out."""

from __future__ import annotations

import re

from . import findings as fx, vorm_zeker, emoji_inside, stranded_if, list_whole  # emoji_inside, stranded_if: k57b; list_whole: k58b
from .tagged import tagged
from .engine import analyse, dropped, use_for_seconds
from .direct import turn
from .model import Shrunk
from .reported import addressed, typed_person
from . import crisis_against, crisis_calls, crisis_joined, crisis_wh, crisis_every, crisis_facts, crisis_name, crisis_secret, crisis_twice, crisis_runon, crisis_keep, crisis_later, crisis_lines, crisis_own, crisis_plea, crisis_place, first_sight, form, honest, ident, own_k, second_look, self_away, self_named, self_unable, whole
from .checks import text_words
from .gemeld import typed_group
from .followup import follow_up
from .hollow import hollow
from . import frame_aside, inline_list, mind_inside, kept_words, lone_statement, nonsense, subject_front, two_said, vocative_case
from . import asking_nerves, chat_even, crisis_burden, crisis_shown, filler_own, fronted_state, kept_after, neg_after, ni_real, note_lead, shown_back, state_before
from . import bg_fact, bound_after, deadline, fact_after, lean_back, lean_before, lost_neg, meant_after, moment_once, no_subject, notonly, ownwords, placed, plea, reasoned, restrict, soft_zou, spared_front, usable, find_out
from .lexicon import lexicon
from .spoken import spoken
from .titled import untitled
from .unnamed import unnamed
from . import before_ask, beside_keep, fact_before, comma_beside, detail_beside, dialect_ask, fact_beside, reason_beside, occasion_kept, fronted_if, cond_mid, named_fact, rests_on, state_cause, day_pointer, span_pointer, delivered, handler_ask, points_back, appointment, echo, reason_told, ride_before, glued_ask, low_saxon, minor_ask, runon_tail, need_beside, second_ask, call_number, quoted, detail_after, fronted_ask, fact_far, figure_before, person_ref, kept_ask, last_tidy, summed, which_ask, typed_clash, then_said, wish_seen, offer_if, lead_name, um_pair, lasting_after, shame_gone, greet_unknown

_ROUNDS = 4


def _text(draft: object) -> str:
    return draft if isinstance(draft, str) else "" if draft is None else str(draft)


def settle(sentence: str, **context: object) -> tuple[str, bool]:
    """Shrink the result again until it no longer changes: (sentence, it did not change at once)."""
    first = sentence
    for _ in range(_ROUNDS):
        again = analyse(sentence, **context).sentence if sentence else sentence
        if again == sentence or echo.echoed(sentence, again):
            break
        sentence = again
    return sentence, sentence == first


def _settled(sentence: str, person: str | None, name: str, crisis: bool) -> tuple[str, bool]:
    """`settle`, with the vocative found in the draft ('Dag Jo, …') set aside: shrunk again on
    its own, a short name may not look like one. `crisis` is the whole draft's verdict: a
    sentence shrunk again never turns into the crisis sentence (or out of it) on its own."""
    if not sentence:
        return sentence, True
    if not name or not sentence.startswith(name + ", "):
        again, stable = settle(sentence, person=person, crisis=crisis)
        return (sentence, False) if not name and subject_front.made_vocative(sentence, again) else (again, stable)
    body = _capital(sentence[len(name) + 2:])
    again, stable = settle(body, crisis=crisis)
    if stable or again == body:
        return sentence, True
    if person and _new_front(body, again):  # 'Mila zegt dat …' shrunk alone gave 'Mila zegt, kunt u …': keep it whole
        return sentence, False
    if person:  # a long typed name may not read as a name again: never put it in front twice
        return f"{name}, {again[:1].lower()}{again[1:]}", False
    return settle(sentence, person=person, crisis=crisis)


def _new_front(body: str, again: str) -> bool:
    """The body shrunk alone opens with a comma its draft does not have there: a new vocative made of its first words
    ('Mila zegt dat ze …' -> 'Mila zegt, kunt u …'); the body's own words go, never a reading to offer."""
    head = again.split(",", 1)[0]
    return "," in again and 0 < len(head.split()) <= 3 and body.startswith(head) and not body.startswith(head + ",")


def _capital(text: str) -> str:
    """The first letter in upper case ("'k heb" -> "'K heb")."""
    k = next((i for i, ch in enumerate(text) if ch.isalpha()), None)
    return text if k is None else text[:k] + text[k].upper() + text[k + 1:]


_NOTE_FRAME = re.compile(r"\bvragen\s+of\b", re.IGNORECASE)
_SECOND = re.compile(r",?\s+en\s+(of\s+[^.!?\n]+)", re.IGNORECASE)


def _second_note_ask(draft: str, person: str | None) -> list:
    """'ik wil hem vragen of hij … terugbrengt, en of hij ook de boor meeneemt': the second ask of a
    note, shrunk on its own from the note's own frame ('ik wil hem vragen') and its own words, to be
    sent apart (contract point 5)."""
    frame = _NOTE_FRAME.search(draft)
    second = _SECOND.search(draft, frame.end()) if frame else None
    if second is None:
        return []
    note = draft[: frame.start()] + "vragen " + second.group(1)
    result = shrink(note, person=person)
    if not result.sentence.endswith("?") or result.sentence == note.strip():
        return []
    return [(second.start(1) + 0.5, fx.make("meer-vragen", second.group(1).strip(), sentence=result.sentence))]


def _looked_again(out, draft: str, sentence: str, typed: bool) -> list[str]:
    an = out.analysis
    if an is None or out.crisis:
        return []
    return second_look.doubts(an.d.lex, draft, sentence, typed=typed)


def _singular(sentence: str) -> list[str]:
    return ["groep-je"] if {"je", "jij", "jou", "jouw"} & set(text_words(sentence)) else []


def _usable(sentence: str, draft: str) -> str:
    """The not-sure result, or the person's own request sentence when it is no help (usable.py);
    an ask that names nothing yet ('Hoi Sam, kun je?') is never made a question, never left empty."""
    if not re.search(r"[^\W\d_]", draft):
        return sentence  # nothing written: nothing to offer
    if usable.unusable(sentence, draft) or no_subject.missing(sentence, draft):  # 'Tom, kan me …?' (no_subject.py)
        own = usable.own_sentence(draft)
        own = usable.as_typed(draft) if no_subject.missing(own) else own
        if not usable.unusable(own, draft):
            sentence = own
        elif not sentence.strip():
            sentence = usable.as_typed(draft)
    return usable.asked(sentence)


def _offer(out, text: str, draft: str, sentence: str) -> str:
    """The not-sure offer: the person's own words (ownwords, usable, soft_zou), with the sentence a pointing ask
    leans on put back in front (lean_before: '… iemand sturen om dat te maken?'; lean_back: 'Er ligt een pakketje
    van mij bij u. Wilt u het …?')."""
    sentence = lean_before.leaned(text, soft_zou.direct(_usable(ownwords.offer(out, sentence), draft)))
    sentence = ident.in_front(text, lean_back.leaned(lexicon(), text, sentence))  # 'Met Ans Kok (Vossenlaan 22).' (ident.py)
    return kept_after.limit_back(out, text, inline_list.joined(text, sentence))  # ': - brood - kaas?' -> ': brood en kaas?' (inline_list.py)


def _reason(out, text: str, sentence: str) -> list[str]:
    """The doubt when the short reason or referent an ask needs was dropped (reasoned.py)."""
    if out.crisis or out.analysis is None:
        return []
    return [reasoned.CODE] if reasoned.doubted(text, dropped(out, text), sentence, out.found) else []


def _crisis_kept(out, text: str, raw: str, sentence: str, typed: tuple, sure: bool) -> tuple[str, bool]:
    """A crisis result: the writer's own acute words back (crisis_keep.py), and who they are for a practice that
    must call back (ident.py); the ready crisis sentence keeps the writer's own words, or is not sure (crisis_own.py,
    `typed`: the person and moment typed apart; code `crisis-eigen`); `raw`: the draft as typed."""
    sentence = crisis_against.pair_kept(text, sentence)  # 'Bel geen ambulance, bel nu mijn zus.' (k43r2)
    sentence = ident.in_front(text, crisis_keep.kept(text, sentence, out.name), crisis=True)
    sentence = crisis_later.kept(text, sentence)  # no 'nu' in an ask planned for later (crisis_later.py)
    sentence, clear = crisis_against.wanted_first(sentence)  # 'Bel nu mijn broer, niet de ambulance.' (k43c)
    out.problems.extend([crisis_against.CODE] if sure and not clear else [])
    sentence, own_sure = crisis_own.offered(text, sentence, out.name, typed, crisis_keep.cleaned, shrink)
    out.problems.extend(["crisis-eigen"] if sure and not own_sure else [])
    sentence, own_sure = crisis_every.marked(text, crisis_facts.kept(text, crisis_place.kept(text, crisis_joined.kept(text, sentence))), out.name, own_sure, out.problems if sure else [])  # where the writer is, facts of now, every heavy clause (k48c)
    sentence, spoken_to = crisis_lines.addressed(raw, crisis_plea.permitted(raw, crisis_runon.apart(raw, sentence)), typed[0])  # 'ik wil dood - mama - kom je': 'Mama, …'
    out.problems.extend([crisis_lines.ADDRESS_CODE] if sure and not spoken_to else [])
    lost = sure and own_sure and (crisis_facts.lost(text, sentence) or crisis_joined.lost(text, sentence))  # 'Mijn telefoon is bijna leeg.' (crisis_facts.py)
    out.problems.extend([crisis_facts.CODE] if lost else [])
    gone = [m.CODE for m, t in ((crisis_plea, crisis_runon.broken(raw)), (crisis_lines, raw), (crisis_runon, raw), (crisis_name, raw), (crisis_twice, raw), (crisis_secret, raw), (crisis_every, text)) if m.lost(t, sentence)] if sure and own_sure and not lost else []
    out.problems.extend(gone)  # 'bel 112 niet maar kom zelf', '… - de deur is open - …' gone (k42r)
    sentence, own_q = crisis_wh.marked(raw, sentence, out.problems if sure else [])  # 'Wat moet ik doen?' (k58c)
    return crisis_calls.checked(raw, sentence, sure and own_sure and not (lost or gone or own_q) and clear and spoken_to, out.problems)  # k45b2


def _rules_sure(out, stable: bool, turned) -> bool:
    """The rules' own verdict, named when it is not sure for another reason than their problems: the sentence
    shrunk again changes (`onstabiel`), a note turned into the direct question is not sure (`omgezet-twijfel`)."""
    if out.sure and not stable:
        out.problems.append("onstabiel")
    if out.sure and stable and turned is not None and not turned.sure:
        out.problems.append("omgezet-twijfel")
    return out.sure and stable and (turned is None or turned.sure)


def _withheld(out, sure: bool) -> tuple[str, ...]:
    """The codes of the checks that withheld `zeker`, once each (internal: Shrunk.withheld)."""
    return () if sure else tuple(dict.fromkeys(out.problems)) or ("onbekend",)


def _plea(out, text: str, sentence: str, spans: tuple, found: list) -> tuple[str, tuple, list]:
    """A crisis result keeps the writer's plea ('Alsjeblieft, …', 'Kom alstublieft nu.'), no longer named as gone
    (plea.py)."""
    sentence, spans = plea.kept(text, sentence, out.name, spans)
    return sentence, spans, [(k, f) for k, f in found if not usable.still_there(f.kind, f.text, sentence)]


def _last_looks(out, text: str, draft: str, sentence: str, keeps: bool) -> list[str]:
    """The doubts a finished sure sentence can still raise, each a code for the problems list."""
    late = _reason(out, text, sentence) + ([lone_statement.CODE] if not out.crisis and lone_statement.lost(draft, sentence, out.found, out.beside) else [])  # k47a
    if not keeps:
        late.append("vervolg")
    if not out.crisis:
        late += emoji_inside.doubt(sentence)  # '… thuis 👍 als jij …' unread (k57b)
    if not out.crisis and ident.lost(draft, sentence):
        late.append(ident.CODE)  # 'met Kees Jansen, geb. 3-7-1950' went: readers differ on it (ident.py)
    if not out.crisis and self_named.lost(draft, sentence):
        late.append(self_named.CODE)  # 'hier is Gert Van den Bossche.', the only place it names the writer (self_named.py)
    if usable.run_on(sentence, draft):
        late.append("doorloper")  # 'mag ik naar de kermis vanavond alle vrienden gaan' (usable.py)
    if usable.elliptic(sentence, draft):
        late.append("ellips")  # 'Kun je een nieuwe meenemen?', its noun cut with the context (usable.py)
    an = out.analysis
    if an is not None and deadline.lost(an.d.lex, text, dropped(out, text), sentence):
        late.append(deadline.CODE)  # 't Moet tegen zondagavond leeg zijn.' dropped (deadline.py)
    if an is not None and lost_neg.lost_duration(an, sentence):
        late.append("weg-duur")  # 'Wij gaan 3 weken weg.' cut with its duration (lost_neg.py)
    if an is not None and lost_neg.lost_hand_over(an, sentence):
        late.append("weg-tijdstip")  # 'ik breng haar om 8u' cut while the result has only 'morgen' (lost_neg.py)
    if an is not None and lost_neg.lost_negation(an, sentence):
        late.append("weg-ontkenning")  # 'Mijn verwarming doet het ni.' cut before the ask (lost_neg.py)
    if hollow(sentence) and not hollow(draft):
        late.append("hol")  # 'Kunt gij zaterdag?': the verb and its object were cut away (hollow.py)
    if notonly.lost(draft, sentence):
        late.append("weg-voorwaarde")  # 'niet alleen als …' kept without its 'niet' or its 'maar …' (notonly.py)
    if bound_after.bare_look(draft, sentence):
        late.append(bound_after.CODE)  # 'Kun jij vandaag even meekijken?' with what broke cut (bound_after.py)
    if bound_after.lost_broke(draft, sentence):
        late.append(bound_after.BROKE_CODE)  # 'De oven is kapot.' cut right before the ask (bound_after.py)
    late += [m.CODE for m in (rests_on, state_cause, shame_gone, greet_unknown) if an is not None and m.lost(an, sentence)]  # 'mijn fiets is gestolen'
    if fact_after.lost_time(draft, sentence):
        late.append("weg-tijd")  # '… ze zijn om 3u10 gedaan' in a run-on: a clock time in no kept part (fact_after.py)
    if an is not None and bg_fact.doubted(an.d.lex, text, dropped(out, text), sentence, out.found):
        late.append(bg_fact.CODE)  # 'Mijn auto is stuk.', 'je hoeft niet te komen' dropped as background (bg_fact.py)
    if an is not None and not out.crisis and meant_after.doubted(an.d.lex, text, dropped(out, text), sentence, out.found):
        late.append(meant_after.CODE)  # 'de laatste bus rijdt niet', 'ik geraak er ni uit' dropped after the ask (meant_after.py)
    late += [m.CODE for m in (detail_after, need_beside, handler_ask, points_back, occasion_kept, fronted_if, cond_mid, fact_beside, self_unable, self_away, reason_beside, named_fact, before_ask, wish_seen, offer_if, lead_name, um_pair, lasting_after) if m.lost(draft, sentence)]  # '… 2 tot 12.', '… om 18.12 aan.' dropped  # 'Het duurt van 2 tot 12.' after the ask, dropped (detail_after.py)
    if no_subject.missing(sentence, draft):
        late.append(no_subject.CODE)  # 'Tom, kan me helpen met verhuizen?': no one to ask it of (no_subject.py)
    late += form.doubts(lexicon(), sentence, draft) + ([beside_keep.CODE] if not out.crisis and beside_keep.lost(draft, sentence) else [])  # 'Als ik je zaterdag zie.' (form.py); 'Mijn bus staat … bij halte Zuidplein.' (k57c)
    if asking_nerves.doubted(draft, sentence):
        late.append(asking_nerves.CODE)  # 'ik ben slecht in dit soort dingen' cut: the asking or the task? (asking_nerves.py)
    if restrict.lost(text, sentence):
        late.append(restrict.CODE)  # '… sturen?' with 'Liever niet op maandag.' lost (restrict.py)
    if lean_before.lost_lean(text, sentence) or (an is not None and lean_back.lost(an.d.lex, text, sentence)):
        late.append(lean_before.CODE)  # '… iemand sturen om dat te maken?' without what 'dat' is (lean_before.py, lean_back.py)
    return late


def _request_gone(out, text: str, sentence: str) -> list[str]:
    """A sure result that lost the request itself, or what its 'dat' sums up (kept_ask.py)."""
    if out.crisis:
        return []
    gone = [kept_ask.CODE] if kept_ask.lost(out.analysis, sentence) or summed.summed(text, sentence) else []
    gone = gone + glued_ask.doubt(out.analysis, sentence) + runon_tail.doubt(out.analysis, sentence) + low_saxon.doubt(sentence) + dialect_ask.doubt(text, sentence) + minor_ask.doubt(out.analysis)  # k35d
    return gone + which_ask.doubt(out.analysis)  # an ask added later lost the choice on its moment (k40b)


def _offered(out, text: str, draft: str, sentence: str, sure: bool) -> tuple[str, bool, list[str]]:
    """The not-sure offer (what broke put back: its one doubt answered, shown_back.py); the first-sight gate; the state."""
    told = ""
    if sure and not out.crisis and appointment.fact_before(out.analysis, sentence):
        sure = False  # '… afspraak bij de psycholoog in Roeselare. zoudt ge meegaan?' without it (appointment.py)
        out.problems.append(appointment.CODE)
    elif sure and not out.crisis and fact_far.fact_far(out.analysis, sentence):
        sure = False  # '… naar het AMC … Ik durf niet alleen. Kun jij mee?' without it (fact_far.py)
        out.problems.append(fact_far.CODE)
    if not sure and not out.crisis:
        sentence = glued_ask.split(out.analysis, _offer(out, text, draft, wish_seen.asked(lexicon(), sentence)))  # k44c
        sentence = _request_back(out, text, sentence)
        told = reason_told.reason(draft, sentence)  # reason_before.py, then a doctor's ban or 'niet alleen' (reason_told.py)
        sentence = state_before.kept(sentence, out.name, told) if told else sentence  # 'De lift is kapot. Kan iemand …?'
        sentence, told = (sentence, told) if told else figure_before.put_back(draft, sentence, out.name, out.analysis)  # '… is 340 euro.'
        sentence, told = (sentence, told) if told else ride_before.offer(out.analysis, text, sentence, out.name, state_before.kept)
        sentence, told = (sentence, told) if told else fact_far.offer(out.analysis, sentence, out.name, state_before.kept)
        sentence, told = (sentence, told) if told else rests_on.offer(out.analysis, sentence, out.name, state_before.kept)
        sentence, told = (sentence, told) if told else named_fact.offer(draft, sentence, out.name, state_before.kept)
        sentence, told = (sentence, told) if told else before_ask.offer(draft, sentence, out.name)  # off (before_ask.OFFER)
        sentence, told = (sentence, told) if told or beside_keep.CODE not in out.problems else beside_keep.offer(draft, sentence, out.name, state_before.kept)  # only where it withheld zeker (k57c)
        sentence = cond_mid.offer(draft, fronted_if.offer(draft, sentence, out.name), out.name)  # 'als ge morgen langs de brico rijdt, …' (fronted_if.py, cond_mid.py)
        handled, told = handler_ask.kept(draft, sentence, out.name, told)  # '… sluit niet (Kuringersteenweg 112 bus 3).'
        sentence = lean_back.leaned(lexicon(), text, handled) if handled != sentence else handled  # what 'daar' points at, cut as story
        sentence = self_unable.offer(draft, sentence)  # '… om tien uur? Ik mag nie zelf rijden …' (self_unable.py)
    sure = sure or (not out.crisis and shown_back.sure(out, sentence))  # 'Luc, mijn camionette is kapot. Kunt gij …?'
    late = first_sight.doubts(out, sentence) if sure else []  # shapes wrong-and-sure on first sight (first_sight.py)
    late = chat_even.lifted(filler_own.lifted(late, sentence, out, text), sentence, out, text) if late else late  # 'ne keer', 'ff' tidied away
    late = ni_real.lifted(neg_after.lifted(late, out, sentence), sentence) if late else late  # neg_after.py, ni_real.py
    out.problems.extend(late)
    sentence, sure = _state_before(out, text, sentence, sure and not late)  # 'Ik heb vandaag gehoord dat …' (state_before.py)
    front = fronted_state.lost(text, sentence, out.name) if not out.crisis else ""  # 'Sinds Ans er niet meer is, eet ik …'
    sentence = delivered.folded(text, span_pointer.filled(out.analysis, day_pointer.filled(out.analysis, person_ref.filled(out.analysis, sentence))))  # 'haar' -> 'ma', 'die dag' -> '23 mei', 'dat' -> 'een pakket …'
    sentence, told = (state_before.kept(sentence, out.name, front), told) if front else (sentence, told) if told or sure or out.crisis else fact_before.offer(draft, sentence, out.name)  # '… € 340 moet betalen. … dat bedrag …?'
    sentence, lone = lone_statement.offer(draft, sentence, {f.kind for _, f in out.found}, out.name) if not sure and not out.crisis else (sentence, "")
    sentence, detail, sure = comma_beside.after(out, draft, *detail_beside.kept(out, sentence, sure))  # '… brengen? Ik haal ze om 16 uur op.' (detail_beside.py, k48a); '…, mijn rug is zo slecht' (comma_beside.py, k50a)
    return two_said.after(out, draft, sentence, sure, (front or told, lone, detail))  # '… ophalen? Ik ben dan in Gent.' (lone_statement.py); 'Met pa gaat het niet goed. Kun je …?' (two_said.py, k52a)


def _request_back(out, text: str, sentence: str) -> str:
    """The not-sure offer holds the request: put back in the writer's words when it went, and what its 'dat' sums
    up in front of it ('ik doe al weken de boodschappen en de was … Kun jij dat om de week doen?'; kept_ask.py)."""
    gone = kept_ask.lost(out.analysis, sentence) if not out.crisis else None
    sentence = kept_ask.put_back(sentence, *gone) if gone else sentence
    said = summed.summed(text, sentence) if not out.crisis else None
    return summed.lean_on(sentence, said) if said else sentence


def _state_before(out, text: str, sentence: str, sure: bool) -> tuple[str, bool]:
    """How the writer is, said right before the ask and dropped from a sure result: kept before the ask (the
    shipped choice), or `zeker` withheld (state_before.py; both counted)."""
    if out.crisis or not state_before.ACTIVE or not sure:
        return sentence, sure
    before = state_before.lost(text, sentence, out.name)
    if not before:
        return sentence, sure
    if state_before.ACTIVE == "houden":
        return state_before.kept(sentence, out.name, before), sure
    out.problems.append(state_before.CODE)
    return sentence, False


def _position(d):
    """Character offset in the analysed text -> the token position findings are ordered by."""
    return lambda at: next((i for i in range(d.n) if d.toks[i].end > at), d.n) - 0.25


def _struck(out, text: str, sentence: str, kept: list[str]) -> tuple:
    """The struck-through spans without what the offer keeps: the pieces added after the result (placed.carve) and a
    sentence put back in front ('Ik heb gister een doos … gezet.', lean_back.struck_whole)."""
    spans = dropped(out, text)
    return placed.carve(text, spans, kept + lean_back.struck_whole(lexicon(), text, sentence, spans, out.name))


def _tidied(out, text: str, sentence: str, spans: tuple, found: list, sure: bool) -> tuple[str, tuple, list]:
    """The last softening words out of the offered sentence, struck through and named (last_tidy.py); in a crisis
    result, what the sentence says is never struck through (crisis_shown.py)."""
    position = _position(out.analysis.d) if out.analysis is not None else None
    sentence, spans = stranded_if.tidied(text, sentence, spans) if not sure and not out.crisis else (sentence, spans)  # a let-off's lone 'Als …' (k57b)
    sentence, spans = list_whole.tidied(text, sentence, spans) if not sure and not out.crisis else (sentence, spans)  # '…: a, b en c' (k58b)
    sentence, spans, tidied = last_tidy.tidy(text, sentence, spans, position, found, sure)
    sentence, spans, cut = crisis_burden.cut(text, sentence, crisis_shown.unstruck(text, sentence, spans)) if out.crisis else (sentence, spans, [])
    return sentence, spans, [x for x in found if not find_out.asked_in(x[1].kind, x[1].text, sentence)] + tidied + cut  # crisis_burden.py


def _read_in(draft: object, person: str | None) -> tuple:
    """The draft as the engine reads it, same length as typed: a capital on every word read as plain text
    (titled.py) and marks said to speech-to-text as marks ('… een andere dag punt want …', spoken.py):
    (draft, the openers fronted_ask.py cleared, the person typed as typed_person reads it ('Jeroen (collega)' ->
    'Jeroen', reported.py), a group typed).
    A frame that names whom the message is for ('Ik wil vragen aan mijn teamleider Henk: …') is note_lead.py's.
    A one-line crisis chat cut with ' / ' is read as lines ('hee jij / ik wil dood / kom', crisis_lines.py)."""
    read = spoken(untitled(crisis_runon.broken(crisis_lines.broken(quoted.blank(_text(draft))))))
    return *fronted_ask.cleared(read), typed_person(person), typed_group(person)


def shrink(draft: str, *, person: str | None = None, moment: str | None = None) -> Shrunk:
    """Shrink a Dutch draft to the sentence the person would send, with findings that say why.

    person/moment: typed separately (the practice flow); the person becomes the vocative, the
    moment goes in when the draft has none.
    """
    raw, (draft, gone, person, group) = _text(draft), _read_in(draft, person)  # capitals, marks said aloud, openers (fronted_ask.py)
    turned, person = note_lead.turned(draft, person, turn)  # a note to oneself made the direct question (direct.py,
    typed = bool(person)  # note_lead.py: 'Ik wil dit vragen aan Karel: …' gives the person)
    turned = turned if turned is not None else tagged(draft) or frame_aside.moved(draft) or mind_inside.moved(draft)  # tagged.py; '… om, indien mogelijk, …' (frame_aside.py)
    text = turned.text if turned is not None else draft
    person = addressed(typed_clash.to_one(raw, person))  # 'de huisbaas' gives no vocative, 'de juf van Lore' 'Juf'
    out = analyse(text, person=person, moment=moment)
    sentence, stable = _settled(moment_once.once(out.sentence, draft, moment), person, out.name, out.crisis)  # moment_once.py
    sure = _rules_sure(out, stable, turned)
    sentence, sure = (sentence, sure) if sure else vorm_zeker.sure(out, sentence, turned, lambda s: _settled(s, person, out.name, out.crisis)[0])
    if (sure or whole.RECORD is not None) and whole.doubt(out, sentence, turned=turned is not None):
        out.problems.append(whole.CODE)  # the rules are sure, the fitted model of the whole result is not
        sure = False
    late = honest.doubts(out, sentence, typed=typed) + typed_clash.codes(out.name, person, out.crisis, raw if typed else "") if sure else []  # 'Hoi Fatima' + 'Marco'
    late += _looked_again(out, draft, sentence, typed) + then_said.dropped(out.analysis, sentence, out.crisis) if sure else []  # '? Dan …'
    if group:  # 'mijn ouders', 'Jan en Piet': 'kunnen jullie', or not sure
        plural = second_look.plural_ask(sentence)
        sentence, late = (plural, late) if plural else (sentence, late + _singular(sentence))
    where = kept_after.where(out, draft, text, sentence, typed or bool(moment), turned) if not out.crisis else ""  # placed, fact_after, …
    more, keeps = follow_up(draft, sentence) if not out.crisis else ("", True)
    sentence = f"{sentence} {more}" if more else sentence  # 'Kun je het geld overmaken? Het was 35 euro.' (followup.py)
    sentence, called = call_number.added(draft, sentence) if not out.crisis else (sentence, "")  # '… terugbellen? Mijn nummer is …'
    where = where or kept_after.beside(out, draft, sentence, more)  # '… meerijden? Mijn auto staat in de garage.' (fact_beside.py)
    sentence, limit = kept_after.limited(out, text, sentence, where)
    sentence = form.said_once(f"{sentence} {where}") if where else sentence  # '… water geven? De gieter staat in de schuur.'
    sentence, spared = spared_front.front(text, sentence) if not out.crisis else (sentence, "")  # 'je hoeft niet te komen, maar …'
    late += _last_looks(out, text, draft, sentence, keeps) + _request_gone(out, text, sentence) + list_whole.doubt(text, sentence, out.crisis) if sure else []
    if late:
        out.problems.extend(late)  # a kind of loss new wording brings (honest.py)
        sure = False
    sentence, sure, told = _offered(out, text, draft, sentence, sure)
    sentence = vocative_case.lowered(sentence)  # 'Gerrit, Zol ie …' -> 'Gerrit, zol ie …' (vocative_case.py)
    found = [(k, f) for k, f in out.found if not usable.still_there(f.kind, f.text, sentence)]
    found += _second_note_ask(draft, person) if turned is not None else []
    found += [(-2, fx.make("onzeker"))] if out.sure and not sure else []
    if turned is not None and turned.wrapper:
        found.append((-0.5, fx.make(turned.kind, turned.wrapper)))
    spans = _struck(out, text, sentence, [p for p in (more, where, limit, spared, called) if p] + told)
    sentence, spans, found = _plea(out, text, sentence, spans, found) if out.crisis else (sentence, spans, found)
    sentence, sure = _crisis_kept(out, text, raw, sentence, (person, moment), sure) if out.crisis else (sentence, sure)
    sentence, spans, found = _tidied(out, text, sentence, spans, found, sure)  # 'efkes', 'Sanne lieverd,' (last_tidy.py)
    if not out.crisis and out.analysis is not None:
        found += unnamed(out.analysis.d.lex, text, spans, sentence, found, _position(out.analysis.d), lambda piece: analyse(piece).sentence, second_ask.ask_at(out.analysis))
    found, sure = second_ask.settled(out, sentence, found, sure)  # the second ask said apart, or not sure (second_ask.py)
    spans = quoted.struck(fronted_ask.struck(turned.back(spans, draft) if turned is not None else spans, gone), raw)
    return nonsense.checked(raw, person, Shrunk(  # never offer nonsense: the writer's own words, not sure (nonsense.py)
        sentence=own_k.lowered(sentence if out.crisis else kept_words.wish_kept(raw, kept_words.pair_kept(raw, sentence)), raw),  # own_k.py, kept_words.py
        findings=fx.ordered(found + fronted_ask.named(gone) + quoted.named(raw)),
        dropped=spans,
        missing=out.missing,
        sure=sure, crisis=out.crisis, withheld=_withheld(out, sure),
    ))


use_for_seconds(shrink)  # a second request's fallback text is shrunk on its own (engine._second_alone)
