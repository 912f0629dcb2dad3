"""What a phrase after a name says of the person: "of", "from", "at", and a term of office.

"Yvette Cooper of the Labour Party" -> member of; "Senator X from Vermont" -> senator from Vermont;
"Professor Y at Ohio State University" -> professor at; "during X's presidency" -> president."""

from __future__ import annotations

from geokg.extract.entities.clusters import Cluster, is_firm
from geokg.extract.entities.mentions import Mention
from geokg.extract.entities.organisations import lookup_organisation
from geokg.extract.entities.roles.context import RoleContext, state_office
from geokg.extract.entities.roles.lists import paired_respectively
from geokg.extract.entities.titles import (
    OFFICE_TERMS,
    honorific_occupation,
    is_constituency_title,
    is_occupation,
    office_of,
    qualify,
    role_phrase,
)
from geokg.extract.lexicon.entity_words import MONARCH_TITLES
from geokg.extract.lexicon.syntax import NOMINAL_SUBJECT_DEPS, PLACE_LABELS
from geokg.extract.lexicon.words import SPEECH_VERBS
from spacy.tokens import Token


def member_of(ctx: RoleContext, mention: Mention) -> None:
    """ "Yvette Cooper of the Labour Party", "Ali Mehr of Iran": a person's organisation or country."""
    holder = ctx.clusters.cluster_at(mention.start)
    if holder is None or holder.type != "PERSON":
        return
    head = ctx.doc[mention.start : mention.end].root
    preps = list(head.children)
    if head.dep_ == "appos":
        # "its operator X from Korea": the parser may hang the phrase right after the name on the noun
        # the name is in apposition to; it is still said of the person
        preps += [c for c in head.head.children if c.i == mention.end and c.lower_ == "from"]
    misread = _state_after_name(ctx, mention, head)
    if misread is not None:
        # "Energy Minister X of Chile and Mining Minister Y of Bolivia": the parser ran the state into the
        # next item of the list; the state right after "of" is still the one said of the name
        title = _state_title_before(ctx, holder, mention) or _title_opening_name(ctx, mention)
        ctx.add(holder, title or "citizen", "of", misread, mention.start)
    for prep in preps:
        if prep.dep_ == "prep" and prep.lower_ == "at":
            _stated_at(ctx, holder, mention, prep)
        if prep.dep_ == "prep" and prep.lower_ == "from":
            # "Eliud Kipchoge from Kenya ran": a state or place after the name says where one is from
            places = [ctx.clusters.cluster_at(p.i) for p in prep.children if p.dep_ == "pobj"]
            place = next((p for p in places if p is not None and p is not holder), None)
            written = ctx.found.titles.get(holder.key, ())
            here = [r for r, token, _ in written if token == mention.start]
            title = next((r for r in here if is_constituency_title(r)), None)
            if place is not None and title:
                ctx.add(holder, title, "from", place, mention.start)  # "Senator X from Vermont"
            elif place is not None and ctx.place(place):
                ctx.origin(holder, place)
                for other in _listed_before(ctx, holder, head, prep):
                    ctx.origin(other, place)  # "A, B and C, from London": each of the list is from it
            elif place is not None and prep.i == mention.end and _body_named(ctx, place):
                # "Ann Roe from the Kenyan Wildlife Society said": where one comes from is a body one
                # belongs to, as "Ann Roe of the Society" says; right after the name only (", from Hawke's
                # Bay," set off is where one comes from, whatever the tagger called it)
                _member_of_body(ctx, holder, mention, place)
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for pobj in prep.children:
            target = ctx.clusters.cluster_at(pobj.i)
            if target is None or target.type == "PERSON" or paired_respectively(ctx, pobj):
                continue
            written = ctx.found.titles.get(holder.key, ())
            here = [r for r, token, _ in written if token == mention.start]
            # "Senator X of Ohio", "Bishop Y of Cebu" hold the title for the place or see
            title = next((r for r in here if is_constituency_title(r)), None)
            if target.country:
                # "Crown Prince X of Saudi Arabia" holds the realm's title, "President Y of Egypt" the
                # state's office (not a weaker "citizen of" beside it); "Z of Norway" is its citizen
                title = (
                    title or _state_title_before(ctx, holder, mention) or _title_opening_name(ctx, mention)
                )
                ctx.add(holder, title or "citizen", "of", target, mention.start)
            elif target.type in PLACE_LABELS:
                # "Professor Y of Ohio" is from the place
                if title:
                    ctx.add(holder, title, "of", target, mention.start)
                else:
                    ctx.origin(holder, target)
            elif title and target.type == "NORP" and not ctx.party(target):
                # a see or district the tagger took for a people: still the title's place, not a body
                ctx.add(holder, title, "of", target, mention.start)
            else:
                _member_of_body(ctx, holder, mention, target)


def _listed_before(ctx: RoleContext, holder: Cluster, head: Token, prep: Token) -> list[Cluster]:
    """The other people of a list of names that a place phrase set off by a comma closes ("X, Y and Z, from
    London": the parser hangs "from" on the first name): the names joined to the first by "and" or a comma
    (conjuncts, or appositions the parser made of them) after any other phrase of the first name, the last
    one ending right before the comma. None where the phrase follows the first name alone."""
    doc = ctx.doc
    if prep.i < 2 or doc[prep.i - 1].text != ",":
        return []
    last = ctx.clusters.cluster_at(prep.i - 2)
    if last is None or last is holder or last.type != "PERSON":
        return []
    # after the first name's own phrases before this one ("X, from Leeds, and Y and Z, from Bristol")
    start = max([head.i] + [c.right_edge.i for c in head.children if c.dep_ == "prep" and c.i < prep.i])
    found: list[Cluster] = []
    for token in doc[start + 1 : prep.i]:
        if token.dep_ not in ("conj", "appos"):
            continue
        up = token
        while up.i != head.i and up.dep_ in ("conj", "appos"):
            up = up.head
        other = ctx.clusters.cluster_at(token.i)
        if up.i != head.i or other is None or other.type != "PERSON":
            continue
        if other is not holder and other not in found:
            found.append(other)
    return found if last in found else []


def _state_after_name(ctx: RoleContext, mention: Mention, head: Token) -> Cluster | None:
    """The state named right after the name and its "of", where the parser hung the "of" on the name but
    the state elsewhere ("X of Chile and Mining Minister Y": "Chile" a modifier of the next title); None
    where the parse says so itself, or no state follows."""
    doc = ctx.doc
    of = mention.end
    if of + 1 >= len(doc) or doc[of].lower_ != "of" or doc[of].head != head:
        return None
    target = ctx.clusters.cluster_at(of + 1)
    mention_after = ctx.clusters.mention_at(of + 1)
    if mention_after is not None and mention_after.end < len(doc) and doc[mention_after.end].tag_ == "POS":
        return None  # "X of Chile's central bank": the state owns the body the name is of
    if mention_after is None or any(
        c.dep_ == "pobj" and c.i in range(of + 1, mention_after.end) for c in doc[of].children
    ):
        return None  # "X of Chile": the parse has it
    if target is None or target.type != "GPE" or not target.country:
        return None
    return target


def _body_named(ctx: RoleContext, target: Cluster) -> bool:
    """Is the entity a body (an organisation, no state, place or person), named in words enough to be one
    or known to the tables? A one-word name the tagger called a body ("from Hawke's [Bay]") may be a
    place's piece."""
    if target.country or target.type != "ORG" or ctx.place(target):
        return False
    return " " in target.label or lookup_organisation(target.label) is not None


def _member_of_body(ctx: RoleContext, holder: Cluster, mention: Mention, target: Cluster) -> None:
    """ "Sergeant X of the Y police", "Detective Z of the Y Police Department": the rank written before the
    name is held in the body; a party's member holds no office of the party; with no rank, a member."""
    written = ctx.found.titles.get(holder.key, ())
    if any(token == mention.start and owner == target.key for _, token, owner in written):
        return  # the title before the name is this body's already
    rank = None if ctx.party(target) else _unowned_title_before(ctx, holder, mention)
    if rank is not None and _title_of_another(ctx, mention):
        rank = None  # "the president of the banks' committee, X of Citibank": not Citibank's
    ctx.add(holder, rank or "member", "of", target, mention.start)


def _title_of_another(ctx: RoleContext, mention: Mention) -> bool:
    """Is the name in apposition to a title that has an "of" phrase of its own ("The president of the banks'
    steering committee, X of Acme Bank")? The title is held there, not in the body after the name."""
    root = ctx.doc[mention.start : mention.end].root
    title = root.head
    if root.dep_ != "appos" or title.i >= root.i:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in title.children)


def _unowned_title_before(ctx: RoleContext, holder: Cluster, mention: Mention) -> str | None:
    """The title written right before the name that no owner before it claims ("Sergeant X", "Police
    Chief Y"; not "Acme's chairman Z")."""
    written = ctx.found.titles.get(holder.key, ())
    return next((r for r, token, owner in written if token == mention.start and owner is None), None)


def _state_title_before(ctx: RoleContext, holder: Cluster, mention: Mention) -> str | None:
    """The title of a state's office written right before the name, that no owner before it claims
    ("Presidents X of Nigeria and Y of Benin", "AU chairperson President Z of Egypt"): held for the
    state named after the name. None for a company's or a party's title ("Chairman X of Norway")."""
    found = ctx.found.titles.get(holder.key, ())
    here = [r for r, token, owner in found if mention.start <= token < mention.end and owner is None]
    start = mention.start
    word = role_phrase([ctx.doc[start - 1].text]) if start > 0 else None
    if word and not any(office_of(r) == word for r in here):
        # "chairperson President Z": the word before the name is a title of its own
        here.append(qualify(word, ctx.qualifier_before(start - 2, ctx.sentence_start[start])))
    return next((r for r in here if state_office(r)), None)


def _title_opening_name(ctx: RoleContext, mention: Mention) -> str | None:
    """The title a name opens with where the tables know the holder by title and name ("King Letsie", an
    alias in offices.tsv, is one mention with its title): a monarch's or a state's office, held for the
    state named after the name ("King Letsie of Lesotho" is its king, not a citizen)."""
    if mention.end - mention.start < 2:
        return None
    role = role_phrase([ctx.doc[mention.start].text])
    if role is None or not (office_of(role) in MONARCH_TITLES or state_office(role)):
        return None
    return role


def _stated_at(ctx: RoleContext, holder: Cluster, mention: Mention, prep: Token) -> None:
    """ "Dr. X at Saint Mary's Hospital", "Professor Y at Ohio State University": the title or honorific
    written before the name is held at the organisation named after it."""
    written = ctx.found.titles.get(holder.key, ())
    # an occupation (not "President X at the White House": an office is not held at a venue)
    here = [r for r, token, owner in written if token == mention.start and not owner and is_occupation(r)]
    start = mention.start
    honorific = ctx.doc[start - 1] if start > 0 else None
    role = here[0] if here else honorific_occupation(honorific.text) if honorific is not None else None
    if not role and prep.i == mention.end and _reports(ctx, mention):
        # "said X at Acme Securities Ltd": who is quoted "at" a firm right after the name works there, as
        # "X of Acme Securities" does; a venue is no firm ("said X at the Kremlin" is a place)
        for pobj in prep.children:
            target = ctx.clusters.cluster_at(pobj.i) if pobj.dep_ == "pobj" else None
            if target is not None and target is not holder and _body_named(ctx, target) and is_firm(target):
                _member_of_body(ctx, holder, mention, target)
        return
    if not role:
        return
    for pobj in prep.children:
        target = ctx.clusters.cluster_at(pobj.i) if pobj.dep_ == "pobj" else None
        if target is not None and target.type == "ORG" and target is not holder:
            ctx.add(holder, role, "at", target, mention.start)


def _reports(ctx: RoleContext, mention: Mention) -> bool:
    """Is the name the subject of a verb of speech ("said X at Acme", "X at Acme said")?"""
    root = ctx.doc[mention.start : mention.end].root
    return root.dep_ in NOMINAL_SUBJECT_DEPS and root.head.lemma_.lower() in SPEECH_VERBS


def term_of(ctx: RoleContext, mention: Mention) -> None:
    """ "during X's presidency": the person held that office (whose, the state or the table says)."""
    holder = ctx.clusters.cluster_at(mention.start)
    if holder is None or holder.type != "PERSON":
        return
    root = ctx.doc[mention.start : mention.end].root
    term = root.head.lower_
    if root.dep_ == "poss" and root.head.i > root.i and term in OFFICE_TERMS:
        ctx.add(holder, OFFICE_TERMS[term], "of", None, mention.start)
