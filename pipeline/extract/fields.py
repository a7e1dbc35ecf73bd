"""Resolve a mention's fields (country, platforms, target, actor, count) from sentence hits."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Span, Token

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100, "dozen": 12,
}
AT_LEAST = ("at least", "more than", "over", "upwards of", "no fewer than", "in excess of")
APPROXIMATE = ("about", "around", "nearly", "some", "approximately", "almost", "roughly",
               "up to", "an estimated", "close to", "as many as", "a dozen")
_PERSON_INCIDENTS = ("arrest", "prosecution", "attack", "surveillance")
EXPRESSIVE = ("journalist", "blogger", "activist", "channel_admin", "social_media_user",
              "media_outlet")
_ADMIN_WORDS = {"admin", "administrator", "moderator", "owner", "founder", "creator"}
_GROUP_WORDS = {"channel", "group", "page", "chat", "account", "community"}
_CS_PLATFORM_PREV = {"on", "to", "of", "and", "platform", "network", "app", "messenger",
                     "block", "blocked", "ban", "banned", "restricted", "throttled", "suspended",
                     "via", "through", "like", "including", "or", "ordered", "asked", "told",
                     "forced", "fined", "sued", "required", "against"}
_CS_PLATFORM_NEXT = {",", "(", "and", "was", "were", "is", "has", "had", "remains", "remained",
                     "accounts", "account", "posts", "post", "users", "user", "app", ")", ".",
                     "said", "says", "to"}


@dataclass(frozen=True)
class Hit:
    """One phrase-matcher hit inside a sentence (token offsets relative to the paragraph)."""

    kind: str      # trig, cue, actor, target, platform, platform_cs, country
    key: str       # rule id, cue name, actor type, target category, platform id, country code
    sub: str       # country: names/demonyms/cities/bodies; otherwise ""
    start: int
    end: int
    text: str


def distance(hit: Hit, anchor: int) -> int:
    if hit.end <= anchor:
        return anchor - hit.end
    return max(0, hit.start - anchor)


_MEANS = {"using", "used", "through", "via", "with", "without", "reach", "over"}


def _as_means(hit: Hit, sent: Span) -> bool:
    """A circumvention tool named as the way around a block ("reach it through a VPN")."""
    window = sent.doc[max(sent.start, hit.start - 3):hit.start]
    return hit.key == "vpn" and any(t.lower_ in _MEANS for t in window)


def platforms_of(hits: list[Hit], sent: Span) -> list[str]:
    """Lowercase platform ids named in the sentence; one-letter forms need a nearby cue.

    A VPN named as the means of getting around a block is not itself blocked."""
    found = {h.key for h in hits if h.kind == "platform" and not _as_means(h, sent)}
    doc = sent.doc
    for h in hits:
        if h.kind != "platform_cs":
            continue
        prev = doc[h.start - 1].lower_ if h.start > sent.start else ""
        nxt = doc[h.end].text if h.end < len(doc) else ""
        if h.start == sent.start and nxt.lower() not in _CS_PLATFORM_NEXT:
            continue  # a sentence-initial capital without a verb after it
        if found or prev in _CS_PLATFORM_PREV or nxt.lower() in _CS_PLATFORM_NEXT:
            found.add(h.key)
    return sorted(found)


_OUTLET_WORDS = {"website", "websites", "site", "sites", "outlet", "outlets", "broadcaster",
                 "channel", "station", "network", "newspaper", "daily", "weekly", "agency",
                 "portal", "magazine", "service", "broadcasts", "platform"}
_NAME_JOINERS = {"of", "de", "al", "el", "la", "du", "del", "-", "&"}
_NOT_NAMES = {"the", "a", "an", "monday", "tuesday", "wednesday", "thursday", "friday",
              "saturday", "sunday", "january", "february", "march", "april", "may", "june",
              "july", "august", "september", "october", "november", "december", "i"}


def outlet_names(hits: list[Hit], sent: Span) -> list[str]:
    """Lowercase names of news outlets introduced by a describing noun ("the news site Mada
    Masr", "the websites of Radio Free Asia and Voice of America"); the codebook lists an
    outlet among the platforms when its website is blocked or its staff are targeted."""
    doc = sent.doc
    taken = {i for h in hits if h.kind in ("country", "actor", "platform", "platform_cs")
             for i in range(h.start, h.end)}
    names: list[str] = []
    i = sent.start
    while i < sent.end:
        if doc[i].lower_ not in _OUTLET_WORDS:
            i += 1
            continue
        j = i + 1
        if j < sent.end and doc[j].lower_ == "of":
            j += 1
            while j < sent.end and doc[j].lower_ in ("the", "a") or \
                    j < sent.end and doc[j].is_lower and doc[j].lower_ not in _OUTLET_WORDS \
                    and doc[j].lower_ not in ("and", "including"):
                j += 1  # "the websites of the radio station ..."
        while j < sent.end:
            name, j = _title_run(doc, j, sent.end, taken)
            if name:
                names.append(name)
            if j < sent.end and doc[j].lower_ == "and" and j + 1 < sent.end and \
                    _is_title(doc[j + 1]):
                j += 1
                continue
            break
        i = max(i + 1, j)
    return sorted(set(names))


def _is_title(token: Token) -> bool:
    return token.text[:1].isupper() and token.lower_ not in _NOT_NAMES


def _title_run(doc: Doc, j: int, end: int, taken: set[int]) -> tuple[str, int]:
    start = j
    while j < end and (_is_title(doc[j]) and (j not in taken or j > start) or
                       j > start and doc[j].lower_ in _NAME_JOINERS and j + 1 < end
                       and _is_title(doc[j + 1])):
        j += 1
    if j == start or j - start > 4:
        return "", j
    words = doc[start:j].text
    return words.lower().removesuffix("'s").removesuffix("’s"), j


_STAFF_WORDS = {"director", "founder", "co-founder", "owner", "publisher", "executive", "staff",
                "employees", "employee", "crew", "manager", "presenter", "host", "anchor",
                "columnist", "contributor", "contributors", "workers", "members"}


def _staff_of(sent: Span, outlet: Hit) -> bool:
    """A person named by a role at an outlet ("the chief executive of the news website", "a
    crew from a Russian television channel"), or a lone broadcaster ("A radio broadcaster was
    shot dead")."""
    doc = sent.doc
    before = doc[max(sent.start, outlet.start - 6):outlet.start]
    if any(t.lower_ in _STAFF_WORDS for t in before) and any(
            t.lower_ in ("of", "at", "from", "for") for t in before):
        return True
    return outlet.text.lower().endswith("broadcaster") and outlet.start > sent.start and \
        any(t.lower_ in ("a", "an") for t in doc[max(sent.start, outlet.start - 2):outlet.start])


def target_of(hits: list[Hit], sent: Span, anchor: int, incident_type: str,
              platforms: list[str], expressive_act: bool, default: str | None) -> tuple[
                  str | None, Hit | None]:
    """The target category and the hit that named it (for counting), by codebook priority."""
    if incident_type == "internet_shutdown":
        return "general_public", None  # a shutdown cuts everyone off, whoever is named
    strings = sent.doc.vocab.strings
    lemmas = {strings[key] for key in sent.doc.to_array(LEMMA)[sent.start:sent.end].tolist()}
    targets = [h for h in hits if h.kind == "target"]
    admins = [h for h in targets if h.key == "channel_admin"]
    if admins and (lemmas & _GROUP_WORDS or any(h.text.lower() in ("admin", "administrator")
                                               for h in admins)):
        if lemmas & _GROUP_WORDS or platforms:
            return "channel_admin", min(admins, key=lambda h: distance(h, anchor))
    specific = [h for h in targets if h.key in EXPRESSIVE and h.key != "channel_admin"]
    if incident_type == "legal_restriction":
        specific = [h for h in specific if h.key in ("journalist", "blogger", "media_outlet")]
        if not specific:
            companies = any(h.key == "platform" for h in targets)
            return ("platform" if companies else "general_public"), None  # a law on VPN use
    if incident_type in ("blocking", "takedown"):
        outlets = [h for h in specific if h.key == "media_outlet"]
        if outlets and (incident_type == "blocking" or not platforms):
            return "media_outlet", outlets[0]  # news sites and broadcasters blocked
        return "platform", None
    if incident_type == "surveillance" and platforms and not [
            h for h in specific if h.key in ("journalist", "blogger", "activist")]:
        return "platform", None  # data or keys demanded from a service
    if specific:
        if incident_type in _PERSON_INCIDENTS:
            people = [h for h in specific if h.key != "media_outlet"]
            specific = people or specific  # "a cameraman for a TV channel" is a journalist
            if not people and any(_staff_of(sent, h) for h in specific):
                return "journalist", None  # "the director of two local news sites"
        elif incident_type == "harassment" and all(h.key == "media_outlet" for h in specific) \
                and any(_staff_of(sent, h) for h in specific):
            return "journalist", None  # "raided the homes of senior staff at the daily"
        elif incident_type == "harassment":
            doc = sent.doc
            people = [h for h in specific if h.key != "media_outlet"]
            after = {t.lower_ for t in doc[anchor + 1:min(sent.end, anchor + 4)]}
            before = {t.lower_ for t in doc[max(sent.start, anchor - 2):anchor]}
            if people and (after & {"him", "her", "them", "me", "us"} or
                           before & {"was", "were", "been"}):
                specific = people  # "A reporter for the daily said police had stopped him"
        best = min(specific, key=lambda h: (distance(h, anchor), h.start))
        return best.key, best
    public = [h for h in targets if h.key == "general_public"]
    if public and incident_type in ("arrest", "prosecution", "attack", "harassment",
                                    "surveillance") and (expressive_act or platforms):
        return "social_media_user", min(public, key=lambda h: distance(h, anchor))
    if incident_type == "internet_shutdown":
        return "general_public", None
    if default == "platform" and not platforms:
        outlets = [h for h in targets if h.key == "media_outlet"]
        return ("media_outlet", outlets[0]) if outlets else ("other", None)
    if default:
        return default, None
    if public:
        return "general_public", min(public, key=lambda h: distance(h, anchor))
    if incident_type in ("arrest", "prosecution") and (expressive_act or platforms):
        return "social_media_user", None  # "charged a lecturer who had written about ..."
    return None, None


def _number_before(sent: Span, noun: Hit) -> tuple[int | None, str | None]:
    doc = sent.doc
    lo = max(sent.start, noun.start - 5)
    for i in range(noun.start - 1, lo - 1, -1):
        token = doc[i]
        value: int | None = None
        if token.like_num and token.text.replace(",", "").isdigit():
            value = int(token.text.replace(",", ""))
            if 1900 <= value <= 2100 and "," not in token.text:
                return None, None  # a year, not a count
        elif token.lower_ in NUMBER_WORDS:
            value = NUMBER_WORDS[token.lower_]
            if token.lower_ == "hundred" and i > sent.start and doc[i - 1].lower_ in NUMBER_WORDS:
                value = NUMBER_WORDS[doc[i - 1].lower_] * 100
                i -= 1
        elif token.lower_ in ("dozens", "hundreds", "thousands", "scores", "several", "many",
                              "numerous"):
            return None, None
        if value is not None and i + 1 < sent.end and doc[i + 1].text in ("-", "‑") and \
                i + 2 < sent.end and doc[i + 2].lower_.startswith("year"):
            continue  # "a 24-year-old TikTok user": an age, not a count
        if value is not None and i + 1 < sent.end and doc[i + 1].lower_.startswith("-year"):
            continue
        if value is None:
            if token.is_punct or token.lower_ in ("of", "the", "a", "an"):
                if token.lower_ == "of":
                    return None, None  # "administrators of 20 groups" counts groups
            continue
        before = doc[max(sent.start, i - 3):i].text.lower()
        if token.lower_ == "dozen" and before.endswith("a"):
            return 12, "approximate"
        if any(before.endswith(q) for q in AT_LEAST):
            return value, "at_least"
        if any(before.endswith(q) for q in APPROXIMATE):
            return value, "approximate"
        return value, "exact"
    return None, None


def count_of(sent: Span, target: Hit | None, people: dict[str, bool]) -> tuple[
        int | None, str | None]:
    """Victim count and qualifier stated for the target noun; singular nouns count one."""
    if target is None or not people.get(target.key, False):
        return None, None
    value, qualifier = _number_before(sent, target)
    if value is not None:
        return value, qualifier
    head = sent.doc[target.end - 1]
    before = sent.doc[max(sent.start, target.start - 3):target.start]
    if any(t.lower_ in ("dozens", "hundreds", "thousands", "scores", "several", "many",
                        "numerous", "some", "other", "more", "few") for t in before):
        return None, None
    if head.lemma_ == head.lower_ and not head.lower_.endswith("s") and \
            head.lower_ not in ("people", "police", "staff", "youth", "population"):
        return 1, "exact"
    return None, None


def actor_of(hits: list[Hit], sent: Span, anchor: int, default: str) -> tuple[str, str | None]:
    """Actor type and the actor as named ("police in Dhaka"), nearest to the trigger."""
    actors = [h for h in hits if h.kind == "actor"]
    if not actors:
        return default, None
    best = min(actors, key=lambda h: (distance(h, anchor) + (0 if h.end <= anchor else 2),
                                      h.start))
    doc = sent.doc
    end = best.end
    places = [h for h in hits if h.kind == "country" and h.start == end + 1]
    if end < sent.end - 1 and doc[end].lower_ == "in" and places:
        end = places[0].end
    start = best.start
    if start > sent.start and any(h.kind == "country" and h.end == start for h in hits):
        start = next(h.start for h in hits if h.kind == "country" and h.end == start)
    return best.key, doc[start:end].text


def country_of(hits: list[Hit], anchor: int) -> str | None:
    """The country named in the sentence that best identifies the acting state."""
    actor_starts = {h.start for h in hits if h.kind == "actor"}
    target_starts = {h.start for h in hits if h.kind == "target"}
    # "a Ugandan journalist": the victim's nationality says nothing about the acting state
    countries = [h for h in hits if h.kind == "country" and not (
        h.sub == "demonyms" and any(0 <= t - h.end <= 2 for t in target_starts))]
    if not countries:
        return None

    def score(h: Hit) -> tuple[int, int]:
        value = distance(h, anchor)
        if h.sub == "bodies" or h.end in actor_starts or h.start in actor_starts:
            value -= 20
        if h.sub == "demonyms" and h.end in target_starts:
            value += 15  # "a French journalist": the victim's nationality, not the state
        return value, h.start

    return min(countries, key=score).key
