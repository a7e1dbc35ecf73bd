"""Scratch builder for tune20 pages and annotations (removed when done)."""
import datetime as dt
import html
import re

import yaml


class I:
    def __init__(self, type, country=None, platforms=(), target="other", actor_type="unknown",
                 actor=None, count=None, qual=None, date=None, prec=None, inherited=False,
                 note=None, label=None):
        self.d = dict(type=type, country=country, platforms=list(platforms), target_category=target,
                      actor_type=actor_type, actor=actor, victim_count=count,
                      victim_count_qualifier=qual,
                      event_date=dt.date.fromisoformat(date) if date else None,
                      date_precision=prec)
        self.inherited = inherited
        self.note = note
        self.label = label


class A:
    def __init__(self, label):
        self.label = label


class N:
    def __init__(self, why):
        self.why = why


class S:
    def __init__(self, text, *anns):
        self.text = text
        self.anns = anns


class TR:
    """Transcript excerpt (Orbit) in a blockquote: one <p> with a speaker label."""
    def __init__(self, cite, speaker, sents):
        self.cite, self.speaker, self.sents = cite, speaker, sents


FN = re.compile(r"\{fn(\d+)\}")


def to_html(t):
    t = html.escape(t, quote=False)
    t = FN.sub(lambda m: f'<sup class="fn"><a href="#note-{m.group(1)}" id="ref-{m.group(1)}">{m.group(1)}</a></sup>', t)
    t = t.replace("{i}", "<em>").replace("{/i}", "</em>")
    return t


def to_clean(t, evidence=True):
    if evidence:
        t = re.sub(r"\{fn\d+\}$", "", t)
    t = FN.sub(lambda m: m.group(1), t)
    return t.replace("{i}", "").replace("{/i}", "")


def tok(x):
    return x if isinstance(x, S) else S(x)


def para_html(tokens):
    return " ".join(to_html(tok(x).text) for x in tokens)


def annotations(art):
    incs, negs, labels, alsos = [], [], {}, []
    blocks = []
    for b in art["body"]:
        blocks.append(b.sents if isinstance(b, TR) else b)
    for tokens in blocks:
        for x in tokens:
            x = tok(x)
            ev = to_clean(x.text)
            for a in x.anns:
                if isinstance(a, I):
                    d = dict(a.d)
                    if d["country"] is None:
                        d["country"] = art["dominant"]
                    d["evidence"] = ev
                    entry = {"d": d, "also": [], "a": a}
                    incs.append(entry)
                    if a.label:
                        labels[a.label] = entry
                elif isinstance(a, A):
                    alsos.append((a.label, ev))
                elif isinstance(a, N):
                    negs.append({"sentence": ev, "why": a.why})
    for lab, ev in alsos:
        labels[lab]["also"].append(ev)
    out = []
    for e in incs:
        d = e["d"]
        if e["also"]:
            d["also"] = e["also"]
        if e["a"].inherited:
            d["date_inherited"] = True
        if e["a"].note:
            d["note"] = e["a"].note
        out.append(d)
    for f in art["furniture"]:
        negs.append({"sentence": f, "why": "furniture"})
    return out, negs
