"""CAMEO roots of goods and arms sent between actors, and of standing facts that are no event (wave 58 P):
"shipped spare parts to X" is trade (06) and "imported wheat from X" too; arms sent, shipped or smuggled by a
state to another are military aid (07, cameo.tsv class @arms), while smugglers bringing rifles into a country
act on no one. A firm "quoted on" an exchange, a firm that "maintains an office" somewhere, a body that
"will hear a complaint against X" and a reporter who "asked X for comment" make no statement, accusation or
appeal. Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_roots, roots_between


def test_goods_shipped_to_a_state_are_trade() -> None:
    roots = roots_between("""
    Officials official NOUN  NNS 2 nsubj -
    said      say      VERB  VBD 0 ROOT  -
    Chile     Chile    PROPN NNP 4 nsubj GPE
    shipped   ship     VERB  VBD 2 ccomp -
    spare     spare    ADJ   JJ  6 amod  -
    parts     part     NOUN  NNS 4 dobj  -
    to        to       ADP   IN  6 prep  -
    Cuba      Cuba     PROPN NNP 7 pobj  GPE
    .         .        PUNCT .   2 punct -
    """, "Chile", "Cuba")
    assert roots == {"06"}


def test_goods_imported_from_a_state_are_trade() -> None:
    roots = roots_between("""
    Brazil    Brazil    PROPN NNP 2 nsubj GPE
    imported  import    VERB  VBD 0 ROOT  -
    wheat     wheat     NOUN  NN  2 dobj  -
    from      from      ADP   IN  3 prep  -
    Argentina Argentina PROPN NNP 4 pobj  GPE
    .         .         PUNCT .   2 punct -
    """, "Brazil", "Argentina")
    assert roots == {"06"}


def test_arms_sent_to_a_group_are_military_aid() -> None:
    acts = facts_with_roots("""
    Germany  Germany  PROPN NNP 2 nsubj  GPE
    sent     send     VERB  VBD 0 ROOT   -
    missiles missile  NOUN  NNS 2 dobj   -
    to       to       ADP   IN  2 dative -
    the      the      DET   DT  7 det    -
    Kurdish  kurdish  ADJ   JJ  7 amod   NORP
    rebels   rebel    NOUN  NNS 4 pobj   -
    .        .        PUNCT .   2 punct  -
    """)
    roots = {a[3] for a in acts if a[0] == "Germany" and a[1].startswith("send")}
    assert roots == {"07"}


def test_arms_smuggled_into_a_country_act_on_no_one() -> None:
    acts = facts_with_roots("""
    Smugglers smuggler NOUN  NNS 2 nsubj -
    smuggled  smuggle  VERB  VBD 0 ROOT  -
    rifles    rifle    NOUN  NNS 2 dobj  -
    into      into     ADP   IN  3 prep  -
    Peru      Peru     PROPN NNP 4 pobj  GPE
    .         .        PUNCT .   2 punct -
    """)
    smuggled = [a for a in acts if a[1].startswith("smuggle")]
    assert smuggled and all(a[3] is None for a in smuggled)


def test_a_firm_quoted_on_an_exchange_makes_no_statement() -> None:
    acts = facts_with_roots("""
    Volvo     Volvo     PROPN NNP 3 nsubjpass ORG
    is        be        AUX   VBZ 3 auxpass   -
    quoted    quote     VERB  VBN 0 ROOT      -
    on        on        ADP   IN  3 prep      -
    the       the       DET   DT  8 det       ORG
    Stockholm Stockholm PROPN NNP 8 compound  I-ORG
    Stock     Stock     PROPN NNP 8 compound  I-ORG
    Exchange  Exchange  PROPN NNP 4 pobj      I-ORG
    .         .         PUNCT .   3 punct     -
    """)
    quoted = [a for a in acts if "quote" in a[1]]
    assert quoted and all(a[3] is None for a in quoted)


def test_an_office_maintained_somewhere_is_no_statement() -> None:
    acts = facts_with_roots("""
    Toyota    Toyota   PROPN NNP 2 nsubj ORG
    maintains maintain VERB  VBZ 0 ROOT  -
    an        an       DET   DT  4 det   -
    office    office   NOUN  NN  2 dobj  -
    at        at       ADP   IN  4 prep  -
    the       the      DET   DT  8 det   -
    Peruvian  peruvian ADJ   JJ  8 amod  NORP
    embassy   embassy  NOUN  NN  5 pobj  -
    .         .        PUNCT .   2 punct -
    """)
    kept = [a for a in acts if a[0] == "Toyota" and a[1].startswith("maintain")]
    assert kept and all(a[3] is None for a in kept)


def test_a_body_that_will_hear_a_complaint_accuses_no_one() -> None:
    acts = facts_with_roots("""
    The       the       DET   DT 2 det   -
    WTO       WTO       PROPN NNP 4 nsubj ORG
    will      will      AUX   MD 4 aux   -
    hear      hear      VERB  VB 0 ROOT  -
    a         a         DET   DT 6 det   -
    complaint complaint NOUN  NN 4 dobj  -
    against   against   ADP   IN 6 prep  -
    Peru      Peru      PROPN NNP 7 pobj GPE
    .         .         PUNCT .  4 punct -
    """)
    heard = [a for a in acts if a[0] == "WTO" and a[2] == "Peru"]
    assert heard and all(a[3] is None for a in heard)


def test_a_reporter_asking_for_comment_makes_no_appeal() -> None:
    acts = facts_with_roots("""
    Bloomberg Bloomberg PROPN NNP 2 nsubj ORG
    asked     ask       VERB  VBD 0 ROOT  -
    Volvo     Volvo     PROPN NNP 2 dobj  ORG
    for       for       ADP   IN  2 prep  -
    comment   comment   NOUN  NN  4 pobj  -
    .         .         PUNCT .   2 punct -
    """)
    asked = [a for a in acts if a[0] == "Bloomberg" and a[2] == "Volvo"]
    assert asked and all(a[3] is None for a in asked)
