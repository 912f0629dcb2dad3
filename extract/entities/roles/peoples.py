"""Nationality and origin: where a person is from when the text says so without an office.

"X, a Turkish national", "Y is Australian", "Ethiopians A and B", "X's compatriot Y", "An Australian, Z,"
-> each person is one of that state's people (an origin, not a role)."""

from __future__ import annotations

from geokg.extract.entities.clusters import Cluster
from geokg.extract.entities.countries import is_demonym
from geokg.extract.entities.mentions import Mention, is_person_noun
from geokg.extract.entities.roles.context import RoleContext, is_person
from geokg.extract.entities.roles.lists import listed
from geokg.extract.io.turns import Label
from geokg.extract.lexicon.entity_words import (
    COMPATRIOT_NOUNS,
    NATIONALITY_NOUNS,
    PLACED_PERSON_NOUNS,
    SHARED_ORIGIN_WORDS,
)
from geokg.extract.lexicon.syntax import NOUN_POS, QUOTATION_MARKS, indefinite, named_one_of_a_people
from geokg.extract.lexicon.words import SPEECH_VERBS
from spacy.tokens import Token

# nouns a state or place before them makes the holder's origin ("a Turkish national", "the Leeds woman")
_PERSONAL_NOUNS = NATIONALITY_NOUNS | PLACED_PERSON_NOUNS

def nationality(ctx: RoleContext, holder: Cluster, noun: Token) -> None:
    """ "X, a Turkish national", "Y is a Saudi citizen", "Z, a Russian businessman": a noun of nationality
    or of a person's occupation said of the holder, with a state or place before it, says where the
    holder is from (no office: what the noun says is no fact of its own). So does a plain noun of a person
    ("X, the Leeds woman who ...", "Y is a Texas teacher": placed_person_nouns)."""
    personal = noun.lemma_.lower() in _PERSONAL_NOUNS or noun.lower_ in _PERSONAL_NOUNS
    if not personal and not (is_person_noun(noun.lower_) or is_person_noun(noun.lemma_.lower())):
        return
    for child in noun.children:
        if child.dep_ not in ("amod", "compound", "nmod") or child.i > noun.i:
            continue
        place = ctx.clusters.cluster_at(child.i)
        if place is not None and place is not holder and ctx.place(place):
            ctx.origin(holder, place)
            return


def _demonym_said(ctx: RoleContext, holder: Cluster, token: Token) -> None:
    """A bare demonym said of a person ("is Australian", "as a Kenyan, …"): one of that people. A
    nationality noun after it ("as a Kenyan citizen") says it as `nationality` reads it."""
    if token.pos_ in NOUN_POS and not ctx.named(token):
        nationality(ctx, holder, token)
        return
    people = ctx.clusters.cluster_at(token.i)
    if people is not None and people is not holder and people.country and is_demonym(token.text):
        ctx.origin(holder, people)


def one_of_a_people(ctx: RoleContext, mention: Mention) -> None:
    """ "An Australian, X, appeared in court": one of a people, named in apposition, is of its state;
    "a Republican, Y": one of a party is its member."""
    if mention.end - mention.start != 1:
        return
    group = ctx.clusters.cluster_at(mention.start)
    for child in named_one_of_a_people(ctx.doc[mention.start]):
        holder = ctx.clusters.cluster_at(child.i)
        if holder is None or holder.type != "PERSON" or group is None:
            continue
        if ctx.party(group):
            ctx.add(holder, "member", "of", group, mention.start)  # "a Republican, X": the party's
        elif ctx.place(group):
            ctx.origin(holder, group)


def one_of_a_people_after(ctx: RoleContext, group: Cluster, word: Token, start: int) -> bool:
    """ "X, a Republican", "Y, an Australian", "Z, a New Zealander": one of a party or a people in
    apposition after a name says what the named person is (a member, of that state); the group holds no
    title there. `start` is where the group's mention begins (a two-word demonym's first word)."""
    # the tagger labels a noun of a people unevenly ("a Briton" GPE, "a New Zealander" nothing): the
    # demonym tables say it is one as the NORP label does
    if word.dep_ != "appos" or not indefinite(word):
        return False
    if word.ent_type_ != "NORP" and not is_demonym(ctx.doc[start : word.i + 1].text):
        return False
    if any(c.dep_ != "det" and c.i < start for c in word.lefts):
        return False  # "X, an ethnic Palestinian from Jordan": a people one descends from, no state
    holder = ctx.clusters.cluster_at(word.head.i)
    if holder is None or holder.type != "PERSON" or holder is group:
        return True
    if ctx.party(group):
        ctx.add(holder, "member", "of", group, word.head.i)
    elif ctx.place(group):
        ctx.origin(holder, group)
    return True


def people_of_a_state(ctx: RoleContext, mention: Mention) -> None:
    """A people's plural before a list of names ("Ethiopians X and Y", "the Kenyans X, Y and Z"), or
    after one with "both"/"all" ("X and Y, both Kenyans"), and "from" a place after such a word ("X
    and Y, both from Ethiopia", "held by Z, also from Kenya"): each name is one of that people."""
    doc = ctx.doc
    people = ctx.clusters.cluster_at(mention.start)
    if people is None or not ctx.place(people):
        return
    demonym = is_demonym(mention.text)
    if demonym and mention.text.lower().endswith("s"):
        for named in listed(ctx, mention.end, is_person):
            ctx.origin(ctx.clusters.cluster_at(named.start), people)  # type: ignore[arg-type]
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
    for named in listed(ctx, i, is_person, backward=True):
        ctx.origin(ctx.clusters.cluster_at(named.start), people)  # type: ignore[arg-type]


def compatriot(ctx: RoleContext, mention: Mention) -> None:
    """ "X's countryman Y", "X's compatriot, Y", "X won. Compatriot Y came second.": Y is of X's state,
    whatever the text says X's is."""
    i = mention.start - 1
    if i >= 0 and ctx.doc[i].text == ",":
        i -= 1
    if ctx.doc[mention.start].lower_ in COMPATRIOT_NOUNS:
        i = mention.start  # the tagger took the noun into the name ("Compatriot Y")
    if i < 0 or ctx.doc[i].lower_ not in COMPATRIOT_NOUNS:
        return
    holder = ctx.clusters.cluster_at(mention.start)
    owners = [c for c in ctx.doc[i].children if c.dep_ == "poss"]
    if not owners and i == ctx.sentence_start[i] and i > 0:
        # "Compatriot Y finished second." opening a sentence: the one whom the sentence before is about
        before = ctx.doc[i - 1].sent.root
        owners = [c for c in before.children if c.dep_ in ("nsubj", "nsubjpass")]
    for owner in owners:
        other = ctx.clusters.cluster_at(owner.i)
        if holder is not None and other is not None and other is not holder and other.type == "PERSON":
            # whose state that is, affiliations/along_roles.py learns; an origin in a person names it there
            ctx.found.origins.setdefault(holder.key, other.key)


def nationality_clause(ctx: RoleContext, verb: Token) -> None:
    """ "X is a Turkish national", "X is Australian", "I'm Kenyan" (said by a named speaker): the copula
    says the subject's nationality (or where they work); so does "as an Australian, I …"."""
    subjects = [_subject_person(ctx, c) for c in verb.children if c.dep_ == "nsubj"]
    holders = [h for h in subjects if h is not None]
    if not holders:
        return
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i < verb.i):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            for holder in holders:
                _demonym_said(ctx, holder, pobj)
    if verb.lemma_ != "be":
        return
    for attr in (c for c in verb.children if c.dep_ == "attr" and c.pos_ in NOUN_POS):
        for holder in holders:
            if not ctx.named(attr):
                nationality(ctx, holder, attr)
            else:
                _demonym_said(ctx, holder, attr)  # "I am an Australian"
    for acomp in (c for c in verb.children if c.dep_ == "acomp"):
        for holder in holders:
            _demonym_said(ctx, holder, acomp)


def _subject_person(ctx: RoleContext, subject: Token) -> Cluster | None:
    """The person a copula's subject is: a name, "who" of a relative clause on a name ("X, who is
    Kenyan"), or "I" where the words are a named speaker's (an interview's answer, a quotation)."""
    if subject.lower_ == "who" and subject.head.dep_ == "relcl":
        subject = subject.head.head
    elif subject.lower_ == "i":
        return _speaker_of(ctx, subject)
    holder = ctx.clusters.cluster_at(subject.i)
    return holder if holder is not None and holder.type == "PERSON" else None


def _speaker_of(ctx: RoleContext, pronoun: Token) -> Cluster | None:
    """Whose "I" this is: the person the interview's label before it names (unless the "I" is quoted
    inside the answer, someone else's words), or the named subject of the verb of speech a quotation
    hangs on (`"I am Kenyan," said X`); None when the text does not name the speaker."""
    doc = ctx.doc
    quoted = _quoted_speaker(ctx, pronoun)
    if quoted is not None:
        return quoted
    label = next((lb for lb in reversed(ctx.labels) if lb.start <= pronoun.i), None)
    if label is None or label.asks or label.answers:
        return None
    opened = sum(t.text in QUOTATION_MARKS for t in doc[label.end : pronoun.i])
    if opened % 2:
        return None  # "she's like, 'I'm happy to answer'": another's words inside the answer
    return _person_labelled(ctx, label)


def _person_labelled(ctx: RoleContext, label: Label) -> Cluster | None:
    """The person a speaker label names: one mentioned in it, or the one person whose name it is."""
    for i in range(label.start, label.end):
        cluster = ctx.clusters.cluster_at(i)
        if cluster is not None and cluster.type == "PERSON":
            return cluster
    named = {
        cl.key: cl
        for cl in ctx.clusters.clusters
        if cl.type == "PERSON" and any(m.text == label.text for m in cl.mentions)
    }
    return next(iter(named.values())) if len(named) == 1 else None


def _quoted_speaker(ctx: RoleContext, pronoun: Token) -> Cluster | None:
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
    if not any(t.text in QUOTATION_MARKS for t in ctx.doc[first + 1 : last]):
        return None
    for child in clause.children:
        speaker = ctx.clusters.cluster_at(child.i) if child.dep_ == "nsubj" else None
        if speaker is not None and speaker.type == "PERSON":
            return speaker
    return None
