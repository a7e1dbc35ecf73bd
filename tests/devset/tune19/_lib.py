import html
import re

ARTICLES = []


def strip(s):
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", s))).strip()


def I(typ, cc, plats, target, atype, actor, n, q, date, prec, ev, also=None, inh=False, note=None):
    return dict(type=typ, country=cc, platforms=plats, target_category=target, actor_type=atype,
                actor=actor, victim_count=n, victim_count_qualifier=q, event_date=date,
                date_precision=prec, ev=ev, also=also or [], inh=inh, note=note)


def N(prefix, why):
    return dict(prefix=prefix, why=why)


def article(**kw):
    ARTICLES.append(kw)


def esc(s):
    return html.escape(s, quote=True)


def slugify(t):
    return re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")[:60].rstrip("-")


