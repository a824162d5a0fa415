"""The light path: what runs before (and often instead of) Typer, Rich and Pydantic.

`entry` (the console script), `argv` (the command line parsed from the declaration),
`card` (the card of the day), `logview` (the log table and overview, streamed), `plain`
(a standard-library renderer) and `text` (safe text, dates in words). Modules here import
only the standard library and other light modules at the top; `tests/test_imports.py`
keeps the budget of `vraaghulp kaart` and the log views.
"""
