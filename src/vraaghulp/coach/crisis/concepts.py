"""Step 4a of the crisis check: mark the concepts in a normalised sentence.

A concept is an idea rather than a phrase: a means (pills, a rope, a bridge), acquiring
something (bought, saved, looked up), a farewell, "for when I'm not here", someone who
died... Each concept in ``crisis_begrippen.toml`` lists its forms: one word or a few words
in a row, written in the normalised spelling. In a form

- ``woord``    exactly this word;
- ``woord*``   any word that begins so (inflections: ``spaar*`` = spaar, spaarde, spaarzaam);
- ``*woord``   any longer word that ends so (compounds: ``*pillen`` = slaappillen);
- ``a|b``      one of these (each may use * as above);
- ``@lijst``   any word of a shared word list (``[lijst]``);
- ``#``        any number (18, 500, 23);
- ``~`` / ``~3``  up to 2 (or 3) other words in between.

A concept marked ``ontkenbaar`` does not count right after niet, geen or nooit ("geen
pillen gekocht"; a number instead of ``true`` says how many words back to look). A concept with ``tenzij`` does not count when one of those concepts is
within ``tenzij_binnen`` words of it ("als ik er niet ben" next to "morgen").
Standard library only; nothing is built at import time.
"""

from __future__ import annotations

from collections import namedtuple
from itertools import compress

from vraaghulp.coach.crisis.forms import (_BARRIERS, _END, _NAME, _NOTHING, _START, NEGATING, NEGATIONS, Hit, Needs,
                                         _drop_contained, _Form, _hit, _negated, _place_back, _rest, _slot, _with_needs)
from vraaghulp.coach.crisis.table import Table

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs milliseconds
if TYPE_CHECKING:
    from typing import Any

__all__ = ["Hit", "Lexicon", "NEGATIONS", "EVERYDAY", "MEETING_AHEAD", "ORDINARY_OCCASION", "ORDINARY_WORDING",
           "PLANS_AHEAD", "SHARED_ESTATE", "Rule", "Located"]

# The concepts of the frames of the [[samen]] rules (`combine`, `holds`).
# Message-wide frames, when everything a rule found is an everyday word (a goodbye, a
# thank-you, something arranged or given away, "voor het laatst", or words inside an everyday
# wording of a definitive word: `ORDINARY_WORDING`): the writer's own ordinary occasion
# (moving house, a new job, retirement, a school year ending, a notary's or bank's advice, a
# hospital stay for a knee) anywhere in the message switches any rule off, whatever its reach;
# plans with others ahead ("komen jullie koffie drinken", "volgend jaar willen we naar ...")
# switch a rule over the whole message off when its hits stand in different sentences.
# Anything strong among the hits ("niemand hoeft zich nog zorgen te maken", "niet meer nodig
# waar ik heen ga", "voor als ik er niet meer ben", a plan, a means) keeps the rule, frame or not.
ORDINARY_OCCASION = "gewone-aanleiding"
MEETING_AHEAD = "weerzien"  # "tot ziens", "kom eens langs", "mijn nieuwe nummer", leaving a club: an occasion too
PLANS_AHEAD = "toekomst-plan"
# Estate papers arranged together with a partner, for someone else or long ago ("vorig jaar samen
# met mijn man het testament", "zijn testament"): an occasion under which a calm ("maak je geen
# zorgen") is everyday too, as with plans ahead.
SHARED_ESTATE = "geregeld-samen"
EVERYDAY = frozenset(("afscheid", "afscheid-zwak", "regelen", "weggeven-bezit", "bezit", "weggeven", "groet", "beleefd",
                       "tijd", "laatste", "signaal:afscheid", "signaal:zaken-regelen", "signaal:tijd",
                       "signaal:nalaten", "voortaan-anderen"))
# A concept that marks the everyday wordings of definitive words ("nooit meer", "ik heb het
# niet meer nodig", "voorgoed"): a hit of another concept inside such words counts as everyday.
ORDINARY_WORDING = "alledaags"

# name, family, level; items (frozensets of names); within: words, 0 = one sentence, -1 = the
# whole message; unless (concept names) and unless_reach (words around the hits, 0 = their
# sentences); other: what a rule about someone else gives ("zorg" or ""); ordered: the items
# in the order written; person: whose it is matters (False for [[combinatie]]: its signals
# already know); clause_person: persoon = "zin" (an ik/me/mij in the sentence decides) or
# "ik" (the same, and the rule holds only when the writer is named: the safety net).
Rule = namedtuple("Rule", "name family level items within unless unless_reach other ordered person clause_person",
                  defaults=(True, ""))


# What a check knows about the message: every word (sentences one after the other), for
# each word the number of its sentence, the person words, and the words that stand for an
# unwritten "ik" (a clause that starts with "wil", "denk", "snij" ...).
Located = namedtuple("Located", "words sentence_of first_person third_person implied own", defaults=(frozenset(), None))



class Lexicon:
    """Every concept form, indexed by what its first word can be (see `lexicon.compile_lexicon`).

    Only the index is ready at the start; a form's other words are read the first time
    its first word turns up in a text.
    """

    def __init__(self, compiled: dict[str, Any]) -> None:
        written = compiled["vormen"]  # {concept: [negatable, forms]}, or the stored forms read one at a time
        if isinstance(written, dict):
            written = [(name, negatable, *(form if isinstance(form, list) else (form, 0)))
                       for name, (negatable, forms) in written.items() for form in forms]
        self._written = written
        self._lists: dict[str, list[str]] = compiled["lijsten"]
        self._single = Table(compiled["enkel"])  # one-word form -> its concepts
        self._negatable: dict[str, int] = compiled["ontkenbaar"]
        names = getattr(written, "names", None) or frozenset(form[0] for form in written)
        self.names = names | frozenset(compiled["enkel_namen"])
        self.unless = {name: (frozenset(b), reach) for name, (b, reach) in compiled["tenzij"].items()}
        # every concept named in some 'tenzij': only their hits can switch another off (`keep`; round 52, s52)
        self._blockers = frozenset(name for blockers, _reach in self.unless.values() for name in blockers)
        index = compiled["index"]
        self._exact, self._prefix, self._suffix = (Table(index[name]) for name in ("woord", "begin", "eind"))
        self._pairs = Table(index["paar"])  # "first second" -> the forms that begin with these two words
        self._forms: dict[int, _Form] = {}  # the forms read so far (a list of them all would cost ~60 KB)
        self._number = tuple(index["getal"].get("#", ()))
        self._prefix_lengths = sorted({len(p) for p in self._prefix.keys()})
        self._suffix_lengths = sorted({len(s) for s in self._suffix.keys()})
        self._cache: dict[str, tuple[int, ...]] = {}
        self._facts: dict[str, tuple[tuple[str, ...], bool, tuple[_Form, ...]]] = {}
        self._pair_cache: dict[str, tuple[tuple[_Form, Needs], ...]] = {}

    def form(self, n: int) -> _Form:
        """Form number n, its words read on first use."""
        form = self._forms.get(n)
        if form is None:
            concept, negatable, written, back = self._written[n]
            slots = tuple(_slot(part, self._lists, f"begrip {concept}") for part in written.split())
            needs = tuple(slot.exact for slot in slots
                          if slot.exact and not (slot.gap or slot.prefixes or slot.suffixes or slot.number))
            form = self._forms[n] = _Form(concept, slots, negatable, needs, back)
        return form

    def starting_with(self, word: str) -> tuple[int, ...]:
        """The forms whose first word can be this word (remembered per word)."""
        found = self._cache.get(word)
        if found is None:
            ids = list(self._exact.get(word, ()))
            if word.isdigit():
                ids += self._number
            for n in self._prefix_lengths:
                if n > len(word):
                    break
                ids += self._prefix.get(word[:n], ())
            for n in self._suffix_lengths:
                if n >= len(word) - 1:  # round 36 (c36): a compound's first part has two letters at least
                    break
                ids += self._suffix.get(word[-n:], ())
            found = tuple(sorted(set(ids)))
            if len(self._cache) < 20000:
                self._cache[word] = found
        return found

    def _pair_forms(self, pair: str) -> tuple[tuple[_Form, Needs], ...]:
        """The forms that begin with these two words, read (remembered per pair, as `starting_with`)."""
        found = self._pair_cache.get(pair)
        if found is None:
            found = _with_needs(pair.split(), [self.form(n) for n in self._pairs.get(pair, ())])
            if len(self._pair_cache) < 20000:
                self._pair_cache[pair] = found
        return found

    def _facts_of(self, word: str) -> tuple[tuple[str, ...], bool, tuple[_Form, ...]]:
        """The concepts this word is on its own, whether a two-word key begins with it, and the
        forms that begin with it (`starting_with`): one look-up per word (remembered, as there)."""
        found = (self._single.get(word, ()), self._pairs.has_prefix(f"{word} "),
                 _with_needs((word,), [self.form(n) for n in self.starting_with(word)]))  # the forms: read once here
        if found == _NOTHING:
            found = _NOTHING  # one shared value: `tag` skips such a word at once
        if len(self._facts) < 20000:
            self._facts[word] = found
        return found

    def tag(self, words: list[str], offset: int) -> list[Hit]:
        """Every concept in one sentence (words), positions counted from `offset`."""
        hits: dict[tuple[str, int], Hit] = {}
        size = len(words)
        if words and words[-1] not in _BARRIERS:  # a form may end at the end of the text: "voor als ."
            words = [*words, "."]
        facts, pair_cache = self._facts, self._pair_cache
        present, negatable = set(words), self._negatable
        apart = present.isdisjoint  # a set of words none of which is in the sentence
        negating = not apart(NEGATING)  # round 58 (s58): no negation in the sentence, no word is negated (`_negated`)
        for i in range(size):
            word = words[i]
            found = facts.get(word) or self._facts_of(word)
            if found is _NOTHING:
                continue  # most words: no concept, no form begins with them
            singles, pair_first, candidates = found
            for concept in singles:  # no hit at (concept, i) yet: earlier words' forms all start before i
                if not (negating and concept in negatable and _negated(words, i, negatable[concept])):
                    hits[(concept, i)] = _hit((concept, offset + i, offset + i + 1, word))
            if pair_first and i + 1 < size:
                pair = f"{word} {words[i + 1]}"
                led = pair_cache.get(pair)
                candidates += self._pair_forms(pair) if led is None else led
            for form, needs in candidates:
                if needs and (apart(needs[0]) or len(needs) > 1 and (apart(needs[1]) or len(needs) > 2
                                                                      and any(map(apart, needs[2:])))):
                    continue  # a word the form needs is not in the sentence (most candidates stop here; round 42,
                    # c42f: the first two sets tested inline, most forms need one to three)
                if form.back:
                    _place_back(form, words, i, size, offset, hits)
                    continue
                end = _rest(form.slots, 1, words, i + 1)  # round 42 (c42f): `_match` inline, the first slot fits
                if end is None or (form.negatable and negating and _negated(words, i, form.negatable)):
                    continue
                if end > size:
                    end = size
                old = hits.get((form.concept, i))
                if old is None or old.end < offset + end:
                    hits[(form.concept, i)] = _hit((form.concept, offset + i, offset + end, " ".join(words[i:end])))
        if len(hits) < 2:
            return list(hits.values())
        found = sorted(hits.values(), key=_END, reverse=True)  # by place: start, then the longest first (`_by_place`),
        found.sort(key=_START)  # as two stable sorts on C keys (round 36, c36s)
        return _drop_contained(found)

    def keep(self, hits: list[Hit]) -> list[Hit]:
        """The hits of the whole message minus those a nearby 'tenzij' concept switches off."""
        unless, blockers = self.unless, self._blockers
        names = list(map(_NAME, hits))  # round 58 (s58): the names read once, in C
        by_name: dict[str, list[Hit]] = {}
        blocking = list(map(blockers.__contains__, names))
        for name, hit in zip(compress(names, blocking), compress(hits, blocking)):
            by_name.setdefault(name, []).append(hit)
        # only a hit whose 'tenzij' names a concept the message holds can be switched off (`_blocked` walks the
        # blockers' hits: with none of them there it is False); most of the letter's hits with a 'tenzij' have none
        live = {name for name in unless.keys() & set(names) if not unless[name][0].isdisjoint(by_name)}
        if not live:
            return hits[:]
        return [hit for name, hit in zip(names, hits) if name not in live or not self._blocked(hit, by_name)]

    def _blocked(self, hit: Hit, by_name: dict[str, list[Hit]], deep: bool = True) -> bool:
        """A 'tenzij' concept near the hit switches it off, unless that concept is itself switched
        off by its own 'tenzij' (one level: an absence 'vanaf zaterdag' beside pills is no absence)."""
        rule = self.unless.get(hit.name)
        if rule is None:
            return False
        blockers, reach = rule
        return any(other.start < hit.end + reach and hit.start - reach < other.end
                   and not (deep and self._blocked(other, by_name, False))
                   for name in blockers for other in by_name.get(name, ()))


