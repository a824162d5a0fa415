"""The one short statement beside a clean ask stays in the not-sure offer (round 43, k43a; the lead's decision).

'Kun je zaterdag de kinderen ophalen? Ik ben dan in Gent.', 'Daan, wil je vanavond je fiets uit de gang halen? Ik kan
er met de kinderwagen niet langs.': a draft of exactly two sentences, a clean question and one short statement beside
it (three to ten words, written with care: a capital first, a full stop last). When the result is not sure, krimp
offers "the user's own request with only the surely removable parts cut" (contract point 6); a statement the outside
readers keep nearly always is not surely removable, so a not-sure result that dropped it puts it back as typed: after
the question (`na`), or before it, after the name (`voor`: 'Kurt, Milan heeft een verstuikte enkel. Mag Milan …?').
`offer` is called on the not-sure path only (shrink._offered). Round 47 (k47a, the lead's decision: side with the
outside authors, whose golds keep the `na` statement in 73 of 73 drafts at first sight): a sure result keeps it too
(`kept`, from kept_after.beside), and a sure result that drops a statement right after the only question in a shape
the outside golds split on (a chat statement, a padded draft, three sentences: `beside`) is not sure (`lost`,
`weg-na`). Counts: tools/krimp_beside_count.py, README "Round 47 (k47a)".

Counted on the outside files (tools/krimp_statement_keep.py, README "Round 43 (k43a)"), the drafts whose not-sure
result dropped the statement: `na` golds keep 19, split 0, drop 0 (the helpers' files 11 / 9 / 1); `voor` 2 / 0 / 0
(1 / 6 / 1). Three-sentence drafts with one statement beside the ask split the outside golds (2 / 1 / 1) and lose
more than they gain on the tuning part: not put back (`SHAPES`).

Left out, as k42a counted them (the golds drop them or other rules own them):
- an ask that is not clean: the draft holds an apology, a hedge, an escape hatch, a word of burden, a lead-in, a
  judgement or a fear the engine names (`PADDING`);
- a way out ('Als het niet lukt, geen probleem.', 'Het hoeft niet vandaag.', 'Anders vraag ik Piet.');
- a word to the reader: 'je', 'u', 'jij' … in it ('Je bent een schat.'), thanks or a greeting ('Alvast bedankt.');
- a list (a colon, two commas, a row 'X, Y en Z', or a comma and no verb: 'Melk, brood en kaas.');
- the writer's work beside an ask that says when ('Ik moet werken tot vijf.': reason_gone.py lets it go).
"""

from __future__ import annotations

import re

from .checks import lower_words, text_words
from .lexicon import lexicon
from .reason_gone import is_reason
from .state_before import kept

ACTIVE = True  # tools/krimp_statement_keep.py switches it off to count the engine without it
KEEP = True  # round 47 (k47a): a sure result keeps the `na` statement (tools/krimp_beside_count.py switches it off)
CODE = "weg-na"  # round 47 (k47a): a sure result dropped a statement right beside the only question (`lost`)
SHAPES = frozenset({"na"})  # the shapes put back; tools/krimp_statement_keep.py --proef tries the others
PADDING = frozenset({"excuus", "last", "uitweg", "aanloop", "afzwakker", "oordeel", "angst"})
NAMED = frozenset({"groet", "meer-vragen", "goed"})  # round 47: a statement the engine names so is no fact (`named`)
_SENTENCE = re.compile(r"(?:[^.?!\n]|[.](?=\w))+[.?!]*")  # '8.15 uur' ends no sentence
_MIN_WORDS, _MAX_WORDS = 3, 10
_ROW = re.compile(r",[^,]*\ben\b")
_LIST = re.compile(r":(?!\d)")  # 'Nodig: …' opens a list; '16:00' is a clock time
_READER = frozenset({"je", "jij", "jou", "jouw", "u", "uw", "ge", "gij", "jullie", "julle", "ulle", "gie"})
_CLOSING = frozenset({"dank", "bedankt", "merci", "thanks", "thx", "groetjes", "groeten", "groet", "alvast", "liefs",
                      "kusjes", "mvg", "gr", "doei", "dag", "hoi", "hallo", "hey", "hee"})
_SORRY = frozenset({"sorry", "sry", "excuus", "excuses", "excuseer", "pardon", "sorri", "spijt", "dank", "bedankt",
                    "merci", "danku", "dankjewel", "dankje", "bvd"})  # an apology or thanks anywhere in it
_PAD = re.compile(r"(?i)\b(?:moeilijk\s+doen|klagen|zeuren|gezeur|storen|lastig\s*val\w*|druk\s+hebt|dom\s+is|vergeten|"
                  r"geen\s+(?:haast|enkel)|nee\s+zeggen|gevraagd|vraagje|dit\s+soort|^moest|bedoeld|"
                  r"zorg\s+voor\s+mezelf|"
                  r"(?:duurt|is)\s+(?:niet|ni|nie)\s+lang|eigen\s+\w+\s+mee|"
                  r"(?:zou|zal|is|was)\s+(?:fijn|leuk|top|lief|super|handig|tof|chill)|graag|beloofd)\b")
_LIMIT = re.compile(r"(?i)\b(?:alleen|liever|pas)\b")  # 'Ik kan alleen na de middag, want …': restrict.py's
_WAY_OUT = re.compile(r"(?i)^(?:als|anders|alleen|maar|of|zo\s+niet)\b|\b(?:geen\s+(?:probleem|punt|zorgen|stress|"
                      r"erg)|hoeft\s+(?:niet|ni|nie|geen)|niet\s+erg|geeft\s+(?:niet|ni|nie)|anders|no\s+stress)\b")


def split(draft: str) -> list[str]:
    """The draft's sentences, as typed (a run of text up to and with its closing marks)."""
    return [m.group(0).strip() for m in _SENTENCE.finditer(draft.strip()) if lower_words(m.group(0))]


def careful(said: str) -> bool:
    """A statement written with care: a capital first, one full stop last, three to ten words."""
    return (said[:1].isupper() and said.endswith(".") and not said.endswith("..")
            and _MIN_WORDS <= len(lower_words(said)) <= _MAX_WORDS)


def left_out(said: str, ask: str) -> bool:
    """A way out, a word to the reader, a list, or the writer's work beside a timed ask (see the docstring)."""
    words = lower_words(said)
    if _WAY_OUT.search(said) or _READER & set(words) or words[0] in _CLOSING or _LIST.search(said):
        return True
    if _SORRY & set(words) or _PAD.search(said) or words[0] == "ook":
        return True  # round 47: an apology, thanks, burden or a second request ('Ook de heg knippen zou fijn zijn.')
    if words[0] in lexicon().imperatives:
        return True  # 'Laat Petra ook weten dat ik later kom.': a second ask, said apart (second_ask.py)
    return _listed(said, words) or is_reason(said, ask)


def _listed(said: str, words: list[str]) -> bool:
    """'Melk, brood en kaas.': a comma and no verb the word lists know; 'Heb al gestofzuigd, gewassen, gekookt en …':
    two commas or more, a row of things (the writer's tasks the golds drop: t21r-022, t21r-026)."""
    if said.count(",") >= 2 or _ROW.search(said):
        return True  # 'Ik moet werken, koken en de kinderen halen.': a row of tasks
    if "," not in said:
        return False
    lex = lexicon()
    return not any(w in lex.finite or w in lex.irregular or w in lex.state_verbs or w in lex.state_modal for w in words)


def statement(draft: str, kinds: frozenset[str] | set[str] = frozenset()) -> tuple[str, str]:
    """(shape, statement) of a draft that is one clean question and one short statement beside it, or ("", "").
    Shapes: `na` (two sentences, the statement after the question: the one shipped), `voor` (two, the statement
    before it), `drie-na` / `drie-voor` (three sentences, the statement right after / else right before it; round
    43 counted these, tools/krimp_statement_keep.py). kinds: the kinds of the engine's findings on the draft (an
    apology, a hedge … makes the ask not clean)."""
    if "\n" in draft.strip() or kinds & PADDING:
        return "", ""
    parts = split(draft)
    asks = [k for k, p in enumerate(parts) if p.endswith("?")]
    if len(asks) != 1 or len(parts) not in (2, 3):
        return "", ""
    k = asks[0]
    for where, j in (("na", k + 1), ("voor", k - 1)):
        if 0 <= j < len(parts) and careful(parts[j]) and not left_out(parts[j], parts[k]):
            return (where if len(parts) == 2 else f"drie-{where}"), parts[j]
    return "", ""


def shown(said: str, sentence: str) -> bool:
    """The sentence shows the statement: three of its words in a row, or every content word (longer than three
    letters) of it ('Op 4 december …' is not shown by an ask that names '9 december')."""
    words, have = text_words(said), text_words(sentence)
    runs = {tuple(have[k:k + 3]) for k in range(len(have) - 2)}
    if any(tuple(words[k:k + 3]) in runs for k in range(len(words) - 2)):
        return True
    content = [w for w in words if len(w) > 3] or words
    return set(content) <= set(have)


def kept(draft: str, sentence: str, kinds: frozenset[str] | set[str] = frozenset()) -> str:
    """The `na` statement a sure result keeps after its question (round 47, k47a, the lead's decision): the outside
    golds keep it in every draft counted (tools/krimp_beside_count.py: 73 of 73 at first sight, older and newer sets
    alike), and putting it back gains results and loses none. "" when the shape is another, the result already shows
    it, part of it moved into the ask, or the result does not end on the question (then `lost` withholds `zeker`)."""
    shape, said = statement(draft, kinds) if ACTIVE and KEEP else ("", "")
    if shape != "na" or shown(said, sentence) or _moved(draft, said, sentence) or _LIMIT.search(said):
        return ""
    return said if sentence.rstrip().endswith("?") else ""


def beside(draft: str) -> str:
    """The statement right after the only question, in every shape round 47 counted after the ask: two sentences
    (`na`), three (`drie-na`), a chat statement without capital or full stop (two sentences only: 'karin kan ik
    zaterdag ruilen met jesse? hij heeft al ja gezegd'), and a careful statement in a padded draft ('… helpen melken?
    Douwe ligt plat met griep. Als het niet uitkomt …'). None of `left_out`'s kinds (a way out, a word to the reader,
    thanks, an apology, burden, a second request). A statement before the ask is left to state_before, named_fact and
    the others that keep it (a `voor` statement withheld here would lose their put-back: 'Het is uit met Tim.')."""
    if "\n" in draft.strip():
        return ""
    parts = split(draft)
    asks = [k for k, p in enumerate(parts) if p.endswith("?")]
    if len(asks) != 1 or asks[0] + 1 >= len(parts):
        return ""
    said, ask = parts[asks[0] + 1], parts[asks[0]]
    fits = careful(said) or (len(parts) == 2 and _MIN_WORDS <= len(lower_words(said)) <= _MAX_WORDS)
    return said if fits and not left_out(said, ask) else ""


def lost(draft: str, sentence: str, found=(), added: str = "") -> bool:
    """A sure result that drops the statement beside the only question (`beside`) is not sure (round 47, k47a): where
    the outside golds split on it (a chat statement, a padded draft, three sentences) the reader must look; where they
    keep it (`na`) `kept` put it back, and this catches the results it could not. Since the round's review, a kept
    statement that `kept` put back (`added`) and that is not plainly a fact (`plain`) is not sure either: it stays in
    the offer for the reader to judge. An honest state or a limit other rules keep is not judged here."""
    if added and not plain(added):
        return True
    said = beside(draft) if ACTIVE else ""
    if not said or named(said, found):
        return False
    return not shown(said, sentence) and not _moved(draft, said, sentence)


# Round 47 review (lead): k47a's sure keep held every careful statement no list named, so a way out, a second request,
# burden or a minimiser said in other words went out sure ('De trein is ook goed.', 'De heg moet ook nog.', 'Het is snel
# gedaan.', 'Ik fiets wel.', 'Dat zou geweldig zijn.', 'Ik hoor het wel.'). Sure only for a plain fact: none of these
# words of a way out, a second task, a promise, a hope or a judgement of the ask, not 'het is …' / 'dat …' about the ask
_NOT_PLAIN = re.compile(
    r"(?i)\b(?:ook|wel|maar|eigenlijk|misschien|waarschijnlijk|toch|zou|zouden|zal|hoop|hoopt|hopelijk|hoor|nodig|"
    r"dringend|spoed|haast|belangrijk|erg|snel|rap|klein\w*|kleinigheid|even|gedaan|geregeld|optie|verplicht\w*|"
    r"vrijblijvend|boos|genoeg|anders|andere?n?|overbodig|antwoord|scheelt|helpt|blij|content|geweldig|heerlijk|"
    r"opluchting|plezant|fijn|top|super|trakteer\w*|schuld|klaag\w*|laatste|weer|reken|erop|wacht|probeer|vraag|vragen|"
    r"veel|opdringen|gered|niets|niks|kost|kosten|eens|zo|gewoon|beter|bedoel\w*|moet|moeten|mag|mogen|kan|kunnen|"
    r"wil|willen|zorg|baat|schaadt|beloof\w*|graag|liefst|leuk|tof|prima|goed|betaal\w*|desnoods|evengoed|daarna|"
    r"trouwens|duurt|lukt|planning|weinig|gevraagd|haat|tegenover|opruim\w*|ruim|pizza|bier|taart|"
    r"echt|zoals|grapje|heftig|zei|zegt|zeggen)\b|[!:]|\bzo'n\b"  # a judgement, a quote, an exclamation (round 48 review)
    r"|^(?:het|'t|dat|da|dit|dan|daarna|nee|ja)\s+(?:is|zijn|was|zou|zal|helpt|scheelt|kan|mag|hoeft|moet)\b|^da's\b")
_FIRST = re.compile(r"(?i)^(?:ik|'k|k)\s+(?:moet|kan|mag)\b")  # 'Ik moet naar de tandarts.', 'Ik kan niet rijden.'


def plain(said: str) -> bool:
    """A statement that is plainly a fact about the situation ('Hij start niet meer op.', 'Ik moet met Wout naar de
    spoed.', 'Het wordt zaterdag nat.'), none of the words of `_NOT_PLAIN` (the writer's own 'ik moet …' aside)."""
    rest = _FIRST.sub("", said.strip())
    return not _NOT_PLAIN.search(rest)


def named(said: str, found) -> bool:
    """The engine names (part of) the statement as padding, a way out, a judgement of oneself, a greeting or a second
    request ('Het is niet verplicht hoor.', 'Ik voel me er echt stom bij.', 'Het duurt niet lang.'): it goes, as the
    exclusions of the contract have it. found: the engine's findings, (rank, Finding) pairs."""
    words = set(text_words(said))
    for _, f in found:
        if f.kind in PADDING | NAMED and words & set(text_words(f.text)) and set(text_words(f.text)) <= words | {""}:
            return True
    return False


def _moved(draft: str, said: str, sentence: str) -> bool:
    """A word of the statement (longer than three letters) that the question did not hold stands in the offer: part
    of it moved in ('Zaterdagmiddag zou mij goed uitkomen.' -> 'Kun je me zaterdagmiddag helpen …?', moment_said.py)."""
    ask = next((p for p in split(draft) if p.endswith("?")), "")
    return bool({w for w in text_words(said) if len(w) > 3} & set(text_words(sentence)) - set(text_words(ask)))


def offer(draft: str, sentence: str, kinds: frozenset[str] | set[str] = frozenset(), name: str = "") -> tuple[str, str]:
    """The not-sure offer with the statement put back beside its question, when the offer dropped it and its shape
    is one of `SHAPES`: (offer, the statement put back or ""). name: the vocative in front of the offer."""
    shape, said = statement(draft, kinds) if ACTIVE else ("", "")
    if shape not in SHAPES or shown(said, sentence) or _moved(draft, said, sentence):
        return sentence, ""
    if shape.endswith("voor"):
        bare = said[len(name) + 1:].strip() if name and said.startswith(name + ",") else said
        return kept(sentence, name, bare.rstrip(" .")), bare  # 'Ik moet vroeg naar het ziekenhuis. Kun je …?'
    if not sentence.rstrip().endswith("?"):
        return sentence, ""  # the offer ends on something else than the question: where it goes is not plain
    return f"{sentence.rstrip()} {said}", said
