"""Apply the codebook rules to an article's clean text, sentence by sentence.

For each sentence: find trigger, cue and gazetteer hits; check each rule's required context;
veto it when a suppressing cue stands in its scope (negation, modality, calls, aggregates,
scope, other word senses); resolve the fields; record why, for ``pfd extract --explain``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc, Span, Token

from pipeline.extract import fields
from pipeline.extract.dates import (
    DateMatch,
    find_dates,
    has_date_expression,
    needs_previous,
    pick_date,
)
from pipeline.extract.fields import Hit
from pipeline.extract.lexicon import Lexicon, Rule, load_lexicon
from pipeline.records import Mention

_CLAUSE_WORDS = {"who", "whose", "which", "that", "because", "after", "before", "when", "while",
                 "but", "although", "though", "whereas", "where", "why", "how", "since", "until",
                 "said", "says", "say"}
_CLAUSE_PUNCT = {",", ";", ":", "—", "–", "(", ")", '"', "“", "”"}
_FURNITURE_PREFIX = re.compile(
    r"^(related|read more|also read|see also|more from|recommended|advertisement|share this|"
    r"sign up|subscribe|comments?|follow us|most read|trending|breaking|ticker|copyright|©)",
    re.I)
_MAX_HEADING = 80  # characters: a line this short without a full stop is a heading
_END = re.compile(r"[.!?][\"'”’)]*(?:\[\d{1,3}\])*\s*$")  # "...[3]": a note marker


@dataclass
class SentenceReport:
    """What the engine decided for one sentence (the --explain view)."""

    start: int
    end: int
    text: str
    notes: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Extraction:
    """Mentions of one article, plus the per-sentence report when asked for."""

    mentions: list[Mention]
    dominant_country: str | None
    sentences: list[SentenceReport]


def _paragraphs(text: str) -> Iterator[tuple[int, str]]:
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            yield offset, line
        offset += len(line) + 1


def doc_text(doc: Doc) -> str:
    """The text a doc was made from (kept in user_data: Doc.text rebuilds it token by token)."""
    text = doc.user_data.get("text")
    return text if isinstance(text, str) else doc.text


def span_text(span: Span) -> str:
    """A span's text, sliced from its doc's text."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def _hits(lex: Lexicon, doc: Doc, full: bool = True) -> list[Hit]:
    """Phrase-matcher hits; ``full=False`` runs only the gazetteers that work without lemmas
    (countries, person targets), which is all a paragraph without any trigger needs."""
    hits = []
    matchers = (lex.lemma_matcher, lex.lower_matcher, lex.orth_matcher) if full else \
        tuple(m for m in (lex.orth_matcher, lex.person_matcher) if m is not None)
    strings, text = doc.vocab.strings, doc_text(doc)
    offsets: list[list[int]] | None = None  # token (start char, length), built on first hit
    for matcher in matchers:
        for match_id, start, end in matcher(doc):
            if offsets is None:
                offsets = doc.to_array([IDX, LENGTH]).tolist()
            kind, _, rest = strings[match_id].partition(":")
            key, _, sub = rest.partition(":")
            last = offsets[end - 1]
            hits.append(Hit(kind, key, sub, start, end,
                            text[offsets[start][0]:last[0] + last[1]]))
    # Longest match wins among overlapping gazetteer hits of the same kind.
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[Hit] = []
    reach: dict[str, int] = {}
    for h in hits:
        if h.kind in ("country", "actor", "target", "platform"):
            if h.end <= reach.get(h.kind, -1):
                continue
            reach[h.kind] = h.end
        kept.append(h)
    names = [(h.start, h.end) for h in kept if h.kind == "actor" and h.end - h.start > 1
             or h.kind == "country" and h.sub == "bodies"]
    # "the telecommunications regulator", "the communications ministry": a modifier of an
    # actor, not the object acted on.
    actor_starts = {h.start for h in kept if h.kind == "actor"}
    actor_ends = [h.end for h in kept if h.kind == "actor"]
    return [h for h in kept if h.kind != "cue" or h.key in _BODY_CUES or not any(
        s <= h.start and h.end <= e for s, e in names) and not (
        h.key in _OBJECT_CUES and (h.end in actor_starts
                                   or _in_proper_name(doc, h, actor_ends)))]


_OBJECT_CUES = {"internet_object", "website_object", "surveillance_object"}
_BODY_CUES = {"state_demand", "licensing_body"}  # kept inside an actor's name ("media regulator")
_NAME_LINKS = {"of", "and", "for", "&"}


def _in_proper_name(doc: Doc, hit: Hit, actor_ends: list[int]) -> bool:
    """A capitalised cue that continues an actor's name ("Ministry of Information and
    Communications")."""
    if not doc[hit.start].text[:1].isupper():
        return False
    if hit.start - 1 > 0 and not doc[hit.start - 1].is_sent_start and \
            doc[hit.start - 1].text[:1].isupper() and doc[hit.start - 1].is_alpha:
        return True  # "Hong Kong Broadband Network"
    for end in actor_ends:
        if 0 <= hit.start - end <= 4 and all(
                t.lower_ in _NAME_LINKS or t.text[:1].isupper() for t in doc[end:hit.start]):
            return True
    return False


def dominant_country(lex: Lexicon, doc_hits: list[list[Hit]], title: str | None) -> str | None:
    """The country most named in the article (title counts twice), or None."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    order = 0
    if title:
        for h in _hits(lex, lex.nlp(title)):
            if h.kind == "country":
                counts[h.key] += 2
                first.setdefault(h.key, order)
                order += 1
    for hits in doc_hits:
        for h in hits:
            if h.kind == "country":
                counts[h.key] += 1
                first.setdefault(h.key, order)
                order += 1
    if not counts:
        return None
    return max(counts, key=lambda c: (counts[c], -first[c]))


def _in_clause(doc: Doc, cue: Hit, anchor: int) -> bool:
    if cue.end > anchor:
        return False
    return not any(t.text in _CLAUSE_PUNCT or t.lower_ in _CLAUSE_WORDS
                   for t in doc[cue.end:anchor])


_THREAT_NOUNS = {"calls", "messages", "letters", "notes", "texts", "emails", "comments", "phone"}
_LURE_WORDS = {"link", "links", "message", "messages", "attachment", "attachments", "file",
               "files", "sms", "texts"}


def _accused_of(doc: Doc, sent: Span, trig: Hit) -> bool:
    """"accused the platform of removing posts": the act is the accusation's content."""
    if not doc[trig.start].text.lower().endswith("ing") or trig.start - 1 <= sent.start or \
            doc[trig.start - 1].lower_ != "of":
        return False
    return any(t.lower_.startswith("accus") for t in doc[max(sent.start, trig.start - 7):
                                                           trig.start - 1])


_NEGATORS = {"not", "n't", "no", "never", "nobody", "none", "denied", "deny", "denies",
             "without"}


def _gerund_subject(doc: Doc, sent: Span, trig: Hit) -> bool:
    """"Blocking entire platforms is a disproportionate response": the act as a topic."""
    first = sent.start
    while first < trig.start and doc[first].is_punct:
        first += 1  # an opening quote
    if trig.start != first or not doc[trig.start].lower_.endswith("ing"):
        return False
    return any(t.lower_ in ("is", "was", "would", "will", "remains", "has")
               for t in doc[trig.end:min(sent.end, trig.end + 16)])


def _negative_polarity(doc: Doc, sent: Span, trig: Hit) -> bool:
    """"said no police officer had taken part in any attack", "was not aware that any
    journalist had been detained": "any" next to the act, under a negation before it."""
    window = doc[max(sent.start, trig.start - 4):min(sent.end, trig.end + 2)]
    anys = [t.i for t in window if t.lower_ == "any"]
    if not anys:
        return False
    return any(t.lower_ in _NEGATORS for t in doc[sent.start:anys[0]])


def _cue_fires(lex: Lexicon, name: str, hits: list[Hit], doc: Doc, trig: Hit) -> Hit | None:
    scope = lex.cue_scopes.get(name, "sentence")
    for cue in (h for h in hits if h.kind == "cue" and h.key == name):
        if cue.start >= trig.start and cue.end <= trig.end:
            continue  # the trigger itself ("threatened" as a harassment trigger)
        if name == "modality" and cue.text[:1].isupper() and cue.start > 0 and \
                not doc[cue.start].is_sent_start:
            continue  # "May" the month, "Can Tho" the city: not a modal verb
        if name == "modality" and cue.text.lower() == "would" and cue.end < len(doc) and \
                doc[cue.end].lower_ == "have" and any(
                    t.lower_ in _LURE_WORDS for t in doc[max(0, cue.start - 4):cue.start]):
            continue  # "received links that would have installed Pegasus": the attempt happened
        if name == "conditional" and cue.start >= trig.end and \
                trig.text.lower().startswith("threat") and any(
                    h.kind == "cue" and h.key == "harm_threat" for h in hits):
            continue  # "threatened to kill him if he kept reporting": the threat's own terms
        if name == "ordinal_tally" and cue.text.lower().startswith("the ") and \
                cue.end < len(doc) and doc[cue.end].lower_ in ("time", "day", "week", "month"):
            continue  # "for the second time": a repeat of the act, which happened
        if name == "restoration" and cue.start > doc[cue.start].sent.start and any(
                t.lower_ in ("not", "never", "n't") for t in doc[max(0, cue.start - 3):cue.start]):
            continue  # "was not restored until late 2010": the block lasted
        if name == "call" and cue.text.lower().startswith("calls") and cue.start > 0 and \
                doc[cue.start - 1].lemma_ in ("restrict", "block", "ban", "disable", "throttle",
                                              "voice", "video", "make"):
            continue  # "restricted calls on WhatsApp": phone calls, not an appeal
        if name == "call" and cue.start > 0 and doc[cue.start - 1].lower_ in _CHARGE_WORDS \
                and not any(t.lemma_ in ("call", "urge", "appeal", "press", "push")
                            for t in doc[max(0, cue.start - 5):cue.start]):
            continue  # the charge itself ("jailed for calling for protests")
        if name == "call" and {t.lower_ for t in doc[max(0, cue.start - 2):cue.start]} & {
                "who", "which"} and any(t.lower_ == "and" for t in doc[cue.end:trig.start]):
            continue  # "the pastor who had called for the stay-away ... was charged": his act
        if name == "accident" and (cue.text.lower() in ("fired", "firing") or
                                   cue.text.lower() == "fire" and cue.start > 0 and
                                   doc[cue.start - 1].lemma_ in ("open", "return", "hold",
                                                                 "cease", "under")):
            continue  # "security forces opened fire on worshippers", "police fired on": shots
        if name == "accident" and cue.text.lower() == "cable" and cue.end < len(doc) and \
                doc[cue.end].lower_ in ("television", "tv", "channels", "operators", "news"):
            continue  # "cut mobile internet, landlines and cable television": not a cable cut
        adverb = name == "negation" and cue.text.lower() in ("not", "n't", "never")
        reach = _NEGATION_REACH
        if cue.text.lower() in ("nobody", "no one", "none") and not any(
                t.text in _CLAUSE_PUNCT for t in doc[cue.end:trig.start]):
            reach = 12  # "Nobody we've spoken to has actually been arrested"
        if name == "negation" and not adverb and trig.start - cue.end > reach:
            continue  # "no ..." too far away to be the trigger's subject
        if (adverb or name in ("modality", "call")) and cue.end <= trig.start and any(
                t.lower_ in _FINITE_AUX for t in doc[cue.end + 1:trig.start]):
            continue  # "a reporter who tried to publish a toll was summoned": another verb
        if name == "conditional_before" and cue.text.lower() == "until" and \
                cue.end < len(doc) and (doc[cue.end].lower_ in _UNTIL_TIME
                                        or doc[cue.end].text in _MONTH_NAMES):
            continue  # "adjourned until July", "suspended until further notice": a time
        if name == "denial" and cue.start > 0 and (
                doc[cue.start - 1].lower_ in ("for", "over", "after")
                or cue.start > 1 and doc[cue.start - 2].lower_ == "for"):
            continue  # "fined for failing to delete": the charge, not a denial
        if name == "denial" and cue.text.lower() == "denied" and cue.end < len(doc) and \
                doc[cue.end].lower_ in ("bail", "entry", "access", "permission", "him", "her",
                                        "them", "a", "accreditation"):
            continue  # "denied bail to a journalist": an act, not a denial
        if name == "denial" and cue.text.lower() == "unable to" and any(
                t.lower_ in _USE_VERBS for t in doc[cue.end:cue.end + 2]):
            continue  # "users were unable to reach X": the effect of a block, not a denial
        if scope == "sentence" and name in ("aggregate", "draft") and \
                _other_clause(doc, cue, trig):
            continue  # "... in a row: the authority restricted Telegram in November 2023"
        if scope == "sentence":
            return cue
        if scope == "before" and (cue.end <= trig.start or cue.start < trig.start < cue.end
                                  <= trig.end):
            return cue  # also when they share a word: "failed to" + "to register"
        if scope.startswith("before:") and cue.end <= trig.start and \
                trig.start - cue.end <= int(scope.partition(":")[2]):
            return cue  # "Rules, which let the home secretary ... suspend telecom services"
        if scope == "clause" and (_in_clause(doc, cue, trig.start) or cue.start == trig.end
                                  or cue.start == trig.end + 1
                                  and doc[trig.end].text not in _CLAUSE_PUNCT):
            return cue  # before the trigger in its clause, or right after ("arrests could")
        if scope == "same_clause":
            lo, hi = (cue.end, trig.start) if cue.end <= trig.start else (trig.end, cue.start)
            if not any(t.lower_ in _CLAUSE_WORDS for t in doc[lo:hi]):
                return cue
            continue
        if scope == "before_or_clause" and cue.end <= trig.start:
            return cue  # "If convicted, they face ...": anywhere before the trigger
        if scope in ("clause_both", "before_or_clause"):  # no clause word or punctuation between
            lo, hi = (cue.end, trig.start) if cue.end <= trig.start else (trig.end, cue.start)
            if not any(t.lower_ in _CLAUSE_WORDS or t.text in _CLAUSE_PUNCT
                       for t in doc[lo:hi]):
                return cue
            continue
        if scope.startswith("near") and fields.distance(cue, trig.start) <= int(
                scope.partition(":")[2] or 4):
            return cue
    return None


def _other_clause(doc: Doc, cue: Hit, trig: Hit) -> bool:
    """A sentence-wide veto word that belongs to another clause of a dated report: set off by
    a colon or semicolon before the trigger, or in a later clause after a dated trigger."""
    if cue.end <= trig.start:
        return any(t.text in (":", ";") for t in doc[cue.end:trig.start])
    between = doc[trig.end:cue.start]
    if not any(t.text in (",", ";", ":", "—") for t in between):
        return False
    sent = doc[trig.start].sent
    lead = span_text(doc[sent.start:min(cue.start, trig.end + 8)])
    return any(t.lower_ in WEEKDAY_WORDS for t in doc[sent.start:cue.start]) or any(
        d.precision == "day" for d in find_dates(lead, date(2100, 1, 1)))


_UNTIL_TIME = {"further", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
               "sunday"}
_MONTH_NAMES = {"January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"}
_CHARGE_WORDS = {"for", "with", "of", "over"}
_SENTENCING = {"sentence", "jail", "hand", "give", "convict", "imprison", "order", "impose"}
_CITING = {"citing", "cited", "under", "using", "invoking", "invoked"}
_JOURNALISM_WORDS = {"investigating", "investigation", "investigations", "reporting", "report",
                     "reports", "exposing", "exposed", "covering", "coverage", "about", "into",
                     "on", "wrote", "documenting", "story", "stories", "series", "article",
                     "accusing", "alleging", "claiming", "videos", "video", "posts", "post"}
_NEGATION_REACH = 6  # tokens between "no ..." and the trigger it can negate
_FINITE_AUX = {"was", "were", "is", "are", "has", "had"}  # a new verb group starts here
_USE_VERBS = {"use", "access", "reach", "open", "load", "connect", "log", "see", "watch", "post"}
_OBJECT_PRONOUNS = {"him", "her", "them", "me", "us"}
_SUBJECT_PRONOUNS = {"he", "she", "they", "both", "i", "we"}
_POSSESSIVES = {"his", "her", "their", "my", "our"}
_SINGULAR_PERSON = {"he", "she", "him", "her", "i", "me"}
_PASSIVE = {"was", "were", "been", "being", "be", "got", "is", "are"}
_PERSON_OPENERS = {"the", "both", "all", "two", "three", "four", "five", "six", "seven",
                   "eight", "nine", "ten", "most", "some", "one", "he", "she", "they", "several"}
_NOT_PERSON_OPENERS = {"it", "this", "that", "there", "the", "he", "she", "they", "we", "i"}
_PEOPLE_WORDS = {"men", "women", "man", "woman", "three", "two", "four", "five", "six",
                 "them", "couple", "pair", "brothers", "sisters", "others", "other", "colleagues"}


def _person_reference(sent: Span, trig: Hit, hits: list[Hit] | None = None) -> Token | None:
    """A reference to the person acted on, for articles about a person: a pronoun object
    ("summoned him"), a possessive object ("searched his house"), the pronoun or possessive
    subject of a passive ("she was arrested", "her phones were seized"), or a passive whose
    subject names people without a noun the gazetteer knows ("The three ... were charged",
    "Two of the men were ... charged")."""
    doc = sent.doc
    for token in doc[trig.start + 1:min(sent.end, trig.end + 3)]:
        if token.lower_ in _OBJECT_PRONOUNS or token.lower_ in _POSSESSIVES:
            return token  # "summoned him", "searched his house", "published my address"
    named = doc[trig.end:min(sent.end, trig.end + 2)]
    if len(named) == 2 and all(t.text[:1].isupper() and t.is_alpha for t in named) \
            and not named[0].is_sent_start:
        return named[0]  # "sentenced Nour al-Harbi": a person's name as the object
    if hits is not None and len(named) == 2 and named[0].text[:1].isupper() and \
            named[0].is_alpha and named[1].lower_ == "with" \
            and not any(h.start <= named[0].i < h.end for h in hits
                        if h.kind in ("country", "actor", "platform", "platform_cs")):
        return named[0]  # "Officers beat Vasilevich with batons"
    near = doc[max(sent.start, trig.start - 6):trig.start]
    if any(t.lower_ in ("'s", "’s") and t.i > sent.start and doc[t.i - 1].text[:1].isupper()
           for t in near) and any(t.lower_ in _PASSIVE for t in near):
        return near[0]  # "Mansoor's computer had been infected"
    if any(t.lower_ == "family" for t in doc[trig.end:min(sent.end, trig.end + 3)]):
        return doc[trig.end]  # "searched the family home"
    first = doc[sent.start]
    if first.text[:1].isupper() and first.is_alpha and sent.end - sent.start > 2 and \
            doc[sent.start + 1].lower_ in ("was", "has", "had", "is", "were") and any(
            t.lower_ in _PASSIVE for t in doc[sent.start:trig.start]) and \
            first.lower_ not in _NOT_PERSON_OPENERS:
        return first  # "Mansoor has been barred from travelling"
    hit_tokens = {i for h in hits or [] if h.kind in ("country", "actor", "platform",
                                                       "platform_cs", "target")
                  for i in range(h.start, h.end)}
    if hits is not None and first.text[:1].isupper() and first.is_alpha and \
            sent.end - sent.start > 2 and first.i not in hit_tokens and \
            trig.start - sent.start <= 6 and \
            first.lower_ not in _NOT_PERSON_OPENERS and \
            doc[sent.start + 1].text in (",", "had", "has", "was") and \
            (doc[sent.start + 1].text != "," or doc[sent.start + 2].like_num):
        return first  # "Arboleda, 41, had received death threats"
    if first.lower_ in _SUBJECT_PRONOUNS and any(
            t.lower_ in _PASSIVE for t in doc[sent.start:trig.start]):
        return first  # "She was taken to ... and questioned"
    before = doc[max(sent.start, trig.start - 5):trig.start]
    if any(t.lower_ in _PASSIVE for t in before):
        for token in before:
            if token.lower_ in _SUBJECT_PRONOUNS or token.lower_ in _POSSESSIVES:
                return token
    opening = doc[sent.start:min(sent.end, sent.start + 4)]
    if len(opening) > 1 and opening[0].lower_ in _PERSON_OPENERS and any(
            t.lower_ in _PEOPLE_WORDS for t in opening[1:]) and any(
            t.lower_ in _PASSIVE for t in doc[sent.start:trig.start]):
        return opening[0]
    return None


def _law_subject(lex: Lexicon, hits: list[Hit], doc: Doc, trig: Hit) -> Hit | None:
    """A law named before the trigger as what acts ("The law allows police to detain"), not
    as the basis of an act ("charged under Section 66", "Under that law, the ministry ...")."""
    for law in hits:
        if law.kind != "cue" or law.key != "legislation" or law.end > trig.start:
            continue
        lead = {t.lower_ for t in doc[max(0, law.start - 6):law.start]}
        near = {t.lower_ for t in doc[max(0, law.start - 4):law.start]}
        if lead & {"under", "violating", "breaching", "against", "violate", "breach"}:
            continue  # the legal basis of an act: "charged under ...", "Under that law, ..."
        if "of" in near and law.text[:1].isupper():
            continue  # a provision of a named law: "Section 66(d) of the Telecommunications Law"
        if "used" in {t.lower_ for t in doc[law.end:law.end + 3]} | {
                t.lower_ for t in doc[max(0, law.start - 3):law.start]}:
            continue  # "That law was used to block ...", "used the law to make ...": an act
        if any(t.text in (":", ";") for t in doc[law.end:trig.start]):
            continue  # "... the new rules: in May, a court sentenced ..."
        return law
    return None


def _satisfied(alt: str, hits: list[Hit], trig: Hit, platforms: list[str],
               targets: set[str], present_cues: set[str], sent: Span,
               article_target: str | None) -> bool:
    """One alternative of a rule's required context; "name~N" must be within N tokens.

    ``article_person``: the sentence refers to a person by pronoun ("police summoned him")
    in an article whose subject is a journalist, blogger, activist, admin or user.
    """
    if alt == "article_person":
        return article_target is not None and _person_reference(sent, trig, hits) is not None
    if alt == "shutdown_noun":  # "a second, total shutdown imposed on Friday"
        doc = sent.doc
        before = doc[trig.start - 1].lower_ if trig.start > sent.start else ""
        if trig.text.lower() not in ("shutdown", "blackout", "shutdowns", "blackouts") or \
                before in ("news", "media", "power", "information", "electricity", "government"):
            return False
        if any(h.kind == "cue" and h.key == "broadcaster_object" and 0 < h.start - trig.end <= 6
               for h in hits):
            return False  # "a ten-day blackout on the channel": a broadcast ban
        lead = {t.lower_ for t in doc[max(sent.start, trig.start - 3):trig.start]}
        if lead & {"the", "this", "that", "its", "'s", "’s"}:  # the one reported before,
            return any(t.lower_ in _EVENT_VERBS  # unless its start is stated here
                       for t in doc[trig.end:min(sent.end, trig.end + 10)])
        return True
    if alt == "withheld_in_country":  # "A YouTube channel ... was withheld in India": on demand
        return trig.text.lower() in ("withheld", "geo-blocked", "geoblocked", "unavailable") \
            and any(h.kind == "country" and 0 <= h.start - trig.end <= 5 for h in hits)
    if alt == "key_demand":  # "The FSB had first demanded the keys in 2017"
        return "keys" in trig.text.lower() or any(
            t.lower_ in ("keys", "key", "password", "passwords", "passcode", "passcodes")
            for t in sent.doc[trig.end:min(sent.end, trig.end + 4)])
    if alt == "surveillance_order":  # "authorised the intelligence agency to intercept calls"
        if any(h.kind == "cue" and h.key == "legislation" and h.end <= trig.start for h in hits) \
                or any(t.text == "Act" for t in sent.doc[sent.start:trig.start]):
            return False  # what a law allows or required: the law's text
        return any(t.lemma_ in ("authorise", "authorize", "order", "instruct", "require")
                   for t in sent.doc[max(sent.start, trig.start - 8):trig.start])
    if alt == "who_expressed":  # "Anjan Das, who wrote for a blog, was killed"
        doc = sent.doc
        who = [t.i for t in doc[sent.start:trig.start] if t.lower_ == "who"]
        return bool(who) and any(
            (h.kind in ("platform", "platform_cs") or h.kind == "cue" and h.key == "expression")
            and who[0] < h.start and h.end <= trig.start for h in hits) and any(
            t.lower_ in _PASSIVE for t in doc[max(sent.start, trig.start - 3):trig.start])
    if alt == "country_subject":  # "Saudi Arabia ... revoked its licence": the state acts
        return any(h.kind == "country" and h.sub in ("names", "bodies") and h.end <= trig.start
                   and trig.start - h.end <= 12 for h in hits)
    if alt == "platform_subject":  # "Facebook, which half the country uses, was blocked"
        doc = sent.doc
        first = next((h for h in hits if h.kind in ("platform", "platform_cs")), None)
        return first is not None and first.start - sent.start <= 2 and first.end <= trig.start \
            and any(t.lower_ in _PASSIVE for t in doc[first.end:trig.start])
    if alt == "target_subject":  # "a correspondent who had written ... was shot"
        doc = sent.doc
        subject = next((h for h in hits if h.kind == "target" and h.key in fields.EXPRESSIVE
                        and h.end <= trig.start), None)
        return subject is not None and (
            trig.text.lower() in ("disappeared", "went missing", "go missing", "gone missing",
                                  "had gone missing")
            or any(t.lower_ in _PASSIVE for t in doc[subject.end:trig.start]))
    name, _, window = alt.partition("~")
    if window and name.startswith("target:"):
        category = name.split(":", 1)[1]
        return any(h.kind == "target" and h.key == category
                   and fields.distance(h, trig.start) <= int(window) for h in hits)
    if window:
        kind, key = ("platform", "") if name == "platform" else ("cue", name)
        return any(fields.distance(h, trig.start) <= int(window) for h in hits
                   if (h.kind in ("platform", "platform_cs") if kind == "platform"
                       else h.kind == "cue" and h.key == key))
    if name == "platform":
        return bool(platforms)
    if name == "target:any_expressive":
        return bool(targets & set(fields.EXPRESSIVE))
    if name.startswith("target:"):
        return name.split(":", 1)[1] in targets
    return name in present_cues


_BACK_REFERENCE = {"the", "these", "those", "such", "this", "that", "its", "their", "his",
                   "her", "both"}
_PERFECT = {"have", "has", "had", "'ve"}
_EVENT_NOUNS = {"block", "ban", "shutdown", "shutdowns", "blackout", "detention", "arrest",
                "suspension", "suspension of", "raid", "killing", "murder", "cut", "outage",
                "search", "searches", "raids"}
_PLURAL_EVENTS = {"shutdowns", "blackouts", "arrests", "detentions", "raids", "killings",
                  "attacks", "assaults", "threats",
                  "bans", "disruptions", "outages", "blocks", "sentences", "prison sentences",
                  "convictions", "jail terms"}
_CUSTODY_WORDS = {"remanded", "remains in custody", "remain in custody", "held in detention",
                  "is being held", "are being held"}
_PRETEXT_CHARGES = {"smuggling", "tax evasion", "money laundering", "embezzlement"}
_PUNISHING = {"sentence", "convict", "jail", "imprison", "fine", "prosecute", "charge",
              "indict", "try", "acquit"}
_SPYWARE_NOUNS = {"spyware", "pegasus", "predator", "malware"}
_SPYWARE_ACTS = {"infect", "target", "hack", "install", "plant", "use", "deploy", "find",
                 "detect", "compromise", "spy", "send", "identify", "confirm", "breach",
                 "attempt", "try", "receive", "trace", "show", "discover", "reveal", "buy",
                 "purchase", "aim", "turn", "link", "attack", "hit", "appear", "carry"}
_SCHEDULED = {"take effect", "takes effect", "come into force", "comes into force",
              "enter into force", "enters into force", "come into effect", "comes into effect"}
_PLACING_VERBS = {"place", "put", "hold", "keep", "remand", "send", "take", "throw", "detain",
                  "order", "held", "kept", "placed"}
_STATE_NOUNS = {"jail", "prison", "detention", "custody", "behind bars"}  # "remain in jail"
_TALLY_WORDS = {"dozen", "several", "many", "multiple", "numerous", "countless", "hundred"}
_EVENT_VERBS = {"began", "started", "imposed", "ordered", "lasted", "begun"}
_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "'s", "’s", "this", "that",
                "last", "first"}
_TIME_PREPOSITIONS = {"after", "following", "since", "before", "amid", "during", "until",
                      "hours", "days", "over", "against", "as", "at", "for"}
_VAGUE_OPENERS = {"dozens", "hundreds", "thousands", "scores", "many", "numerous", "countless"}
WEEKDAY_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                 "yesterday", "today"}


def _builtin(name: str, lex: Lexicon, hits: list[Hit], sent: Span, trig: Hit,
             expressive: bool, targets: set[str]) -> str | None:
    """Checks that are code rather than cue lists; return a reason to suppress, or None."""
    doc = sent.doc
    prev = doc[trig.start - 1].lower_ if trig.start > sent.start else ""
    if name == "question":
        return "question" if span_text(sent).rstrip().rstrip("\"'”’)").endswith("?") else None
    if name == "back_reference":
        around = {t.lower_ for t in doc[max(sent.start, trig.start - 4):trig.start]}
        if around & {"around", "circumvent", "bypass", "evade", "beat", "dodge"}:
            return f"about circumventing a block ('... {trig.text}')"
        if has_date_expression(span_text(sent)) or any(
                t.lower_ in WEEKDAY_WORDS for t in sent):
            return None  # a back-reference that carries its own date reports the event
        head = doc[trig.end - 1]
        named = any(h.kind in ("platform", "platform_cs") and h.end == trig.start
                    for h in hits)  # "the Twitter ban"
        det = doc[trig.start - 2].lower_ if named and trig.start - 2 >= sent.start else prev
        owner = any(t.lower_ in ("'s", "’s") for t in doc[max(sent.start, trig.start - 4):
                                                        trig.start])
        noun = doc[trig.start].lower_
        if owner and (head.lower_ in _EVENT_NOUNS or noun in _EVENT_NOUNS):
            # "Nigeria's seven-month suspension of Twitter", "Tuesday's blackout"
            return f"back-reference to an incident already reported ('...'s {trig.text}')"
        if det in _BACK_REFERENCE and head.lower_ != head.lemma_ or \
                det in _BACK_REFERENCE and head.lower_ in _EVENT_NOUNS:
            return f"back-reference to an incident already reported ('{det} {trig.text}')"
        if noun in _EVENT_NOUNS:  # "the social media ban", "that nationwide internet blackout"
            i = trig.start - 1
            while i >= max(sent.start, trig.start - 3) and doc[i].is_lower and \
                    doc[i].is_alpha and doc[i].lower_ not in _BACK_REFERENCE | _PASSIVE:
                i -= 1
            if i >= sent.start and i < trig.start - 1 and doc[i].lower_ in _BACK_REFERENCE:
                return f"back-reference to an incident already reported ('{doc[i].text} ... " \
                       f"{trig.text}')"
        return None
    if name == "background_noun":
        # "after the arrest of an opposition leader", "three months after the election-day
        # blackout": an event named as the time of another one, not reported here.
        if span_text(doc[trig.start:trig.end]).lower() not in _EVENT_NOUNS:
            return None
        lead = [t.lower_ for t in doc[max(sent.start, trig.start - 8):trig.start]]
        if not set(lead) & _TIME_PREPOSITIONS:
            return None
        if not set(lead[-4:]) & _DETERMINERS:
            return None  # "Two days later it cut mobile internet": a verb, not a noun
        if any(t.lower_ in _EVENT_VERBS for t in doc[trig.end:min(sent.end, trig.end + 8)]):
            return None  # "after the nationwide blackout that began on 8 January": reported
        linked = trig.end < sent.end and doc[trig.end].lower_ in ("of", "on", "against")
        if prev in _POSSESSIVES and "since" in lead or linked and any(
                h.kind == "target" and h.key in fields.EXPRESSIVE
                and 0 <= h.start - trig.end <= 6 for h in hits):
            return None  # "since his arrest", "after the arrest of a reporter"
        return f"background: '{trig.text}' only dates another event"
    if name == "repeated_undated":
        # "her phone had been hacked more than 40 times": a tally, unless it is dated
        if has_date_expression(span_text(sent)):
            return None
        return _builtin("aggregate_plural", lex, hits, sent, trig, expressive, targets)
    if name == "nominal_attack":
        # "journalists who had questioned the official account of a border shooting"
        if prev not in ("a", "an", "the", "border", "mass", "police", "fatal", "deadly"):
            return None
        if trig.end < sent.end and (doc[trig.end].lower_ in _OBJECT_PRONOUNS
                                    or doc[trig.end].text[:1].isupper()):
            return None  # "riot police beat him": a verb with its object
        if any(h.kind == "target" and 0 <= h.start - trig.end <= 5 for h in hits):
            return None  # "the killing of a journalist"
        return f"an event named in passing ('{prev} {trig.text}'), not an attack on a target"
    if name == "anaphoric_object":
        objects = [h for h in hits if h.kind == "cue" and h.key == "website_object"]
        anaphoric = [h for h in objects if h.text.lower().startswith("the ")]
        others = [h for h in objects if h not in anaphoric and not any(
            a.start <= h.start and h.end <= a.end for a in anaphoric)]
        if anaphoric and not others and not has_date_expression(span_text(sent)) and not any(
                h.kind in ("platform", "platform_cs") for h in hits):
            return "a block already reported ('the platform', 'the site')"
        return None
    if name == "aggregate_plural":
        # "more than 60 internet shutdowns since 2016", "cut the internet a dozen times"
        if trig.text.lower() in _PLURAL_EVENTS and not any(
                t.lemma_ in ("extend", "widen", "expand")
                for t in doc[max(sent.start, trig.start - 4):trig.start]) and not (
                any(t.lower_ in _EVENT_VERBS for t in doc[trig.end:min(sent.end, trig.end + 8)])
                and has_date_expression(span_text(sent))):
            return f"aggregate statistic (plural '{trig.text}')"  # not "blackouts began on 15 May"
        if trig.key.startswith("attack."):
            return None  # "shot eight times" describes the attack
        if " times" not in span_text(sent):
            return None
        lowers = [t.lower_ for t in sent]
        for i, word in enumerate(lowers[1:], start=1):
            if word == "times" and (lowers[i - 1] in _TALLY_WORDS or sent[i - 1].like_num):
                return f"aggregate statistic ('{sent[i - 1].text} times')"
        return None
    if name == "threat_to_act":
        if trig.text.lower().startswith("threat") and any(
                t.lower_ == "to" for t in doc[trig.end:min(sent.end, trig.end + 5)]) and \
                doc[min(trig.end, sent.end - 1)].lower_ not in _THREAT_NOUNS and not any(
                h.kind == "cue" and h.key == "harm_threat" and 0 <= h.start - trig.end <= 4
                for h in hits):  # "threatened to kill him": a threat made, not a plan
            return f"a threat to act later ('{trig.text} ... to')"
        return None
    if name == "time_since":
        # "Ten months after X went dark, ...": an earlier event used as a time reference
        base = max(sent.start, trig.start - 5)
        lead = [t.lower_ for t in doc[base:trig.start]]
        opening = {t.lower_ for t in doc[sent.start:min(sent.end, sent.start + 4)]}
        if any(t.lower_ in _EVENT_VERBS for t in doc[trig.end:min(sent.end, trig.end + 8)]):
            return None  # "after the nationwide blackout that began on 8 January": reported
        same_day = span_text(sent).lower().startswith(("on the same day", "the same day"))
        if same_day and not any(t.text == "," for t in doc[sent.start:trig.start]):
            return f"background: '{trig.text}' only dates what follows"
        if ("after" in lead or "since" in lead) and opening & {"after", "since"}:
            at = base + max(i for i, w in enumerate(lead) if w in ("after", "since"))
            unit_words = doc[max(sent.start, at - 2):at]
            clause = [t.lower_ for t in doc[at + 1:trig.start]]
            if any(t.lower_.rstrip("s") in ("month", "year", "week", "day")
                   for t in unit_words) and not set(clause) & {",", ";"}:
                return f"background: '{trig.text}' only dates what follows"
        return None
    if name == "charged_act":
        # "sentenced her to two years for slapping a police chief", "sentences for murder":
        # the act is what a court punished, reported as the charge
        charge_lead = doc[max(sent.start, trig.start - 2):trig.start]
        if any(t.lower_ in ("for", "of") for t in charge_lead) and any(
                t.lemma_ in _PUNISHING for t in doc[sent.start:trig.start]):
            return f"the charge of a prosecution ('for {trig.text}')"
        return None
    if name == "spyware_named":
        # "examines phones for spyware", "a spyware licence": the tool named, no act on anyone
        if trig.text.lower() in _SPYWARE_NOUNS and not any(
                t.lemma_ in _SPYWARE_ACTS for t in sent if t.i not in range(trig.start, trig.end)):
            return f"spyware named ('{trig.text}') with no infection or targeting"
        return None
    if name == "scheduled":
        # "The directions take effect on 28 June": a scheduled start, reported before it
        # happens (a timeline's "July 2016: Law takes effect" names its year)
        if trig.text.lower() in _SCHEDULED and not any(
                t.like_num and len(t.text) == 4 and t.text[:2] in ("19", "20") for t in sent):
            return f"scheduled ('{trig.text}'), not yet in force"
        return None
    if name == "custody_state":
        lead_in = doc[max(sent.start, trig.start - 3):trig.start]
        if trig.text.lower() in ("detention", "arrest") and trig.start - 2 >= sent.start and \
                doc[trig.start - 1].lower_ in _POSSESSIVES and \
                doc[trig.start - 2].lower_ in ("of", "about", "over", "on"):
            return f"a reference ('{doc[trig.start - 2].text} {doc[trig.start - 1].text} " \
                   f"{trig.text}'), not the act"  # "a video of his detention"
        if trig.text.lower() in ("detention", "custody") and trig.start - 1 > sent.start and \
                doc[trig.start - 1].lower_ in ("in", "pretrial", "pre-trial") and not any(
                    t.lemma_ in _PLACING_VERBS for t in doc[max(sent.start, trig.start - 5):
                                                           trig.start]):
            return f"a state ('in {trig.text}'), not a detention reported here"
        if trig.text.lower() in ("jail", "jails", "prison", "prisons") and any(
                t.lower_ == "from" for t in doc[max(sent.start, trig.start - 3):trig.start]):
            return f"a release ('from ... {trig.text}'), not a sentence"
        if trig.text.lower() in _STATE_NOUNS and any(
                t.lemma_ in ("remain", "stay") or t.lower_ == "still" for t in lead_in):
            return f"an ongoing state ('{lead_in.text} {trig.text}'), not an event"
        if trig.text.lower() in _CUSTODY_WORDS and not has_date_expression(
                span_text(sent)) and not any(t.lower_ in WEEKDAY_WORDS for t in sent):
            return "continued custody, reported without a date of its own"
        return None
    if name == "manner_of_arrest":
        # "searched and detained at the border": the search or questioning is how the arrest
        # happened. A raid or storming is coded as harassment of its own, like a seizure.
        if doc[trig.end - 1].lemma_ in ("search", "interrogate") and any(
                h.kind == "trig" and h.key.startswith(("arrest.", "attack.")) for h in hits):
            return f"how the arrest or attack happened ('{trig.text}')"
        return None
    if name == "generic_unreachable":
        # "foreign messaging apps and search engines were unreachable": an effect, no block
        if trig.text.lower() in ("unreachable", "unavailable", "inaccessible") and not any(
                h.kind in ("platform", "platform_cs") for h in hits) and not \
                fields.outlet_names(hits, sent) and not any(
                t.lemma_ in ("make", "render") for t in doc[sent.start:trig.start]):
            return "unnamed services unreachable (an effect, not a stated block)"
        return None
    if name == "cited_description":
        # "arrested ... under an article of the penal code that punishes 'abusing freedoms'":
        # what a cited law says, not a law enacted
        if trig.text.lower() in ("punishes", "criminalises", "criminalizes", "bans",
                                 "prohibits", "forbids", "outlaws"):
            return _builtin("law_cited", lex, hits, sent, trig, expressive, targets)
        return None
    if name == "law_cited":
        law = next((h for h in hits if h.kind == "cue" and h.key == "legislation"), None)
        dated = law is not None and any(
            t.like_num and len(t.text) == 4 and t.text[:2] in ("19", "20")
            for t in doc[max(sent.start, law.start - 3):law.start])
        if law is not None and not (dated and trig.key == "legal.law_allows") and {
                t.lower_ for t in doc[max(sent.start, law.start - 6):law.start]} & _CITING:
            return f"a law cited as the basis of an act ('{law.text}'), not enacted here"
        return None
    if name == "penalty_only":
        # "punishable by up to five years in prison": a penalty named, no sentence passed
        if "prison" in trig.text.lower() or trig.text.lower().endswith(("term", "sentence")):
            if not any(t.lemma_ in _SENTENCING for t in sent):
                return f"a penalty named ('{trig.text}'), no sentence passed"
        return None
    if name == "demand_object_after":
        # "demanded the keys", "demanded that Telegram provide the keys": the data follows
        if not any(h.kind == "cue" and h.key == "surveillance_object"
                   and 0 <= h.start - trig.end <= 12 for h in hits):
            return "no data or keys demanded after the word"
        return None
    if name == "platform_object":
        # "suspended Twitter indefinitely": the platform itself, not content on it
        content_starts = {h.start for h in hits if h.kind == "cue" and h.key == "content_object"}
        if any(h.kind in ("platform", "platform_cs") and h.start == trig.end
               and h.end not in content_starts for h in hits):
            return "the platform itself is the object"
        blocking_word = trig.text.lower().startswith(("block", "restrict", "suspend"))
        site = [h for h in hits if blocking_word and (h.kind == "cue" and h.key == "website_object"
                                    or h.kind == "target" and h.key == "media_outlet")
                and 0 <= h.start - trig.end <= 2]
        if site and not any(h.start <= site[0].start < h.end for h in hits
                            if h.kind == "cue" and h.key == "content_object"):
            return "the website itself is the object ('... the news portal')"
        return None
    if name == "in_title":
        # "the Temporary Suspension of Telecom Services Rules": part of a name
        first = doc[trig.start]
        if first.text[:1].isupper() and not first.is_sent_start and trig.start > sent.start \
                and doc[trig.start - 1].text[:1].isupper():
            return f"part of a name ('{trig.text}')"
        return None
    if name == "participle_of_block":
        # "throttled YouTube since August, cutting speeds on fixed lines": how a block works
        if doc[trig.start].lower_.endswith("ing") and any(
                h.kind == "trig" and h.key.startswith("blocking.") and h.end <= trig.start
                for h in hits) and any(h.kind in ("platform", "platform_cs") for h in hits) \
                and not any(h.kind == "cue" and h.key == "internet_object" and
                            0 <= h.start - trig.end <= 1 for h in hits):  # "cutting mobile data"
            return "describes how a named platform was restricted"
        return None
    if name == "platform_as_actor":
        # "the company had restricted more content", "posts it is restricting": the platform
        # acts on its own
        subject = {t.lower_ for t in doc[max(sent.start, trig.start - 3):trig.start]}
        if subject & {"it", "company"} and any(
                h.kind in ("platform", "platform_cs") and h.end <= trig.start for h in hits):
            return "a platform restricting content itself"
        return None
    if name == "platform_self_removal":
        # "Facebook said it had removed the accounts of the army chief": its own decision
        subject = {t.lower_ for t in doc[max(sent.start, trig.start - 3):trig.start]}
        words = {t.lower_ for t in sent}
        if subject & {"it", "company"} and any(
                h.kind in ("platform", "platform_cs") for h in hits) and not words & {
                "request", "requests", "order", "orders", "ordered", "demand", "demands",
                "demanded", "court", "behest", "instruction", "instructions"}:
            return "a platform removing content on its own decision"
        return None
    if name == "term_of_sentence":
        # "sentenced a blogger to ten days of administrative arrest": the sentence's term
        if trig.text.lower() in ("arrest", "detention") and (
                prev == "of" or prev in ("administrative", "pre-trial", "pretrial")) and any(
                h.kind == "trig" and h.key.startswith("prosecution.") and h.end <= trig.start
                for h in hits):
            return "the term of a sentence reported in the same sentence"
        return None
    if name == "adjectival":
        # "messages from the jailed opposition leader": a description, not the act
        if prev in ("the", "a", "an") and doc[trig.start - 1].is_lower and \
                trig.end - trig.start == 1 and \
                trig.text.lower() in ("jailed", "imprisoned", "detained", "arrested",
                                      "convicted", "exiled", "hijacked", "hacked") or \
                prev in ("for", "of", "by", "only") and trig.text.lower() in (
                    "approved", "licensed", "registered", "banned", "blocked"):
            return f"a description ('{prev} {trig.text}'), not the act"
        before = prev
        if prev.endswith("ly") and trig.start - 2 >= sent.start:
            before = doc[trig.start - 2].lower_  # "the recently amended Act"
        if before in ("the", "a", "an", "'s", "’s", "its", "their") and \
                trig.text.lower() in ("amended", "revised", "adopted") and \
                trig.end < sent.end and doc[trig.end].text[:1].isupper():
            return f"a description ('{prev} {trig.text} {doc[trig.end].text}'), not the act"
        return None
    if name == "order_issued":
        # "enforcing a court order issued after ...": the order behind an act reported in the
        # sentence or around it, not a new law
        if not trig.text.lower().startswith("issued"):
            return None
        orders = [h for h in hits if h.kind == "cue" and h.key == "law_object"
                  and h.end <= trig.start and trig.start - h.end <= 4]
        if orders and orders[-1].text.lower() in ("order", "orders", "court order",
                                                  "court orders"):
            return f"an order issued for an act ('{orders[-1].text} ... issued'), not a law"
        after = doc[trig.end:min(sent.end, trig.end + 3)]
        if any(t.lower_ in ("order", "orders") for t in after) and any(
                h.kind == "actor" and h.key == "judiciary" for h in hits):
            return "a court's order issued for an act, not a law"  # "had issued the order"
        return None
    if name == "arrest_charges":
        if trig.text.lower().startswith(("on charge", "charges against")) and any(
                h.kind == "trig" and h.key.startswith("arrest.") and h.end <= trig.start
                for h in hits):
            return "the charges of the arrest reported in the sentence"
        return None
    if name == "time_clause":
        # "his phones were seized when he was arrested", "the same week we were detained": the
        # arrest only dates the act the sentence reports
        i = trig.start - 1
        if i > sent.start and doc[i].lower_ == "been":
            i -= 1
        subject_platform = any(h.kind in ("platform", "platform_cs") and h.end == i
                               for h in hits)  # "when Facebook became unreachable"
        if i - 2 < sent.start or doc[i].lower_ not in ("was", "were", "had", "been", "became") \
                or doc[i - 1].lower_ not in ("he", "she", "they", "i", "we") \
                and not subject_platform:
            return None
        opener = doc[i - 3].lower_ if i - 3 >= sent.start else ""
        if opener in (",", "months", "weeks", "days", "years"):
            return None  # "since August 2013, when he was arrested": the arrest's own date
        if doc[i - 2].lower_ in _TIME_CLAUSE_WORDS:
            return f"background: '{doc[i - 2].text} {doc[i - 1].text} ... {trig.text}' dates " \
                   "another act"
        return None
    if name == "regulator_fine":
        # "the broadcasting watchdog fined four television channels": an administrative penalty,
        # coded as a legal restriction, not a court case
        if trig.text.lower() in ("fined", "fine") and any(
                h.kind == "actor" and h.key == "regulator" and h.end <= trig.start for h in hits):
            return "a regulator's fine, coded as a legal restriction"
        return None
    if name == "court_fine":
        # "Judges also fined the station's owner": a court's fine is a prosecution
        if trig.text.lower() == "fined" and not any(
                h.kind == "actor" and h.key == "regulator" for h in hits):
            return "a fine by a court, coded as a prosecution"
        return None
    if name == "definition":
        # "An internet shutdown is a deliberate disruption ...", "Throttling is subtler: ...":
        # an explainer's definition, not an event
        head_words = [t.lower_ for t in doc[sent.start:min(sent.end, sent.start + 6)]]
        start = 1 if head_words and head_words[0] in ("a", "an") else 0
        verbs = ("is", "are", "means", "refers")
        linked = any(w in verbs for w in head_words[start + 1:start + 4])
        early = [h for h in hits if h.kind == "trig" and h.start - sent.start <= 3]
        if early and linked and (head_words[0] in ("a", "an") or
                                 early[0].start == sent.start):
            return "a definition or general description, not an event"
        return None
    if name == "witnessed":
        # "after she filmed officers detaining a protester": the act she recorded
        if not trig.text.lower().endswith("ing"):
            return None
        if any(t.lemma_ in _WITNESS_VERBS for t in doc[max(sent.start, trig.start - 4):
                                                        trig.start]):
            return f"an act witnessed or filmed ('... {trig.text}'), not one against the target"
        return None
    if name == "weak_internet_object":
        # "LinkedIn was blocked ..., and the network remains inaccessible": a social network
        near = [h for h in hits if h.kind == "cue" and h.key == "internet_object"
                and fields.distance(h, trig.start) <= 12]
        if near and all(h.text.lower() in _WEAK_INTERNET for h in near) and any(
                h.kind in ("platform", "platform_cs") or h.kind == "cue"
                and h.key == "website_object" for h in hits):
            return f"'{near[0].text}' is a platform's network or a site's, not the internet"
        return None
    if name == "undone":
        # "ordered the authority to suspend the Twitter block", "lifted the ban": undone
        if doc[trig.start].lemma_ in _UNDO_VERBS and any(
                t.lower_ in _UNDONE_NOUNS for t in doc[trig.end:min(sent.end, trig.end + 3)]):
            return f"restoration: '{trig.text} ... {doc[trig.end:trig.end + 3].text}'"
        if doc[trig.end - 1].lower_ not in _UNDONE_NOUNS and \
                doc[trig.start].lower_ not in _UNDONE_NOUNS:  # "ban" of "ban on"
            return None
        for t in doc[max(sent.start, trig.start - 4):trig.start]:
            if t.lemma_ in _UNDO_VERBS:
                return f"restoration: '{t.text} ... {trig.text}'"
        return None
    if name == "undated_before":
        # "The government has blocked social media before.": a habit, not a dated event
        ending = span_text(sent).lower().rstrip(" .!\"'”’")
        words = {t.lower_ for t in doc[max(sent.start, trig.start - 4):trig.start]}
        if ending.endswith((" before", " in the past", " previously")) and words & _PERFECT \
                and not has_date_expression(span_text(sent)):
            return f"an undated repeat ('has ... {trig.text} ... before')"
        return None
    if name == "vague_perfect":
        before = span_text(doc[max(sent.start, trig.start - 3):trig.start]).lower()
        vague = _cue_fires(lex, "vague_quantity", hits, doc, trig)
        if vague is not None and vague.end <= trig.start and (
                "have been" in before or "has been" in before or "had been" in before):
            return f"aggregate statistic ('{vague.text} ... {trig.text}')"
        return None
    if name == "vague_subject":
        opening = {t.lower_ for t in doc[sent.start:min(sent.end, sent.start + 4, trig.start)]}
        if "among" in opening:
            return None  # "Among the hundreds rounded up is Irfan Malik": one named person
        if opening & _VAGUE_OPENERS and not any(
                t.lower_ in _PERFECT for t in doc[max(sent.start, trig.start - 3):trig.start]):
            lowered = span_text(sent).lower()
            if any(t.lower_ in WEEKDAY_WORDS for t in sent) or any(
                    w in lowered for w in (" during ", " while covering", "this week",
                                           "last week", "yesterday", "last night")):
                return None  # "Dozens of journalists were detained during those protests"
        if opening & _VAGUE_OPENERS or opening & {"countries", "governments", "states"}:
            return "aggregate statistic (sentence opens with a vague quantity)"
        return None
    if name == "perfect_since":
        if "since" not in span_text(sent).lower() and "this year" not in span_text(sent).lower():
            return None
        window = {t.lower_ for t in doc[max(sent.start, trig.start - 3):trig.start]}
        since = [t.i for t in sent if t.lower_ == "since" and not (
            t.i + 1 < sent.end and doc[t.i + 1].lower_ in ("been", "then", "his", "her",
                                                           "their", "its")
            or t.i > sent.start and doc[t.i - 1].lower_ in _PERFECT)]  # "has since been"
        if trig.end < sent.end and doc[trig.end].text[:1].isupper() and \
                doc[trig.end].is_alpha and not doc[trig.end].is_sent_start:
            return None  # "police have summoned Bensaid for questioning since June": one person
        if window & _PERFECT and "this year" in span_text(sent).lower() and any(
                t.lower_ in ("least", "than", "other", "dozens", "several") for t in sent):
            return "aggregate statistic (a tally for this year)"
        if window & _PERFECT and since and not any(
                t.lower_ in WEEKDAY_WORDS or t.like_num and len(t.text) <= 2
                for i in since for t in doc[i + 1:i + 5]):
            return "aggregate statistic (perfect tense with 'since' a period, not a day)"
        return None
    if name == "unrelated_scope":
        crime = _cue_fires(lex, "unrelated_crime", hits, doc, trig)
        if crime is None:
            return None
        lo, hi = (trig.end, crime.start) if crime.start >= trig.end else (crime.end, trig.start)
        between = doc[lo:hi]
        same_clause = not any(t.text in _CLAUSE_PUNCT or t.lower_ in _CLAUSE_WORDS
                              for t in between)
        about = any(t.lower_ in _JOURNALISM_WORDS for t in between)
        if crime.text.lower() in _PRETEXT_CHARGES and targets & {"journalist", "media_outlet"}:
            return None  # "arrested staff of Meydan TV on smuggling charges": a known pretext
        if not expressive or same_clause and not about:
            return f"scope: '{crime.text}' is not about expression"
        return None
    if name == "sued_object":
        if trig.text.lower() == "sued" and not any(
                h.kind == "target" and h.key in fields.EXPRESSIVE
                and 0 <= h.start - trig.end <= 6 for h in hits):
            return "a lawsuit by a person, not against one"
        return None
    if name == "law_not_person":
        law = _law_subject(lex, hits, doc, trig)
        people = targets - {"media_outlet", "platform", "general_public"}
        if law is not None and not people:
            return f"describes what a law allows ('{law.text}'), not an act against a person"
        return None
    if name == "obligation":
        if prev == "to" and any(t.lower_ in ("obliges", "requires", "mandates", "compels")
                                for t in doc[max(sent.start, trig.start - 12):trig.start]):
            return "an obligation a law sets ('obliges ... to')"
        law = _cue_fires(lex, "legislation", hits, doc, trig)
        if prev == "to" and law is not None and not any(
                t.lemma_ == "order" for t in doc[sent.start:trig.start]):
            return f"an obligation set by a law ('{law.text} ... to {trig.text}')"
        return None
    if name == "since_year":
        since = [t.i for t in sent if t.lower_ == "since"]
        if any(doc[i + 1].like_num and len(doc[i + 1].text) == 4 for i in since
               if i + 1 < sent.end):
            return "aggregate over years ('since <year>')"
        return None
    if name == "year_range":
        lowered = span_text(sent).lower()
        if "between " not in lowered and "from " not in lowered:
            return None
        tokens = [t for t in sent]
        for i, t in enumerate(tokens[:-2]):
            if t.lower_ in ("between", "from") and tokens[i + 1].text.isdigit() and \
                    len(tokens[i + 1].text) == 4 and tokens[i + 2].lower_ in ("and", "to"):
                return "aggregate over a range of years"
        return None
    if name == "law_nearby":
        if trig.key.startswith("blocking.") and any(
                h.kind in ("platform", "platform_cs") and h.key != "vpn"
                and 0 <= h.start - trig.end <= 4 for h in hits):
            return None  # "a decree that orders providers to block VKontakte": the block
        law = _law_subject(lex, hits, doc, trig)
        enacted = any(h.kind == "trig" and h.key.startswith("legal.")
                      and h.key != "legal.broadcaster"  # not a broadcast halt
                      and _requirements_met(lex, h, hits, sent) for h in hits)
        if law is not None and (enacted or trig.start - law.end <= 6):
            return f"part of a law's text ('{law.text} ... {trig.text}'), coded as legal"
        if enacted and trig.text.lower().startswith("ban"):
            return f"a ban that is a legal measure ('{trig.text}'), coded as legal"
        return None
    if name == "isp_with_platform":
        isp = _cue_fires(lex, "isp", hits, doc, trig)
        platforms = [h for h in hits if h.kind in ("platform", "platform_cs") or
                     h.kind == "cue" and h.key == "website_object"
                     and 0 <= h.start - trig.end <= 6]  # "block 15 news websites"
        near_internet = any(
            h.kind == "cue" and h.key == "internet_object"
            and min(fields.distance(h, trig.start), fields.distance(h, trig.end - 1)) <= 4
            for h in hits)
        if any(h.kind in ("platform", "platform_cs") and 0 <= trig.start - h.end <= 3
               and not (near_internet and any(t.lower_ in ("and", ",", "but", "then")
                                              for t in doc[h.end:trig.start]))
               for h in hits) or not near_internet and _satisfied(
                "platform_subject", hits, trig, [], set(), set(), sent, None):
            return "a named platform stopped working, not the connection"
        if any(h.kind in ("platform", "platform_cs") and (h.start == trig.end or 0 < h.start -
                                                           trig.end <= 3 and "access" in [
                    t.lower_ for t in doc[trig.end:h.start]]) for h in hits):
            return "a named platform was restricted, not the connection"  # "blocked Viber and"
        if platforms and (isp is not None or not any(
                h.kind == "cue" and h.key == "internet_object"
                and min(fields.distance(h, trig.start), fields.distance(h, trig.end - 1)) <= 4
                for h in hits)):
            return "a named platform was restricted, not the connection"
        return None
    raise KeyError(f"unknown built-in check {name!r}")


BUILTINS = {"charged_act", "spyware_named", "cited_description", "scheduled", "question",
            "back_reference", "vague_perfect", "vague_subject", "perfect_since",
            "unrelated_scope", "since_year", "year_range",
            "law_not_person", "obligation", "law_nearby", "isp_with_platform",
            "background_noun", "arrest_charges", "aggregate_plural", "repeated_undated",
            "nominal_attack", "anaphoric_object", "sued_object", "threat_to_act",
            "time_since", "custody_state", "manner_of_arrest", "undated_before", "undone",
            "weak_internet_object", "time_clause", "witnessed", "definition",
            "regulator_fine", "court_fine", "order_issued",
            "generic_unreachable", "law_cited", "penalty_only", "demand_object_after",
            "platform_object", "in_title", "participle_of_block", "platform_as_actor",
            "platform_self_removal", "adjectival", "term_of_sentence"}


def _requirements_met(lex: Lexicon, trig: Hit, hits: list[Hit], sent: Span) -> bool:
    """Whether the rule of a trigger has its required context (its vetoes are not checked):
    "to register" without a law in sight is not an enacted measure."""
    rule = next((r for r in lex.rules if r.id == trig.key), None)
    if rule is None:
        return False
    present_cues = {h.key for h in hits if h.kind == "cue"}
    targets = {h.key for h in hits if h.kind == "target"}
    platforms = sorted({h.key for h in hits if h.kind in ("platform", "platform_cs")})
    return all(any(_satisfied(alt, hits, trig, platforms, targets, present_cues, sent, None)
                   for alt in group) for group in rule.requires)


def _check(lex: Lexicon, rule: Rule, hits: list[Hit], sent: Span, trig: Hit,
           platforms: list[str], expressive: bool, article_target: str | None) -> str | None:
    """Return why the rule must not fire here, or None when it may."""
    present_cues = {h.key for h in hits if h.kind == "cue"}
    targets = {h.key for h in hits if h.kind == "target"}
    for group in rule.requires:
        if not any(_satisfied(alt, hits, trig, platforms, targets, present_cues, sent,
                              article_target) for alt in group):
            return f"missing context: needs one of {', '.join(group)}"
    doc = sent.doc
    if _accused_of(doc, sent, trig):
        return f"accusation: '{trig.text}' is what someone was accused of"
    if _gerund_subject(doc, sent, trig):
        return f"a topic, not an act: '{trig.text} ... is'"
    named = _among_named(sent, trig)
    for name in rule.suppress:
        if named and name in _TALLY_CHECKS:
            continue  # "Among those detained since the decree is Getachew Tolera": one person
        if name in BUILTINS:
            reason = _builtin(name, lex, hits, sent, trig, expressive, targets)
            if reason:
                return reason
            continue
        if name not in present_cues:
            continue  # no phrase of this veto in the sentence
        cue = _cue_fires(lex, name, hits, doc, trig)
        if cue is not None:
            return f"{name}: '{cue.text}'"
    if _negative_polarity(doc, sent, trig):
        return f"negation: 'any ... {trig.text}' under a negation"
    return None


_WITNESS_VERBS = {"film", "photograph", "record", "witness", "watch", "see", "capture",
                  "document"}
_TIME_CLAUSE_WORDS = {"when", "after", "before", "since", "until", "while", "as", "week", "day",
                      "month", "night", "morning", "year"}
_WEAK_INTERNET = {"network", "networks", "the network", "connection", "connections",
                  "whole network", "entire network"}
_UNDONE_NOUNS = {"block", "blocks", "ban", "bans", "blocking", "shutdown", "blackout",
                 "suspension", "restriction", "restrictions", "order", "ruling"}
_UNDO_VERBS = {"lift", "suspend", "overturn", "end", "annul", "revoke", "reverse", "quash",
               "cancel", "rescind", "halt", "void"}
_TALLY_CHECKS = {"aggregate", "vague_subject", "vague_perfect", "perfect_since",
                 "aggregate_plural", "time_since", "back_reference"}


def _among_named(sent: Span, trig: Hit) -> bool:
    """"Among those held was Pastor Tendai Moyo": a tally sentence that names one person."""
    doc = sent.doc
    if trig.start - sent.start > 4 or doc[sent.start].lower_ != "among" or \
            doc[sent.start + 1].lower_ not in ("those", "the", "them"):
        return False
    after = doc[trig.end:min(sent.end, trig.end + 12)]
    for i, token in enumerate(after[:-1]):
        if token.lower_ in ("was", "is", "were", "are"):
            nxt = after[i + 1]
            return nxt.text[:1].isupper() or nxt.like_num or nxt.lower_ == "at"
    return False


# When one sentence fires both, the more specific reading wins ("Twitter withheld accounts ...
# ordered them blocked" is a takedown; "detained ... and seized his phone" is the arrest).
_PRECEDENCE = (("blocking.", "takedown."),
               ("takedown.", "legal.broadcaster"),
               ("shutdown.", "legal.broadcaster"),
               ("legal.enactment", "takedown."), ("surveillance.", "legal."))


def _confidence(rule: Rule, country_from: str, target: str | None, actor: str | None,
                has_date: bool) -> float:
    value = rule.confidence
    value -= {"sentence": 0.0, "paragraph": 0.05, "article": 0.15}.get(country_from, 0.3)
    if target in (None, "other"):
        value -= 0.1
    if actor:
        value += 0.05
    if not has_date:
        value -= 0.05
    return round(min(0.99, max(0.05, value)), 2)


def extract_article(text: str, published: date | None, title: str | None = None,
                    lexicon: Lexicon | None = None, explain: bool = False) -> Extraction:
    """Mentions for one article's clean text (offsets into ``text``)."""
    lex = lexicon or load_lexicon()
    paras = list(_paragraphs(text))
    docs = [lex.nlp.make_doc(p) for _, p in paras]
    for doc, (_, para) in zip(docs, paras, strict=True):
        doc.user_data["text"] = para
    active = [lex.may_trigger(doc) or explain for doc in docs]
    for i, doc in enumerate(docs):
        if active[i]:  # sentences and lemmas only where a rule could fire
            for _name, component in lex.nlp.pipeline:
                doc = component(doc)
            docs[i] = doc
    doc_hits = [_hits(lex, doc, full) for doc, full in zip(docs, active, strict=True)]
    dominant = dominant_country(lex, doc_hits, title)
    article_target = _article_target(doc_hits)
    mentions: list[Mention] = []
    reports: list[SentenceReport] = []
    earlier: list[str] = []  # sentences so far, for dates carried over ("Hours later, ...")
    carried: list[str] = []  # the platforms last named, for "the platform" further on
    section_country: str | None = None
    for (offset, para), doc, all_hits, full in zip(paras, docs, doc_hits, active, strict=True):
        furniture = bool(_FURNITURE_PREFIX.match(para.strip())) or not _END.search(para)
        para_country: str | None = None
        if not _END.search(para) and len(para) <= _MAX_HEADING:
            # a section heading ("Venezuela"): its country holds for the paragraphs below it
            section_country = fields.country_of(all_hits, 0)
        if not full:
            earlier.append(para)
            continue
        for sent in doc.sents:
            start_char, end_char = sent.start_char, sent.end_char
            text = para[start_char:end_char]  # same as span_text(sent), without a token walk
            report = SentenceReport(offset + start_char, offset + end_char, text)
            hits = [h for h in all_hits if sent.start <= h.start and h.end <= sent.end]
            sentence_country = fields.country_of(hits, sent.start)
            triggered = [h for h in hits if h.kind == "trig"]
            if triggered and furniture:
                report.notes.append("suppressed all: page furniture (headline, teaser or "
                                    "line without sentence punctuation)")
            elif triggered:
                previous = _previous_date(earlier, published) if needs_previous(text) \
                    else None
                dates = find_dates(text, published, previous)
                _apply_rules(lex, sent, hits, triggered, dates, published, report,
                             sentence_country, para_country or section_country, dominant,
                             offset, article_target, carried)
                mentions.extend(report.mentions)
            named = fields.platforms_of(hits, sent) if not furniture else []
            if named:
                carried = named
            earlier.append(text)
            if sentence_country:
                para_country = sentence_country
            if explain and (triggered or report.notes):
                reports.append(report)
    return Extraction(mentions, dominant, reports)


_PERSON_TARGETS = ("journalist", "blogger", "activist", "channel_admin", "social_media_user")


def _article_target(doc_hits: list[list[Hit]]) -> str | None:
    """The kind of person the article is about, if it names one (most mentioned)."""
    counts = Counter(h.key for hits in doc_hits for h in hits
                     if h.kind == "target" and h.key in _PERSON_TARGETS)
    return counts.most_common(1)[0][0] if counts else None


def _previous_date(earlier: list[str], published: date | None) -> DateMatch | None:
    """The last resolved date in the three sentences before ("Hours later, ...")."""
    for text in reversed(earlier[-3:]):
        resolved = [d for d in find_dates(text, published) if d.value is not None]
        if resolved:
            return resolved[-1]
    return None


def _apply_rules(lex: Lexicon, sent: Span, hits: list[Hit], triggered: list[Hit],
                 dates: list[DateMatch], published: date | None, report: SentenceReport,
                 sentence_country: str | None, para_country: str | None,
                 dominant: str | None, offset: int, article_target: str | None,
                 carried: list[str] | None = None) -> None:
    doc = sent.doc
    platforms = fields.platforms_of(hits, sent)
    if not platforms and carried and _names_platform_back(sent):
        platforms = list(carried)  # "the platform" named in an earlier sentence
    cue_names = {h.key for h in hits if h.kind == "cue"}
    expressive = "expression" in cue_names or bool(platforms)
    seen_types: set[str] = set()
    for rule in lex.rules:
        trigs = [t for t in triggered if t.key == rule.id]
        if not trigs or rule.type in seen_types:
            continue
        why = None
        trig = trigs[0]
        refused: list[str] = []
        for candidate in trigs:
            trig = candidate
            why = _check(lex, rule, hits, sent, trig, platforms, expressive, article_target)
            if why is None:
                break
            refused.append(f"{rule.id} ('{trig.text}') suppressed: {why}")
        if why is not None:
            report.notes.extend(dict.fromkeys(refused))  # every trigger tried, once each
            continue
        seen_types.add(rule.type)
        anchor = trig.start
        if sentence_country:
            country, country_from = fields.country_of(hits, anchor), "sentence"
        elif para_country:
            country, country_from = para_country, "paragraph"
        else:
            country, country_from = dominant, "article"
        kept_platforms = [] if rule.type == "internet_shutdown" else platforms
        if rule.type in ("blocking", "takedown"):  # an outlet whose website or feed is hit
            kept_platforms = sorted(set(platforms) | set(fields.outlet_names(hits, sent)))
        target, target_hit = fields.target_of(hits, sent, anchor, rule.type, kept_platforms,
                                              expressive, rule.default_target)
        if rule.type in ("blocking", "takedown") and target == "platform" and target_hit is None:
            target = _content_owner(doc, sent, hits, rule.type)
        count, qualifier = (None, None)
        person_types = ("arrest", "prosecution", "attack", "harassment", "surveillance")
        if rule.type in person_types:
            count, qualifier = fields.count_of(sent, target_hit, lex.target_people)
            person = _person_reference(sent, trig)
            if (target in (None, "general_public", "other") or target_hit is None) and \
                    person is not None and article_target is not None:
                target = article_target  # "police summoned him" in a story about a reporter
                if person.lower_ in _SINGULAR_PERSON and count is None:
                    count, qualifier = 1, "exact"
        actor_type, actor = fields.actor_of(hits, sent, anchor, rule.default_actor)
        trig_char = doc[anchor].idx - sent.start_char
        chosen = pick_date(dates, trig_char)
        tally = count
        if tally is None and trig.start > sent.start and \
                doc[trig.start - 1].text.replace(",", "").isdigit():
            tally = int(doc[trig.start - 1].text.replace(",", ""))  # "more than 180 killed"
        if rule.type in ("arrest", "prosecution", "attack", "harassment") and tally and \
                (tally >= 5 and qualifier != "exact" or tally >= 20) and \
                _tally_frame(doc, sent, trig, chosen):
            report.notes.append(f"{rule.id} ('{trig.text}') suppressed: a tally of {tally}+ "
                                "over a period, not one event")
            continue
        if chosen is not None and chosen.value is not None and published is not None and \
                chosen.value > published and \
                chosen.precision == "day":
            report.notes.append(f"{rule.id} ('{trig.text}') suppressed: dated {chosen.value}, "
                                f"after publication ({published}): not yet happened")
            continue
        mention = Mention(
            incident_type=rule.type, country=country, platforms=kept_platforms,
            target_category=target, actor_type=actor_type, actor=actor,
            victim_count=count, victim_count_qualifier=qualifier,
            event_date=chosen.value if chosen else None,
            date_precision=chosen.precision if chosen else None,
            evidence=span_text(sent), evidence_start=offset + sent.start_char,
            evidence_end=offset + sent.end_char,
            confidence=_confidence(rule, country_from if country else "none", target, actor,
                                   chosen is not None),
            rule_id=rule.id,
        )
        mention.trigger_start = trig.start
        mention.target_named = target_hit is not None
        mention.explain = [
            f"trigger '{trig.text}' -> {rule.type} (rule {rule.id})",
            f"country {country} from {country_from if country else 'nowhere'}",
            f"platforms {kept_platforms}",
            f"target {target}" + (f" from '{target_hit.text}'" if target_hit else " (default)"),
            f"actor {actor_type}" + (f" '{actor}'" if actor else " (default)"),
            f"count {count} {qualifier or ''}".rstrip(),
            (f"date {chosen.value} ({chosen.precision}) from '{chosen.text}'" if chosen
             else "date null (no date expression)"),
        ]
        report.mentions.append(mention)
    _resolve_overlaps(doc, report)


_POLITICAL_TITLES = {"president", "minister", "mayor", "leader", "leaders", "politician",
                     "politicians", "governor", "lawmaker", "lawmakers", "premier", "mp", "mps"}
_NETWORK_ADDRESSEES = {"providers", "isps", "operators", "carriers", "telecoms", "gateways",
                       "telcos"}  # "ordered internet providers to block": not a platform
_ORDER_WORDS = ("order", "direct", "require", "instruct", "tell")


_ACCESS_TO = ("restricted access to", "blocked access to", "restricts access to",
              "restrict access to")


def _bare_platform_access(doc: Doc, start: int) -> bool:
    """"restricted access to X late on Tuesday": a whole platform, not content on it."""
    lead = doc[start:start + 3].text.lower()
    if not lead.startswith(_ACCESS_TO):
        return False
    nxt = doc[start + 3:start + 5]
    return len(nxt) > 0 and nxt[0].text[:1].isupper() and (
        len(nxt) == 1 or nxt[1].lower_ in (",", ".", "on", "in", "late", "early", "for",
                                           "from", "after", "since", "and"))


_MEDIA_WORDS = {"outlet", "outlets", "station", "stations", "broadcaster", "broadcasters",
                "newspaper", "newspapers", "news", "tv", "television", "radio", "our", "website",
                "websites", "site", "sites", "portal", "portals"}


def _content_owner(doc: Doc, sent: Span, hits: list[Hit], incident_type: str) -> str:
    """Whose content a block or takedown hit when no target word names it: news outlets
    ("the websites of BBC Russian and Deutsche Welle"), users ("withhold 177 accounts"), or
    the platform itself."""
    named_platform = any(h.kind in ("platform", "platform_cs") for h in hits)
    if not named_platform and (fields.outlet_names(hits, sent) or
                               any(t.lower_ in _MEDIA_WORDS for t in sent)):
        return "media_outlet"
    if incident_type == "takedown" and any(t.lower_ == "accounts" for t in sent):
        return "social_media_user"
    return "platform"


def _tally_frame(doc: Doc, sent: Span, trig: Hit, chosen: DateMatch | None) -> bool:
    """"At least 60 people were prosecuted under it in 2025", "sentenced since 2020": a count
    over a year or more, not one event."""
    if any(t.lower_ in ("was", "has") for t in doc[max(sent.start, trig.start - 3):trig.start]):
        return False  # "had about 600 followers on X and was arrested in 2022": one person
    numbers = fields.NUMBER_WORDS
    if any(t.lower_ == "countries" and t.i > sent.start and (
            doc[t.i - 1].like_num or doc[t.i - 1].lower_ in numbers) for t in sent):
        return True  # "23 journalists were detained in 11 countries"
    return chosen is not None and chosen.precision == "year"


_PLATFORM_BACK = {"platform", "app", "service", "site", "website", "company", "encyclopedia",
                  "encyclopaedia", "messenger", "network"}


def _names_platform_back(sent: Span) -> bool:
    """"the platform", "the app", "the company": a service named earlier in the article."""
    doc = sent.doc
    return any(t.lower_ in _PLATFORM_BACK and t.i > sent.start and
               doc[t.i - 1].lower_ in ("the", "its") for t in sent)


def _apart(report: SentenceReport, loser: str, winner: str) -> bool:
    """Whether the losing reading comes first and far from the winning one: two acts ("X was
    blocked in June, and Apple removed it from its store"), not an order and its effect."""
    lose = [m.trigger_start for m in report.mentions if m.rule_id.startswith(loser)]
    win = [m.trigger_start for m in report.mentions if m.rule_id.startswith(winner)]
    return bool(lose and win) and min(b - a for a in lose for b in win) > 12


def _resolve_overlaps(doc: Doc, report: SentenceReport) -> None:
    """Settle one sentence read as several types: keep the reading the sentence reports."""
    types = {m.incident_type for m in report.mentions}
    if types & {"internet_shutdown", "blocking"}:
        kept = []
        for m in report.mentions:
            near = doc[max(0, m.trigger_start - 6):m.trigger_start + 6]
            if m.incident_type == "arrest" and not m.target_named and any(
                    t.lower_ in _POLITICAL_TITLES for t in near):
                report.notes.append("arrest dropped: a politician's detention dates the "
                                    "restriction the sentence reports")
                continue
            if m.rule_id == "legal.enactment" and "internet_shutdown" in types and \
                    doc[m.trigger_start].lemma_ in _ORDER_WORDS:
                report.notes.append("legal_restriction dropped: the order is the shutdown")
                continue
            kept.append(m)
        report.mentions = kept
    for m in list(report.mentions):
        if m.rule_id.startswith("takedown.") and _bare_platform_access(doc, m.trigger_start):
            m.incident_type, m.rule_id = "blocking", "blocking.platform"
            m.target_category = "platform" if m.target_category in (None, "other") \
                else m.target_category
            m.explain[0] = m.explain[0].replace("-> takedown (rule takedown.order)",
                                                "-> blocking (rule blocking.platform)")
            report.notes.append("takedown read as blocking: access to a whole platform")
            report.mentions = [x for x in report.mentions
                               if x is m or x.incident_type != "blocking"]
    blockers = [m for m in report.mentions if m.rule_id.startswith("takedown.") and "block" in
                doc[m.trigger_start:m.trigger_start + 2].text.lower() and any(
                    t.lower_ in _NETWORK_ADDRESSEES
                    for t in doc[max(0, m.trigger_start - 6):m.trigger_start])]
    if blockers and any(m.rule_id.startswith("blocking.") for m in report.mentions):
        report.mentions = [m for m in report.mentions if m not in blockers]
        report.notes.append("takedown dropped: an order to block is coded as blocking")
    broadcaster = {m.trigger_start for m in report.mentions if m.rule_id == "legal.broadcaster"}
    if broadcaster:  # one word read both ways ("suspended the online newspaper"): the licence
        report.mentions = [m for m in report.mentions if not (
            m.incident_type in ("blocking", "harassment") and m.trigger_start in broadcaster)]
    for loser, winner in _PRECEDENCE:
        rules = [m.rule_id for m in report.mentions]
        if loser == "blocking." and _apart(report, loser, winner):
            continue  # "Roskomnadzor began blocking VPN protocols, and Apple removed ...": two acts
        if any(r.startswith(loser) for r in rules) and any(r.startswith(winner) for r in rules):
            report.mentions = [m for m in report.mentions if not m.rule_id.startswith(loser)]
            report.notes.append(f"{loser.rstrip('.')} dropped: the sentence is coded by "
                                f"{winner.rstrip('.')}")
    types = {m.incident_type for m in report.mentions}
    if {"blocking", "internet_shutdown"} <= types and not any(
            m.platforms for m in report.mentions if m.incident_type == "blocking"):
        report.mentions = [m for m in report.mentions if m.incident_type != "blocking"]
        report.notes.append("blocking dropped: unnamed sites unreachable in a shutdown")
