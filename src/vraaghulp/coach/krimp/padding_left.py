"""Padding the engine left in the offered sentence, in any register, goes (round 34, k34b).

Run in the last tidy, on the finished sentence, after `zeker` is decided:
- burden talk that opens a sentence and ends in 'maar' before the ask, in dialect too ("'k willen joe nie
  deranzjeren mo zoe je …", 'ik wil oe neet tot last wèn, mer zol ie …', 'ik schaam me kapot maar …'), or a whole
  sentence of it right before the ask ('ik wil oe nich tot last wean, ie hebt al zoveul an oew kop. Mer kö'j …?',
  'ik weet dat ik de laatste tijd echt te veel vraag …'). Only the writer's own clause (first person first), with
  a burden word and a negation (or shame, or asking too much), and no third party as the object ('ik wil de buren
  niet storen, maar …' stays): what follows the 'maar' stays ('mer ich kan neet mie op de ladder …');
- a greeting question glued to the name ('Bram alles goe, kunt gij …' -> 'Bram, kunt gij …');
- the street oath 'no cap' and the chat hedges 'lowkey', 'ngl', 'tbh' ('ik ben lowkey gestrest');
- an escape hatch after the ask in chat spelling or dialect ('Als t niet mag snap ik het.', 'As 't nie goa, 't is
  ook goed.'): a last sentence opened by 'als/as/es/indien/mocht' with a negation that ends in 'I understand' or 'that
  is fine too'; a real condition ('als het niet lukt voor 5 uur, bel me') stays.
The formal wrappers around the ask are formal_wrap.py's.
"""

from __future__ import annotations

import re

_FIRST = frozenset({"ik", "'k", "k", "ich", "ech", "iech", "ikke", "kik"})
_BUT = frozenset({"maar", "mar", "mer", "mor", "mo", "moar", "moa", "ma", "maa", "mè", "mèr", "mär"})
_NEG = frozenset({"niet", "ni", "nie", "neet", "nait", "nich", "nit", "niej", "nit", "geen", "gin", "gene", "genen",
                  "nooit", "noeit", "nie't"})
# a third party as the object: 'ik wil de buren niet storen' is about them, it stays
_THIRD = frozenset({"de", "den", "het", "een", "hem", "haar", "hen", "hun", "zijn", "mijn", "m'n", "mn", "men", "mien",
                    "buren", "buurman", "buurvrouw", "kinderen", "kinders", "mama", "papa", "baas"})
_BURDEN = re.compile(
    r"(?i)(?<![\w'])(tot\s+last|lastig\w*|last\s+(?:zijn|zien|zeen|wèn|wean|wezen|weze|zin)|deranz\w*|derangeren|"
    r"stoor|storen|stoort|ambetant\w*|belast\w*|zeur\w*|gezeur|zagen|zaag|gezaag|zagevent|opzadel\w*|kwalijk|"
    r"in\s+de\s+weg|schaam|sjaam|schaom|sjaom|te\s*veel\s+(?:vraag|vroag|vraog|vroeg)|zoveel\s+(?:vraag|vroag)|"
    r"(?:veul|vuul|voel)\s+(?:me|mie|mij|mich|mn)\s+(?:d'r|er|daar|doar)\s+(?:slecht|rot|schuldig|bezwaard)|"
    r"altijd\s+(?:iets|wat)\s+(?:nodig|vraagt|vroagt|te\s+vragen))(?![\w'])")
_SHAME = re.compile(r"(?i)(?<![\w'])(schaam|sjaam|schaom|sjaom)\s+(?:me|mij|mie|mich)\s+(?:echt\s+)?(kapot|dood|rot|suf|"
                    r"te\s+pletter|een\s+hoedje)")
# burden talk that needs no negation: asking too much, guilt about asking, the one who always needs something
_TOO_MUCH = re.compile(r"(?i)(?:te\s*veel|zoveel|vaak)\s+(?:vraag|vroag|vraog|vroeg)|(?:veul|vuul|voel)\s+(?:me|mie|mij|mich)|"
                       r"altijd\s+(?:iets|wat)\s+(?:nodig|vraagt|vroagt|te\s+vragen)")
# 't is ni mijn gewoonte om te zeuren': the writer's habit, said with 'het is'
_HABIT = re.compile(r"(?i)^(?:'t|het|t)\s+is\s+(?:niet|ni|nie|neet|nait|nich)\s+(?:mijn|men|mien|m'n)\s+gewoonte")
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?|'[^\W\d_]+")
_VOCATIVE = re.compile(r"^((?:[A-ZÀ-Ý][\w'-]*\s+){0,2}[A-ZÀ-Ý][\w'-]*,\s+)")
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=\S)")


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def burden(clause: str) -> bool:
    """The writer's own burden talk: first person first, a burden word, and a negation, shame or asking too
    much; no third party named before the burden word ('ik wil de buren niet storen')."""
    words = _words(clause)
    if not words or (words[0] not in _FIRST and not _HABIT.match(clause)):
        return False
    m = _BURDEN.search(clause)
    if not m or re.search(r"(?i),|(?<![\w'])(?:en|want|omdat|sinds|nu|toen)(?![\w'])", clause[:m.start()]):
        return False  # the burden word in a later clause: 'ik ben ontslagen en ik schaam me kapot' is how I am
    before = _words(re.sub(r"(?i)de\s+laatste\s+tijd", " ", clause[:m.start()]))
    if not _HABIT.match(clause) and any(w in _THIRD for w in before[1:]):
        return False
    if re.match(r"(?i)s[cj]ha[ao]?m", m.group(1)):
        return bool(_SHAME.search(clause)) and len(words) <= 6  # 'ik schaam me kapot (echt)'; not a shame with a story
    return bool(_TOO_MUCH.match(m.group(1))) or bool(set(words) & _NEG)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _split_but(body: str) -> tuple[str, str] | None:
    """(burden part with its 'maar', the rest) when the body opens with burden talk up to a 'maar'."""
    for m in re.finditer(r"(?i)[,;]?\s+(" + "|".join(sorted(_BUT, key=len, reverse=True)) + r")\s+", body):
        head, rest = body[:m.start()], body[m.end():]
        if burden(head) and len(_words(rest)) >= 2:
            return body[:m.end()].strip(), rest
        return None  # only the first 'maar' counts
    return None


def _opens_but(sentence: str) -> str:
    """The sentence without a 'maar' that opens it ('Mer kö'j …?' -> 'kö'j …?'), or '' when none does."""
    m = re.match(r"(?i)(" + "|".join(sorted(_BUT, key=len, reverse=True)) + r")[,]?\s+", sentence)
    return sentence[m.end():] if m else ""


def burden_gone(sentence: str) -> tuple[str, list[str]]:
    """The sentence without burden talk before the ask; the words gone."""
    parts = _SENTENCES.split(sentence.strip())
    m = _VOCATIVE.match(parts[0]) if parts else None
    voc = m.group(1) if m else ""
    parts[0] = parts[0][len(voc):] if voc else parts[0]
    gone: list[str] = []
    out: list[str] = []
    k = 0
    while k < len(parts):
        body = parts[k]
        split = _split_but(body)
        if split:
            gone.append(split[0])
            out.append(_cap(split[1]))
        elif k + 1 < len(parts) and burden(body.rstrip(".!")) and "?" in " ".join(parts[k + 1:]):
            gone.append(body.rstrip(".!"))
            after = _opens_but(parts[k + 1])
            if after:
                gone.append(parts[k + 1][: len(parts[k + 1]) - len(after)].strip(" ,"))
                parts[k + 1] = _cap(after)
        else:
            out.append(body)
        k += 1
    if not gone or not out:
        return sentence, []
    text = " ".join(out)
    if voc:
        text = voc + text[:1].lower() + text[1:] if not text.startswith(("I ", "'")) else voc + text
    return text, gone


# a greeting question glued to the name: 'Bram alles goe, kunt gij …'
_GREETING_Q = re.compile(
    r"^((?:[A-ZÀ-Ý][\w'-]*\s+){0,1}[A-ZÀ-Ý][\w'-]*)\s+((?:alles|al)\s+(?:goed|goe|good|goud|oké|oke|ok|okee|kits|fris|"
    r"wel|top|chill|gucci|rustig|in orde)|hoe\s+(?:is|gaat|gaot|geit|ist)\s*(?:'t|het|t|ie)?(?:\s+ermee|\s+met\s+(?:je|jou|u|oe))?"
    r"|wa(?:t)?\s+zegt?\s+ge|how\s+are\s+you|hoe\s+ist)(?:\s+(?:jong|man|meid|maat|bro|gast))?\s*[?!]*\s*,\s+")


def greeting_gone(sentence: str) -> tuple[str, list[str]]:
    m = _GREETING_Q.match(sentence)
    if not m:
        return sentence, []
    return f"{m.group(1)}, {sentence[m.end():]}", [m.group(2)]


_OATH = re.compile(r"(?i)(?<![\w'])(no\s+cap|lowkey|low\s+key|ngl|tbh)(?![\w'])\s*,?\s*")


def oath_gone(sentence: str) -> tuple[str, list[str]]:
    m = _OATH.search(sentence)
    if not m:
        return sentence, []
    rest = sentence[:m.start()] + sentence[m.end():]
    if m.start() == 0 or re.search(r"[.!?]\s*$", sentence[:m.start()]):
        rest = sentence[:m.start()] + _cap(sentence[m.end():])
    return re.sub(r"\s+([.,]|[?!](?!\w))", r"\1", rest).strip(), [m.group(1)]


_IF = r"(?:als|as|es|às|indien|mocht|moest|wanneer)"
_HATCH = re.compile(
    r"(?i)^" + _IF + r"\b[^.?!]*(?<![\w'])(?:niet|ni|nie|neet|nait|nich|nit|geen|gin)(?![\w'])[^.?!]*?"
    r"(?:(?:snap|begrijp|versta|verstoan|verstaon|snap|begriep)\s+(?:ik|'k|k|ich)\s*(?:het|'t|t|dat|da|'t\s+wel|het\s+wel)?"
    r"(?:\s+(?:wel|ook|hoor|eh|he|helemaal|volkomen))*|(?:is|es)\s+(?:'t|het|t|dat|da)\s+(?:ook\s+|ouch\s+|ok\s+)?"
    r"(?:goed|good|goud|oké|oke|ok|prima|geen\s+probleem|nie\s+erg|niet\s+erg)(?:\s+(?:hoor|heur|eh|he|ehé))*"
    r"|geen\s+(?:probleem|punt|stress)(?:\s+(?:hoor|heur|eh|he))*|laat\s+maar)\s*[.!]*$")


def hatch_gone(sentence: str) -> tuple[str, list[str]]:
    """A last sentence after the ask that only lets the reader off."""
    parts = _SENTENCES.split(sentence.strip())
    if len(parts) < 2 or "?" not in " ".join(parts[:-1]):
        return sentence, []
    last = parts[-1]
    if not _HATCH.match(last.strip()):
        return sentence, []
    return " ".join(parts[:-1]), [last.rstrip(".! ")]


def tidy(sentence: str) -> tuple[str, list[tuple[str, str]]]:
    """(sentence, [(kind, words gone)])."""
    gone: list[tuple[str, str]] = []
    for kind, step in (("groet", greeting_gone), ("groet", oath_gone), ("last", burden_gone), ("uitweg", hatch_gone)):
        sentence, words = step(sentence)
        gone += [(kind, w) for w in words]
    return sentence, gone
