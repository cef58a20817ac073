"""``python -m ingest [--rebuild] [--corpus DIR] [--json]``: build or update the index, print one line."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ingest", description=__doc__)
    parser.add_argument("--rebuild", action="store_true",
                        help="start a fresh generation from nothing: no previous generation, no embedding cache")
    parser.add_argument("--corpus", type=Path, default=None, help="corpus folder (default: settings.paths.corpus_dir)")
    parser.add_argument("--json", action="store_true", help="print the report as one JSON object")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    logging.getLogger("bm25s").setLevel(logging.WARNING)

    from assistant.settings import Settings  # also forces the offline environment
    from ingest.embedder import make_embedder
    from ingest.pipeline import ingest

    try:
        settings = Settings()
        if args.corpus is not None and not (args.corpus / "manifest.json").is_file():
            raise FileNotFoundError(f"{args.corpus} has no manifest.json: not a corpus folder")
        report = ingest(settings, make_embedder(settings), rebuild=args.rebuild, corpus_dir=args.corpus,
                        progress=not args.quiet and not args.json)
    except KeyboardInterrupt:
        print("ingest: interrupted; the previous index is untouched", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the CLI turns any failure into one clear line + exit 1
        logging.getLogger("ingest").debug("ingest failed", exc_info=True)
        print(f"ingest: FAILED: {type(exc).__name__}: {exc}\nThe previous index (if any) is untouched.",
              file=sys.stderr)
        return 1
    if args.json:  # the process's own kernel-measured peak, for benchmarks (KiB on Linux)
        import json
        import resource

        data = json.loads(report.to_json())
        data["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
        print(json.dumps(data, ensure_ascii=False))
    else:
        print(report.summary())
    return 0


if __name__ == "__main__":
    sys.exit(main())
