"""The references an ask to an organisation rests on (round 35, k35a): an address, a labelled number, an amount.

'Kuringersteenweg 112 bus 3', 'appartement 3 in de Rue Haute 210', 'kamer 4 op de Sint-Jorisstraat', 'bestelnummer
88213-NL', 'lidnummer 55120', 'factuur 2024-88130', 'Dossiernummer BRUSN41882', '€ 149,95': how the reader finds the
file, the flat or the payment. Only the draft before its closing formula is read (the address under 'Met
vriendelijke groet' is the sender's signature, not the file). Pure text, no analysis.
"""

from __future__ import annotations

import re

_SUFFIX = (r"straat|laan|weg|gracht|plein|kade|dreef|lei|steenweg|singel|dijk|baan|markt|poort|pad|park|hof|veld|wal|"
           r"kaai|vest|dam|burgwal|straatje|plaats")
_STREET = (rf"(?:[A-Z][\w'-]*\s+){{0,2}}(?:[A-Z][\w'-]*?(?:{_SUFFIX})\b|Rue\s+[A-Z][\w'-]+|Avenue\s+[A-Z][\w'-]+"
           rf"|Chaussée\s+[\w'-]+)")
_NUMBER = r"\d{1,4}[a-zA-Z]?(?:-\d{1,3}[a-zA-Z]?)?(?:\s+bus\s+\d+)?"
_UNIT = r"(?:appartement|app\.|kamer|flat|blok|bus|huis)\s+[\dA-Z]\w{0,3}"
_CITY = r"(?:\s+in\s+[A-Z][\w'-]+)?"
ADDRESS = re.compile(
    rf"(?:{_UNIT},?\s+(?:in|op|aan)\s+de\s+)?\b{_STREET}\s+{_NUMBER}(?:,\s+{_UNIT}(?:,\s+{_UNIT})?)?{_CITY}"
    rf"|\b{_UNIT}\s+(?:in|op|aan)\s+de\s+{_STREET}(?:\s+{_NUMBER})?{_CITY}"
    rf"|\b{_STREET},\s+{_UNIT}")
_LABEL = (r"(?:bestel|order|klant|lid|leden|factuur|polis|dossier|boekings?|personeels|schade|huurders|aanslag|contract|"
          r"referentie|ticket|zaak|abonnee|aansluitings?|meter|pas|reserverings?|vlucht)(?:nummer|nr\.?)"
          r"|bestelling|factuur|kenteken|lidnr\.?|nr\.?|nummer|vlucht")
CODE = re.compile(rf"(?i)\b(?:{_LABEL})\s*:?\s*(?=[\w/-]*\d)([A-Z0-9][\w/-]*[A-Z0-9]|\d)(?:\s+\d{{3,}})?")
AMOUNT = re.compile(r"(?i)€\s*\d+(?:\.\d{3})*(?:,(?:\d{2}|-))?|\b\d+(?:\.\d{3})*(?:,\d{2})?\s*(?:euro|eur)\b")
_CLOSING = re.compile(r"(?i)\b(?:met vriendelijke|vriendelijke groet|met de meeste|hoogachtend|groetjes|groeten|"
                      r"groet|mvg|grt|alvast (?:bedankt|merci)|merci|dank u)\b")


def body(draft: str) -> str:
    """The draft before its closing formula (a signature's address is no reference of the file)."""
    closing = None
    for m in _CLOSING.finditer(draft):
        closing = m
    if closing is None or closing.start() < len(draft) // 3:
        return draft
    return draft[:closing.start()]


# a pupil named by a parent with the class: 'ik ben de vader van Noah de Wit uit 2c', "'k zen de moeder van Lars Devos, 1B"
CLASS = re.compile(r"(?i:\b(?:vader|moeder|mama|papa|mams|ouders?)\s+van\s+)([A-Z][\w'-]+(?:\s+(?:de|van|der|den)?\s*[A-Z][\w'-]+)?)"
                   r"(?:,\s*|\s+(?:uit|van|in)\s+(?:klas\s+|groep\s+)?)(\d[a-zA-Z]?)\b")


def found(text: str) -> list[tuple[int, int, str]]:
    """Every reference in the text: (start, end, kind), kind 'adres', 'nummer', 'klas' or 'bedrag'; overlaps merged."""
    spans = [(m.start(1), m.end(), "klas") for m in CLASS.finditer(text)]
    spans += [(m.start(), m.end(), "adres") for m in ADDRESS.finditer(text) if not _inside(m.start(), spans)]
    spans += [(m.start(), m.end(), "nummer") for m in CODE.finditer(text)
              if not _inside(m.start(), spans) and not _BARE.fullmatch(m.group(0))]
    spans += [(m.start(), m.end(), "bedrag") for m in AMOUNT.finditer(text) if not _inside(m.start(), spans)]
    return sorted(spans)


_BARE = re.compile(r"(?i)(?:nr\.?|nummer)\s*\d{1,2}")  # 'op nummer 5': a house, not a file


def _inside(at: int, spans: list) -> bool:
    return any(a <= at < b for a, b, _k in spans)


def core(ref: str) -> str:
    """What must be in a result for the reference to count as kept: its digits run ('112', '88213'), or the
    whole street name when it has no number ('Brugsepoort')."""
    pupil = re.search(r"(?:,\s*|\s)(\d[a-zA-Z]?)$", ref)
    if pupil and not re.search(r"\d", ref[:pupil.start()]):
        return pupil.group(1)  # 'Lars Devos, 1B': the class
    digits = re.findall(r"\d+", ref)
    return max(digits, key=len) if digits else ref


def kept_in(ref: str, sentence: str) -> bool:
    """The reference stands in the sentence (its longest figure, as a whole number)."""
    key = core(ref)
    return re.search(rf"(?<![\w]){re.escape(key)}(?![\w])" if key[-1:].isalpha() else
                     rf"(?<![\d]){re.escape(key)}(?![\d])", sentence, re.IGNORECASE) is not None
