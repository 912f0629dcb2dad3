"""Titles and descriptions in apposition to a name, after or before it.

"Angela Merkel, the Chancellor of Germany" -> (Angela Merkel, chancellor of, Germany);
"A member of the Kenyan Parliament, Jane Doe, said" -> (Jane Doe, member of, Kenyan Parliament)."""

from __future__ import annotations

from geokg.extract.entities.clusters import Cluster
from geokg.extract.entities.mentions import Mention, acronym_word, head_words, is_person_noun
from geokg.extract.entities.places import place_country
from geokg.extract.entities.roles.clauses import fronted_complement
from geokg.extract.entities.roles.context import RoleContext
from geokg.extract.entities.roles.nouns import qualified_title, role_of_noun
from geokg.extract.entities.roles.peoples import nationality, one_of_a_people_after
from geokg.extract.entities.titles import HONORIFICS, is_role_word
from geokg.extract.lexicon.entity_words import (
    KIN_NOUNS,
    LOCAL_INSTITUTION_NOUNS,
    MEMBERSHIP_NOUNS,
)
from geokg.extract.lexicon.syntax import NOUN_POS, former_name, preposition_of
from geokg.extract.lexicon.words import (
    ADDED_PARTY_PREPS,
    BRAND_NOUNS,
    PARTY_MEMBER_NOUNS,
    RELATIONAL_NOUNS,
    STAFF_PREPS,
    TRADE_ROLE_NOUNS,
)
from spacy.tokens import Token


def _titles_a_person(noun: Token) -> bool:
    """A title, "member" ("X, a member of parliament") that says where a person sits, or kin ("X, the son
    of Y") that says whose relative they are."""
    lemma = noun.lemma_.lower()
    return is_role_word(noun.lower_) or lemma in MEMBERSHIP_NOUNS or lemma in KIN_NOUNS


def _placed_party_member(ctx: RoleContext, holder: Cluster, noun: Token) -> None:
    """ "Rep. X, a Washington Democrat", "Y, an Ohio Republican": a party's member (words.tsv
    party_member_nouns) said with a place of a state is a politician of that place, so of its state."""
    if noun.lemma_.lower() not in PARTY_MEMBER_NOUNS:
        return
    for child in noun.children:
        place = ctx.clusters.cluster_at(child.i) if child.dep_ in ("compound", "amod", "nmod") else None
        if child.i > noun.i or place is None or place is holder or place.type not in ("GPE", "LOC"):
            continue
        # a state of a federation ("Washington", "Ohio") is a place the gazetteer puts in its country
        country = place.country or place_country(place.label).country
        if country:
            ctx.origin(holder, ctx.clusters.country_cluster(country))
            return


def _possessed_relation(noun: Token) -> bool:
    """ "his elected successor", "Trump's lawyer": a noun of a relation between people, with its owner
    written as a possessive, says whose the named person is (alone, "a critic" names no one)."""
    return noun.lemma_.lower() in RELATIONAL_NOUNS and any(c.dep_ == "poss" for c in noun.children)


def _code(noun: Token) -> bool:
    """ "Acme (Nasdaq: ACME)", "X (NYSE "XY")": a word in capitals that is no title is a ticker or an
    acronym in apposition, which names the holder and describes nothing (not "X, CEO of Y")."""
    return len(noun.text) > 1 and noun.text.isupper() and not is_role_word(noun.lower_)


def _bracketed_acronym(ctx: RoleContext, appos: Token) -> bool:
    """ "the Pacific Fisheries Council (PFC)", "a digital audio tape (DAT) recorder": a word in capitals set
    in brackets right after the words it hangs on abbreviates them; the phrase is the acronym's own long
    form, not a title or a description of it ("arrears to the Pacific Fisheries Council (PFC)" are no
    arrears the council holds)."""
    doc = ctx.doc
    if (
        appos.dep_ != "appos"
        or appos.head.i > appos.i
        or not acronym_word(appos)
        or is_role_word(appos.lower_)
    ):
        return False
    return 0 < appos.i < len(doc) - 1 and doc[appos.i - 1].text == "(" and doc[appos.i + 1].text == ")"


def _listed_as_apposition(ctx: RoleContext, name: Token) -> bool:
    """ "ministers were present: X (Finance), Y (Health), Z": the parser may hang each name of a list on
    the one before as an apposition; a person's name is never another person's description."""
    if name.dep_ != "appos" or not ctx.named(name.head):
        return False
    one, other = ctx.clusters.cluster_at(name.i), ctx.clusters.cluster_at(name.head.i)
    return one is not None and other is not None and one is not other and one.type == other.type == "PERSON"


def _person_named(ctx: RoleContext, token: Token) -> bool:
    cluster = ctx.clusters.cluster_at(token.i)
    return cluster is not None and cluster.type == "PERSON"


def _own_conjuncts(ctx: RoleContext, holder: Cluster, noun: Token) -> list[Token]:
    """ "Chile's envoy, X, and the head of Peru's ministry, Y": a list may pair each name with the title
    written before it, and the parser coordinate all of them; a coordinated noun is said of the same
    person only if no person's name stands between the two in the list, and none other than the holder
    is set in apposition to it ("Chile's envoy, X, and Peru's trade minister Y": Y's title, not X's)."""
    names = [c.i for c in noun.conjuncts if _person_named(ctx, c)]
    return [
        conj
        for conj in noun.conjuncts
        if not any(min(conj.i, noun.i) < k < max(conj.i, noun.i) for k in names)
        and not _named_for_another(ctx, holder, conj)
    ]


def _named_for_another(ctx: RoleContext, holder: Cluster, title: Token) -> bool:
    """Does a person other than the holder stand in apposition to the title?"""
    for appos in title.children:
        person = ctx.clusters.cluster_at(appos.i) if appos.dep_ == "appos" else None
        if person is not None and person is not holder and person.type == "PERSON":
            return True
    return False


def _comma_conjunct(ctx: RoleContext, head: Token) -> Token | None:
    """ "Chile's envoy, Ambassador X, and ...": the parser may hang a name that follows a title and a
    comma as the title's conjunct; with no "and" or "or" between the two it is the title's apposition."""
    title = head.head
    if head.dep_ != "conj" or ctx.named(title) or not is_role_word(title.lower_) or title.i > head.i:
        return None
    between = ctx.doc[title.i + 1 : head.left_edge.i]
    return title if len(between) and all(t.text == "," for t in between) else None


def _named_before_in_apposition(ctx: RoleContext, holder: Cluster, title: Token, name: Token) -> bool:
    """ "Chile's trade minister Ms X and Peruvian farm minister Y": the parser may hang both names on the
    first title as its appositions; a singular title is the person's whose name it is set against first,
    not a second person's named after that one."""
    if title.tag_ in ("NNS", "NNPS") or not is_role_word(title.lower_):
        return False
    for other in title.children:
        if other.dep_ != "appos" or not title.i < other.i < name.i:
            continue
        person = ctx.clusters.cluster_at(other.i)
        if person is not None and person is not holder and person.type == "PERSON":
            return True
    return False


def _title_of_next_name(ctx: RoleContext, appos: Token) -> bool:
    """ "President R, (former National Security Adviser) Adm Y, ...": a title an editor set in brackets right
    before a person's name (after a rank or an honorific, if any) is that name's, however the parser hangs
    it on the name before (not "X (a former aide) said": no name after the bracket)."""
    doc = ctx.doc
    opening, close = appos.left_edge.i - 1, appos.right_edge.i + 1
    if opening < 0 or close + 1 >= len(doc) or doc[opening].text != "(" or doc[close].text != ")":
        return False
    k, last = close + 1, min(len(doc) - 1, close + 3)
    while k < last and doc[k].lower_.rstrip(".") in HONORIFICS and not ctx.named(doc[k]):
        k += 1
    return _person_named(ctx, doc[k])


def _title_of_its_own_name(ctx: RoleContext, holder: Cluster, appos: Token) -> bool:
    """ "meetings between A, the then head of the CIA B, and C": a description set off by commas whose "of"
    object is a body's name run on into a person's name ends in that person's title (B heads the body, read
    as a title before B's name), not in the body the name before it is said of; "X, the son of Y" (no
    body's name before Y) is X's."""
    for prep in appos.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for pobj in prep.children:
            person = ctx.mention_of(pobj.i, ending=True)
            named = ctx.clusters.cluster_at(pobj.i) if person is not None else None
            if named is None or named is holder or named.type != "PERSON":
                continue
            body = ctx.clusters.cluster_at(person.start - 1) if person.start > 0 else None
            if body is not None and body.type in ("ORG", "GPE") and body is not named:
                return True
    return False


def _brands_of_the_holder(ctx: RoleContext, holder: Cluster, noun: Token) -> bool:
    """ "Acme, the distiller behind the Alvo and Corvo brands": a brand noun in the plural, or one the parser
    coordinated onto the firm's description, is no description of the firm; the names it holds are the
    firm's brands ("Corvo brand of Acme"). True when the noun is such a one (not "Corvo, a Kestrel brand",
    where the name is the brand)."""
    if noun.lemma_.lower() not in BRAND_NOUNS or (noun.tag_ not in ("NNS", "NNPS") and noun.dep_ != "conj"):
        return False
    for child in noun.children:
        brand = ctx.clusters.cluster_at(child.i) if child.dep_ in ("compound", "nmod") else None
        if brand is not None and brand is not holder and brand.type == "ORG" and child.i < noun.i:
            ctx.add(brand, noun.lemma_.lower(), "of", holder, child.i)
    return True


def apposition(ctx: RoleContext, mention: Mention) -> None:
    holder = ctx.clusters.cluster_at(mention.start)
    head = ctx.doc[mention.start : mention.end].root
    if holder is not None and one_of_a_people_after(ctx, holder, head, mention.start):
        return
    if holder is None or holder.type not in ("PERSON", "ORG"):
        return
    if holder.type == "ORG" and former_name(head):
        return  # "the rules of the Zenith Exchange, formerly the Acme Exchange": its old name, no role
    candidates = [
        c
        for c in head.children
        if c.dep_ == "appos"
        and not _subject_after_source(ctx, head, c)
        and not _title_of_next_name(ctx, c)
        and not _title_of_its_own_name(ctx, holder, c)
    ]
    last: Token | None = None  # the last of coordinated relatives the name follows
    first = head
    while (first.dep_ == "conj" and ctx.named(first.head)) or _listed_as_apposition(ctx, first):
        first = first.head
    plural_title = first.head.tag_ in ("NNS", "NNPS") and is_role_word(first.head.lower_)
    if first is not head and first.dep_ in ("appos", "conj") and plural_title:
        # "Two Democratic Representatives, X and Y": a plural title is each coordinated name's
        candidates.append(first.head)
    if (
        head.dep_ == "appos"
        and not _subject_after_source(ctx, head.head, head)
        and not _bracketed_acronym(ctx, head)
    ):
        # ("In addition to Acme Bank, Beta Bank sent …": the parser's apposition is the clause's subject)
        named = head.head
        between = [c for c in named.conjuncts if named.i < c.i < head.i]
        relative = named.lemma_.lower() in RELATIONAL_NOUNS or named.lemma_.lower() in KIN_NOUNS
        # "her mother and sister, X": the name after coordinated relatives is the last one's (not
        # "the president and CEO, Y": both titles are Y's)
        last = between[-1] if between and relative else None
        people = [c.i for c in between if _person_named(ctx, c)]
        if people:
            # "envoy A, X, and the director of B, Y": Y's is the title after the last name before it
            own = [c for c in between if c.i > people[-1] and not ctx.named(c)]
            last = own[-1] if own else None
        if last is None and _named_before_in_apposition(ctx, holder, named, head):
            people.append(named.i)  # the title is the earlier name's, not this one's
        if last is not None or not people:
            candidates.append(last or named)
        if ctx.named(named) and named.dep_ == "pobj" and named.head.dep_ == "prep":
            # "the prosecutor general of Tehran, Ali Mehr": the name belongs to the title, not the city.
            candidates.append(named.head.head)
    comma_title = _comma_conjunct(ctx, head)
    if comma_title is not None:
        candidates.append(comma_title)  # its other conjuncts are the list's other items, not said of X
    # "X, the group's member and son of Y": each coordinated noun is said of X
    candidates += [
        conj
        for noun in candidates
        if not ctx.named(noun) and (head.dep_ != "appos" or noun is not last) and noun is not comma_title
        for conj in _own_conjuncts(ctx, holder, noun)
    ]
    # "X, a union leader and co-founder of Y": the parser may hang the coordinated title on the first
    # as an apposition (not "the former minister, mayor of Z": a list whose qualifier is not said)
    candidates += [
        appos
        for noun in candidates
        if not ctx.named(noun) and is_role_word(noun.lower_)
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
        if holder.type == "PERSON":
            _placed_party_member(ctx, holder, noun)  # "Rep. X, a Washington Democrat,"
        if ctx.named(noun) or noun.pos_ not in NOUN_POS or _code(noun):
            continue
        if holder.type == "PERSON" and fronted_complement(noun):
            continue  # "how good a prime minister, X, will make": an office to come, judged, none held
        titled = _titles_a_person(noun) or _possessed_relation(noun)
        if holder.type == "PERSON" and not titled:
            nationality(ctx, holder, noun)  # "X, a Turkish national"
        if holder.type == "PERSON":
            _serving_in(ctx, holder, noun, titled)
            titled = titled or _works_for_a_body(ctx, holder, noun)
        if holder.type != "PERSON" and _brands_of_the_holder(ctx, holder, noun):
            continue
        # a firm's role of trade for another ("its agent, Larka Trading") is a body's, though "agent" titles
        # people too
        trade = holder.type != "PERSON" and noun.lemma_.lower() in TRADE_ROLE_NOUNS
        if not trade and (holder.type == "PERSON") != (titled or qualified_title(ctx, noun)):
            continue  # titles belong to people; organisations take descriptions ("the airline")
        role_of_noun(ctx, holder, noun, mention.start)


def office_before(ctx: RoleContext, mention: Mention) -> None:
    """ "A member of the Kenyan Parliament, Jane Doe said": a title phrase, a comma, then the name."""
    holder = ctx.clusters.cluster_at(mention.start)
    if holder is None or holder.type != "PERSON" or mention.start < 2:
        return
    comma = ctx.doc[mention.start - 1]
    if comma.text != ",":
        return
    noun = title = ctx.doc[mention.start - 2]
    while noun.dep_ == "pobj" or (noun.dep_ not in ("nsubj", "appos") and noun.head.i < noun.i):
        if noun.head.i == noun.i or (noun.dep_ == "conj" and _person_named(ctx, noun.head)):
            break  # "envoy A, X, and the director of B, Y": the title after X is Y's, not X's
        noun = noun.head
    root = ctx.doc[mention.start : mention.end].root
    closing = mention.end < len(ctx.doc) and ctx.doc[mention.end].text == ","
    if closing and title.pos_ == "NOUN" and is_role_word(title.lower_) and not ctx.named(title):
        # "According to the town's first selectman, X, ...": a title, then the name between commas, is
        # an apposition however the parser hangs the name
        if not (root.dep_ == "appos" and root.head.i == title.i):  # the apposition reader has it
            role_of_noun(ctx, holder, title, mention.start)
        return
    if noun.i >= mention.start or not _titles_a_person(noun) or ctx.named(noun):
        return
    # The phrase and the name hang on one verb, or one on the other (parsers differ).
    if noun.i in (root.head.i, root.head.head.i) or noun.head.i in (root.i, root.head.i):
        role_of_noun(ctx, holder, noun, mention.start)


def _works_for_a_body(ctx: RoleContext, holder: Cluster, noun: Token) -> bool:
    """ "X, senior technology consultant for Acme", "Y, a guitarist at Z Records", "V, an analyst with Acme",
    "W, an Acme engineer": a noun of what a person does, said with the organisation they do it for, is a
    role in it, as a title is. Not "of" ("a critic of X", "a fan of Y" work for no one), nor with a place
    or a person named too ("a Texas consultant": where they work)."""
    if not is_person_noun(noun.lemma_.lower()):
        return False
    owners = [c for c in noun.children if c.dep_ in ("poss", "compound") and ctx.named(c)]
    owners += [
        pobj
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ in {"for", "at"} | STAFF_PREPS
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]
    bodies = [ctx.clusters.cluster_at(owner.i) for owner in owners]
    return bool(bodies) and all(
        body is not None and body is not holder and body.type == "ORG" and not ctx.place(body)
        for body in bodies
    )


def _serving_in(ctx: RoleContext, holder: Cluster, noun: Token, titled: bool) -> None:
    """ "X, a soldier in the British Army", "Y, an officer with the Coast Guard", "W, an analyst at a
    firm", "Z, a striker for Ghana's team": the organisation a person serves in says whose state's the
    person is (a title's "for" is the title's owner, which role_of_noun reads). Not a place: "a soldier in
    Iraq" serves there."""
    if not (titled or is_person_noun(noun.lemma_.lower())):
        return
    preps = ("in", "with", "at") if titled else ("in", "with", "for", "at")
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        for pobj in prep.children:
            body = ctx.clusters.cluster_at(pobj.i)
            if pobj.dep_ == "pobj" and body is not None and body is not holder and body.type == "ORG":
                if prep.lower_ == "at" and head_words(body.label) & LOCAL_INSTITUTION_NOUNS:
                    continue  # "a professor at Oxford University": a university hires from anywhere
                ctx.origin(holder, body)
                return


def _subject_after_source(ctx: RoleContext, source: Token, appos: Token) -> bool:
    """ "According to the BBC, a spokesman for X expressed …": the parser may hang the clause's subject
    on the source as an apposition; a finite verb right after the phrase shows it is the subject (not
    "according to Y, his spokeswoman, Z died", whose apposition a comma closes)."""
    if source.dep_ != "pobj":
        return False
    prep = source.head
    # "In addition to Acme Bank, Beta Bank sent …": so after a fronted party added as doing the same
    if (prep.lower_, prep.head.lower_) != ("to", "according") and preposition_of(source)[
        1
    ] not in ADDED_PARTY_PREPS:
        return False
    after = appos.right_edge.i + 1
    return after < len(ctx.doc) and ctx.doc[after].tag_ in ("VBD", "VBZ", "VBP", "MD")
