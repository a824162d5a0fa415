"""A draft cut into clauses, each with a role. How the draft is cut is in segment.py. Each clause gets one role:

- ``groet`` (greeting, may hold the name), ``afsluiting`` (sign-off), ``naam`` (a vocative alone);
- ``wrap`` with a kind (excuus, last, uitweg, aanloop): goes, named in a finding;
- ``vraag`` with a form: ``direct`` (verb first), ``kader`` (wrapped: "ik vroeg me af of"),
  ``behoefte`` (a statement of need), ``gebiedend`` (imperative);
- ``staat`` (an honest sentence about how the person is), ``voorwaarde`` (a condition),
  ``extra`` (a second request announced: "oh ja", "ps"), ``tekst`` (anything else).
"""

from __future__ import annotations

import re

from .frame_that import determiner_that
from .apology_ends import trimmed as apology_trimmed
from .burden import asked_of_the_reader, burden_before_concession, burden_of_being, run_on_apology
from .greet_name import extended as extended_greetings
from .bare_salute import salute_titles
from .hail import group_hail
from .lexicon import WRAP_KINDS
from .letoff import let_off_from
from .edges import THANKS, closer
from .low_saxon import is_we
from .reported import IK
from .extra_ask import announced_extra, elliptic_extra, own_instruction
from .ifclause import IF_WORDS, condition_after_ask
from .then_said import opens_then
from .segment import Clause, split
from .signin import sign_ins
from .spilled_state import spilled_state
from .own_state import but_lead
from .subject_back import with_subject
from .thenstate import then_statement
from .shapes import fronted_need, not_understood, tag, wish_of_things
from .states import NEGATIONS, about_asking, is_state, lone_shame, not_scores
from .titles import surname_into_greeting
from .secret_aside import said_order
from .notnow import NOT_NOW as _NOT_NOW, not_a_hatch, only_some, trimmed
from .verbs import lead_at, vague_moment, your_thing
from .wordsets import CONSTRAINT_START

# Finite verbs besides the modals that continue a statement after 'en' ('… en moet elke week …').
_GOES_ON = frozenset({"moet", "hoeft", "heeft", "is", "wordt", "blijft", "gaat", "ligt", "woont", "werkt", "mag", "zal"})

# 'alleen niet meer' with the writer as subject is 'alone' (no longer managing alone), never a limit: all three corpus
# drafts with it keep it as the honest sentence (round 38, lead: 'Ik trek het alleen niet meer met de kinderen.').
_ALONE_NO_MORE = re.compile(r"\balleen (?:niet|nie|ni) meer\b")


class Analysis:
    """Phrase matches over the whole draft, and the clauses."""

    def __init__(self, d) -> None:
        self.d = d
        lex = d.lex
        self.matches: dict[str, list[tuple[int, int]]] = {}
        for name in WRAP_KINDS + ("groet", "afsluiting", "staat", "behoefte", "vaag_tijd", "vaag_wat", "relatie"):
            self.matches[name] = with_subject(d, name, d.find_cached(lex.lists[name]))  # subject_back.py
        self.matches["vaag_tijd"] = [m for m in self.matches["vaag_tijd"] if vague_moment(d, *m)]  # verbs.py
        self.matches["uitweg"] = [m for m in trimmed(d, self.matches["uitweg"]) if not not_a_hatch(d, *m)]  # notnow, moest_hatch
        self.matches["afzwakker"] = d.find_cached(lex.lists["afzwakker"], core=False)
        self.matches["last"] = [m for m in self.matches["last"]
                                if not asked_of_the_reader(d, *m) and not burden_of_being(d, *m)]  # burden.py
        self.matches["excuus"] = apology_trimmed(d, [m for m in self.matches["excuus"] if not run_on_apology(d, *m)])  # burden.py, apology_ends.py
        self.matches["groet"] = extended_greetings(d, self.matches["groet"])  # 'Morgen Ruud!', 'Dag Lieve,' (greet_name.py)
        greetings = {i0: i1 for i0, i1 in self.matches["groet"]}
        self.matches["aanloop"], self.signed = sign_ins(d, greetings, self.matches["aanloop"])  # 'hier is bomma'
        self.matches["aanloop"] = burden_before_concession(d, self.matches["aanloop"], self.matches)  # burden.py (k53b)
        self.frames: dict[int, tuple[int, object]] = {}
        for frame in lex.frames:
            for i0, i1 in d.find_cached(frame.phrases):
                if determiner_that(d, i1):
                    continue  # '… of het mogelijk is dat bedrag … te betalen': 'dat' is no complementiser (frame_that.py)
                if i0 not in self.frames or self.frames[i0][0] < i1:
                    self.frames[i0] = (i1, frame)
        self.starts: dict[str, dict[int, int]] = {}
        for name, found in self.matches.items():
            ends: dict[int, int] = {}
            for i0, i1 in found:
                ends[i0] = max(ends.get(i0, i0), i1)
            self.starts[name] = ends
        # wrapper_at, worked out once for each token where a wrapper phrase starts (round 37: speed only)
        self._wrappers = {i: self._wrapper_at(i) for i in set().union(*(self.starts[k] for k in WRAP_KINDS))}
        self.cover: dict[int, set[str]] = {}
        for name, found in self.matches.items():
            for i0, i1 in found:
                for i in range(i0, i1):
                    self.cover.setdefault(i, set()).add(name)
        self.interior: set[int] = set()
        for name in WRAP_KINDS + ("staat", "behoefte", "afsluiting"):
            for i0, i1 in self.matches[name]:
                self.interior.update(range(i0 + 1, i1))
        for i0, (i1, _) in self.frames.items():
            self.interior.update(range(i0 + 1, i1))
        self.interior -= self._wrappers_inside_states()
        self.frame_ends = {end for end, _ in self.frames.values()}
        self.moments = not_scores(d, d.find_regex(lex.moment))  # not '4-2 tegen Hercules' (scores.py)
        self.durations = d.find_regex(lex.duration)
        self.clauses = split(self)
        for c in self.clauses:
            self._classify(c)
        self.surname_guessed = False  # set when a clause of its own was taken for the surname
        surname_into_greeting(self, self._classify)  # 'hallo mevr de jong morgen …': the name, whole
        self._needs_that_are_states()
        self.shame_left = False  # lone_shame sets it when shame about the asking goes (shame_gone.py)
        lone_shame(self)  # 'ik schaam me er een beetje voor' alone: the honest sentence
        about_asking(self)  # 'ik schaam me ervoor, want ik heb nooit om hulp gevraagd': an apology
        self._alternatives()

    def _alternatives(self) -> None:
        """'Kunt ge de hond uitlaten? Alleen als het niet regent, anders mag ge hem in de tuin laten.': a question
        after a bare 'anders' is the other way to do the same thing, a limit on the request before it, not a second."""
        d = self.d
        out: list[Clause] = []
        for c in self.clauses:
            x = out[-1] if out else None
            if x is not None and x.sent == c.sent and c.role == "vraag" and c.kind == "direct" and x.role == "voorwaarde" \
                    and [d.word(i) for i in d.content(x.a, x.b) if d.is_word(i)] == ["anders"] \
                    and any(y.role == "vraag" for y in out[:-1]):
                out[-1] = Clause(x.a, c.b, x.sent, role="beperking", start=x.start)
                continue
            out.append(c)
        self.clauses = out

    def _needs_that_are_states(self) -> None:
        """'Kun je bellen? Ik heb iemand nodig om tegen te praten.': next to another request, a need
        that is wholly an honest phrase says how the writer is (alone, it is the ask)."""
        needs = [c for c in self.clauses if c.kind == "behoefte" and self.starts["staat"].get(c.start, -1) >= c.b]
        if needs and any(c.role == "vraag" and c.kind != "behoefte" for c in self.clauses):
            for c in needs:
                c.role, c.kind = "staat", ""

    def _wrappers_inside_states(self) -> set[int]:
        """'ik ben echt op vandaag ik weet da gij ook moe zijt': a state phrase ran on into a wrapper (its own clause)."""
        wrapped = {i for name in WRAP_KINDS for i0, i1 in self.matches[name] for i in range(i0 + 1, i1)}
        return {i0 for name in WRAP_KINDS for i0, _ in self.matches[name]
                if i0 not in wrapped and any(s0 < i0 < s1 for s0, s1 in self.matches["staat"])}

    def wrapper_at(self, i: int) -> tuple[str, int] | None:
        """The wrapper kind and end of the longest wrapper phrase starting at token i (an apology
        word in front makes it an apology: 'sorry dat ik stoor'). Worked out once per draft (None where none starts)."""
        return self._wrappers.get(i)

    def _wrapper_at(self, i: int) -> tuple[str, int] | None:
        if i in self.starts["excuus"]:
            return "excuus", max(self.starts[k].get(i, i) for k in WRAP_KINDS)
        best: tuple[str, int] | None = None
        for kind in WRAP_KINDS:
            end = self.starts[kind].get(i)
            if end is not None and (best is None or end > best[1]):
                best = (kind, end)
        return best

    def covered(self, i: int, names=WRAP_KINDS) -> str | None:
        kinds = self.cover.get(i)
        if not kinds:
            return None  # most tokens: in no phrase (speed only)
        for name in names:  # a plain loop: no generator made for each token (speed only, round 38)
            if name in kinds:
                return name
        return None

    def first_meaningful(self, a: int, b: int) -> int:
        d = self.d
        for i in range(a, b):
            if not d.is_word(i):
                continue
            if but_lead(d, i):
                continue  # 'zijn mar ik kan …' (own_state.py, k34f)
            if opens_then(d, i):
                return i  # '… wassen? Dan mag je hem zaterdag lenen.': 'Dan' stays with its statement (then_said.py)
            if d.word(i) in d.lex.loose_front and lead_at(d, i) is None and i not in self.frames and not said_order(d, i, b):
                continue  # not 'zeg het niet tegen mama' (secret_aside.py)
            if self.covered(i, ("afzwakker",)) and lead_at(d, i) is None and i not in self.frames:
                continue
            if d.word(i) in ("graag", "dan", "echt", "eigenlijk", "verder", "daarnaast", "ook") and i + 1 < b and (
                    i + 1 in self.frames or lead_at(d, i + 1)):
                continue  # "Graag zou ik u willen vragen of …", "Verder vroeg ik mij af of …"
            if d.word(i) in _THEREFORE and i + 1 < b and i + 1 in self.frames:
                continue  # "Daarom wil ik u vragen of …": the link to what went before goes with the frame
            return i
        return -1

    def _classify(self, c: Clause) -> None:
        d = self.d
        lex = d.lex
        toks = d.content(c.a, c.b)
        s = self.first_meaningful(c.a, c.b)
        c.start = s
        present = set().union(*(self.cover.get(i, ()) for i in toks)) if toks else set()
        c.kinds = [k for k in WRAP_KINDS if k in present]
        edge = "leeg" if s < 0 else "groet" if self._is_greeting(c, s) else "afsluiting" if self._is_signoff(c, s) else \
            "wrap" if tag(self, s, toks) else ""  # '… mee mag luisteren. Kan dat?': the ask was the sentence before
        if edge:
            c.role, c.kind = edge, "uitweg" if edge == "wrap" else c.kind
            return
        if s in self.frames and self._frame_ok(s, c.b):
            c.role, c.kind = "vraag", "kader"
            c.frame = (s, self.frames[s][0], self.frames[s][1])
            return
        verb = s + 3 if s + 2 < c.b and d.word(s + 1) == "van" and d.word(s + 2) in ("jullie", "u", "ons") else s + 1
        if d.word(s) == "wie" and verb < c.b and (d.word(verb) in lex.finite or d.word(verb).endswith("t")):
            if not past_question(d, verb, c.b) and not is_we(d, s, verb, c.b):  # Drents 'wie gaot' = 'we gaan' (low_saxon.py)
                c.role, c.kind = "vraag", "wie"
                return
        lead = lead_at(d, s)
        if lead is not None and d.word(s) in ("mocht", "mochten", "moest") and (
                self.wrapper_at(s) is not None or not_a_hatch(d, s, c.b) or condition_after_ask(self, c, toks)):
            lead = None  # 'Mocht u tijd hebben, …', '… ophalen mocht ik vastzitten': a condition ('should …'), not a question
        if lead is not None and (self._after_adverb(c, s) or self._shared_subject(c, s, lead) or then_statement(self, c, s, lead)):
            lead = None  # "Dan kan ik eindelijk die planken ophangen": a statement, verb second
        if lead is not None and not (lead.lemma == "" and lead.subject == "ik"):
            c.role, c.kind, c.lead = "vraag", "direct", lead
            return
        if s in self.starts["behoefte"] or fronted_need(self, s, toks):
            c.role, c.kind = "vraag", "behoefte"
            return
        wrap = self.wrapper_at(s)
        if wrap is not None and (wrap[0] == "aanloop" and self.starts["staat"].get(s, -1) >= wrap[1] or wrap[0] == "uitweg"
                                 and not_understood(self, c, toks)) or not wrap and toks and self.starts["staat"].get(s, -1) > toks[-1]:
            c.role = "staat"  # 'ik ben het beu om te leven', 'ik snap het stuk over X nie goed': how it goes
            return
        if wrap is not None or self._mostly_wrapped(toks) and not spilled_state(self, c):  # k34f: spilled_state.py
            c.role, c.kind = "wrap", wrap[0] if wrap else (c.kinds[0] if c.kinds else "aanloop")
            return
        limit = "extra" if own_instruction(self, c, toks) else "beperking" if self._is_constraint(toks, s) else ""
        if limit or self._continued(c, s):  # 'Alleen niet op dinsdag.'; '… en kan niet meer …' (no subject, no ask)
            c.role = limit or c.role  # '… thuis zijn? En niet meer over de dijk.': a second ask
            return
        if s in self.starts["staat"] or is_state(self, c.start, c.b):
            c.role = "staat"
            return
        if (d.find_at(lex.extra, s) is not None or toks and d.find_at(lex.extra, toks[0]) is not None) and not wish_of_things(d, toks):
            announced_extra(self, c, toks)
            return
        if elliptic_extra(self, c, toks):
            c.role = "extra"  # '2. en de rekening betalen?': another request, its verb only
            return
        if d.word(s) in lex.imperatives and len(d.words(s)) == 1 and subject_free(d, s):
            c.role, c.kind = "vraag", "gebiedend"
            return
        flemish_if = d.word(s) in IF_WORDS and (condition_after_ask(self, c, toks) or not_a_hatch(d, s, c.b))  # or a trip
        c.role = "voorwaarde" if d.word(s) in lex.condition_start or flemish_if else "tekst"

    def _after_adverb(self, c: Clause, s: int) -> bool:
        d = self.d
        before = [d.word(i) for i in d.content(c.a, s)]
        lead = lead_at(d, s)
        if before and before[-1] == "dan" and lead is not None and lead.lemma == "zullen" and (
                lead.subject in ("je", "jij", "u", "ge", "gij") or (lead.subject == "ik" and d.word(lead.end) == "graag")):
            return False  # 'Mocht u tijd hebben, dan zou je mij helpen / zou ik graag …': the request itself
        return bool(before) and before[-1] in ("dan", "nu", "daarna", "toen", "zo", "straks", "dus")

    def _shared_subject(self, c: Clause, s: int, lead) -> bool:
        """'Onze kat is weggelopen en kan overal zitten': after 'en', 'maar' or 'dus' the verb in front
        shares the subject of the statement before it; no subject of its own follows, so no question."""
        return lead.subject in ("np", "np-mv") and self._joined_statement(c, s) is not None

    def _joined_statement(self, c: Clause, s: int) -> Clause | None:
        """The statement (plain or honest) that 'en', 'maar' or 'dus' right before s joins c to."""
        d = self.d
        before = [x for x in self.clauses_before(c) if x.sent == c.sent and x.role != "leeg"]
        joins = [d.word(i) for i in d.content(before[-1].b, s)] if before else []
        ok = joins and joins[-1] in ("en", "maar", "dus") and before[-1].role in ("tekst", "staat")
        return before[-1] if ok else None

    def _continued(self, c: Clause, s: int) -> bool:
        """'Mijn moeder woont alleen en kan sinds haar val niet meer …': a finite verb right after 'en',
        'maar' or 'dus' with no subject of its own continues the statement before it and shares its
        subject and its role: never a question, and never, shown alone, an honest sentence that starts
        with 'Kan' (it is one when the statement it continues is: 'Ik ben op en kan niet meer')."""
        d = self.d
        lex = d.lex
        if d.word(s) not in lex.finite and d.word(s) not in lex.state_modal | lex.state_verbs | _GOES_ON:
            return False
        lead = lead_at(d, s)
        if lead is not None and lead.subject not in ("np", "np-mv"):
            return False  # '… en kan jij …', '… en wil iemand …': a subject of its own
        statement = self._joined_statement(c, s)
        if statement is None:
            return False
        c.continues, c.role = True, statement.role
        return True

    def _frame_ok(self, s: int, b: int) -> bool:
        """A wrapping phrase counts when a request follows it: 'ik hoop dat je morgen kunt komen',
        not 'ik hoop dat alles goed is'. A longer greeting or apology phrase at the same place wins."""
        d = self.d
        end, frame = self.frames[s]
        wrap = self.wrapper_at(s)
        if wrap is not None and wrap[1] > end:
            return False
        if frame.subject or "om" in frame.comps or end >= b:
            return end < b or "om" in frame.comps
        if any(d.word(i) in _HOPE for i in range(s, end)) and any(d.word(i) in d.lex.pasts for i in range(end, b)):
            return False  # 'ik hoop dat jullie een fijn weekend hadden': a wish about what was, no request
        nxt = d.word(end)
        if nxt == "er" and d.word(end - 1) in ("of", "als", "dat") and any(d.word(i) in _CAN | _BE for i in range(end + 1, b)):
            return True  # 'ik wil u vragen of er een leuning kan worden geplaatst': a request without a person
        if nxt in ("alles", "het", "dat", "dit", "er", "iets", "niets", "niks") and end + 1 < d.n and d.word(end + 1) != "iemand":
            return end in self.frames  # "of het mogelijk is …" goes on; "dat alles goed is" does not
        return True

    def _is_constraint(self, toks: list[int], s: int) -> bool:
        """'Alleen niet op dinsdag', 'Het liefst niet op woensdag', 'Wel ni vóór zondagavond', 'Graag voor zondag'."""
        d, words = self.d, [self.d.word(i) for i in toks if i >= s]
        if only_some(d, words) or not words or len(words) > 10 or any(d.word(i) in ("dus", "want", "omdat", "daarom") for i in toks if i < s):
            return only_some(d, words)  # 'Alleen iemand met een auto.' (notnow.py); 'ze is ziek dus ni naar de crèche': no limit
        other = s > toks[0] and d.word(s - 1) in ("zo", "dan", "indien") and not any(i0 in toks for i0, _ in self.moments)
        if words[0] in ("niet", "ni", "nie") and (len(words) == 1 and toks[-1] + 1 < d.n and d.is_word(toks[-1] + 1) or other):
            return False  # 'Niet | als je het te druk hebt' (left of a hatch), 'Zo niet, …', '…, dan niet': no limit
        negated = bool(NEGATIONS & set(words))
        if any(words[k] in NEGATIONS and words[k + 1].endswith("en") and words[k + 1] not in d.lex.not_infinitive
               for k in range(len(words) - 1)):
            return False  # "NIET aanbellen": an instruction, not a condition
        head = " ".join(words[:2])
        if words[0] in CONSTRAINT_START or head in ("het liefst", "maar niet", "maar ni") or head in _NOT_NOW and negated:
            return (negated or any(s <= i0 for i0, _ in self.moments if i0 in toks)) and not let_off_from(d, s)
        said = " ".join(words) + " "
        if _ALONE_NO_MORE.search(said) and IK & set(words):
            return False  # 'ik trek het alleen niet meer', 'ik kom er alleen nie meer uit': alone, how the writer is
        return negated and ("alleen niet" in said or "alleen ni " in said)

    def _mostly_wrapped(self, toks: list[int]) -> bool:
        if not toks:
            return False
        covered = sum(1 for i in toks if self.covered(i) or self.d.word(i) in self.d.lex.loose_front)
        return covered * 3 >= len(toks) * 2

    def _is_greeting(self, c: Clause, s: int) -> bool:
        toks = self.d.content(c.a, c.b)
        end = self.starts["groet"].get(toks[0]) if toks else None
        if end is None:
            titles = {i for i in toks if self.d.is_word(i) and self.d.word(i) not in ("en", "of")}
            if titles and titles <= salute_titles(self):
                return True  # 'Geachte heer, | mevrouw,': the salutation's second title (bare_salute.py)
            return group_hail(self, c, toks)  # 'Guys, kan iemand …' (hail.py)
        first_clause = all(not self.d.content(x.a, x.b) for x in self.clauses_before(c))
        return (first_clause and lead_at(self.d, toks[0]) is None) or group_hail(self, c, toks)

    def _is_signoff(self, c: Clause, s: int) -> bool:
        """A sign-off closes the message: only in its last two sentences."""
        d = self.d
        if d.word(s) in ("oke", "ok") and s + 1 < c.b:
            s += 1  # '… maar half 7 ok thx'
        end = self.starts["afsluiting"].get(s)
        if end is None or c.sent < len(d.sentences) - 2:
            return False
        if c.a > 0 and c.a != d.sentences[c.sent][0] and d.tok_text(c.a - 1) not in ",.!?" and "\n" not in d.gap(c.a) \
                and d.word(s) not in THANKS and not closer(d, s):
            return False  # '[bold red]x[/]' is no kiss; 'thx' at the end of a chat line is thanks
        rest = self.d.content(end, c.b)
        return len(rest) <= 3

    def clauses_before(self, c: Clause) -> list[Clause]:
        """The clauses in front of c (all of them when c is not one: while the draft is cut, a clause tried)."""
        clauses = getattr(self, "clauses", [])
        try:
            return clauses[:clauses.index(c)]  # a Clause is equal only to itself: the first that `is` c (speed only)
        except ValueError:
            return list(clauses)


def past_question(d, verb: int, b: int) -> bool:
    """'wie heeft mn pan gebruikt': asks who did something, not who will."""
    if d.word(verb) not in ("heeft", "hebben", "had", "is", "was", "zijn"):
        return False
    return any(len(w) > 4 and (w.startswith("ge") or any(w.startswith(p + "ge") for p in d.lex.particles)) and w[-1] in "dtn"
               for w in (d.word(k) for k in range(verb + 1, b)))  # 'gebruikt', 'opgegeten'


def subject_free(d, i: int) -> bool:
    """An imperative: the verb is not followed by a subject ("Bel me", not "Bel je"; in 'neem je eigen …' 'je' is 'your')."""
    nxt = i + 1
    return not (nxt < d.n and d.word(nxt) in ("je", "jij", "u", "ge", "gij", "ik", "jullie", "we", "wij")) or your_thing(d, i)


# Words that link a frame to what went before ("Daarom wil ik u vragen of …", "Dus ik vroeg me af of …").
_THEREFORE = frozenset({"daarom", "dus", "vandaar", "hierbij", "allereerst", "tenslotte", "nu", "toch"})
_HOPE = frozenset({"hoop", "hopen", "hoopte", "khoop", "wens", "wensen"})  # a wish frame (_frame_ok)
_CAN = frozenset({"kan", "kunnen", "mag", "mogen", "zou", "zouden"})
_BE = frozenset({"is", "komt", "wordt", "staat", "ligt"})
