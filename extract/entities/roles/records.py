"""The records of the role stage: a role fact, and what the readers found, by cluster key and by entity id.

`Role("c3", "foreign minister", "of", "c7", 12)`: the person of cluster c3 is foreign minister of c7, as the
mention at token 12 says; `RoleFindings.facts(id_of)` restates the findings by entity id."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field, replace


@dataclass(frozen=True, slots=True)
class Role:
    holder: str  # entity id of the person or organisation
    role: str  # normalised title or description, e.g. "foreign minister", "airline"
    prep: str  # "of" for affiliation, "to"/"for" for the title's target
    target: str  # entity id the role relates the holder to
    token: int  # a token of the holder's mention (locates the sentence)


@dataclass(frozen=True)
class RoleFacts:
    """What titles and appositions say about the article's entities, by entity id."""

    roles: list[Role] = field(default_factory=list)
    descriptions: Mapping[str, set[str]] = field(default_factory=dict)  # id -> title nouns ("minister")
    affiliated_people: Mapping[str, list[str]] = field(default_factory=dict)  # state or org id -> people
    # titles owned by a possessive pronoun ("his lawyer X"): (holder id, role, pronoun token, token)
    pronoun_owned: list[tuple[str, str, int, int]] = field(default_factory=list)
    # The state the article is about (affiliations/context.py `setting`), once the evidence is in: whose
    # office a bare title with no holder named is ("the foreign minister said", arguments.py).
    setting: str | None = None
    # The state the sentence before each sentence is about (by the sentence's first token), where the
    # sentence before has one for its subject: whose a bare office said next is.
    paragraph_states: dict[int, str] = field(default_factory=dict)


@dataclass
class RoleFindings:
    """Roles found among the mention clusters (by cluster key), and the affiliations they imply: the
    state or organisation each holder acts for. Entity ids are fixed only after these are applied
    (`MentionClusters.finalise`); `facts` then restates the findings by id."""

    roles: list[Role] = field(default_factory=list)
    descriptions: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    affiliated_people: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    affiliations: dict[str, str] = field(default_factory=dict)  # cluster key -> ISO-3 ("" for none)
    sectors: dict[str, str] = field(default_factory=dict)  # cluster key -> CAMEO sector
    types: dict[str, str] = field(default_factory=dict)  # cluster key -> entity type settled by evidence
    # Every title the text writes for a holder, with a token of the holder's mention: cluster key ->
    # [(role, token, target key or None)]; offices (affiliations/offices.py) read those without a target.
    titles: dict[str, list[tuple[str, int, str | None]]] = field(default_factory=lambda: defaultdict(list))
    # Where a person is from or works, when the text says no more ("a California lawyer", "Professor X of
    # Ohio"): cluster key -> the place's cluster key; affiliations/along_roles.py gives the person the
    # place's state.
    origins: dict[str, str] = field(default_factory=dict)
    # Titles the text places below the state without naming where ("the city's home minister"): (cluster
    # key, token) of the holder's mention; the holder may be of the article's state, the office is not.
    local_titles: set[tuple[str, int]] = field(default_factory=set)
    # A state's title stacked after another title whose owner does not give it ("Libertarian Party
    # candidate Congressman X"): (cluster key, role, token); held in the holder's own state.
    stacked_titles: list[tuple[str, str, int]] = field(default_factory=list)
    # A title whose owner is a possessive pronoun ("his former lawyer X", "her son, Y"): whose it is is
    # known only after coreference, which runs after the entities are fixed; (cluster key, role, pronoun
    # token, token of the holder's mention).
    pronoun_owned: list[tuple[str, str, int, int]] = field(default_factory=list)

    def facts(self, id_of: Mapping[str, str]) -> RoleFacts:
        """The findings by entity id; clusters that became no entity (an unnamed actor of no state) drop."""
        descriptions: dict[str, set[str]] = defaultdict(set)
        for key, nouns in self.descriptions.items():
            if key in id_of:
                descriptions[id_of[key]] |= nouns
        people: dict[str, list[str]] = defaultdict(list)
        for key, holders in self.affiliated_people.items():
            if key in id_of:
                people[id_of[key]].extend(id_of[h] for h in holders if h in id_of)
        roles = [
            replace(r, holder=id_of[r.holder], target=id_of[r.target])
            for r in _without_shorter_titles(self.roles)
            if r.holder in id_of and r.target in id_of
        ]
        owned = [(id_of[k], role, pron, token) for k, role, pron, token in self.pronoun_owned if k in id_of]
        return RoleFacts(roles, descriptions, people, owned)


def _without_shorter_titles(roles: list[Role]) -> list[Role]:
    """The roles but a title that is only the last words of a longer title of the same holder and owner read
    from the same words: "Chile's central bank head X" is no bare "head of Chile" besides "central bank
    head of Chile", as "Vice President Y" is no "president"."""
    longer: dict[tuple[str, str, str, int], list[str]] = defaultdict(list)
    for r in roles:
        longer[(r.holder, r.prep, r.target, r.token)].append(r.role)
    return [
        r
        for r in roles
        if not any(other.endswith(f" {r.role}") for other in longer[(r.holder, r.prep, r.target, r.token)])
    ]
