"""A hedge inside a lead-in is not named twice (round 30, lead; issue 12 point 9: findings kind and brief).

'ik wou eigenlijk vragen of je …' showed two findings: the lead-in 'ik wou eigenlijk vragen of' and the hedge
'eigenlijk' inside it. The lead-in is named whole; a hedge elsewhere in the draft is still named.
"""
import pytest

from vraaghulp.coach.krimp import shrink


@pytest.mark.parametrize(("draft", "wrap"), [
    ("ik wou eigenlijk vragen of je morgen kunt komen", "ik wou eigenlijk vragen of"),
    ("ik wou eigelijk vrage of ge morgen kunt komen", "ik wou eigelijk vrage of"),
    ("Sorry dat ik je eigenlijk stoor, kun je morgen komen?", "Sorry dat ik je eigenlijk stoor"),
])
def test_a_hedge_inside_a_named_wrap_is_not_named_again(draft, wrap):
    findings = [(f.kind, f.text) for f in shrink(draft).findings]
    assert any(text == wrap for _kind, text in findings)
    assert not any(kind == "afzwakker" for kind, _text in findings)


def test_a_hedge_outside_the_wrap_is_still_named():
    findings = [(f.kind, f.text) for f in shrink("Ik vroeg me eigenlijk af of je misschien morgen kunt komen").findings]
    assert ("afzwakker", "misschien") in findings
    assert ("afzwakker", "eigenlijk") not in findings


def test_a_hedge_in_the_ask_itself_is_named():
    findings = [(f.kind, f.text) for f in shrink("kun je eigenlijk morgen komen?").findings]
    assert ("afzwakker", "eigenlijk") in findings
