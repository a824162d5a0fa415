"""Round 19 review (rv19c): what round 19's crisis work left or opened.

- 'ik denk er niet meer aan' / 'ik ben er niet meer aan toe gekomen' are idioms: no panel (main gave a full
  panel through last-voor-anderen: 'meer aan' + 'er niet meer');
- on a bridge, platform or roof and not wanting to go home is acute; a film's jump the writer wants too
  ('ik denk sindsdien dat ik dat ook wil doen') is acute; 'ga er straks vanaf' without a subject after a roof
  is acute; on a roof 'ik wil niet dramatisch doen' after nights without sleep is acute;
- c19b's two-sentence reach of hoog-en-eraf gave full panels to a roofer, a tourist on a tower, a parent
  and a train passenger: its exception now reaches as far;
- the 'ik weet wat ik ga doen: ...' / 'ik heb besloten: ...' exceptions hid a bridge or a jump after the
  ordinary choice.

Every case of the "fixed" lists fails on main 240ac5e (checked; so do two twins: the perron + "ik slaap bij Tim" and
"ik ga er vanaf maandag ... over die brug" had a panel, "ik heb besloten: ... voor de trein" had none); the twins
guard the other side.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, assess

FIXED_NO_PANEL = (
    "Ik heb te veel gegeten vanavond, ik denk er niet meer aan",
    "ik denk er niet meer aan, die ruzie van vorige week is vergeten",
    "sorry, ik ben er niet meer aan toe gekomen om de formulieren in te vullen",
    "k heb er nie meer aan gedacht, sorry! neem jij de taart mee?",
    "ik sta op het dak van de loods, de laatste panelen liggen. ik ga er zo vanaf en dan naar huis",
    "sta op den toren van de kathedraal, 400 trappen! ik ga er zo af, mijn benen trillen",
    "Mijn zoon zit op het dak van het schuurtje. Ik ga er zo af om hem te helpen.",
    "Ik sta op het perron. De trein is er. Ik stap er zo af in Utrecht.",
)

FIXED_PANEL = (
    "'k zit hier op de brug en 'k weet niet of ik nog naar huis wil",
    "jens 'k zit hier op de brug en 'k weet niet of ik nog naar huis wil. kunde gij mij bellen aub",
    "Mam, ik zit bij de sluis. Ik weet niet of ik vannacht nog thuiskom.",
    "In de film springt ze van de brug. Ik denk sindsdien dat ik dat ook wil doen.",
    "Gisteren die serie gekeken, de jongen springt voor de trein. Ik weet nu dat ik het ook wil.",
    "ik zit op het dak. ga er straks vanaf",
    "pap ik wil niet dramatisch doen maar ik heb al twee nachten niet geslapen en ik zit op het dak van de "
    "studentenflat. kun je bellen",
    "ik wil nie dramatisch doen ma 'k slaap al dagen niet meer en 'k sta op de brug over de ring",
    "ik weet nu wat ik ga doen: ontslag nemen en dan van de brug springen",
)

# the other side of each class: these must keep (or stay without) the panel
ALARM_TWINS = (
    "Ik denk er niet meer aan, ik wil er gewoon niet meer zijn.",
    "ik heb te veel gegeten en ik denk er niet meer aan. als ik er niet meer ben is iedereen beter af",
    "ik ben er niet meer aan toe gekomen. ik wil dood",
    "ik ben er straks niet meer. denk er niet meer aan, het is beter zo",
    "sta op het dak van het station. ik ga er straks vanaf",
    "ben op de spoorbrug. als de trein komt spring ik eraf",
    "ik sta op de toren van de kathedraal. ik ga er straks vanaf, niemand houdt me nog tegen",
    "ik sta op het perron van station Zuid en ik wil niet meer naar huis",
    "ik heb besloten: ik stop met mijn studie en dan ga ik voor de trein",
    "Ik weet nu wat ik ga doen: ik neem die baan in Gent en dan spring ik van de brug.",
)

HARMLESS_TWINS = (
    "ik zit op de pier met een ijsje, heerlijk, ik wil nooit meer naar huis",
    "we staan op het perron, de laatste trein is weg, ik ga niet meer naar huis, ik slaap bij Tim",
    "zit op de brug bij de haven met de meiden, zo mooi weer, ik weet niet of ik nog naar huis wil haha",
    "ons Lotte zit op de brug bij den Aldi en weet niet of ze nog naar huis wil, ze is boos op haar broer",
    "In de film springt ze van de brug in het meer en zwemt naar de overkant. Ik denk dat ik dat ook wil doen deze zomer.",
    "ik ga er vanaf maandag elke dag met de fiets over die brug",
    "ben op het dak van de flat voor de antenne. ga er zo vanaf, kun je de ladder vasthouden",
    "ik wil niet dramatisch doen maar ik heb twee nachten niet geslapen door mijn examen, ik zit op het dak van "
    "het studentenhuis te leren in de zon",
    "het is goed zo, ik heb besloten: ik neem die job in Gent niet aan",
    "ik weet nu wat ik ga doen: ontslag nemen en een jaar gaan reizen",
    "ik weet nu wat ik ga doen: ontslag nemen en met de trein door Europa reizen",
)


@pytest.mark.parametrize("text", FIXED_NO_PANEL + HARMLESS_TWINS)
def test_no_full_panel(text):
    assert assess(text).tier != ACUUT


@pytest.mark.parametrize("text", FIXED_PANEL + ALARM_TWINS)
def test_full_panel(text):
    assert assess(text).tier == ACUUT


@pytest.mark.parametrize("text", (
    "Ik heb te veel gegeten vanavond, ik denk er niet meer aan",
    "Die boete? Ik pieker er niet meer over, betaald en klaar.",
))
def test_idiom_gets_nothing(text):
    assert assess(text).tier is None


def test_choice_exception_never_silences_a_later_danger():
    """An ordinary choice named first ('op reis') leaves at least the gentle line for 'nooit meer terugkomen'."""
    assert assess("ik weet wat ik ga doen: op reis en nooit meer terugkomen").tier is not None
