"""The message catalogue: every key the code names exists, and no Dutch sentence hides in code.

Keys are found by reading the source (`t("...")`, `tn("...")`, `lookup("...")`, and keys
built from a literal prefix are checked by their prefix). The Dutch check reads every
string literal outside docstrings: a string of two or more words with a Dutch function
word in it belongs in content/nl/ui/, not in a .py file.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from vraaghulp.messages import fill, lookup, t, tn

SRC = Path(__file__).resolve().parent.parent / "src" / "vraaghulp"
# Rebuilt by their own issues (the krimp engine, the crisis detector): their texts move
# to the catalogue when those land.
OWNED_ELSEWHERE = ("coach/krimp", "coach/crisis")
DUTCH = set(
    "je jij jou jouw jullie het een niet geen niets van voor met naar wat wie hoe waar er dat die deze dit kan kun "
    "kunt moet mag nog ook dan als maar bij uit om te tot wordt heeft hebt staat staan zijn ze we ik mij me mijn "
    "hier daar alles al zo en de op aan over na zonder nu wil kies zie typ vraag vragen bent ben gaat eerst keer "
    "bewaard opgeslagen afgebroken gewist".split()
)
WORD = re.compile(r"[A-Za-zÀ-ÿ]+")
# Words the user types, not sentences the program says: the date words `--van`/`--tot` read.
INPUT_WORDS = {"deze week", "vorige week", "verleden week", "afgelopen week", "laatste week", "afgelopen 7 dagen",
               "deze maand", "vorige maand", "verleden maand", "afgelopen maand", "laatste maand",
               "afgelopen 30 dagen", "dit jaar", "vorig jaar", "verleden jaar", "afgelopen jaar", "laatste jaar",
               "afgelopen ", "vorige "}


def sources() -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py") if not str(p.relative_to(SRC)).startswith(OWNED_ELSEWHERE))


def _docstrings(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                ids.add(id(first.value))
    return ids


def _word_lists(tree: ast.AST) -> set[int]:
    """Literals split into words right away (`"een twee".split()`): a list of words, not a sentence."""
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "split":
            for part in ast.walk(node.func.value):
                if isinstance(part, ast.Constant):
                    ids.add(id(part))
    return ids


def literals(path: Path) -> list[tuple[int, str]]:
    """Every string literal outside docstrings and word lists; an f-string counts as its text parts joined."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _docstrings(tree) | _word_lists(tree)
    found = []
    inner = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            parts = [v.value if isinstance(v, ast.Constant) else "{}" for v in node.values]
            inner.update(id(v) for v in node.values)
            found.append((node.lineno, "".join(parts)))
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip | inner:
            found.append((node.lineno, node.value))
    return found


def looks_dutch(text: str) -> bool:
    if "\\" in text or "(?" in text or "[^" in text or text in INPUT_WORDS:  # a pattern, or typed input
        return False
    words = [WORD.fullmatch(token.strip(".,:;!?()'\"“”«»—-")) for token in text.split()]
    words = [w.group().lower() for w in words if w]
    return len(words) >= 2 and any(w in DUTCH for w in words)


def test_no_dutch_sentence_in_code():
    hits = [f"{path.relative_to(SRC)}:{line}: {text!r}" for path in sources() for line, text in literals(path)
            if looks_dutch(text)]
    assert hits == [], "\n".join(hits)


KEY_CALL = re.compile(r"""\b(t|tn|lookup)\(\s*f?["']([a-z_][a-z0-9_.\-]*)""")


def used_keys() -> set[tuple[str, bool]]:
    """(key, is_prefix) for every key in the code; an f-string key is checked up to its first brace."""
    keys = set()
    for path in sources():
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r"""\b(?:t|tn|lookup)\(\s*(f?)(["'])(.*?)\2""", text):
            is_f, key = match.group(1) == "f", match.group(3)
            if is_f and "{" in key:
                keys.add((key[: key.index("{")].rstrip("."), True))
            elif re.fullmatch(r"[a-z_][a-z0-9_.\-]*", key):
                keys.add((key, False))
    return keys


def test_every_key_in_the_code_exists():
    missing = sorted(key for key, prefix in used_keys() if lookup(key) is None)
    assert missing == []


def test_plurals_and_placeholders():
    assert fill("{a} en {b} {c}", {"a": 1, "b": "x"}) == "1 en x {c}"
    assert fill('{"versie": 1}', {"versie": 2}) == '{"versie": 1}'  # not a placeholder: stays
    assert tn("start.open_deel", 1) == "Eén daarvan staat nog open." and tn("start.open_deel", 3) == "3 daarvan staan nog open."
    assert t("bestaat.niet.deze.sleutel") == "bestaat.niet.deze.sleutel"


@pytest.mark.parametrize("text, dutch", [
    ("Er is niets opgeslagen.", True), ("Afgebroken — niets opgeslagen.", True), ("Aan wie", True),
    ("--json", False), ("vraag", False), ("utf-8", False), (r"(\S+) (dag|dagen) geleden", False),
    ("Filters is read-only", False),
])
def test_the_dutch_detector(text, dutch):
    assert looks_dutch(text) is dutch


def test_every_catalogue_file_reads():
    import tomllib

    from vraaghulp.datafiles import content_dir_str

    files = sorted((Path(content_dir_str()) / "ui").glob("*.toml"))
    assert len(files) >= 10
    for path in files:
        with open(path, "rb") as handle:
            assert tomllib.load(handle), path.name
