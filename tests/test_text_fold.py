from hypothesis import given, strategies as st

from vraaghulp.coach.text import fold, fold_same_length


def test_fold_drops_case_and_accents():
    assert fold("Café Één") == "cafe een"
    assert fold("ÉÉN keer") == "een keer"


def test_fold_same_length_maps_quotes_and_spaces():
    assert fold_same_length("Kun’je\u00a0Ëlla") == "kun'je ella"


@given(st.text())
def test_fold_same_length_keeps_positions(text):
    assert len(fold_same_length(text)) == len(text)
