def I(type, country, platforms, target, atype, actor, n, q, date, prec, ev, also=None, inh=False, note=None):
    return dict(type=type, country=country, platforms=platforms, target=target, atype=atype,
                actor=actor, n=n, q=q, date=date, prec=prec, ev=ev, also=also, inh=inh, note=note)
