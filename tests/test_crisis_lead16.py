"""Round 16, the lead: jumping announced together with a secret, a plan or "niet meer boven" is the
full panel (rule springen-nu-en-meer); jumping alone, or for sport with a secret, is not."""

import pytest

from vraaghulp.coach.crisis import ACUUT, assess


@pytest.mark.parametrize("text", [
    "Niemand weet dat ik vanavond spring.",
    "niemand weet da kik vannacht spring",
    "vanavond spring ik, niemand hoeft het te weten",
    "ik spring en kom niet meer boven",
])
def test_a_jump_announced_with_a_secret_or_no_way_up_is_the_panel(text):
    assert assess(text).tier == ACUUT, assess(text)


@pytest.mark.parametrize("text", [
    "niemand weet dat ik vanavond van de duikplank spring haha",
    "Vanavond spring ik voor het eerst over de sloot bij opa.",
    "ik spring vanavond even binnen bij oma, niemand weet het, verrassing",
])
def test_a_jump_for_fun_or_a_visit_is_no_panel(text):
    assert assess(text).tier != ACUUT, assess(text)
