"""Benchmarks printed by ``make bench``: speed, memory and cleaning quality.

Speed: ``pfd extract`` (worker pool, all cores) against bare single-process
``trafilatura.extract`` with default settings on the same realistic pages (the annotated dev
set and the demo site, repeated), in the same run. Both are timed as fresh processes, start-up
included, as a user would run them. Memory: peak resident size of the ``pfd extract`` process
tree. Quality: share of annotated evidence sentences present in the clean text, and share of
page-furniture sentences (comments, teasers, tickers) that leak into it, for ``pfd clean``
against bare trafilatura defaults.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import trafilatura
import yaml

from pipeline.clean import clean_page
from pipeline.records import Article, RawPage


def _devset_pages(root: Path) -> list[Path]:
    return sorted(root.glob("*/*.html"))


def _demo_pages(folder: Path) -> list[Path]:
    from demosite.content import load_articles
    from demosite.render import render_outlet

    paths = []
    outlets = sorted({a.outlet for a in load_articles()})
    for outlet in outlets:
        pages, _ = render_outlet(outlet, "http://127.0.0.1:8000")
        for path, page in pages.items():
            if page.content_type.startswith("text/html") and path.count("/") >= 3 \
                    and "/section/" not in path:
                target = folder / f"{outlet}-{path.strip('/').replace('/', '_')}.html"
                target.write_bytes(page.body)
                paths.append(target)
    return paths


def corpus(folder: Path, devset: Path, repeat: int) -> tuple[Path, int]:
    """Realistic pages copied ``repeat`` times (distinct files, same content) into one folder,
    which both commands are given (a list of tens of thousands of paths is too long for a
    command line)."""
    base = _devset_pages(devset) + _demo_pages(folder)
    pages = folder / "pages"
    pages.mkdir()
    for i in range(repeat):
        for path in base:
            (pages / f"r{i}-{path.parent.name}-{path.name}").write_bytes(path.read_bytes())
    return pages, repeat * len(base)


def time_pfd(files: list[Path], workers: int) -> tuple[float, float]:
    """Seconds and peak memory (MiB) of ``pfd extract`` over the files."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "pipeline.cli", "extract", "--workers", str(workers),
                    *map(str, files)], stdout=subprocess.DEVNULL, check=True)
    elapsed = time.perf_counter() - start
    peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    return elapsed, peak / 1024


# Bare trafilatura as a user would run it over files: one process, default settings.
_BARE = """
import os
import sys
import trafilatura
for arg in sys.argv[1:]:
    names = ([os.path.join(arg, n) for n in sorted(os.listdir(arg))] if os.path.isdir(arg)
             else [arg])
    for name in names:
        with open(name, "rb") as handle:
            trafilatura.extract(handle.read())
"""


def time_trafilatura(files: list[Path]) -> float:
    """Seconds of a fresh single process running ``trafilatura.extract`` over the files."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", _BARE, *map(str, files)], check=True)
    return time.perf_counter() - start


def start_up(sample: Path, workers: int) -> tuple[float, float]:
    """Seconds each command takes on a single page: mostly imports and set-up."""
    pfd_s, _ = time_pfd([sample], workers)
    return pfd_s, time_trafilatura([sample])


def cleaning_quality(devset: Path) -> dict[str, dict[str, float]]:
    """Evidence kept and furniture leaked, pfd clean vs bare trafilatura defaults."""
    scores = {"pfd clean": [0, 0, 0, 0], "trafilatura defaults": [0, 0, 0, 0]}
    for part in sorted(p for p in devset.iterdir() if (p / "annotations.yaml").exists()):
        spec = yaml.safe_load((part / "annotations.yaml").read_text("utf-8"))
        for entry in spec["articles"]:
            html = (part / entry["file"]).read_bytes()
            ours = clean_page(RawPage(url="http://127.0.0.1/x", body=html))
            texts = {"pfd clean": ours.text if isinstance(ours, Article) else "",
                     "trafilatura defaults": trafilatura.extract(html) or ""}
            evidence = [i["evidence"] for i in entry.get("incidents") or []]
            furniture = [n["sentence"] for n in entry.get("negatives") or []
                         if n.get("why") == "furniture"]
            for name, text in texts.items():
                flat = " ".join(text.split())
                s = scores[name]
                s[0] += sum(" ".join(e.split()) in flat for e in evidence)
                s[1] += len(evidence)
                s[2] += sum(" ".join(f.split()) in flat for f in furniture)
                s[3] += len(furniture)
    return {name: {"evidence_kept": s[0] / s[1], "furniture_leaked": s[2] / s[3]}
            for name, s in scores.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--devset", default="tests/devset", type=Path)
    parser.add_argument("--repeat", type=int, action="append",
                        help="copies of the page set per run (default: 4 and 25)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args(argv)
    sample = _devset_pages(args.devset)[0]
    pfd_start, bare_start = start_up(sample, args.workers)
    print(f"start-up (one page): pfd extract {pfd_start:.2f} s, trafilatura {bare_start:.2f} s; "
          "both commands below are timed as fresh processes, start-up included")
    for repeat in args.repeat or [4, 25]:
        with tempfile.TemporaryDirectory(prefix="pfd-bench-") as tmp:
            folder, n = corpus(Path(tmp), args.devset, repeat)
            pfd_s, peak = time_pfd([folder], args.workers)
            bare_s = time_trafilatura([folder])
        print(f"pages: {n} realistic news pages (dev set + demo site, x{repeat})")
        print(f"  pfd extract ({args.workers} workers): {pfd_s:6.2f} s  {n / pfd_s:7.1f} "
              f"pages/s  peak memory {peak:.0f} MiB")
        print(f"  trafilatura.extract (1 process, defaults): {bare_s:6.2f} s  "
              f"{n / bare_s:7.1f} pages/s")
        print(f"  ratio pfd / trafilatura time: {pfd_s / bare_s:.2f} (target <= 1.0)")
        per_pfd, per_bare = (pfd_s - pfd_start) / n, (bare_s - bare_start) / n
        if per_bare > per_pfd:
            even = (pfd_start - bare_start) / (per_bare - per_pfd)
            print(f"  after start-up: {per_pfd * 1000:.2f} vs {per_bare * 1000:.2f} ms per page; "
                  f"pfd extract is the faster from about {max(0, round(even))} pages on")
    print("cleaning quality on the annotated dev set:")
    for name, figures in cleaning_quality(args.devset).items():
        print(f"  {name:<22} evidence kept {figures['evidence_kept']:.3f}  "
              f"furniture leaked {figures['furniture_leaked']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
