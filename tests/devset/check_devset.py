#!/usr/bin/env python3
"""Validate the annotated extractor dev set (tests/devset) and print its counts.

Usage:
    python tests/devset/check_devset.py                 # every part folder with annotations.yaml
    python tests/devset/check_devset.py --part tune     # only the tuning part (any folder name)
    python tests/devset/check_devset.py --trafilatura   # + evidence recall in trafilatura text

Checks, for every article listed in <part>/annotations.yaml:
  * the page exists and has the required page metadata (lang, title, author, published time,
    site name, canonical link, h1) and 3-9 <p> paragraphs in its article body;
  * every incident evidence, every `also` sentence and every non-furniture negative is a verbatim
    substring of the article body text (the body's <p> elements, entity-decoded, whitespace
    collapsed, joined by blank lines); furniture negatives occur on the page but outside the body;
  * enum values follow shared CODEBOOK.md (v1); dates are first days of their period, agree with
    their precision and are not after the publication date; count and qualifier agree;
  * no sentence is used twice, except that one sentence may be the evidence (or an `also`
    sentence) of several incident entries whose types differ; the same sentence with the same
    type, or as both an incident and a negative, is an error.
Exits non-zero when an error is found. Uses only the standard library, PyYAML and lxml.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml
from lxml import html as lxml_html

HERE = Path(__file__).resolve().parent


def find_parts() -> list[str]:
    """Part folders next to this script that hold an annotations.yaml (tune, heldout, ...)."""
    return sorted(p.name for p in HERE.iterdir() if (p / "annotations.yaml").is_file())


INCIDENT_TYPES = (
    "arrest",
    "prosecution",
    "attack",
    "harassment",
    "internet_shutdown",
    "blocking",
    "takedown",
    "legal_restriction",
    "surveillance",
)
TARGETS = (
    "journalist",
    "blogger",
    "activist",
    "channel_admin",
    "social_media_user",
    "media_outlet",
    "platform",
    "general_public",
    "other",
)
ACTORS = (
    "government",
    "regulator",
    "judiciary",
    "police",
    "security_services",
    "military",
    "legislature",
    "non_state",
    "unknown",
)
QUALIFIERS = ("exact", "at_least", "approximate")
PRECISIONS = ("day", "month", "year")
WHY = (
    "threat",
    "plan",
    "hypothetical",
    "question",
    "denial",
    "call",
    "aggregate",
    "unrelated",
    "other_sense",
    "draft",
    "acquittal",
    "moderation",
    "accident",
    "furniture",
)
ARTICLE_KEYS = {"file", "published", "dominant_country", "body_xpath", "incidents", "negatives"}
INCIDENT_KEYS = {
    "type",
    "country",
    "platforms",
    "target_category",
    "actor_type",
    "actor",
    "victim_count",
    "victim_count_qualifier",
    "event_date",
    "date_precision",
    "evidence",
    "also",
    "date_inherited",
    "note",
}
REQUIRED_INCIDENT_KEYS = INCIDENT_KEYS - {"also", "date_inherited", "note", "actor"}
# Fallback body locations when an article gives no body_xpath.
BODY_FALLBACKS = (
    "//*[@itemprop='articleBody']",
    "//article//div[@class='article-body']",
    "//div[@id='storytext']",
    "//section[@class='entry-content']",
    "//td[@class='storytext']",
    "//div[@class='entry']",
)
ABBREV = re.compile(r"\b(?:U\.S|U\.K|U\.N|Mr|Mrs|Ms|Dr|St|No|Jr|Sr|Gen|Col|Lt|Sgt|Prof)\.")
TWO_SENTENCES = re.compile(r"[.!?] +[A-Z]")
WS = re.compile(r"\s+")

# ISO 3166-1 alpha-2 codes (officially assigned), so the script needs no extra package.
ISO2 = set(
    """
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT
BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH
ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT
HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS
LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI
NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG
SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG
UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split()
)

# Targets for the whole set (from the dev-set brief).
TARGET_ARTICLES = 84
TARGET_INCIDENTS = 160
TARGET_PER_TYPE = 8
TARGET_PER_TYPE_HELDOUT = 3
TARGET_COUNTRIES = 20
TARGET_NEG_SHARE = 0.25
TARGET_OUTLETS = 5


def norm(text: str) -> str:
    return WS.sub(" ", text).strip()


class Checker:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def err(self, where: str, msg: str) -> None:
        self.errors.append(f"{where}: {msg}")

    def warn(self, where: str, msg: str) -> None:
        self.warnings.append(f"{where}: {msg}")


def as_date(value):
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return dt.date.fromisoformat(value)
    raise ValueError(f"not a date: {value!r}")


def page_texts(doc, body_xpath: str | None, where: str, ck: Checker):
    """Return (body element, list of paragraph texts, whole-page text)."""
    body = None
    if body_xpath:
        found = doc.xpath(body_xpath)
        if len(found) != 1:
            ck.err(where, f"body_xpath {body_xpath!r} matched {len(found)} elements")
        body = found[0] if found else None
    else:
        for xp in BODY_FALLBACKS:
            found = doc.xpath(xp)
            if len(found) == 1:
                body = found[0]
                break
        if body is None:
            ck.err(where, "could not locate the article body")
    paras = [norm(p.text_content()) for p in body.iter("p")] if body is not None else []
    for bad in doc.xpath("//script|//style"):
        bad.drop_tree()
    page = norm(" ".join(doc.xpath("//body//text()")))
    return body, paras, page


def check_meta(doc, art: dict, where: str, ck: Checker) -> str | None:
    root = doc if doc.tag == "html" else doc.getroottree().getroot()
    if root.get("lang") != "en":
        ck.err(where, '<html lang="en"> missing')
    title = doc.xpath("//head/title/text()")
    if not title or not title[0].strip():
        ck.err(where, "<title> missing or empty")
    if not doc.xpath("//meta[@name='author']/@content"):
        ck.err(where, '<meta name="author"> missing')
    pt = doc.xpath("//meta[@property='article:published_time']/@content")
    if not pt or not re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00", pt[0]):
        ck.err(where, "article:published_time missing or not YYYY-MM-DDTHH:MM:SS+00:00")
    else:
        try:
            pub = as_date(art.get("published"))
        except ValueError as exc:
            ck.err(where, str(exc))
            pub = None
        if pub is not None and pt[0][:10] != pub.isoformat():
            ck.err(where, f"published {pub} != article:published_time {pt[0]}")
        if pub is not None and not (2012 <= pub.year <= 2026):
            ck.err(where, f"publication year {pub.year} outside 2012-2026")
    site = doc.xpath("//meta[@property='og:site_name']/@content")
    if not site or not site[0].strip():
        ck.err(where, "og:site_name missing")
    canon = doc.xpath("//link[@rel='canonical']/@href")
    if not canon or not re.match(r"https://[a-z0-9.-]+\.example/", canon[0]):
        ck.err(where, "canonical link missing or not https://<outlet>.example/...")
    if not doc.xpath("//h1"):
        ck.err(where, "<h1> missing")
    return site[0].strip() if site else None


def check_incident(inc: dict, pub, body_text: str, where: str, ck: Checker) -> None:
    if not isinstance(inc, dict):
        ck.err(where, "incident is not a mapping")
        return
    for k in REQUIRED_INCIDENT_KEYS - set(inc):
        ck.err(where, f"missing field {k!r}")
    for k in set(inc) - INCIDENT_KEYS:
        ck.err(where, f"unknown field {k!r}")
    if inc.get("type") not in INCIDENT_TYPES:
        ck.err(where, f"bad type {inc.get('type')!r}")
    cc = inc.get("country")
    if cc is not None and cc not in ISO2:
        ck.err(where, f"country {cc!r} is not an ISO 3166-1 alpha-2 code")
    if cc is None:
        ck.warn(where, "country is null: the extractor drops such mentions")
    plats = inc.get("platforms")
    if not isinstance(plats, list) or any(
        not isinstance(p, str) or not p or p != p.lower() or p != p.strip() for p in plats
    ):
        ck.err(where, f"platforms must be a list of lowercase ids, got {plats!r}")
    elif len(set(plats)) != len(plats):
        ck.err(where, "duplicate platform ids")
    if inc.get("target_category") not in TARGETS:
        ck.err(where, f"bad target_category {inc.get('target_category')!r}")
    if inc.get("actor_type") not in ACTORS:
        ck.err(where, f"bad actor_type {inc.get('actor_type')!r}")
    if inc.get("actor") is not None and not isinstance(inc.get("actor"), str):
        ck.err(where, "actor must be a string or null")
    n, q = inc.get("victim_count"), inc.get("victim_count_qualifier")
    if n is not None and (not isinstance(n, int) or isinstance(n, bool) or n < 0):
        ck.err(where, f"victim_count must be a non-negative integer or null, got {n!r}")
    if q is not None and q not in QUALIFIERS:
        ck.err(where, f"bad victim_count_qualifier {q!r}")
    if (n is None) != (q is None):
        ck.err(where, "victim_count and victim_count_qualifier must be both null or both set")
    try:
        d = as_date(inc.get("event_date"))
    except ValueError as exc:
        ck.err(where, str(exc))
        d = None
    prec = inc.get("date_precision")
    if prec is not None and prec not in PRECISIONS:
        ck.err(where, f"bad date_precision {prec!r}")
    if (d is None) != (prec is None):
        ck.err(where, "date_precision must be null exactly when event_date is null")
    if d is not None:
        if prec == "month" and d.day != 1:
            ck.err(where, f"month-precision date {d} is not the first of the month")
        if prec == "year" and (d.month, d.day) != (1, 1):
            ck.err(where, f"year-precision date {d} is not 1 January")
        if pub is not None and d > pub:
            ck.err(where, f"event_date {d} is after publication {pub}")
    if "date_inherited" in inc and not isinstance(inc["date_inherited"], bool):
        ck.err(where, "date_inherited must be a boolean")
    if "note" in inc and not isinstance(inc["note"], str):
        ck.err(where, "note must be a string")
    ev = inc.get("evidence")
    sentences = [ev] + list(inc.get("also") or [])
    if "also" in inc and not isinstance(inc["also"], list):
        ck.err(where, "also must be a list of sentences")
    for i, s in enumerate(sentences):
        label = "evidence" if i == 0 else f"also[{i - 1}]"
        check_sentence(s, body_text, f"{where} {label}", ck)


def check_sentence(s, body_text: str, where: str, ck: Checker) -> None:
    if not isinstance(s, str) or not s.strip():
        ck.err(where, "empty or non-string sentence")
        return
    if s != s.strip():
        ck.err(where, "sentence has leading or trailing whitespace")
    if norm(s) not in body_text:
        ck.err(where, f"not a verbatim substring of the article body: {s!r}")
        return
    count = body_text.count(norm(s))
    if count > 1:
        ck.warn(where, f"sentence occurs {count} times in the body")
    if not re.search(r"[.!?\u201d\"']$", s):
        ck.warn(where, f"sentence does not end with sentence punctuation: {s!r}")
    if TWO_SENTENCES.search(s):
        ck.err(where, f"looks like more than one sentence: {s!r}")
    if ABBREV.search(s):
        ck.err(where, f"abbreviation with a period inside a sentence: {s!r}")


def check_part(part: str, ck: Checker) -> dict[str, Any]:
    pdir = HERE / part
    stats: dict[str, Any] = {
        "articles": 0,
        "incidents": 0,
        "types": Counter(),
        "countries": Counter(),
        "negatives": Counter(),
        "outlets": Counter(),
        "years": Counter(),
        "no_incident": 0,
        "also": 0,
        "platforms": Counter(),
        "precision": Counter(),
        "targets": Counter(),
        "actors": Counter(),
    }
    ann_path = pdir / "annotations.yaml"
    if not ann_path.is_file():
        ck.err(part, "annotations.yaml missing")
        return stats
    data = yaml.safe_load(ann_path.read_text(encoding="utf-8"))
    arts = (data or {}).get("articles")
    if not isinstance(arts, list) or not arts:
        ck.err(part, "annotations.yaml has no 'articles' list")
        return stats
    listed = set()
    for art in arts:
        fname = art.get("file") if isinstance(art, dict) else None
        where = f"{part}/{fname}"
        if not fname or not re.fullmatch(r"\d{3,4}\.html", str(fname)):
            ck.err(where, "file must be named NNN.html or NNNN.html")
            continue
        if fname in listed:
            ck.err(where, "listed twice")
        listed.add(fname)
        for k in {"file", "published", "dominant_country", "incidents", "negatives"} - set(art):
            ck.err(where, f"missing article field {k!r}")
        for k in set(art) - ARTICLE_KEYS:
            ck.err(where, f"unknown article field {k!r}")
        dom = art.get("dominant_country")
        if dom is not None and dom not in ISO2:
            ck.err(where, f"dominant_country {dom!r} is not an ISO 3166-1 alpha-2 code")
        path = pdir / fname
        if not path.is_file():
            ck.err(where, "page file missing")
            continue
        doc = lxml_html.fromstring(path.read_bytes())
        site = check_meta(doc, art, where, ck)
        try:
            pub = as_date(art.get("published"))
        except ValueError:
            pub = None
        _, paras, page_text = page_texts(doc, art.get("body_xpath"), where, ck)
        if not 3 <= len(paras) <= 9:
            ck.err(where, f"article body has {len(paras)} <p> paragraphs (want 3-9)")
        body_text = "\n\n".join(paras)
        for m in ABBREV.finditer(body_text):
            ck.warn(where, f"abbreviation {m.group(0)!r} may confuse sentence splitters")
        stats["articles"] += 1
        stats["outlets"][site] += 1
        if pub:
            stats["years"][pub.year] += 1
        incs = art.get("incidents") or []
        negs = art.get("negatives") or []
        if not isinstance(incs, list) or not isinstance(negs, list):
            ck.err(where, "incidents and negatives must be lists")
            continue
        if not incs:
            stats["no_incident"] += 1
        # One sentence may state several incidents of different types, so an incident sentence
        # (evidence or `also`) may recur in other incident entries of another type. The same
        # sentence twice in one entry, twice with the same type, or as both an incident and a
        # negative is an error.
        seen_inc: dict[str, dict[Any, str]] = {}  # sentence -> {incident type: where}
        seen_neg: dict[str, str] = {}
        for i, inc in enumerate(incs):
            w = f"{where} incident[{i}]"
            check_incident(inc, pub, body_text, w, ck)
            if not isinstance(inc, dict):
                continue
            typ = inc.get("type")
            in_entry: set[str] = set()
            for s in [inc.get("evidence")] + list(inc.get("also") or []):
                if isinstance(s, str):
                    if s in in_entry:
                        ck.err(w, f"sentence used twice in the same entry: {s!r}")
                        continue
                    in_entry.add(s)
                    by_type = seen_inc.setdefault(s, {})
                    if typ in by_type:
                        ck.err(
                            w,
                            f"sentence already used by {by_type[typ]} with the same type "
                            f"{typ!r}: {s!r}",
                        )
                    else:
                        by_type[typ] = w
            stats["incidents"] += 1
            stats["types"][inc.get("type")] += 1
            stats["countries"][inc.get("country")] += 1
            stats["also"] += len(inc.get("also") or [])
            stats["precision"][inc.get("date_precision")] += 1
            stats["targets"][inc.get("target_category")] += 1
            stats["actors"][inc.get("actor_type")] += 1
            for p in inc.get("platforms") or []:
                stats["platforms"][p] += 1
        n_furniture = 0
        for i, neg in enumerate(negs):
            w = f"{where} negative[{i}]"
            if not isinstance(neg, dict) or set(neg) != {"sentence", "why"}:
                ck.err(w, "a negative needs exactly the fields 'sentence' and 'why'")
                continue
            why, s = neg["why"], neg["sentence"]
            if why not in WHY:
                ck.err(w, f"bad why {why!r}")
            if not isinstance(s, str) or not s.strip():
                ck.err(w, "empty sentence")
                continue
            if s in seen_inc:
                ck.err(
                    w,
                    f"sentence is also an incident ({', '.join(seen_inc[s].values())}): {s!r}",
                )
            elif s in seen_neg:
                ck.err(w, f"sentence already used by {seen_neg[s]}: {s!r}")
            seen_neg.setdefault(s, w)
            stats["negatives"][why] += 1
            if why == "furniture":
                n_furniture += 1
                if norm(s) not in page_text:
                    ck.err(w, f"furniture sentence not found on the page: {s!r}")
                if norm(s) in body_text:
                    ck.err(w, f"furniture sentence is inside the article body: {s!r}")
            else:
                check_sentence(s, body_text, w, ck)
        if not 1 <= n_furniture <= 2:
            ck.warn(where, f"{n_furniture} furniture negatives (want 1-2)")
    on_disk = {p.name for p in pdir.glob("*.html")}
    for extra in sorted(on_disk - listed):
        ck.err(f"{part}/{extra}", "page is not listed in annotations.yaml")
    return stats


def neg_share(st: dict, with_furniture: bool) -> float:
    negs = sum(v for k, v in st["negatives"].items() if with_furniture or k != "furniture")
    total = negs + st["incidents"]
    return negs / total if total else 0.0


def merge(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in a.items():
        out[k] = v + b[k] if isinstance(v, (int, Counter)) else v
    return out


def fmt_counter(c: Counter) -> str:
    return ", ".join(f"{k}={v}" for k, v in sorted(c.items(), key=lambda kv: (-kv[1], str(kv[0]))))


def report(name: str, st: dict) -> None:
    negs = sum(st["negatives"].values())
    furn = st["negatives"].get("furniture", 0)
    print(f"== {name}")
    print(
        f"  articles: {st['articles']} (without incidents: {st['no_incident']}); "
        f"outlets: {len(st['outlets'])}; years: {min(st['years'], default='-')}-"
        f"{max(st['years'], default='-')}"
    )
    print(f"  incidents: {st['incidents']} (+{st['also']} 'also' sentences)")
    for t in INCIDENT_TYPES:
        print(f"    {t:<18} {st['types'].get(t, 0)}")
    print(f"  countries: {len([c for c in st['countries'] if c])}: {fmt_counter(st['countries'])}")
    print(f"  date precision: {fmt_counter(st['precision'])}")
    print(
        f"  negatives: {negs} (furniture {furn}, in-body {negs - furn}): "
        f"{fmt_counter(st['negatives'])}"
    )
    print(
        f"  negative share of incident-like sentences: in-body only "
        f"{neg_share(st, False):.2f}, with furniture {neg_share(st, True):.2f}"
    )


def merge_all(stats: dict) -> dict[str, Any]:
    parts = list(stats.values())
    tot = parts[0]
    for st in parts[1:]:
        tot = merge(tot, st)
    return tot


def check_targets(stats: dict, ck: Checker) -> None:
    tot = merge_all(stats)
    heldout_types = stats["heldout"]["types"] if "heldout" in stats else Counter()
    goals = [
        (tot["articles"] >= TARGET_ARTICLES, f"at least {TARGET_ARTICLES} articles"),
        (tot["incidents"] >= TARGET_INCIDENTS, f"at least {TARGET_INCIDENTS} incidents"),
        (
            len([c for c in tot["countries"] if c]) >= TARGET_COUNTRIES,
            f"at least {TARGET_COUNTRIES} countries",
        ),
        (
            neg_share(tot, False) >= TARGET_NEG_SHARE,
            f"in-body negatives are at least {TARGET_NEG_SHARE:.0%} of incident-like sentences",
        ),
        (len(tot["outlets"]) >= TARGET_OUTLETS, f"at least {TARGET_OUTLETS} outlets"),
    ]
    for t in INCIDENT_TYPES:
        goals.append(
            (
                tot["types"].get(t, 0) >= TARGET_PER_TYPE,
                f"type {t}: at least {TARGET_PER_TYPE} overall",
            )
        )
        goals.append(
            (
                heldout_types.get(t, 0) >= TARGET_PER_TYPE_HELDOUT,
                f"type {t}: at least {TARGET_PER_TYPE_HELDOUT} in heldout",
            )
        )
    for ok, label in goals:
        if not ok:
            ck.err("targets", f"not met: {label}")


def trafilatura_recall(parts, ck: Checker) -> None:
    try:
        import trafilatura
    except ImportError:
        print("trafilatura not installed; skipping")
        return
    for part in parts:
        data = yaml.safe_load((HERE / part / "annotations.yaml").read_text(encoding="utf-8"))
        hit = miss = furn_leak = 0
        for art in data["articles"]:
            raw = (HERE / part / art["file"]).read_text(encoding="utf-8")
            text = norm(trafilatura.extract(raw, include_comments=False) or "")
            for inc in art["incidents"]:
                if norm(inc["evidence"]) in text:
                    hit += 1
                else:
                    miss += 1
            for neg in art["negatives"]:
                if neg["why"] == "furniture" and norm(neg["sentence"]) in text:
                    furn_leak += 1
        print(
            f"  [{part}] trafilatura text contains {hit}/{hit + miss} evidence sentences; "
            f"furniture sentences leaking into it: {furn_leak}"
        )


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--part",
        action="append",
        help="check only this part folder (repeatable); default: every folder with "
        "an annotations.yaml",
    )
    ap.add_argument(
        "--trafilatura",
        action="store_true",
        help="also report how many evidence sentences trafilatura's text keeps",
    )
    ap.add_argument("-v", "--verbose", action="store_true", help="print warnings")
    args = ap.parse_args(argv)
    for part in args.part or []:
        if not (HERE / part).is_dir():
            ap.error(f"no part folder {part!r} in {HERE}")
    parts = args.part or find_parts()
    ck = Checker()
    stats = {p: check_part(p, ck) for p in parts}
    for p in parts:
        report(p, stats[p])
    if set(parts) == set(find_parts()):
        tot = merge_all(stats)
        report("total", tot)
        print(f"  outlets: {fmt_counter(tot['outlets'])}")
        print(f"  targets: {fmt_counter(tot['targets'])}")
        print(f"  actor types: {fmt_counter(tot['actors'])}")
        print(f"  platforms: {fmt_counter(tot['platforms'])}")
        check_targets(stats, ck)
    if args.trafilatura:
        trafilatura_recall(parts, ck)
    if ck.warnings:
        print(f"{len(ck.warnings)} warning(s)" + ("" if args.verbose else " (use -v to list)"))
        if args.verbose:
            for w in ck.warnings:
                print("  WARNING", w)
    if ck.errors:
        print(f"{len(ck.errors)} error(s):")
        for e in ck.errors:
            print("  ERROR", e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
