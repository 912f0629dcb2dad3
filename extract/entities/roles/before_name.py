"""Titles written before a name, and the owner written before the title.

"Iraqi Foreign Minister Hoshyar Zebari" -> (Hoshyar Zebari, foreign minister of, Iraq);
"US Ambassador to Germany Richard Grenell" -> (…, ambassador of, United States), (…, ambassador to, Germany);
"Iranian airline Mahan Air" -> (Mahan Air, airline of, Iran); "former Senator X" -> former senator."""

from __future__ import annotations

from geokg.extract.entities.clusters import Cluster
from geokg.extract.entities.countries import is_demonym, lookup_country
from geokg.extract.entities.mentions import Mention, bracket_opening, fold, is_legal_form, titled_bracket
from geokg.extract.entities.organisations import MEDIA_SECTOR
from geokg.extract.entities.roles.clauses import choosers_of, fronted_complement
from geokg.extract.entities.roles.context import RoleContext, state_office
from geokg.extract.entities.roles.descriptions import (
    MAX_DESCRIPTION_WORDS,
    described_before,
    described_by_organisation,
)
from geokg.extract.entities.roles.lists import coordinated
from geokg.extract.entities.roles.nouns import (
    body_possessive,
    envoys_state,
    owner_word_ends,
    party_adjective,
    portfolio_role,
)
from geokg.extract.entities.titles import (
    HONORIFIC_ROLES,
    HONORIFICS,
    MAX_UNLISTED_PORTFOLIO,
    TENURE_ADVERBS,
    TENURE_PARTICIPLES,
    department_portfolio,
    department_title,
    is_constituency_title,
    is_election_title,
    is_military_rank,
    is_occupation_of_a_place,
    is_plural_role_word,
    is_present_qualifier,
    is_rank_before_body,
    is_role_word,
    is_standing_noun,
    is_title_modifier,
    is_title_qualifier,
    known_title_ending,
    party_group_chamber,
    presided_chambers,
    qualify,
    role_phrase,
    state_of_title,
    time_qualifier,
    title_phrase_ending,
    unlisted_portfolio,
)
from geokg.extract.lexicon.entity_words import (
    BARE_OFFICE_BODIES,
    CLUB_NOUNS,
    FACILITY_NOUNS,
    LOCAL_TITLE_WORDS,
    MINISTRY_PORTFOLIO_WORDS,
    PARTY_ROLES,
    PLACE_KIND_NOUNS,
    PLACE_KINDS_AFTER_NAMES,
    PORTFOLIO_TITLES,
    STATE_PORTFOLIO_TITLES,
)
from geokg.extract.lexicon.syntax import written_year
from geokg.extract.lexicon.words import (
    COMPANY_NOUNS,
    COUNTERPART_NOUNS,
    FIRM_DESCRIPTOR_WORDS,
    FIRM_ORIGIN_NOUNS,
    GENERIC_INSTITUTIONS,
    NAMING_NOUNS,
    ORGAN_NOUNS,
    REPORTING_VERBS,
    RIVAL_NOUNS,
    TITLE_FILLERS,
    TITLE_OBJECTS,
    TITLE_PREPS,
)
from spacy.tokens import Token

MAX_TITLE_WORDS = 6
DASHES = frozenset({"—", "–"})  # the dashes around an aside in running text (em, en)


def title_before(ctx: RoleContext, mention: Mention) -> None:
    """The title written before a name ("Iraqi Foreign Minister X"), with its owner before it, a target
    between it and the name ("Ambassador to Germany X") or the description that says where the person
    is from ("Iranian chess arbiter X")."""
    doc = ctx.doc
    holder = ctx.clusters.cluster_at(mention.start)
    if holder is None or holder.type not in ("PERSON", "ORG") or _in_a_place_name(ctx, mention):
        return
    sent_start = ctx.sentence_start[mention.start]
    if _relative_clause_subject(ctx, mention, sent_start):
        return
    if _department_in_a_title(ctx, mention, sent_start):
        return  # "Deputy Treasury Secretary X": the rank is the secretary's, no title of the Treasury
    of = mention.start - 1
    if of > sent_start and doc[of].lower_ == "of" and is_role_word(doc[of - 1].lower_):
        # "general manager of Enterprise Computing": the title's object holds no title ("the party's
        # ticket of X" names who the ticket is)
        return
    last = mention.start - 1
    opening = bracket_opening(doc, last) if titled_bracket(doc, last) else None
    if opening is not None and opening >= sent_start:
        last -= 1  # "(Chilean President) Roca": the title an editor set in brackets before the surname
    target, j = _target_between(ctx, _portfolio_after_body(ctx, last, sent_start), sent_start)
    words, j, sent_start = _title_words(ctx, holder, j, sent_start)
    if not words:
        described_before(ctx, holder, mention, j, sent_start)
        return
    if holder.type == "PERSON" and fronted_complement(words[-1]):
        return  # "how good a prime minister X will make": an office to come, judged, none held
    if holder.type != "PERSON" and mention.actor is not None and _compounds_into(words[-1], mention):
        return  # "Peru's self defence forces", "border security forces": nouns naming the unnamed body's kind
    if holder.type != "PERSON":
        j = _adjectives_after_demonym(ctx, j, sent_start)
    if words[-1].lower_ in NAMING_NOUNS or words[-1].lemma_.lower() in NAMING_NOUNS:
        return  # "their French acronym FDLR", "its Arabic name X": a name's noun; the adjective is a language
    if holder.type != "PERSON" and _portfolio_of_organ(doc[mention.start], words):
        return  # "Brazil's finance ministry": the portfolio names the ministry, no title the ministry holds
    institution, j = _institution_before(ctx, words, j, sent_start) if holder.type == "PERSON" else (None, j)
    if not any(
        is_role_word(w.lower_) or w.pos_ == "NOUN" or (w.i > 0 and _capitalised_firm_noun(w, doc[w.i - 1]))
        for w in words
    ):
        return
    # each title of "President and CEO", the first one the role
    groups = [[]]  # type: list[list[Token]]
    # where a portfolio written after "of"/"for" starts ("Minister of [Trade and Industry] X"): one title
    portfolio = words[-1].i + 1 - _portfolio_before(ctx, words[-1].i, sent_start)
    for w in words:
        # not the "and" of one portfolio ("energy and mines minister"), before any role word
        if w.lower_ == "and" and w.i < portfolio and any(is_role_word(t.lower_) for t in groups[-1]):
            groups.append([])
        else:
            groups[-1].append(w)
    also = [r for g in groups[1:] for r in (role_phrase([w.text for w in g]),) if r and g]
    role = role_phrase([w.text for w in groups[0]]) if holder.type == "PERSON" else None
    role = role or " ".join(w.lower_ for w in words)
    if holder.type == "PERSON" and not also:
        role = _affairs_role(groups[0], portfolio_role(ctx, groups[0], role))
        role = department_title(groups[0]) or role  # "Assistant Defense Secretary X"
    if _group_word_of_title(ctx, holder, words[1:], words[0].i):
        role = f"{words[0].lower_} {role}"  # "media chief X", the word the title tables do not know
    if institution and holder.type == "PERSON" and not role.startswith(institution):
        role = f"{institution} {role}"
    stacked = _stacked_title(groups[0], role) if holder.type == "PERSON" else None
    qualifier = time_qualifier(words) or ctx.qualifier_before(j, sent_start)
    qualifier = qualifier or _coordinated_qualifier(ctx, j, sent_start)
    if holder.type == "PERSON" and j >= sent_start and doc[j].lower_ in LOCAL_TITLE_WORDS:
        # "Local prosecutor X", "district judge Y": a title held below the state, not one of it
        ctx.found.local_titles.add((holder.key, mention.start))
    if j > sent_start and written_year(doc[j]) is not None:
        j -= 1  # "the party's 2016 nominee X": the year stands between the title and its owner
    participle = j > sent_start and doc[j].tag_ in ("VBN", "VBD") and doc[j].dep_ == "amod"
    if holder.type == "PERSON" and participle and ctx.mention_of(j - 1, ending=True) is not None:
        j -= 1  # "Reuters accredited reporter X": a participle says how the title is held, not by whom
    if holder.type == "PERSON":
        j, tenure = _tenure_before(ctx, j, sent_start)
        qualifier = qualifier or tenure
    affiliation, role, qualifier = _owner_before(ctx, holder, mention, target, role, qualifier, j, sent_start)
    if affiliation is None and holder.type == "PERSON" and target is None and _owned_by_a_body_noun(ctx, j):
        return  # "the central bank's vice president X": an office of the bank, not of the state
    if holder.type != "PERSON" and affiliation is not None and _a_side(words[-1]):
        if ctx.place(affiliation) or not is_standing_noun(words[-1].lower_):
            # "Spanish champions Real Madrid", "Dutch giant X": the body's state, no office of it
            ctx.origin(holder, affiliation)
        return  # "Tech heavyweight X": a market's word, even one the tagger took for a name, owns nothing
    if holder.type != "PERSON" and affiliation is not None and _firms_origin(ctx, affiliation, words[-1]):
        # "Japanese car maker X", "UK sportswear firm Y", "Japanese rival Z": the state's word says where the
        # firm is from, no title it holds of the state (a rival is the rival of a firm, never of the state);
        # "US-German carmaker X", a firm of two states, takes neither (one code would misstate it)
        owner = ctx.mention_of(j, ending=True)
        if owner is None or not ctx.second_of_two_states(owner.start):
            ctx.origin(holder, affiliation)
        if words[-1].lemma_.lower() in RIVAL_NOUNS:
            _rival_of_the_clauses_firm(ctx, holder, mention)
        return
    possessor = _trade_possessor(ctx, j, sent_start) if affiliation is not None else None
    firm_owned = possessor is not None and possessor is not holder and possessor.type == "ORG"
    if affiliation is not None and ctx.trade_role(holder, words[-1].lemma_.lower(), affiliation, firm_owned):
        # "its Indian joint venture X", "Acme's Italian agent Y": the state's word is the market the firm is
        # in, its country; the role is the possessor's, where the text writes one
        ctx.origin(holder, affiliation)
        _trade_role_owner(ctx, holder, role, j, sent_start, mention.start)
        return
    if affiliation is None and holder.type == "PERSON" and presided_chambers(role):
        # "Speaker X said the House would vote"
        affiliation = _chamber_of_sentence(ctx, mention, presided_chambers(role))
    if holder.type == "PERSON" and qualifier is None and _dated_before(ctx, mention.start, role):
        qualifier = "former"  # "In 2016, the party's nominee X received ...": that year's nominee
    if affiliation is None and holder.type == "PERSON" and target is None:
        # "officials in the Farm Ministry, notably undersecretary X": the body the group is in
        affiliation = _body_of_the_group_apposed(ctx, holder, mention)
    if affiliation is None and holder.type == "PERSON" and target is None and state_office(role):
        affiliation = _state_of_the_act_done(ctx, mention)  # "the US ban imposed by then president X"
    below_headline = mention.start >= ctx.clusters.title_end
    if affiliation is None and holder.type == "PERSON" and below_headline and state_office(role):
        affiliation = _headline_state_of(ctx, role)  # "VENEZUELA FINANCE MINISTER" over "Finance minister X"
    role = qualify(role, qualifier) if holder.type == "PERSON" else role
    if affiliation is None and j >= sent_start and doc[j].tag_ == "PRP$":
        ctx.pronoun_owned(holder, role, j, mention.start)  # "his former lawyer X"
    if affiliation is not None and is_occupation_of_a_place(role) and ctx.place(affiliation):
        # "a California lawyer", "Iranian journalist X": where the person works, not an office there
        ctx.origin(holder, affiliation)
        affiliation = None
    party = _party_of_a_bare_party_title(ctx, mention, words, role) if affiliation is None else None
    if party is not None and party is not holder and holder.type == "PERSON":
        # "... and party leader X is due to speak": the party the sentence, else the story, names
        affiliation, role = party, qualify(role_phrase([w.text for w in words[1:]]) or role, qualifier)
    choosers = choosers_of(ctx, mention) if affiliation is None and holder.type == "PERSON" else ()
    if choosers and role.split()[-1] in PARTY_ROLES:
        # "the parties chose [a party name the tagger broke] nominee X": the choosers give the title
        for chooser in choosers:
            ctx.add(holder, role, "of", chooser, mention.start)
    else:
        ctx.add(holder, role, "of", affiliation, mention.start)
    if affiliation is None and holder.type == "PERSON":
        _state_of_title(ctx, holder, words, role, mention.start)
    if stacked:
        ctx.add(holder, stacked, "of", None, mention.start)  # the place's, not the first title's owner
        ctx.found.stacked_titles.append((holder.key, stacked, mention.start))
    for other in also:
        ctx.add(holder, qualify(other, qualifier), "of", affiliation, mention.start)
    if holder.type == "PERSON" and affiliation is not None and not also:
        _title_before_owner(ctx, holder, mention, groups[0], j, sent_start)
    if words[-1].lower_.endswith("s") and holder.type == "PERSON":
        coordinated(ctx, mention, role, affiliation)
    if target and not _firms_region(ctx, holder, affiliation, target, j):
        ctx.add(holder, role, target[0], target[1], mention.start)


def _owned_by_a_body_noun(ctx: RoleContext, j: int) -> bool:
    """Does the possessive of an unnamed body that is no state ("the central bank's", "the club's") end at
    `j`, before a title?"""
    doc = ctx.doc
    if j < 1 or doc[j].tag_ != "POS" or ctx.sentence_start[j] == j:
        return False
    return body_possessive(ctx, doc[j - 1])


def _state_of_the_act_done(ctx: RoleContext, mention: Mention) -> Cluster | None:
    """The state that owns the act a bare state title's holder did, as the agent of a participle after the
    act's noun ("the US ban, imposed by then president X", "the Danish quota on cod, set by Fisheries Minister
    Y", the participle hung on the noun's object): the state's act is done by its officer, whatever other
    state the story is about."""
    head = ctx.doc[mention.end - 1]
    while head.dep_ in ("compound", "flat") and head.head.i > head.i:
        head = head.head
    by = head.head
    if head.dep_ != "pobj" or by.dep_ != "agent" or by.head.tag_ != "VBN" or by.head.dep_ != "acl":
        return None
    nouns = [by.head.head]
    if nouns[0].dep_ == "pobj" and nouns[0].head.dep_ == "prep" and nouns[0].head.head.pos_ == "NOUN":
        nouns.append(nouns[0].head.head)  # "the Danish quota on cod, set by ...": the quota's
    for noun in nouns:
        states = []
        for owner in noun.children:
            if owner.dep_ not in ("compound", "amod", "poss") or owner.i >= noun.i:
                continue
            state = ctx.entity_ending_at(owner.i)
            if state is not None and state.key.startswith("country:"):
                states.append(state)
        if states:
            return states[0] if len(states) == 1 else None
    return None


def _party_of_a_bare_party_title(
    ctx: RoleContext, mention: Mention, words: list[Token], role: str
) -> Cluster | None:
    """ "The Tories met in Leeds, and party leader X spoke": a title a party gives (entity_words.tsv
    party_roles) opened by the bare noun "party", no owner written, is held in the party named last before
    it in its sentence, else in the one party the story names before it; None when there is none or more
    than one ("Tory chairman X attacked Labour's record, and party leader Y will speak": whose party is
    not said). A lone capitalised "Leader" opening its sentence ("The Tories unveiled a plan. Leader X
    said ...") is the leader of the one party the story names before it, as "party leader" is."""
    sent_start = ctx.sentence_start[mention.start]
    lone_leader = len(words) == 1 and words[0].text == "Leader" and words[0].i == sent_start
    party_title = len(words) >= 2 and words[0].lower_ == "party" and role.split()[-1] in PARTY_ROLES
    if not (lone_leader or party_title):
        return None
    named_before = {
        c.key: c
        for c in ctx.clusters.clusters
        if ctx.party(c) and any(m.start < mention.start for m in c.mentions)
    }
    in_sentence = {k: c for k, c in named_before.items() if any(sent_start <= m.start for m in c.mentions)}
    parties = in_sentence or named_before
    return next(iter(parties.values())) if len(parties) == 1 else None


def _body_of_the_group_apposed(ctx: RoleContext, holder: Cluster, mention: Mention) -> Cluster | None:
    """ "There are officials in the Farm Ministry, notably undersecretary X, who oppose a sale to the
    Soviets": a titled name set in apposition to a plural of people by their office ("officials",
    "diplomats") whose "in", "at" or "of" phrase names a body holds the title in that body, not in the
    state the story (or a clause after the name) is about. The named body (no place, not the holder), or
    None."""
    root = ctx.doc[mention.start : mention.end].root
    group = root.head
    if root.dep_ != "appos" or group.tag_ != "NNS" or not is_plural_role_word(group.lower_):
        return None
    bodies = [
        body
        for prep in group.children
        if prep.dep_ == "prep" and prep.lower_ in ("in", "at", "of")
        for pobj in prep.children
        if pobj.dep_ == "pobj" and (body := ctx.clusters.cluster_at(pobj.i)) is not None
    ]
    if len(bodies) != 1 or bodies[0] is holder or bodies[0].type != "ORG" or ctx.place(bodies[0]):
        return None
    return bodies[0]


def _portfolio_of_organ(head: Token, words: list[Token]) -> bool:
    """Are the words before an organ's noun its portfolio ("finance ministry", "trade and industry
    ministry")?"""
    return head.lower_ in ORGAN_NOUNS and all(
        w.lower_ in MINISTRY_PORTFOLIO_WORDS or w.lower_ == "and" for w in words
    )


def _title_before_owner(
    ctx: RoleContext, holder: Cluster, mention: Mention, later: list[Token], j: int, sent_start: int
) -> None:
    """ "Nigerian oil minister and OPEC president X": a title with its own owner, joined by "and" before the
    owner of the title written next to the name (`later`, whose words before it end at `j`), is the same
    holder's too, when an owner is written before it. Role words written unalike are so only where no
    article or possessive opens the first title ("Acme council chairman and Ghanaian Trade Minister X"):
    "the US ambassador and British Foreign Secretary X" are two people."""
    doc = ctx.doc
    owner = ctx.mention_of(j, ending=True) if j >= sent_start else None
    k = owner.start - 1 if owner is not None else -1
    if k - 1 < sent_start or doc[k].lower_ != "and" or not is_role_word(doc[k - 1].lower_):
        return
    noun = next((w for w in later if is_role_word(w.lower_)), None)
    if noun is None:
        return
    words, start, _ = _title_words(ctx, holder, k - 1, sent_start)
    if not words or any(w.lower_ == "and" and is_role_word(doc[w.i - 1].lower_) for w in words):
        return
    if doc[k - 1].text[:1].isupper() != noun.text[:1].isupper() and _determined_title(ctx, start, sent_start):
        return
    role = role_phrase([w.text for w in words])
    if not role:
        return
    role = department_title(words) or _affairs_role(words, portfolio_role(ctx, words, role))
    qualifier = time_qualifier(words) or ctx.qualifier_before(start, sent_start)
    start, tenure = _tenure_before(ctx, start, sent_start)
    qualifier = qualifier or tenure
    earlier, role, qualifier = _owner_before(ctx, holder, mention, None, role, qualifier, start, sent_start)
    if earlier is not None:
        ctx.add(holder, qualify(role, qualifier), "of", earlier, mention.start)


def _determined_title(ctx: RoleContext, j: int, sent_start: int) -> bool:
    """Does an article or a possessive pronoun open the title whose words end before `j` + 1, before its
    owner's name if one ends at `j` ("the Acme council chairman", "its council chairman")? A title so opened
    describes someone; one written bare before a name is that name's."""
    doc = ctx.doc
    owner = ctx.mention_of(j, ending=True) if j >= sent_start else None
    k = owner.start - 1 if owner is not None else j
    if owner is not None and doc[owner.start].tag_ in ("DT", "PRP$"):
        return True  # "The Acme Council" tagged whole
    possessor = ctx.mention_of(k - 1, ending=True) if k > sent_start and doc[k].tag_ == "POS" else None
    if possessor is not None:
        k = possessor.start - 1  # "Ghana's oil minister": the possessor owns the title, opens nothing
    return k >= sent_start and doc[k].tag_ in ("DT", "PRP$")


def _tenure_before(ctx: RoleContext, j: int, sent_start: int) -> tuple[int, str | None]:
    """ "Brazil's new [central bank governor] X", "Peru's outgoing ...", "the Chilean newly appointed ...":
    words of tenure between a title that ends at `j` + 1 and its owner (a name, a demonym or a possessive)
    say when the office is held, not whose it is. Where they end, and the time qualifier they carry
    ("outgoing"; none for "new", "newly appointed"); `j` and none where no owner stands before them."""
    doc = ctx.doc
    k, qualifier = j, None
    while k >= sent_start:
        lower = doc[k].lower_
        if lower in TENURE_PARTICIPLES and k > sent_start and doc[k - 1].lower_ in TENURE_ADVERBS:
            k -= 2  # "newly appointed", "recently named"
        elif time_qualifier([lower]) is not None:
            qualifier = qualifier or time_qualifier([lower])
            k -= 1
        elif is_present_qualifier(lower):
            k -= 1
        else:
            break
    if k == j or k < sent_start:
        return j, None
    if doc[k].tag_ != "POS" and ctx.mention_of(k, ending=True) is None:
        return j, None
    return k, qualifier


def _firms_region(
    ctx: RoleContext, holder: Cluster, owner: Cluster | None, target: tuple[str, Cluster], j: int
) -> bool:
    """ "Acme Securities general manager for Canada X", "the company's manager for Asia X": a firm's officer
    "for" a state or region (the title's owner ends at `j`) runs the firm's business there; he holds no
    office of that place."""
    if holder.type != "PERSON" or target[0] != "for" or not ctx.place(target[1]):
        return False
    doc = ctx.doc
    unnamed = (
        owner is None
        and j >= 0
        and j > ctx.sentence_start[j]
        and doc[j].tag_ == "POS"
        and not ctx.named(doc[j - 1])
        and doc[j - 1].lemma_.lower() in COMPANY_NOUNS
    )
    return unnamed or ctx.firm(owner)


def _institution_before(
    ctx: RoleContext, words: list[Token], j: int, sent_start: int
) -> tuple[str | None, int]:
    """ "central bank president X", "army chief Y": an institution every state has, written in lower case
    before the title, is part of it: X heads the central bank, not the state."""
    doc = ctx.doc
    # a rank kept with its title opens it too: "central bank vice governor X" (vice is no role word)
    if not (is_role_word(words[0].lower_) or is_rank_before_body(words[0].text)):
        return None, j
    for size in (3, 2, 1):
        start = j - size + 1
        if start < sent_start or any(
            ctx.named(t) or not _lower_case(t, sent_start) for t in doc[start : j + 1]
        ):
            continue
        phrase = " ".join(t.lower_ for t in doc[start : j + 1])
        if phrase in GENERIC_INSTITUTIONS:
            return phrase, start - 1
    return None, j


def _lower_case(token: Token, sent_start: int) -> bool:
    """Written in lower case, but for the capital a sentence opens with ("Central bank president X")."""
    text = token.text
    return text.islower() or (token.i == sent_start and text[:1].isupper() and text[1:].islower())


def _headline_state_of(ctx: RoleContext, role: str) -> Cluster | None:
    """The state a headline writes before the same title ("VENEZUELA FINANCE MINISTER TO SEEK CREDIT", "Peru
    Foreign Minister Resigns"): the story's holder of that title, written bare below it, is that state's,
    whatever other state the story is about (the one his trip goes to)."""
    doc, end = ctx.doc, ctx.clusters.title_end
    for k in range(end):
        for size in (1, 2):
            country = lookup_country(doc[k : k + size].text) if k + size < end else None
            if country is None:
                continue
            if k + size < end and doc[k + size].is_punct:
                continue  # "BANK HOPEFUL ON BRAZIL - PRESIDENT": a credit after the dash names the source
            after = [t.text for t in doc[k + size : min(end, k + size + MAX_TITLE_WORDS)] if t.is_alpha]
            for n in range(len(after), 0, -1):
                words = [w.lower() for w in after[:n]]
                if all(is_role_word(w) or is_title_modifier(w) for w in words) and role_phrase(words) == role:
                    return ctx.clusters.country_cluster(country.iso3)
    return None


def _state_of_title(ctx: RoleContext, holder: Cluster, words: list[Token], role: str, token: int) -> None:
    """ "Shadow Home Secretary X": a title only one state's offices bear makes its holder act for that
    state, though no state is named to own the title, and the title is that state's office."""
    state = state_of_title([w.text for w in words]) or state_of_title(role.split())
    if state and ctx.affiliation(holder) is None and not holder.country:
        ctx.found.affiliations[holder.key] = state
        ctx.add(holder, role, "of", ctx.clusters.country_cluster(state), token)


def rank_before(ctx: RoleContext, mention: Mention) -> None:
    """ "Lt. Col. X", "Maj. Gen. Y": a military rank written in abbreviations before a name is a title (the
    title reader passes over abbreviations as honorifics), so that the rank tells whose forces the
    holder serves in, not the story's place."""
    holder = ctx.clusters.cluster_at(mention.start)
    if holder is None or holder.type != "PERSON":
        return
    doc, k, sent_start = ctx.doc, mention.start - 1, ctx.sentence_start[mention.start]
    words: list[str] = []
    while k >= sent_start:
        # the tokenizer may split the abbreviation's dot off ("Col", ".")
        dot = doc[k].text == "." and k > sent_start and not doc[k - 1].whitespace_
        word = HONORIFIC_ROLES.get(doc[k - dot].lower_.rstrip("."), "")
        if not word:
            break
        words.insert(0, word)
        k -= 1 + dot
    rank = " ".join(words)
    written = ctx.found.titles.get(holder.key, ())
    if is_military_rank(rank) and not any(token == mention.start for _, token, _ in written):
        ctx.add(holder, qualify(rank, ctx.qualifier_before(k, sent_start)), "of", None, mention.start)


def _a_side(noun: Token) -> bool:
    """A body's noun that says what side it is, not what it does for its owner: a club's ("Dutch side
    Ajax", "Spanish champions Real Madrid"), a counterpart's ("its Italian counterparts Juventus"), a
    company's standing in its market ("oil giant X")."""
    lemma = noun.lemma_.lower()
    return noun.lower_ in CLUB_NOUNS or lemma in COUNTERPART_NOUNS or is_standing_noun(lemma)


def _rival_of_the_clauses_firm(ctx: RoleContext, holder: Cluster, mention: Mention) -> None:
    """ "Acme signed a deal with Japanese rival X", "it agreed to buy German rival Y": a rival named after a
    state's word is the rival of the firm the clause is about, its subject (through "agreed to" and the
    like), a body named in the text or "it" (resolved after coreference); none where the rival is that
    subject itself or the subject is no body."""
    doc = ctx.doc
    root = doc[mention.start : mention.end].root
    verb = root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    while not any(c.dep_ == "nsubj" for c in verb.children) and verb.dep_ in ("xcomp", "conj"):
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.pos_ not in ("VERB", "AUX") or len(subjects) != 1 or subjects[0].i >= mention.start:
        return
    subject = subjects[0]
    firm = ctx.clusters.cluster_at(subject.i)
    if firm is not None and firm is not holder and firm.type == "ORG" and not ctx.place(firm):
        ctx.add(holder, "rival", "of", firm, mention.start)
    elif firm is None and subject.lower_ == "it":
        ctx.found.pronoun_owned.append((holder.key, "rival", subject.i, mention.start))


def _firms_origin(ctx: RoleContext, owner: Cluster, noun: Token) -> bool:
    """Is the title's noun a firm's kind or a rival's ("maker", "firm", "group", "rival"; not a flag
    carrier's or a bank's, words.tsv national_firm_nouns) and its owner a state or a place, which then only
    says where the firm is from?"""
    lemma = noun.lemma_.lower()
    return ctx.place(owner) and (lemma in FIRM_ORIGIN_NOUNS or lemma in RIVAL_NOUNS)


def _chamber_of_sentence(ctx: RoleContext, mention: Mention, chambers: frozenset[str]) -> Cluster | None:
    """The one legislative chamber of the kind a presiding title's holder presides over (`chambers`) that
    his sentence names ("Speaker X said the House would vote"): the chamber he presides over."""
    found: dict[str, Cluster] = {}
    for token in ctx.doc[mention.start].sent:
        cl = ctx.clusters.cluster_at(token.i)
        if cl is None or cl.type != "ORG" or cl.country:
            continue
        words = fold(cl.label).split()
        if words and words[0] == "the":
            words = words[1:]
        if words and len(words) <= 4 and (words[0] in chambers or words[-1] in chambers):
            found[cl.key] = cl
    return next(iter(found.values())) if len(found) == 1 else None


def _target_between(ctx: RoleContext, j: int, sent_start: int) -> tuple[tuple[str, Cluster] | None, int]:
    """ "Ambassador to Germany Richard Grenell": the preposition and the target written between a title
    and the name ending at `j` + 1, and where the title ends; (None, j) when there is none."""
    doc = ctx.doc
    before = ctx.mention_of(j, ending=True) if j >= sent_start else None
    if before is None and j > sent_start and doc[j].is_lower and doc[j].lower_ in PLACE_KINDS_AFTER_NAMES:
        # "the governor of Sao Paulo state X", "the mayor of Lyon city Y": the place's kind after its name
        before = ctx.mention_of(j - 1, ending=True)
        place = ctx.clusters.cluster_at(before.start) if before is not None else None
        if place is None or not ctx.place(place):
            before = None
    if before is not None:
        k = before.start - 1
        if k >= sent_start and doc[k].lower_ == "the":
            k -= 1
        # "Senator from Vermont X": the place a constituency title is held for
        title_word = role_phrase([doc[k - 1].text]) if k > sent_start else None
        from_place = doc[k].lower_ == "from" and is_constituency_title(title_word or "")
        prep_fits = doc[k].lower_ in TITLE_PREPS or from_place
        span = doc[k - 1 : before.end] if k > sent_start else doc[k:k]
        # "Chancellor of the Exchequer X": a title phrase of one state's office that names its body is one
        # title of that state, no target ("Deputy Secretary of the Navy for Research X" keeps its body)
        whole_title = known_title_ending(span) == len(span) > 0 and state_of_title([t.text for t in span])
        if k > sent_start and prep_fits and is_role_word(doc[k - 1].lower_) and not whole_title:
            target_cluster = ctx.clusters.cluster_at(before.start)
            if target_cluster:
                return (doc[k].lower_, target_cluster), k - 1
    return None, j


MAX_PORTFOLIO_WORDS = 3


def _portfolio_after_body(ctx: RoleContext, j: int, sent_start: int) -> int:
    """Where the title's body ends before a portfolio written after it, "Secretary of the Navy for Research
    X": the "for" phrase is part of the title, and the body before it its target; `j` when there is none."""
    doc = ctx.doc
    k = j
    while k > sent_start and j - k < MAX_PORTFOLIO_WORDS and doc[k].is_alpha and doc[k].text.istitle():
        if ctx.named(doc[k]):
            return j
        k -= 1
    if k < j and doc[k].lower_ == "for" and ctx.mention_of(k - 1, ending=True) is not None:
        return k - 1
    if k < j and doc[k].lower_ == "for" and _title_object(ctx, k - 1, sent_start):
        return k - 1  # "Under Secretary of State for Economic Affairs X": the title ends at "State"
    return j


def _title_object(ctx: RoleContext, k: int, sent_start: int) -> bool:
    """Does the word at `k` complete a title after its "of" ("State" of "Assistant Secretary of State",
    words.tsv title_objects), a role word before the "of"?"""
    doc = ctx.doc
    if k - 2 < sent_start or doc[k].lower_ not in TITLE_OBJECTS or doc[k - 1].lower_ != "of":
        return False
    return is_role_word(doc[k - 2].lower_)


def _title_words(ctx: RoleContext, holder: Cluster, j: int, sent_start: int) -> tuple[list[Token], int, int]:
    """The words of the title that ends at `j` ("Italian economic development minister"), where the words
    before it end, and where the sentence starts (a gloss in brackets may hide the title's sentence)."""
    doc = ctx.doc
    words: list[Token] = []
    ranked = j
    while ranked > max(0, j - 3) and doc[ranked].lower_.rstrip(".") in HONORIFICS:
        ranked -= 1  # "(former National Security Adviser) Adm Y": the rank between the bracket and the name
    if ranked < j and doc[ranked].text == ")":
        opening = next((k for k in range(ranked - 1, max(0, ranked - 8) - 1, -1) if doc[k].text == "("), None)
        if opening is not None and _listed_title_bracket(ctx, opening, ranked):
            j = ranked
    if j >= 0 and doc[j].text == ")":
        # "Labour MP (Member of Parliament) X": the gloss in brackets is not the title (and the parser
        # sometimes ends the sentence at the bracket)
        window = range(j - 1, max(0, j - 8) - 1, -1)
        opening = next((k for k in window if doc[k].text == "("), None)
        if opening is not None and _listed_title_bracket(ctx, opening, j):
            # "X, (former National Security Adviser) Adm Y, ...": an editor's title in brackets that
            # opens an item of a list is the title of the name after it
            j, sent_start = j - 1, opening + 1
        elif opening is not None:
            j, sent_start = opening - 1, ctx.sentence_start[opening]
    while j >= sent_start and not words and doc[j].lower_.rstrip(".") in HONORIFICS:
        if HONORIFIC_ROLES.get(doc[j].lower_.rstrip(".")) and holder.type == "PERSON":
            # "former Nevada Sen. X": an honorific of office is the title, with its owner and qualifier
            words.append(doc[j])
            j -= 1
            break
        j -= 1  # "MIT professor Dr Seager": the honorific stands between the title and the name
    if holder.type == "PERSON":
        j = _skip_description(ctx, j, sent_start)
    # the first word of a portfolio written after the role noun ("Minister of Information X")
    portfolio_start = j + 1 - (_portfolio_before(ctx, j, sent_start) if holder.type == "PERSON" else 0)
    phrase = title_phrase_ending(doc[max(sent_start, j - 5) : j + 1]) if holder.type == "PERSON" else 0
    if phrase and not any(ctx.named(t) for t in doc[j - phrase + 1 : j + 1]):
        # "Homeland Security chief of staff X": the phrase's "of" would stop the word loop
        words = list(doc[j - phrase + 1 : j + 1])
        j -= phrase
    named_title = known_title_ending(doc[max(sent_start, j - 5) : j + 1]) if holder.type == "PERSON" else 0
    if not words and named_title and any(ctx.named(t) for t in doc[j - named_title + 1 : j + 1]):
        # "National Security Adviser X": a title the tagger took in part for a name ("National
        # Security" as an organisation) is one title, not an adviser of that organisation
        words = list(doc[j - named_title + 1 : j + 1])
        j -= named_title
    if not words and _elect_suffix(ctx, j, sent_start):
        # "ASA president-elect X", "prime minister-elect Y": the suffix says the office is to come (its
        # qualifier, read by time_qualifier); the title is the role noun before the hyphen
        words.insert(0, doc[j])
        j -= 2
    while j >= sent_start and len(words) < MAX_TITLE_WORDS:
        tok = doc[j]
        lower = tok.lower_
        hyphenated = words and ctx.joining_hyphen(j, sent_start)
        if hyphenated and (is_title_modifier(doc[j - 1].lower_) or is_role_word(doc[j - 1].lower_)):
            j -= 1  # "Vice-President X", "Secretary-General Y": the hyphenated word is part of the title
            continue
        if _region_of_affairs(tok, words):
            words.insert(0, tok)  # "French [European] Affairs Minister X": the portfolio's region
            j -= 1
            continue
        if ctx.named(tok) and lower not in ("state",) and not _portfolio_named(ctx, words, j):
            if not _group_word_of_title(ctx, holder, words, j):
                break
            words.insert(0, tok)  # "media chief X"
            j -= 1
            continue
        if holder.type == "PERSON" and lower == "and" and words and j >= portfolio_start:
            # "Minister of Trade and Industry X": the "and" within a portfolio written after "of"/"for"
            words.insert(0, tok)
            j -= 1
            continue
        joins_titles = bool(words) and j > sent_start and is_role_word(words[0].lower_)
        # both written alike: "the ambassador and Secretary of State X" are two people
        same_case = joins_titles and doc[j - 1].text[:1].isupper() == words[0].text[:1].isupper()
        joins_titles = same_case and is_role_word(doc[j - 1].lower_)
        if holder.type == "PERSON" and lower == "and" and joins_titles:
            # "PG&E President and CEO X": two titles, each the holder's
            words.insert(0, tok)
            j -= 1
            continue
        if holder.type == "PERSON" and lower == "and" and _joins_portfolios(ctx, words, j, sent_start):
            # "energy and mines minister X", "trade and industry secretary Y": one portfolio of two words
            words.insert(0, tok)
            j -= 1
            continue
        portfolio = holder.type == "PERSON" and _portfolio_word(ctx, words, j, sent_start)
        if not portfolio and not _title_word(ctx, holder, words, j, sent_start, portfolio_start):
            break
        if not tok.is_alpha:
            break
        words.insert(0, tok)
        j -= 1
    while words and words[0].lower_ == "of":
        words.pop(0)
    return words, j, sent_start


# the adjectives of a firm's description that may stand between a state's adjective and the noun
MAX_FIRM_ADJECTIVES = 3


def _adjectives_after_demonym(ctx: RoleContext, j: int, sent_start: int) -> int:
    """ "its small Brazilian commercial bank subsidiary X", "the West German private unit Y": lower-case
    adjectives of a body's description ending at `j`, written after a state's adjective, are no owner; the
    state's adjective before them is (where it ends, else `j` unchanged). An owner's possessive before the
    adjective is the parent's, not the state of the body named."""
    doc = ctx.doc
    k = j
    while k > sent_start and j - k < MAX_FIRM_ADJECTIVES and doc[k].tag_ == "JJ" and doc[k].text.islower():
        if ctx.named(doc[k]):
            return j
        k -= 1
    if k == j or k < sent_start:
        return j
    owner = ctx.mention_of(k, ending=True)
    state = ctx.clusters.cluster_at(k) if owner is not None else None
    if state is None or not state.country or not is_demonym(owner.text):
        return j
    return k


def _elect_suffix(ctx: RoleContext, j: int, sent_start: int) -> bool:
    """Is the word at `j` a suffix of time ("elect", "designate": time_qualifiers) joined by a hyphen to a
    role noun before it ("president-elect", "minister-designate")?"""
    doc = ctx.doc
    return (
        j - 2 >= sent_start
        and time_qualifier([doc[j].lower_]) is not None
        and ctx.joining_hyphen(j - 1, sent_start)
        and is_role_word(doc[j - 2].lower_)
    )


def _listed_title_bracket(ctx: RoleContext, opening: int, close: int) -> bool:
    """Does the bracket from `opening` to `close`, right before a name, hold the name's title, set there by
    an editor ("President R, (fired National Security Council aide) Lt Col N, (former White House Chief of
    Staff) D and others")? It holds a role word, no name of a person, and opens an item of a list or the
    sentence (after a comma, "and" or the sentence's start), not a gloss after a title ("Labour MP (Member
    of Parliament) X")."""
    doc = ctx.doc
    inside = doc[opening + 1 : close]
    if not inside or not any(is_role_word(t.lower_) for t in inside):
        return False
    if any(t.ent_type_ == "PERSON" or not (t.is_alpha or t.text == "-") for t in inside):
        return False
    return opening == ctx.sentence_start[opening] or doc[opening - 1].lower_ in (",", "and", ";")


def _region_of_affairs(tok: Token, words: list[Token]) -> bool:
    """ "French [European] Affairs Minister X", "French [EC] affairs minister Y", "British [corporate] affairs
    minister Z": the word before "affairs" (a region's adjective, a body's name, any adjective or noun) is the
    portfolio's (the affairs the minister deals with), no owner of the title; a state's word there is
    ("Italian Affairs" is no portfolio), and so is a person's name, a qualifier ("new") or a determiner."""
    if not words or words[0].lower_ != "affairs" or not tok.is_alpha or tok.is_stop:
        return False
    if tok.pos_ not in ("ADJ", "NOUN", "PROPN") or tok.ent_type_ in ("PERSON", "GPE", "LOC", "FAC"):
        return False
    return lookup_country(tok.text) is None and not is_title_qualifier(tok.lower_)


def _affairs_role(words: list[Token], role: str) -> str:
    """The role of a title whose portfolio is "X affairs" that the title tables read as "affairs minister"
    ("corporate affairs minister", "European affairs minister"): the portfolio's word kept before it."""
    if not role.startswith("affairs "):
        return role
    at = next((k for k, w in enumerate(words) if w.lower_ == "affairs"), 0)
    return f"{words[at - 1].lower_} {role}" if at and words[at - 1].is_alpha else role


def _portfolio_word(ctx: RoleContext, words: list[Token], j: int, sent_start: int) -> bool:
    """Is the capitalised word at `j` a word of a minister's portfolio the title words know no sense of
    ("Economic Planning Minister X", "Primary Industries Minister Y")? Up to three Title Case nouns or
    adjectives, none a name, a state's word or a word that opens the sentence by itself, before a
    portfolio title (portfolio_titles: "Minister") that is the title's last word; before a secretary
    (state_portfolio_titles) only after a state's word or a body's name ("Britain's Employment Secretary
    X", "Treasury Financial Secretary Y": a rank in the body), as bare ("Party Secretary") the words may
    be a body's."""
    tok = ctx.doc[j]
    if not words or not words[-1].text.istitle():
        return False
    title = words[-1].lower_
    # after its owner any office has a field ("EC Industrial Policy Director X", "NATO Air Defence Chief
    # Y": the director's field, no body "Industrial Policy"); bare, only a minister's reads so
    owned = is_role_word(title) and _after_owner_word(ctx, j)
    if title not in PORTFOLIO_TITLES and not owned:
        return False
    if len(words) > MAX_PORTFOLIO_WORDS or not all(w.text.istitle() for w in words):
        return False
    if not (tok.is_alpha and tok.text.istitle() and tok.pos_ in ("PROPN", "NOUN", "ADJ")) or tok.is_stop:
        return False
    if tok.ent_type_ and tok.ent_type_ != "ORG":
        # "On Monday Minister X": a date, a figure or a name the tagger saw; an organisation the mention
        # reader dropped is a portfolio ("Britain's [Arts] Minister X": mentions._portfolio_before_title),
        # while a body it kept is named and ends the title before this
        return False
    if ctx.named(tok) or lookup_country(tok.text) is not None or is_title_qualifier(tok.lower_):
        return False
    return j > sent_start or tok.pos_ == "PROPN"


def _after_owner_word(ctx: RoleContext, j: int) -> bool:
    """Do the Title Case words that end at `j` (up to three, no name among them) follow a state's name or
    word or a body's name ("Britain's [Employment]", "U.S. [Veterans Affairs]", "Treasury [Financial]")?"""
    doc, sent_start = ctx.doc, ctx.sentence_start[j]
    k = j
    while k - 1 > sent_start and j - k + 1 < MAX_PORTFOLIO_WORDS:
        before = doc[k - 1]
        if not (before.is_alpha and before.text.istitle()) or ctx.named(before):
            break
        if lookup_country(before.text) is not None:
            break
        k -= 1
    return k > sent_start and owner_word_ends(ctx, k - 1)


def _joins_portfolios(ctx: RoleContext, words: list[Token], j: int, sent_start: int) -> bool:
    """Does the "and" at `j` join two modifiers of one role noun ("energy and mines minister")? The word
    after it is a modifier the title has read, before a role word; the word before it a modifier too, not
    a role word ("President and CEO" joins two titles) nor a name."""
    doc = ctx.doc
    if len(words) < 2 or j - 1 < sent_start or is_role_word(words[0].lower_):
        return False
    if not (is_title_modifier(words[0].lower_) and any(is_role_word(w.lower_) for w in words[1:])):
        return False
    before = doc[j - 1]
    if not before.is_alpha or is_role_word(before.lower_):
        return False
    if ctx.named(before) and not _portfolio_named(ctx, [doc[j], *words], j - 1):
        return False
    # both written alike: "the Trade and industry minister" is no one title
    return is_title_modifier(before.lower_) and before.text[:1].isupper() == words[0].text[:1].isupper()


def _portfolio_named(ctx: RoleContext, words: list[Token], j: int) -> bool:
    """ "Energy and Mines Minister X": the recogniser may take the first portfolio word before a portfolio's
    "and" for a one-word name of its own ("Energy" as an organisation); it is the title's still, a modifier
    written alike, its mention that word alone."""
    doc = ctx.doc
    if len(words) < 2 or words[0].lower_ != "and" or not is_title_modifier(doc[j].lower_):
        return False
    mention = ctx.clusters.mention_at(j)
    # ("Venezuelan Energy": a state's word before it, the title's owner, may be in the name too)
    if mention is not None and mention.end != j + 1:
        return False
    if mention is not None and any(lookup_country(t.text) is None for t in doc[mention.start : j]):
        return False
    return doc[j].text[:1].isupper() == words[1].text[:1].isupper()


def _group_word_of_title(ctx: RoleContext, holder: Cluster, words: list[Token], j: int) -> bool:
    """ "Former Downing Street media chief X": a lower-case word before a role noun that names the media of
    no state ("media", read alone as the media at large) forms the title with it, as "press" does ("media
    chief"); the media are no body the holder heads."""
    tok = ctx.doc[j]
    if holder.type != "PERSON" or not words or not tok.is_lower or tok.pos_ != "NOUN":
        return False
    mention = ctx.mention_of(j, lambda group: group.sector == MEDIA_SECTOR and not group.country)
    return mention is not None and mention.end == j + 1


def _title_word(
    ctx: RoleContext, holder: Cluster, words: list[Token], j: int, sent_start: int, portfolio_start: int
) -> bool:
    """Is the token at `j` a word of the title whose later `words` are read already? A person's title
    takes role words, fillers and modifiers ("Italian economic development minister X", up to its owner);
    an organisation's description lower-case nouns ("Iranian airline Mahan Air")."""
    doc = ctx.doc
    tok = doc[j]
    lower = tok.lower_
    if holder.type != "PERSON":
        # "U.S. Firm Conoco": a firm's noun wire copy capitalised right after a state's word
        capitalised = not words and j > sent_start and _capitalised_firm_noun(tok, doc[j - 1])
        return (
            (tok.pos_ == "NOUN" and tok.text.islower())
            or (lower in TITLE_FILLERS and lower != "of")
            or capitalised
        )
    return (
        is_role_word(lower)
        or lower in TITLE_FILLERS
        # "Minister [for] Foreign Affairs X": the "for" that opens a portfolio written after the role noun
        or (lower == "for" and bool(words) and j == portfolio_start - 1)
        # "Peru's current Prime Minister X": a qualifier of a current title stands before its owner's
        or (bool(words) and is_present_qualifier(lower))
        # "Oslo city mayor X": the place's (not "the Syrian city of X")
        or (bool(words) and is_role_word(words[0].lower_) and lower in PLACE_KIND_NOUNS)
        # "Bishop Emeritus X": a qualifier written after the title word
        or (
            not words
            and j > sent_start
            and is_role_word(doc[j - 1].lower_)
            and time_qualifier([lower]) is not None
        )
        # "minister of [financial institutions] X": the words of a portfolio _portfolio_before found
        or (j >= portfolio_start and tok.is_alpha and not ctx.named(tok))
        # "US bankruptcy judge X": a field's plain noun no title list knows, between a state's word and
        # the title it is compounded into, so that the state's word is read as the title's owner
        or _field_after_state(ctx, words, j, sent_start)
        or (
            (bool(words) or j >= portfolio_start)
            and is_title_modifier(lower)
            # "under former president X": "under" governs the title; not "Ministry Under Secretary X", the
            # capitalised rank the parser took for a preposition
            and (tok.dep_ != "prep" or _rank_read_as_preposition(ctx, tok, words, sent_start))
        )
    )


# the plain nouns of a title's field ("bankruptcy", "tax court") that may stand between a state's word and
# the title
MAX_FIELD_NOUNS = 2


def _field_after_state(ctx: RoleContext, words: list[Token], j: int, sent_start: int) -> bool:
    """Is the token at `j` a lower-case common noun compounded into the title whose later `words` are read,
    with at most MAX_FIELD_NOUNS such nouns between it and a state's word written before it ("US bankruptcy
    judge X", "French tax court judge Y")? The state's word owns the title ("judge of the United States"),
    whatever state the story is about; the field itself is not kept (role_phrase knows no such words). A
    name the word only ends is no state's word ("African American radio host X")."""
    doc = ctx.doc
    if not words:
        return False
    k = j
    while k >= sent_start and j - k < MAX_FIELD_NOUNS and _field_noun_of_title(ctx, doc[k], words):
        k -= 1
    if k == j or k < sent_start:
        return False
    owner = ctx.mention_of(k, ending=True)
    if owner is not None:
        # the whole name the word ends: "African American radio host X" names a people, no state
        return lookup_country(owner.text) is not None
    return any(
        k - size + 1 >= sent_start and lookup_country(doc[k - size + 1 : k + 1].text) for size in (3, 2, 1)
    )


def _field_noun_of_title(ctx: RoleContext, tok: Token, words: list[Token]) -> bool:
    """A lower-case common noun, no part of a name, compounded into a later word of the title."""
    return (
        tok.pos_ == "NOUN"
        and tok.is_alpha
        and tok.is_lower
        and tok.dep_ == "compound"
        and tok.i < tok.head.i <= words[-1].i
        and not ctx.named(tok)
    )


def _rank_read_as_preposition(ctx: RoleContext, tok: Token, words: list[Token], sent_start: int) -> bool:
    """Is a capitalised "Under" the parser took for a preposition the rank of the secretary right after it
    ("Defence Ministry Under Secretary X", "U.S. Under Secretary Y")? Only after its owner, a body's name or
    a state's word, and only before "Secretary", the one role the rank makes: a sentence's opening "Under"
    is the preposition it looks like ("Under President X, the state sold arms": no "under president";
    "Under Secretary Y, ...": the time of the secretary Y)."""
    return (
        bool(words)
        and tok.text.istitle()
        and words[0].i == tok.i + 1
        and words[0].lower_ in STATE_PORTFOLIO_TITLES
        and tok.i > sent_start
        and owner_word_ends(ctx, tok.i - 1)
    )


def _capitalised_firm_noun(tok: Token, before: Token) -> bool:
    """Is the word a firm's noun with a capital (firm_descriptor_words: "Firm", "Conglomerate", "Giant")
    written after a state's word ("U.S. Firm X")?"""
    return (
        tok.text.istitle()
        and tok.lower_ in FIRM_DESCRIPTOR_WORDS
        and not is_legal_form(tok.text)
        and lookup_country(before.text) is not None
    )


def _owner_before(
    ctx: RoleContext,
    holder: Cluster,
    mention: Mention,
    target: tuple[str, Cluster] | None,
    role: str,
    qualifier: str | None,
    j: int,
    sent_start: int,
) -> tuple[Cluster | None, str, str | None]:
    """The owner written before a title that ends at `j` + 1 ("Iraqi", "Germany's", "the OIC (OIC)"), with
    the role and its qualifier as the words before the owner complete them; a party there is a membership
    ("Republican Senator X") and the office the state's."""
    doc = ctx.doc
    affiliation = None
    if target and target[0] == "of" and j >= sent_start:
        # "Hong Kong director of Amnesty International X": the body after "of" owns the title; a state
        # named before it is where the holder works
        state = ctx.entity_ending_at(j)
        unplaced = ctx.affiliation(holder) is None and not holder.country
        if state is not None and state.country and unplaced:
            ctx.found.affiliations[holder.key] = state.country
    elif j >= sent_start:
        owner = ctx.mention_of(j, ending=True)
        if owner is not None and doc[j].is_lower and doc[j + 1].lower_ == "of":
            # "the government of Prime Minister X": a common noun's "of" says what is the holder's, not
            # who owns his title (a body's name split by the tagger, "House of Representatives", may)
            owner = None
        if owner is not None and _hearer_of_verb_before(doc[j]):
            # "told reporters Lt. X the base was shut": the verb's object before the title is its hearer,
            # no owner of the title
            owner = None
        if owner is not None and holder.type != "PERSON" and doc[j].is_lower:
            # "National LGBT news source Daily X": the tagger took the description's first noun into a
            # name before it; the words describe the body, they name no owner
            owner = None
        if owner is None and doc[j].tag_ == "POS":
            owner = ctx.mention_of(j - 1, ending=True)
        if owner is None and doc[j].text in DASHES:
            # "X Party — the party's state affiliate — chairman Y": the aside between dashes separates
            # the title from its owner
            window = range(j - 1, max(sent_start, j - 15), -1)
            opening = next((k for k in window if doc[k].text == doc[j].text), None)
            owner = ctx.mention_of(opening - 1, ending=True) if opening else None
        if owner is None and doc[j].text == ")":
            # "Organisation of Islamic Cooperation (OIC) head X": the acronym in brackets ends the name
            owner = ctx.mention_of(j - 1, ending=True)
        if owner is not None:
            affiliation = ctx.clusters.cluster_at(owner.start)
            before_owner = owner.start - 1
            tagged_a_name = (
                affiliation is not None and affiliation.type == "PERSON" and holder.type == "PERSON"
            )
            if tagged_a_name and fold(affiliation.label) in BARE_OFFICE_BODIES:
                # "Deputy Treasury Secretary X": a state's body named bare before a title is a body, even
                # where the tagger took it for a person's name
                affiliation.settle_type("ORG")
                ctx.found.types[affiliation.key] = "ORG"
            body = affiliation is not None and affiliation.type != "PERSON"
            chamber = _party_group_chamber(ctx, holder, affiliation, role, before_owner, sent_start)
            if chamber:
                # "Senate Republican Leader X": the leader of the party's group in the chamber, not of the
                # party; a rank or qualifier before the chamber's word is the title's ("Assistant House ...")
                role, before_owner = f"{chamber} {role}", before_owner - 1
            if holder.type == "PERSON" and body and before_owner >= sent_start:
                rank = doc[before_owner]
                # (a word of the title, hung on it: not the preposition of "built under Chilean President X")
                in_title = rank.dep_ != "prep" and rank.head.i > rank.i
                if is_rank_before_body(rank.text) and in_title and not ctx.named(rank):
                    # "Assistant Treasury Secretary X", "Deputy U.S. Trade Representative Y": the rank
                    # before the owner (a body or a state) is the title's
                    portfolio = _department_named(ctx, owner) if role == "secretary" else None
                    role, before_owner = f"{rank.lower_} {role}", before_owner - 1
                    if portfolio is not None:
                        # "(U.S.) Assistant Treasury Secretary X": assistant secretary of the treasury,
                        # an office of the state written before the rank, or of the one state that has it
                        role = f"{role} of {portfolio}"
                        affiliation = _department_state(ctx, before_owner, role)
            before_owner = _before_state_word(ctx, before_owner)
            qualifier = qualifier or ctx.qualifier_before(before_owner, sent_start)
            qualifier = qualifier or _coordinated_qualifier(ctx, before_owner, sent_start)
            whose = _possessor_before(ctx, owner.start - 1, sent_start)
            stated = whose or ctx.entity_ending_at(owner.start - 1)
            sender = envoys_state(ctx, holder, affiliation, role, stated)
            if sender is not None and affiliation is not None:
                # "Peruvian U.N. Ambassador X", "Chile's U.N. spokesman Y": the state's envoy to the body,
                # not the body's own officer
                ctx.add(holder, role, "to", affiliation, mention.start)
                affiliation = sender
            if affiliation is not None and party_adjective(ctx, holder, affiliation, role):
                # "Maryland's Republican Governor X", "Republican Senator Y": the party is a membership;
                # the office is the state's (named or the article's)
                ctx.add(holder, "member", "of", affiliation, mention.start)
                affiliation = whose if whose and ctx.place(whose) else None
            elif holder.type == "PERSON" and ctx.party(affiliation) and whose and ctx.place(whose):
                ctx.add(holder, "member", "of", affiliation, mention.start)
                affiliation = whose
        elif holder.type == "PERSON":
            # "Radio X sports reporter Y": more description, then the organisation
            described = described_by_organisation(ctx, j, sent_start)
            if described is not None:
                role, affiliation = f"{described[0]} {role}", described[1]
    return affiliation, role, qualifier


def _hearer_of_verb_before(word: Token) -> bool:
    """Is the word a common noun that is the object of a verb before it ("told reporters", "briefed
    diplomats"), a phrase of its own, not the start of the title and name after it?"""
    return (
        word.pos_ == "NOUN"
        and word.dep_ in ("dobj", "dative")
        and word.head.pos_ == "VERB"
        and word.head.i < word.i
    )


def _party_group_chamber(
    ctx: RoleContext, holder: Cluster, party: Cluster | None, role: str, k: int, sent_start: int
) -> str | None:
    """The chamber whose word (titles.tsv party_group_chambers) is written at `k`, right before a party's
    name before a title the party gives ("Senate Republican Leader X", "House Democratic leader Y"), in
    capitals and after no possessive: the party's group in that chamber holds the office."""
    if holder.type != "PERSON" or k < sent_start or not ctx.party(party):
        return None
    if role.split()[-1] not in PARTY_ROLES:
        return None
    word = ctx.doc[k]
    if not word.text[:1].isupper() or (k > sent_start and ctx.doc[k - 1].tag_ == "POS"):
        return None
    return party_group_chamber(word.text)


def _relative_clause_subject(ctx: RoleContext, mention: Mention, sent_start: int) -> bool:
    """ "X, a Republican fundraiser Trump appointed": a name right after a description with an
    indefinite article in apposition, a verb right after the name, is the subject of a relative clause
    on the description (the one Trump appointed), not who it describes."""
    doc = ctx.doc
    k = mention.start - 1
    while k >= max(sent_start, mention.start - MAX_DESCRIPTION_WORDS) and (
        doc[k].pos_ in ("NOUN", "PROPN", "ADJ") or ctx.named(doc[k])
    ):
        k -= 1
    after = doc[mention.end] if mention.end < len(doc) else None
    verb = after is not None and after.tag_ in ("VBD", "VBN", "VBZ", "VBP")
    described = k < mention.start - 1 and k > sent_start and doc[k].lower_ in ("a", "an")
    # in apposition to another name ("DeJoy, a … fundraiser Trump appointed"): "A Chilean lawyer X spoke"
    # opening a sentence is X's description
    return described and doc[k - 1].text in {",", "(", *DASHES} and verb


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


def _in_a_place_name(ctx: RoleContext, mention: Mention) -> bool:
    """The title and name are part of a site's name ("the General Jose Lopez Base", "President Ana
    Ruiz Airport") or name a site after someone ("a base named after General X"): nobody holds an
    office there."""
    doc = ctx.doc
    k = mention.end - 1
    while k + 1 < len(doc) and k + 1 - mention.end < 2 and doc[k + 1].text[:1].isupper():
        k += 1
        if doc[k].lower_ in FACILITY_NOUNS:
            return True
    root = doc[mention.start : mention.end].root
    if mention.text.split()[-1].lower() in FACILITY_NOUNS and not _speaking_person(root):
        return True
    after = root.head if root.dep_ == "pobj" else None
    return after is not None and after.lower_ == "after" and after.head.lemma_.lower() == "name"


def _speaking_person(root: Token) -> bool:
    """ "Finance Minister Ana Hill said ...", "Senator Bo Lane told ...": a name the tagger reads as a
    person's, the subject of a verb of saying, is a person's whose surname is a site's word ("Hill",
    "Lane"), not a site named after someone (a base or a street says nothing)."""
    return root.ent_type_ == "PERSON" and root.dep_ == "nsubj" and root.head.lemma_.lower() in REPORTING_VERBS


def _coordinated_qualifier(ctx: RoleContext, k: int, sent_start: int) -> str | None:
    """ "former Rhode Island governor and US Senator X": the time qualifier of the first of two titles
    joined by "and" before one name is said of both; `k` is where the words before the second title
    end (the "and"). None when no title ends before "and" or no qualifier opens it."""
    doc = ctx.doc
    if k - 1 < sent_start or doc[k].lower_ != "and" or not is_role_word(doc[k - 1].lower_):
        return None
    i = k - 1
    while i >= sent_start and k - i <= MAX_TITLE_WORDS:
        qualifier = ctx.qualifier_before(i, sent_start)
        if qualifier:
            return qualifier
        lower = doc[i].lower_
        if not (is_role_word(lower) or is_title_modifier(lower) or ctx.named(doc[i])):
            return None
        i -= 1
    return None


def _dated_before(ctx: RoleContext, index: int, role: str) -> bool:
    """A title of one election ("nominee", "candidate") said of a name in a clause dated by an earlier
    year ("In 2016, the party's nominee X received ..."): the title is that year's, now past."""
    if ctx.year is None or not is_election_title(role):
        return False
    token = ctx.doc[index]
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            break
        token = token.head
    if token.pos_ not in ("VERB", "AUX"):
        return False
    return any(
        prep.dep_ == "prep" and prep.lower_ == "in" and ctx.past_year(pobj)
        for prep in token.children
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    )


def _department_in_a_title(ctx: RoleContext, mention: Mention, sent_start: int) -> bool:
    """A department named by its portfolio between a rank and "Secretary" ("Deputy Treasury Secretary")."""
    doc = ctx.doc
    before, after = mention.start - 1, mention.end
    if before < sent_start or after >= len(doc) or _department_named(ctx, mention) is None:
        return False
    return is_rank_before_body(doc[before].text) and doc[after].lower_ == "secretary"


def _department_named(ctx: RoleContext, owner: Mention) -> str | None:
    """The portfolio of a department named by it alone ("Treasury", "Defense"; titles.tsv
    department_portfolios), None for any other owner."""
    words = ctx.doc[owner.start : owner.end]
    if len(words) != 1:
        return None
    return department_portfolio(words[0].text)


def _department_state(ctx: RoleContext, k: int, role: str) -> Cluster | None:
    """The state whose department's title ends before `k` + 1: a state's name or demonym written there
    ("U.S. Assistant Treasury Secretary"), else the one state whose office the title is (state_titles)."""
    for size in (3, 2, 1):
        if k - size + 1 < 0 or k - size + 1 < ctx.sentence_start[max(k, 0)]:
            continue
        country = lookup_country(ctx.doc[k - size + 1 : k + 1].text)
        if country is not None:
            written = ctx.entity_ending_at(k)
            if written is not None and written.country == country.iso3:
                return written
            return ctx.clusters.country_cluster(country.iso3)
    iso3 = state_of_title(role.split())
    return ctx.clusters.country_cluster(iso3) if iso3 else None


def _before_state_word(ctx: RoleContext, k: int) -> int:
    """Where the words before a state's name or demonym, or a place's name, ending at `k` end ("then-US
    Libertarian Party candidate": the qualifier is said across the state word); `k` when none ends there."""
    for size in (3, 2, 1):
        if k - size + 1 >= 0 and lookup_country(ctx.doc[k - size + 1 : k + 1].text) is not None:
            return k - size
    town = ctx.mention_of(k, ending=True)
    entity = ctx.clusters.cluster_at(town.start) if town is not None else None
    if town is not None and entity is not None and entity.type in ("GPE", "LOC"):
        return town.start - 1  # "former New York City Police Commissioner": said across a town's name too
    return k


def _trade_role_owner(
    ctx: RoleContext, holder: Cluster, role: str, j: int, sent_start: int, token: int
) -> None:
    """The owner of a role of trade whose state's word ends at `j` ("its Indian joint venture X", "Acme's
    Italian agent Y"): the possessor before the state's word, a pronoun resolved as a body's unit is."""
    k = _before_trade_state(ctx, j, sent_start)
    if k is None:
        return
    if ctx.doc[k].tag_ == "PRP$":
        ctx.pronoun_owned(holder, role, k, token)
        return
    owner = _possessor_before(ctx, k, sent_start)
    if owner is not None and owner is not holder and not ctx.place(owner):
        ctx.add(holder, role, "of", owner, token)


def _before_trade_state(ctx: RoleContext, j: int, sent_start: int) -> int | None:
    """The token before the state's word that ends at `j` and the firm's plain adjectives before it
    ("Kestrel Corp's small Brazilian bank subsidiary X": the "'s"), or None."""
    state = ctx.mention_of(j, ending=True) if j >= sent_start else None
    if state is None:
        return None
    k = state.start - 1
    while k > sent_start and state.start - k <= MAX_FIRM_ADJECTIVES and _plain_adjective(ctx, k):
        k -= 1  # the firm's description, no owner
    return k if k >= sent_start else None


def _trade_possessor(ctx: RoleContext, j: int, sent_start: int) -> Cluster | None:
    """The entity whose possessive stands before the state's word of a title ("Acme's Philippine agent X"),
    if any."""
    k = _before_trade_state(ctx, j, sent_start)
    return _possessor_before(ctx, k, sent_start) if k is not None else None


def _plain_adjective(ctx: RoleContext, k: int) -> bool:
    """A lower-case adjective no name is part of ("small", "commercial")."""
    return ctx.doc[k].tag_ == "JJ" and ctx.doc[k].text.islower() and not ctx.named(ctx.doc[k])


def _possessor_before(ctx: RoleContext, k: int, sent_start: int) -> Cluster | None:
    """The entity whose possessive ends at `k` ("Maryland's"), if any."""
    if k <= sent_start or ctx.doc[k].tag_ != "POS":
        return None
    return ctx.entity_ending_at(k - 1)


def _skip_description(ctx: RoleContext, j: int, sent_start: int) -> int:
    """ "Retired FBI agent and terrorism specialist X": a lower-case description coordinated after a
    title is skipped, so that the title and its organisation are read."""
    doc = ctx.doc
    k = j
    while k >= sent_start and j - k < 3 and doc[k].is_alpha and doc[k].is_lower:
        if doc[k].pos_ not in ("NOUN", "ADJ") or is_role_word(doc[k].lower_) or ctx.named(doc[k]):
            break
        k -= 1
    after_title = k > sent_start and doc[k].lower_ == "and" and is_role_word(doc[k - 1].lower_)
    return k - 1 if k < j and after_title and doc[j].pos_ == "NOUN" else j


def _portfolio_before(ctx: RoleContext, j: int, sent_start: int) -> int:
    """ "Minister of Information X", "Minister for Foreign Affairs Y": how many title modifiers end at
    `j` after "of"/"for" and a role noun (0 when they are not such a portfolio)."""
    doc = ctx.doc
    k = j
    joined = False
    while k >= sent_start and _unnamed_title_modifier(ctx, doc[k]):
        k -= 1
        # "Minister of Trade and Industry X": two fields joined after "of" are one portfolio; the "and" is
        # stepped over only onto a field, so the portfolio never starts at it
        joins = not joined and k > sent_start and doc[k].lower_ == "and"
        if joins and _unnamed_title_modifier(ctx, doc[k - 1]):
            joined = True
            k -= 1
    of_title = k - 1 >= sent_start and doc[k].lower_ in ("of", "for") and is_role_word(doc[k - 1].lower_)
    if not of_title and k == j:
        return _unlisted_portfolio_before(ctx, j, sent_start)
    return j - k if of_title else 0


def _unlisted_portfolio_before(ctx: RoleContext, j: int, sent_start: int) -> int:
    """ "Chile's minister of financial institutions X": how many words, none a name or of an entity type
    ("minister of many years": DATE), end at `j` after "minister of/for" (portfolio_titles) and make a
    portfolio the title words do not know (titles.unlisted_portfolio; titles.role_phrase keeps it:
    "financial institutions minister"); 0 where there is none."""
    doc = ctx.doc
    k = j
    while k >= sent_start and j - k < MAX_UNLISTED_PORTFOLIO:
        tok = doc[k]
        if ctx.named(tok) or tok.ent_type_ or tok.pos_ not in ("NOUN", "ADJ", "PROPN"):
            break
        k -= 1
    opened = k - 1 >= sent_start and doc[k].lower_ in ("of", "for") and doc[k - 1].lower_ in PORTFOLIO_TITLES
    if not opened or not unlisted_portfolio([t.lower_ for t in doc[k + 1 : j + 1]]):
        return 0
    return j - k


def _unnamed_title_modifier(ctx: RoleContext, word: Token) -> bool:
    """A word of a title's field ("Trade", "Foreign") that is no part of a name."""
    return is_title_modifier(word.lower_) and not ctx.named(word)


def _compounds_into(word: Token, mention: Mention) -> bool:
    """Whether `word` is a noun compounded into the mention's own noun ("[self defence] forces"): a part of
    the body's name, where a title before a name ("airline Zarvan Air") stands beside it."""
    return word.dep_ == "compound" and mention.start <= word.head.i < mention.end
