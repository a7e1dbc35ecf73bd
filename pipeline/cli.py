"""The ``pfd`` command line: crawl, clean, extract, build, validate and the offline demo."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, NoReturn

EPILOG = """\
Inputs: FILE arguments may be WARC files (.warc, .warc.gz), HTML files, or folders of them.
An input that cannot be read or parsed gets one line on stderr naming it and why; the other
inputs are still processed.

Exit codes: 0 success; 1 when any input failed or validation failed; 2 usage or configuration
error (bad arguments, invalid sources file).
"""


def _json_default(value: Any) -> str:
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)


def _emit(obj: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, default=_json_default) + "\n")


def _error(message: str) -> None:
    sys.stderr.write(f"pfd: error: {message}\n")
    sys.stderr.flush()


MENTION_KEYS = ("url", "incident_type", "country", "platforms", "target_category", "actor_type",
                "actor", "victim_count", "victim_count_qualifier", "event_date",
                "date_precision", "evidence", "confidence", "rule_id")


def cmd_extract(args: argparse.Namespace) -> int:
    from pipeline.inputs import InputError
    from pipeline.process import process_paths

    failed = False
    from pipeline.progress import progress

    for result in progress(process_paths(args.files, explain=args.explain,
                                         workers=1 if args.explain else args.workers,
                                         timeout=args.page_timeout,
                                         keep_article=False), "extract"):
        if isinstance(result, InputError):
            failed = True
            _error(str(result))
            continue
        if result.error:
            failed = True
            _error(f"{result.source}: {result.error}")
            continue
        if args.explain:
            sys.stdout.write(f"== {result.source}\n")
            sys.stdout.write("\n".join(result.explain or [f"  skipped: {result.skip}"]) + "\n")
            continue
        for m in result.mentions:  # attributes read directly: asdict() deep-copies
            _emit({"source": result.source, **{k: getattr(m, k) for k in MENTION_KEYS},
                   "evidence_start": m.evidence_start, "evidence_end": m.evidence_end})
    return 1 if failed else 0


def cmd_clean(args: argparse.Namespace) -> int:
    from pipeline.inputs import InputError
    from pipeline.process import process_paths

    failed = False
    from pipeline.progress import progress

    for result in progress(process_paths(args.files, extract=False, workers=args.workers,
                                         timeout=args.page_timeout), "clean"):
        if isinstance(result, InputError):
            failed = True
            _error(str(result))
        elif result.error:
            failed = True
            _error(f"{result.source}: {result.error}")
        elif result.article is not None:
            a = result.article
            _emit({"source": result.source, "url": a.canonical_url, "title": a.title,
                   "published_at": a.published_at, "language": a.language, "text": a.text,
                   "fetched_from": a.url, "author": a.author, "site_name": a.site_name,
                   "text_hash": a.text_hash})
    return 1 if failed else 0


def _load_sources(path: str, variables: dict[str, str] | None = None) -> Any:
    from pipeline.sources import load_sources

    return load_sources(path, variables=variables)


def cmd_crawl(args: argparse.Namespace) -> int:
    from pipeline.sources import SourcesError

    variables = dict(v.split("=", 1) for v in args.var) if args.var else None
    try:
        sources = _load_sources(args.sources, variables)
    except SourcesError as exc:
        _error(str(exc))
        return 2
    from spiders.crawl import run_crawl

    report = run_crawl(sources, Path(args.out), install_root_handler=False)
    sys.stdout.write(f"{report.summary()}\n")
    return 0


def _print_build(result: Any) -> int:
    for name, count in result.skipped.items():
        logging.getLogger("pfd.build").info("skipped %d record(s): %s", count, name)
    if not result.success:
        _error(f"validation failed; nothing published; report: {result.report_path}")
        for failure in result.failures[:20]:
            sys.stderr.write(f"  {failure}\n")
        return 1
    sys.stdout.write(f"{result.version_dir}\n")
    return 1 if result.errors else 0


def cmd_build(args: argparse.Namespace) -> int:
    from pipeline.build import build

    result = build(args.input, Path(args.output), name=args.name, workers=args.workers,
                   on_error=_error)
    return _print_build(result)


def cmd_validate(args: argparse.Namespace) -> int:
    from pipeline.revalidate import revalidate

    ok, problems, report = revalidate(Path(args.path))
    for problem in problems:
        _error(problem)
    if report is not None:
        total = sum(r.get("statistics", {}).get("evaluated_expectations", 0)
                    for r in report.suites.values())
        sys.stdout.write(f"{'passed' if ok else 'FAILED'}: {total} expectations in "
                         f"{len(report.suites)} suites\n")
    return 0 if ok else 1


def cmd_demo(args: argparse.Namespace) -> int:
    from pipeline.demo import run_demo

    return run_demo(Path(args.archive), Path(args.output), name=args.name,
                    workers=args.workers, on_error=_error, print_result=_print_build)


def cmd_diff(args: argparse.Namespace) -> int:
    import pyarrow.parquet as pq

    from pipeline.diff import changelog_markdown, diff_incidents, infer_id_changes
    from pipeline.revalidate import resolve_version_dir

    folders = []
    for given in (args.old, args.new):
        folder = resolve_version_dir(Path(given))
        if not (folder / "incidents.parquet").exists():
            _error(f"{given}: not a published version (no incidents.parquet)")
            return 2
        folders.append(folder)
    old, new = (pq.read_table(f / "incidents.parquet") for f in folders)
    merged, split = infer_id_changes(*(pq.read_table(f / "mentions.parquet") for f in folders))
    sys.stdout.write(changelog_markdown(diff_incidents(old, new, merged, split),
                                        folders[0].name, folders[1].name))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from pipeline.export import export_csv
    from pipeline.load import version_dir

    try:
        folder = version_dir(args.version, args.root, args.name)
    except FileNotFoundError as exc:
        _error(str(exc))
        return 2
    for path in export_csv(folder, Path(args.output)):
        sys.stdout.write(f"{path}\n")
    return 0


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pfd", description="Build datasets of press-freedom and internet-censorship "
        "incidents from archived news pages.", epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="print one JSON line per incident mention",
                       epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--explain", action="store_true",
                   help="show, sentence by sentence, which rules matched or were suppressed")
    p.add_argument("--workers", type=int, default=None, help="worker processes (default: cores)")
    p.add_argument("--page-timeout", type=float, default=30.0, metavar="SECONDS",
                   help="abandon a page that takes longer (reported as a failed input)")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("clean", help="print one JSON line per cleaned page", epilog=EPILOG,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--workers", type=int, default=None)
    p.add_argument("--page-timeout", type=float, default=30.0, metavar="SECONDS")
    p.set_defaults(func=cmd_clean)

    p = sub.add_parser("crawl", help="crawl the sources and archive pages as WARC")
    p.add_argument("--sources", required=True, metavar="FILE")
    p.add_argument("--out", required=True, metavar="DIR")
    p.add_argument("--var", action="append", metavar="NAME=VALUE",
                   help="fill a ${NAME} placeholder in the sources file")
    p.set_defaults(func=cmd_crawl)

    p = sub.add_parser("build", help="clean, extract, validate and publish a dataset version")
    p.add_argument("--input", nargs="+", required=True, metavar="PATH")
    p.add_argument("--output", required=True, metavar="DIR")
    p.add_argument("--name", default="press-freedom-incidents")
    p.add_argument("--workers", type=int, default=None)
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("validate", help="re-validate a published version or Parquet files")
    p.add_argument("path", metavar="PATH")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("diff", help="print what changed between two published versions")
    p.add_argument("old", metavar="OLD", help="version folder (or dataset folder: latest)")
    p.add_argument("new", metavar="NEW")
    p.set_defaults(func=cmd_diff)

    p = sub.add_parser("export", help="export a published version as CSV files")
    p.add_argument("--format", choices=["csv"], default="csv")
    p.add_argument("--version", default="latest")
    p.add_argument("--root", default="datasets", help="folder holding the datasets")
    p.add_argument("--name", default="press-freedom-incidents")
    p.add_argument("--output", default="export", metavar="DIR")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("demo", help="serve the demo site on 127.0.0.1, crawl it and build")
    p.add_argument("--archive", default="archive/demo", metavar="DIR")
    p.add_argument("--output", default="datasets", metavar="DIR")
    p.add_argument("--name", default="press-freedom-incidents")
    p.add_argument("--workers", type=int, default=None)
    p.set_defaults(func=cmd_demo)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
                        stream=sys.stderr)
    for noisy in ("great_expectations", "trafilatura", "htmldate", "charset_normalizer"):
        logging.getLogger(noisy).setLevel(logging.ERROR)
    _STATE["fast_exit"] = args.func in (cmd_extract, cmd_clean)
    try:
        code: int = args.func(args)
    except KeyboardInterrupt:
        _error("interrupted")
        return 130
    except BrokenPipeError:
        return 0
    return code


_STATE = {"fast_exit": False}


def run(argv: Sequence[str] | None = None) -> NoReturn:
    """Console entry point. ``extract`` and ``clean`` only print, so once their output is
    flushed they skip the interpreter's teardown of spaCy and lxml (about 0.15 s per run)."""
    code = main(argv)
    if _STATE["fast_exit"]:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except BrokenPipeError:
            pass
        logging.shutdown()
        os._exit(code)
    sys.exit(code)


if __name__ == "__main__":
    run()
