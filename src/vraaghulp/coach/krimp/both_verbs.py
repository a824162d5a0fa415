"""Two acts joined by 'en' in the clause a frame wraps: 'zou je het erg vinden als je de kat eten geeft en de
post binnenlegt' -> 'wil je de kat eten geven en de post binnenleggen?'.

The verb cluster at the end ('binnenlegt') is made an infinitive by the rewrite; the verb that closes the first
act, right before 'en', kept its finite form ('geeft'), and the whole result was offered as the person's own
words. When the clause has no auxiliary (its last verb is the main verb) and the word before 'en' is a finite
form of a verb (a known irregular form or a stem with -t, not a noun, not after an article), it becomes an
infinitive too; a guessed form makes the result not sure, as for the verb at the end.
"""

from __future__ import annotations

from .cluster import DETERMINERS
from .lexicon import YOU
from .pieces import new_piece
from .finite import agrees, listed_infinitives
from .verbs import infinitive_of, is_infinitive


def first_verb_too(an, rest: list, size: int, cluster, req, subject: str = "") -> None:
    """Turn the finite verb before each 'en', 'of' or comma that joins acts in rest[size:cluster.start] (in place).
    Round 49 (k49b): every act of a row, not the first alone ('de vaatwasser uitruimt, de pannen afwast en het
    vuilnis buiten zet'); at 'of' or a comma only a verb of the list (finite.py) that agrees with the subject."""
    lex = an.d.lex
    if _second_actor(an, rest[size:cluster.start]):
        req.doubts.append("tweede onderwerp")  # 'als je kookt en ik de afwas doe': not two acts of the reader
        return
    if cluster.lemma or not cluster.verbs or cluster.finite.word == cluster.verbs[-1].word:
        return  # an auxiliary, or the clause's own verb was not turned
    for k in range(size + 2, cluster.start - 1):
        verb, before, join = rest[k - 1], rest[k - 2], rest[k].text.lower()
        if join not in _JOINS or not verb.toks or verb.word in lex.not_verb or is_infinitive(lex, verb.word):
            continue
        if before.word in DETERMINERS or before.word in lex.prepositions:
            continue  # 'de kat en …': a noun
        if join != "en":
            listed = listed_infinitives(verb.word, subject, lex.irregular, lex.particles)
            if listed and (not subject or agrees(verb.word, subject, lex.irregular, lex.finite)):
                rest[k - 1] = new_piece(listed[0], verb.toks)
                req.doubts.extend([] if len(listed) == 1 else ["werkwoordsvorm afgeleid"])
            continue
        if not (verb.word in lex.irregular or (len(verb.word) > 3 and verb.word.endswith("t"))):
            continue
        inf, sure = infinitive_of(lex, verb.word)
        if inf:
            rest[k - 1] = new_piece(inf, verb.toks)
            if not sure:
                req.doubts.append("werkwoordsvorm afgeleid")


_JOINS = frozenset({"en", "of", "maar", ","})
_ENDS = frozenset({"want", "omdat", "zodat", "anders", "dus", "als", "dat", "die", "wat", "terwijl", "zolang", "om"})


def later_verbs_too(an, rest: list, cluster, req, subject: str) -> None:
    """An act joined after the clause's own verb ('… langskomt maar eerst even appt'): its finite verb of the list,
    agreeing with the subject, becomes an infinitive too (in place); a new subject or a subordinator ends the row."""
    lex = an.d.lex
    k = cluster.end
    while k < len(rest) and rest[k].text.lower() in _JOINS:
        end = k + 1
        while end < len(rest) and rest[end].text.lower() not in _JOINS and rest[end].word not in _ENDS \
                and rest[end].text not in (";", ":", "(", ")", "?", ".", "!"):
            end += 1
        act = rest[k + 1:end]
        if not act or act[0].word in lex.subjects | {"hij", "zij", "ze", "het", "er"}:
            return  # '…, ik ben kapot': a clause of its own
        verb = act[-1]
        before = act[-2].word if len(act) > 1 else ""
        listed = listed_infinitives(verb.word, subject, lex.irregular, lex.particles) if verb.toks else []
        if not listed or before in DETERMINERS or not agrees(verb.word, subject, lex.irregular, lex.finite):
            return
        rest[end - 1] = new_piece(listed[0], verb.toks)
        req.doubts.extend([] if len(listed) == 1 else ["werkwoordsvorm afgeleid"])
        k = end


def _second_actor(an, pieces: list) -> bool:
    """After an 'en' comes another doer ('en ik de afwas doe', 'en Piet terugrijdt'): the second act is not
    asked of the reader, so the two verbs are no pair of the reader's acts."""
    d = an.d
    for piece, nxt in zip(pieces, pieces[1:]):
        if piece.word != "en" or not nxt.toks:
            continue
        if nxt.word in d.lex.subjects - YOU or nxt.word in {"hij", "zij", "wij", "we", "'k", "k"}:
            return True
        if d.tok_text(nxt.toks[0])[:1].isupper():
            return True
    return False
