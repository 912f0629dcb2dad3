"""Roles and affiliations from titles and appositions.

"Iraqi Foreign Minister Hoshyar Zebari" -> (Hoshyar Zebari, foreign minister of, Iraq);
"US Ambassador to Germany Richard Grenell" -> (…, ambassador of, United States), (…, ambassador to, Germany);
"Angela Merkel, the Chancellor of Germany" and "Mahan's director, Hamid Arabnejad Khanooki" likewise;
"Iranian airline Mahan Air" -> (Mahan Air, airline of, Iran);
"X served as the US ambassador to the UN", "Y, who is the secretary of state": offices stated by a verb.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

from geokg.extract.entities.clusters import Cluster, DocEntities, MentionClusters
from geokg.extract.entities.coref import Antecedent
from geokg.extract.entities.countries import is_demonym, lookup_country
from geokg.extract.entities.mentions import Mention, is_person_noun
from geokg.extract.entities.offices import is_holder_name
from geokg.extract.entities.organisations import lookup_organisation
from geokg.extract.entities.titles import (
    HONORIFICS,
    OFFICE_TERMS,
    honorific_occupation,
    is_constituency_title,
    is_corporate_title,
    is_election_title,
    is_former,
    is_occupation,
    is_portfolio,
    is_role_word,
    is_title_modifier,
    known_title_ending,
    office_of,
    qualify,
    role_phrase,
    time_qualifier,
    title_phrase_ending,
)
from geokg.extract.io.turns import Label, speaker_labels
from geokg.extract.lexicon.entity_words import (
    COMPATRIOT_NOUNS,
    FACILITY_NOUNS,
    KIN_NOUNS,
    LOCAL_TITLE_WORDS,
    MEMBERSHIP_NOUNS,
    NATIONAL_TITLES,
    NATIONALITY_NOUNS,
    NOT_DESCRIPTIONS,
    OFFICE_OBJECT_VERBS,
    OFFICE_SUBJECT_VERBS,
    PARTY_ROLES,
    PLACE_KIND_NOUNS,
    SHARED_ORIGIN_WORDS,
)
from geokg.extract.lexicon.syntax import (
    NOUN_MODIFIER_DEPS,
    NOUN_POS,
    PLACE_LABELS,
    PRENOMINAL_DEPS,
    QUOTATION_MARKS,
    indefinite,
    named_one_of_a_people,
    written_number,
    written_year,
    year_of_day,
)
from geokg.extract.lexicon.words import (
    COUNTERPART_NOUNS,
    RELATIONAL_NOUNS,
    SPEECH_VERBS,
    TITLE_FILLERS,
    TITLE_OBJECTS,
    TITLE_PREPS,
)
from geokg.extract.token_arrays import with_pos
from spacy.tokens import Doc, Token

MAX_TITLE_WORDS = 6
# the words of a person's description before their name that may still follow a place ("Finnish
# open-source video game developer X")
MAX_DESCRIPTION_WORDS = 8
DASHES = frozenset({"—", "–"})  # the dashes around an aside in running text (em, en)


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
    # [(role, token, target key or None)]; offices (affiliations.py) read those without a target.
    titles: dict[str, list[tuple[str, int, str | None]]] = field(default_factory=lambda: defaultdict(list))
    # Where a person is from or works, when the text says no more ("a California lawyer", "Professor X of
    # Ohio"): cluster key -> the place's cluster key; affiliations.py gives the person the place's state.
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
            for r in self.roles
            if r.holder in id_of and r.target in id_of
        ]
        owned = [(id_of[k], role, pron, token) for k, role, pron, token in self.pronoun_owned if k in id_of]
        return RoleFacts(roles, descriptions, people, owned)


def _titles_a_person(noun: Token) -> bool:
    """A title, "member" ("X, a member of parliament") that says where a person sits, or kin ("X, the son
    of Y") that says whose relative they are."""
    lemma = noun.lemma_.lower()
    return is_role_word(noun.lower_) or lemma in MEMBERSHIP_NOUNS or lemma in KIN_NOUNS


def _possessed_relation(noun: Token) -> bool:
    """ "his elected successor", "Trump's lawyer": a noun of a relation between people, with its owner
    written as a possessive, says whose the named person is (alone, "a critic" names no one)."""
    return noun.lemma_.lower() in RELATIONAL_NOUNS and any(c.dep_ == "poss" for c in noun.children)


def _state_office(role: str) -> bool:
    """A title of a state's office ("president", "prime minister"), not a company's ("vice president")."""
    office = office_of(role)
    return not is_corporate_title(role) and (
        office in NATIONAL_TITLES or office.split()[-1] in NATIONAL_TITLES
    )


def _person(entity: Cluster) -> bool:
    return entity.type == "PERSON"


class RoleFinder:
    def __init__(self, doc: Doc, clusters: MentionClusters, day: str | None = None) -> None:
        self.doc = doc
        self.clusters = clusters
        # the article's year: a title dated before it ("2016 nominee X") is an office of the past
        self.year = year_of_day(day)
        self.found = RoleFindings()
        self.sentence_start = [sentence.start for sentence in doc.sents for _ in range(len(sentence))]
        self.sentence_end = [sentence.end for sentence in doc.sents for _ in range(len(sentence))]
        # an interview's speaker labels: whose "I" an answer's is
        self.labels = speaker_labels(doc)
        self._known_holders_are_people()

    def _known_holders_are_people(self) -> None:
        """A name the tagger took for an organisation or a place that is the full name of an office holder
        the table knows ("the president of Namibia, Hage Geingob") is that person, so that titles read."""
        for cl in self.clusters.clusters:
            if cl.type in ("PERSON", "EVENT") or cl.country or cl.canonical is not None:
                continue
            if any(is_holder_name(m.text) for m in cl.mentions):
                cl.settle_type("PERSON")
                self.found.types[cl.key] = "PERSON"

    def _affiliation(self, cluster: Cluster) -> str | None:
        return self.found.affiliations.get(cluster.key, cluster.affiliation)

    def _add(self, holder: Cluster, role: str, prep: str, target: Cluster | None, token: int) -> None:
        if holder.type != "PERSON" and role.split()[-1] in NOT_DESCRIPTIONS:
            return  # "RIAA issues DMCA notice": a document or an act, not what the organisation is
        if not is_former(role):
            # "the president" later in the text is not someone the text calls a former president
            self.found.descriptions[holder.key].add(role.split()[-1])
            # and the whole title, which "the prime minister" later means (not "the vice president")
            self.found.descriptions[holder.key].add(role.lower())
        # "a vice president at PG&E": the organisation one works at owns the title as "of" does
        owned = target is not None and prep in ("of", "at")
        self.found.titles[holder.key].append((role, token, target.key if target and owned else None))
        if target is None or target is holder:
            return
        self.found.roles.append(Role(holder.key, role, prep, target.key, token))
        if prep != "of" or role in KIN_NOUNS:
            return  # a relative acts for no one by kinship
        if holder.type == "PERSON":
            self.found.affiliated_people[target.key].append(holder.key)
        if self._affiliation(holder) is None and not holder.country:
            state = target.country or self._affiliation(target)
            if state:
                self.found.affiliations[holder.key] = state

    def _pronoun_owned(self, holder: Cluster, role: str, pronoun: int, token: int) -> None:
        """ "his former lawyer X", "Y, her son": a person's relation to the one a possessive pronoun names
        (resolved after coreference). Only nouns of a relation between people: "his foreign minister"
        is an office of the state, not of the person."""
        noun = role.split()[-1]
        if holder.type == "PERSON" and (noun in RELATIONAL_NOUNS or noun in KIN_NOUNS):
            self.found.pronoun_owned.append((holder.key, role, pronoun, token))

    def _title_before(self, mention: Mention) -> None:
        doc = self.doc
        holder = self.clusters.cluster_at(mention.start)
        if holder is None or holder.type not in ("PERSON", "ORG") or self._in_a_place_name(mention):
            return
        sent_start = self.sentence_start[mention.start]
        if self._relative_clause_subject(mention, sent_start):
            return
        j = mention.start - 1
        target: tuple[str, Cluster] | None = None
        # "Ambassador to Germany Richard Grenell": a target between the title and the name.
        before = self._mention_of(j, ending=True) if j >= sent_start else None
        if before is not None:
            k = before.start - 1
            if k >= sent_start and doc[k].lower_ == "the":
                k -= 1
            # "Senator from Vermont X": the place a constituency title is held for
            title_before = role_phrase([doc[k - 1].text]) if k > sent_start else None
            from_place = doc[k].lower_ == "from" and is_constituency_title(title_before or "")
            prep_fits = doc[k].lower_ in TITLE_PREPS or from_place
            if k > sent_start and prep_fits and is_role_word(doc[k - 1].lower_):
                target_cluster = self.clusters.cluster_at(before.start)
                if target_cluster:
                    target = (doc[k].lower_, target_cluster)
                    j = k - 1
        words: list[Token] = []
        if j >= 0 and doc[j].text == ")":
            # "Labour MP (Member of Parliament) X": the gloss in brackets is not the title (and the parser
            # sometimes ends the sentence at the bracket)
            window = range(j - 1, max(0, j - 8) - 1, -1)
            opening = next((k for k in window if doc[k].text == "("), None)
            if opening is not None:
                j, sent_start = opening - 1, self.sentence_start[opening]
        while j >= sent_start and not words and doc[j].lower_.rstrip(".") in HONORIFICS:
            j -= 1  # "MIT professor Dr Seager": the honorific stands between the title and the name
        # the first word of a portfolio written after the role noun ("Minister of Information X")
        if holder.type == "PERSON":
            j = self._skip_description(j, sent_start)
        portfolio_start = j + 1 - (self._portfolio_before(j, sent_start) if holder.type == "PERSON" else 0)
        phrase = title_phrase_ending(doc[max(sent_start, j - 5) : j + 1]) if holder.type == "PERSON" else 0
        if phrase and not any(self._named(t) for t in doc[j - phrase + 1 : j + 1]):
            # "Homeland Security chief of staff X": the phrase's "of" would stop the word loop
            words = list(doc[j - phrase + 1 : j + 1])
            j -= phrase
        named_title = (
            known_title_ending(doc[max(sent_start, j - 5) : j + 1]) if holder.type == "PERSON" else 0
        )
        if not words and named_title and any(self._named(t) for t in doc[j - named_title + 1 : j + 1]):
            # "National Security Adviser X": a title the tagger took in part for a name ("National
            # Security" as an organisation) is one title, not an adviser of that organisation
            words = list(doc[j - named_title + 1 : j + 1])
            j -= named_title
        while j >= sent_start and len(words) < MAX_TITLE_WORDS:
            tok = doc[j]
            lower = tok.lower_
            if words and self._joining_hyphen(j, sent_start) and is_title_modifier(doc[j - 1].lower_):
                j -= 1  # "Vice-President X": the hyphenated word is part of the title
                continue
            if self._named(tok) and lower not in ("state",):
                break
            joins_titles = bool(words) and j > sent_start and is_role_word(words[0].lower_)
            # both written alike: "the ambassador and Secretary of State X" are two people
            same_case = joins_titles and doc[j - 1].text[:1].isupper() == words[0].text[:1].isupper()
            joins_titles = same_case and is_role_word(doc[j - 1].lower_)
            if holder.type == "PERSON" and lower == "and" and joins_titles:
                # "PG&E President and CEO X": two titles, each the holder's
                words.insert(0, tok)
                j -= 1
                continue
            if holder.type == "PERSON":
                # "Italian economic development minister X": the words of the title up to its owner
                fits = (
                    is_role_word(lower)
                    or lower in TITLE_FILLERS
                    # "Oslo city mayor X": the place's (not "the Syrian city of X")
                    or (bool(words) and is_role_word(words[0].lower_) and lower in PLACE_KIND_NOUNS)
                    # "Bishop Emeritus X": a qualifier written after the title word
                    or (
                        not words
                        and j > sent_start
                        and is_role_word(doc[j - 1].lower_)
                        and time_qualifier([lower]) is not None
                    )
                    or (
                        (bool(words) or j >= portfolio_start)
                        and is_title_modifier(lower)
                        and tok.dep_ != "prep"  # "under former president X": "under" governs the title
                    )
                )
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
        if not words and holder.type == "PERSON":
            described = self._described_by_organisation(j, sent_start)
            if described is not None:
                role, owner = described
                self._add(holder, role, "of", owner, mention.start)
                self._coordinated(mention, role, owner)
                return
            place = self._described_by_place(j, sent_start)
            if place is not None:
                self._origin(holder, place)
                return
        if not words and holder.type == "ORG" and j >= sent_start and doc[j].tag_ == "POS":
            # "Germany's Federal Aviation Office", "the army's Western Command": a part of a state or body.
            whole = self._entity_ending_at(j - 1)
            if whole and (whole.country or whole.actor):
                self._add(holder, "part", "of", whole, mention.start)
            return
        if not words or not any(is_role_word(w.lower_) or w.pos_ == "NOUN" for w in words):
            return
        # each title of "President and CEO", the first one the role
        groups = [[]]  # type: list[list[Token]]
        for w in words:
            if w.lower_ == "and":
                groups.append([])
            else:
                groups[-1].append(w)
        also = [r for g in groups[1:] for r in (role_phrase([w.text for w in g]),) if r and g]
        role = role_phrase([w.text for w in groups[0]]) if holder.type == "PERSON" else None
        role = role or " ".join(w.lower_ for w in words)
        stacked = self._stacked_title(groups[0], role) if holder.type == "PERSON" else None
        qualifier = time_qualifier(words) or self._qualifier_before(j, sent_start)
        qualifier = qualifier or self._coordinated_qualifier(j, sent_start)
        if holder.type == "PERSON" and j >= sent_start and doc[j].lower_ in LOCAL_TITLE_WORDS:
            # "Local prosecutor X", "district judge Y": a title held below the state, not one of it
            self.found.local_titles.add((holder.key, mention.start))
        if j > sent_start and written_year(doc[j]) is not None:
            j -= 1  # "the party's 2016 nominee X": the year stands between the title and its owner
        participle = j > sent_start and doc[j].tag_ in ("VBN", "VBD") and doc[j].dep_ == "amod"
        if holder.type == "PERSON" and participle and self._mention_of(j - 1, ending=True) is not None:
            j -= 1  # "Reuters accredited reporter X": a participle says how the title is held, not by whom
        affiliation = None
        if target and target[0] == "of" and j >= sent_start:
            # "Hong Kong director of Amnesty International X": the body after "of" owns the title; a state
            # named before it is where the holder works
            state = self._entity_ending_at(j)
            unplaced = self._affiliation(holder) is None and not holder.country
            if state is not None and state.country and unplaced:
                self.found.affiliations[holder.key] = state.country
        elif j >= sent_start:
            owner = self._mention_of(j, ending=True)
            if owner is None and doc[j].tag_ == "POS":
                owner = self._mention_of(j - 1, ending=True)
            if owner is None and doc[j].text in DASHES:
                # "X Party — the party's state affiliate — chairman Y": the aside between dashes separates
                # the title from its owner
                window = range(j - 1, max(sent_start, j - 15), -1)
                opening = next((k for k in window if doc[k].text == doc[j].text), None)
                owner = self._mention_of(opening - 1, ending=True) if opening else None
            if owner is None and doc[j].text == ")":
                # "Organisation of Islamic Cooperation (OIC) head X": the acronym in brackets ends the name
                owner = self._mention_of(j - 1, ending=True)
            if owner is not None:
                affiliation = self.clusters.cluster_at(owner.start)
                before_owner = self._before_state_word(owner.start - 1)
                qualifier = qualifier or self._qualifier_before(before_owner, sent_start)
                qualifier = qualifier or self._coordinated_qualifier(before_owner, sent_start)
                whose = self._possessor_before(owner.start - 1, sent_start)
                if affiliation is not None and self._party_adjective(holder, affiliation, role):
                    # "Maryland's Republican Governor X", "Republican Senator Y": the party is a membership;
                    # the office is the state's (named or the article's)
                    self._add(holder, "member", "of", affiliation, mention.start)
                    affiliation = whose if whose and self._place(whose) else None
                elif holder.type == "PERSON" and self._party(affiliation) and whose and self._place(whose):
                    self._add(holder, "member", "of", affiliation, mention.start)
                    affiliation = whose
            elif holder.type == "PERSON":
                # "Radio X sports reporter Y": more description, then the organisation
                described = self._described_by_organisation(j, sent_start)
                if described is not None:
                    role, affiliation = f"{described[0]} {role}", described[1]
        if holder.type == "PERSON" and qualifier is None and self._dated_before(mention.start, role):
            qualifier = "former"  # "In 2016, the party's nominee X received ...": that year's nominee
        role = qualify(role, qualifier) if holder.type == "PERSON" else role
        if affiliation is None and j >= sent_start and doc[j].tag_ == "PRP$":
            self._pronoun_owned(holder, role, j, mention.start)  # "his former lawyer X"
        if affiliation is not None and is_occupation(role) and self._place(affiliation):
            # "a California lawyer", "Iranian journalist X": where the person works, not an office there
            self._origin(holder, affiliation)
            affiliation = None
        choosers = self._choosers_of(mention) if affiliation is None and holder.type == "PERSON" else ()
        if choosers and role.split()[-1] in PARTY_ROLES:
            # "the parties chose [a party name the tagger broke] nominee X": the choosers give the title
            for chooser in choosers:
                self._add(holder, role, "of", chooser, mention.start)
        else:
            self._add(holder, role, "of", affiliation, mention.start)
        if stacked:
            self._add(holder, stacked, "of", None, mention.start)  # the place's, not the first title's owner
            self.found.stacked_titles.append((holder.key, stacked, mention.start))
        for other in also:
            self._add(holder, qualify(other, qualifier), "of", affiliation, mention.start)
        if words[-1].lower_.endswith("s") and holder.type == "PERSON":
            self._coordinated(mention, role, affiliation)
        if target:
            self._add(holder, role, target[0], target[1], mention.start)

    def _relative_clause_subject(self, mention: Mention, sent_start: int) -> bool:
        """ "X, a Republican fundraiser Trump appointed": a name right after a description with an
        indefinite article in apposition, a verb right after the name, is the subject of a relative clause
        on the description (the one Trump appointed), not who it describes."""
        doc = self.doc
        k = mention.start - 1
        while k >= max(sent_start, mention.start - MAX_DESCRIPTION_WORDS) and (
            doc[k].pos_ in ("NOUN", "PROPN", "ADJ") or self._named(doc[k])
        ):
            k -= 1
        after = doc[mention.end] if mention.end < len(doc) else None
        verb = after is not None and after.tag_ in ("VBD", "VBN", "VBZ", "VBP")
        described = k < mention.start - 1 and k > sent_start and doc[k].lower_ in ("a", "an")
        # in apposition to another name ("DeJoy, a … fundraiser Trump appointed"): "A Chilean lawyer X spoke"
        # opening a sentence is X's description
        return described and doc[k - 1].text in {",", "(", *DASHES} and verb

    @staticmethod
    def _stacked_title(words: list[Token], role: str | None) -> str | None:
        """A second title written right before the name after a complete first one ("party presidential
        candidate Congressman X"): a title held for a constituency, which the first title's owner does not
        give."""
        if len(words) < 2 or not role or not words[-1].text[:1].isupper():
            return None
        if role_phrase([w.text for w in words[:-1]]) != role:
            return None  # the last word belongs to the first title ("Deputy Mayor", "Vice Governor")
        last = role_phrase([words[-1].text])
        return last if last and last != role and is_constituency_title(last) else None

    def _in_a_place_name(self, mention: Mention) -> bool:
        """The title and name are part of a site's name ("the General Jose Lopez Base", "President Ana
        Ruiz Airport") or name a site after someone ("a base named after General X"): nobody holds an
        office there."""
        doc = self.doc
        k = mention.end - 1
        while k + 1 < len(doc) and k + 1 - mention.end < 2 and doc[k + 1].text[:1].isupper():
            k += 1
            if doc[k].lower_ in FACILITY_NOUNS:
                return True
        if mention.text.split()[-1].lower() in FACILITY_NOUNS:
            return True
        root = doc[mention.start : mention.end].root
        after = root.head if root.dep_ == "pobj" else None
        return after is not None and after.lower_ == "after" and after.head.lemma_.lower() == "name"

    def _origin(self, holder: Cluster, place: Cluster) -> None:
        """The holder is from or works in the place (no office there): one of its people, of its state."""
        self.found.origins.setdefault(holder.key, place.key)
        if holder.type == "PERSON" and holder.key not in self.found.affiliated_people[place.key]:
            self.found.affiliated_people[place.key].append(holder.key)

    def _joining_hyphen(self, j: int, sent_start: int) -> bool:
        """The token at `j` is a hyphen written without spaces between two words ("vice-president")."""
        doc = self.doc
        return (
            j > sent_start
            and doc[j].text == "-"
            and not doc[j].whitespace_
            and not doc[j - 1].whitespace_
            and doc[j - 1].is_alpha
        )

    def _qualifier_before(self, k: int, sent_start: int) -> str | None:
        """The time qualifier written just before a title that ends at `k` + 1: "ex-", "then-", "the late";
        a bare "then" is an adverb ("and then President X said") unless "the" comes before it."""
        doc = self.doc
        hyphen = k >= sent_start and self._joining_hyphen(k, sent_start)
        if hyphen:
            k -= 1
        if k < sent_start:
            return None
        if not hyphen and self._past_year(doc[k]):
            return "former"  # "2016 nominee X": the year of an office held then
        if doc[k].lower_ == "then" and not hyphen and not (k > sent_start and doc[k - 1].lower_ == "the"):
            return None
        return time_qualifier([doc[k].lower_])

    def _coordinated_qualifier(self, k: int, sent_start: int) -> str | None:
        """ "former Rhode Island governor and US Senator X": the time qualifier of the first of two titles
        joined by "and" before one name is said of both; `k` is where the words before the second title
        end (the "and"). None when no title ends before "and" or no qualifier opens it."""
        doc = self.doc
        if k - 1 < sent_start or doc[k].lower_ != "and" or not is_role_word(doc[k - 1].lower_):
            return None
        i = k - 1
        while i >= sent_start and k - i <= MAX_TITLE_WORDS:
            qualifier = self._qualifier_before(i, sent_start)
            if qualifier:
                return qualifier
            lower = doc[i].lower_
            if not (is_role_word(lower) or is_title_modifier(lower) or self._named(doc[i])):
                return None
            i -= 1
        return None

    def _dated_before(self, index: int, role: str) -> bool:
        """A title of one election ("nominee", "candidate") said of a name in a clause dated by an earlier
        year ("In 2016, the party's nominee X received ..."): the title is that year's, now past."""
        if self.year is None or not is_election_title(role):
            return False
        token = self.doc[index]
        for _ in range(4):
            if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
                break
            token = token.head
        if token.pos_ not in ("VERB", "AUX"):
            return False
        return any(
            prep.dep_ == "prep" and prep.lower_ == "in" and self._past_year(pobj)
            for prep in token.children
            for pobj in prep.children
            if pobj.dep_ == "pobj"
        )

    def _before_state_word(self, k: int) -> int:
        """Where the words before a state's name or demonym ending at `k` end ("then-US Libertarian Party
        candidate": the qualifier is said across the state word); `k` when no state word ends there."""
        for size in (3, 2, 1):
            if k - size + 1 >= 0 and lookup_country(self.doc[k - size + 1 : k + 1].text) is not None:
                return k - size
        return k

    def _past_year(self, token: Token) -> bool:
        """A year before the article's (any year when the article has no date) dating a title."""
        year = written_year(token)
        return year is not None and (self.year is None or year < self.year)

    def _possessor_before(self, k: int, sent_start: int) -> Cluster | None:
        """The entity whose possessive ends at `k` ("Maryland's"), if any."""
        if k <= sent_start or self.doc[k].tag_ != "POS":
            return None
        return self._entity_ending_at(k - 1)

    def _party_before(self, i: int) -> Cluster | None:
        """The last party named before token `i` in its sentence."""
        for k in range(i - 1, self.sentence_start[i] - 1, -1):
            cluster = self.clusters.cluster_at(k)
            if cluster is not None and self._party(cluster):
                return cluster
        return None

    def _party(self, cluster: Cluster | None) -> bool:
        """A political party ("Republican", "the Labour Party")."""
        known = lookup_organisation(cluster.label) if cluster is not None else None
        return known is not None and known.kind == "party"

    def _party_adjective(self, holder: Cluster, owner: Cluster, role: str, noun: Token | None = None) -> bool:
        """A party named before a title the party does not give ("Democratic Speaker X", "the Republican
        chairman of the committee"): the holder's party; the office is the body's or the state's."""
        if holder.type != "PERSON" or not self._party(owner):
            return False
        of_another = noun is not None and any(
            prep.dep_ == "prep" and prep.lower_ == "of" and self._named(pobj)
            for prep in noun.children
            for pobj in prep.children
        )
        return of_another or role.split()[-1] not in PARTY_ROLES

    def _creed_adjective(self, holder: Cluster, modifier: Token, owner: Cluster) -> bool:
        """An adjective of no state and no party before an organisation's description ("a Pentecostal
        church", "a Sunni group"): it says what kind the organisation is, not whom it belongs to."""
        adjective = modifier.tag_ == "JJ" and modifier.dep_ == "amod"
        stateless = not owner.country and not self._affiliation(owner)
        return holder.type != "PERSON" and adjective and stateless and not self._party(owner)

    def _place(self, cluster: Cluster) -> bool:
        """A state or a place: what an occupation's prenominal modifier names when it says where."""
        return bool(cluster.country) or cluster.type in PLACE_LABELS

    def _skip_description(self, j: int, sent_start: int) -> int:
        """ "Retired FBI agent and terrorism specialist X": a lower-case description coordinated after a
        title is skipped, so that the title and its organisation are read."""
        doc = self.doc
        k = j
        while k >= sent_start and j - k < 3 and doc[k].is_alpha and doc[k].is_lower:
            if doc[k].pos_ not in ("NOUN", "ADJ") or is_role_word(doc[k].lower_) or self._named(doc[k]):
                break
            k -= 1
        title_before = k > sent_start and doc[k].lower_ == "and" and is_role_word(doc[k - 1].lower_)
        return k - 1 if k < j and title_before and doc[j].pos_ == "NOUN" else j

    def _portfolio_before(self, j: int, sent_start: int) -> int:
        """ "Minister of Information X", "Minister for Foreign Affairs Y": how many title modifiers end at
        `j` after "of"/"for" and a role noun (0 when they are not such a portfolio)."""
        doc = self.doc
        k = j
        while k >= sent_start and is_title_modifier(doc[k].lower_) and not self._named(doc[k]):
            k -= 1
        of_title = k - 1 >= sent_start and doc[k].lower_ in ("of", "for") and is_role_word(doc[k - 1].lower_)
        return j - k if of_title else 0

    def _office_before(self, mention: Mention) -> None:
        """ "A member of the Kenyan Parliament, Jane Doe said": a title phrase, a comma, then the name."""
        holder = self.clusters.cluster_at(mention.start)
        if holder is None or holder.type != "PERSON" or mention.start < 2:
            return
        comma = self.doc[mention.start - 1]
        if comma.text != ",":
            return
        noun = title = self.doc[mention.start - 2]
        while noun.dep_ == "pobj" or (noun.dep_ not in ("nsubj", "appos") and noun.head.i < noun.i):
            if noun.head.i == noun.i:
                break
            noun = noun.head
        root = self.doc[mention.start : mention.end].root
        closing = mention.end < len(self.doc) and self.doc[mention.end].text == ","
        if closing and title.pos_ == "NOUN" and is_role_word(title.lower_) and not self._named(title):
            # "According to the town's first selectman, X, ...": a title, then the name between commas, is
            # an apposition however the parser hangs the name
            if not (root.dep_ == "appos" and root.head.i == title.i):  # the apposition reader has it
                self._role_of_noun(holder, title, mention.start)
            return
        if noun.i >= mention.start or not _titles_a_person(noun) or self._named(noun):
            return
        # The phrase and the name hang on one verb, or one on the other (parsers differ).
        if noun.i in (root.head.i, root.head.head.i) or noun.head.i in (root.i, root.head.i):
            self._role_of_noun(holder, noun, mention.start)

    def _description_before(self, j: int, sent_start: int) -> tuple[list[Token], Cluster | None]:
        """The common nouns that end at `j` before a name ("photojournalist", "chess arbiter", "national"),
        and the entity named just before them, if any."""
        doc = self.doc
        words: list[Token] = []
        while j >= sent_start and len(words) < 3 and doc[j].is_alpha and doc[j].is_lower:
            if doc[j].pos_ not in ("NOUN", "ADJ") or self._named(doc[j]):
                break
            words.insert(0, doc[j])
            j -= 1
        # "Turkish national X": the parser may take "national" for an adjective
        noun = bool(words) and (words[-1].pos_ == "NOUN" or words[-1].lower_ in NATIONALITY_NOUNS)
        if not noun or j < sent_start:
            return [], None
        return words, self._entity_ending_at(j)

    def _described_by_organisation(self, j: int, sent_start: int) -> tuple[str, Cluster] | None:
        """ "Abu Dhabi TV photojournalist X", "Chinese University political scientist Y": the common nouns
        before a name say what the person is for the organisation named just before them."""
        words, organisation = self._description_before(j, sent_start)
        if organisation is None or organisation.type != "ORG" or organisation.country:
            return None
        return " ".join(w.lower_ for w in words), organisation

    def _described_by_place(self, j: int, sent_start: int) -> Cluster | None:
        """The state or place a person is of when the words before the name say so and no title does:
        "Iranian chess arbiter X", "Turkish national Y", "a Texas businessman Z" (where they are from or
        work), and "Norway's X" in a headline (a state's possessive before a bare name)."""
        doc = self.doc
        if j > sent_start and doc[j].tag_ == "POS":
            state = self._entity_ending_at(j - 1)
            return state if state is not None and state.country else None
        _, place = self._description_before(j, sent_start)
        if place is None:
            place = self._place_before_listed_description(j, sent_start)
        return place if place is not None and self._place(place) else None

    def _place_before_listed_description(self, j: int, sent_start: int) -> Cluster | None:
        """The entity named before a longer description of a person that ends at `j`: a list of what they
        are ("United States radio personality, television host, and philanthropist X"), hyphenated words
        ("Finnish open-source video game developer Y"), or a person noun the tagger took for an adjective
        ("British mathematician Z"). Only a description of a person says where they are from: the last
        word of every earlier item of a list is a person noun or a title ("the Iranian government, and
        photographer X" says nothing of X)."""
        doc = self.doc

        def describing(token: Token) -> bool:
            return (
                token.is_alpha
                and token.is_lower
                and token.pos_ in ("NOUN", "ADJ", "PROPN")
                and not self._named(token)
            )

        def of_a_person(token: Token) -> bool:
            lower = token.lower_
            return describing(token) and (
                is_person_noun(lower) or is_role_word(lower) or lower in NATIONALITY_NOUNS
            )

        # the word before the name is a noun (as in _description_before) or a person noun the tagger
        # took for an adjective
        if j < sent_start or not (of_a_person(doc[j]) or (describing(doc[j]) and doc[j].pos_ == "NOUN")):
            return None
        k, words = j, 0
        while k >= sent_start and words < MAX_DESCRIPTION_WORDS:
            tok = doc[k]
            if describing(tok):
                words += 1
                k -= 1
            elif self._joining_hyphen(k, sent_start) and describing(doc[k - 1]):
                k -= 1  # "open-source": the hyphen joins two words of one modifier
            elif tok.text in (",", "and") and k > sent_start:
                # "personality, television host, and philanthropist": an item of the list ends before
                before = k - 2 if tok.text == "and" and doc[k - 1].text == "," else k - 1
                if before < sent_start or not of_a_person(doc[before]):
                    break
                k = before
            else:
                break
        return self._entity_ending_at(k) if k >= sent_start and k < j else None

    def _coordinated(self, mention: Mention, role: str, owner: Cluster | None) -> None:
        """ "NASA astronauts Bob Behnken and Doug Hurley": a plural title before coordinated names is each
        one's."""
        root = self.doc[mention.start : mention.end].root
        for conj in root.conjuncts:
            other = self.clusters.cluster_at(conj.i)
            if other is not None and other.type == "PERSON" and conj.i > root.i:
                self._add(other, role, "of", owner, conj.i)

    def _apposition(self, mention: Mention) -> None:
        holder = self.clusters.cluster_at(mention.start)
        head = self.doc[mention.start : mention.end].root
        if holder is not None and self._one_of_a_people_after(holder, head):
            return
        if holder is None or holder.type not in ("PERSON", "ORG"):
            return
        candidates = [
            c for c in head.children if c.dep_ == "appos" and not self._subject_after_source(head, c)
        ]
        last: Token | None = None  # the last of coordinated relatives the name follows
        first = head
        while first.dep_ == "conj" and self._named(first.head):
            first = first.head
        plural_title = first.head.tag_ in ("NNS", "NNPS") and is_role_word(first.head.lower_)
        if first is not head and first.dep_ in ("appos", "conj") and plural_title:
            # "Two Democratic Representatives, X and Y": a plural title is each coordinated name's
            candidates.append(first.head)
        if head.dep_ == "appos":
            named = head.head
            between = [c for c in named.conjuncts if named.i < c.i < head.i]
            relative = named.lemma_.lower() in RELATIONAL_NOUNS or named.lemma_.lower() in KIN_NOUNS
            # "her mother and sister, X": the name after coordinated relatives is the last one's (not
            # "the president and CEO, Y": both titles are Y's)
            last = between[-1] if between and relative else None
            candidates.append(last or named)
            if self._named(named) and named.dep_ == "pobj" and named.head.dep_ == "prep":
                # "the prosecutor general of Tehran, Ali Mehr": the name belongs to the title, not the city.
                candidates.append(named.head.head)
        # "X, the group's member and son of Y": each coordinated noun is said of X
        candidates += [
            conj
            for noun in candidates
            if not self._named(noun) and (head.dep_ != "appos" or noun is not last)
            for conj in noun.conjuncts
        ]
        # "X, a union leader and co-founder of Y": the parser may hang the coordinated title on the first
        # as an apposition (not "the former minister, mayor of Z": a list whose qualifier is not said)
        candidates += [
            appos
            for noun in candidates
            if not self._named(noun) and is_role_word(noun.lower_)
            for appos in noun.children
            if appos.dep_ == "appos"
            and is_role_word(appos.lower_)
            and any(c.dep_ == "cc" and noun.i < c.i < appos.i for c in noun.children)
        ]
        # "X, one of President Y's aides": the role is the noun after "one of"
        candidates += [
            pobj
            for noun in candidates
            if noun.lower_ == "one"
            for prep in noun.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for pobj in prep.children
            if pobj.dep_ == "pobj"
        ]
        for noun in candidates:
            if self._named(noun) or noun.pos_ not in NOUN_POS:
                continue
            titled = _titles_a_person(noun) or _possessed_relation(noun)
            if holder.type == "PERSON" and not titled:
                self._nationality(holder, noun)  # "X, a Turkish national"
            if (holder.type == "PERSON") != (titled or self._qualified_title(noun)):
                continue  # titles belong to people; organisations take descriptions ("the airline")
            self._role_of_noun(holder, noun, mention.start)

    def _qualified_title(self, noun: Token) -> bool:
        """A qualifier written after its title, heading it in the parse: "bishop emeritus of Y"."""
        return time_qualifier([noun.lower_]) is not None and any(
            c.dep_ == "compound"
            and (c.i == noun.i - 1 or (c.i == noun.i - 2 and self._joining_hyphen(noun.i - 1, 0)))
            and is_role_word(c.lower_)
            for c in noun.children
        )

    def _role_of_noun(
        self, holder: Cluster, noun: Token, token: int, pronoun_owners: tuple[Cluster, ...] = ()
    ) -> None:
        """The role a title noun states for its holder, with whom it ties them to: its possessor or named
        modifier ("Trump's lawyer", "the US ambassador") and its of/to/for objects ("the ambassador to the
        United Nations"); "secretary of state" keeps its own words."""
        doc = self.doc
        first = noun.i
        while first >= 2 and self._joining_hyphen(first - 1, 0) and doc[first - 2].is_alpha:
            first -= 2  # "vice-president", "ex-minister": the parser may split the words apart
        mods = [
            c
            for c in noun.children
            if not self._named(c)
            and (c.dep_ in PRENOMINAL_DEPS or (c.dep_ == "nmod" and is_title_modifier(c.lower_)))
        ]
        words = [*(c.text for c in mods if c.i < first), doc[first : noun.i + 1].text]
        # "former US President", "former vice-president": a qualifier modifying the title or its first word
        title = doc[first : noun.i + 1]
        said = [c for t in title for c in t.children if c.i < t.i and c.dep_ in ("amod", "advmod")]
        qualifier = time_qualifier([c for c in said if c.lower_ != "then"])
        if self._qualified_title(noun):
            qualifier = qualifier or time_qualifier([noun.lower_])  # "bishop emeritus"
        if any(c.dep_ == "nummod" and self._past_year(c) for c in noun.children):
            qualifier = qualifier or "former"  # "the party's 2016 nominee"

        if first < noun.i:
            # "the then-manager", "an ex-minister": the hyphen joins the qualifier to the title
            qualifier = qualifier or time_qualifier([title.text])
        qualifier = qualifier or self._qualifier_before(first - 1, self.sentence_start[first])
        pair = noun.dep_ == "conj" and noun.head.dep_ != "conj" and not noun.head.conjuncts[1:]
        pair = pair and not any(t.text == "," for t in doc[noun.head.i : noun.i])
        if qualifier is None and pair and is_role_word(noun.head.lower_):
            # "X, the former governor and senator": the first title's qualifier is said of both (not of a
            # longer list, "former minister, mayor and MP", where it may be the first item's only)
            first_said = [c for c in noun.head.children if c.i < noun.head.i and c.dep_ in ("amod", "advmod")]
            qualifier = time_qualifier([c for c in first_said if c.lower_ != "then"])
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                # "secretary of state", "the minister of the interior"
                words += [
                    f"of {pobj.text}"
                    for pobj in prep.children
                    if pobj.lower_ in TITLE_OBJECTS or is_portfolio(pobj.lower_)
                ]
        lemma = noun.lemma_.lower()
        if first > 0 and f"{doc[first - 1].lower_} {lemma}" in RELATIONAL_NOUNS:
            lemma = f"{doc[first - 1].lower_} {lemma}"  # "his running mate": a relation of two words
        role = qualify(role_phrase(" ".join(words).split()) or lemma, qualifier)
        linked = False
        if any(
            c.dep_ == "poss" and c.lemma_.lower() in PLACE_KIND_NOUNS and not self._named(c)
            for c in noun.children
        ):
            self.found.local_titles.add((holder.key, token))  # "the city's home minister"
        for child in noun.children:
            if child.dep_ == "poss" and child.pos_ == "PRON" and pronoun_owners:
                # "the parties chose X as their nominee": the possessive is the clause's subject
                for owner in pronoun_owners:
                    self._add(holder, role, "of", owner, token)
                linked = True
            elif child.dep_ == "poss" and child.tag_ == "PRP$":
                self._pronoun_owned(holder, role, child.i, token)  # "X, his elected successor"
            elif child.dep_ == "poss" and child.lemma_.lower() == "party" and not self._named(child):
                # "the Green Party nominated X, the party's 1996 nominee": the party named before it
                party = self._party_before(child.i)
                if party is not None and party is not holder:
                    self._add(holder, role, "of", party, token)
                    linked = True
            elif child.dep_ == "poss" or (child.dep_ in NOUN_MODIFIER_DEPS and self._named(child)):
                owner = self.clusters.cluster_at(child.i)
                if owner and child.dep_ != "poss" and is_occupation(role) and self._place(owner):
                    self._origin(holder, owner)  # "X, a Texas lawyer"
                elif owner and self._creed_adjective(holder, child, owner):
                    continue  # "a Pentecostal church": the kind of church, not whose it is
                elif owner and child.dep_ != "poss" and self._party_adjective(holder, owner, role, noun):
                    self._add(holder, "member", "of", owner, token)  # "the Democratic Speaker of the House"
                elif owner and owner is not holder:
                    self._add(holder, role, "of", owner, token)
                    linked = True
            elif child.dep_ == "prep" and child.lower_ in TITLE_PREPS:
                for pobj in child.children:
                    owner = self.clusters.cluster_at(pobj.i)
                    if owner is None and child.lower_ in ("for", "to") and pobj.pos_ in NOUN_POS:
                        # "envoy for Ukraine negotiations", "adviser to the Syria talks": the named modifier
                        named = [m for m in pobj.children if m.dep_ == "compound" and self._named(m)]
                        owner = self.clusters.cluster_at(named[-1].i) if named else None
                    if owner:
                        self._add(holder, role, child.lower_, owner, token)
                        linked = True
        if not linked:
            self._add(holder, role, "of", None, token)

    def _office_clause(self, verb: Token) -> None:
        """Offices stated by a verb: "X served as the US ambassador to the UN", "Y, who succeeded him as
        Foreign Secretary", "Z, who is the secretary of state", "the party elected W as its leader"."""
        lemma = verb.lemma_.lower()
        if lemma in OFFICE_SUBJECT_VERBS or (lemma == "be" and verb.dep_ == "relcl"):
            holder_deps = ("nsubj",)
        elif lemma in OFFICE_OBJECT_VERBS:
            holder_deps = ("dobj", "nsubjpass")
        else:
            return
        if lemma in OFFICE_OBJECT_VERBS:
            self._fused_object(verb)
        titles = [
            t
            for c in verb.children
            for t in ([c] if c.dep_ in ("attr", "oprd") else [p for p in c.children if p.dep_ == "pobj"])
            if c.dep_ in ("attr", "oprd") or (c.dep_ == "prep" and c.lower_ == "as")
        ]
        titles = [t for t in titles for t in (t, *t.conjuncts)]
        titles = [t for t in titles if t.pos_ in NOUN_POS and is_role_word(t.lower_)]
        if not titles:
            return
        for child in verb.children:
            if child.dep_ not in holder_deps:
                continue
            token = child
            if child.lower_ in ("who", "that") and verb.dep_ == "relcl":
                # the antecedent: the name just before "who" (the parser sometimes hangs the clause higher)
                before = self.doc[child.i - 2] if self.doc[child.i - 1].text == "," else self.doc[child.i - 1]
                token = before if self._named(before) else verb.head
            holder = self.clusters.cluster_at(token.i)
            if holder is None and is_role_word(token.lower_):
                # "President of the United States X became the party's nominee": the title heads the parse
                named = [c for c in token.children if c.dep_ == "appos" and self._named(c)]
                holder = self.clusters.cluster_at(named[0].i) if named else None
                token = named[0] if named else token
            if holder is None or holder.type != "PERSON":
                continue
            for title in titles:
                if not self._named(title):
                    self._role_of_noun(holder, title, token.i, self._choosers(verb))

    def _nationality(self, holder: Cluster, noun: Token) -> None:
        """ "X, a Turkish national", "Y is a Saudi citizen", "Z, a Russian businessman": a noun of nationality
        or of a person's occupation said of the holder, with a state or place before it, says where the
        holder is from (no office: what the noun says is no fact of its own)."""
        personal = noun.lemma_.lower() in NATIONALITY_NOUNS or noun.lower_ in NATIONALITY_NOUNS
        if not personal and not (is_person_noun(noun.lower_) or is_person_noun(noun.lemma_.lower())):
            return
        for child in noun.children:
            if child.dep_ not in ("amod", "compound", "nmod") or child.i > noun.i:
                continue
            place = self.clusters.cluster_at(child.i)
            if place is not None and place is not holder and self._place(place):
                self._origin(holder, place)
                return

    def _one_of_a_people(self, mention: Mention) -> None:
        """ "An Australian, X, appeared in court": one of a people, named in apposition, is of its state;
        "a Republican, Y": one of a party is its member."""
        if mention.end - mention.start != 1:
            return
        group = self.clusters.cluster_at(mention.start)
        for child in named_one_of_a_people(self.doc[mention.start]):
            holder = self.clusters.cluster_at(child.i)
            if holder is None or holder.type != "PERSON" or group is None:
                continue
            if self._party(group):
                self._add(holder, "member", "of", group, mention.start)  # "a Republican, X": the party's
            elif self._place(group):
                self._origin(holder, group)

    def _mention_of(
        self, i: int, fits: Callable[[Cluster], bool] | None = None, *, ending: bool = False
    ) -> Mention | None:
        """The mention that starts at token i (or, `ending`, ends there), of an entity that `fits` if
        given."""
        mention = self.clusters.mention_at(i) if 0 <= i < len(self.doc) else None
        if mention is None or (mention.end - 1 if ending else mention.start) != i:
            return None
        entity = self.clusters.cluster_at(i)
        return mention if entity is not None and (fits is None or fits(entity)) else None

    def _entity_ending_at(self, i: int) -> Cluster | None:
        """The entity whose mention ends at token i ("Germany" in "Germany's Federal Aviation Office")."""
        mention = self._mention_of(i, ending=True)
        return self.clusters.cluster_at(mention.start) if mention else None

    def _listed(self, i: int, fits: Callable[[Cluster], bool], *, backward: bool = False) -> list[Mention]:
        """The entities that `fits` named in a list that starts at token i ("X, Y and Z", "X, 2:05:46, and
        Y": a result in apposition after each name), or, `backward`, that ends there (last first); none
        unless a name starts (ends) there. Items are joined by commas or "and"."""
        doc = self.doc
        if backward:
            bound = self.sentence_start[i] if i < len(doc) else i
        else:
            bound = self.sentence_end[i] if i < len(doc) else i
        step = -1 if backward else 1

        def inside(k: int) -> bool:
            return k >= bound if backward else k < bound

        found: list[Mention] = []
        while inside(i):
            mention = self._mention_of(i, fits, ending=backward)
            if mention is None:
                break
            found.append(mention)
            i = mention.start - 1 if backward else mention.end
            aside = i + 2 * step
            if (
                inside(aside)
                and doc[i].text == ","
                and written_number(doc[i + step])
                and doc[aside].text == ","
            ):
                i = aside  # "X, 2:05:46, and Y"
            joined = False
            while inside(i) and (doc[i].text == "," or doc[i].lower_ == "and"):
                i, joined = i + step, True
            if not joined:
                break
        return found

    def _people_of_a_state(self, mention: Mention) -> None:
        """A people's plural before a list of names ("Ethiopians X and Y", "the Kenyans X, Y and Z"), or
        after one with "both"/"all" ("X and Y, both Kenyans"), and "from" a place after such a word ("X
        and Y, both from Ethiopia", "held by Z, also from Kenya"): each name is one of that people."""
        doc = self.doc
        people = self.clusters.cluster_at(mention.start)
        if people is None or not self._place(people):
            return
        demonym = is_demonym(mention.text)
        if demonym and mention.text.lower().endswith("s"):
            for named in self._listed(mention.end, _person):
                self._origin(self.clusters.cluster_at(named.start), people)  # type: ignore[arg-type]
        i = mention.start - 1
        if i >= 0 and doc[i].lower_ == "the":
            i -= 1
        if not demonym and i >= 0 and doc[i].lower_ == "from":
            i -= 1
        elif not demonym or doc[i].lower_ == "also":
            return  # "also Kenyan" after a name is no origin the list shares
        if i < 0 or doc[i].lower_ not in SHARED_ORIGIN_WORDS:
            return
        i -= 1
        if i >= 0 and doc[i].text == ",":
            i -= 1
        for named in self._listed(i, _person, backward=True):
            self._origin(self.clusters.cluster_at(named.start), people)  # type: ignore[arg-type]

    def _compatriot(self, mention: Mention) -> None:
        """ "X's countryman Y", "X's compatriot, Y", "X won. Compatriot Y came second.": Y is of X's state,
        whatever the text says X's is."""
        i = mention.start - 1
        if i >= 0 and self.doc[i].text == ",":
            i -= 1
        if self.doc[mention.start].lower_ in COMPATRIOT_NOUNS:
            i = mention.start  # the tagger took the noun into the name ("Compatriot Y")
        if i < 0 or self.doc[i].lower_ not in COMPATRIOT_NOUNS:
            return
        holder = self.clusters.cluster_at(mention.start)
        owners = [c for c in self.doc[i].children if c.dep_ == "poss"]
        if not owners and i == self.sentence_start[i] and i > 0:
            # "Compatriot Y finished second." opening a sentence: the one whom the sentence before is about
            before = self.doc[i - 1].sent.root
            owners = [c for c in before.children if c.dep_ in ("nsubj", "nsubjpass")]
        for owner in owners:
            other = self.clusters.cluster_at(owner.i)
            if holder is not None and other is not None and other is not holder and other.type == "PERSON":
                # whose state that is, affiliations.py learns; an origin in a person names it there
                self.found.origins.setdefault(holder.key, other.key)

    def _listed_states(self, i: int) -> list[Cluster]:
        """The states named in a list that starts at token i ("Greek, Cypriot and French", "Peru, Chile
        and Kenya"): names or demonyms."""
        listed = self._listed(i, lambda entity: bool(entity.country))
        return [self.clusters.cluster_at(m.start) for m in listed]  # type: ignore[misc]

    def _respective_offices(self, respectively: Token) -> None:
        """ "his Greek, Cypriot and French counterparts, X, Y and Z, respectively", "foreign ministers X, Y
        and Z of A, B and C respectively": each person holds the title in the state of the same rank in
        the other list. A title is a plural role noun; "counterparts" is the office of the person they
        are counterparts of ("Egyptian foreign minister W and his … counterparts")."""
        doc, sent = self.doc, respectively.sent
        for title in (t for t in sent if t.i < respectively.i and t.tag_ in ("NNS", "NNPS")):
            role = self._plural_title(title)
            if role is None:
                continue
            people: list[Mention] = []
            states: list[Cluster] = []
            k = title.i - 1
            while k >= sent.start and self._named(doc[k]) is False and doc[k].dep_ in ("amod", "compound"):
                k -= 1  # "foreign" in "foreign ministers": the title's own words
            first_state = k
            while first_state >= sent.start and (
                doc[first_state].text == "," or doc[first_state].lower_ == "and"
            ):
                first_state -= 1
            before = self.clusters.mention_at(k) if k >= sent.start else None
            after = title.i + 1 + (doc[title.i + 1].text == "," if title.i + 1 < sent.end else 0)
            if before is not None:
                # "Greek, Cypriot and French counterparts, X, Y and Z"
                start = k
                while start - 1 >= sent.start and (
                    self.clusters.mention_at(start - 1) is not None or doc[start - 1].text in (",", "and")
                ):
                    start -= 1
                states = self._listed_states(start)
                people = self._listed(after, _person)
            else:
                # "foreign ministers X, Y and Z of A, B and C"
                people = self._listed(after, _person)
                of = people[-1].end if people else None
                if of is not None and of < sent.end and doc[of].lower_ == "of":
                    states = self._listed_states(of + 1)
            if len(people) < 2 or len(people) != len(states):
                continue
            for person, state in zip(people, states, strict=True):
                holder = self.clusters.cluster_at(person.start)
                if holder is not None and holder is not state:
                    self._add(holder, role, "of", state, person.start)
            return

    def _paired_respectively(self, token: Token) -> bool:
        """Is the token the first of a list that "respectively" pairs with another ("X, Y and Z of A, B
        and C respectively")? Then only its first item goes with the name before it."""
        sent = token.sent
        listed = any(c.dep_ == "conj" for c in token.children)
        return listed and any(t.lower_ == "respectively" for t in self.doc[token.i : sent.end])

    def _plural_title(self, noun: Token) -> str | None:
        """The office a plural title noun names ("foreign ministers" -> "foreign minister"); for
        "counterparts", the state office of the person they are counterparts of, else "counterpart"."""
        if noun.lemma_.lower() in COUNTERPART_NOUNS:
            other = noun.head if noun.dep_ == "conj" else None
            holder = self.clusters.cluster_at(other.i) if other is not None else None
            offices = [role for role, _, _ in self.found.titles.get(holder.key, ())] if holder else []
            return next((role for role in offices if _state_office(role)), "counterpart")
        if not is_role_word(noun.lower_):
            return None
        words = [t for t in noun.lefts if t.dep_ in ("amod", "compound") and not self._named(t)]
        return role_phrase([*words, noun])

    def _subject_person(self, subject: Token) -> Cluster | None:
        """The person a copula's subject is: a name, "who" of a relative clause on a name ("X, who is
        Kenyan"), or "I" where the words are a named speaker's (an interview's answer, a quotation)."""
        if subject.lower_ == "who" and subject.head.dep_ == "relcl":
            subject = subject.head.head
        elif subject.lower_ == "i":
            return self._speaker_of(subject)
        holder = self.clusters.cluster_at(subject.i)
        return holder if holder is not None and holder.type == "PERSON" else None

    def _speaker_of(self, pronoun: Token) -> Cluster | None:
        """Whose "I" this is: the person the interview's label before it names (unless the "I" is quoted
        inside the answer, someone else's words), or the named subject of the verb of speech a quotation
        hangs on (`"I am Kenyan," said X`); None when the text does not name the speaker."""
        doc = self.doc
        quoted = self._quoted_speaker(pronoun)
        if quoted is not None:
            return quoted
        label = next((lb for lb in reversed(self.labels) if lb.start <= pronoun.i), None)
        if label is None or label.asks or label.answers:
            return None
        opened = sum(t.text in QUOTATION_MARKS for t in doc[label.end : pronoun.i])
        if opened % 2:
            return None  # "she's like, 'I'm happy to answer'": another's words inside the answer
        return self._person_labelled(label)

    def _person_labelled(self, label: Label) -> Cluster | None:
        """The person a speaker label names: one mentioned in it, or the one person whose name it is."""
        for i in range(label.start, label.end):
            cluster = self.clusters.cluster_at(i)
            if cluster is not None and cluster.type == "PERSON":
                return cluster
        named = {
            cl.key: cl
            for cl in self.clusters.clusters
            if cl.type == "PERSON" and any(m.text == label.text for m in cl.mentions)
        }
        return next(iter(named.values())) if len(named) == 1 else None

    def _quoted_speaker(self, pronoun: Token) -> Cluster | None:
        """A quotation `"I am Kenyan," said X`: the named speaker of the quotation the pronoun's clause is."""
        clause = pronoun.head
        for _ in range(3):
            if clause.dep_ not in ("ccomp", "parataxis", "conj") or clause.head.i == clause.i:
                return None
            clause = clause.head
            if clause.lemma_.lower() in SPEECH_VERBS:
                break
        else:
            return None
        first, last = sorted((pronoun.i, clause.i))
        if not any(t.text in QUOTATION_MARKS for t in self.doc[first + 1 : last]):
            return None
        for child in clause.children:
            speaker = self.clusters.cluster_at(child.i) if child.dep_ == "nsubj" else None
            if speaker is not None and speaker.type == "PERSON":
                return speaker
        return None

    def _subject_after_source(self, source: Token, appos: Token) -> bool:
        """ "According to the BBC, a spokesman for X expressed …": the parser may hang the clause's subject
        on the source as an apposition; a finite verb right after the phrase shows it is the subject (not
        "according to Y, his spokeswoman, Z died", whose apposition a comma closes)."""
        prep = source.head
        if source.dep_ != "pobj" or prep.lower_ != "to" or prep.head.lower_ != "according":
            return False
        after = appos.right_edge.i + 1
        return after < len(self.doc) and self.doc[after].tag_ in ("VBD", "VBZ", "VBP", "MD")

    def _one_of_a_people_after(self, group: Cluster, word: Token) -> bool:
        """ "X, a Republican", "Y, an Australian": one of a party or a people in apposition after a name
        says what the named person is (a member, of that state); the group holds no title there."""
        if word.dep_ != "appos" or word.ent_type_ != "NORP" or not indefinite(word):
            return False
        if any(c.dep_ != "det" for c in word.lefts):
            return False  # "X, an ethnic Palestinian from Jordan": a people one descends from, no state
        holder = self.clusters.cluster_at(word.head.i)
        if holder is None or holder.type != "PERSON" or holder is group:
            return True
        if self._party(group):
            self._add(holder, "member", "of", group, word.head.i)
        elif self._place(group):
            self._origin(holder, group)
        return True

    def _nationality_clause(self, verb: Token) -> None:
        """ "X is a Turkish national", "X is Australian", "I'm Kenyan" (said by a named speaker): the copula
        says the subject's nationality (or where they work); so does "as an Australian, I …"."""
        subjects = [self._subject_person(c) for c in verb.children if c.dep_ == "nsubj"]
        holders = [h for h in subjects if h is not None]
        if not holders:
            return
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i < verb.i):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                for holder in holders:
                    self._demonym_said(holder, pobj)
        if verb.lemma_ != "be":
            return
        for attr in (c for c in verb.children if c.dep_ == "attr" and c.pos_ in NOUN_POS):
            for holder in holders:
                if not self._named(attr):
                    self._nationality(holder, attr)
                else:
                    self._demonym_said(holder, attr)  # "I am an Australian"
        for acomp in (c for c in verb.children if c.dep_ == "acomp"):
            for holder in holders:
                self._demonym_said(holder, acomp)

    def _demonym_said(self, holder: Cluster, token: Token) -> None:
        """A bare demonym said of a person ("is Australian", "as a Kenyan, …"): one of that people. A
        nationality noun after it ("as a Kenyan citizen") says it as `_nationality` reads it."""
        if token.pos_ in NOUN_POS and not self._named(token):
            self._nationality(holder, token)
            return
        people = self.clusters.cluster_at(token.i)
        if people is not None and people is not holder and people.country and is_demonym(token.text):
            self._origin(holder, people)

    def _choosers(self, verb: Token) -> tuple[Cluster, ...]:
        """The bodies that choose someone for an office ("the parties chose X as their nominee"); none for
        verbs of holding an office ("X served as its envoy")."""
        if verb.lemma_.lower() not in OFFICE_OBJECT_VERBS:
            return ()
        subjects = [s for c in verb.children if c.dep_ == "nsubj" for s in (c, *c.conjuncts)]
        found = [self.clusters.cluster_at(s.i) for s in subjects]
        return tuple(c for c in found if c is not None and c.type == "ORG")

    def _choosers_of(self, mention: Mention) -> tuple[Cluster, ...]:
        """The bodies that choose the named person in the clause the name is an object of."""
        token = self.doc[mention.start : mention.end].root
        for _ in range(4):
            if token.dep_ in ("nsubj", "nsubjpass", "ROOT") or token.head.i == token.i:
                return ()
            if token.head.pos_ in ("VERB", "AUX"):
                return self._choosers(token.head)
            token = token.head
        return ()

    def _fused_object(self, verb: Token) -> None:
        """ "Biden named Antony Blinken secretary of state": the parser makes the name a modifier of the
        title, one object; the title is the named person's."""
        for obj in verb.children:
            title = obj.dep_ in ("dobj", "oprd") and obj.pos_ in NOUN_POS and is_role_word(obj.lower_)
            if not title or self._named(obj):
                continue
            names = [c for c in obj.children if c.dep_ == "compound" and self._named(c)]
            holder = self.clusters.cluster_at(names[0].i) if names else None
            if holder is not None and holder.type == "PERSON":
                self._role_of_noun(holder, obj, names[0].i)

    def _named(self, token: Token) -> bool:
        return self.clusters.mention_at(token.i) is not None

    def _term_of(self, mention: Mention) -> None:
        """ "during X's presidency": the person held that office (whose, the state or the table says)."""
        holder = self.clusters.cluster_at(mention.start)
        if holder is None or holder.type != "PERSON":
            return
        root = self.doc[mention.start : mention.end].root
        term = root.head.lower_
        if root.dep_ == "poss" and root.head.i > root.i and term in OFFICE_TERMS:
            self._add(holder, OFFICE_TERMS[term], "of", None, mention.start)

    def _member_of(self, mention: Mention) -> None:
        """ "Yvette Cooper of the Labour Party", "Ali Mehr of Iran": a person's organisation or country."""
        holder = self.clusters.cluster_at(mention.start)
        if holder is None or holder.type != "PERSON":
            return
        head = self.doc[mention.start : mention.end].root
        preps = list(head.children)
        if head.dep_ == "appos":
            # "its operator X from Korea": the parser may hang the phrase right after the name on the noun
            # the name is in apposition to; it is still said of the person
            preps += [c for c in head.head.children if c.i == mention.end and c.lower_ == "from"]
        for prep in preps:
            if prep.dep_ == "prep" and prep.lower_ == "at":
                self._stated_at(holder, mention, prep)
            if prep.dep_ == "prep" and prep.lower_ == "from":
                # "Eliud Kipchoge from Kenya ran": a state or place after the name says where one is from
                places = [self.clusters.cluster_at(p.i) for p in prep.children if p.dep_ == "pobj"]
                place = next((p for p in places if p is not None and p is not holder), None)
                written = self.found.titles.get(holder.key, ())
                here = [r for r, token, _ in written if token == mention.start]
                title = next((r for r in here if is_constituency_title(r)), None)
                if place is not None and title:
                    self._add(holder, title, "from", place, mention.start)  # "Senator X from Vermont"
                elif place is not None and self._place(place):
                    self._origin(holder, place)
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for pobj in prep.children:
                target = self.clusters.cluster_at(pobj.i)
                if target is None or target.type == "PERSON" or self._paired_respectively(pobj):
                    continue
                written = self.found.titles.get(holder.key, ())
                here = [r for r, token, _ in written if token == mention.start]
                # "Senator X of Ohio", "Bishop Y of Cebu" hold the title for the place or see
                title = next((r for r in here if is_constituency_title(r)), None)
                if target.country:
                    # "Crown Prince X of Saudi Arabia" holds the realm's title, "President Y of Egypt" the
                    # state's office (not a weaker "citizen of" beside it); "Z of Norway" is its citizen
                    title = title or self._state_title_before(holder, mention)
                    self._add(holder, title or "citizen", "of", target, mention.start)
                elif target.type in PLACE_LABELS:
                    # "Professor Y of Ohio" is from the place
                    if title:
                        self._add(holder, title, "of", target, mention.start)
                    else:
                        self._origin(holder, target)
                elif title and target.type == "NORP" and not self._party(target):
                    # a see or district the tagger took for a people: still the title's place, not a body
                    self._add(holder, title, "of", target, mention.start)
                else:
                    self._add(holder, "member", "of", target, mention.start)

    def _state_title_before(self, holder: Cluster, mention: Mention) -> str | None:
        """The title of a state's office written right before the name, that no owner before it claims
        ("Presidents X of Nigeria and Y of Benin", "AU chairperson President Z of Egypt"): held for the
        state named after the name. None for a company's or a party's title ("Chairman X of Norway")."""
        found = self.found.titles.get(holder.key, ())
        here = [r for r, token, owner in found if mention.start <= token < mention.end and owner is None]
        start = mention.start
        word = role_phrase([self.doc[start - 1].text]) if start > 0 else None
        if word and not any(office_of(r) == word for r in here):
            # "chairperson President Z": the word before the name is a title of its own
            here.append(qualify(word, self._qualifier_before(start - 2, self.sentence_start[start])))
        return next((r for r in here if _state_office(r)), None)

    def _stated_at(self, holder: Cluster, mention: Mention, prep: Token) -> None:
        """ "Dr. X at Saint Mary's Hospital", "Professor Y at Ohio State University": the title or honorific
        written before the name is held at the organisation named after it."""
        written = self.found.titles.get(holder.key, ())
        # an occupation (not "President X at the White House": an office is not held at a venue)
        here = [r for r, token, owner in written if token == mention.start and not owner and is_occupation(r)]
        start = mention.start
        honorific = self.doc[start - 1] if start > 0 else None
        role = here[0] if here else honorific_occupation(honorific.text) if honorific is not None else None
        if not role:
            return
        for pobj in prep.children:
            target = self.clusters.cluster_at(pobj.i) if pobj.dep_ == "pobj" else None
            if target is not None and target.type == "ORG" and target is not holder:
                self._add(holder, role, "at", target, mention.start)

    def run(self) -> RoleFindings:
        for mention in self.clusters.mentions:
            self._title_before(mention)
            self._office_before(mention)
            self._apposition(mention)
            self._member_of(mention)
            self._term_of(mention)
            self._one_of_a_people(mention)
            self._people_of_a_state(mention)
            self._compatriot(mention)
        for token in self.doc:
            if token.lower_ == "respectively":
                self._respective_offices(token)
        for token in with_pos(self.doc, ("VERB", "AUX")):
            self._office_clause(token)
            self._nationality_clause(token)
        return self.found


def find_roles(doc: Doc, clusters: MentionClusters, day: str | None = None) -> RoleFindings:
    """Titles, appositions and "X of Y" among the clusters: roles and the affiliations they imply; `day`
    (the article's date) dates the titles written with a year."""
    return RoleFinder(doc, clusters, day).run()


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
        roles.append(Role(holder, role, "of", owner.id, token))
    return roles
