"""The one clause the reader needs, said after a comma in the ask's own sentence, stays (round 50, k50a).

'Wilt u dinsdag de vuilniszakken naar de container brengen, mijn rug is zo slecht, maar ik wil geen last zijn' ->
'Wilt u dinsdag de vuilniszakken naar de container brengen? Mijn rug is zo slecht.'; 'kunt ge mij 200 euro lenen,
ik betaal het terug tegen de zomer' -> '… lenen? Ik betaal het terug tegen de zomer.'. Round 47 (lone_statement.py)
keeps the short statement the writer put in a sentence of its own after the question; round 48 (detail_beside.py) the
detail sentence after it. A writer who types one long run-on sentence puts the same statement after a comma, or after
'want' / 'omdat', and the engine read it as story and dropped it, often while sure. Counted over every outside file
(tools/krimp_comma_tally.py, README "Round 50 (k50a)"): the golds keep such a clause far more often than they drop it
when it is a reason, a problem ('X werkt niet', '… lekt', '… is kapot') or a promise ('ik betaal het terug …').

The rule: the FIRST clause after the main ask in the ask's own sentence, tied to it by a comma (or 'want', 'omdat',
'zodat' after one), that the engine left as story (`tekst`), three to twelve words, is put back as a sentence of its
own right after the question. At most that one clause: what follows it ('maar ik wil geen last zijn') keeps its own
fate. Left out as the contract's exclusions: a way out, a word to the reader ('ik weet dat je het druk hebt'), an
apology or thanks, burden and padding, a second request (lone_statement.left_out), a hedge or minimiser, and a
clause that restricts the ask ('alleen', 'pas' … after the ask: restrict.py). Never in a crisis result.

Sure: a result that gets the clause back is not sure (`CODE`): the outside golds keep it in most drafts but not all,
and the project's older golds drop it more often (README "Round 50 (k50a)"), so the reader looks. A clause of this shape that is left out only for its length, and that the result does
not show, makes a sure result not sure (`LOST`): a must-keep fact the engine cannot judge is no sure drop.
"""

from __future__ import annotations

import re

from . import knew_fact
from .checks import lower_words
from .detail_beside import after_question, as_sentence
from .lone_statement import left_out, shown

CODE = "komma-na"  # a sure result would keep a clause put back that is not plainly a fact
LOST = "weg-komma"  # a sure result dropped a comma clause of the kept shape that this rule could not put back
ACTIVE = True  # tools/krimp_comma_tally.py switches it off to count the engine without it
_COMMA = re.compile(r"[,;]")
_PRONOUN = re.compile(r"\b(?:hij|zij|ze|hem|haar|ie)\b")
_LINK = re.compile(r"(?i)^(?:want|en|maar|mo|mar)\s+")  # a tie word before a main clause, cut when it stands alone
# a subordinate clause ('omdat ik naar het ziekenhuis moet', 'die ik gisteren kocht') cannot stand alone as typed
_SUB = re.compile(r"(?i)^(?:omdat|zodat|aangezien|terwijl|nadat|voordat|sinds|hoewel|doordat|wanneer|waardoor|"
                  r"waarmee|waar|wat|welke|dat|da|die|wie|om|te|zoals|zodra)\b")
_MIN_WORDS, _MAX_WORDS = 3, 12
# a hedge or minimiser, the writer's judgement of the ask, a second task: the reader must look
_HEDGE = re.compile(r"(?i)\b(?:denk|denkt|misschien|vast|hoor|haha|lol|eigenlijk|ofzo|of\s+zo|zeker\s+weten|"
                    r"toch|gerust|snel|even|efkes|effe|ff|klein\w*|ook|graag|echt|altijd|zoveel|steeds)\b|[!:?]")
# the writer's judgement of the ask or a let-off ('ik zou da wel fijn vinden', 'de rest kan later'): no fact
_JUDGE = re.compile(r"(?i)\b(?:vind|vinden|vindt|fijn|spannend|leuk|tof|plezant|later|erg|probleem|zorgen|"
                    r"zou|zouden|hoop|hoopt|hopelijk|beloof\w*)\b|^(?:ik|'k|k)\s+wil\s+(?:\w+\s+)?(?:niet|ni|nie|geen)\b")
# the writer's own schedule or errand, the reason the ask names its moment ('ik moet tot zes werken', 'want 's middags
# ben ik niet thuis', 'want maandag moet ik naar het ziekenhuis'): the outside golds mostly drop it (reason_gone.py,
# detail_beside.py leave it out too); the writer's promise or what the writer cannot do stays ('ik betaal het terug')
_VERB = (r"(?:moet|moeten|mot|moe|werk|werken|ben|zijn|zit|zitten|sta|staan|heb|hebben|ga|gaan|rust|slaap|slapen|"
         r"word|worden|krijg|val)")
_OWN = re.compile(rf"(?i)^(?:(?:(?:ik|'k|k|we|wij)\s+)?{_VERB}\b|(?:\S+\s+){{1,4}}?{_VERB}\s+(?:ik|'k|k|we|wij)\b|"
                  rf"(?:kmoet|kben|kheb|kga|kzit|ksta|kwerk)\b)")
# a restriction of the ask itself ('…, alleen op woensdag', '…, pas na vijven'): restrict.py's
_LIMIT = re.compile(r"(?i)^(?:alleen|enkel|liefst|liever|pas|behalve|niet)\b")
# a way out or a condition that opens the clause ('als het niet lukt …', 'anders …'): never the reader's fact
_OPEN = re.compile(r"(?i)^(?:als|as|indien|tenzij|mocht|anders|zo\s+niet|dan|of|ook|en\s+ook)\b")
# a clause that leans on the ask with a pronoun for its subject ('het blokkeert de trap', 'ze moet naar de fysio', 'het
# moet vrijdag klaar zijn'): the idiom's empty 'het' or a person of the ask, whom the older golds leave to the ask
_LEANS = re.compile(r"(?i)^(?:het|'t|dat|da|dit|hij|zij|ze|ie)\b")
# round 53 (k53a): what broke or went missing, the fact the ask rests on ('ik ben hem vergeten', 'mijn fiets is
# gestolen', 'de auto wil niet starten'); also what a clause of the writer's own says that is no schedule
_PROBLEM = re.compile(r"(?i)\b(?:vergeten|kwijt|verloren|gestolen|gepikt|kapot|stuk|gebroken|lek|lekt|defect|"
                      r"(?:wil|start|werkt|doet\s+het)\s+(?:niet|ni|nie)(?:\s+meer)?(?:\s+starten)?|"
                      r"laten\s+liggen|thuis\s+gelaten)\b")
# a run-on clause that opens on a subject of its own: the writer or a thing ('mijn fiets', 'de auto', 'ons moeder')
# ('de onze is kapot' after '… de tent van je ouders lenen' points back at the thing asked for: review15 drops it)
_RUN_SUBJECT = re.compile(r"(?i)^(?:ik|'k|k|mijn|mn|m'n|me|de|den|onze|ons)\s+(?!(?:onze|mijne|jouwe|uwe|zijne|hare)\b)\S")
_THING_FORGOT = re.compile(r"(?i)^((?:ik|'k|k)\s+(?:ben|was)\s+(?:hem|haar|ze|mijn|mn|m'n|de|den|onze|ons)\b.*?)\s+vergeten$")
_JOINED = re.compile(r"(?i)\s(?:en|maar|want|of|dus)\s")  # one clause only: '… is al weg en mn telefoon is …' is a story
RUNON = True  # k53a: the run-on tie (_runon); tests/test_krimp_k53a.py switches it off to show what it mends


def candidate(an, draft: str = "") -> tuple[str, str, bool]:
    """(the clause, as typed; the ask's sentence as typed; it is tied to the ask) for the first clause after the main
    ask, in its own sentence, that the engine left as story; ("", "", False) when there is none. Tied: a comma between
    them, or 'want' opening the clause, in the draft as typed (the engine may have made the ask a sentence of its own
    when it turned a frame: 'ik wil vragen of ge … zoudt kunnen lenen, ik betaal …' -> 'Kunt ge … lenen?')."""
    main = (getattr(an, "main", None) or []) if an is not None else []
    if not main:
        return "", "", False
    d = an.d
    last = max(main, key=lambda c: c.b)
    nxt = next((c for c in sorted(an.clauses, key=lambda c: c.a) if c.a >= last.b and c.role != "leeg"), None)
    if nxt is None or nxt.sent not in (last.sent, last.sent + 1) or nxt.role != "tekst":
        return "", "", False
    said = d.raw(nxt.a, nxt.b).strip()
    ask = d.raw(*d.sentences[last.sent]).strip()
    gap = d.raw(last.b, nxt.a) if nxt.a > last.b else ""
    tied = _tied(draft, said, d.word(last.b - 1)) if draft else nxt.sent == last.sent and bool(_COMMA.search(gap))
    if not said or not (tied or re.match(r"(?i)want\b", said) and nxt.sent == last.sent):
        return "", "", False
    return said, ask, True


def _tied(draft: str, said: str, end: str) -> bool:
    """In the draft as typed, the clause follows the ask's last word (end) after a comma, or opens on 'want' right
    after it; a pronoun of the clause that the ask's sentence holds too ('vragen of hij … want hij werkt …': the
    reader spoken of) leaves it out."""
    at = draft.lower().find(said.lower())
    if at <= 0:
        return False
    before = draft[:at].rstrip()
    want = bool(re.match(r"(?i)want\b", said))
    if not before.rstrip(" ,;").lower().endswith(end.lower()):
        return False
    if not (before.endswith((",", ";")) or want or RUNON and _runon(draft, said)):
        return False
    opened = re.split(r"[.?!\n]", before)[-1]
    return not _PRONOUN.findall(said.lower()) or not set(_PRONOUN.findall(said.lower())) & set(_PRONOUN.findall(opened.lower()))


def _runon(draft: str, said: str) -> bool:
    """Round 53 (k53a): a chat line typed without marks ('mam kan je … brengen ik ben hem vergeten'): the clause follows
    the ask's last word with nothing between, opens on a subject of its own ('ik', 'mijn fiets', 'de auto') and says
    what broke or went missing (_PROBLEM), the draft holds no mark before it; the clause runs to the end of the draft."""
    at = draft.lower().find(said.lower())
    return (bool(_RUN_SUBJECT.match(said)) and bool(_PROBLEM.search(said)) and not re.search(r"[,.;:!?]", draft[:at])
            and not lower_words(draft[at + len(said):]) and not _JOINED.search(said))


def judged(said: str, ask: str, runon: bool = False) -> str:
    """'keep' (put back), 'unsure' (of the shape, but longer than a short clause: the reader must look) or 'drop'.
    runon (k53a): the clause came after a chat ask without marks (_runon): what went missing is no schedule there."""
    bare = _LINK.sub("", said.strip(" ,.;")).strip()
    words = lower_words(bare)
    if not words or _LIMIT.search(bare) or _OPEN.search(bare) or _LEANS.search(bare) or _SUB.search(bare):
        return "drop"
    # after a run-on ask, what went missing is no schedule ('… brengen ik ben hem vergeten'), and a thing left behind is
    # read as 'kwijt' (lone_statement's padding 'vergeten' is the asking); after a comma the older golds drop 'ik ben de
    # mijne kwijt' (t10m-041): k50a's reading stays there
    own = _OWN.search(bare) and not (runon and _PROBLEM.search(bare))
    said_out = left_out((_THING_FORGOT.sub(r"\1 kwijt", bare) if runon and _THING_FORGOT.match(bare) else bare) + ".", ask)
    if len(words) < _MIN_WORDS or _JUDGE.search(bare) or own or said_out:
        return "drop"
    if _HEDGE.search(bare):
        return "drop"  # hedged or minimised: the writer's aside, no fact the reader needs
    if len(words) > _MAX_WORDS:
        return "unsure"
    return "keep"


def sentence_of(said: str) -> str:
    """The clause as a sentence of its own: without its tie word, a capital first, a full stop last."""
    return as_sentence(_LINK.sub("", said.strip(" ,.;")).strip())


def kept(out, sentence: str, sure: bool, draft: str = "") -> tuple[str, str, bool]:
    """(the result with the clause put back right after its question, the sentence put back or "", sure)."""
    if not ACTIVE or out.crisis:
        return sentence, "", sure
    said, ask, fits = candidate(out.analysis, draft)
    if not fits or shown(_LINK.sub("", said), sentence):
        return sentence, "", sure
    verdict = judged(said, ask, RUNON and _runon(draft, said))
    if verdict == "unsure":
        return sentence, "", _unsure(out, sure, LOST)
    put = sentence_of(said)
    placed = after_question(sentence, put)
    if verdict == "drop" or placed is None:  # no question to put it after (a wish said as a statement): left as it is
        return sentence, "", sure
    sure = _unsure(out, sure, CODE)  # the outside golds split on it (tools/krimp_comma_tally.py): the reader looks
    return placed, put, sure


def after(out, draft: str, sentence: str, detail: str, sure: bool) -> tuple[str, str, bool]:
    """After detail_beside.kept: (result, the sentence put back by either rule or "", sure); at most one of them."""
    if detail:
        return sentence, detail, sure
    sentence, known, sure = knew_fact.kept(out, draft, sentence, sure)  # 'Ik weet dat je morgen naar Gent rijdt, …'
    return (sentence, known, sure) if known else kept(out, sentence, sure, draft)


def _unsure(out, sure: bool, code: str) -> bool:
    if sure:
        out.problems.append(code)
    return False
