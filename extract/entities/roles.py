"""Roles and affiliations from titles and appositions.

"Iraqi Foreign Minister Hoshyar Zebari" -> (Hoshyar Zebari, foreign minister of, Iraq);
"US Ambassador to Germany Richard Grenell" -> (…, ambassador of, United States), (…, ambassador to, Germany);
"Angela Merkel, the Chancellor of Germany" and "Mahan's director, Hamid Arabnejad Khanooki" likewise;
"Iranian airline Mahan Air" -> (Mahan Air, airline of, Iran).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from geokg.extract.entities.clusters import DocEntities
from geokg.extract.entities.mentions import Mention
from geokg.extract.entities.titles import is_role_word, role_phrase
from geokg.extract.lexicon.words import TITLE_FILLERS, TITLE_PREPS
from spacy.tokens import Doc, Token

MAX_TITLE_WORDS = 6


@dataclass(frozen=True, slots=True)
class Role:
    holder: str  # entity id of the person or organisation
    role: str  # normalised title or description, e.g. "foreign minister", "airline"
    prep: str  # "of" for affiliation, "to"/"for" for the title's target
    target: str  # entity id the role relates the holder to
    token: int  # a token of the holder's mention (locates the sentence)


@dataclass
class RoleFacts:
    roles: list[Role] = field(default_factory=list)
    descriptions: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    affiliated_people: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))


def _mention_ending_at(entities: DocEntities, index: int) -> Mention | None:
    mention = entities.mention_at(index)
    return mention if mention and mention.end == index + 1 else None


class RoleFinder:
    def __init__(self, doc: Doc, entities: DocEntities) -> None:
        self.doc = doc
        self.entities = entities
        self.facts = RoleFacts()

    def _add(self, holder: str, role: str, prep: str, target: str | None, token: int) -> None:
        self.facts.descriptions[holder].add(role.split()[-1])
        if target is None or target == holder:
            return
        self.facts.roles.append(Role(holder, role, prep, target, token))
        holder_cluster = self.entities.cluster(holder)
        if holder_cluster is None or prep != "of":
            return
        if holder_cluster.type == "PERSON":
            self.facts.affiliated_people[target].append(holder)
        target_cluster = self.entities.cluster(target)
        if target_cluster and holder_cluster.affiliation is None and not holder_cluster.country:
            holder_cluster.affiliation = target_cluster.country or target_cluster.affiliation

    def _title_before(self, mention: Mention) -> None:
        doc = self.doc
        holder = self.entities.entity_id_at(mention.start)
        cluster = self.entities.cluster(holder) if holder else None
        if holder is None or cluster is None or cluster.type not in ("PERSON", "ORG"):
            return
        sent_start = doc[mention.start].sent.start
        j = mention.start - 1
        target: tuple[str, str] | None = None
        # "Ambassador to Germany Richard Grenell": a target between the title and the name.
        before = _mention_ending_at(self.entities, j) if j >= sent_start else None
        if before is not None:
            k = before.start - 1
            if k >= sent_start and doc[k].lower_ == "the":
                k -= 1
            if k > sent_start and doc[k].lower_ in TITLE_PREPS and is_role_word(doc[k - 1].lower_):
                target_id = self.entities.entity_id_at(before.start)
                if target_id:
                    target = (doc[k].lower_, target_id)
                    j = k - 1
        words: list[Token] = []
        while j >= sent_start and len(words) < MAX_TITLE_WORDS:
            tok = doc[j]
            lower = tok.lower_
            if j in self.entities.token_entity and lower not in ("state",):
                break
            if cluster.type == "PERSON":
                fits = is_role_word(lower) or lower in TITLE_FILLERS
            else:
                fits = (tok.pos_ == "NOUN" and tok.text.islower()) or (
                    lower in TITLE_FILLERS and lower != "of"
                )
            if not fits or not tok.is_alpha:
                break
            words.insert(0, tok)
            j -= 1
        while words and words[0].lower_ == "of":
            words.pop(0)
        if not words and cluster.type == "ORG" and j >= sent_start and doc[j].tag_ == "POS":
            # "Germany's Federal Aviation Office": an organisation of a state.
            owner = _mention_ending_at(self.entities, j - 1)
            owner_id = self.entities.entity_id_at(owner.start) if owner else None
            if owner_id and owner_id.startswith("country:"):
                self._add(holder, "part", "of", owner_id, mention.start)
            return
        if not words or not any(is_role_word(w.lower_) or w.pos_ == "NOUN" for w in words):
            return
        role = role_phrase([w.text for w in words]) if cluster.type == "PERSON" else None
        role = role or " ".join(w.lower_ for w in words)
        affiliation = None
        if j >= sent_start:
            owner = _mention_ending_at(self.entities, j)
            if owner is None and doc[j].tag_ == "POS":
                owner = _mention_ending_at(self.entities, j - 1)
            if owner is not None:
                affiliation = self.entities.entity_id_at(owner.start)
        self._add(holder, role, "of", affiliation, mention.start)
        if target:
            self._add(holder, role, target[0], target[1], mention.start)

    def _apposition(self, mention: Mention) -> None:
        holder = self.entities.entity_id_at(mention.start)
        cluster = self.entities.cluster(holder) if holder else None
        if holder is None or cluster is None or cluster.type not in ("PERSON", "ORG"):
            return
        head = self.doc[mention.start : mention.end].root
        candidates = [c for c in head.children if c.dep_ == "appos"]
        if head.dep_ == "appos":
            candidates.append(head.head)
            named = head.head
            if named.i in self.entities.token_entity and named.dep_ == "pobj" and named.head.dep_ == "prep":
                # "the prosecutor general of Tehran, Ali Mehr": the name belongs to the title, not the city.
                candidates.append(named.head.head)
        for noun in candidates:
            if noun.i in self.entities.token_entity or noun.pos_ not in ("NOUN", "PROPN"):
                continue
            if (cluster.type == "PERSON") != is_role_word(noun.lower_):
                continue  # titles belong to people; organisations take descriptions ("the airline")
            mods = [
                c
                for c in noun.children
                if c.dep_ in ("compound", "amod") and c.i not in self.entities.token_entity
            ]
            words = [*(c.text for c in mods if c.i < noun.i), noun.text]
            role = role_phrase(words) or noun.lemma_.lower()
            linked = False
            for child in noun.children:
                if child.dep_ == "poss" or (
                    child.dep_ in ("compound", "amod") and child.i in self.entities.token_entity
                ):
                    owner = self._entity_in(child)
                    if owner:
                        self._add(holder, role, "of", owner, mention.start)
                        linked = True
                elif child.dep_ == "prep" and child.lower_ in TITLE_PREPS:
                    for pobj in child.children:
                        owner = self._entity_in(pobj)
                        if owner:
                            self._add(holder, role, child.lower_, owner, mention.start)
                            linked = True
            if not linked:
                self._add(holder, role, "of", None, mention.start)

    def _entity_in(self, token: Token) -> str | None:
        return self.entities.entity_id_at(token.i)

    def _member_of(self, mention: Mention) -> None:
        """ "Yvette Cooper of the Labour Party", "Ali Mehr of Iran": a person's organisation or country."""
        holder = self.entities.entity_id_at(mention.start)
        cluster = self.entities.cluster(holder) if holder else None
        if cluster is None or cluster.type != "PERSON":
            return
        head = self.doc[mention.start : mention.end].root
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for pobj in prep.children:
                target = self.entities.entity_id_at(pobj.i)
                target_cluster = self.entities.cluster(target) if target else None
                if target_cluster is None or target_cluster.type == "PERSON":
                    continue
                role = "citizen" if target_cluster.country else "member"
                self._add(holder, role, "of", target, mention.start)

    def run(self) -> RoleFacts:
        for mention in self.entities.mentions:
            self._title_before(mention)
            self._apposition(mention)
            self._member_of(mention)
        return self.facts


def find_roles(doc: Doc, entities: DocEntities) -> RoleFacts:
    return RoleFinder(doc, entities).run()
