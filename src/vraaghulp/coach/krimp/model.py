"""The public result types of the krimp engine."""

from __future__ import annotations

from dataclasses import dataclass, field

KINDS = (
    "excuus",
    "last",
    "uitweg",
    "angst",
    "oordeel",
    "afzwakker",
    "aanloop",
    "groet",
    "meer-vragen",
    "geen-moment",
    "vaag",
    "te-lang",
    "staat",
    "achtergrond",
    "ingevuld",
    "onzeker",
    "goed",
)
MISSING = ("wat", "wanneer", "hoe-lang")


@dataclass(frozen=True)
class Finding:
    """One remark on the draft.

    kind: one of KINDS. text: the draft's own words it is about ("" when it is about something
    missing; two separated words are joined with " … ", as in "zou … kunnen").
    explanation: the kind's full Dutch explanation; label: its short Dutch label (both from
    content/nl/krimp.toml). sentence: for "meer-vragen", the other request shrunk on its own,
    ready to send separately ("" otherwise).
    """

    kind: str
    text: str
    explanation: str
    label: str = ""
    sentence: str = ""


@dataclass(frozen=True)
class Shrunk:
    """What krimp offers.

    sentence: the text to send (the request, plus at most one short honest sentence).
    dropped: (start, end) character spans of the draft that are not in the sentence.
    missing: what the request still leaves open (subset of MISSING, in that order).
    sure: every self-check passed. When False, the sentence is the person's own request with
    only the surely removable parts cut, and the caller should let them check it.
    crisis: the draft holds crisis language (acute tier); the sentence keeps their own words.
    withheld: internal, never shown: the codes of the checks that withheld `zeker` (empty when sure; read by
    tools/krimp_zeker.py and tests, not part of the equality or the repr).
    """

    sentence: str
    findings: tuple[Finding, ...]
    dropped: tuple[tuple[int, int], ...]
    missing: tuple[str, ...]
    sure: bool = True
    crisis: bool = False
    withheld: tuple[str, ...] = field(default=(), compare=False, repr=False)

    @property
    def second(self) -> str:
        """The other request, shrunk on its own ("" when the draft holds only one)."""
        return next((f.sentence for f in self.findings if f.kind == "meer-vragen" and f.sentence), "")
