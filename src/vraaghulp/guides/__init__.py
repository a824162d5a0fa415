"""The coach's texts from content/nl/*.toml, typed and checked with pydantic.

One module per file: `ladder`, `scripts`, `gesprek`, `check`, `maatje`, `vragen`. Each has
its models and a `load_*()` (cached by `vraaghulp.content`). Flows and views read these;
the sentences the program itself says are in the catalogue (`vraaghulp.messages`).
"""
