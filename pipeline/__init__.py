"""pfd: build press-freedom and internet-censorship incident datasets from archived news.

Loading a published dataset::

    from pipeline import load_incidents
    incidents = load_incidents(version="latest", root="datasets")
"""

from pipeline.load import load_articles, load_incidents, load_mentions

__all__ = ["load_articles", "load_incidents", "load_mentions"]
