"""Descriptions before a name that are no title: what the person is for an organisation, or where they
are from.

"Abu Dhabi TV photojournalist X" -> (X, photojournalist of, Abu Dhabi TV); "Iranian chess arbiter Y",
"a Texas businessman Z", "Norway's W" (a headline) -> one of that state's or place's people (an origin);
"Germany's Federal Aviation Office" -> part of Germany; "Japan's Fuji Bank" -> a firm of Japan, no part."""

from __future__ import annotations

from geokg.extract.entities.actors import STATE_SECTORS, creditors_body, related_party, sector_of_word
from geokg.extract.entities.clusters import Cluster, is_firm
from geokg.extract.entities.countries import is_demonym, lookup_country, people_of_state
from geokg.extract.entities.igos import lookup_igo
from geokg.extract.entities.mentions import Mention, is_person_noun, names_a_firm
from geokg.extract.entities.organisations import (
    COMPANY_KIND,
    body_sector,
    lookup_organisation,
    names_a_state_or_organ,
)
from geokg.extract.entities.retyping import firm_unit_noun
from geokg.extract.entities.roles.context import RoleContext
from geokg.extract.entities.roles.lists import coordinated, coordinated_origin
from geokg.extract.entities.titles import is_role_word, is_title_modifier, sports_role, verb_occupation
from geokg.extract.lexicon.entity_words import (
    BANK_NAME_WORDS,
    BODY_HEADS,
    CRAFT_NOUNS,
    FACILITY_NOUNS,
    FIRM_SECTOR_WORDS,
    NATIONALITY_NOUNS,
    REGIONAL_BODY_NOUNS,
    STATE_ORGAN_FIRM_WORDS,
    STATE_ORGAN_WORDS,
)
from geokg.extract.lexicon.syntax import NOUN_MODIFIER_DEPS, NOUN_POS
from geokg.extract.lexicon.words import PARTY_GOVERNMENT_ADJECTIVES, REPORTING_VERBS
from spacy.tokens import Token

# the words of a person's description before their name that may still follow a place ("Finnish
# open-source video game developer X")
MAX_DESCRIPTION_WORDS = 8


def described_before(ctx: RoleContext, holder: Cluster, mention: Mention, j: int, sent_start: int) -> None:
    """No title before the name: a description says what the person is for an organisation ("Abu Dhabi
    TV photojournalist X") or where they are from ("Iranian chess arbiter Y"), or a possessive says
    whose part an organisation is ("Germany's Federal Aviation Office")."""
    doc = ctx.doc
    if holder.type == "PERSON":
        described = described_by_organisation(ctx, j, sent_start)
        if described is not None:
            role, owner = described
            ctx.add(holder, role, "of", owner, mention.start)
            coordinated(ctx, mention, role, owner)
            return
        place = _demonym_before(ctx, mention, j) or _described_by_place(ctx, j, sent_start)
        if place is not None:
            ctx.origin(holder, place)
            if mention.start and doc[mention.start - 1].tag_ in ("NNS", "NNPS"):
                coordinated_origin(ctx, mention, place)  # "British tourists X and Y": both are British
            return
        _possessed_by_organisation(ctx, holder, mention, j, sent_start)
    if (
        holder.type == "ORG"
        and j >= sent_start
        and doc[j].tag_ == "PRP$"
        and (unit := _unit_named_before(ctx, mention))
    ):
        ctx.pronoun_owned(holder, unit, j, mention.start)  # "Acme said its Zenith Ltd unit ...": Acme's unit
    if holder.type == "ORG" and j >= sent_start and doc[j].tag_ == "POS":
        # "Germany's Federal Aviation Office", "the army's Western Command": a part of a state or body.
        whole = ctx.entity_ending_at(j - 1)
        unit = _unit_named_before(ctx, mention)
        if whole and unit and whole.type == "ORG" and whole is not holder:
            ctx.add(holder, unit, "of", whole, mention.start)  # "Acme's Zenith Ltd unit": a unit of Acme
        elif whole and whole.type == "GPE" and (is_firm(holder) or _commercial_firm(holder)):
            ctx.origin(holder, whole)  # "Sweden's Sandvik AB", "Japan's Fuji Bank": the state's firm, no part
        elif whole and whole.type == "GPE" and holder.sector and holder.sector not in STATE_SECTORS:
            ctx.origin(holder, whole)  # "Japan's banks", "Peru's farmers": the state's people, not its organs
        elif whole and whole.type == "GPE" and _political_party(holder):
            # "Canada's Progressive Conservative government", "Chile's Socialist Party": the state's party,
            # which stands in it but is no organ of it
            ctx.origin(holder, whole)
        elif whole and whole.type == "GPE" and not _organ_named(holder):
            # "Finland's Kestrel Television", "Norway's Tuxa": a name no table knows as a state's body and
            # with no organ's word is the state's firm or body, not a part of the state
            ctx.origin(holder, whole)
        elif whole and (whole.country or whole.actor) and not _other_party(ctx, holder, mention):
            ctx.add(holder, "part", "of", whole, mention.start)


def _unit_named_before(ctx: RoleContext, mention: Mention) -> str | None:
    """ "Acme Plc's Zenith Ltd unit", "Acme's Zenith subsidiary": a body's name written as the compound of a
    firm's unit noun (words.tsv unit_nouns) names that unit; the noun ("unit") when so."""
    root = ctx.doc[mention.start : mention.end].root
    noun = root.head
    if root.dep_ != "compound" or noun.i != mention.end or not firm_unit_noun(noun):
        return None
    if not ctx.doc[mention.start].text[:1].isupper():
        return None  # "the bank's treasury division": a unit's kind, no name
    return noun.lemma_.lower()


# Kinds of the organisation table that are no organs of a state (a state's company, outlet, club, school).
_NO_ORGAN_KINDS = frozenset({COMPANY_KIND, "media", "club", "league", "journal", "university", "product"})


def _organ_named(holder: Cluster) -> bool:
    """Is the organisation a state's organ by its name: one the tables know as a state's body ("Mossad",
    "Bundesbank"), a state body's pattern, or a name with an organ's word (a state sector's noun in
    sectors.tsv, body_heads, regional_body_nouns, state_organ_firm_words, state_organ_words): "Norway's
    Mapping Office", "Chile's National Space Institute", "Peru's Navy"."""
    for m in holder.mentions:
        known = lookup_organisation(m.text)
        if known is not None:
            if known.kind not in _NO_ORGAN_KINDS:
                return True
            continue
        if body_sector(m.text) is not None:
            return True
        for word in m.text.replace("-", " ").split():
            folded = word.lower().strip(".,")
            if (
                folded in BODY_HEADS
                or folded in REGIONAL_BODY_NOUNS
                or folded in STATE_ORGAN_FIRM_WORDS
                or folded in STATE_ORGAN_WORDS
                or sector_of_word(folded) in STATE_SECTORS
            ):
                return True
    return False


def _political_party(holder: Cluster) -> bool:
    """A party by its name ("the Green Party"), by the organisation table ("Progressive Conservative") or by
    a party's word alone ("Conservative", "Socialist": words.tsv party_government_adjectives)."""
    from geokg.extract.entities.affiliations.context import is_party_name  # affiliations import roles

    if is_party_name(holder.label) or holder.label.lower() in PARTY_GOVERNMENT_ADJECTIVES:
        return True
    known = (lookup_organisation(m.text) for m in holder.mentions)
    return any(org is not None and org.kind == "party" for org in known)


def _commercial_firm(holder: Cluster) -> bool:
    """A firm by what the tables know of it ("Renault", "Fuji Bank": organisations.tsv's companies), or by a
    name of the firm's own word and words of its trade ("Kestrel Bank", "Kestrel Securities") that no table
    knows as another body and whose first word is no state's name nor a state organ's ("Reserve Bank",
    "People's Bank", "Export-Import Bank": state_organ_firm_words)."""
    known = [org for m in holder.mentions if (org := lookup_organisation(m.text)) is not None]
    if known:
        return all(org.kind == COMPANY_KIND for org in known)
    for m in holder.mentions:
        words = m.text.split()
        first = words[0] if words else ""
        if (
            names_a_firm(words)
            and first.istitle()
            and first.lower() not in STATE_ORGAN_FIRM_WORDS | FIRM_SECTOR_WORDS
            and lookup_country(first) is None
            and body_sector(m.text) is None
            and lookup_igo(m.text) is None
        ):
            return True
        if _bank_name(m.text):
            return True
    return False


def _bank_name(text: str) -> bool:
    """ "Creditanstalt-Bankverein", "Banco Kestrel", "Kestrel Sparkasse": a name of two or more words or
    hyphen parts, one of them a bank's word (bank_name_words), the first no trade's word, none a state's
    name or adjective nor a state organ's word ("Banque de France", "Bank of Japan", "Banco Central":
    state_organ_firm_words), that no table knows as another body: a commercial bank."""
    parts = [p for p in text.replace("-", " ").split() if p]
    if len(parts) < 2 or not parts[0][:1].isupper() or parts[0].lower() in FIRM_SECTOR_WORDS:
        return False  # "Development Bank", "Investment Bank": a trade's words only, which states' banks take
    return (
        any(p.lower() in BANK_NAME_WORDS for p in parts)
        and not names_a_state_or_organ(parts)
        and body_sector(text) is None
        and lookup_igo(text) is None
    )


def _other_party(ctx: RoleContext, holder: Cluster, mention: Mention) -> bool:
    """An international body is no state's part ("Britain's EC partners" are the body's other member
    states); nor are others named by how they stand to the owner ("Brazil's creditor banks", "Mexico's
    lenders": related_parties.tsv), nor the lenders' committee ("Peru's Bank Advisory Committee")."""
    root = ctx.doc[mention.start : mention.end].root
    return lookup_igo(holder.label) is not None or related_party(root) is not None or creditors_body(root)


def _demonym_before(ctx: RoleContext, mention: Mention, j: int) -> Cluster | None:
    """ "Italian Marco Rossi", "replaced her with Latvian Y": a state's adjective right before a name, with no
    title between, says the person's nationality. Not one joined by a hyphen ("pro-American X": a stance).
    So does one of the people of a state's part, in the singular ("Texan X", "New Yorker Y": countries.tsv
    people_of_states), whatever the tagger called the word: the person is of that part's state."""
    if j != mention.start - 1 or j < 0 or ctx.joining_hyphen(j - 1, ctx.sentence_start[mention.start]):
        return None
    if ctx.doc[mention.start : mention.end].root.dep_ == "compound":
        return None  # "the Chinese Precinct Chamber": the word the tagger called a name is part of a body's
    word = ctx.mention_of(j, ending=True)
    part_of = people_of_state(word.text) if word is not None and ctx.doc[j].tag_ == "NNP" else None
    if part_of is not None and not (word.start > 0 and ctx.named(ctx.doc[word.start - 1])):
        return ctx.clusters.country_cluster(part_of.iso3)
    state = ctx.clusters.cluster_at(j) if word is not None else None
    if word is None or state is None or state.country is None or not is_demonym(word.text):
        return None
    if word.start > 0 and ctx.named(ctx.doc[word.start - 1]):
        return None  # "Kosovo Albanian X", "Greek Cypriot Y": a people of another state's land
    return state


def _possessed_by_organisation(
    ctx: RoleContext, holder: Cluster, mention: Mention, j: int, sent_start: int
) -> None:
    """ "The Daily Post's X reports", "Blur's Y sang", "met Acme's Z": an organisation's possessive right
    before a name makes the person one of its members, or what the verb says they are ("reports": its
    reporter). A person's possessive ("Trump's Pence") states no such tie, nor one before a name that
    modifies a noun ("NASA's James Webb telescope": a thing named after someone)."""
    if j != mention.start - 1 or j <= sent_start or ctx.doc[j].tag_ != "POS":
        return
    owner = ctx.entity_ending_at(j - 1)
    if owner is None or owner.type != "ORG" or ctx.place(owner) or owner is holder:
        return
    root = ctx.doc[mention.start : mention.end].root
    if root.dep_ in NOUN_MODIFIER_DEPS or root.head.pos_ in NOUN_POS:
        return
    if mention.text.split()[-1].lower() in CRAFT_NOUNS | FACILITY_NOUNS.keys():
        return  # "NASA's James Webb Telescope" tagged as a person whole
    verb = root.head
    speaks = root.dep_ == "nsubj" and verb.lemma_.lower() in REPORTING_VERBS
    ctx.add(holder, (speaks and verb_occupation(verb.lemma_)) or "member", "of", owner, mention.start)


def _description_before(ctx: RoleContext, j: int, sent_start: int) -> tuple[list[Token], Cluster | None]:
    """The common nouns that end at `j` before a name ("photojournalist", "chess arbiter", "national"),
    and the entity named just before them, if any."""
    doc = ctx.doc
    words: list[Token] = []
    while j >= sent_start and len(words) < 3 and doc[j].is_alpha and doc[j].is_lower:
        # "Knicks guard X": the tagger may read a player's position as a verb
        position = not words and sports_role(doc[j].text) is not None
        # "Acme managing board chairman X": the tagger may read a title's gerund as a verb
        gerund = bool(words) and doc[j].tag_ == "VBG" and is_title_modifier(doc[j].lower_)
        if (doc[j].pos_ not in ("NOUN", "ADJ") and not (position or gerund)) or ctx.named(doc[j]):
            break
        words.insert(0, doc[j])
        j -= 1
    # "Turkish national X": the parser may take "national" for an adjective
    noun = bool(words) and (
        words[-1].pos_ == "NOUN"
        or words[-1].lower_ in NATIONALITY_NOUNS
        or sports_role(words[-1].text) is not None
    )
    if not noun or j < sent_start:
        return [], None
    return words, ctx.entity_ending_at(j)


def described_by_organisation(ctx: RoleContext, j: int, sent_start: int) -> tuple[str, Cluster] | None:
    """ "Abu Dhabi TV photojournalist X", "Chinese University political scientist Y": the common nouns
    before a name say what the person is for the organisation named just before them."""
    words, organisation = _description_before(ctx, j, sent_start)
    if organisation is None or organisation.type != "ORG" or organisation.country:
        return None
    return sports_role(words[-1].text) or " ".join(w.lower_ for w in words), organisation


def _described_by_place(ctx: RoleContext, j: int, sent_start: int) -> Cluster | None:
    """The state or place a person is of when the words before the name say so and no title does:
    "Iranian chess arbiter X", "Turkish national Y", "a Texas businessman Z" (where they are from or
    work), and "Norway's X" in a headline (a state's possessive before a bare name)."""
    doc = ctx.doc
    if j > sent_start and doc[j].tag_ == "POS":
        # "Norway's X", and a place's: "Detroit's Ben Wallace", "Texas's Y" (a player or politician of it)
        owner = ctx.entity_ending_at(j - 1)
        return owner if owner is not None and (owner.country or ctx.place(owner)) else None
    _, place = _description_before(ctx, j, sent_start)
    if place is None:
        place = _place_before_listed_description(ctx, j, sent_start)
    return place if place is not None and ctx.place(place) else None


def _place_before_listed_description(ctx: RoleContext, j: int, sent_start: int) -> Cluster | None:
    """The entity named before a longer description of a person that ends at `j`: a list of what they
    are ("United States radio personality, television host, and philanthropist X"), hyphenated words
    ("Finnish open-source video game developer Y"), or a person noun the tagger took for an adjective
    ("British mathematician Z"). Only a description of a person says where they are from: the last
    word of every earlier item of a list is a person noun or a title ("the Iranian government, and
    photographer X" says nothing of X)."""
    doc = ctx.doc

    def describing(token: Token) -> bool:
        return (
            token.is_alpha
            and token.is_lower
            and token.pos_ in ("NOUN", "ADJ", "PROPN")
            and not ctx.named(token)
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
        elif ctx.joining_hyphen(k, sent_start) and describing(doc[k - 1]):
            k -= 1  # "open-source": the hyphen joins two words of one modifier
        elif tok.text in (",", "and") and k > sent_start:
            # "personality, television host, and philanthropist": an item of the list ends before
            before = k - 2 if tok.text == "and" and doc[k - 1].text == "," else k - 1
            if before < sent_start or not of_a_person(doc[before]):
                break
            k = before
        else:
            break
    return ctx.entity_ending_at(k) if k >= sent_start and k < j else None
