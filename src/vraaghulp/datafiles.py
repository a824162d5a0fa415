"""Where the shipped TOML files are, and reading one. Standard library only.

The files ship inside the wheel as the package data folder `vraaghulp/content`. In a source
checkout (editable install) they are read from the repository's top-level `content/`.
`vraaghulp.content` (coach texts) and `vraaghulp.messages` (the catalogue) both read here.
"""

from __future__ import annotations

import os
import tomllib

LANG = "nl"


def content_dir_str() -> str:
    # os.path rather than pathlib: `vraaghulp kaart` reads content at every shell start.
    here = os.path.dirname(os.path.abspath(__file__))
    packaged = os.path.join(here, "content", LANG)
    if os.path.isdir(packaged):
        return packaged
    return os.path.join(os.path.dirname(os.path.dirname(here)), "content", LANG)


def toml_path(name: str) -> str:
    return os.path.join(content_dir_str(), f"{name}.toml")


def read_toml(name: str) -> dict:
    """content/<lang>/<name>.toml as a dict; FileNotFoundError or TOMLDecodeError as they come."""
    with open(toml_path(name), "rb") as handle:
        return tomllib.load(handle)
