"""Which saved conversation `vraaghulp gesprek --verder [ID]` goes on with.

With an id: that record, when it is an unfinished conversation. Without: the latest
unfinished one. Every other case is a Dutch sentence with the next step.
"""

from __future__ import annotations

from vraaghulp.errors import VraaghulpError
from vraaghulp.guides.gesprek import STEP_COUNT
from vraaghulp.messages import t
from vraaghulp.models import Conversation


def _open(record) -> bool:
    return isinstance(record, Conversation) and not record.finished and record.last_step < STEP_COUNT


def find_resumable(journal, ident: str) -> Conversation:
    if ident.strip():
        record = journal.find(ident)
        if not isinstance(record, Conversation):
            raise VraaghulpError(t("gesprek.verder.geen_gesprek", id=record.id))
        if not _open(record):
            raise VraaghulpError(t("gesprek.verder.al_klaar", id=record.id))
        return record
    candidates = [record for record in journal.iter_records() if _open(record)]
    if not candidates:
        raise VraaghulpError(t("gesprek.verder.geen_open"))
    return max(candidates, key=lambda record: record.created)
