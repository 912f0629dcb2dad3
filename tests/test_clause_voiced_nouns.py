"""A noun of speech or stance after a verb that voices or issues it ("voiced concern that …", "issued a
warning that …", "gave assurances that …"), or owned by its maker ("Chile's concern is that …"), states
its content clause as the verb of speech it stands for would (sentences of our own, parsed by hand)."""

from __future__ import annotations

from hand_docs import by_rule, facts, read

# "Chile voiced concern that Peru had shelled Bolivia."
VOICED_CONCERN = """
Chile     Chile    PROPN NNP 2 nsubj  GPE
voiced    voice    VERB  VBD 0 ROOT   -
concern   concern  NOUN  NN  2 dobj   -
that      that     SCONJ IN  7 mark   -
Peru      Peru     PROPN NNP 7 nsubj  GPE
had       have     AUX   VBD 7 aux    -
shelled   shell    VERB  VBN 3 acl    -
Bolivia   Bolivia  PROPN NNP 7 dobj   GPE
.         .        PUNCT .   2 punct  -
"""

# "The minister repeated warnings that Brazil should cut its deficit."
REPEATED_WARNINGS = """
Chile     Chile    PROPN NNP 2 nsubj  GPE
repeated  repeat   VERB  VBD 0 ROOT   -
warnings  warning  NOUN  NNS 2 dobj   -
that      that     SCONJ IN  7 mark   -
Brazil    Brazil   PROPN NNP 7 nsubj  GPE
should    should   AUX   MD  7 aux    -
cut       cut      VERB  VB  3 acl    -
its       its      PRON  PRP$ 9 poss  -
deficit   deficit  NOUN  NN  7 dobj   -
.         .        PUNCT .   2 punct  -
"""

# "Peru gave assurances that Chile would be paid."
GAVE_ASSURANCES = """
Peru        Peru       PROPN NNP 2 nsubj     GPE
gave        give       VERB  VBD 0 ROOT      -
assurances  assurance  NOUN  NNS 2 dobj      -
that        that       SCONJ IN  8 mark      -
Chile       Chile      PROPN NNP 8 nsubjpass GPE
would       would      AUX   MD  8 aux       -
be          be         AUX   VB  8 auxpass   -
paid        pay        VERB  VBN 3 acl       -
.           .          PUNCT .   2 punct     -
"""

# "Japan expressed hope China would resume talks." ("that" left out)
EXPRESSED_HOPE = """
Japan      Japan     PROPN NNP 2 nsubj  GPE
expressed  express   VERB  VBD 0 ROOT   -
hope       hope      NOUN  NN  2 dobj   -
China      China     PROPN NNP 6 nsubj  GPE
would      would     AUX   MD  6 aux    -
resume     resume    VERB  VB  3 acl    -
talks      talk      NOUN  NNS 6 dobj   -
.          .         PUNCT .   2 punct  -
"""

# "Chile's concern is that Peru is arming Bolivia."
OWNED_CONCERN = """
Chile    Chile    PROPN NNP 3 poss   GPE
's       's       PART  POS 1 case   -
concern  concern  NOUN  NN  4 nsubj  -
is       be       AUX   VBZ 0 ROOT   -
that     that     SCONJ IN  8 mark   -
Peru     Peru     PROPN NNP 8 nsubj  GPE
is       be       AUX   VBZ 8 aux    -
arming   arm      VERB  VBG 4 ccomp  -
Bolivia  Bolivia  PROPN NNP 8 dobj   GPE
.        .        PUNCT .   4 punct  -
"""


def _attributions(table: str) -> set[tuple[str, str, str | None]]:
    reading = read(table)
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        (label[r.subject.entity_id], r.predicate, label.get(r.attributed_to or ""))
        for r in reading.relations
        if r.rule.name != "speech_content"
    }


def test_a_voiced_concern_is_the_speakers_claim_of_its_clause() -> None:
    assert ("Peru", "shell", "Chile") in _attributions(VOICED_CONCERN)


def test_a_voiced_concern_is_a_word_about_the_doer_with_its_stance() -> None:
    [said] = by_rule(read(VOICED_CONCERN), "speech_content")
    assert (said.predicate, said.event_root) == ("accuse", "11")
    assert said.content == "Peru had shelled Bolivia"


def test_a_repeated_warning_urges_what_it_says_should_be_done() -> None:
    [said] = by_rule(read(REPEATED_WARNINGS), "speech_content")
    assert (said.predicate, said.event_root, said.content) == ("urge", "02", "Brazil should cut its deficit")


def test_an_assurance_given_states_an_intent() -> None:
    reading = read(GAVE_ASSURANCES)
    assert facts(reading, "speech_content") == {("Peru", "say", "Chile")}  # as "assured that …" does
    assert {r.event_root for r in by_rule(reading, "speech_content")} == {"03"}


def test_a_hope_voiced_without_that_is_the_speakers_statement() -> None:
    reading = read(EXPRESSED_HOPE)
    assert facts(reading, "speech_content") == {("Japan", "hope", "China")}
    assert {r.event_root for r in by_rule(reading, "speech_content")} == {"01"}


def test_a_noun_not_voiced_by_its_subject_says_nothing_of_them() -> None:
    ignored = REPEATED_WARNINGS.replace("repeated  repeat ", "ignored   ignore ")
    assert not facts(read(ignored), "speech_content")
    assert ("Brazil", "cut", None) not in _attributions(ignored)
    caused = EXPRESSED_HOPE.replace("expressed  express ", "gave       give    ")
    assert not facts(read(caused), "speech_content")  # "gave hope China would …": a cause, no speaker


def test_the_owner_of_a_concern_states_its_clause() -> None:
    assert ("Peru", "arm", "Chile") in _attributions(OWNED_CONCERN)


# "Peru's warning that Brazil would default was ignored."
OWNED_WARNING = """
Peru     Peru     PROPN NNP 3 poss       GPE
's       's       PART  POS 1 case       -
warning  warning  NOUN  NN  10 nsubjpass -
that     that     SCONJ IN  7 mark       -
Brazil   Brazil   PROPN NNP 7 nsubj      GPE
would    would    AUX   MD  7 aux        -
default  default  VERB  VB  3 acl        -
was      be       AUX   VBD 10 auxpass   -
ignored  ignore   VERB  VBN 0 ROOT       -
.        .        PUNCT .   10 punct     -
"""


def test_the_owner_of_a_concern_says_its_clause_of_whom_it_names() -> None:
    [said] = by_rule(read(OWNED_CONCERN), "according_to")
    assert (said.predicate, said.event_code) == ("say", "012")  # a concern is a worry, a pessimistic word


def test_the_owner_of_a_warning_warns_of_whom_it_names() -> None:
    reading = read(OWNED_WARNING)
    assert facts(reading, "according_to") == {("Peru", "warn", "Brazil")}
    assert {r.event_code for r in by_rule(reading, "according_to")} == {"012"}


# "Chile repeated its warnings that Brazil should cut its deficit."
REPEATED_OWN_WARNINGS = """
Chile     Chile    PROPN NNP  2 nsubj  GPE
repeated  repeat   VERB  VBD  0 ROOT   -
its       its      PRON  PRP$ 4 poss   -
warnings  warning  NOUN  NNS  2 dobj   -
that      that     SCONJ IN   8 mark   -
Brazil    Brazil   PROPN NNP  8 nsubj  GPE
should    should   AUX   MD   8 aux    -
cut       cut      VERB  VB   4 acl    -
its       its      PRON  PRP$ 10 poss  -
deficit   deficit  NOUN  NN   8 dobj   -
.         .        PUNCT .    2 punct  -
"""


def test_a_noun_voiced_by_a_verb_is_no_owners_word_twice() -> None:
    reading = read(REPEATED_OWN_WARNINGS)
    assert not by_rule(reading, "according_to")  # the verb's word (speech_content) says it once
    assert facts(reading, "speech_content") == {("Chile", "urge", "Brazil")}


# "Chile gave assurances Bolivia would pay Peru": the parser hangs the noun's content on the verb
GAVE_ASSURANCES_ON_VERB = """
Chile       Chile      PROPN NNP 2 nsubj  GPE
gave        give       VERB  VBD 0 ROOT   -
assurances  assurance  NOUN  NNS 2 dobj   -
Bolivia     Bolivia    PROPN NNP 6 nsubj  GPE
would       would      AUX   MD  6 aux    -
pay         pay        VERB  VB  2 ccomp  -
Peru        Peru       PROPN NNP 6 dobj   GPE
.           .          PUNCT .   2 punct  -
"""


def test_a_content_the_parser_hangs_on_the_verb_is_the_nouns() -> None:
    assert ("Bolivia", "pay", "Chile") in _attributions(GAVE_ASSURANCES_ON_VERB)


# "Chile raised concerns that Peru had shelled Bolivia."
RAISED_CONCERNS = VOICED_CONCERN.replace("voiced    voice ", "raised    raise ").replace(
    "concern   concern  NOUN  NN ", "concerns  concern  NOUN  NNS"
)


def test_a_concern_a_speaker_raises_is_voiced() -> None:
    assert ("Peru", "shell", "Chile") in _attributions(RAISED_CONCERNS)
    assert facts(read(RAISED_CONCERNS), "speech_content") == {("Chile", "accuse", "Peru")}


def test_fears_a_thing_raises_are_nobodys_word() -> None:
    # "The move raised concerns that Peru had shelled Bolivia": what the move caused, said by no one
    table = RAISED_CONCERNS.replace(
        "Chile     Chile    PROPN NNP 2 nsubj  GPE", "move      move     NOUN  NN  2 nsubj  -"
    )
    assert not facts(read(table), "speech_content")
    assert ("Peru", "shell", None) in _attributions(table)


def test_the_owner_of_a_position_demands_what_it_says_must_be_done() -> None:
    table = OWNED_CONCERN.replace("concern  concern ", "position position").replace(
        "is       be       AUX   VBZ 8 aux    -\narming   arm      VERB  VBG 4 ccomp  -",
        "must     must     AUX   MD  8 aux    -\narm      arm      VERB  VB  4 ccomp  -",
    )
    assert facts(read(table), "according_to") == {("Chile", "demand", "Peru")}


# "Chile issued a warning to Peru that Bolivia would shell Arica."
WARNING_TO_PERU = """
Chile    Chile    PROPN NNP 2 nsubj  GPE
issued   issue    VERB  VBD 0 ROOT   -
a        a        DET   DT  4 det    -
warning  warning  NOUN  NN  2 dobj   -
to       to       ADP   IN  4 prep   -
Peru     Peru     PROPN NNP 5 pobj   GPE
that     that     SCONJ IN  10 mark  -
Bolivia  Bolivia  PROPN NNP 10 nsubj GPE
would    would    AUX   MD  10 aux   -
shell    shell    VERB  VB  4 acl    -
Arica    Arica    PROPN NNP 10 dobj  GPE
.        .        PUNCT .   2 punct  -
"""


def test_a_warning_to_a_hearer_states_the_clause_past_the_hearer() -> None:
    assert ("Bolivia", "shell", "Chile") in _attributions(WARNING_TO_PERU)


def test_a_warning_from_its_maker_is_the_makers_word() -> None:
    # "Chile heeded a warning from Peru that Bolivia would shell Arica"
    table = WARNING_TO_PERU.replace("issued   issue ", "heeded   heed  ").replace(
        "to       to       ADP", "from     from     ADP"
    )
    assert ("Bolivia", "shell", "Peru") in _attributions(table)


# "Chile said in a statement that Peru had shelled Bolivia."
SAID_IN_A_STATEMENT = """
Chile      Chile      PROPN NNP 2 nsubj  GPE
said       say        VERB  VBD 0 ROOT   -
in         in         ADP   IN  2 prep   -
a          a          DET   DT  5 det    -
statement  statement  NOUN  NN  3 pobj   -
that       that       SCONJ IN  9 mark   -
Peru       Peru       PROPN NNP 9 nsubj  GPE
had        have       AUX   VBD 9 aux    -
shelled    shell      VERB  VBN 5 acl    -
Bolivia    Bolivia    PROPN NNP 9 dobj   GPE
.          .          PUNCT .   2 punct  -
"""


def test_what_is_said_in_a_statement_is_a_word_about_its_doer() -> None:
    reading = read(SAID_IN_A_STATEMENT)
    assert facts(reading, "speech_content") == {("Chile", "accuse", "Peru")}
    assert ("Peru", "shell", "Chile") in _attributions(SAID_IN_A_STATEMENT)


# "Chile issued a statement that Peru had shelled Bolivia."
ISSUED_A_STATEMENT = """
Chile      Chile      PROPN NNP 2 nsubj  GPE
issued     issue      VERB  VBD 0 ROOT   -
a          a          DET   DT  4 det    -
statement  statement  NOUN  NN  2 dobj   -
that       that       SCONJ IN  8 mark   -
Peru       Peru       PROPN NNP 8 nsubj  GPE
had        have       AUX   VBD 8 aux    -
shelled    shell      VERB  VBN 4 acl    -
Bolivia    Bolivia    PROPN NNP 8 dobj   GPE
.          .          PUNCT .   2 punct  -
"""


def test_an_issued_statement_is_a_word_about_its_doer() -> None:
    assert facts(read(ISSUED_A_STATEMENT), "speech_content") == {("Chile", "accuse", "Peru")}
