# Temporary generator for part tune19 (deleted when the part is finished).
import datetime as dt
import html
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _lib import ARTICLES, strip


def resolve(prefix, pool, where):
    hits = [s for s in pool if s.startswith(prefix)]
    if len(set(hits)) != 1:
        raise SystemExit(f"{where}: prefix {prefix!r} matched {len(set(hits))}: {hits}")
    return hits[0]


def build():
    import _mbg, _ss  # noqa
    import _ca, _cb  # noqa
    out = []
    for a in sorted(ARTICLES, key=lambda a: a["num"]):
        if a["outlet"] == "mbg":
            page, body_xpath = _mbg.render(a)
        else:
            page, body_xpath = _ss.render(a)
        fname = f"{a['num']}.html"
        (HERE / fname).write_text(page, encoding="utf-8")
        sents = []
        for p in a["paras"]:
            if isinstance(p, tuple):
                continue
            sents.extend(strip(s) for s in p)
        furn = [strip(x) for x in a["furniture_texts"]]
        incs = []
        for inc in a["incidents"]:
            d = {k: inc[k] for k in ("type", "country", "platforms", "target_category", "actor_type",
                                     "actor", "victim_count", "victim_count_qualifier")}
            d["event_date"] = dt.date.fromisoformat(inc["event_date"]) if inc["event_date"] else None
            d["date_precision"] = inc["date_precision"]
            d["evidence"] = resolve(inc["ev"], sents, fname)
            if inc["also"]:
                d["also"] = [resolve(x, sents, fname) for x in inc["also"]]
            if inc["inh"]:
                d["date_inherited"] = True
            if inc["note"]:
                d["note"] = inc["note"]
            incs.append(d)
        negs = []
        for n in a["negatives"]:
            pool = furn if n["why"] == "furniture" else sents
            negs.append({"sentence": resolve(n["prefix"], pool, fname), "why": n["why"]})
        out.append({"file": fname, "published": dt.date.fromisoformat(a["pub"][:10]),
                    "dominant_country": a["dominant"], "body_xpath": body_xpath,
                    "incidents": incs, "negatives": negs})
    header = ("# Annotated dev set, part: tune19. Format and conventions: ../README.md\n"
              "# Codebook: shared CODEBOOK.md (v1).\n"
              "# Outlets: Meridian Bay Gazette (old CMS, field-item paragraphs, inline ads, threaded comments),\n"
              "# Southern Signals (digital-rights newsletter archive, e-mail table layout).\n")
    text = yaml.safe_dump({"articles": out}, sort_keys=False, allow_unicode=True, width=10000)
    (HERE / "annotations.yaml").write_text(header + text, encoding="utf-8")
    print(len(out), "articles")


if __name__ == "__main__":
    build()
