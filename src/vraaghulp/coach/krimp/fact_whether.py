"""A 'whether' frame around a fact about a third thing is no request to do it (round 34, k34e).

'ik vroeg me af of de trein morgen rijdt' came back as 'Mag de trein morgen rijden?', marked sure: a clause
without a modal of its own was read as asking leave ('zou u het erg vinden als Mats …' -> 'Mag Mats …?'). But after
'ik vroeg me af / ik was benieuwd / ik wil weten of' a clause whose subject is neither the reader nor the writer (the
train runs, the shop is open, the package has come, my son passed) is what the reader must find out or tell; the
reader cannot allow it. Such a clause is never turned sure. With a verb of its own that can go in front ('of de winkel
open is', 'of de dokter spreekuur heeft') it is turned with that verb, not sure (`feit-twijfel`, soft: vouch.py); with
none ('rijdt', 'doorgaat') the engine offers the writer's own words (a hard doubt: no 'mag' is put in). Only its own
'kan'/'mag' ('of de monteur morgen kan komen', 'of mijn zoon bij jullie mag spelen') asks the reader for something
and is turned as before.
"""

from __future__ import annotations

_OTHER = frozenset({"np", "er"})  # 'de trein', 'mijn zoon', 'Luuk', 'hij', 'er' (verb_first.subject_of)
_ASKING = frozenset({"kunnen", "mogen"})  # the clause's own modal: it asks whether it can or may be


def fact_of_other(frame, comp: str, subject: str, lemma: str | None) -> bool:
    """The frame asks whether a fact about a third thing holds: 'ik vroeg me af of | de trein morgen rijdt'."""
    return comp == "of" and frame.kind == "aanloop" and subject in _OTHER and (lemma or "") not in _ASKING


def mark_fact(req, frame, comp: str, subject: str, lemma: str | None) -> None:
    """Withhold `zeker` for such a clause: softly when its own verb goes in front, else the writer's own words."""
    if not fact_of_other(frame, comp, subject, lemma):
        return
    if lemma:
        req.guesses.add("feit")  # 'Is de winkel zondag open?': the clause's own verb, not sure (vouch.py)
    else:
        req.doubts.append("feit van een ander")  # 'Mag de trein morgen rijden?' never: the own words stay
