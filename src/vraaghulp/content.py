"""Loads the coach's texts from TOML under content/<lang>/ and validates them.

The texts ship inside the wheel as the package data folder `vraaghulp/content`. In a source
checkout (editable install) they are read from the repository's top-level `content/`.
"""

from __future__ import annotations

import os
import tomllib
from functools import lru_cache
from typing import TYPE_CHECKING, Any, TypeVar

from vraaghulp.errors import VraaghulpError

if TYPE_CHECKING:
    from pathlib import Path

LANG = "nl"
T = TypeVar("T")


def _content_dir_str() -> str:
    # os.path rather than pathlib: `vraaghulp kaart` reads content at every shell start.
    here = os.path.dirname(os.path.abspath(__file__))
    packaged = os.path.join(here, "content", LANG)
    if os.path.isdir(packaged):
        return packaged
    return os.path.join(os.path.dirname(os.path.dirname(here)), "content", LANG)


def content_dir() -> Path:
    from pathlib import Path

    return Path(_content_dir_str())


@lru_cache(maxsize=None)
def load_toml(name: str) -> dict[str, Any]:
    """Read content/<lang>/<name>.toml as a dict (standard library only)."""
    path = os.path.join(_content_dir_str(), f"{name}.toml")
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise VraaghulpError(
            f"Het tekstbestand {path} ontbreekt. Installeer vraaghulp opnieuw, of zet het bestand terug."
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise VraaghulpError(
            f"Het tekstbestand {path} is niet goed leesbaar ({exc}). Herstel de opmaak of zet het origineel terug."
        ) from None


def load(name: str, model: type[T]) -> T:
    """Read and validate content/<lang>/<name>.toml with a pydantic model."""
    return _load_validated(name, model)


@lru_cache(maxsize=None)
def _load_validated(name: str, model: Any) -> Any:
    from pydantic import ValidationError

    data = load_toml(name)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ()))
        raise VraaghulpError(
            f"Het tekstbestand {os.path.join(_content_dir_str(), name + '.toml')} klopt niet bij '{where}': "
            f"{first.get('msg')}. Herstel het bestand of zet het origineel terug."
        ) from None
