"""Interview layout: the speaker labels that open the paragraphs of a question-and-answer interview.

Interviews print each turn as a paragraph opened by its speaker's label: the outlet's or the
interviewer's ("((WN))", "Wikinews:", "Q:") for a question, the interviewee's name or initials
("Jane Doe:", "JD:", "((Jane Doe))") or "A:" for an answer. A label is no part of the sentence it opens:
the pipeline makes the words after it a sentence of their own (io.nlp), and the clause reader makes the
answers the interviewee's words and the questions assert nothing (clauses.turns). Only tokens are read
here, so the labels are known before the parser runs.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from geokg.extract.lexicon.words import ANSWER_LABELS, INTERVIEWER_LABELS
from spacy.tokens import Doc

# A speaker label is a name or initials: "Natasha Gownaris", "Dr. Jane Roe", "WN".
MAX_LABEL_WORDS = 4
# Colon labels ("NG:") mark an interview when one opens at least this many paragraphs, or when it is a
# known interview label ("Q:"): one "Update:" or "Note:" paragraph is no interview.
MIN_COLON_TURNS = 2


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int  # first token that is not white space
    end: int  # token after the last one that is not white space


@dataclass(frozen=True, slots=True)
class Label:
    paragraph: Paragraph
    end: int  # first token after the label and its colon: where the turn's own words start
    text: str  # the label's words, without brackets or colon ("WN", "Natasha Gownaris")

    @property
    def start(self) -> int:
        return self.paragraph.start

    @property
    def asks(self) -> bool:
        """Is it a label of the interviewer by its words ("Q", "WN", "Wikinews")?"""
        return self.text.lower() in INTERVIEWER_LABELS

    @property
    def answers(self) -> bool:
        """Is it an answer's label that names nobody ("A", "Answer")?"""
        return self.text.lower() in ANSWER_LABELS


def paragraphs(doc: Doc) -> list[Paragraph]:
    """The runs of tokens between line breaks, without their surrounding white space."""
    found: list[Paragraph] = []
    start: int | None = None
    last = -1
    for token in doc:
        if token.is_space and "\n" in token.text:
            if start is not None:
                found.append(Paragraph(start, last + 1))
            start = None
            continue
        if not token.is_space:
            if start is None:
                start = token.i
            last = token.i
        if "\n" in token.whitespace_ and start is not None:
            found.append(Paragraph(start, last + 1))
            start = None
    if start is not None:
        found.append(Paragraph(start, last + 1))
    return found


def _name_word(text: str) -> bool:
    """A word of a name or of initials: "Jane", "WN", "Dr.", "O'Neil"."""
    return text[:1].isupper() and text.replace(".", "").replace("'", "").replace("-", "").isalpha()


def _bracketed(doc: Doc, paragraph: Paragraph) -> tuple[int, str] | None:
    """ "((Jane Doe))", "((WN)) :": the bold label as the corpus renders it."""
    i = paragraph.start
    if i + 1 >= paragraph.end or doc[i].text != "(" or doc[i + 1].text != "(":
        return None
    j = i + 2
    while j < paragraph.end and doc[j].text != ")" and j - i - 2 <= MAX_LABEL_WORDS:
        j += 1
    words = [t.text for t in doc[i + 2 : j]]
    if not words or len(words) > MAX_LABEL_WORDS or not all(_name_word(w) for w in words):
        return None
    if j + 1 >= paragraph.end or doc[j + 1].text != ")":
        return None
    end = j + 2
    while end < paragraph.end and (doc[end].is_space or doc[end].text == ":"):
        end += 1
    return end, " ".join(words)


def _colon(doc: Doc, paragraph: Paragraph) -> tuple[int, str] | None:
    """ "NG: We …", "Jane Doe: I …": a name or initials and a colon, words after it."""
    for j in range(paragraph.start + 1, min(paragraph.end, paragraph.start + MAX_LABEL_WORDS + 1)):
        if doc[j].text == ":":
            words = [t.text for t in doc[paragraph.start : j]]
            if j + 1 < paragraph.end and all(_name_word(w) for w in words):
                end = j + 1
                while end < paragraph.end and doc[end].is_space:
                    end += 1
                return end, " ".join(words)
            return None
        if not _name_word(doc[j].text):
            return None
    return None


def _initials(doc: Doc, paragraph: Paragraph) -> tuple[int, str] | None:
    """ "MS Although we …": initials and no colon, a capitalised word after them."""
    first = doc[paragraph.start]
    after = paragraph.start + 1
    if not (2 <= len(first.text) <= MAX_LABEL_WORDS and first.is_alpha and first.is_upper):
        return None
    return (after, first.text) if after < paragraph.end and doc[after].text[:1].isupper() else None


def _name_initials(doc: Doc) -> set[str]:
    """The initials of the runs of two or three capitalised words in the text ("Jane Roe" -> "JR")."""
    found: set[str] = set()
    for size in (2, 3):
        for i in range(len(doc) - size + 1):
            words = doc[i : i + size]
            if all(t.is_alpha and t.is_title for t in words):
                found.add("".join(t.text[0] for t in words))
    return found


def speaker_labels(doc: Doc) -> list[Label]:
    """The speaker labels that open paragraphs, in text order. Bracketed labels always count; colon labels
    when the article is an interview in that layout: a known interview label ("Q:") opens a paragraph,
    or one label opens several ("NG:"); then also one that opens a single turn ("Jane Doe:" before her
    answers marked "JD:")."""
    bracketed: list[Label] = []
    colon: list[Label] = []
    initials: list[Label] = []
    for paragraph in paragraphs(doc):
        found = _bracketed(doc, paragraph)
        if found is not None:
            bracketed.append(Label(paragraph, *found))
            continue
        found = _colon(doc, paragraph)
        if found is not None:
            colon.append(Label(paragraph, *found))
            continue
        found = _initials(doc, paragraph)
        if found is not None:
            initials.append(Label(paragraph, *found))
    counts = Counter(label.text for label in colon)
    if not any(counts[label.text] >= MIN_COLON_TURNS or label.asks or label.answers for label in colon):
        colon = []  # no interview in this layout: "Jane DoeImage: …" credits a picture
    # "MS Although …" in an interview: the initials of a name of the text, opening several answers.
    counts = Counter(label.text for label in initials)
    names = _name_initials(doc) if initials and (bracketed or colon) else set()
    initials = [label for label in initials if counts[label.text] >= MIN_COLON_TURNS and label.text in names]
    return sorted(bracketed + colon + initials, key=lambda label: label.start)
