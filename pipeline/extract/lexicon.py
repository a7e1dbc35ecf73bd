"""Load the rules and gazetteers (YAML data) and compile them into spaCy phrase matchers.

The language pipeline is spaCy's blank English tokenizer and rule-based sentencizer (a note
marker after a full stop stays with its sentence), with lemmas from the lookup table in
``spacy-lookups-data``: no downloaded model is needed.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any, cast

import numpy
import pycountry
import spacy
import yaml
from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.language import Language
from spacy.lookups import load_lookups
from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

if TYPE_CHECKING:
    from thinc.types import Ints2d

_LEMMAS: dict[str, Any] = {}


@Language.component("pfd_lookup_lemmas")
def _lookup_lemmas(doc: Doc) -> Doc:
    """Set each token's lemma to the lowercase lookup lemma (case-insensitive matching).

    Works on string hashes (lowercase form -> lemma) so no Token objects are created."""
    # The hash cache belongs to one vocabulary: a rebuilt pipeline has a new StringStore.
    owners: dict[int, tuple[Any, dict[int, int]]] = _LEMMAS.setdefault("hash_cache", {})
    owner = owners.get(id(doc.vocab))
    if owner is None or owner[0] is not doc.vocab:
        owner = owners[id(doc.vocab)] = (doc.vocab, {})
    by_hash = owner[1]
    strings = doc.vocab.strings
    lowers = doc.to_array(LOWER)
    lemmas = []
    for key in lowers.tolist():
        lemma = by_hash.get(key)
        if lemma is None:
            lemma = strings.add(_lemma_of(strings[key]))
            by_hash[key] = lemma
        lemmas.append(lemma)
    column = numpy.asarray(lemmas, dtype=numpy.uint64).reshape(-1, 1)
    doc.from_array([LEMMA], cast("Ints2d", column))
    return doc


_NOTE_MARKER = re.compile(r"^\[\d{1,3}\]$")


@Language.component("pfd_note_markers")
def _note_markers(doc: Doc) -> Doc:
    """A note marker after a full stop ("... concerns.[1] The minister ...") ends the sentence
    before it instead of opening the next one."""
    text = doc.user_data.get("text")
    if "[" not in (text if isinstance(text, str) else doc.text):
        return doc  # no marker: no Token objects to create
    for token in doc:
        if token.is_sent_start and token.i > 0 and token.i + 1 < len(doc) and \
                _NOTE_MARKER.match(token.text):
            token.is_sent_start = False
            doc[token.i + 1].is_sent_start = True
    return doc


def _lemma_of(lower: str) -> str:
    """The lowercase lookup lemma of a lowercase word (cached)."""
    cache: dict[str, str] = _LEMMAS["cache"]
    lemma = cache.get(lower)
    if lemma is None:
        found = _LEMMAS["table"].get(lower)
        lemma = str(found).lower() if found is not None else _plural_fallback(lower)
        cache[lower] = lemma
    return lemma


def _plural_fallback(word: str) -> str:
    """Singular form of a plural the lookup table does not know ("bloggers" -> "blogger")."""
    if len(word) <= 3 or not word.isalpha() or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml is ~10x faster


@cache
def _plural(phrase: str) -> str:
    if phrase.endswith("y") and not phrase.endswith(("ay", "ey", "oy")):
        return phrase[:-1] + "ies"
    return phrase + ("es" if phrase.endswith(("s", "x", "ch", "sh")) else "s")


def _read_yaml(*parts: str) -> Any:
    text = resources.files("pipeline.extract").joinpath(*parts).read_text("utf-8")
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader


@dataclass(frozen=True)
class Rule:
    """One codebook rule: triggers, required context and the cues that veto it."""

    id: str
    type: str
    triggers: tuple[str, ...]
    requires: tuple[tuple[str, ...], ...]
    suppress: tuple[str, ...]
    confidence: float
    default_actor: str
    default_target: str | None


@dataclass
class Lexicon:
    """Everything the engine matches with, compiled once per process."""

    nlp: Language
    codebook_version: str
    rules: list[Rule]
    cue_scopes: dict[str, str]
    target_people: dict[str, bool]
    lemma_matcher: PhraseMatcher
    lower_matcher: PhraseMatcher
    orth_matcher: PhraseMatcher
    country_kinds: dict[str, str] = field(default_factory=dict)
    trigger_heads: frozenset[str] = frozenset()  # a key word (lemma or form) of each trigger
    person_matcher: PhraseMatcher | None = None  # person targets by word form (no lemmas)

    def lemma(self, lower: str) -> str:
        """The lowercase lemma of a lowercase word, as the pipeline assigns it."""
        return _lemma_of(lower)

    def may_trigger(self, doc: Doc) -> bool:
        """Cheap test on a tokenised paragraph: could any rule's trigger match here?

        Works on the hashes of the lowercase forms, without creating Token objects."""
        heads = self.trigger_heads
        known: dict[int, bool] = _LEMMAS.setdefault("head_hits", {})
        strings = doc.vocab.strings
        for key in doc.to_array(LOWER).tolist():
            hit = known.get(key)
            if hit is None:
                lower = strings[key]
                hit = lower in heads or self.lemma(lower) in heads
                known[key] = hit
            if hit:
                return True
        return False


def _add(matcher: PhraseMatcher, nlp: Language, label: str, phrases: list[str],
         lemmatize: bool) -> None:
    docs = [_lookup_lemmas(nlp.make_doc(p)) if lemmatize else nlp.make_doc(p)
            for p in phrases if p.strip()]
    if docs:
        matcher.add(label, docs)


def _split(phrases: list[Any]) -> tuple[list[str], list[str]]:
    """Split phrases into lemma phrases and exact-form ("=...") phrases."""
    lemma: list[str] = []
    exact: list[str] = []
    for phrase in phrases:
        text = str(phrase)
        (exact if text.startswith("=") else lemma).append(text.lstrip("=").lower())
    return lemma, exact


@cache
def display_names() -> dict[str, str]:
    """Short English country names for summaries: the first name in countries.yaml."""
    extra = _read_yaml("gazetteers", "countries.yaml")["countries"]
    return {code: str(kinds["names"][0]) for code, kinds in extra.items() if kinds.get("names")}


def _country_names() -> dict[str, dict[str, list[str]]]:
    extra = _read_yaml("gazetteers", "countries.yaml")["countries"]
    names: dict[str, dict[str, list[str]]] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        entry = names.setdefault(code, {"names": [], "demonyms": [], "cities": [], "bodies": []})
        for attr in ("name", "common_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                entry["names"].append(value)
    for code, kinds in extra.items():
        entry = names.setdefault(code, {"names": [], "demonyms": [], "cities": [], "bodies": []})
        for kind, values in kinds.items():
            entry[kind].extend(str(v) for v in values)
    return names


def _lemma_table() -> Mapping[str, str]:
    """spaCy's English lookup lemmas, read straight from the spacy-lookups-data package file
    (five times faster than building a spaCy ``Lookups`` table); falls back to the API."""
    try:
        data = resources.files("spacy_lookups_data").joinpath("data", "en_lemma_lookup.json.gz")
        table = json.loads(gzip.decompress(data.read_bytes()))
        if isinstance(table, dict) and table:
            return table
    except (ModuleNotFoundError, OSError, ValueError):
        pass
    return load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")


@cache
def load_lexicon() -> Lexicon:
    """Build the pipeline and matchers from the packaged YAML files."""
    if not _LEMMAS:
        _LEMMAS["table"] = _lemma_table()
        _LEMMAS["cache"] = {}
    nlp = spacy.blank("en")
    # Note markers glued to a word ("law[2]", "2020[1].") are tokens of their own.
    suffixes = [r"\[\d{1,3}\]", *(nlp.Defaults.suffixes or [])]
    tokenizer = cast(Tokenizer, nlp.tokenizer)
    tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
    # "... restore access to X. Last week, ...": the platform X ends a sentence, it is not
    # an initial (spaCy's exceptions keep "X." as one token, which hides the full stop).
    tokenizer.add_special_case("X.", [{ORTH: "X"}, {ORTH: "."}])
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("pfd_note_markers")
    nlp.add_pipe("pfd_lookup_lemmas")
    lemma_matcher = PhraseMatcher(nlp.vocab, attr="LEMMA")
    lower_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    orth_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")

    rules_data = _read_yaml("rules", "incidents.yaml")
    rules = []
    heads: set[str] = set()
    for raw in rules_data["rules"]:
        rule = Rule(
            id=raw["id"], type=raw["type"], triggers=tuple(raw["triggers"]),
            requires=tuple(tuple(group) for group in raw.get("requires", [])),
            suppress=tuple(raw.get("suppress", [])), confidence=float(raw["confidence"]),
            default_actor=raw.get("default_actor", "unknown"),
            default_target=raw.get("default_target"),
        )
        lemma, exact = _split(list(rule.triggers))
        # One key word per phrase (its longest word) is enough to rule a paragraph out.
        heads.update(max((t.lemma_ for t in nlp(p)), key=len) for p in lemma)
        heads.update(max((t.lower_ for t in nlp.make_doc(p)), key=len) for p in exact)
        _add(lemma_matcher, nlp, f"trig:{rule.id}", lemma, lemmatize=True)
        _add(lower_matcher, nlp, f"trig:{rule.id}", exact, lemmatize=False)
        rules.append(rule)

    cues = _read_yaml("rules", "cues.yaml")["cues"]
    for name, spec in cues.items():
        lemma, exact = _split(spec["phrases"])
        _add(lemma_matcher, nlp, f"cue:{name}", lemma, lemmatize=True)
        _add(lower_matcher, nlp, f"cue:{name}", exact, lemmatize=False)

    for actor_type, phrases in _read_yaml("gazetteers", "actors.yaml")["actors"].items():
        _add(lemma_matcher, nlp, f"actor:{actor_type}", [str(p) for p in phrases], True)

    target_people = {}
    person_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for category, spec in _read_yaml("gazetteers", "targets.yaml")["targets"].items():
        target_people[category] = bool(spec.get("people"))
        _add(lemma_matcher, nlp, f"target:{category}", [str(p) for p in spec["phrases"]], True)
        if category in ("journalist", "blogger", "activist", "channel_admin",
                        "social_media_user"):
            forms = [f for p in spec["phrases"] for f in (str(p), _plural(str(p)))]
            _add(person_matcher, nlp, f"target:{category}", forms, False)

    platforms = _read_yaml("gazetteers", "platforms.yaml")
    for pid, phrases in platforms["platforms"].items():
        _add(lower_matcher, nlp, f"platform:{pid}", [str(p).lower() for p in phrases], False)
    for pid, phrases in (platforms.get("case_sensitive") or {}).items():
        _add(orth_matcher, nlp, f"platform_cs:{pid}", [str(p) for p in phrases], False)

    kinds: dict[str, str] = {}
    for code, entry in _country_names().items():
        for kind, values in entry.items():
            label = f"country:{code}:{kind}"
            kinds[label] = kind
            _add(orth_matcher, nlp, label, sorted(set(values)), False)

    return Lexicon(
        nlp=nlp, codebook_version=str(rules_data.get("codebook_version", "1")), rules=rules,
        cue_scopes={name: spec.get("scope", "sentence") for name, spec in cues.items()},
        target_people=target_people, lemma_matcher=lemma_matcher,
        lower_matcher=lower_matcher, orth_matcher=orth_matcher, country_kinds=kinds,
        trigger_heads=frozenset(heads), person_matcher=person_matcher,
    )
