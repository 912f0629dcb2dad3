"""Lists of names and of states, and the titles they share: "respectively", plural titles.

"his Greek, Cypriot and French counterparts, X, Y and Z, respectively" -> each the counterpart's office
in the state of the same rank; "NASA astronauts X and Y" -> each an astronaut of NASA."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from geokg.extract.entities.clusters import Cluster
from geokg.extract.entities.mentions import Mention
from geokg.extract.entities.roles.context import RoleContext, is_person, state_office
from geokg.extract.entities.titles import is_role_word, role_phrase
from geokg.extract.lexicon.syntax import written_number
from geokg.extract.lexicon.words import COUNTERPART_NOUNS
from spacy.tokens import Token


def listed(
    ctx: RoleContext, i: int, fits: Callable[[Cluster], bool], *, backward: bool = False
) -> list[Mention]:
    """The entities that `fits` named in a list that starts at token i ("X, Y and Z", "X, 2:05:46, and
    Y": a result in apposition after each name), or, `backward`, that ends there (last first); none
    unless a name starts (ends) there. Items are joined by commas or "and"."""
    doc = ctx.doc
    if backward:
        bound = ctx.sentence_start[i] if i < len(doc) else i
    else:
        bound = ctx.sentence_end[i] if i < len(doc) else i
    step = -1 if backward else 1

    def inside(k: int) -> bool:
        return k >= bound if backward else k < bound

    found: list[Mention] = []
    while inside(i):
        mention = ctx.mention_of(i, fits, ending=backward)
        if mention is None:
            break
        found.append(mention)
        i = mention.start - 1 if backward else mention.end
        aside = i + 2 * step
        if inside(aside) and doc[i].text == "," and written_number(doc[i + step]) and doc[aside].text == ",":
            i = aside  # "X, 2:05:46, and Y"
        joined = False
        while inside(i) and (doc[i].text == "," or doc[i].lower_ == "and"):
            i, joined = i + step, True
        if not joined:
            break
    return found


def _listed_states(ctx: RoleContext, i: int) -> list[Cluster]:
    """The states named in a list that starts at token i ("Greek, Cypriot and French", "Peru, Chile
    and Kenya"): names or demonyms."""
    mentions = listed(ctx, i, lambda entity: bool(entity.country))
    return [ctx.clusters.cluster_at(m.start) for m in mentions]  # type: ignore[misc]


def respective_offices(ctx: RoleContext, respectively: Token) -> None:
    """ "his Greek, Cypriot and French counterparts, X, Y and Z, respectively", "foreign ministers X, Y
    and Z of A, B and C respectively": each person holds the title in the state of the same rank in
    the other list. A title is a plural role noun; "counterparts" is the office of the person they
    are counterparts of ("Egyptian foreign minister W and his … counterparts")."""
    doc, sent = ctx.doc, respectively.sent
    for title in (t for t in sent if t.i < respectively.i and t.tag_ in ("NNS", "NNPS")):
        role = _plural_title(ctx, title)
        if role is None:
            continue
        people: list[Mention] = []
        states: list[Cluster] = []
        k = title.i - 1
        while k >= sent.start and ctx.named(doc[k]) is False and doc[k].dep_ in ("amod", "compound"):
            k -= 1  # "foreign" in "foreign ministers": the title's own words
        before = ctx.clusters.mention_at(k) if k >= sent.start else None
        after = title.i + 1 + (doc[title.i + 1].text == "," if title.i + 1 < sent.end else 0)
        if before is not None:
            # "Greek, Cypriot and French counterparts, X, Y and Z"
            start = k
            while start - 1 >= sent.start and (
                ctx.clusters.mention_at(start - 1) is not None or doc[start - 1].text in (",", "and")
            ):
                start -= 1
            states = _listed_states(ctx, start)
            people = listed(ctx, after, is_person)
        else:
            # "foreign ministers X, Y and Z of A, B and C"
            people = listed(ctx, after, is_person)
            of = people[-1].end if people else None
            if of is not None and of < sent.end and doc[of].lower_ == "of":
                states = _listed_states(ctx, of + 1)
        if len(people) < 2 or len(people) != len(states):
            continue
        for person, state in zip(people, states, strict=True):
            holder = ctx.clusters.cluster_at(person.start)
            if holder is not None and holder is not state:
                ctx.add(holder, role, "of", state, person.start)
        return


def paired_respectively(ctx: RoleContext, token: Token) -> bool:
    """Is the token the first of a list that "respectively" pairs with another ("X, Y and Z of A, B
    and C respectively")? Then only its first item goes with the name before it."""
    sent = token.sent
    in_a_list = any(c.dep_ == "conj" for c in token.children)
    return in_a_list and any(t.lower_ == "respectively" for t in ctx.doc[token.i : sent.end])


def _plural_title(ctx: RoleContext, noun: Token) -> str | None:
    """The office a plural title noun names ("foreign ministers" -> "foreign minister"); for
    "counterparts", the state office of the person they are counterparts of, else "counterpart"."""
    if noun.lemma_.lower() in COUNTERPART_NOUNS:
        other = noun.head if noun.dep_ == "conj" else None
        holder = ctx.clusters.cluster_at(other.i) if other is not None else None
        offices = [role for role, _, _ in ctx.found.titles.get(holder.key, ())] if holder else []
        return next((role for role in offices if state_office(role)), "counterpart")
    if not is_role_word(noun.lower_):
        return None
    words = [t for t in noun.lefts if t.dep_ in ("amod", "compound") and not ctx.named(t)]
    return role_phrase([*words, noun])


def coordinated(ctx: RoleContext, mention: Mention, role: str, owner: Cluster | None) -> None:
    """ "NASA astronauts Bob Behnken and Doug Hurley": a plural title before coordinated names is each
    one's."""
    for other, token in _listed_after(ctx, mention):
        ctx.add(other, role, "of", owner, token)


def _people_listed_from(ctx: RoleContext, mention: Mention) -> list[Mention]:
    """The people of a list "X, Y and Z" that starts at the mention, the first included; none unless the
    list ends with "and" ("X, Y said": no list, maybe an apposition)."""
    names = listed(ctx, mention.start, is_person)
    return names if len(names) >= 2 and ctx.doc[names[-1].start - 1].lower_ == "and" else []


def coordinated_origin(ctx: RoleContext, mention: Mention, place: Cluster) -> None:
    """ "British tourists X and Y", "U.S. soldiers X, Y and Z": where a plural description before
    coordinated names says the first is from, each one is from."""
    for name in _people_listed_from(ctx, mention)[1:]:
        other = ctx.clusters.cluster_at(name.start)
        if other is not None:
            ctx.origin(other, place)


def _listed_after(ctx: RoleContext, mention: Mention) -> Iterator[tuple[Cluster, int]]:
    """The people named in coordination after the mention, with a token of each: its conjuncts, and the
    names of a list "X, Y and Z" that the parser may hang as an apposition and a conjunct of it."""
    root = ctx.doc[mention.start : mention.end].root
    tokens = {conj.i for conj in root.conjuncts if conj.i > root.i}
    names = _people_listed_from(ctx, mention)
    if len(names) > 2:
        tokens |= {name.start for name in names[1:]}
    for token in sorted(tokens):
        other = ctx.clusters.cluster_at(token)
        if other is not None and other.type == "PERSON":
            yield other, token
