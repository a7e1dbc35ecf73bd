"""pfd: build press-freedom and internet-censorship incident datasets from archived news.

Loading a published dataset::

    from pipeline import load_incidents
    incidents = load_incidents(version="latest", root="datasets")
"""

from __future__ import annotations

from typing import Any

__all__ = ["load_articles", "load_incidents", "load_mentions"]


def __getattr__(name: str) -> Any:
    # Imported lazily so that the command line does not pay for pandas on every start.
    if name in __all__:
        from pipeline import load

        return getattr(load, name)
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
