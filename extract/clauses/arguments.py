"""Arguments: which entity a clause's subject or object refers to.

A dependency head is an entity when it is part of a name, a resolved pronoun or description, or a common
noun that stands for its modifier: a state's organs stand for the state ("U.S. troops", "the Iraqi
government"), a possession for its owner ("Hezbollah's efforts", "Mahan's permit"), and a title with a
country for the one person holding it in the article ("his Iraqi counterpart").
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass

from geokg.extract.clauses.members import renamed_group
from geokg.extract.clauses.voice import in_headline, is_closing_source, is_passive, is_stranded_speaker
from geokg.extract.entities.actors import creditors_body, phrase_sector, related_party, sector_of_noun
from geokg.extract.entities.affiliations.offices import local_title, state_title
from geokg.extract.entities.clusters import DocEntities
from geokg.extract.entities.coref import (
    Antecedent,
    body_named_before_title,
    bracketed_gloss,
    not_the_named_holder,
    officials_named_before,
)
from geokg.extract.entities.countries import is_demonym, lookup_capital
from geokg.extract.entities.igos import has_member_states, lookup_igo
from geokg.extract.entities.mentions import firm_noun, headline_end
from geokg.extract.entities.offices import governed_state, holding, is_own_title, last_term
from geokg.extract.entities.organisations import lookup_organisation
from geokg.extract.entities.places import place_country
from geokg.extract.entities.titles import holds_bare_title, is_former, is_role_word, qualify, time_qualifier
from geokg.extract.lexicon.cameo import (
    FORCE_ROOTS,
    STATE_ITSELF,
    STATE_OF_CAPITAL,
    STATE_OF_OFFICIAL,
    STATE_SECTORS,
    Sense,
    event_code,
    event_root,
    noun_classes,
    sector_of,
)
from geokg.extract.lexicon.entity_words import (
    BODIES_NAMED_FOR,
    KIN_NOUNS,
    OUTLET_SERVICES,
    PARTY_ROLES,
    VIOLENT_EVENT_NOUNS,
)
from geokg.extract.lexicon.syntax import (
    CORE_ARGUMENT_DEPS,
    ENTITY_MODIFIER_DEPS,
    NOUN_MODIFIER_DEPS,
    NOUN_POS,
    PLACE_LABELS,
    REGION_LABELS,
    VERB_POS,
    entity_span,
    indefinite,
    lemma_in,
    named_one_of_a_people,
    to_infinitive,
)
from geokg.extract.lexicon.words import (
    ACT_NOUNS,
    ACT_REACTION_VERBS,
    AIMED_MEASURE_NOUNS,
    ALLEGATION_NOUNS,
    APPEAL_NOUNS,
    ATTENDED_MEETING_NOUNS,
    AUTHOR_PREPS,
    AUTHORING_VERBS,
    BALLOT_NOUNS,
    BODY_MEASURE_NOUNS,
    BODY_STAFF_NOUNS,
    CAUSE_NOUNS,
    CENSURED_MEASURE_NOUNS,
    CONTINUED_VIOLENCE_WORDS,
    COUNTERPART_NOUNS,
    DEED_NOUNS,
    DEED_VENUE_PREPS,
    DELEGATION_NOUNS,
    DENIAL_VERBS,
    DEVELOPMENT_LENDER_HEADS,
    DEVELOPMENT_LENDER_WORDS,
    DIVISION_NOUNS,
    DOCUMENT_NOUNS,
    DOCUMENT_VERBS,
    EXAMPLE_PREPS,
    EXERTED_NOUNS,
    EXTRAPOSING_PREDICATES,
    FIRM_NOUNS,
    FIRST_PERSON_PLURAL,
    FIRST_PERSON_PRONOUNS,
    GOODS_NOUNS,
    GOVERNMENT_WORDS,
    GROUP_NOUNS,
    GROUPING_PARTICIPLES,
    HEADING_VERBS,
    INSTRUMENT_NOUNS,
    ITINERARY_NOUNS,
    KIND_LABEL_WORDS,
    LED_BODY_HEAD_NOUNS,
    LIGHT_VERBS,
    MARKET_DEMAND_MODIFIERS,
    MARKET_QUANTITY_NOUNS,
    MEASURE_IMPOSING_VERBS,
    MEASURE_REACTION_VERBS,
    MEDIUM_PREPS,
    MEMBER_ENVOY_NOUNS,
    MEMBER_NOUNS,
    MEMBER_STATE_NOUNS,
    MINISTERIAL_TITLES,
    NATURAL_FORCES,
    OFFICE_LACKING_STATES,
    ORGAN_FROM_NOUNS,
    ORGAN_NOUNS,
    OWN_COUNTRY_NOUNS,
    OWNED_THING_NOUNS,
    OWNING_PARTICIPLES,
    PARTITIVE_WORDS,
    PARTY_GOVERNMENT_ADJECTIVES,
    PARTY_GOVERNMENT_NOUNS,
    PEOPLE_NOUNS,
    PERSONAL_RELATIVES,
    PLACE_NOUNS,
    PLACED_HOLDING_NOUNS,
    PLACED_WAR_NOUNS,
    PLURAL_PLACE_NOUNS,
    PREMISES_NOUNS,
    PROPOSAL_NOUNS,
    PROPOSING_VERBS,
    QUANTITY_NOUNS,
    REBUFFED_CLAIM_NOUNS,
    REGION_ADJECTIVES,
    RELATIONAL_NOUNS,
    RELAYED_NOUNS,
    RELAYING_VERBS,
    REPORT_SOURCE_NOUNS,
    REPORTING_VERBS,
    RESTRICTION_MEASURES,
    RESTRICTION_VERBS,
    SPEECH_ACT_NOUNS,
    SPEECH_NOUNS,
    STATE_BODY_COMPOUND_NOUNS,
    STATE_SOURCE_NOUNS,
    STATE_THING_NOUNS,
    SUFFERED_NOUNS,
    TICKET_NOUNS,
    TRADED_GOODS_NOUNS,
    TRANSFER_VERBS,
    UNIT_NOUNS,
    UNNAMED_SOURCE_NOUNS,
)
from geokg.extract.records import Entity
from spacy.tokens import Doc, Token

# Who may author a document that speaks for them ("the UN report", "the Mueller report"); not an event or
# a law named before it ("the Brexit report" is about Brexit).
AUTHOR_TYPES = frozenset({"ORG", "GPE", "PERSON"})
# Whose state may tell whose a bare office is when it is the other side of its clause (a people too)
ACTOR_TYPES = frozenset({"ORG", "GPE", "PERSON", "NORP"})
# The CAMEO root of criticism, blame and accusation (disapprove), and the code of blaming (accuse)
DISAPPROVE_ROOT = "11"
BLAME = "112"


def _changing_hands(noun: Token) -> bool:
    """Is the noun the object of a verb of buying or selling (transfer_verbs), or one of its conjuncts
    ("bought the firm's graphic arts group and its inks unit")? What changes hands is a thing, not its
    owner's people."""
    item = noun
    while item.dep_ == "conj":
        item = item.head
    return item.dep_ == "dobj" and item.head.lemma_.lower() in TRANSFER_VERBS


def _relayed(words: Token) -> bool:
    """Are these another's words that an outlet passes on ("KUNA carried the ministry's statement",
    "Pravda published Gorbachev's speech", "the speech was broadcast by Radio Moscow")? The outlet neither
    acts on their owner nor speaks to it; what the words say is the owner's (its own clauses)."""
    verb = words.head
    if words.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in RELAYING_VERBS:
        return False
    lemma = words.lemma_.lower()
    return any(lemma in nouns for nouns in (RELAYED_NOUNS, SPEECH_NOUNS, DOCUMENT_NOUNS, SPEECH_ACT_NOUNS))


def _voicing(document: Token) -> bool:
    """Does the document speak here: the subject of a verb of report ("the report says") or the source
    after "according to"? (Not "as the decision put it", nor what is done with it.)"""
    head = document.head
    if document.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in REPORTING_VERBS | DOCUMENT_VERBS:
        return True  # "the report says", "estimates from the IEA show"
    return document.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according"


# The id of what a named speaker's claim is about when it names no actor ("topic:tin_ore_output";
# rules.speech_topic): a node of kind Topic, with no entity of the article behind it. The pipeline scopes
# it to its article ("topic:talks@<article>", as an event is its article's): "the talks" of a trade story
# and of a labour dispute are two things, and one generic word must not join unrelated stories.
TOPIC_ID_PREFIX = "topic:"


def topic_label(entity_id: str) -> str:
    """The words of a topic's id: "topic:tin_ore_output@a1" -> "tin ore output"."""
    return entity_id.removeprefix(TOPIC_ID_PREFIX).partition("@")[0].replace("_", " ")


def article_topic(entity_id: str, scope: str) -> str:
    """A topic's id made its article's ("topic:talks" of scope "a1" -> "topic:talks@a1"); any other id as
    it is. `scope` is a slug (no "@": a topic's words are letters and hyphens only)."""
    if not entity_id.startswith(TOPIC_ID_PREFIX) or "@" in entity_id:
        return entity_id
    return f"{entity_id}@{scope}"


@dataclass(frozen=True, slots=True)
class Ref:
    entity_id: str
    token: int  # the head token the argument was read from
    via: str  # name | pronoun | nominal | organ | organ_of | possessor | role | implicit


# Nouns a state's name before owns ("the U.S. proposal", "the Iraq statement", "the U.S. veto").
STATES_OWN_NOUNS = APPEAL_NOUNS | PROPOSAL_NOUNS | SPEECH_ACT_NOUNS.keys() | DEED_NOUNS


class ArgumentResolver:
    def __init__(
        self,
        entities: DocEntities,
        antecedents: Mapping[int, Antecedent],
        affiliated_people: Mapping[str, list[str]],
        descriptions: Mapping[str, set[str]] | None = None,
        setting: str | None = None,
        paragraph_states: Mapping[int, str] | None = None,
        day: str | None = None,
    ) -> None:
        self.entities = entities
        self.day = day  # the article's date, if known: who held an office then
        self.setting = setting  # the state the article is about (affiliations `setting`), if any
        self.paragraph_states = paragraph_states or {}  # sentence start -> state the one before is about
        self._offices_read: set[int] = set()  # bare offices whose clause's other sides are being read
        self._table_holders: dict[tuple[str, str], str | None] = {}  # (state, title) -> its one holder
        # (state, title) that several of the article's people held in turn, none of them titled otherwise
        self._shared_offices: set[tuple[str, str]] = set()
        self._title_holders: dict[str, tuple[str, str] | None] = {}  # title -> its one holder and state
        # Bare offices read as their one holder ("Tony Blair said ... The prime minister said"): office
        # token -> (holder id, title, the office's state, ISO-3): the office the text thereby states he holds
        self.offices_held: dict[int, tuple[str, str, str]] = {}
        # Titles of a body's head read as the person just named ("X attacked Y. The Greens leader said"):
        # title token -> (holder id, title, the body's id)
        self.titles_stated: dict[int, tuple[str, str, str]] = {}
        self.antecedents = antecedents
        self.affiliated_people = affiliated_people  # entity id (country/org) -> people acting for it
        self.descriptions = descriptions or {}  # entity id -> its title nouns ("ambassador")
        self._violence: list[tuple[int, int, str]] | None = None  # violent event mentions, in order
        self._acts: dict[int, Ref | None] = {}  # act noun token -> its earlier doer
        self._deeds: dict[int, Ref | None] = {}  # violent event noun token -> its earlier doer

    def prior_event(self, token: Token) -> Ref | None:
        """The violent event the article named last before `token` ("twin bombings … ISIL later claimed
        responsibility"): what a reaction without an object is about."""
        if self._violence is None:
            self._violence = [
                (m.start, m.end - 1, entity_id)
                for m in self.entities.mentions
                if m.label == "EVENT"
                and m.actor in VIOLENT_EVENT_NOUNS
                and (entity_id := self.entities.entity_id_at(m.start))
            ]
        at = bisect_left(self._violence, (token.i,))
        if at == 0:
            return None
        _, head, entity_id = self._violence[at - 1]
        return Ref(entity_id, head, "implicit")

    def visited_state(self, token: Token) -> Ref | None:
        """The one state the headline, else the sentence before the token's, says is visited ("KING X
        VISITS SPAIN THIS WEEK"): the resolved direct object of a verb "visit" there, or None."""
        doc = token.doc
        end = headline_end(doc)
        sentence = token.sent
        before = doc[sentence.start - 1].sent if sentence.start > 0 else None
        for span in (doc[:end], before):
            if span is None or span.start >= sentence.start:
                continue
            states = {
                ref.entity_id: ref
                for verb in span
                if verb.pos_ == "VERB" and verb.lemma_.lower() == "visit"
                for obj in verb.children
                if obj.dep_ == "dobj"
                for ref in self.resolve(obj)
                if ref.entity_id.startswith("country:")
            }
            if len(states) == 1:
                [ref] = states.values()
                return Ref(ref.entity_id, ref.token, "implicit")
        return None

    def _state_word(self, entity_id: str) -> bool:
        """Is the entity a state or a people (a state's word before a noun: "Dutch", "Italy's")?"""
        entity = self.entities.entity(entity_id)
        return entity is not None and entity.type in ("GPE", "NORP")

    def entity_of(self, token: Token) -> tuple[str, str] | None:
        """Entity id and how it was found, for a token that is itself a name or a resolved reference."""
        entity_id = self.entities.entity_id_at(token.i)
        if entity_id:
            return entity_id, "name"
        antecedent = self.antecedents.get(token.i)
        if antecedent:
            return antecedent.entity_id, antecedent.kind
        return None

    def resolve_one(self, token: Token) -> Ref | None:
        if _stands_for_infinitive(token):
            return None  # "it is necessary to send troops": the "it" is no one, whoever came before
        glossed = bracketed_gloss(token)
        if glossed is not None:
            # "They (Chilean growers) are keen on Asia": the bracketed noun says whom the pronoun means,
            # whatever came before; one it names no one is no one
            return self.resolve_one(glossed)
        named = self._division_named(token)
        if named is not None:
            return named
        person = self._one_of_a_people(token) or self._titled_holder(token)
        if person is not None:
            return person
        reacted = _reacted_object(token)
        if reacted is not None:
            return self.resolve_one(reacted)
        named_before = self._officials_named_before(token)
        if named_before is not None:
            return named_before
        grouped = self._grouped_in(token)
        if grouped is not None:
            return grouped
        direct = self.entity_of(token)
        if direct and direct[0].startswith("event:") and token.lemma_.lower() in ACT_NOUNS:
            # "Japan lodged a protest … China rejected the protest": reacting to an act is reacting to its
            # doer (the event stays what is reacted to when the text names no doer)
            doer = self._act_doer(token)
            if doer is not None:
                return doer
        if direct and direct[0].startswith("event:") and (_described_deed(token) or _deed_reacted_to(token)):
            doer = self._deed_doer(token)
            if doer is not None:
                return doer
        body = self.body_measure(token)
        if body is not None:
            return body
        if direct:
            governing = self._government_named(direct[0])
            if governing is not None:
                return Ref(self.entities.state(governing), token.i, "organ")
            return Ref(direct[0], token.i, direct[1])
        # "One of the rival firms, Acme Inc, has sued ...": the apposition names the one, not the group
        apposed = self._named_by_apposition(token) if _partitive_head(token) else None
        if apposed is not None:
            return apposed
        members = self._partitive(token)
        if members is not None:
            return members
        if token.pos_ not in NOUN_POS:
            return self._named_by_apposition(token) if _adjective_as_noun(token) else None
        lemma = token.lemma_.lower()
        word = token.lower_
        if lemma in QUANTITY_NOUNS:
            # "a couple of bombings took place": the events, not their number
            for of in token.children:
                for pobj in of.children if of.dep_ == "prep" and of.lower_ == "of" else ():
                    found = self.entity_of(pobj)
                    if pobj.dep_ == "pobj" and found and found[0].startswith("event:"):
                        return Ref(found[0], pobj.i, found[1])
        named = self._named_by_apposition(token)
        if named is not None:
            return named
        renamed = self.misattached_apposition(token)
        if renamed:
            return Ref(renamed, token.i, "role")
        if is_role_word(lemma) or lemma in COUNTERPART_NOUNS:
            # A title whose holder the parser left inside its phrase
            # ("Ambassador to Germany Richard Grenell").
            for inner in token.subtree:
                if inner.i == token.i or inner.ent_type_ != "PERSON":
                    continue
                holder = self.entities.entity_id_at(inner.i)
                if holder and lemma in self.descriptions.get(holder, ()):
                    return Ref(holder, token.i, "role")
        headed = self._government_of_head_named(token)
        if headed is not None:
            return headed
        modifiers = [
            (child, self.entity_of(child) or self._owner(child))
            for child in token.children
            if child.dep_ in NOUN_MODIFIER_DEPS
        ]
        # "a Kuwaiti-owned tanker", "a Liberian-registered freighter": the state before a participle of
        # ownership or registry (words.tsv owning_participles) is a modifier of the noun, after its own ones
        modifiers += [(child, self.entity_of(child)) for child in _owners_by_participle(token)]
        # "European leaders", "African nations": people of many states, whom the region's adjective
        # alone ("European") does not name.
        modifiers = [(child, found) for child, found in modifiers if found and not _region_adjective(child)]
        if creditors_body(token):
            # "talks with Peru's bank advisory committee": the debtor's possessive names whose debt the banks'
            # committee is on, never whose body it is; talks with it are with the banks, not with Peru
            modifiers = [(child, found) for child, found in modifiers if child.dep_ != "poss"]
        if _press_compound(token) and any(self._state_word(entity_id) for _, (entity_id, _) in modifiers):
            # "denied a Dutch press report", "Italian newspaper reports": the press's, no state's; an outlet's
            # name before the word of the press ("the Canal television network") is the outlet itself
            return None
        if modifiers and _unofficial_voice(token):
            # "American sources said", "U.S. insiders say": the state's word only places the speakers, who
            # report by their words (an unnamed source), not as the state, as "U.S. officials" do
            return None
        named = self._named_by_compound(token, modifiers)
        if named is not None:
            return named
        if not modifiers and token.pos_ == "NOUN":
            proposer = self._proposer(token)
            if proposer is not None:
                return proposer
        if not modifiers and lemma in ACT_NOUNS:
            return self._act_doer(token)
        if not modifiers:
            office = self._bare_state_office(token)
            if office is not None:
                return office
        if not modifiers and lemma in ATTENDED_MEETING_NOUNS and token.dep_ == "nsubj":
            # "the meeting of EC foreign ministers sent a warning to X": a gathering that acts, acts for
            # those it gathers, when they are one party ("the meeting of Peru's ministers with Chile": none)
            gathered = [ref for obj in _gathered_parties(token) for ref in self.resolve(obj)]
            if len(gathered) == 1:
                return Ref(gathered[0].entity_id, token.i, "organ_of")
        if not modifiers and lemma in ORGAN_NOUNS | PLACE_NOUNS:
            # "the government of Iraq", "forces of Bashar Assad"; "officials from Lloyds Bank"
            return self._organ_of(token, ("of", "from") if lemma in ORGAN_FROM_NOUNS else ("of",))
        party_word = any(_party_word(child, self.entities.entity(e)) for child, (e, _) in modifiers)
        if lemma in PARTY_ROLES and party_word:
            # "the two Democratic leaders of Congress": the body's leaders, the party's word only says which
            # (a title a party also gives, as clusters._party_of_adjective reads it; "Democratic members of
            # the House" stay the party's caucus)
            chamber = self._organ_of(token, ("of",))
            body = self.entities.entity(chamber.entity_id) if chamber is not None else None
            if body is not None and body.type == "ORG" and not _party(body):
                return chamber
        if lemma in INSTRUMENT_NOUNS | EXERTED_NOUNS or (event_root(lemma, noun=True) or "") in FORCE_ROOTS:
            # "an American drone strike killed…", "Russian missiles hit…": the weapon stands for its user;
            # "resisted U.S. pressure": the pressure for the one pressing (a demand now, no force root)
            for child, (entity_id, _) in modifiers:
                if child.dep_ == "poss" and lemma in SUFFERED_NOUNS:
                    continue  # "Navalny's arrest": the one arrested, not the arrester
                prenominal = _prenominal_name(child, token)
                if (child.dep_ == "compound" or prenominal) and token.pos_ == "PROPN":
                    continue  # "the Iraq War", "the Korean War": a state that opens a war's name is where
                    # it was fought, no side that waged it (round 15: "opponent of the Iraq War")
                if _war_place(child, token):
                    continue  # "stood against the Iraq war": written in lower case, the name still places it
                if (child.dep_ in ENTITY_MODIFIER_DEPS or prenominal) and not entity_id.startswith("place:"):
                    # (a city or region is where the strike fell: "a Kabul car bombing" is no Kabul's,
                    # as "a US drone strike" is the US's)
                    return Ref(entity_id, token.i, "organ")
        if lemma in CAUSE_NOUNS:
            # "the EastMed project", "the Brexit campaign": a named undertaking stands for its name
            for child, (entity_id, _) in modifiers:
                if child.dep_ == "compound":
                    return Ref(entity_id, token.i, "possessor")
        if lemma in DOCUMENT_NOUNS and _voicing(token):
            # "the Supreme Court decision stated", "a UN report says": the document speaks for its author
            for child, (entity_id, _) in modifiers:
                entity = self.entities.entity(entity_id)
                if child.dep_ == "compound" and entity is not None and entity.type in AUTHOR_TYPES:
                    return Ref(entity_id, token.i, "possessor")
            if not modifiers:
                return self._named_author(token) or self._earlier_author(token) or self._sector_author(token)
        if _relayed(token):
            return None  # "KUNA carried the ministry's statement": the owner is no party to its carrying
        counterpart = _counterpart_noun(token)
        for child, (entity_id, _) in modifiers:
            entity = self.entities.entity(entity_id)
            kind = entity.type if entity else "ORG"
            if kind in ("GPE", "NORP") and _unit_placed_by_state(token, child):
                continue  # "the Canadian unit of Gelco", "its British arm": where the unit is, not its owner
            if kind in ("GPE", "NORP") and market_quantity(token, child):
                continue  # "created a Canadian demand for oil": the market's demand, none of the state's
            if kind == "ORG" and _counted_members(token):
                return None  # "a Conservative MP defected", "two Assembly members": people, not the body
            own_country = lemma in OWN_COUNTRY_NOUNS and token.tag_ == "NN" and child.tag_ == "PRP$"
            if kind == "PERSON" and own_country:
                # "Kenya's minister said his country would supply Pakistan", "her government": the state the
                # person is of, never the person; of no known state, no one
                state = self._country_of(entity_id)
                return Ref(self.entities.state(state), token.i, "organ") if state else None
            titled = is_role_word(lemma) or counterpart
            if titled and token.tag_ in ("NN", "NNP") and child.dep_ != "poss":
                # the one of the body's people who holds that office: "the Tory leader" is the Tory named
                # its leader, not the one Tory MP the article names, nor unsure among several Tories
                person = self._holder_of(entity_id, lemma)
                if counterpart and (office := self._owners_office(token)) is not None:
                    person = self._counterpart_holder(entity_id, office)
                head = None
                if person is None and kind in ("ORG", "NORP") and child.dep_ == "compound":
                    head = person = self._head_just_named(token, entity_id)
                if kind == "GPE" and body_named_before_title(token):
                    person = None  # "the Argentine central bank president" is no Argentine president
                if person and not not_the_named_holder(token, self._country_of(person)):
                    if head:
                        self.titles_stated[token.i] = (head, lemma, entity_id)
                    return Ref(person, token.i, "role")
            states_word = entity_id.startswith("country:") or (kind == "ORG" and _of_states(entity))
            if states_word and child.dep_ in ("amod", "compound") and counterpart:
                # "met his Dutch counterpart in Oslo", "her Korean opposite number": the state's holder of
                # the same office, whom the text does not name (one it names is found above): the state
                # acting, as "the Dutch foreign minister" is, never the place the meeting is in; "his EU
                # counterparts": the holders of that office in the body's member states, meeting as it
                return None if _past_holder(token) else Ref(entity_id, token.i, "organ")
            governs = lemma in GOVERNMENT_WORDS or word in GOVERNMENT_WORDS
            if governs and kind == "PERSON" and _head_named(child, token):
                # "the Reagan administration asked Japan", "Obama's government": the state it governs; a head
                # of no known state ("served in the Attlee government") governs the story's, never acts
                state = (
                    self._country_of(entity_id) or self.paragraph_states.get(token.sent.start) or self.setting
                )
                return Ref(self.entities.state(state), token.i, "organ") if state else None
            party_government = lemma in PARTY_GOVERNMENT_NOUNS and token.tag_ in ("NN", "NNP")
            if party_government and child.dep_ in ("amod", "compound") and _party(entity):
                # "the Conservative government sold its stake": the government of the party's state (the
                # one the story is about), not the party
                state = (
                    self._country_of(entity_id) or self.paragraph_states.get(token.sent.start) or self.setting
                )
                return Ref(self.entities.state(state), token.i, "organ") if state else None
            if entity_id.startswith("country:") and _holder_of_a_group(token):
                # "Chile's top union leader joined the strike", "the Peruvian opposition leader", "Peru's
                # top banker": one of a group of the state's (its labour, opposition, church, banks), no
                # office of the state: never the state (a named body before the noun may still own it)
                continue
            if titled and entity_id.startswith("country:") and _state_office_of(token, child):
                # "Peru's president met X", "the Chilean foreign minister said": no holder named, the office
                # is its state's government acting, as "Peruvian officials" are
                return Ref(entity_id, token.i, "organ")
            # "Canadian embassy sources said": whoever speaks from a state's body named with its state
            # (a person, not the body's building: "the Canadian embassy compound")
            body = child.dep_ == "compound" and child.lemma_.lower() in STATE_BODY_COMPOUND_NOUNS
            body = body and kind in ("GPE", "ORG") and (is_role_word(lemma) or lemma in UNNAMED_SOURCE_NOUNS)
            envoys = child.dep_ == "compound" and word in MEMBER_ENVOY_NOUNS
            if kind == "ORG" and envoys and _of_states(entity):
                # "conferred with U.N. diplomats", "NATO delegates said": the envoys of the body's member
                # states, not its own people; no one the text names
                return None
            land = lemma in PLACE_NOUNS and not (lemma in PLURAL_PLACE_NOUNS and token.tag_ == "NN")
            if lemma in ORGAN_NOUNS or word in ORGAN_NOUNS or land or body:
                if kind == "LOC":
                    return None  # "a unified Gulf force", "a Mideast envoy": a region is what they are for
                if lemma in RELATIONAL_NOUNS and child.dep_ == "poss" and kind != "GPE":
                    continue  # "Merkel's spokesman" is someone else; "Somalia's envoy" acts for Somalia
                if _past_holder(token):
                    return None  # "a former Iraqi minister" no longer acts for Iraq
                return Ref(entity_id, token.i, "organ")
            # "U.S. sources", "Tokyo sources" that do not speak here ("according to Tokyo sources" and "Tokyo
            # sources said" are unofficial voices, above): the state's, as "Japanese sources" are
            source = lemma in STATE_SOURCE_NOUNS and _sole_kind(token)
            if source and kind == "GPE" and child.dep_ == "compound":
                return Ref(entity_id, token.i, "possessor")
            grouped = kind in ("NORP", "ORG") and (lemma in GROUP_NOUNS or word in GROUP_NOUNS)
            if grouped and not (kind == "ORG" and child.dep_ == "poss" and _changing_hands(token)):
                # ("bought Sun Chemical's graphic arts group": a firm's unit sold, no one acting for the
                # firm, read below as the firm's thing: "buy group of" it)
                return Ref(entity_id, token.i, "organ")
            member_states = lemma in MEMBER_STATE_NOUNS or word in MEMBER_STATE_NOUNS
            of_body = entity is not None and lookup_igo(entity.label) is not None
            if kind == "ORG" and member_states and child.dep_ == "compound" and of_body:
                # "urged other EC countries to", "NATO partners": the body's member states, acting as it
                return Ref(entity_id, token.i, "organ")
            # a body's delegates (envoys) are its members' where it is one of states (above), else its own
            staff = lemma in BODY_STAFF_NOUNS or word in BODY_STAFF_NOUNS or envoys
            state_body = entity is not None and entity.sector in STATE_SECTORS
            if kind == "ORG" and staff and child.dep_ == "compound" and (of_body or state_body):
                # "IMF experts urged Peru", "World Bank economists", "Bundesbank staff": a body's own staff
                # act for it, as its officials do (a state's "U.S. economists" and a firm's analysts stay
                # people of a kind: the body's name must be an international body's or a state body's)
                return None if _past_holder(token) else Ref(entity_id, token.i, "organ")
            if kind == "GPE" and _holding_placed(child, token):
                continue  # "an offer for the US assets of Acme": the firm's assets there, none of the state's
            service = child.dep_ == "compound" and word in OUTLET_SERVICES
            if kind == "ORG" and service and not _aired_on(token):
                return Ref(entity_id, token.i, "organ")  # "told ABC radio": the outlet, by its service
            # Only common nouns: "the United Kingdom's Queen Elizabeth II" names a person, not a possession.
            # ("its Thai stores" are stores in Thailand, none of Thailand's)
            placed = lemma in PREMISES_NOUNS
            # "tariffs on U.S. goods": a state's name before its goods owns them, as its adjective does
            goods = child.dep_ in ("compound", "nmod") and kind == "GPE" and word in GOODS_NOUNS
            # "represents U.S. interests", "rescheduled U.S. debt": a state's name before a thing it holds or
            # owes owns it, as "the United States' interests" does (the relation keeps the noun: _keep_noun)
            owed = token.pos_ == "NOUN" and lemma in OWNED_THING_NOUNS
            goods = goods or (child.dep_ == "compound" and kind == "GPE" and owed)
            # "rejected U.S. requests", "backed the U.S. proposal", "denied the Iraq statement", "welcomed the
            # U.S. veto": a state's name before its appeal, proposal, statement or deed makes it the state's,
            # as "Washington's request" (a possessor) does
            asked = child.dep_ == "compound" and kind == "GPE" and lemma in STATES_OWN_NOUNS
            # "denounced EC subsidies", "blamed U.S. policies for …", "attacked Commission proposals": a
            # body's or state's name before its course of action, criticised, blamed or accused, is the one
            # disapproved of, as "the EC's subsidies" is (a measure aimed at a state only after a body's
            # name: "the Cuba embargo" is aimed at Cuba, "EC tariffs" are the EC's)
            # A state named by its abbreviation or capital ("protested the U.S. tariffs", "retaliated against
            # the Washington sanctions") owns the measure as its adjective does; its full name ("the Iran
            # sanctions") may be the target. A reprisal, protest or response to the measure is to its owner.
            asked = asked or (
                child.dep_ == "compound"
                and kind in ("GPE", "ORG")
                and (not entity_id.startswith("place:") or _capital_measure(entity, lemma))
                and (
                    lemma in CENSURED_MEASURE_NOUNS
                    or lemma in STATES_OWN_NOUNS
                    or (lemma in AIMED_MEASURE_NOUNS and (kind == "ORG" or _owning_state_name(child)))
                )
                and (_censured(token) or _measure_reacted_to(token))
            )
            # "brushed off Labour suggestions", "rejected Tory claims": a party's name before its claim that
            # a verb of rejection or denial rebuffs makes the claim the party's, as "Labour's suggestions"
            asked = asked or (
                child.dep_ == "compound" and kind in ("GPE", "ORG", "NORP") and rebuffed_claim(token)
            )
            capital = _state_of_capital(entity) if entity is not None and entity.type == "GPE" else None
            if asked and capital is not None and entity_id.startswith("place:"):
                # "protested the Washington tariffs": the capital's measure is its state's, as its name's
                return Ref(self.entities.state(capital), token.i, "possessor")
            # (goods capitalised, "U.S. Products", are the state's too: no entity stands on them, mentions.py)
            owner_like = (token.pos_ == "NOUN" or goods or asked) and (
                child.dep_ == "poss"
                or (_state_adjective(child) and kind == "GPE" and not placed)
                or goods
                or asked
            )
            # (not a relative: "Y's brother" is someone else, "X was Y's brother" relates the two; nor peers
            # named by how they stand to the owner, related_parties.tsv with a demonym of the owner: "Peru's
            # neighbours", "Asia's outsiders", "its foes". A role in trade may name a region's own members:
            # "South America's debtors" stay the region's)
            related = lemma in RELATIONAL_NOUNS or lemma in KIN_NOUNS or lemma in PEOPLE_NOUNS
            related = related or related_party(token) is True or counterpart
            thing = word in STATE_THING_NOUNS or lemma in STATE_THING_NOUNS
            if owner_like and kind in ("GPE", "NORP") and thing and not _struck_by_force(token):
                # "the Bolivian pipeline", "Peru's reserves", "bought the Brazilian crop": a state's holding
                # or yield, which neither acts nor is acted on for the state (but "shelled Peru's ports"
                # strikes Peru)
                continue
            if owner_like and kind == "GPE" and lemma in FIRM_NOUNS:
                # "the American company said", "a Japanese bank", "the Brazilian miner": a firm of the state,
                # not the state
                continue
            if owner_like and _voted_on(token):
                return None  # "the vote on the government's laws": the laws are voted on, not their owner
            if owner_like and not related and not is_role_word(lemma) and not _of_a_person(child, token):
                # "Mahan's permit", "the Swedish bid": the thing stands for its owner.
                return Ref(entity_id, token.i, "possessor")
        return None

    def body_measure(self, noun: Token) -> Ref | None:
        """ "rejected its OPEC quota", "cheated on the OPEC agreement", "complied with the GATT ruling": a
        rule, limit or pact (words.tsv body_measure_nouns), or a proposal ("the Commission proposal"), after
        the name of a body (an organisation) is that body's, and a deed on it is one on the body, even with
        "its" before (the quota OPEC set for "it"); a named possessor ("Iraq's OPEC quota") owns it as ever.
        Not as an active's subject, where the thing acts in its own right ("the NATO treaty covers Norway"),
        nor a state named before ("the Iran deal")."""
        if noun.lemma_.lower() not in BODY_MEASURE_NOUNS | PROPOSAL_NOUNS or noun.pos_ != "NOUN":
            return None
        if _as_subject(noun):
            return None
        if any(c.dep_ == "poss" and c.tag_ != "PRP$" for c in noun.children):
            return None
        for child in noun.children:
            if child.dep_ != "compound" or child.i > noun.i:
                continue
            found = self.entity_of(child)
            entity = self.entities.entity(found[0]) if found else None
            if entity is None or entity.type != "ORG" or not found[0].startswith("org:"):
                continue
            name = " ".join(t.text for t in child.subtree if t.pos_ == "PROPN")
            if lookup_capital(name) is not None or (lookup_igo(name) is None and place_country(name).known):
                continue  # "the Cartagena agreement": named after where it was made, whatever the tagger says
            return Ref(found[0], noun.i, "possessor")
        return None

    def _government_heads(self, noun: Token) -> list[Ref]:
        """The head a government the noun names is named after ("Trump" of "the Trump administration's
        withholding of aid"), who does the deed the government's possessive owns as well as the state it
        governs, where the story names him as someone in his own right ("President Trump said"). Otherwise
        ("the Reagan administration is expected to face ...", or a head the story names only in his
        government's name) he is no actor: the name says whose term it is, and the state alone acts."""
        lemma, word = noun.lemma_.lower(), noun.lower_
        if lemma not in GOVERNMENT_WORDS and word not in GOVERNMENT_WORDS:
            return []
        deed = noun.head
        if noun.dep_ != "poss" or deed.pos_ != "NOUN" or not event_root(deed.lemma_.lower(), noun=True):
            return []
        found = ((child, self.entity_of(child)) for child in noun.children if _head_named(child, noun))
        return [
            Ref(named[0], noun.i, "organ")
            for child, named in found
            if named
            and (entity := self.entities.entity(named[0])) is not None
            and entity.type == "PERSON"
            and self._named_apart_from_government(named[0], noun.doc)
        ]

    def _named_apart_from_government(self, entity_id: str, doc: Doc) -> bool:
        """Does the text name the person somewhere other than in a government's name ("the Reagan
        administration", "Reagan's government")? A name's last word hangs on what the name does."""
        for i, found in self.entities.token_entity.items():
            if found != entity_id or i >= len(doc):
                continue
            token = doc[i]
            while token.dep_ == "compound" and self.entities.entity_id_at(token.head.i) == entity_id:
                token = token.head
            if token.head.i == token.i or not _head_named(token, token.head):
                return True
            governed = token.head.lemma_.lower(), token.head.lower_
            if not any(word in GOVERNMENT_WORDS for word in governed):
                return True
        return False

    def _government_of_head_named(self, token: Token) -> Ref | None:
        """ "The Mitterrand government criticized X", "the Kohl government": a singular government noun
        after a surname the office table knows a head of state or government by is that state governing,
        whether the tagger saw no name there or took it for another's (a firm "Kohl's"); a name the text
        gives a person keeps its own way (the person's state)."""
        lemma = token.lemma_.lower()
        if lemma not in PARTY_GOVERNMENT_NOUNS or token.tag_ not in ("NN", "NNP"):
            return None
        names = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < token.i]
        if len(names) != 1:
            return None
        found = self.entity_of(names[0])
        entity = self.entities.entity(found[0]) if found else None
        if entity is not None and entity.type in ("PERSON", "GPE", "NORP"):
            return None
        countries = {e.country for e in self.entities.entities() if e.country}
        state = governed_state([names[0].text], countries)
        return Ref(self.entities.state(state), token.i, "organ") if state else None

    def _government_named(self, entity_id: str) -> str | None:
        """ "The Reagan Administration has asked Japan": an organisation named after a head of state or
        government the office table knows and a word of government is that head's state governing."""
        entity = self.entities.entity(entity_id)
        if entity is None or entity.type != "ORG":
            return None
        *name, last = entity.label.split()
        if not name or last.lower() not in GOVERNMENT_WORDS:
            return None
        return governed_state([" ".join(name)], {e.country for e in self.entities.entities() if e.country})

    def _bare_state_office(self, token: Token) -> Ref | None:
        """ "The foreign minister met X", "the finance minister said": a state's office said with "the" and
        nothing more, whose holder the text never names (coreference found none), is that state's
        government acting (ANNOTATION.md: "Iraqi officials" are Iraq), with the office's sector. The state
        is the one the sentence before is about ("Mexico's envoy said X. The foreign minister said Y"), else
        the article's (`setting`), unless the clause's other side is of it ("the foreign minister met
        Peruvian President X" in a story about Peru is another state's minister); then the one other state
        the sentence names ("..., the Chilean embassy said")."""
        title = _bare_title(token)
        if title is None or not state_title(title) or local_title(title) or _past_holder(token):
            return None
        if not _executive(token):
            return None  # "the senator", "the general": the state's legislature's or forces', not its own
        lemma = token.lemma_.lower()
        if any(holds_bare_title(nouns, lemma) for nouns in self.descriptions.values()):
            return None  # the text names a holder of the office, whom coreference could not choose
        if token.i in self._offices_read:
            return None  # "the foreign minister met the finance minister": each is the other's side
        self._offices_read.add(token.i)
        try:
            others = self._co_argument_states(token)
        finally:
            self._offices_read.discard(token.i)
        before = self.paragraph_states.get(token.sent.start)
        state = before if before and before not in others else None
        state = state or (self.setting if self.setting and self.setting not in others else None)
        # "Jack Straw said ... The foreign secretary told MPs": the one person of the article the office
        # table has in that office of the state (on the article's day) holds it, not the state; a state with
        # no such office (words.tsv office_lacking_states: the United States has no prime minister) neither
        # holds it nor has a holder of it
        if state and _has_office(state, title) and (holder := self._table_holder(state, title)):
            self.offices_held[token.i] = (holder, title, state)
            return Ref(holder, token.i, "role")
        # "Jean Tremblay said ... The prime minister said" in a story mostly about France: the one person of
        # the article the table has in an office of that very title, of any state, before the story's state
        held = self._holder_of_that_title(title)
        if held and self._country_of(held[0]) not in others:
            if held[1]:
                self.offices_held[token.i] = (held[0], title, held[1])
            return Ref(held[0], token.i, "role")
        if state and not _has_office(state, title):
            return None  # no holder found: no actor rather than a state that has no such office
        if state and (state, title) in self._shared_offices:
            return None  # two of the article's people held it in turn, and the text says not which one
        if state:
            return Ref(self.entities.state(state), token.i, "organ")
        named = {
            country
            for t in token.sent
            if t.i != token.i
            and not _place_of_a_thing(t)
            and (found := self.entity_of(t))
            and (country := self._country_of(found[0]))
        }
        named = {country for country in named - others if _has_office(country, title)}
        if len(named) == 1 and (others or not self.setting):
            return Ref(self.entities.state(named.pop()), token.i, "organ")
        return None

    def _table_holder(self, state: str, title: str) -> str | None:
        """The one person of the article whom the office table has in the office the title names, of that
        state, on the article's day (any term when it has none); None when none or several."""
        if (state, title) not in self._table_holders:
            self._table_holders[(state, title)] = self._one_table_holder(state, title)
        return self._table_holders[(state, title)]

    def _one_table_holder(self, state: str, title: str) -> str | None:
        found = []
        for entity in self.entities.entities():
            if entity.type != "PERSON" or entity.country != state:
                continue
            names = entity.aliases or (entity.label,)
            held = holding(names, self.day, [title])
            term = held.term_for(title) if held is not None and held.country == state else None
            if term is None or (self.day is not None and not term.held_on(self.day)):
                continue
            if self.day is None and (last := last_term(names)) is not None and last.office != term.office:
                continue  # undated: "Jacques Chirac", prime minister once, is the president he became
            found.append(entity.id)
        if len(found) > 1:
            # "Y told the prime minister" in an undated story naming two who held the office in turn: one
            # the text gives another office ("Chancellor Y") is not its holder, so the other is; else none
            left = [person for person in found if not self._titled_otherwise(person, title.split()[-1])]
            if len(left) == 1:
                return left[0]
            self._shared_offices.add((state, title))
        return found[0] if len(found) == 1 else None

    def _titled_otherwise(self, person: str, head: str) -> bool:
        """Does the text give the person a current state title other than a bare "the <head>" names?"""
        titles = [noun for noun in self.descriptions.get(person, ()) if not is_former(noun)]
        return any(state_title(noun) for noun in titles) and not holds_bare_title(titles, head)

    def _holder_of_that_title(self, title: str) -> tuple[str, str] | None:
        """The one person of the article whom the office table has, on the article's day (with none, in a
        term since the table's full coverage), in an office whose own title is the one written ("prime
        minister": not the United States' president, who heads its government too), with the office's
        state ("" when the person's terms of it are of several states); None when none or several."""
        if title not in self._title_holders:
            self._title_holders[title] = self._one_holder_of_that_title(title)
        return self._title_holders[title]

    def _one_holder_of_that_title(self, title: str) -> tuple[str, str] | None:
        found: dict[str, set[str]] = {}
        for entity in self.entities.entities():
            if entity.type != "PERSON":
                continue
            if any(is_former(noun) for noun in self.descriptions.get(entity.id, ())):
                continue  # "former prime minister X" is not the one "the prime minister" now is
            names = entity.aliases or (entity.label,)
            if self.day is None:
                last = last_term(names)
                terms = (last,) if last is not None else ()  # undated: the office he last held
            else:
                held = holding(names, self.day, [title])
                terms = held.terms if held is not None else ()
            states = {
                term.country
                for term in terms
                if term.country is not None
                and entity.country in (None, term.country)
                and is_own_title(title, term)
                and (self.day is None or term.held_on(self.day))
            }
            if states:
                found[entity.id] = states
        if len(found) != 1:
            return None
        ((holder, states),) = found.items()
        return holder, states.pop() if len(states) == 1 else ""

    def _co_argument_states(self, token: Token) -> set[str]:
        """The states of the other sides of the clause a noun is an argument of: its verb's subject, objects
        and the objects of its prepositions (not what a reported clause says)."""
        verb = token.head
        if token.dep_ not in CORE_ARGUMENT_DEPS or verb.pos_ not in VERB_POS:
            return set()
        sides = [c for c in verb.children if c.dep_ in CORE_ARGUMENT_DEPS and c.i != token.i]
        sides += [
            g for c in verb.children if c.dep_ in ("prep", "agent") for g in c.children if g.dep_ == "pobj"
        ]
        # ("met Peruvian officials": the side stands for its state, as an argument does); an event or a
        # topic is no side ("should speak about the elections": an election of the state is no other
        # state's act, and says nothing of whose office speaks)
        found = (self.resolve_one(side) for side in (s for side in sides for s in (side, *side.conjuncts)))
        return {
            country
            for f in found
            if f and self._is_actor(f.entity_id) and (country := self._country_of(f.entity_id))
        }

    def _is_actor(self, entity_id: str) -> bool:
        entity = self.entities.entity(entity_id)
        return entity is not None and entity.type in ACTOR_TYPES

    def _organ_of(self, token: Token, owning: tuple[str, ...]) -> Ref | None:
        """The body or state named after the organ's preposition ("the government of Iraq")."""
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in owning:
                for obj in prep.children:
                    found = self.entity_of(obj)
                    if obj.dep_ == "pobj" and found:
                        return Ref(found[0], token.i, "organ_of")
        return None

    def _named_by_compound(
        self, token: Token, modifiers: list[tuple[Token, tuple[str, str] | None]]
    ) -> Ref | None:
        """ "the Daily Nation newspaper said", "Kenya's Nation Media company": a noun of an organisation's
        kind after the organisation's name is that organisation (not the state a possessive names). Not a
        plural after one body's name: "NYSE brokerage firms", "Nasdaq companies" are the body's members,
        unnamed, none of them the body ("the Renault and Chrysler companies" are each named)."""
        if token.lemma_.lower() not in KIND_LABEL_WORDS:
            return None
        for child, found in modifiers:
            entity = self.entities.entity(found[0]) if found else None
            if token.tag_ == "NNS" and not child.conjuncts:
                continue
            if child.dep_ == "compound" and entity is not None and entity.type == "ORG":
                return Ref(entity.id, token.i, "name")
        if token.tag_ == "NNS":
            return None
        # "the ABC television network reported", "the Tass news agency said": the name hangs on a word of
        # the kind's own label, itself a compound of the noun
        kinds = KIND_LABEL_WORDS[token.lemma_.lower()]
        for word in token.children:
            if word.dep_ != "compound" or word.pos_ != "NOUN" or word.lower_ not in kinds:
                continue
            for name in word.children:
                found = self.entity_of(name) if name.dep_ == "compound" else None
                entity = self.entities.entity(found[0]) if found else None
                if entity is not None and entity.type == "ORG":
                    return Ref(entity.id, token.i, "name")
        return None

    def _named_by_apposition(self, token: Token) -> Ref | None:
        """ "a hospital in Berlin, Charité": the apposition names what the noun describes."""
        for child in token.children:
            if child.dep_ == "appos" and not (
                is_stranded_speaker(child)
                or is_closing_source(child)
                or gapped_subject(child)
                or self.continues_list(token, child)
            ):
                # (not "took flour, west Africa 20,000 tonnes": the gapped clause's subject names no flour)
                found = self.entity_of(child)
                if found:
                    return Ref(found[0], token.i, "role")
        return None

    def _division_named(self, token: Token) -> Ref | None:
        """ "the state of Montana", "the US state of Montana", "the province of Alberta": a country's part
        named after "of" is that place, not the country a modifier or an earlier sentence names; so is one
        named before the noun ("Australia's Victoria state", "Ontario province"), not its owner."""
        if token.pos_ != "NOUN" or token.lemma_.lower() not in DIVISION_NOUNS:
            return None
        if self.entities.entity_id_at(token.i):
            return None
        for prep in token.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for pobj in prep.children:
                entity_id = self.entities.entity_id_at(pobj.i) if pobj.dep_ == "pobj" else None
                entity = self.entities.entity(entity_id) if entity_id else None
                if entity is not None and entity.type in REGION_LABELS:
                    return Ref(entity.id, token.i, "name")
        for child in token.children:
            # a GPE that is no country: not "the Red Sea port town" (a sea), nor "the Australia state"
            entity_id = self.entities.entity_id_at(child.i) if child.dep_ == "compound" else None
            entity = self.entities.entity(entity_id) if entity_id else None
            if entity is not None and entity.type == "GPE" and not entity.id.startswith("country:"):
                return Ref(entity.id, token.i, "name")
        return None

    def _divisions_listed(self, token: Token) -> list[Ref]:
        """The further places coordinated after the first one a division noun names."""
        first = self._division_named(token)
        if first is None:
            return []
        refs: list[Ref] = []
        for prep in token.children:
            for pobj in prep.children if prep.dep_ == "prep" and prep.lower_ == "of" else ():
                for other in pobj.conjuncts if pobj.dep_ == "pobj" else ():
                    entity_id = self.entities.entity_id_at(other.i)
                    entity = self.entities.entity(entity_id) if entity_id else None
                    if entity is not None and entity.type in REGION_LABELS:
                        refs.append(Ref(entity.id, token.i, "name"))
        return refs

    def _act_doer(self, token: Token) -> Ref | None:
        """ "McGurk criticised the decision", "the call was seconded by Merkel": a definite act noun with no
        owner of its own, reacted to, stands for the one doer of the nearest earlier clause reporting that
        act ("Trump decided …", "Macron called for …") or for the owner of the nearest earlier same noun
        ("a move by Johnson"). Reacting to an act is reacting to its doer (act_nouns.tsv)."""
        if token.i not in self._acts:
            self._acts[token.i] = self._read_act_doer(token) if _reacted_to(token) else None
        return self._acts[token.i]

    def _read_act_doer(self, token: Token) -> Ref | None:
        lemma = token.lemma_.lower()
        if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "of")) for c in token.children):
            return None  # "the decision of the court": an owner of its own, however it resolves
        verbs = ACT_NOUNS[lemma]
        said: Token | None = None
        for earlier in reversed(token.doc[: token.i]):
            if earlier.lemma_.lower() == lemma and earlier.pos_ in NOUN_POS:
                owners = _owners(earlier) or _makers(earlier)
                if owners:
                    return self._sole_doer(owners, token)
            elif earlier.pos_ == "VERB" and _reports(earlier, verbs):
                return self._sole_doer(_doers(earlier), token)
            elif said is None and earlier.pos_ == "VERB" and _claim_said_before(earlier, token):
                said = earlier
        # "Peru accused Chile of spying. Bolivia said it would send troops. Chile dismissed the accusations":
        # the act's own verb further back makes the claim; a report just before only where none does, and
        # only a claim about another party, not the speaker's word of its own plans
        if said is not None and self._claims_of_another(said):
            return self._sole_doer(_doers(said), token)
        return None

    def _claims_of_another(self, verb: Token) -> bool:
        """Does what the verb of reporting says have for its subjects someone other than the speaker ("X said
        the ministry had lied"), not the speaker itself ("Bolivia said it would send troops", "X said we
        will act")?"""
        speakers = {ref.entity_id for head in _doers(verb) for ref in self.resolve(head)}
        subjects = [
            s
            for clause in verb.children
            if clause.dep_ == "ccomp"
            for s in clause.children
            if s.dep_ in ("nsubj", "nsubjpass")
        ]
        for subject in subjects:
            if subject.lower_ in FIRST_PERSON_PRONOUNS | FIRST_PERSON_PLURAL:
                return False
            if speakers & {ref.entity_id for ref in self.resolve(subject)}:
                return False
        return bool(subjects)

    def _deed_doer(self, token: Token) -> Ref | None:
        """ "U.S. warships shelled an Iranian platform. The U.S. said the attack was a measured response":
        a definite violent event noun with no owner, said to be something, is the deed of the one doer of
        the nearest earlier clause of force (CAMEO 18-20), or of the owner of the nearest earlier mention of
        violence ("an Iraqi air raid … the attack was"); none when that mention has no owner."""
        if token.i not in self._deeds:
            self._deeds[token.i] = None  # (read once; a mention met again while reading it has no doer)
            self._deeds[token.i] = self._read_deed_doer(token)
        return self._deeds[token.i]

    def _read_deed_doer(self, token: Token) -> Ref | None:
        for earlier in reversed(token.doc[: token.i]):
            if earlier.pos_ in NOUN_POS and earlier.lemma_.lower() in VIOLENT_EVENT_NOUNS:
                heads = [earlier]
            elif earlier.pos_ == "VERB" and event_root(earlier.lemma_.lower()) in DEED_ROOTS:
                heads = _doers(earlier)
            else:
                continue
            found = {ref.entity_id for head in heads for ref in self.resolve(head)}
            if len(found) != 1 or next(iter(found)).startswith("event:"):
                return None  # no doer, several, or violence nobody is named for
            # said to be something, the deed is its doer's act; spoken of, it is the doer's as "Iran's
            # attacks" are (a plain word about it says nothing of the doer, a stance on it judges them)
            spoken = token.head.dep_ == "ccomp" and token.dep_ == "nsubj"
            via = "possessor" if _deed_reacted_to(token) else "nominal" if spoken else "organ"
            return Ref(found.pop(), token.i, via)
        return None

    def _proposer(self, token: Token) -> Ref | None:
        """ "rejected a proposal by the Commission", "opposes the tax proposed by the Commission": a measure
        reacted to whose maker the text names after "by" (on the noun, or on a participle of proposing)
        stands for its maker, as "the Commission's proposal" does. A stance on a measure is a stance on
        whoever put it forward."""
        verb = token.head
        lemma = token.lemma_.lower()
        # "protested against the sanctions imposed by X", "criticised the tariffs levied by X": a measure
        # reacted to is its imposer's
        measure = lemma in AIMED_MEASURE_NOUNS | CENSURED_MEASURE_NOUNS and (
            _censured(token) or _measure_reacted_to(token)
        )
        reacted = token.dep_ in ("dobj", "nsubjpass") and verb.pos_ == "VERB"
        if not measure and (not reacted or verb.lemma_.lower() not in ACT_REACTION_VERBS):
            return None
        makers: list[Token] = []
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "by" and lemma in PROPOSAL_NOUNS:
                makers += [g for g in child.children if g.dep_ == "pobj"]
            elif _proposing_participle(child, token) or (
                child.dep_ == "acl" and child.tag_ == "VBN" and measure and _imposing(child)
            ):
                makers += [
                    g for a in child.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"
                ]
        for maker in makers[:1]:
            ref = self.resolve_one(maker)
            if ref is not None and not ref.entity_id.startswith("event:"):
                return Ref(ref.entity_id, token.i, "possessor")
        return None

    def _named_author(self, document: Token) -> Ref | None:
        """ "a report by the TUC warned", "according to a study from the central bank": a document's
        author named after "by" or "from" speaks in it, as the "UN" of "a UN report" does. A report "from"
        a place named as such ("reports from Tokyo said") is the press's, filed from there: no author."""
        for prep in document.children:
            if prep.dep_ != "prep" or prep.lower_ not in AUTHOR_PREPS:
                continue
            for pobj in prep.children:
                if pobj.i == getattr(filed_from(document), "i", None):
                    continue
                ref = self.resolve_one(pobj) if pobj.dep_ == "pobj" else None
                entity = self.entities.entity(ref.entity_id) if ref is not None else None
                if ref is not None and entity is not None and entity.type in AUTHOR_TYPES:
                    return Ref(ref.entity_id, document.i, "possessor")
        return None

    def _sector_author(self, document: Token) -> Ref | None:
        """ "Iraqi warplanes struck X, a military communique said": a document no name owns, whose word
        before it names a body of a state by its sector ("military", "police": sectors.tsv), is issued by
        that body, the one of that sector (of a known state) the sentence names; none when it names none
        or several, or only another state's than the one the article is about (its `setting`)."""
        sectors = {
            sector_of(c.lower_)
            for c in document.children
            if c.dep_ in ("amod", "compound") and c.i < document.i
        } - {None}
        if not sectors:
            return None
        found: set[str] = set()
        for token in document.sent:
            entity_id = self.entities.entity_id_at(token.i)
            entity = self.entities.entity(entity_id) if entity_id else None
            if entity is not None and entity.sector in sectors and entity.country:
                if self.setting and entity.country != self.setting:
                    continue  # "BAGHDAD - Iranian troops shelled Basra, a military communique said": Iraq's
                found.add(entity.id)
        return Ref(found.pop(), document.i, "possessor") if len(found) == 1 else None

    def _earlier_author(self, document: Token) -> Ref | None:
        """ "Ford said in a filing that … According to the filing, Ford disclosed …": a definite document
        with no author of its own, named again, is the author of its nearest earlier mention: its owner
        ("Ford's filing", "a report by Amnesty"), who spoke in it ("said in a filing") or who made it
        ("filed a complaint"). Its words are reported by that author, even about the author. So are the words
        of "the report said" (the subject of a verb of report): "X said in a report that … Y will close a
        plant, the report said" is X's, never a firm the report's words name."""
        if document.dep_ not in ("pobj", "nsubj"):
            return None
        if not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in document.children):
            return None
        lemma = document.lemma_.lower()
        for earlier in reversed(document.doc[: document.i]):
            if earlier.lemma_.lower() != lemma or earlier.pos_ not in NOUN_POS:
                continue
            heads = _owners(earlier)
            inside = earlier.dep_ == "pobj" and earlier.head.lower_ == "in"
            verb = earlier.head.head if inside else earlier.head
            spoke = inside and verb.lemma_.lower() in REPORTING_VERBS
            made = earlier.dep_ == "dobj" and verb.lemma_.lower() in AUTHORING_VERBS
            if not heads and (spoke or made):
                heads = _doers(verb)
            found = {ref.entity_id for head in heads for ref in self.resolve(head)}
            again = any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in earlier.children)
            if not found and again:
                continue  # "in the filing itself, Ford wrote": the same one named again; look further back
            return Ref(found.pop(), document.i, "possessor") if len(found) == 1 else None
        return None

    def _sole_doer(self, heads: list[Token], token: Token) -> Ref | None:
        found = {ref.entity_id for head in heads for ref in self.resolve(head)}
        reactors = {ref.entity_id for head in _doers(token.head) for ref in self.resolve(head)}
        if len(found) != 1 or found & reactors:
            return None  # none, several, or the reactor itself ("defended the decision")
        return Ref(found.pop(), token.i, "possessor")

    def _partitive(self, token: Token) -> Ref | None:
        """ "a number of journalists", "hundreds of protesters", "some of the residents": the part of a
        group acts for the group (an entity's members are that entity in news style). So does a ticket or a
        slate for the candidates on it: "nominated a ticket of X for president" nominates X."""
        lemma = token.lemma_.lower()
        counted = token.pos_ == "NUM" and token.dep_ != "nummod"
        if lemma not in PARTITIVE_WORDS | TICKET_NOUNS and not counted:
            return None
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and heads_one_of_several_parties(token, pobj):
                        return None
                    if pobj.dep_ == "pobj":
                        found = self.resolve_one(pobj)
                        if found is not None:
                            return Ref(found.entity_id, token.i, found.via)
        return None

    def _grouped_in(self, token: Token) -> Ref | None:
        """ "aid donors grouped in the Paris Club pledged …", "producers united in OPEC cut output": members
        the text names only by what they do (a common noun), with a participle of the body they are grouped
        in, stand for that body. The parser often takes the participle for the sentence's verb, with the
        noun its subject and the true verb its conjunct or adverbial clause: the same reading then."""
        if token.pos_ != "NOUN":
            return None
        participles = [c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        verb = token.head
        bare = not any(c.dep_ in ("dobj", "nsubjpass", "auxpass", "aux") for c in verb.children)
        later = [c for c in verb.children if c.dep_ in ("conj", "advcl") and c.pos_ == "VERB"]
        followed = any(c.i > verb.i for c in later)
        if token.dep_ == "nsubj" and verb.tag_ in ("VBD", "VBN") and bare and followed:
            participles.append(verb)  # "donors grouped in X pledged": the parser's verb is the participle
        for participle in participles:
            if participle.lemma_.lower() not in GROUPING_PARTICIPLES:
                continue
            for prep in participle.children:
                if prep.dep_ != "prep" or prep.lower_ != "in":
                    continue
                for pobj in prep.children:
                    found = self.entity_of(pobj) if pobj.dep_ == "pobj" else None
                    entity = self.entities.entity(found[0]) if found else None
                    if found and entity is not None and entity.type == "ORG":
                        return Ref(found[0], token.i, "organ_of")
        return None

    def _one_of_a_people(self, token: Token) -> Ref | None:
        """ "An Australian, X, appeared in court", "a Briton, Y": one of a people whom the apposition names
        is that person, not the people's state."""
        for child in named_one_of_a_people(token):
            found = self.entity_of(child)
            entity = self.entities.entity(found[0]) if found else None
            if found and entity is not None and entity.type == "PERSON":
                return Ref(found[0], token.i, "role")
        return None

    def _titled_holder(self, token: Token) -> Ref | None:
        """ "The United Nations (UN) relief chief Jane Doe said …": the parser may make the office's owner
        the head of the phrase and hang the titled name on it as an apposition; the holder is the
        phrase's referent, the owner only qualifies her title. A name set off by a comma is a true
        apposition ("Amnesty, Jane Doe's group"), and is left alone. So may it hang the titled name on the
        "for"/"of" of a body named for something ("Commission for Racial Justice chairman X said": the
        parse's "Commission for X"), where the body's own words stand between the preposition and the
        title ("the Committee for President X" names no holder)."""
        named_for = token.lower_ in BODIES_NAMED_FOR and token.text.istitle()
        if token.pos_ != "PROPN" and not named_for:
            return None
        names = [c for c in token.children if c.dep_ == "appos"]
        if named_for:
            names += [
                n
                for prep in token.children
                if prep.dep_ == "prep" and prep.lower_ in ("for", "of")
                for n in prep.children
                if n.dep_ == "pobj" and n.i > prep.i + 2 and not is_role_word(token.doc[prep.i + 1].lower_)
            ]
        for name in names:
            if name.i < token.i or name.ent_type_ != "PERSON":
                continue
            if any(t.text == "," for t in token.doc[token.i + 1 : name.i]):
                continue
            titled = any(
                c.dep_ == "compound" and c.i < name.i and is_role_word(c.lemma_) for c in name.children
            )
            found = self.entity_of(name) if titled else None
            if found:
                return Ref(found[0], name.i, "name")
        return None

    def _owner(self, child: Token) -> tuple[str, str] | None:
        """ "the Chinese government's crackdown": a possessive that is itself a state's organ owns it (a
        person's "administration" or "team" is no state). So does a state's body named before its speaker or
        official with the state's word on it ("a Canadian embassy official", "Japanese finance ministry
        sources", the parser hanging "Canadian" on "embassy"): the speaker is the body's state's."""
        body = child.dep_ == "compound" and child.pos_ == "NOUN"
        if not (child.dep_ == "poss" or (body and child.lemma_.lower() in STATE_BODY_COMPOUND_NOUNS)):
            return None
        found = self.resolve_one(child)
        if found is None or found.via not in ("organ", "organ_of"):
            return None
        entity = self.entities.entity(found.entity_id)
        return (found.entity_id, found.via) if entity is not None and entity.type == "GPE" else None

    def _organs_of_others(self, token: Token) -> list[Ref]:
        """ "the delegations of Chile, Peru and Bolivia": the organ is each state's."""
        refs: list[Ref] = []
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    for other in obj.conjuncts if obj.dep_ == "pobj" else ():
                        found = self.entity_of(other)
                        if found:
                            refs.append(Ref(found[0], token.i, "organ_of"))
        return refs

    def _listed_after_apposition(self, token: Token) -> list[Ref]:
        """ "came from OIC head Yousef Al-Othaimeen, Pope Francis, and …": the parser hangs the rest of
        the list on the apposition that named the first; each named one is an argument too."""
        refs: list[Ref] = []
        for appos in token.children:
            if appos.dep_ != "appos":
                continue
            for other in appos.conjuncts:
                found = self.entity_of(other) if other.i > appos.i else None
                if found:
                    refs.append(Ref(found[0], other.i, found[1]))
        return refs

    def _split_list_items(self, items: list[Token]) -> list[Token]:
        """The items of a list of names that the parser split off it: "with Citibank, Chase Manhattan,
        Morgan Guaranty and Bank of America" hangs the second name on the first as an apposition, and the
        rest on that; "to Delta Air Lines Inc, United Airlines Inc, and Pan Am Corp" hangs the last name on
        the verb, as its object or a conjunct. A name in apposition to a listed name of its own kind while
        the list goes on is an item; so is a name of that kind right after the list's last item and "and"
        or "or" (not a subject: "and Mobil said …" begins a clause). Not places: "Paris, France" and
        "Pasadena, California" name one place."""
        found: list[Token] = []
        for item in items:
            for appos in item.children:
                if self.continues_list(item, appos):
                    found += [appos, *[c for c in appos.conjuncts if c.i > appos.i]]
        named = [t for t in (*items, *found) if self.entities.mention_at(t.i) is not None]
        if not named:
            return found
        last = max(named, key=lambda t: t.i)
        closing = self._closing_item(last)
        if closing is not None and all(closing.i != t.i for t in (*items, *found)):
            found.append(closing)
        return found

    def continues_list(self, head: Token, appos: Token) -> bool:
        """Is the apposition no renaming of its head but the rest of a list the head begins? "The United
        States, Italy, Spain and Greece agreed": the parser hangs "Italy" on "States" as an apposition and
        the rest on "Italy"; a name of the head's own kind (another state after a state, a firm after a
        firm) with a conjunct of its own, or after a head with one, is the list's next item, and the head its
        first. Not "Italy's ally, Spain" (a noun renamed by a name), nor "Paris, France" (one place)."""
        if appos.dep_ != "appos" or appos.head != head or appos.i < head.i:
            return False
        if not self._list_mates(head, appos):
            return False
        if in_headline(head) and head.doc[appos.left_edge.i - 1].text == ",":
            return True  # "IMF, WORLD BANK TO ASSIST ECUADOR": a headline's comma stands for "and"
        return any(c.dep_ in ("cc", "conj") for c in (*head.children, *appos.children))

    def _closing_item(self, last: Token) -> Token | None:
        """The name after `last`'s mention and ", and" (or "and", "or"), when the parser hung it elsewhere."""
        doc = last.doc
        mention = self.entities.mention_at(last.i)
        i = mention.end if mention is not None else last.i + 1
        end = last.sent.end
        if i < end and doc[i].text == ",":
            i += 1
        if i >= end or doc[i].lower_ not in LIST_CLOSING_WORDS:
            return None
        i += 1
        if i < end and doc[i].lower_ == "the":
            i += 1
        following = self.entities.mention_at(i) if i < end else None
        if following is None or following.start != i:
            return None
        root = doc[following.start : following.end].root
        if root.dep_ not in MISATTACHED_ITEM_DEPS or root.head.pos_ not in VERB_POS:
            # "… to Chevron and Mobil said": a subject; "and Mobil's unit": an owner; "Chile, which
            # borders Peru, and Bolivia": an item of the list the clause sits in
            return None
        if following.end < end and doc[following.end].pos_ == "ADP":
            return None  # "sold X to Chevron and Y to Mobil": a second object with its own phrase
        return root if self._list_mates(last, root) else None

    def closes_list(self, token: Token) -> bool:
        """Is the name the last item of a list after a preposition that the parser hung on the verb as its
        object ("sold jets to Delta, TWA, and Pan Am Corp": Pan Am was sold no jets, nor sold)?"""
        mention = self.entities.mention_at(token.i)
        if mention is None:
            return False
        doc, i = token.doc, mention.start - 1
        if i >= 0 and doc[i].lower_ == "the":
            i -= 1
        if i < 1 or doc[i].lower_ not in LIST_CLOSING_WORDS:
            return False
        i -= 2 if doc[i - 1].text == "," else 1
        before = self.entities.mention_at(i) if i >= 0 else None
        if before is None:
            return False
        last = doc[before.start : before.end].root
        head = last
        while head.dep_ in ("conj", "appos"):
            head = head.head
        if head.dep_ != "pobj" or head.head.head != token.head:
            return False  # "sued Texaco, and Mobil": two objects of the verb
        closing = self._closing_item(last)
        return closing is not None and closing.i == token.i

    def _list_mates(self, first: Token, other: Token) -> bool:
        """Are the two names items of one list: names of the same kind, of two entities, neither a place
        below a state ("Paris, France" is one place, no list)?"""
        one, two = self.entities.mention_at(first.i), self.entities.mention_at(other.i)
        if one is None or two is None or one.label != two.label or one.start == two.start:
            return False
        ids = self.entities.entity_id_at(first.i), self.entities.entity_id_at(other.i)
        if None in ids or ids[0] == ids[1]:
            return False
        return not any(entity_id.startswith("place:") for entity_id in ids if entity_id)

    def _listed_modifiers(self, head: Token, via: str) -> list[Ref]:
        """ "Japanese and French officials", "Japanese, West German and French officials": a list of
        states' words before a noun of their organs, which the parser hangs on the first word (or, after a
        comma, on the noun again): each state's organ acts."""
        modifiers = [c for c in head.children if c.dep_ in NOUN_MODIFIER_DEPS and c.i < head.i]
        listed = [c for m in modifiers for c in m.conjuncts if c.i < head.i]
        if not listed and not any(head.doc[m.i + 1].text == "," for m in modifiers):
            return []  # one modifier, or several that make one name ("the Mexican Finance Ministry")
        refs: list[Ref] = []
        for word in (*modifiers, *listed):
            found = self.entity_of(word) if not _region_adjective(word) else None
            if found and found[0].startswith("country:"):
                refs.append(Ref(found[0], head.i, via))
        return refs

    def _event_between(self, noun: Token) -> bool:
        """Is the noun an event between states named before it in a hyphened pair, and no entity of its own
        ("the Iran-Iraq war", "US-Iranian talks")?"""
        if noun.pos_ != "NOUN" or self.entities.entity_id_at(noun.i) is not None:
            return False
        event = event_root(noun.lemma_.lower(), noun=True) is not None
        return event and bool(self._hyphened_partners(noun, ""))

    def _hyphened_partners(self, head: Token, via: str) -> list[Ref]:
        """ "the Turkish-Libyan accord", "US-Iranian talks": the parser hangs the first state on the
        second; both own what the noun names."""
        refs: list[Ref] = []
        for child in head.children:
            if child.dep_ not in NOUN_MODIFIER_DEPS or not self.entity_of(child):
                continue
            for first in child.children:
                hyphen = first.i + 1 < child.i and first.doc[first.i + 1].text in ("-", "–")
                linked = first.dep_ in NOUN_MODIFIER_DEPS or first.dep_ == "npadvmod"
                found = self.entity_of(first) if hyphen and linked else None
                if found:
                    refs.append(Ref(found[0], head.i, via))
        return refs

    def misattached_apposition(self, token: Token) -> str | None:
        """ "a hospital in Berlin, Charité", "the prosecutor general of Tehran, Ali Mehr": the parser
        hangs the
        name on the nearer noun, but a name in apposition to another name renames the phrase's head."""
        for prep in token.children:
            if prep.dep_ != "prep":
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj" or not self.entity_of(pobj):
                    continue
                for appos in pobj.children:
                    found = self.entity_of(appos) if appos.dep_ == "appos" else None
                    if (
                        found
                        and not found[0].startswith("country:")
                        and found[0] != self.entity_of(pobj)[0]
                        and self._renames(token, appos, found[0])
                    ):
                        return found[0]
        return None

    def _renames(self, head: Token, appos: Token, entity_id: str) -> bool:
        """Does an apposition after a name name the phrase's head rather than that name? Not a place
        unless the head is a place noun ("the capital of Chile, Santiago"): after a name a place locates
        it or goes on a list ("his home in San Rafael, California", "an initiative for the Persian Gulf,
        the Gulf of Oman and …"); nor an indefinite description of the name before it ("lost to Thom
        Tillis, a Republican", "the PMF, an Iranian-backed militia")."""
        if indefinite(appos):
            return False
        entity = self.entities.entity(entity_id)
        place = entity is not None and entity.type in REGION_LABELS
        return not place or head.lemma_.lower() in PLACE_NOUNS

    def _country_of(self, entity_id: str) -> str | None:
        entity = self.entities.entity(entity_id)
        return entity.country if entity is not None else None

    def _holds(self, person: str, noun: str) -> bool:
        """May a title of this noun that names its body ("the Tory leader", "the Iraqi minister") mean the
        person: one the text gave a title of that head word, or one heading a body for "leader" ("Hong Kong
        leader" of its chief executive), or a counterpart ("his French counterpart")?"""
        titles = self.descriptions.get(person, ())
        if noun == "minister" and any(title.lower() in MINISTERIAL_TITLES for title in titles):
            return True  # "the British minister" of "Foreign Secretary X": a minister by another title
        return noun in COUNTERPART_NOUNS or holds_bare_title(titles, noun, heads=True)

    def _owners_office(self, counterpart: Token) -> str | None:
        """The one current state office the text gives the person whose counterpart this is ("Dutch Trade
        Minister X met his Austrian counterpart": "trade minister"), or None."""
        for child in counterpart.children:
            found = self.entity_of(child) if child.dep_ == "poss" else None
            if found is None:
                continue
            offices = {
                title
                for title in self.descriptions.get(found[0], ())
                if " " in title and state_title(title) and not local_title(title) and not is_former(title)
            }
            return offices.pop() if len(offices) == 1 else None
        return None

    def _counterpart_holder(self, state_id: str, office: str) -> str | None:
        """The person of the article who holds that office of the state: the one acting for it whom the text
        gives that title, else the one the office table has in it ("Foreign Secretary X" is Britain's
        foreign minister); None when none or several."""
        acting = self.affiliated_people.get(state_id, ())
        people = {p for p in acting if office in self.descriptions.get(p, ())}
        if len(people) == 1:
            return people.pop()
        state = self._country_of(state_id)
        return self._table_holder(state, office) if state and not people else None

    def _head_just_named(self, token: Token, body: str) -> str | None:
        """ "Ex-boxer Dan Reyes has attacked the plan. The Greens leader said ...": a body's head said as "the
        <body> leader" (words.tsv led_body_head_nouns), the subject opening the sentence right after one whose
        subject is a person named by name, is that person, when the text gives no one a role of the body
        and the person no role of any body or state (else he is someone else, not the body's head)."""
        if token.lemma_.lower() not in LED_BODY_HEAD_NOUNS or token.dep_ != "nsubj":
            return None
        if token.head != token.sent.root:
            return None
        first = next(t for t in token.sent if not t.is_space)  # the sentence holds the token itself
        if token.left_edge.i != first.i:
            return None
        if any(c.dep_ not in ("det", "compound") or c.lower_ in ("a", "an") for c in token.children):
            return None  # "the Greens leader" and no other word of whose or which
        if self.affiliated_people.get(body):
            return None
        last = next((t for t in reversed(token.doc[: token.sent.start]) if not t.is_space), None)
        if last is None:
            return None
        previous = last.sent
        subjects = [c for c in previous.root.children if c.dep_ == "nsubj"]
        person = self.entities.entity_id_at(subjects[0].i) if len(subjects) == 1 else None
        entity = self.entities.entity(person) if person else None
        if entity is None or entity.type != "PERSON":
            return None
        if any(entity.id in people for people in self.affiliated_people.values()):
            return None
        return entity.id

    def _holder_of(self, entity_id: str, noun: str) -> str | None:
        """The one person acting for the body or state whom the text gave a title of this noun."""
        people = {p for p in self.affiliated_people.get(entity_id, ()) if self._holds(p, noun)}
        return people.pop() if len(people) == 1 else None

    def _acts_for_a_state(self, person: Entity) -> bool:
        """Does the text give the person a role of the state they act for ("French President X")?"""
        return bool(person.country) and person.id in self.affiliated_people.get(
            f"country:{person.country}", ()
        )

    def sense_words(self, token: Token, ref: Ref) -> frozenset[str]:
        """What a CAMEO entry may recognise an argument by (cameo.Sense): its head word, its entity type,
        the sector its head noun names ("troops" @MIL), and whether it is a state or a state's organ."""
        words = {token.lower_, token.lemma_.lower()}
        # "Typhoon Phanfone", "the storm": a natural hazard, by its head or its name's first word
        named = [c.lower_ for c in token.children if c.dep_ == "compound" and c.i < token.i]
        if NATURAL_FORCES & {*words, *named}:
            words.add("@hazard")
        entity = self.entities.entity(ref.entity_id)
        if entity is not None:
            words.add(f"@{entity.type}")
        # The entity's own sector where entities carry one ("Turkish military"), else its head noun's; an
        # international body is no firm, whatever its head noun ("the World Bank", "the Asian Development
        # Bank" lend as development bodies: aid, not a bank's business)
        sector = (entity.sector if entity else None) or sector_of(token.lower_) or sector_of(token.lemma_)
        igo = entity is not None and entity.type == "ORG" and lookup_igo(entity.label) is not None
        # "the Islamic Development Bank", "the OPEC Fund for International Development": a development
        # body by its name lends as one (aid), no firm, whether or not igos.tsv lists it
        development = entity is not None and entity.type == "ORG" and _development_lender(entity.label)
        if sector == "BUS" and (igo or development):
            sector = None
        if igo:
            words.add("@igo")  # "took the issue to the UN": a matter brought before a body of states
        if sector:
            words.add(f"@{sector}")
        state = (
            ref.entity_id.startswith("country:")
            or ref.via in ("organ", "organ_of")
            or sector in STATE_SECTORS
        )
        words.add("@state" if state else "@nonstate")
        named_body = entity is not None and entity.type == "ORG" and not entity.sector and not igo
        named_body = named_body and not development
        if sector == "BUS" or (named_body and not state):
            # "Kessel Union has loans to Brazil": a body named with no sector, neither a state's nor an
            # international one, lends as a firm or a bank does (its head word may read as another sector:
            # a "Union" in a firm's name is no trade union)
            words.add("@lender")
        if ref.entity_id.startswith("country:"):
            # "left for Japan": which state, so that an official's own is no visit (frame._abroad)
            words.add(STATE_ITSELF + ref.entity_id.removeprefix("country:"))
        if entity is not None and entity.type == "PERSON" and self._acts_for_a_state(entity):
            # "President X", "the minister Y": a person the text gives a state's office, and that state
            words |= {"@official", f"{STATE_OF_OFFICIAL}{entity.country}"}
        capital_of = _state_of_capital(entity) if entity is not None and entity.type == "GPE" else None
        if capital_of is not None:
            # "flew to Beijing": a state's capital, where its government sits, and that state
            words |= {"@capital", f"{STATE_OF_CAPITAL}{capital_of}"}
        if _restricts(token):
            words.add("@restricts")
        if ref.via == "possessor":
            # "questioned the President's power": the argument is the owner of the thing acted on
            words.add("@possessor")
        return frozenset(words)

    def examples(self, token: Token, relative_only: bool = False) -> list[Ref]:
        """ "members, including X", "critics such as X", "his critics, which include X": the named members
        of a group stand for it."""
        refs: list[Ref] = []
        for child in token.children:
            if child.dep_ == "prep" and gives_examples(child) and not relative_only:
                if not _names_a_group(token):
                    continue  # "moved on with the transition, such as X": X is no example of a transition
                if token.tag_ in ("NN", "NNP") and _alternatives(child):
                    continue  # "before a body such as X or Y": one of them, the text says not which
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        refs.extend(self.resolve(pobj))
            elif child.dep_ == "relcl" and child.lemma_.lower() == "include":
                if token.lemma_.lower() in ITINERARY_NOUNS:
                    continue  # "opened a tour which includes Bolivia": places on the tour, no members of it
                for obj in child.children:
                    if obj.dep_ == "dobj":
                        refs.extend(self.resolve(obj))
        if _group_listed_by_its_verb(token):
            # "Other firms that have sued in India include A and B": the firms the clause's own verb lists
            for obj in token.head.children:
                if obj.dep_ == "dobj":
                    refs.extend(self.resolve(obj))
        return refs

    def _words_owner(self, words: Token) -> Ref | None:
        """Whose the words are: their possessor or the name before them ("the ministry's statement", "a
        ministry statement"), or their author after "by" or "from" ("a statement by the ministry")."""
        for child in words.children:
            if child.dep_ in ("poss", "compound") and child.i < words.i:
                ref = self.resolve_one(child)
                entity = self.entities.entity(ref.entity_id) if ref is not None else None
                if ref is not None and entity is not None and entity.type in AUTHOR_TYPES:
                    return Ref(ref.entity_id, words.i, "possessor")
        return self._named_author(words)

    def _officials_named_before(self, token: Token) -> Ref | None:
        """ "U.S. military officials said … the officials said": those officials, of their state."""
        for earlier in officials_named_before(token):
            found = self.resolve_one(earlier)
            if found is not None:
                return Ref(found.entity_id, token.i, found.via)
        return None

    def antecedent(self, clause: Token, doer: bool = False) -> list[Ref]:
        """Whom a relative or reduced clause describes: the noun it hangs on, without the items of a list
        that come after the clause ("Chile, which borders Peru, and Bolivia": Chile alone borders Peru),
        with the items before it when the clause's verb agrees with them all ("Chile and Bolivia, which
        border Peru"). As the clause's doer, an event between parties is no party ("the Iran-Iraq war,
        which could disrupt X")."""
        noun = _named_of_firm_description(clause.head)
        person = _personal_antecedent(clause)
        if person is not None:
            # "said Tom Hale, adviser at Acme Bank, who described X": "who" is the person's, not the bank's
            return self.resolve(person, before=clause.i)
        if _relayed(noun):
            # "KUNA carried the ministry's statement, which condemned Iraq", "carried a statement by the
            # ministry that accused Iraq": the words' own clause is their owner's, not the outlet's
            owner = self._words_owner(noun) if not is_passive(clause) else None
            return [owner] if owner is not None else []
        listed = sorted(c for c in noun.conjuncts if noun.i < c.i < clause.i)
        if listed and _agreement(clause) == "singular":
            # "Chile and Peru, which was …": the parser hangs the clause on the list; it is the last item's
            return self.resolve(listed[-1], before=clause.i)
        if doer and self._event_between(noun):
            # "the Iran-Iraq war, which could disrupt X", "US-Iranian talks, which began in Y": what the
            # clause says is the event's own, not done by either of the parties it is between
            return []
        refs = self.resolve(noun, before=clause.i)
        if _agreement(clause) == "plural":
            for item in sorted(c for c in noun.conjuncts if c.i < noun.i):
                refs += [r for r in self.resolve(item, before=noun.i) if r not in refs]
        return refs

    def resolve(self, token: Token, before: int | None = None) -> list[Ref]:
        """The token's referents, with coordinated arguments split ("Iraq and Iran" -> two refs); with
        `before`, only the items of a list that come before that word."""
        refs: dict[str, Ref] = {}  # entity id -> its first reference, in order
        heads = [token, *[c for c in token.conjuncts if c.i > token.i], *_listed_apart(token)]
        # "the five nations who agreed to cut tariffs - Japan, Italy and Canada - must act": the list names
        # the group's members, hung on the clause's last noun; they are not what the clause acts on
        heads = [h for h in heads if h == token or not _renames_group_after(token, h)]
        if self.entities.entity_id_at(token.i):
            heads += self._split_list_items(heads)
        for head in heads:
            if before is not None and head.i > before:
                continue
            found = self.resolve_one(head)
            # "his critics, which include Greenpeace, blame him": the named members act with their group
            # (only a relative clause: an "including X" phrase is often hung on the wrong noun)
            candidates = [found, *self.examples(head, relative_only=True)] if found else self.examples(head)
            group = _reporting_group(head) if not found else None
            if group is not None:
                # "Some states, including Japan, said they would help X": the named members say it of
                # themselves
                candidates = [Ref(r.entity_id, head.i, r.via) for r in self.examples(group)]
            if found and _examples_set_off(head):
                # "Arab states, including Egypt, condemned X": members named right after their group act
                # with it (by their names only: "extremists such as al-Qaida's arm" names a part of one)
                candidates += [r for r in self.examples(head) if r.via == "name" and r not in candidates]
            for complement in _relative_complements(head) if found else ():
                # "OPEC members who are hawks, including Iran, will seek X": the examples of what the
                # members are, set off at the relative clause's end, are members too, and act with them
                named = [r for r in self.examples(complement) if r.via == "name"]
                candidates += [r for r in named if r not in candidates]
            if found:  # "French and German activists": one head, two actors
                candidates += [Ref(other, head.i, found.via) for other in self.entities.partners_at(head.i)]
            antecedent = self.antecedents.get(head.i)
            if found and antecedent and antecedent.others:
                candidates += [Ref(other, head.i, antecedent.kind) for other in antecedent.others]
            if found and found.via == "organ_of":
                candidates += self._organs_of_others(head)
            if found and found.via == "name" and self.entities.entity_id_at(head.i) is None:
                candidates += self._divisions_listed(head)  # "the states of Arizona, Florida and Ohio"
            if found and found.via == "role":
                candidates += self._listed_after_apposition(head)
            if found and found.via == "organ" and found.entity_id.startswith("country:"):
                candidates += self._government_heads(head)  # "the Trump administration's withholding"
            if found and found.via in ("possessor", "organ"):
                candidates += self._hyphened_partners(head, found.via)
                candidates += self._listed_modifiers(head, found.via)
            for ref in candidates:
                if gapped_subject(token.doc[ref.token]):
                    continue  # "took wheat, China 87,000 tonnes": China takes too, nothing taken
                refs.setdefault(ref.entity_id, ref)
        return list(refs.values())


# The kinds of names that act in a gapped clause of a list of amounts ("X took 5 tonnes, Y 3 tonnes").
GAPPED_ACTOR_LABELS = frozenset({"GPE", "ORG", "NORP", "LOC"})


def _amount_follows(name: Token) -> bool:
    """Is the name a list item directly followed by an amount ("…, China 87,000 tonnes", "and Italy 8
    pct", "and Japan a 76 billion dlr surplus"): set off by a comma or a list's closing conjunction, a
    number or a sum right after it (or after an indefinite article)?"""
    doc = name.doc
    if name.ent_type_ in GAPPED_ACTOR_LABELS:
        start, end = entity_span(name)
    elif _people_of_a_state(name):
        start, end = name.i, name.i + 1  # "…, West German traders 75,000 tonnes and Dutch traders 2,500"
    else:
        return False
    start = min(start, name.left_edge.i)  # "west coast Africa": the name's own modifiers open it
    if end >= len(doc) or start < 2:
        return False
    if doc[end].lower_ in INDEFINITE_ARTICLES:
        end += 1  # "and Japan a 76 billion dlr surplus"
        if end >= len(doc):
            return False
    amount = doc[end]
    if not (amount.like_num or amount.tag_ in ("CD", "$")) or amount.ent_type_ in ("DATE", "TIME", "ORDINAL"):
        return False
    opener = start - 1 if doc[start - 1].lower_ == "the" else start
    return doc[opener - 1].text == "," or doc[opener - 1].lower_ in LIST_CLOSING_WORDS


def _people_of_a_state(noun: Token) -> bool:
    """ "Dutch traders", "West German buyers": a common noun outside any name, modified by a state's or a
    people's name before it, which acts like the name in a gapped clause."""
    return (
        noun.pos_ == "NOUN"
        and not noun.ent_type_
        and any(
            c.dep_ in ("amod", "compound") and c.ent_type_ in GAPPED_ACTOR_LABELS and c.i < noun.i
            for c in noun.children
        )
    )


def gapped_subject(name: Token) -> bool:
    """ "The Soviet Union took 263,000 tonnes of wheat, China 87,000 tonnes and Israel 40,000 tonnes": a
    state or body named in a comma list after a complete clause, its amount right after it, is the subject
    of the clause's verb written once (gapping), never its object, whatever the parser hangs it on (an
    apposition or conjunct of the amount or goods, an adverbial of the verb). The list's first item must
    have that shape too: "sold wheat to Egypt, Jordan 5,000 tonnes" keeps Jordan a buyer like Egypt."""
    if not _amount_follows(name):
        return False
    first = name
    listed = ("conj", "appos")
    while first.dep_ in listed and first.head.ent_type_ in GAPPED_ACTOR_LABELS and first.head.i < first.i:
        first = first.head
    if first is not name and not _amount_follows(first):
        return False
    sent = name.sent
    return any(
        word.pos_ in VERB_POS
        and word.i < name.i
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < word.i for c in word.children)
        and (any(t.text == "," for t in name.doc[word.i : name.i]) or _article_gap_after_object(name, word))
        for word in sent
    )


# The articles that may open a gapped clause's amount ("and Japan a 76 billion dlr surplus").
INDEFINITE_ARTICLES = frozenset({"a", "an"})


def _article_gap_after_object(name: Token, verb: Token) -> bool:
    """ "expected X to post a 31 billion dlr surplus and Japan a 76 billion dlr surplus": with no comma,
    the gapped clause is a name after "and"/"or", an indefinite article and an amount, once the verb has
    had its own object ("gave Egypt and Jordan a 5 billion dlr loan" lists two receivers of one loan) and
    no receiver before it ("lent Brazil a loan and Mexico a credit": Mexico is the second receiver)."""
    doc = name.doc
    start, end = entity_span(name)
    start = min(start, name.left_edge.i)
    opener = start - 1 if doc[start - 1].lower_ == "the" else start
    if doc[opener - 1].lower_ not in LIST_CLOSING_WORDS or end >= len(doc):
        return False
    if doc[end].lower_ not in INDEFINITE_ARTICLES:
        return False
    if any(c.dep_ == "dative" for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and c.i < opener - 1 for c in verb.children)


DEFINITE_DETERMINERS = frozenset({"the", "this", "that"})
# The conjunctions that bring in a list's last item ("X, Y, and Z", "X or Y").
LIST_CLOSING_WORDS = frozenset({"and", "or"})
# Where the parser hangs a list's last name when it loses the list: on a verb, as its object or
# conjunct, or as punctuation of the sentence.
MISATTACHED_ITEM_DEPS = frozenset({"conj", "dobj", "punct", "npadvmod", "dep"})


def _agreement(clause: Token) -> str | None:
    """The number a relative clause's verb, or its first auxiliary, agrees with: "plural" ("which border
    X", "who were named"), "singular" ("which borders X", "which was named"), or None when the form
    says nothing ("which signed X", "which will sign")."""
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass") and c.i < clause.i]
    first = auxiliaries[0] if auxiliaries else clause
    if first.tag_ == "VBP" or first.lower_ == "were":
        return "plural"
    if first.tag_ == "VBZ" or first.lower_ == "was":
        return "singular"
    return None


def _renames_group_after(token: Token, item: Token) -> bool:
    """Is the item in a list renaming a counted group that is set off after the token (members.renamed_group),
    so no item of the token's own list?"""
    return item.i > token.i and renamed_group(item) is not None and renamed_group(token) is None


def _listed_apart(token: Token) -> list[Token]:
    """The further items of a list the parser did not join to `token` as conjuncts, each with its own
    conjuncts: "deals with China as well as India" hangs India on the last "as" as its object; "sold arms
    to Syria and to Iran", "condemned by X and by Y" repeat the preposition, and hang each later phrase on
    the first preposition. Only the same preposition: "in X and with Y" may say another relation."""
    found = [
        added
        for cc in token.children
        if cc.dep_ == "cc" and cc.lower_ == "as" and any(w.lower_ == "well" for w in cc.children)
        for added in cc.children
        if added.dep_ in ("pobj", "dobj") and added.pos_ in NOUN_POS
    ]
    if token.dep_ == "pobj":
        prep = token.head
        found += [
            pobj
            for other in prep.conjuncts
            if other.i > prep.i and other.lower_ == prep.lower_ and other.pos_ == "ADP"
            for pobj in other.children
            if pobj.dep_ == "pobj"
        ]
    return [item for head in found for item in (head, *head.conjuncts) if item.i > token.i]


def _prenominal_name(child: Token, noun: Token) -> bool:
    """ "a United States military airstrike": the parser hangs a name of several words that opens the
    phrase on its head as a nominal modifier (nmod), where a one-word name ("a US airstrike") is a
    compound; before the head it is the same modifier. Not a one-word nmod: "a Falcon 9 rocket" names
    the rocket's model, no user of it."""
    if child.dep_ != "nmod" or child.pos_ != "PROPN" or child.i > noun.i:
        return False
    return any(c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN" and c.i < child.i for c in child.children)


def _aired_on(token: Token) -> bool:
    """ "said on CNN television": the service the words went out on is their medium, no party to them."""
    return token.dep_ == "pobj" and token.head.lower_ in MEDIUM_PREPS


def heads_one_of_several_parties(token: Token, party: Token) -> bool:
    """ "X, heading one of three U.S. soybean producer delegations", "led one of the Japanese trade
    missions": who heads one of several delegations (words.tsv delegation_nouns, in the plural) of a
    state's people leads that party, not the state; the state is no object of heading."""
    verb = token.head
    return (
        token.dep_ == "dobj"
        and verb.lemma_.lower() in HEADING_VERBS
        and party.tag_ == "NNS"
        and party.lemma_.lower() in DELEGATION_NOUNS
    )


def _partitive_head(token: Token) -> bool:
    """Is the token the head of "one/another/some of the Ns"?"""
    counted = token.pos_ == "NUM" and token.dep_ != "nummod"
    lemma = token.lemma_.lower()
    if not (counted or lemma == "another" or lemma in PARTITIVE_WORDS):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)


def _adjective_as_noun(token: Token) -> bool:
    """ "was named by the secretary-general, Jane Doe": the tagger takes the last part of a hyphened
    title ("-general") for an adjective, but as the object of a preposition or an argument of a verb
    it heads the noun phrase, and the name in apposition to it is whom it stands for."""
    return token.pos_ == "ADJ" and token.dep_ in ("pobj", *CORE_ARGUMENT_DEPS)


def _stands_for_infinitive(token: Token) -> bool:
    """Is the token an empty "it" before "be" and a predicate whose real subject is a "to"-infinitive
    ("it is necessary to bring troops", "it would be wrong to punish X")? The infinitive hangs on "be" or
    on the predicate, as the parser has it."""
    be = token.head
    if token.lower_ != "it" or token.dep_ != "nsubj" or be.lemma_ != "be":
        return False
    told = [c for c in be.children if c.dep_ in ("acomp", "attr") and c.i > token.i]
    if not any(c.lemma_.lower() in EXTRAPOSING_PREDICATES for c in told):
        return False
    return any(to_infinitive(c) and c.i > token.i for t in (be, *told) for c in t.children)


def _group_listed_by_its_verb(token: Token) -> bool:
    """ "Other firms that have filed suits in India include A, B and C": a plural common noun, the subject
    of "include" and described by a relative clause, is a group whose members the verb names; they are
    what the clause says of it."""
    verb = token.head
    return (
        token.dep_ == "nsubj"
        and token.tag_ == "NNS"
        and verb.lemma_.lower() == "include"
        and verb.i > token.i
        and any(c.dep_ == "relcl" for c in token.children)
    )


def gives_examples(prep: Token) -> bool:
    """ "critics such as X", "such critics as X", "firms including Y": a phrase of examples. A bare "as"
    says what a thing is taken for ("accepted the families as refugees"), and names no member of it."""
    if prep.lower_ not in EXAMPLE_PREPS:
        return False
    if prep.lower_ != "as":
        return True
    before = prep.doc[prep.i - 1] if prep.i > 0 else prep
    return before.lower_ == "such" or any(c.lower_ == "such" for c in prep.head.children)


def _alternatives(prep: Token) -> bool:
    """Are the examples a phrase gives joined by "or" ("a body such as X or Y")? Then they are alternatives,
    not members: a single group is one of them, and the text does not say which."""
    return any(
        c.dep_ == "cc" and c.lower_ in ("or", "nor")
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for c in pobj.subtree
    )


def _reporting_group(pronoun: Token) -> Token | None:
    """The group a plural "they" that opens a reported clause stands for: the plural subject of the verb of
    speech the clause is the content of, when that subject names its members right after it ("Some
    states, including Japan, said they would help X"); None otherwise."""
    clause = pronoun.head
    reporter = clause.head
    if pronoun.lower_ != "they" or pronoun.dep_ != "nsubj" or clause.dep_ != "ccomp":
        return None
    if reporter.lemma_.lower() not in REPORTING_VERBS:
        return None
    for subject in reporter.children:
        if subject.dep_ == "nsubj" and subject.tag_ == "NNS" and _examples_set_off(subject):
            return subject
    return None


def _examples_set_off(group: Token) -> bool:
    """Does a phrase of examples follow the group noun at once, set off by a comma or opened by "such as"
    ("Arab states, including Egypt, …", "Gulf states such as Kuwait …")? There the parser cannot have hung
    it on the wrong noun: the named members are the group's, and act with it."""
    doc = group.doc
    opener = group.i + 1
    for word in (",", "such"):
        if opener < len(doc) and doc[opener].lower_ == word:
            opener += 1
    if not _names_a_group(group):
        return False
    return any(c.dep_ == "prep" and c.i == opener and gives_examples(c) for c in group.children)


def _relative_complements(group: Token) -> list[Token]:
    """The complements of a copula relative clause on a group noun that a phrase of examples set off by a
    comma follows ("members who are price hawks, including X": "hawks")."""
    found = []
    for clause in group.children:
        if clause.dep_ != "relcl" or clause.lemma_.lower() != "be":
            continue
        for complement in clause.children:
            if complement.dep_ not in ("attr", "acomp") or not _names_a_group(complement):
                continue
            if any(c.dep_ == "prep" and gives_examples(c) and _after_comma(c) for c in complement.children):
                found.append(complement)
    return found


def _after_comma(prep: Token) -> bool:
    """Is a phrase of examples set off by a comma (", including X", ", such as X")?"""
    start = prep.i - 1 if prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such" else prep.i
    return start > 0 and prep.doc[start - 1].text == ","


def _of_states(entity: Entity | None) -> bool:
    """Is the entity an organisation of member states (igos.tsv kind igo: the U.N., NATO, OPEC), which
    states send envoys to? Not an organ, agency or court of one, whose envoys are its own, nor an association
    of national societies ("Red Cross")."""
    igo = lookup_igo(entity.label) if entity is not None else None
    return has_member_states(igo) and igo is not None and igo.kind == "igo"


def _names_a_group(token: Token) -> bool:
    """Can the noun have members that examples name ("critics such as X", "countries like Y", "the
    alliance, including Z")? A plural, or a noun of people or groups; not a thing or an act ("the
    transition, such as X": the parser hung an example of some earlier group on the nearer noun)."""
    lemma = token.lemma_.lower()
    if lemma in QUANTITY_NOUNS:
        # "a number of diplomats, including X": the parser hangs the examples on the quantity; its "of"
        # phrase says what they are examples of
        return any(
            _names_a_group(obj)
            for prep in token.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for obj in prep.children
            if obj.dep_ == "pobj"
        )
    return token.tag_ in ("NNS", "NNPS") or lemma in PEOPLE_NOUNS | GROUP_NOUNS or is_role_word(lemma)


# CAMEO roots of the deeds a bare violent event noun may name again: assault, fight, mass violence.
DEED_ROOTS = frozenset({"18", "19", "20"})


def _described_deed(token: Token) -> bool:
    """Is a violent event noun with no owner the subject of what it is said to be ("the attack was a measured
    response to X", "the raid is a violation of …"), or, named as going on, of what a speaker says of it
    ("warned that continued attacks would justify firm action", "said the attacks must stop")?"""
    if token.lemma_.lower() not in VIOLENT_EVENT_NOUNS or token.dep_ != "nsubj":
        return False
    definite = any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in token.children)
    verb = token.head
    if definite and verb.lemma_ == "be" and any(c.dep_ in ("attr", "acomp") for c in verb.children):
        return True
    going_on = any(c.dep_ == "amod" and c.lower_ in CONTINUED_VIOLENCE_WORDS for c in token.children)
    spoken = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING_VERBS
    return spoken and (definite or going_on)


def _deed_reacted_to(token: Token) -> bool:
    """Is a definite violent event noun with no owner what a reaction is to ("Kuwait condemned the attack",
    "the raid was denounced by Iran")? Reacting to a deed is reacting to its doer, as with act nouns."""
    return token.lemma_.lower() in VIOLENT_EVENT_NOUNS and _reacted_to(token)


def _reacted_to(token: Token) -> bool:
    """Is a definite noun the object of a reaction ("criticised the decision", "the call was seconded by X",
    "called the move a disgrace")?"""
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in token.children):
        return False
    verb = token.head
    if verb.pos_ != "VERB" or token.dep_ not in ("dobj", "nsubjpass"):
        return False
    if verb.lemma_.lower() in ACT_REACTION_VERBS:
        return True
    # "called the move a smash and grab": what the act is called judges its doer
    return (
        token.dep_ == "dobj"
        and verb.lemma_.lower() == "call"
        and any(c.dep_ in ("oprd", "xcomp", "ccomp") and c.i > token.i for c in verb.children)
    )


def _reacted_object(pronoun: Token) -> Token | None:
    """ "The Senate rejected the treaty, saying it would hurt trade", "condemned Russia, saying it had
    broken the truce": "it" in what the reaction says is the thing or state reacted to, the reason given
    for the stance, not the speaker that the nearest-subject reading picks."""
    content = pronoun.head
    said = content.head
    if pronoun.lower_ != "it" or pronoun.dep_ not in ("nsubj", "nsubjpass") or content.dep_ != "ccomp":
        return None
    if said.dep_ != "advcl" or said.tag_ != "VBG" or said.lemma_.lower() not in REPORTING_VERBS:
        return None
    reaction = said.head
    if reaction.lemma_.lower() not in ACT_REACTION_VERBS:
        return None
    objects = [c for c in reaction.children if c.dep_ == "dobj" and c.tag_ in ("NN", "NNP")]
    return objects[0] if len(objects) == 1 and objects[0].ent_type_ != "PERSON" else None


def _claim_said_before(verb: Token, noun: Token) -> bool:
    """ "X said the ministry had lied to Parliament. Y dismissed the claims": a claim, an allegation or a
    charge (words.tsv allegation_nouns) reacted to is what a verb of reporting with content of its own says
    in the sentence just before (a "said" further back may report anything)."""
    if noun.lower_ not in ALLEGATION_NOUNS or verb.lemma_.lower() not in REPORTING_VERBS:
        return False
    start = noun.sent.start
    return (
        start > 0
        and verb.sent.start == noun.doc[start - 1].sent.start
        and any(c.dep_ == "ccomp" for c in verb.children)
    )


def _reports(verb: Token, verbs: tuple[tuple[str, str], ...]) -> bool:
    """Does the verb report the act ("called for", "pulled out")?"""
    lemma = verb.lemma_.lower()
    particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "prep")}
    return any(lemma == v and (not particle or particle in particles) for v, particle in verbs)


def _proposing(verb: Token) -> bool:
    """Does the verb put a measure to others ("proposed", "put forward", "tabled")?"""
    lemma = verb.lemma_.lower()
    particles = [c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")]
    return lemma in PROPOSING_VERBS or any(f"{lemma} {p}" in PROPOSING_VERBS for p in particles)


def _proposing_participle(participle: Token, noun: Token) -> bool:
    """Does a participle after the noun say who put it forward: one of proposing ("the compromise proposed
    by X", "the plan drawn up by Y"), or a light verb after a noun of proposal ("a proposal made by Z")?"""
    if participle.dep_ != "acl" or participle.tag_ != "VBN" or participle.head != noun:
        return False
    light = participle.lemma_.lower() in LIGHT_VERBS and noun.lemma_.lower() in PROPOSAL_NOUNS
    return light or _proposing(participle)


def proposed_words(noun: Token) -> str | None:
    """ "backed a new compromise budget proposed by Belgium": the words of a thing put forward whose maker a
    participle's by-agent names (lemma, with the nouns compounded before it: "compromise budget"), which a
    stance on it keeps in the predicate ("back compromise budget of" Belgium: the thing backed is the
    proposal, its maker only owns it); None when no such participle names a maker."""
    if noun.pos_ != "NOUN" or not any(
        _proposing_participle(c, noun) and any(a.dep_ == "agent" for a in c.children) for c in noun.children
    ):
        return None
    kinds = [c.lower_ for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < noun.i]
    return " ".join([*kinds, noun.lemma_.lower()])


def _owners(noun: Token) -> list[Token]:
    """Whose the noun is: its possessor ("Ford's filing") or its "by" object ("a report by Amnesty")."""
    return [
        owner
        for c in noun.children
        for owner in (
            [c]
            if c.dep_ == "poss"
            else [g for g in c.children if g.dep_ == "pobj"]
            if c.dep_ == "prep" and c.lower_ == "by"
            else []
        )
    ]


def _counted_members(noun: Token) -> bool:
    """ "a Labour MP", "two Assembly members": one or a number of a body's people, counted, who act as
    themselves; the bare plural ("Labour MPs") may stand for the body. A headline drops the article: its
    singular "Labour MP praises X" is still one MP ("the Labour MP" is one the text names, read above)."""
    if noun.lemma_.lower() not in MEMBER_NOUNS and noun.lower_ not in MEMBER_NOUNS:
        return False
    singular = noun.tag_ in ("NN", "NNP") and not noun.lower_.endswith("s")  # (the tagger's NNP "MPs")
    if singular and not any(c.dep_ in ("det", "poss") for c in noun.children):
        return True
    return any(
        c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in ("a", "an", "another")) for c in noun.children
    )


def _party_word(child: Token, entity: Entity | None) -> bool:
    """Is the modifier a party's word before the noun ("Democratic leaders"), not its name as owner?"""
    return child.dep_ in ("amod", "compound") and _party(entity)


def _party(entity: Entity | None) -> bool:
    """Is the entity a political party of the organisation table ("the Conservative Party") or one by a
    party's word ("Socialist", "Labor")?"""
    if entity is None:
        return False
    found = lookup_organisation(entity.label)
    return (
        found is not None and found.kind == "party"
    ) or entity.label.lower() in PARTY_GOVERNMENT_ADJECTIVES


def _gathered_parties(gathering: Token) -> list[Token]:
    """The nouns a gathering names as its parties: after its "of" or "with", and after "with" on one of
    them ("the meeting of Peru's ministers with Chile", the parser hanging "with" on the ministers)."""
    parties = [
        obj
        for prep in gathering.children
        if prep.dep_ == "prep" and prep.lower_ in ("of", "with")
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
    return parties + [
        other
        for party in parties
        for prep in party.children
        if prep.dep_ == "prep" and prep.lower_ == "with"
        for other in prep.children
        if other.dep_ == "pobj"
    ]


def _head_named(child: Token, noun: Token) -> bool:
    """Is the child the name of the one a singular government noun is named after ("Reagan" of "the
    Reagan administration", "Obama's government"), not a pronoun ("her government")?"""
    return child.dep_ in ("compound", "poss") and child.pos_ == "PROPN" and noun.tag_ in ("NN", "NNP")


def _holder_of_a_group(noun: Token) -> bool:
    """Does the noun with its own modifiers name one of a group of a state's that is no part of its
    government, forces or courts (sectors.tsv: "union leader" LAB, "opposition leader" OPP, "church
    leader" REL, "banker" BUS)? "Leader", "leaders" alone are the state's (GOV)."""
    sector = phrase_sector(noun)
    return sector is not None and sector not in STATE_SECTORS


def _state_office_of(noun: Token, owner: Token) -> bool:
    """Does the singular noun name a state's office with the state's word (`owner`) and its own words only
    ("Peru's president", "the Chilean foreign minister")? Not a body's ("the Argentine central bank
    president"), nor one a further word says more of ("Peru's new envoy to X"), nor a past holder."""
    if noun.tag_ not in ("NN", "NNP") or noun.dep_ in ("attr", "oprd", "appos", "compound", "poss"):
        return False
    if body_named_before_title(noun) or _past_holder(noun):
        return False
    owners = {owner.i, *(c.i for c in owner.conjuncts)}
    words: list[str] = []
    for child in noun.children:
        if child.i in owners or child.dep_ in ("punct", "case") or (child.dep_ == "det" and child.i < noun.i):
            continue
        if child.dep_ in ("amod", "compound") and child.i < noun.i and child.is_alpha and not child.ent_type_:
            words.append(child.lower_)
            continue
        return False
    title = " ".join([*words, noun.lemma_.lower()])
    return state_title(title) and not local_title(title) and _executive(noun)


def _place_of_a_thing(word: Token) -> bool:
    """Is the word a place a thing said near a bare office is in ("a statement on the elections in Peru"):
    the object of a preposition of place (deed_venue_preps) on a common noun? Such a state is where the
    thing happens, no owner of the office (_bare_state_office)."""
    prep = word.head
    return (
        word.dep_ == "pobj"
        and prep.lower_ in DEED_VENUE_PREPS
        and prep.head.pos_ == "NOUN"
        and not prep.head.ent_type_
    )


def _has_office(state: str, title: str) -> bool:
    """Has the state an office of this title (words.tsv office_lacking_states: the United States has no
    prime minister, Japan no president)?"""
    return state not in OFFICE_LACKING_STATES.get(title, ())


def _executive(noun: Token) -> bool:
    """Is the title an office of the state's government (sectors.tsv: GOV, or no sector listed: "the
    chancellor"), not of its legislature, courts or forces ("the senator", "the general")?"""
    return sector_of_noun(noun) in (None, "GOV")


def _bare_title(noun: Token) -> str | None:
    """The title a singular noun names with "the" and its own words only ("the foreign minister" ->
    "foreign minister", "the President"), or None when any other word says whose or which ("the
    company's president", "the president of the bank", "the new envoy") or the noun describes a name."""
    if noun.tag_ not in ("NN", "NNP") or noun.dep_ in ("attr", "oprd", "appos", "compound", "poss"):
        return None
    if not is_role_word(noun.lemma_.lower()):
        return None
    words: list[str] = []
    for child in noun.children:
        if child.dep_ == "det" and child.lower_ == "the" and child.i < noun.i:
            continue
        if child.dep_ in ("amod", "compound") and child.i < noun.i and child.is_alpha and not child.ent_type_:
            words.append(child.lower_)
            continue
        if child.dep_ == "punct":
            continue
        return None
    dets = [c for c in noun.children if c.dep_ == "det"]
    if len(dets) != 1:
        return None
    return " ".join([*words, noun.lemma_.lower()])


def filed_from(document: Token) -> Token | None:
    """The place's name a report (words.tsv report_source_nouns) comes "from" ("overnight reports from Tokyo
    said", "according to a report from Lisbon"), or None. News filed from a place is the press's word, no
    word of the state the place is in (nor of the city): an unnamed source (quotes.unnamed_source), as
    "Tokyo sources" are; "a report from the central bank" names its author."""
    lemma = document.lemma_.lower()
    if not lemma_in(lemma, REPORT_SOURCE_NOUNS):
        return None
    return next(
        (
            pobj
            for prep in document.children
            if prep.dep_ == "prep" and prep.lower_ == "from"
            for pobj in prep.children
            if pobj.dep_ == "pobj" and pobj.ent_type_ in PLACE_LABELS
        ),
        None,
    )


def _press_compound(noun: Token) -> bool:
    """Does a word of the press ("press", "newspaper", "media": sectors.tsv MED) compound the noun ("a Dutch
    press report")? A state's word before them places the press, no act or word of the state."""
    return any(c.dep_ == "compound" and sector_of(c.lower_) == "MED" for c in noun.children)


def _unofficial_voice(noun: Token) -> bool:
    """Is the noun an unofficial voice (words.tsv state_source_nouns: sources, insiders) that speaks
    here, as a reporting verb's subject or after "according to", with no state's body named before it
    ("embassy sources", "government sources" speak for the body)?"""
    if noun.lemma_.lower() not in STATE_SOURCE_NOUNS or not _voicing(noun):
        return False
    return not any(
        c.dep_ == "compound" and c.lemma_.lower() in STATE_BODY_COMPOUND_NOUNS for c in noun.children
    )


def _sole_kind(noun: Token) -> bool:
    """Does no other noun before the noun say what kind it is ("Tokyo sources", not "Tokyo market sources"
    nor "U.S. industry sources")?"""
    return not any(
        c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN" and c.i < noun.i for c in noun.children
    )


def _past_holder(noun: Token) -> bool:
    """Does the title noun name one who no longer holds the office ("a former minister", "the late envoy")?"""
    lemma = noun.lemma_.lower()
    return is_role_word(lemma) and is_former(qualify(lemma, time_qualifier(list(noun.lefts))))


def _makers(noun: Token) -> list[Token]:
    """Who made the act a noun names with a light verb: "Japan lodged a protest", "Peru made a proposal"."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in LIGHT_VERBS:
        return []
    return _doers(verb)


def _doers(verb: Token) -> list[Token]:
    """Who does the verb's act: its subject, a passive's by-agent, or a coordinated verb's subject."""
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if agents:
        return agents
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if not subjects and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return _doers(verb.head)
    return subjects


def _of_a_person(adjective: Token, noun: Token) -> bool:
    """ "helped a Saudi girl escape": the parser may hang a state's adjective on the noun after the person
    noun it describes; the adjective says where that person is from, and the thing is no state's."""
    if adjective.dep_ != "amod":
        return False
    return any(
        c.dep_ == "compound" and adjective.i < c.i < noun.i and c.lemma_.lower() in PEOPLE_NOUNS | KIN_NOUNS
        for c in noun.children
    )


def market_quantity(noun: Token, modifier: Token) -> bool:
    """Does the modifier before the noun measure a market ("a Canadian demand for oil", "Japanese demand
    for beef", "U.S. supply", words.tsv market_quantity_nouns), no act of the one it names? Not a possessor
    ("Iran's demand for reparations" is its appeal), nor a noun that asks for an act or a deed ("the Chinese
    demand for an apology", "the U.S. demand that Iran withdraw", "a Palestinian demand to be heard") or
    gives to someone ("U.S. supplies to the rebels")."""
    if modifier.dep_ not in ("amod", "compound", "nmod") or modifier.i > noun.i:
        return False
    if noun.lower_ not in MARKET_QUANTITY_NOUNS or noun.pos_ != "NOUN":
        return False
    return not _asks_for_a_deed(noun)


def _asks_for_a_deed(noun: Token) -> bool:
    """Does the noun ask for an act or a deed ("the demand that Iran withdraw", "a demand to be heard", "a
    demand for an apology", "for the release of X") or give to someone ("U.S. supplies to the rebels")?"""
    for child in noun.children:
        if child.dep_ in ("ccomp", "acl", "relcl") and child.pos_ in VERB_POS and child.i > noun.i:
            return True  # "the demand that Iran withdraw", "a demand to be heard"
        if child.dep_ != "prep":
            continue
        if child.lower_ == "to":
            return True  # "U.S. supplies to the rebels": given to someone
        for pobj in child.children:
            asked = pobj.lemma_.lower()
            if pobj.dep_ == "pobj" and (asked in ACT_NOUNS or event_root(asked, noun=True)):
                return True  # "a demand for an apology", "for the release of X": an act is asked for
    return False


def market_demand(noun: Token) -> bool:
    """Is the noun a market's demand, no one's appeal: a market quantity (market_quantity_nouns) for goods
    ("demand from the U.S. and Japan for Taiwanese steel", "for U.S. goods", "for oil", "for dollars":
    goods_nouns, traded_goods_nouns, market_words, currency words) or qualified as one ("falling demand",
    "weak demand", "consumer demand": market_demand_modifiers)? No event, whoever it is from. A demand for an
    act or a deed stays an appeal ("demands from Washington for the release of the hostages", "Iraq's demand
    for reparations", "a U.S. demand for talks")."""
    if noun.lower_ not in MARKET_QUANTITY_NOUNS or noun.pos_ != "NOUN" or _asks_for_a_deed(noun):
        return False
    modifiers = (c for c in noun.children if c.dep_ in ("amod", "compound", "nmod"))
    if any(c.lower_ in MARKET_DEMAND_MODIFIERS for c in modifiers):
        return True
    return any(
        pobj.dep_ == "pobj" and _goods_word(pobj)
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "for"
        for pobj in prep.children
    )


def _goods_word(word: Token) -> bool:
    """Does the word name goods, a commodity, a security or a currency ("steel", "goods", "dollars")?"""
    if goods_noun(word) is not None:
        return True
    return bool(noun_classes(word.lower_, word.lemma_.lower()) & {"@market", "@currency"})


def goods_noun(noun: Token) -> str | None:
    """The word a state's goods keep in a predicate: "goods" of "U.S. goods" (goods_nouns, as written),
    "wheat" of "Canadian wheat" (traded_goods_nouns, by lemma); None for any other noun."""
    if noun.lower_ in GOODS_NOUNS:
        return noun.lower_
    lemma = noun.lemma_.lower()
    return lemma if lemma in TRADED_GOODS_NOUNS else None


def _unit_placed_by_state(noun: Token, child: Token) -> bool:
    """Is the modifier a state's adjective on a firm's unit that has an owner ("the Canadian courier unit of
    Gelco", "its British arm", words.tsv unit_nouns)? The state is where the unit is, never a party to a
    deal on it; the owner named by "of" or the possessive is ("acquire unit of" Gelco). A unit with no owner
    ("a Canadian unit was deployed") keeps its state."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in UNIT_NOUNS or not _state_adjective(child):
        return False
    of = any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
    return of or any(c.dep_ == "poss" for c in noun.children)


def _voted_on(noun: Token) -> bool:
    """Is the noun what a vote or debate is held on ("the vote on the government's laws", "a debate on
    Canada's budget"; words.tsv ballot_nouns, or the verb "vote on")? Its owner is no side of the vote."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "on" or noun.pos_ != "NOUN":
        return False
    return prep.head.lemma_.lower() in BALLOT_NOUNS


def _holding_placed(child: Token, noun: Token) -> bool:
    """Is the modifier a state's name compounded before a firm's holdings (words.tsv placed_holding_nouns)
    that "the" or an "of" phrase makes someone's holdings in the state ("the US assets", "the Canada
    business of Acme")? A demonym or a possessive still owns them ("Iranian assets", "Iran's assets")."""
    if noun.lemma_.lower() not in PLACED_HOLDING_NOUNS or child.dep_ != "compound" or child.i > noun.i:
        return False
    if child.pos_ != "PROPN" or _state_adjective(child):
        return False
    if any(c.dep_ == "poss" for c in noun.children):
        return False
    owned = any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
    return owned or any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _war_place(child: Token, noun: Token) -> bool:
    """Is the modifier a state's name compounded before a war's noun (words.tsv placed_war_nouns: "the Iraq
    war", "the Kosovo conflict") that says where the war is fought? Not a demonym ("the Soviet war"), nor
    a name before a noun with its own place or side ("the US war in X", "the US war against Y")."""
    if noun.lemma_.lower() not in PLACED_WAR_NOUNS or child.dep_ != "compound" or child.i > noun.i:
        return False
    if child.pos_ != "PROPN" or _state_adjective(child):
        return False
    return not any(c.dep_ == "prep" and c.lower_ in ("in", "against", "on", "with") for c in noun.children)


def _state_adjective(child: Token) -> bool:
    """Is the modifier a state's adjective before its noun: an amod ("an Iranian tanker"), or a demonym the
    tagger took for a proper noun and hung on the noun as a compound ("a Kuwaiti tanker", "Kuwaiti oil
    installations"), which owns the thing as the adjective does (a state's name as a compound, "the Iran
    deal", "U.S. goods", is read by its noun: goods, states_own_nouns). Not a people's plural ("denying
    Samoans citizenship": the people's, no state's thing)."""
    if child.dep_ == "amod":
        return True
    if child.head.dep_ == "amod" and child in _owners_by_participle(child.head.head):
        return True  # "a Kuwaiti-owned tanker"
    if child.dep_ != "compound" or child.pos_ != "PROPN" or child.i > child.head.i:
        return False
    plural = child.text.endswith("s") and is_demonym(child.text[:-1])
    return is_demonym(child.text) and not plural


def _owners_by_participle(noun: Token) -> list[Token]:
    """The words before a hyphened participle of ownership or registry on the noun ("Kuwaiti" of "a
    Kuwaiti-owned tanker", "Liberian" of "a Liberian-registered ship"), which say whose the thing is."""
    return [
        word
        for participle in noun.children
        if participle.dep_ == "amod"
        and participle.i < noun.i
        and participle.lemma_.lower() in OWNING_PARTICIPLES
        for word in participle.children
        if word.dep_ in ("npadvmod", "compound", "amod") and word.i < participle.i
    ]


def _region_adjective(child: Token) -> bool:
    """A continent's or world region's adjective used as such ("European" in "European leaders"), not the
    first word of a name ("European Union", "Asian Development Bank"); also with its own modifiers
    ("Latin American")."""
    if child.dep_ != "amod" or child.pos_ != "ADJ":
        return False
    words = [c.lower_ for c in child.lefts if c.dep_ in ("amod", "compound")] + [child.lower_]
    return child.lower_ in REGION_ADJECTIVES or " ".join(words) in REGION_ADJECTIVES


def _restricts(token: Token) -> bool:
    """Does the argument name a measure that restricts: a document a verb of restriction describes ("a
    decree banning face veils", "an order that bars X"), or what a verb acts on when its own participle
    says what the act outlaws ("signed the act, outlawing X")? Signing or issuing it coerces
    (cameo.tsv: @restricts)."""
    if token.lemma_.lower() not in RESTRICTION_MEASURES:
        return False
    described = [c for c in token.children if c.dep_ in ("acl", "relcl")]
    if token.dep_ == "dobj":
        described += [c for c in token.head.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
    return any(c.lemma_.lower() in RESTRICTION_VERBS for c in described)


def _struck_by_force(noun: Token) -> bool:
    """ "shelled half of Peru's ports", "seized the Bolivian railway", "an attack on Peru's pipeline": a thing
    of a state's that a use of force (CAMEO roots 15, 17-20) acts on, by its verb or its event noun, stands
    for the state struck."""
    head = noun
    while head.dep_ in ("pobj", "prep", "conj") and head.head.i != head.i and head.pos_ not in VERB_POS:
        head = head.head
    if head.pos_ in NOUN_POS and event_root(head.lemma_.lower(), noun=True) in FORCE_ROOTS:
        return True
    if head.pos_ not in VERB_POS:
        head = head.head if head.dep_ in ("dobj", "nsubjpass") else head
    return head.pos_ in VERB_POS and event_root(head.lemma_.lower()) in FORCE_ROOTS


REJECTION_ROOT = "12"


def rebuffed_claim(noun: Token) -> bool:
    """Is the noun a claim (rebuffed_claim_nouns: "claims", "suggestions", "charges") that a verb of
    rejection (CAMEO 12 in the sense its particle gives: "rejected", "brushed off") or of denial
    (denial_verbs: "denied") takes as its direct object? Its maker is whom the verb rebuffs ("rejected
    claims by X", "brushed off Labour suggestions")."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or noun.lemma_.lower() not in REBUFFED_CLAIM_NOUNS:
        return False
    lemma = verb.lemma_.lower()
    if lemma in DENIAL_VERBS:
        return True
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return REJECTION_ROOT in {event_root(lemma, particle_or_prep=p) for p in (None, *particles)}


def _measure_reacted_to(noun: Token) -> bool:
    """Is the noun what a verb of reprisal, protest or response (words.tsv measure_reaction_verbs) acts on:
    its direct object ("protested the tariffs") or the object of the preposition it takes ("retaliated
    against the sanctions", "responded to the curbs")?"""
    while noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
        noun = noun.head
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.head.pos_ == "VERB":
        return f"{verb.head.lemma_.lower()} {verb.lower_}" in MEASURE_REACTION_VERBS or any(
            f"{verb.head.lemma_.lower()} {p.lower_} {verb.lower_}" in MEASURE_REACTION_VERBS
            for p in verb.head.children
            if p.dep_ in ("prt", "advmod")
        )
    return noun.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in MEASURE_REACTION_VERBS


def _capital_measure(place: Entity | None, lemma: str) -> bool:
    """Is the noun a measure of a state's ("the Washington sanctions") after the name of its capital?"""
    capital = place is not None and place.type == "GPE" and _state_of_capital(place) is not None
    return capital and lemma in AIMED_MEASURE_NOUNS | CENSURED_MEASURE_NOUNS


def _imposing(participle: Token) -> bool:
    """Does the participle after a measure say who imposed it ("the sanctions imposed by X")?"""
    return participle.lemma_.lower() in MEASURE_IMPOSING_VERBS


def _owning_state_name(child: Token) -> bool:
    """Is the name before a measure a state's abbreviation ("U.S.", "UK") or its capital ("Washington"),
    which own the measure as the state's adjective does ("the U.S. sanctions" are imposed by the United
    States), rather than its full name, which may be the measure's target ("the Iran sanctions")?"""
    name = " ".join(t.text for t in child.subtree if t.pos_ == "PROPN" and t.i <= child.i)
    letters = name.replace(".", "")
    if letters.isalpha() and letters.isupper() and 2 <= len(letters) <= 4:
        return True
    return lookup_capital(name) is not None


def _censured(noun: Token) -> bool:
    """Is the noun what a verb of criticism, blame or accusation (CAMEO root 11, in the sense the noun
    selects: "attacked the plan" is criticism) acts on: its direct object, or a passive's subject, or what
    a verb of blame lays the blame on ("blamed the fall on EC policies")?"""
    while noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
        noun = noun.head
    words = frozenset({noun.lower_, noun.lemma_.lower()})
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ == "on" and verb.head.pos_ == "VERB":
        sense = Sense(("on",), {"on": words})
        return event_code(verb.head.lemma_.lower(), sense=sense) == BLAME
    if noun.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB":
        return False
    return (event_code(verb.lemma_.lower(), sense=Sense(objects={"": words})) or "")[:2] == DISAPPROVE_ROOT


def _development_lender(name: str) -> bool:
    """Does the name hold a word of development and one of lending ("Islamic Development Bank", "OPEC Fund
    for International Development"): a development body's, not a firm's (words.tsv development_lender_*)?"""
    words = set(name.lower().split())
    return bool(words & DEVELOPMENT_LENDER_WORDS) and bool(words & DEVELOPMENT_LENDER_HEADS)


def _state_of_capital(place: Entity) -> str | None:
    """The state whose capital the place is, where the text places it in that state ("Beijing": CHN; not
    a namesake elsewhere), else None."""
    capital = lookup_capital(place.label)
    if capital is None or (place.country is not None and place.country != capital.iso3):
        return None
    return capital.iso3


def _personal_antecedent(clause: Token) -> Token | None:
    """ "said Tom Hale, economics adviser at Acme Bank, who described X as Y": a relative clause whose
    subject is a personal relative ("who", words.tsv personal_relatives) that the parser hangs on the name
    of a body or place in a phrase of a person ("adviser at Acme Bank", "Tom Hale of Acme Bank") is that
    person's: a body is "which", not "who". The person's name, or None."""
    noun = clause.head
    if clause.dep_ != "relcl" or not noun.ent_type_ or noun.ent_type_ == "PERSON":
        return None
    subjects = ("nsubj", "nsubjpass")
    relatives = [c for c in clause.children if c.dep_ in subjects and c.lower_ in PERSONAL_RELATIVES]
    if not relatives:
        return None
    named = _name_before_relative(relatives[0], noun)
    if named is not None:
        return named  # "Council of Advisers Chairman Carl Berg, who told X": the name heads the phrase
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head.head  # "adviser at Acme Bank" -> adviser
        if noun.ent_type_ == "PERSON":
            return noun  # "Tom Hale of Acme Bank"
        if noun.dep_ == "appos" and noun.head.ent_type_ == "PERSON":
            return noun.head  # "Tom Hale, adviser at Acme Bank"
    return None


def _name_before_relative(relative: Token, noun: Token) -> Token | None:
    """ "Council of Economic Advisers Chairman Carl Berg, who told X": the parser may read a body, a title
    and a name as "body of [title name]" and hang the relative clause on the body; a person's name just
    before "who" (and its comma), inside the phrase the clause hangs on, is whom "who" stands for. The
    name's head word, or None."""
    doc = relative.doc
    before = relative.i - 2 if relative.i >= 2 and doc[relative.i - 1].text == "," else relative.i - 1
    if before < 0 or doc[before].ent_type_ != "PERSON":
        return None
    name = doc[before]
    return name if noun in name.ancestors else None


def _as_subject(noun: Token) -> bool:
    """Is the noun (or the first of the conjuncts it is one of) an active clause's subject, the doer? (A
    passive's subject is what is done to: "the OPEC quota was rejected by Iraq".)"""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    return noun.dep_ == "nsubj"


def _named_of_firm_description(noun: Token) -> Token:
    """ "Kestrel, An Alberta Corp, which owns 57 pct of Y": the parser may hang a relative clause on an
    indefinite description of a firm in apposition to a name; a firm noun after "a"/"an" names no firm of
    its own, so the clause is about the firm the name before it names. Otherwise the noun itself."""
    named = noun.head
    if (
        firm_noun(noun)
        and noun.dep_ == "appos"
        and indefinite(noun)
        and named.i < noun.i
        and named.pos_ == "PROPN"
    ):
        return named
    return noun


def _counterpart_noun(noun: Token) -> bool:
    """Is the noun a counterpart's (words.tsv counterpart_nouns: "counterpart", "opposite number", the two
    words read together)?"""
    lemma = noun.lemma_.lower()
    if lemma in COUNTERPART_NOUNS:
        return True
    before = [c.lower_ for c in noun.children if c.dep_ in ("amod", "compound") and c.i == noun.i - 1]
    return bool(before) and f"{before[0]} {lemma}" in COUNTERPART_NOUNS
