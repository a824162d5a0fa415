"""Shrink a Dutch draft ask to what the person would actually send ("krimp").

Pure functions; the only I/O is reading ``content/nl/krimp.toml`` once (cached). The package:

- ``tokens``/``phrases``/``lexicon``: the draft as tokens and normalised words; the word lists;
  ``sentence_ends``: where the draft's sentences end and what a list item is (the base class of ``Draft``);
- ``clauses``: the draft cut into clauses, each with a role (request, wrapper, state …); ``segment``: where it is
  cut; ``main_clause``: where a new main clause starts in chat without punctuation; ``extra_ask``: a second request
  in a clause of its own ('… en ook de was ophangen?'); ``side_parts``: what of an honest clause is not the honest
  sentence (a half with no state, an apology glued on); ``shapes``: a few
  clause shapes it asks about (a check like 'Kan dat?' after a statement, a need with a phrase in front);
  ``subject_back``: a lead-in phrase written from its verb on takes the writer's bare subject along ('… en | ik
  weet niet hoe …'), so no clause that stays ends on 'en ik';
- ``groups``: which clauses make up the request, and which request is the main one;
- ``rewrite``/``convert``/``verbs``: the request made direct (verb first, hedges out); ``verb_first``: a request
  with the verb in front and its subject ('zou je … kunnen' -> 'kun je …');
- ``names``/``assemble``: the vocative, the moment, the honest sentence, the final text (``final_text``: joined,
  the closing mark); ``salutation``: how the
  person addressed is written ('heer Bakker' -> 'Meneer Bakker', 'mijn broer Tom' -> 'Tom'; ``vocative_case``: the word
  after it in lower case when it is no name, 'Gerrit, zol ie …'); ``symptom``: which honest
  clause stays (how the writer is, not how they sleep: 'ik slaap slecht, ik ben op' keeps 'ik ben op'; ``worn_out``:
  'ik ben op', 'ik zit er door' in a sentence of its own wins over a state nearer the ask, round 38);
- ``people``: a pronoun in the request that points at the one person named just before; ``person_ref``: on the
  offered sentence, 'haar'/'hem' becomes the one person the draft named before the ask (round 36: also further back,
  by name, 'mijn vader', or who comes); ``day_pointer``: 'die dag', 'die zaterdag', 'in die periode' become the day or
  stretch named before the ask when the offer dropped it (round 36); ``delivered``: 'dat', 'het' in the ask become
  'een X' the draft said comes ('er komt morgen een pakket …'), and that sentence goes (round 36);
- ``plans``: whose moment a moment said elsewhere is (the writer's plan, or another action's deadline);
- ``occasion``: a visit the request rides on ("als je zondag toch komt, kun je …"): only its moment stays;
- ``carried``: what the request carries from a clause next to it (a count, a payment, a deadline, when the
  writer cannot) and the marks inside a noun phrase a pronoun stands for;
- one request across sentences and lines: ``referent`` (an object pronoun finds its noun phrase; ``noun_phrases``
  reads the noun phrases of a clause),
  ``lists`` (a list that belongs to the ask; ``inline_list``: one the not-sure offer kept is said with
  commas), ``object_row`` (a row of things in the sentence after the ask
  that spells out its object: 'Bier, cola en ijs.'), ``address`` (``@naam`` or a name before a comma
  becomes the vocative), ``fragments`` (a piece with no subject or verb of its own joins the ask),
  ``leadin`` ("ben je bij de ah? kan je dan …");
- ``checks``: the self-checks a result must pass to be offered as sure; ``vouch``/``guard``/``doubt_names``:
  whether the engine understood the draft well enough (``dropped``: what a part that goes holds);
  ``account``/``safe``: every word that goes must be
  accounted for (word classes in ``content/nl/krimp_woorden.toml``); ``needed``: a fitted model
  (``content/nl/krimp_zinnen.toml``, fitted by ``tools/krimp_zinnen_fit.py``) that weighs whether the
  reader needs a clause that goes as a whole; ``whole``: a fitted model of the whole result
  (``content/nl/krimp_geheel.toml``, fitted by ``tools/krimp_geheel_fit.py``) that withholds ``sure``
  when a result the rules call sure looks wrong all the same; ``honest``: last checks on a sure result for
  kinds of loss new wording brings (a run-on over a lost full stop, a signature taken for the person
  addressed, a title and name lost, a misspelled modal left in, an honest sentence or an inability dropped);
- ``first_sight``: the gate measured on first sight (round 24): general shapes that were wrong-and-sure when the
  outside files came in (a dropped clause with a negation or the writer's state, 'ni' in a question, 'ne keer'
  left in, a learner's word order; round 26: an apology or greeting kept, 'ff'/'efkes' kept, a result of thirty
  words or more, shapes of sure results that were not acceptable) withhold ``sure`` without changing the sentence;
- ``last_tidy``: after ``sure`` is decided, a chat or dialect filler in the offered question ('efkes', 'ff', 'ne keer',
  a closing 'allee'; ``ask_filler``) and a word of affection after the name ('Sanne lieverd,'; ``pet_name``) go,
  struck through and named (round 27);
- round 28 (k28b): ``memo`` caches pure word readings per lexicon (speed only); ``span_from``: a span pulled into the
  ask keeps its 'van' and its end ('van dinsdag tot vrijdag', 'dinsdag t/m donderdag'), and an ask that says 'die
  dagen' gets no moment next to it; ``reason_before``: what broke or was lost, said right before a bare ask, goes back
  in front of the not-sure question; round 36 (k36s, speed only): ``memo.per_text`` keeps a text's words and its
  ``Draft`` (``tokens.read``) for the next module that reads them, and a phrase group is tried only where the draft's
  next word can stand second in one of its phrases (``phrases.Branches``);
- ``engine``/``report``/``findings``: the pipeline and what it tells the person; ``parts``: what goes into the
  result besides the request (the vocative, the honest sentence, conditions, context); ``fallback``: the not-sure
  path's own request (cut only where surely removable, never stopping mid-question); ``wanted``: with no
  request found, the sentences that say what the writer wants;
- ``compose``: ``compose`` for the practice flow; ``answers``: ``with_answers``, a result filled in with follow-up answers;
- ``reported``/``direct``/``asked``: a note to oneself ("Ik wil Anouk vragen of ik …") found and made the
  direct question before the engine reads the draft (and an e-mail subject line left out); ``titled``: a draft
  with a capital on every word ('Kunde Gij Zaterdag Mijn Gras …') read in lower case first (round 25); ``wish``: in the
  practice flow, "ik wil dat hij …" about the person typed said to them ("ik wil dat jij …"); ``about_them``:
  "kan ze … voor me vertalen?" about the person typed asked of them ("kun je …");
- ``consequence``: "anders kan ik er niet in" after the request stays, as a statement of its own;
- ``opening``: an opening check question ("heb je … gezien?", "mag ik je iets vragen?") gives way to the
  request after it; ``followup``: an amount or the object of a bare "help me" said in the sentence after
  the ask stays as a second sentence (or the result is not sure); ``frame_about``: an ask that is only a
  frame (a talk, a call, a look, a repair) keeps the short sentence that says what it is about, or is not sure;
  ``restrict``: a restriction on the request ('liever niet op maandag', 'alleen na half vier', 'niet via de
  app') stays, in the question or as a short sentence after it, or the result is not sure; ``pointing``/
  ``lean_back``: a pointing word in the ask ('kun je die …', 'die dag', 'in de plaats') keeps the sentence
  that names what it points at, or the result is not sure;
  ``meant_after``: a dropped piece after the ask that carries meaning (a negated fact of a third party or a
  thing, a rule on the things asked about, the writer stuck on the task, a deadline said as a condition) makes
  the result not sure; ``crisis_when``: whether a crisis request says when ('op de 4e' is a floor, so 'nu' goes in);
  ``usable``: the last guard on a not-sure result (never empty, never a fragment, a question verb first ends
  in '?') and on run-ons; ``kept_ask``: the request is never lost (a surface reading of every stretch that asks
  the reader something; a result that holds none of them is not sure and gets it back in the writer's words);
  ``summed``: what 'dat … doen' sums up ('ik doe de boodschappen en de was, kun jij dat …') stays with the ask;
  ``ident``: the writer's identification for a practice or office ('met Kees Jansen, geb. 3-7-1950') lost makes
  the result not sure (a crisis result keeps it in front, and a formal introduction by name, 'Mijn naam is …');
  ``lead_phrase``: an honest sentence behind a lead-in phrase ('na wat er gebeurde voel ik me daar niet veilig')
  is read subject-first, so it stays the honest sentence; ``crisis_plea``: a plea run on after crisis words without
  punctuation ('… kom je me halen', '… help me') makes the ready crisis sentence not sure; ``unable``: what the writer cannot do, joined by 'en'
  to the honest sentence ('… en ik geraak niet uit mijn bed'), stays with it; ``polite_not``: a 'niet' that only
  softens a question goes (without a softener after it, 'zoudt ge mij ni naar … kunnen voeren', never sure);
- round 36 (k36a): ``first_person``: a West Flemish "'k zitte" read 'ik zit', a Limburg 'kins se' read 'kun je';
  ``points_back``: a statement after the ask that points back at its moment ('Mijn zus studeert die dag af.')
  dropped makes the result not sure; ``kept_after``: what the result keeps after the ask (placed, fact_after,
  need_beside, beside_ask, limits; split from ``shrink``);
- round 37 (k37a): ``rests_on``: what broke or went, said right before the ask and dropped, makes the result not sure
  and goes back in front of the offer; ``state_cause``: the cause joined by 'en' to a kept honest state, dropped, makes
  it not sure; ``occasion_kept``: a trip the reader makes anyway, cut from inside the ask, makes it not sure (a visit,
  'als je zondag komt', stays whole: ``occasion``);
- round 38 (k38a): ``self_named``: a full name the writer introduces themself by and names nowhere else ('hier is Gert
  Van den Bossche'), dropped, makes the result not sure; ``self_unable``: what the writer cannot do themself, said
  right after the ask ('Ik mag nie zelf rijden achteraf'), dropped, makes it not sure and goes back after a ride asked;
  (k38c) ``moment_said``: a moment said in a sentence of its own after the ask is never lost from the offer (only the
  moment of 'Zaterdag past mij het best' moves into the ask; the not-sure fallback keeps the sentence it came from);
  (k38d) ``dialect_ask``: dialect question verbs read as the request and kept as typed ('zol ie', 'zous te', "zo'j",
  "kö'j", 'kinst do', 'meug ik'); a draft that asks in them is never sure (`dialect-vraag`);
- round 39 (k39a): ``self_away``: where the writer is instead, said right after the ask ('Ik ben de hele dag op
  taalschool.'), dropped, makes the result not sure; ``crisis_register``: the ready crisis request in the writer's
  register ('u' to a friend by first name is Flemish 'ge', any other 'u' formal); ``crisis_heavy.short_before``: a
  crisis draft without a request keeps the writer's short heavy sentences before the heaviest ('ik kan niet meer');
- round 39 (k39c): ``idle_second``: a second request that asks nothing new is none (a hope about the reader, small
  talk, a rhetorical 'wie … dat', a let-off, the main ask's reason, courtesy turned into a question, a fragment);
- round 40 (k40a): ``verbs`` reads 'er' with a negation after it ('wil er gewoon niet meer zijn', 'kan er niet meer
  tegen') as no subject: a chat line without 'ik' is the writer speaking, never a request (``usable`` never closes it
  with '?'); ``crisis_heavy.last_heavy``: a crisis draft acute only as a whole keeps its last heavy sentence before
  the ready ask; ``crisis_keep`` drops a chat call at the end of a kept sentence ('… niet meer man');
- round 40 (k40b): ``which_ask``: which of several candidate asks is the request: a later ask that leans on a real
  one ('En wil je daarna …?', 'Verder …', '… ook …') or follows one timed beside it never wins on its moment alone
  (not sure where the moment and the order disagree, `latere-vraag`), a permission for someone else ('mag Aya …') is a
  request, courtesy as a question ('Mag ik u eerst bedanken …') and a hope about the writer ('ik hoop dat ik het goed
  doe') give way (alone: offered as typed, not sure, `beleefdheid-alleen`), and a question shape closed without '?' gives way to a later ask of the reader closed by one
  (`vraagteken-later`);
- round 40 (k40c): ``spelled_amount``: an amount said in words beside the ask ('een half uur', 'twee man') is a figure
  for need_beside (dropped: not sure); lean_back's bare 'dan' in the ask leans on the situation said right before it;
  ``subject_front``: a family word that is a sentence's subject ('Pa moet …') never turns into the vocative when the
  result is shrunk again;
- round 40 review (k40r2): ``er_chat``: the one rule for 'er' + a negation after a question verb (the writer speaking
  only in a line not closed with '?'; verbs and usable read it); ``crisis_unasked``: a crisis line with its verb in
  front, no '?' and no word for the reader ('wil dood') is no request; crisis_keep drops a chat call only after a word
  that closes a clause; convert never takes an address or moment word for the verb;
- round 41 (k41a): ``exchange``: what the writer gives in return right after the ask ('Ik geef mijn zondag late dienst
  ervoor terug.') stays; ``reason_beside``: a reason beside the ask the rules cannot tell from padding (what the person
  asked about has, 'Hij heeft net de diagnose dyslexie gekregen.'; a tail 'voor mijn examen' cut off the kept sentence)
  is never dropped while sure (`weg-reden`); ``then_ask``: a next question that leans on the chosen one with 'dan'
  ('mag ik dan meerijden …?') makes it not sure (`dan-vraag`); ``crisis_amount``: in crisis 'al is het maar een half
  uur' stays with the ask; ``coord_object``: a moment goes after a coordinated object ('mij en de kinderen nu komen
  ophalen'); crisis_place reads 'het Hugo R. Kruytgebouw' whole; a person typed as 'de assistente van dokter Bakker'
  is the assistant (no vocative, 'de dokter' stays a third person); the round-41 review (k41r): the moment goes after
  the whole coordinated object ('mijn twee katten zaterdag ophalen', 'zijn vrienden vanavond naar huis'; an unclear end
  is `voorwerp-grens`, not sure), an exchange offer keeps its whole sentence, 'de mama van Tim' leaves Tim third person
  (about_them), the kept 'al is het maar …' keeps 'nu', 'perron B.' at a sentence end is no initial;
- round 42 (k42b), crisis drafts: the writer's own 'Bel iemand nu.' stays an imperative and is the request
  (``crisis_plea.calls_help``; 'Bel iemand' asks no question of 'iemand', verbs.py); ``crisis_lines``: a one-line chat
  crisis draft cut with ' / ' or ' - ' is read as lines; ``crisis_facts``: a fact of here and now ('Mijn telefoon is
  bijna leeg.', 'ik ben op dit nummer') is never dropped while sure (`crisis-feit`); 'deze avond', 'dadelijk', 'subiet'
  are moments (no second 'nu'); 'juf anja' typed in lower case after 'juf Anja' is the person asked (about_them);
  its review (k42r): a negated call ('bel 112 niet') is no request, an own ask lost after it is `crisis-niet-bellen`;
  a chat line read apart and dropped is `crisis-regel`; 'deze avond' beside another typed moment is `moment-weg`;
- round 42 (k42a): ``reason_beside`` also reads what the ask depends on being out, said as a plain fact right after
  it ('Donderdag is de winkel dicht.', 'training is afgelast'): never dropped while sure;
- round 43 (k43a, the lead's decision): ``lone_statement``: the one short statement beside a clean ask (a draft of two
  sentences) is put back in a not-sure offer that dropped it ('… uit de gang halen? Ik kan er met de kinderwagen niet
  langs.'); a sure result is not changed;
- round 43 (k43c): ``dash_join`` knows what a dash joins ('tussen 14 - 16 uur', 'ma - vr', 'Jan - Kerkstraat 4'),
  for the clause split (segment) and the crisis chat lines alike; ``crisis_against``: 'nu' goes with the call the
  writer wants ('Bel nu mijn broer, niet de ambulance.', else `crisis-nu-niet`); a kin word on a line of its own is the
  address over a person typed apart (`crisis-aanspreking`, crisis_lines); ``own_k``: the writer's 'k' opens a
  sentence as typed ('k wil dood.', never 'K wil dood.');
- round 43 review (k43r2): ``crisis_runon``: a one-line crisis draft is read as lines at a call glued to the clause
  before it ('ik wil dood bel de politie niet maar mijn zus'); ``crisis_means``: a means at hand or being stuck ('ik
  heb een mes', 'kzit vast') is a fact of now for crisis_facts, also as a clause, and a kept sentence keeps its 'ik';
  ``crisis_against.pair_kept``: a negated call of its own goes back before the wanted one; ``kept_words``: 'graag' of
  'Graag zou ik …' and the 'maar Y' of 'niet X maar Y' stay; usable.asked: '…, ik moet werken tot 6.' keeps its stop;
- round 44 (k44b): ``before_ask``: the plain sentence right before an ask that leans on it (a bare pointer, 'kom' with
  no where or what for) holding a negation, time, name or place is never dropped while sure (`weg-voor-vraag`; the
  outside golds split on it, so the not-sure offer does not put it back: `before_ask.OFFER`);
- round 44 (k44a): ``named_fact``: a fact about a named person right before the ask ('Lotte heeft een notenallergie.')
  is never dropped while sure (`weg-naamfeit`), and what the person has goes back in front of the not-sure offer;
  ``fronted_if``: a condition on the reader that opens the ask's sentence ('als ge morgen langs de brico rijdt, kunde
  …') is never dropped while sure (`weg-voorwaarde-voor`) and goes back in front of the not-sure offer;
  ``self_unable`` also reads what the writer's body no longer lets them do ("'k Kan ni goe stappen met mijn knie.");
  ``ask_filler`` drops a hesitation sound ('ehm', 'uhm') anywhere in the offer;
- round 44 (k44c): ``wish_seen``: 'Graag zou ik zien dat je …' is a wish of the reader, never 'Kan ik zien …' while sure
  (`wens-lezer`; the offer asks it of the reader); ``glued_ask.split``: a statement glued after the ask by a comma goes
  apart in the not-sure offer; ``typed_clash`` reads a bare title ('Juf,') against the person typed; ``names.word_named``:
  'Hoi Dan,'; ``crisis_plea.calls_named``: 'bel Eva' in crisis is the writer's own call; ``crisis_runon`` also at
  'sms'/'stuur'/'app';
- round 44 review (k44r): ``offer_if``: an offer ('Als je wilt, kun je …') made a question is never sure (`aanbod-als`);
  ``lead_name``: a name that is also a word opening the message ('Dan, kun je …') dropped is never sure
  (`weg-naam-voor`); ``crisis_plea.sends_to``: 'stuur mama', 'app de groep' in crisis is the writer's own request;
  ``crisis_runon`` never opens a line inside an apology ('sorry dat ik je dit stuur Eva …');
- round 44 second review (k44r2): ``crisis_runon``: a lower-case word after a crisis call is a name only when it is a
  known first name ([aanspreken] voornamen), else kept as typed and never sure (`crisis-naam`); a lone 'sorry' right
  before the call after the crisis words splits; ``ask_filler`` keeps a comma pair ('Kun je, Eva, …');
  ``offer_if``: 'kun je me …' is a request; ``lead_name``: 'Oké,', 'Hé,' are no names;
- round 44 third review (k44r3): ``offer_if``: only 'me'/'mij' right after the reader (or 'ons' before a moment or an
  infinitive) is a request, not 'bij ons', 'ons huis', 'altijd'; ``um_pair``: a hesitation sound before a comma pair
  is never sure, its one-word insert kept; ``ask_filler``: kin words ('mama', 'oma') keep the pair; ``crisis_runon``:
  'sorry,' and 'sorry sorry' before the call split;
- round 45 (k45b): ``crisis_runon``: a first name after a marked call ('ik wil dood, bel eva') is a name too, a call
  kept glued ('bel niemand') is written apart and never sure; ``crisis_plea``: 'bel hem' is the writer's call, a
  permitted call ('ge moogt ons Lien bellen') is put back; ``glued_ask``: a command run on into the next clause is
  never sure; ``names.word_named``: 'Hoi Dan kun je …' without the comma;
- round 45 review (k45r): ``paid_from``: what the asked thing is taken or paid from ('Ik neem ze van mijn overuren.')
  stays after the ask, only with a verb of taking or paying; with a negation or more in its sentence it is never sure;
  ``then_said.opens_so_i``: 'Zo kan ik niet meer verder.' is a statement, never the ask;
- round 45 review (k45b2): ``crisis_calls``: the last check of every crisis result, each call clause of the draft
  ('bel eva maar niet mama', 'sms niemand', 'bel morgen') kept whole, once, not run on, or never sure and offered as
  typed; no ready sentence beside a call asked for; ``crisis_shown``: the longest said stretch in one pass (speed);
  ``lead_name.ASKED``: 'Hoi Dan mag ik …';
- round 46 (k46c): ``crisis_name``: the name beside an apology in a crisis draft without a request ('sorry eva, ik
  wil dood' -> 'Eva, ik wil dood. …'), and no crisis result sure that leaves out a name the draft addresses;
  ``lead_name``: a capitalised word inside a line before the ask ('Ik ben ziek Dan kun je …', 'Hoi Straks kun je …')
  and 'Dan, mag ik …' never read away while sure; ``crisis_plea.negated_call``: 'sms me niet', 'bel 112 niett' are
  no request; ``day_clash.other_week``: a typed day never replaces 'volgende week woensdag'; ``crisis_calls``: a
  first name in a call written back gets its capital;
- round 46 (k46a): ``kin_name``: 'Mijn zoon Errol.' opening the message is a topic or the address, never sure (the
  lead, after the second review); ``thanked.apologised``: 'Sorry Ellen.' names Ellen; 'waarde', 'amice' … greet before a
  name, title or comma (greet_name); an official typed as the person asked ('de wijkagent') gets 'u', never sure
  (krimp.toml dienst); ``crisis_secret`` (lead): a crisis draft that keeps it from someone ('schat mag het niet weten')
  or asks not to be reached is never sure; ``lead_name``: 'Straks kun je komen?' -> 'Straks, kun je …' never sure;
- round 47 (k47c): ``idle_second``: no second request from a condition alone ('Mocht dat niet uitkomen'), a French
  let-off, 'hoeft u niets te doen', a call for an answer only, the Limburgish 'doe höbs', the writer's own thought or
  consequence after 'dan' ('…, dan kan ik wat slapen'); ``unnamed``: 'Weet jij of …?', 'Kent gij iemand die …?' is one;
- round 47 (k47a, the lead's decision): ``lone_statement.kept``: a sure result keeps the one short statement after a
  clean ask ('… kijken? Hij start niet meer op.'); ``lone_statement.lost`` (`weg-na`): one right after the only question
  in a shape the outside golds split on (chat, padded, three sentences) dropped is never sure;
- round 48 (k48a, switched on by the lead): ``detail_beside``: the sentence right after the ask with a time,
  a day, a place or a pointer back ('… brengen? Ik haal haar om 17 uur weer op.') put back (``ACTIVE``);
- round 48 (k48b, issue 12 "never offer nonsense"): ``nonsense``: the last look at every result; a sentence said twice
  (a list inside the question and after it), a comma put before a pronoun, 'te' moved or a split verb glued, a
  preposition glued to a verb ('in Haren … brengen' -> 'inbrengen'), a subordinate clause without its main clause, a
  pointer read as a shop or ('dat') a person, an address found only in the signature: that part in the writer's own
  words, never sure (`onzin-…`; tools/krimp_nonsense.py counts them);
- round 48 (k48c): ``crisis_every``: a crisis result puts back every clause of the draft with a crisis signal of
  either level or a dangerous place (care.heavy_signals, by a rule, not the fitted guess alone) that it dropped, in
  the writer's order before the request, the writer's words instead of the ready state; one still gone is never sure;
- round 49 (k49b): ``finite``: a finite form becomes its infinitive surely only when the spelling rules give exactly
  one verb of ``content/nl/krimp_werkwoorden.toml`` ('wacht' -> 'wachten', 'plant': two, not sure), a word such as
  'niets' or 'vrij' never takes '-en', and a form must agree with its subject ('jij … verandert') before
  ``cluster.main_verb`` takes it for the clause's verb (a comma or bracket may end the clause: '… 4/5 werk, met de
  woensdag vrij'); ``both_verbs`` turns every act of a row ('uitruimt, … afwast en … buiten zet'); ``indirect``: the
  family of indirect frames ('Zou het een idee zijn als …', 'Het zou fijn zijn als …', 'Ik zat te denken of …') and
  the last look's signs of a half-made question (``onzin-kader``, ``onzin-vervoegd``, ``onzin-rij`` in nonsense.py);
  ``frame_aside``: an aside between a frame and its clause ('verzoeken om, indien mogelijk, …') goes behind the clause;
  ``time_pointer``: no moment is pulled in beside 'tot die tijd' (a moment said elsewhere makes it a doubt);
- correct Dutch in the offered sentence: ``together`` (a typed moment joins the draft's own time: 'zaterdag om
  tien uur de sleutel brengen'), ``form`` (a condition stays with its own main clause; the self-checks for a
  bare 'als …' fragment, a stray or lost 'te', a moment before a weak pronoun; a statement said twice goes).
"""

from __future__ import annotations

from .answers import with_answers
from .compose import compose, composed
from .findings import explain, label
from .model import KINDS, MISSING, Finding, Shrunk
from .shrink import shrink

__all__ = ["Finding", "Shrunk", "shrink", "with_answers", "compose", "composed", "KINDS", "MISSING", "explain", "label"]
