"""Build helper for heldout11 (removed after building)."""
import datetime as dt
import html
import re

# ---------- annotation helpers ----------
def inc(type, cc, plats, target, atype, actor, count, qual, date, prec, key=None, inh=False, note=None):
    d = dict(type=type, country=cc, platforms=list(plats), target_category=target, actor_type=atype,
             actor=actor, victim_count=count, victim_count_qualifier=qual,
             event_date=dt.date.fromisoformat(date) if date else None, date_precision=prec)
    return {"kind": "inc", "data": d, "key": key, "inh": inh, "note": note}

def neg(why):
    return {"kind": "neg", "why": why}

def also(key):
    return {"kind": "also", "key": key}

def S(text, *anns):
    return (text, list(anns))

def P(*sents):
    return ("p", [s if isinstance(s, tuple) else (s, []) for s in sents])

def G(caption, alts=("", "", "")):
    return ("gallery", caption, alts)

def H3(text):
    return ("h3", text)

def SUB(text):
    return ("h2", text)

def Q(text):
    return ("q", text)

class F(str):
    """Furniture text that is annotated as a negative."""

# ---------- typography ----------
def curly(s):
    s = re.sub(r"(?<=[A-Za-z0-9.,!?])'", "\u2019", s)
    s = s.replace("'", "\u2018")
    return s

def esc(s):
    t = html.escape(s, quote=False)
    return t.replace("\u2019", "&rsquo;").replace("\u2018", "&lsquo;").replace("\u2014", "&mdash;")

def slugify(s):
    s = re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
    return "-".join(s.split("-")[:9])

def collect(a, transform=lambda x: x):
    """Return (incidents, negatives) in document order."""
    incs, negs, keys = [], [], {}
    for block in a["body"]:
        if block[0] != "p":
            continue
        for text, anns in block[1]:
            t = transform(text)
            for an in anns:
                if an["kind"] == "inc":
                    e = dict(an["data"])
                    e["evidence"] = t
                    if an["inh"]:
                        e["date_inherited"] = True
                    if an["note"]:
                        e["note"] = an["note"]
                    incs.append(e)
                    if an["key"]:
                        keys[an["key"]] = e
                elif an["kind"] == "neg":
                    negs.append({"sentence": t, "why": an["why"]})
    for block in a["body"]:
        if block[0] != "p":
            continue
        for text, anns in block[1]:
            for an in anns:
                if an["kind"] == "also":
                    keys[an["key"]].setdefault("also", []).append(transform(text))
    # reorder keys so 'also' follows evidence
    order = ["type", "country", "platforms", "target_category", "actor_type", "actor", "victim_count",
             "victim_count_qualifier", "event_date", "date_precision", "evidence", "also",
             "date_inherited", "note"]
    incs = [{k: e[k] for k in order if k in e} for e in incs]
    return incs, negs

def furniture_negs(a, transform=lambda x: x):
    out = []
    for field in ("ticker", "trending", "teasers", "comments"):
        for item in a.get(field, []):
            texts = item if isinstance(item, tuple) else (item,)
            for t in texts:
                if isinstance(t, F):
                    out.append({"sentence": transform(str(t)), "why": "furniture"})
    return out

def para_text(block, transform=lambda x: x):
    return " ".join(transform(t) for t, _ in block[1])

def longdate(pub):
    d = dt.date.fromisoformat(pub[:10])
    return f"{d.strftime('%A')} {d.day} {d.strftime('%B %Y')}"

def shortdate(pub):
    d = dt.date.fromisoformat(pub[:10])
    return f"{d.strftime('%B')} {d.day}, {d.year}"
