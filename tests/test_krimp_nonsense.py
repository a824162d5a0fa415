"""Never offer nonsense (round 48, k48b): each kind of breakage a rewrite made, on drafts of the shape in our own
words; the offer keeps the writer's words for that part and is never sure."""

from __future__ import annotations

from vraaghulp.coach.krimp import shrink
from vraaghulp.coach.krimp.model import Shrunk
from vraaghulp.coach.krimp.nonsense import checked, signs

LIST_TWICE = ("Hoi Lies, ik heb griep en kom de deur niet uit. Kun jij vanmiddag wat spullen voor mij halen bij de "
              "drogist op de Markt? Paracetamol, zakdoeken, keelsnoepjes en een fles hoestdrank. Ik betaal je terug "
              "als je er bent.")
TE_MOVED = ("Beste buurman,\n\nSinds de storm van vorige week hangt de dakgoot los. Sindsdien durf ik niet meer onder "
            "het afdak te staan, ook niet om de was op te hangen. Zou u zo goed willen zijn iemand te bellen om die "
            "goot vast te maken? Ik wil u niet lastigvallen.\n\nGroet,\nP. de Boer")
SHOP = ("Hoi Mark, die oude bank van de IKEA staat nog in de gang bij de buren. Kun je zaterdag met je broer komen om "
        "hem naar de stort te brengen? Als het niet lukt vraag ik het wel aan iemand anders.")
PERSON_FOR_DAT = ("Beste,\n\nMijn zoon Tim (groep 5) gaat vanaf maandag op woensdag niet meer naar de opvang. Zijn opa, "
                  "Kees de Wit, haalt hem dan om 12u op bij het hek. Kunt u dat doorgeven aan de leiding? Alvast "
                  "bedankt!\n\nGroetjes,\nSanne, mama van Tim")
CUT_CLAUSE = ("Beste Joke,\n\nIk stuur u dit kaartje omdat ik het aan de telefoon niet goed kan zeggen. Het gaat wel, "
              "al mis ik Henk elke dag. Ik vroeg mij af of u mij volgende week naar het kerkhof in Eelde zou willen "
              "brengen, ik rijd zelf niet meer. U hoeft niet te wachten.\n\nHartelijke groet,\nAnnie")


def test_a_list_is_said_once():
    r = shrink(LIST_TWICE)
    assert r.sentence.count("Paracetamol, zakdoeken") == 1
    assert "Markt? Paracetamol, zakdoeken, keelsnoepjes en een fles hoestdrank." in r.sentence
    assert not r.sure and "onzin-dubbel" in r.withheld


def test_te_and_a_split_verb_stay_as_typed():
    r = shrink(TE_MOVED)
    assert "Kunt u iemand te bellen" not in r.sentence and "vastmaken" not in r.sentence
    assert "iemand te bellen om die goot vast te maken?" in r.sentence
    assert not r.sure and "onzin-te" in r.withheld


def test_a_pointer_never_becomes_a_shop():
    r = shrink(SHOP)
    assert "IKEA naar de stort" not in r.sentence
    assert "om hem naar de stort te brengen?" in r.sentence
    assert not r.sure


def test_dat_never_becomes_a_person():
    r = shrink(PERSON_FOR_DAT)
    assert "zijn opa doorgeven" not in r.sentence.lower()
    assert "Kunt u dat doorgeven aan de leiding?" in r.sentence
    assert not r.sure


def test_a_subordinate_clause_keeps_its_main_clause():
    r = shrink(CUT_CLAUSE)
    assert "Joke, ik het aan de telefoon" not in r.sentence
    assert not signs(CUT_CLAUSE, r.sentence)
    assert not r.sure


def test_each_kind_is_seen():
    assert "komma" in signs("Sinds gisteren kan ik niet meer lopen.", "Sinds gisteren kan, ik niet meer lopen.")
    assert "aanspreking" in signs("Kofi mi boi, kun je zondag mijn tv aansluiten?\nDikke zoen, papa",
                                  "Papa, kun je zondag mijn tv aansluiten?")
    assert "geplakt" in signs("Kun je me naar de kerk in Zuidlaren brengen?", "Kun je me naar de kerk Zuidlaren inbrengen?")
    assert "bijzin" in signs("Ik bel niet omdat ik het niet durf te vragen. Kun je komen?",
                             "Ik het niet durf te vragen. Kun je komen?")


def test_good_rewrites_are_no_sign():
    assert not signs("Bram is ziek geweest. Kunt u hem extra in de gaten houden?",
                     "Kunt u Bram extra in de gaten houden?")
    assert not signs("Zou je de boor mee willen nemen?", "Wil je de boor meenemen?")
    assert not signs("Meneer de Vries ik ben ziek. Kunt u komen?", "Meneer de Vries, ik ben ziek. Kunt u komen?")
    assert not signs("Zou je morgen even langs kunnen komen om de kraan te maken?",
                     "Kun je morgen langskomen om de kraan te maken?")
    assert not signs("Hoi mama, kun je me ophalen?\nLiefs, Mo", "Mama, kun je me ophalen?")


def test_a_sure_result_with_a_sign_is_never_sure():
    draft = "Kofi mi boi, kun je zondag mijn tv aansluiten?\nDikke zoen, papa"
    shrunk = Shrunk(sentence="Papa, kun je zondag mijn tv aansluiten?", findings=(), dropped=((0, 13),),
                    missing=(), sure=True)
    out = checked(draft, None, shrunk)
    assert out.sentence == "Kun je zondag mijn tv aansluiten?"
    assert not out.sure and "onzin-aanspreking" in out.withheld
    assert any(f.kind == "onzeker" for f in out.findings)


def test_a_restored_sentence_is_no_longer_struck():
    draft = "Ik bel niet omdat ik het niet durf te vragen. Kun je komen?"
    shrunk = Shrunk(sentence="Ik het niet durf te vragen. Kun je komen?", findings=(), dropped=((0, 17),),
                    missing=(), sure=False)
    out = checked(draft, None, shrunk)
    assert out.sentence == "Ik bel niet omdat ik het niet durf te vragen. Kun je komen?"
    assert out.dropped == ()


def test_a_cut_reason_goes_back_after_its_own_ask():
    draft = "Hoi Tess, zou ik jullie ladder mogen lenen tot zondag omdat ik de dakgoot niet kan schoonmaken?"
    shrunk = Shrunk(sentence="Tess, mag ik jullie ladder lenen tot zondag? Ik de dakgoot niet kan schoonmaken.",
                    findings=(), dropped=(), missing=(), sure=False)
    out = checked(draft, None, shrunk)
    assert out.sentence == "Tess, mag ik jullie ladder lenen tot zondag, omdat ik de dakgoot niet kan schoonmaken?"


def test_te_after_a_verb_that_takes_it_is_no_sign():
    assert not signs("Zou je willen proberen morgen te komen?", "Kun je proberen morgen te komen?")
    assert "te" in signs("Zou u zo goed willen zijn iemand te sturen?", "Kunt u iemand te sturen?")


# Round 48 review of k48b (k48bf): 'te' as the draft has it is no sign; a greeting that names the person is not said
# twice; a crisis result keeps its 'nu' and the writer's words.

def test_te_as_the_draft_has_it_is_no_sign():
    for draft, result in [("Kun jij wat te drinken meenemen naar het strand?",) * 2,
                          ("Mag ik iets te lezen lenen voor in de trein?",) * 2,
                          ("Zou je genoeg te eten willen kopen voor zes man?", "Wil je genoeg te eten kopen voor zes man?"),
                          ("Zou u de konijnen te eten kunnen geven dit weekend?",
                           "Kunt u de konijnen te eten geven dit weekend?"),
                          ("Kun je oom Piet te eten vragen op zaterdag?",) * 2]:
        assert "te" not in signs(draft, result), draft


def test_te_still_a_sign_when_the_draft_had_it_after_another_verb():
    assert "te" in signs("Wil je zo vriendelijk zijn de monteur te bellen?", "Wil je de monteur te bellen?")


def test_a_sure_te_result_stays_sure():
    r = shrink("Kun je iets te drinken meenemen voor de kinderen?")
    assert r.sure and not any(c.startswith("onzin") for c in r.withheld)


def test_a_greeting_that_names_the_person_is_not_said_twice():
    draft = "Hoi Fenna, zou je zo lief willen zijn iemand te vragen voor de kassa?"
    shrunk = Shrunk(sentence="Fenna, kun je iemand te vragen voor de kassa?", findings=(), dropped=((0, 10),),
                    missing=(), sure=True)
    out = checked(draft, None, shrunk)
    assert out.sentence == "Fenna, zou je zo lief willen zijn iemand te vragen voor de kassa?"
    assert not out.sure and "onzin-te" in out.withheld
    draft = "Lieve opa, zou u zo goed willen zijn de dokter te bellen?"
    shrunk = Shrunk(sentence="Opa, wilt u de dokter te bellen?", findings=(), dropped=(), missing=(), sure=True)
    assert checked(draft, None, shrunk).sentence == "Opa, zou u zo goed willen zijn de dokter te bellen?"


def test_a_crisis_result_keeps_nu_and_its_words():
    draft = "Ik kan niet meer, ik wil dood. Zou je zo goed willen zijn iemand te sturen?"
    shrunk = Shrunk(sentence="Ik kan niet meer, ik wil dood. Kun je nu iemand te sturen?", findings=(), dropped=(),
                    missing=(), sure=True, crisis=True)
    out = checked(draft, None, shrunk)
    assert "nu" in out.sentence.split() and "wil dood" in out.sentence
    assert not out.sure and out.crisis
    r = shrink("Ik wil niet meer leven. Kun je wat te eten komen brengen?")
    assert r.crisis and r.sure
    assert "Kun je nu wat te eten komen brengen?" in r.sentence and "niet meer leven" in r.sentence


def test_a_crisis_result_has_a_glued_word_said_apart_in_place():
    draft = "Ik wil niet meer leven. Zou je me naar het station in Assen willen brengen?"
    shrunk = Shrunk(sentence="Ik wil niet meer leven. Kun je me nu naar het station Assen inbrengen?", findings=(),
                    dropped=(), missing=(), sure=True, crisis=True)
    out = checked(draft, None, shrunk)
    assert out.sentence == "Ik wil niet meer leven. Kun je me nu naar het station in Assen brengen?"
    assert not out.sure and "onzin-geplakt" in out.withheld
