"""Titles a possessive pronoun owns, read once coreference says whose the pronoun is.

"his former lawyer X" (his = Y) -> (X, former lawyer of, Y)."""

from __future__ import annotations

from collections.abc import Mapping

from geokg.extract.entities.clusters import DocEntities
from geokg.extract.entities.coref import Antecedent
from geokg.extract.entities.roles.context import state_office
from geokg.extract.entities.roles.records import Role, RoleFacts
from geokg.extract.entities.titles import is_former
from geokg.extract.lexicon.entity_words import KIN_NOUNS
from geokg.extract.lexicon.words import COUNTERPART_NOUNS, RELATIONAL_NOUNS
from spacy.tokens import Doc


def _named_as_relative(doc: Doc, entities: DocEntities, entity_id: str, before: int) -> bool:
    """Is the entity named, earlier in the sentence, in a phrase of a relative ("her mother, X, and her
    aunt, Y", "two sons with X, Y and Z, and her son W")? Then it is one of the list, not whose the next
    relative is: the nearest person is the wrong antecedent of the pronoun there."""
    for token in doc[doc[before].sent.start : before]:
        if entities.entity_id_at(token.i) != entity_id:
            continue
        head = token
        # through lists and prepositions ("two sons with X, Y and Z"): a relative anywhere above the name
        while head.dep_ in ("appos", "conj", "compound", "pobj", "prep") and head.head.i != head.i:
            head = head.head
            lemma = head.lemma_.lower()
            if head.pos_ == "NOUN" and (lemma in RELATIONAL_NOUNS or lemma in KIN_NOUNS):
                return True
    return False


def pronoun_roles(
    doc: Doc, facts: RoleFacts, antecedents: Mapping[int, Antecedent], entities: DocEntities
) -> list[Role]:
    """The titles a possessive pronoun owns ("his former lawyer X"), once coreference says whose the
    pronoun is: a person's relation to another person or to an organisation (never to a place: "its
    spokesman" of a country is the state's office, which the title passes give)."""
    roles = []
    for holder, role, pronoun, token in facts.pronoun_owned:
        antecedent = antecedents.get(pronoun)
        if antecedent is None or antecedent.kind != "pronoun" or antecedent.others:
            continue
        owner = entities.entity(antecedent.entity_id)
        if owner is None or owner.id == holder or owner.type not in ("PERSON", "ORG"):
            continue
        if _named_as_relative(doc, entities, owner.id, pronoun):
            continue
        office = _counterparts_office(facts, entities, holder, owner.id, role)
        if office is not None:
            roles.append(Role(holder, office[0], "of", office[1], token))
            continue
        roles.append(Role(holder, role, "of", owner.id, token))
    return roles


def _counterparts_office(
    facts: RoleFacts, entities: DocEntities, holder: str, owner: str, role: str
) -> tuple[str, str] | None:
    """ "Italy's finance minister X met his Spanish counterpart Y": a counterpart holds the owner's state
    office in the counterpart's own state, so Y is finance minister of Spain (not "counterpart of X").
    Only when the owner holds one current state office and the counterpart's state is known and another."""
    if role not in COUNTERPART_NOUNS:
        return None
    offices = {
        (r.role, r.target)
        for r in facts.roles
        if r.holder == owner and r.prep == "of" and state_office(r.role) and not is_former(r.role)
    }
    counterpart = entities.entity(holder)
    if len(offices) != 1 or counterpart is None or not counterpart.country:
        return None
    office, owners_state = next(iter(offices))
    state = f"country:{counterpart.country}"
    if state == owners_state or entities.entity(state) is None:
        return None
    return office, state
