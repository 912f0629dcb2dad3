"""The state the role readers share: the article, its mention clusters and the findings so far, with the
small tests and writes every reader makes (is a token named, which entity ends here, record a role).

`RoleContext(doc, clusters, day).add(holder, "foreign minister", "of", iraq, token)` records
(holder, foreign minister of, Iraq) and the affiliation it implies."""

from __future__ import annotations

from collections.abc import Callable

from geokg.extract.entities.clusters import Cluster, MentionClusters, is_firm, trade_named
from geokg.extract.entities.countries import lookup_country
from geokg.extract.entities.igos import lookup_igo
from geokg.extract.entities.mentions import Mention, is_legal_form
from geokg.extract.entities.offices import is_holder_name
from geokg.extract.entities.organisations import body_sector, lookup_organisation
from geokg.extract.entities.roles.records import Role, RoleFindings
from geokg.extract.entities.titles import is_corporate_title, is_former, office_of, time_qualifier
from geokg.extract.io.turns import speaker_labels
from geokg.extract.lexicon.entity_words import (
    FIRM_SECTOR_WORDS,
    KIN_NOUNS,
    NATIONAL_TITLES,
    NOT_DESCRIPTIONS,
    PERSONAL_TITLES,
)
from geokg.extract.lexicon.syntax import PLACE_LABELS, written_year, year_of_day
from geokg.extract.lexicon.words import RELATIONAL_NOUNS, THEN_TIME_PREPOSITIONS, TRADE_ROLE_NOUNS, UNIT_NOUNS
from spacy.tokens import Doc, Token


def state_office(role: str) -> bool:
    """A title of a state's office ("president", "prime minister"), not a company's ("vice president")."""
    office = office_of(role)
    return not is_corporate_title(role) and (
        office in NATIONAL_TITLES or office.split()[-1] in NATIONAL_TITLES
    )


def is_person(entity: Cluster) -> bool:
    return entity.type == "PERSON"


class RoleContext:
    """The article, its clusters, the findings so far and where each token's sentence starts and ends."""

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
        self.known_holders_are_people()

    def known_holders_are_people(self) -> None:
        """A name the tagger took for an organisation or a place that is the full name of an office holder
        the table knows ("the president of Namibia, Hage Geingob") is that person, so that titles read."""
        for cl in self.clusters.clusters:
            if cl.type in ("PERSON", "EVENT") or cl.country or cl.canonical is not None:
                continue
            if any(is_holder_name(m.text) for m in cl.mentions):
                cl.settle_type("PERSON")
                self.found.types[cl.key] = "PERSON"

    def affiliation(self, cluster: Cluster) -> str | None:
        return self.found.affiliations.get(cluster.key, cluster.affiliation)

    def add(
        self,
        holder: Cluster,
        role: str,
        prep: str,
        target: Cluster | None,
        token: int,
        unit: str = "",
        describes: bool = True,
    ) -> None:
        """Record that the holder holds the role ("of" or "at" the target). `unit`: the words of the unit of
        the target the role is held in ("works council" for "chairman of X's works council"), kept in the
        role fact ("chairperson of works council at X") but no description of the holder ("the council").
        `describes` False: the role is what the holder does, not what the text calls it later ("Acme, which
        chairs the committee": "the chairman" later is a person, not Acme)."""
        if holder.type != "PERSON" and role.split()[-1] in NOT_DESCRIPTIONS:
            return  # "RIAA issues DMCA notice": a document or an act, not what the organisation is
        if holder.type != "PERSON" and target is not None and target.type == "NORP" and not target.country:
            target = None  # "the South American group X": a region's adjective describes a body, owns none
        if describes and not is_former(role):
            # "the president" later in the text is not someone the text calls a former president
            self.found.descriptions[holder.key].add(role.split()[-1])
            # and the whole title, which "the prime minister" later means (not "the vice president")
            self.found.descriptions[holder.key].add(role.lower())
        # "a vice president at PG&E": the organisation one works at owns the title as "of" does
        owned = target is not None and prep in ("of", "at")
        self.found.titles[holder.key].append((role, token, target.key if target and owned else None))
        if target is None or target is holder:
            return
        label = f"{role} of {unit}" if unit else role
        self.found.roles.append(Role(holder.key, label, prep, target.key, token))
        if prep != "of" or role in KIN_NOUNS:
            return  # a relative acts for no one by kinship
        if holder.type == "PERSON":
            self.found.affiliated_people[target.key].append(holder.key)
        elif holder.type == "ORG" and role.split()[-1] in UNIT_NOUNS | TRADE_ROLE_NOUNS and self.firm(target):
            # a firm's unit, or its agent or partner in trade, is in business too
            self.found.sectors.setdefault(holder.key, "BUS")
        if self.affiliation(holder) is None and not holder.country:
            state = target.country or self.affiliation(target)
            if state:
                self.found.affiliations[holder.key] = state

    def pronoun_owned(self, holder: Cluster, role: str, pronoun: int, token: int) -> None:
        """ "his former lawyer X", "Y, her son": a person's relation to the one a possessive pronoun names
        (resolved after coreference). Only nouns of a relation between people: "his foreign minister"
        is an office of the state, not of the person; and a body's named unit ("its unit X")."""
        noun = role.split()[-1]
        personal = noun in RELATIONAL_NOUNS or noun in KIN_NOUNS or office_of(role) in PERSONAL_TITLES
        if holder.type == "PERSON" and personal:
            self.found.pronoun_owned.append((holder.key, role, pronoun, token))
        elif self._owned_unit(holder, role) and self.doc[pronoun].lower_ == "its":
            # "Acme said its unit X": a body's unit, of the body "its" names: the subject of the clause
            # "its" is in, where that is a body named before it; else whom coreference takes "its" for
            owner = self._subject_over(self.doc[pronoun])
            named = [m.start for m in owner.mentions if m.start < pronoun] if owner is not None else []
            if named and self._body_between(max(named), pronoun):
                return  # "X gained 1/2, Y, with its Z unit, rose": Y's unit, perhaps, and not surely X's
            if owner is not None and owner is not holder:
                self.add(holder, role, "of", owner, token)
            else:
                self.found.pronoun_owned.append((holder.key, role, pronoun, token))

    def _owned_unit(self, holder: Cluster, role: str) -> bool:
        """ "its unit X", "its Indian joint venture Y", "its Philippine agent, Larka Trading": a body's unit,
        or a firm's role of trade for its owner (a name a firm's words end may have been typed a person's)."""
        noun = role.split()[-1]
        if holder.type == "ORG" and role == noun in UNIT_NOUNS:
            return True
        firm = holder.type == "ORG" or trade_named(holder) or is_firm(holder)
        return firm and noun in TRADE_ROLE_NOUNS

    def _subject_over(self, pronoun: Token) -> Cluster | None:
        """The body named as the subject, written before the pronoun, of the nearest verb above a possessive
        pronoun that has one ("Acme said its unit X earned ...": not "earned", whose subject holds the
        pronoun), or None."""
        for verb in (t for t in pronoun.ancestors if t.pos_ in ("VERB", "AUX")):
            for child in verb.children:
                if child.dep_ == "nsubj" and child.i < pronoun.i and pronoun not in child.subtree:
                    owner = self.clusters.cluster_at(child.i)
                    return owner if owner is not None and owner.type == "ORG" else None
        return None

    def _body_between(self, start: int, pronoun: int) -> bool:
        """Is another body named between a token and a possessive pronoun after it ("X gained 1/2, Y, with
        its Z unit, rose"): which of them "its" is, the parse may not tell."""
        owner = self.clusters.cluster_at(start)
        for i in range(start + 1, pronoun):
            between = self.clusters.cluster_at(i)
            if between is not None and between is not owner and between.type == "ORG":
                return True
        return False

    def origin(self, holder: Cluster, place: Cluster) -> None:
        """The holder is from or works in the place (no office there): one of its people, of its state."""
        self.found.origins.setdefault(holder.key, place.key)
        if holder.type == "PERSON" and holder.key not in self.found.affiliated_people[place.key]:
            self.found.affiliated_people[place.key].append(holder.key)

    def second_of_two_states(self, start: int) -> bool:
        """Does the state's word that starts at token `start` follow another state's word and a hyphen
        written without spaces ("US-German carmaker X", "Swiss-Swedish group Y")? The pair names a firm of
        both states, and one country code would misstate it: the firm takes neither from the pair."""
        hyphen = start - 1
        sent_start = self.sentence_start[start]
        if hyphen - 1 < sent_start or not self.joining_hyphen(hyphen, sent_start):
            return False
        first = self.entity_ending_at(hyphen - 1)
        named = first is not None and bool(first.country)
        return named or lookup_country(self.doc[hyphen - 1].text) is not None

    def named(self, token: Token) -> bool:
        return self.clusters.mention_at(token.i) is not None

    def mention_of(
        self, i: int, fits: Callable[[Cluster], bool] | None = None, *, ending: bool = False
    ) -> Mention | None:
        """The mention that starts at token i (or, `ending`, ends there), of an entity that `fits` if
        given."""
        mention = self.clusters.mention_at(i) if 0 <= i < len(self.doc) else None
        if mention is None or (mention.end - 1 if ending else mention.start) != i:
            return None
        entity = self.clusters.cluster_at(i)
        return mention if entity is not None and (fits is None or fits(entity)) else None

    def entity_ending_at(self, i: int) -> Cluster | None:
        """The entity whose mention ends at token i ("Germany" in "Germany's Federal Aviation Office")."""
        mention = self.mention_of(i, ending=True)
        return self.clusters.cluster_at(mention.start) if mention else None

    def joining_hyphen(self, j: int, sent_start: int) -> bool:
        """The token at `j` is a hyphen written without spaces between two words ("vice-president")."""
        doc = self.doc
        return (
            j > sent_start
            and doc[j].text == "-"
            and not doc[j].whitespace_
            and not doc[j - 1].whitespace_
            and doc[j - 1].is_alpha
        )

    def past_year(self, token: Token) -> bool:
        """A year before the article's (any year when the article has no date) dating a title."""
        year = written_year(token)
        return year is not None and (self.year is None or year < self.year)

    def qualifier_before(self, k: int, sent_start: int) -> str | None:
        """The time qualifier written just before a title that ends at `k` + 1: "ex-", "then-", "the late",
        "the then": an office held at the time told of, and so no longer at the article's date (titles.tsv
        time_qualifiers; past_offices.py reads a title bare as held on that date). A bare "then" is an adverb
        ("and then President X said") and qualifies nothing, but after a preposition it dates the title
        ("imposed by then president X", "under then prime minister Y"), unless the two are a time ("since
        then", "until then": then_time_prepositions; "By then" opening a sentence)."""
        doc = self.doc
        hyphen = k >= sent_start and self.joining_hyphen(k, sent_start)
        if hyphen:
            k -= 1
        if k < sent_start:
            return None
        if not hyphen and self.past_year(doc[k]):
            return "former"  # "2016 nominee X": the year of an office held then
        if doc[k].lower_ == "then" and not hyphen and not self._dating_then(k, sent_start):
            return None
        return time_qualifier([doc[k].lower_])

    def _dating_then(self, k: int, sent_start: int) -> bool:
        """Does the "then" at `k` date the title after it: "the then minister", "by then president X"?"""
        if k <= sent_start:
            return False
        before = self.doc[k - 1]
        if before.lower_ == "the":
            return True
        if before.tag_ != "IN" or before.lower_ in THEN_TIME_PREPOSITIONS:
            return False
        return not (before.lower_ == "by" and before.i == sent_start)

    def qualifier_said(self, said: list[Token]) -> str | None:
        """The time qualifier among the modifiers the parser hung on a title ("X, the former foreign
        minister"), a "then" only where "the" stands before it ("X, the then foreign minister of Peru", as
        qualifier_before reads it), not the adverb."""
        return time_qualifier(
            [c for c in said if c.lower_ != "then" or self.qualifier_before(c.i, self.sentence_start[c.i])]
        )

    def party(self, cluster: Cluster | None) -> bool:
        """A political party ("Republican", "the Labour Party")."""
        known = lookup_organisation(cluster.label) if cluster is not None else None
        return known is not None and known.kind == "party"

    def firm(self, cluster: Cluster | None) -> bool:
        """A company: one the table knows, or one whose name ends in a legal form ("Acme Steel Corp") or a
        word of a firm's trade ("Halvorsen Securities"); no state, international or state body."""
        if cluster is None or cluster.type != "ORG" or cluster.canonical is not None:
            return False
        for mention in cluster.mentions:
            known = lookup_organisation(mention.text)
            if known is not None:
                return known.kind == "company"
        for mention in cluster.mentions:
            words = mention.text.split()
            if len(words) < 2 or lookup_igo(mention.text) is not None or body_sector(mention.text):
                continue
            if is_legal_form(words[-1]) or words[-1].lower() in FIRM_SECTOR_WORDS:
                return True
        return False

    def trade_role(self, holder: Cluster, lemma: str, state: Cluster, firm_owned: bool = False) -> bool:
        """Is a state's word before a role of trade (words.tsv trade_role_nouns: "its Philippine agent, X",
        "its Indian joint venture Y") the market the holder, a firm, trades in? Then the state is the
        firm's country and owns no role: the role is the possessor's. A person's "Soviet agent" may serve
        the state, so the holder is a body, a name a firm's words end ("Larka Trading"), or anyone a firm
        the text names owns the role of (`firm_owned`: "Acme's Philippine agent Juan Cruz")."""
        if lemma not in TRADE_ROLE_NOUNS or not state.country or state.type not in ("GPE", "NORP"):
            return False
        return holder.type != "PERSON" or trade_named(holder) or is_firm(holder) or firm_owned

    def place(self, cluster: Cluster) -> bool:
        """A state or a place: what an occupation's prenominal modifier names when it says where."""
        return bool(cluster.country) or cluster.type in PLACE_LABELS

    def party_before(self, i: int) -> Cluster | None:
        """The last party named before token `i` in its sentence."""
        for k in range(i - 1, self.sentence_start[i] - 1, -1):
            cluster = self.clusters.cluster_at(k)
            if cluster is not None and self.party(cluster):
                return cluster
        return None
