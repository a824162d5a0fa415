"""Loads the coach's texts from TOML under content/<lang>/ and validates them.

Where the files are: `vraaghulp.datafiles`. The sentences the program says are in the
catalogue (`vraaghulp.messages`, content/<lang>/ui/).
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from typing import TYPE_CHECKING, Any, TypeVar

from vraaghulp.datafiles import content_dir_str, read_toml, toml_path
from vraaghulp.errors import VraaghulpError
from vraaghulp.messages import t

if TYPE_CHECKING:
    from pathlib import Path

T = TypeVar("T")


def content_dir() -> Path:
    from pathlib import Path

    return Path(content_dir_str())


@lru_cache(maxsize=None)
def load_toml(name: str) -> dict[str, Any]:
    """Read content/<lang>/<name>.toml as a dict (standard library only)."""
    path = toml_path(name)
    try:
        return read_toml(name)
    except FileNotFoundError:
        raise VraaghulpError(t("algemeen.inhoud_ontbreekt", pad=path)) from None
    except tomllib.TOMLDecodeError as exc:
        raise VraaghulpError(t("algemeen.inhoud_onleesbaar", pad=path, fout=exc)) from None


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
        from vraaghulp.invalid import content_problem

        where, problem = content_problem(exc)
        raise VraaghulpError(t("algemeen.inhoud_klopt_niet", pad=toml_path(name), waar=where, fout=problem)) from None
