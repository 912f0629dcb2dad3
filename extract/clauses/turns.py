"""Interview turns: an answer is the interviewee's words, a question asserts nothing.

The speaker labels that open an interview's paragraphs (io.turns) say who speaks: the interviewer's
label ("((WN))", "Q:", or a reporter's initials, whose turns are questions) or the interviewee's
("Jane Doe:", "JD:", "A:"). Each turn becomes a Quote over its words, as a quotation would: an answer
with the interviewee as its speaker (so that its "I" is them and its claims are theirs), a question with
`question` set (clauses in it are not read). A paragraph with no label goes on with the turn before it (a
long answer runs over several paragraphs), except a question of its own ("Can you tell us about
yourself?" just before a labelled answer); where only the questions carry labels, the paragraphs after a
question are the interviewee's answer.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from geokg.extract.clauses.quotes import Quote
from geokg.extract.entities.clusters import DocEntities
from geokg.extract.io.turns import Label, Paragraph, paragraphs
from spacy.tokens import Doc

# A label whose turns are questions this often (or more) is the interviewer's ("((WSS))", "((RS))").
QUESTION_SHARE = 0.5


def _asks(doc: Doc, paragraph: Paragraph) -> bool:
    return any(t.text == "?" for t in doc[paragraph.start : paragraph.end])


def _ends_asking(doc: Doc, paragraph: Paragraph) -> bool:
    return doc[paragraph.end - 1].text == "?"


def _question_labels(doc: Doc, labels: list[Label]) -> set[str]:
    turns: dict[str, list[Label]] = defaultdict(list)
    for label in labels:
        turns[label.text].append(label)
    found = set()
    for text, group in turns.items():
        if group[0].answers:
            continue
        asking = sum(_asks(doc, label.paragraph) for label in group)
        if group[0].asks or asking >= QUESTION_SHARE * len(group):
            found.add(text)
    return found


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.replace("-", " ").split() if word[:1].isupper())


def _people_in(entities: DocEntities, start: int, end: int) -> list[str]:
    """The ids of the people mentioned in the tokens start..end, in text order (one per token)."""
    found = []
    for i in range(start, end):
        entity_id = entities.entity_id_at(i)
        entity = entities.entity(entity_id) if entity_id else None
        if entity is not None and entity.type == "PERSON":
            found.append(entity.id)
    return found


def _person_named(doc: Doc, label: Label, entities: DocEntities) -> str | None:
    """The person a label names: one mentioned in it, or the one whose name or initials it is."""
    mentioned = _people_in(entities, label.start, label.end)
    if mentioned:
        return mentioned[0]
    text = label.text.replace(".", "")
    words = text.split()
    found = set()
    for entity in entities.entities():
        if entity.type != "PERSON":
            continue
        names = {entity.label, *entity.aliases}
        if any(name == label.text or name.split()[-1:] == words for name in names) or (
            len(text) >= 2 and text.isupper() and len(words) == 1 and _initials(entity.label) == text
        ):
            found.add(entity.id)
    return found.pop() if len(found) == 1 else None


def _title_person(doc: Doc, entities: DocEntities) -> str | None:
    """The one person the article's first line (its title) names: an interview's title names whom."""
    first = next(iter(doc.sents), None)
    if first is None:
        return None
    people = set(_people_in(entities, first.start, first.end))
    return people.pop() if len(people) == 1 else None


def interview_turns(doc: Doc, entities: DocEntities, labels: list[Label]) -> list[Quote]:
    """The questions and answers of an interview, as quotations, from its speaker labels
    (io.turns.speaker_labels); [] for an article with none."""
    if not labels:
        return []
    questions = _question_labels(doc, labels)
    named = {
        label.text: _person_named(doc, label, entities) for label in labels if label.text not in questions
    }
    answerers = {person for person in named.values() if person}
    interviewee = (
        answerers.pop() if len(answerers) == 1 else _title_person(doc, entities) if not answerers else None
    )
    labelled_answers = any(label.text not in questions for label in labels)
    by_start = {label.start: label for label in labels}
    paras = paragraphs(doc)

    def answer_label_next(n: int) -> bool:
        label = by_start.get(paras[n + 1].start) if n + 1 < len(paras) else None
        return label is not None and label.text not in questions

    turns: list[Quote] = []
    state: str | None = None  # "question", "answer" or None before the interview starts
    speaker: str | None = None
    for n, paragraph in enumerate(paras):
        label = by_start.get(paragraph.start)
        if label is not None:
            start = label.end
            if label.text in questions:
                state, speaker = "question", None
            else:
                state, speaker = "answer", named.get(label.text) or (interviewee if label.answers else None)
        else:
            start = paragraph.start
            if _ends_asking(doc, paragraph) and answer_label_next(n):
                turns.append(Quote(start, paragraph.end, None, question=True, addressee=interviewee))
                continue
            if state == "question" and not labelled_answers:
                state, speaker = "answer", interviewee
            elif state != "answer":
                continue
        if start >= paragraph.end:
            continue
        if state == "question":
            turns.append(Quote(start, paragraph.end, None, question=True, addressee=interviewee))
        else:
            turns.append(Quote(start, paragraph.end, speaker, answer=True))
    # A question asks whoever answers it: "you" of a round-table question is the next speaker.
    answered: list[Quote] = []
    for n, turn in enumerate(turns):
        if turn.question:
            after = next((t for t in turns[n + 1 :] if not t.question), None)
            if after is not None and after.speaker is not None:
                turn = replace(turn, addressee=after.speaker)
        answered.append(turn)
    return [turn for turn in answered if turn.question or turn.speaker is not None]
