"""The journal on disk and everything beside it: reading, writing, backup, import, wipe.

- `read`: the light read side (streamed lines and dicts, damaged-line reports);
- `journal`: `Journal` (append, update under the lock, find, records);
- `files`: the one atomic writer and the check of an output path;
- `backup`, `transfer` (import), `wipe`, `places` (what is where);
- `codec`: how a record becomes a stored line (version stamps, plain or encrypted);
- `syncing`: conflict copies a sync tool left, merged before a command (`settle`).

The names most code needs are here: `Journal`, `new_id`, `write_private_file`,
`Problem`, `report`, `take_reported`, `decode_line`.
"""

from vraaghulp.store import codec  # noqa: F401 - lets every reader open encrypted lines
from vraaghulp.store.files import write_private_file
from vraaghulp.store.journal import Journal, new_id
from vraaghulp.store.read import Problem, decode_line, report, take_reported

__all__ = ["Journal", "Problem", "decode_line", "new_id", "report", "take_reported", "write_private_file"]
