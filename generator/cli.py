"""The `briefing` command: generate briefs, check them, build the site, score against references.

Exit status: 0 all well; 1 when any input failed (after every other input was processed);
2 for a usage error; 141 when the reader of the output left early ("… | head").
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Sequence

from generator.ingest import DEFAULT_MAX_BYTES, DEFAULT_MAX_SENTENCES
from generator.knowledge import KnowledgeError, load_knowledge
from generator.nlp import PipelineError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, as a shell reports a reader that left early


def _add_common(parser: argparse.ArgumentParser, seeds: bool = True) -> None:
    if seeds:
        parser.add_argument("--seeds", type=Path, default=Path("seeds"), metavar="DIR",
                            help="folder of *.txt reports (default: seeds/)")
    parser.add_argument("--briefings", type=Path, default=Path("briefings"), metavar="DIR",
                        help="folder of YAML briefs (default: briefings/)")
    parser.add_argument("--data", type=Path, default=Path("data"), metavar="DIR",
                        help="folder of knowledge files: topics, actors, roles, cues (default: data/)")


def _positive(text: str) -> int:
    try:
        value = int(text.replace("_", "").replace(",", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text} is too small: give 1 or more")
    return value


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text} is negative: give 0 (one per core) or more")
    return value


def _add_limits(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--max-bytes", type=_positive, default=DEFAULT_MAX_BYTES, metavar="N",
                        help=f"skip reports larger than N bytes (default: {DEFAULT_MAX_BYTES:,})")
    parser.add_argument("--max-sentences", type=_positive, default=DEFAULT_MAX_SENTENCES, metavar="N",
                        help=f"analyse at most the first N sentences of a report, with a note when a report "
                             f"has more (default: {DEFAULT_MAX_SENTENCES:,})")
    parser.add_argument("--jobs", type=_jobs, default=0, metavar="N",
                        help="processes for analysing reports (default: 0 = one per core when there is "
                             "enough work); the briefs are the same for every N")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Turn dated German news reports into YAML briefs and a German briefing site.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    generate = commands.add_parser(
        "generate", help="write or update one brief per report",
        description="Read every *.txt report and write or update its brief. Hand edits are kept.")
    _add_common(generate)
    _add_limits(generate)

    check = commands.add_parser(
        "check", help="validate every brief",
        description="Validate every brief against the schema and the semantic rules; "
                    "print file:line:col: message for each problem.")
    _add_common(check)

    build = commands.add_parser(
        "build", help="generate, then build the site (strict)",
        description="Generate briefs, then build the site with mkdocs.yml in strict mode.")
    _add_common(build)
    _add_limits(build)
    build.add_argument("--site-dir", type=Path, default=Path("site"), metavar="DIR",
                       help="output folder of the site (default: site/)")
    build.add_argument("--config", type=Path, default=Path("mkdocs.yml"), metavar="FILE",
                       help="MkDocs configuration (default: mkdocs.yml)")

    evaluate = commands.add_parser(
        "evaluate", help="score briefs against reference briefs",
        description="Score briefs against reference briefs (per-field precision, recall, F1).")
    evaluate.add_argument("--gold", type=Path, required=True, metavar="DIR",
                          help="folder of reference briefs")
    _add_common(evaluate)
    evaluate.add_argument("--json", action="store_true", help="print JSON instead of a table")

    train = commands.add_parser(
        "train-parties", help="learn which named actors are parties from reference briefs",
        description="Learn the party model from reference briefs and the reports they describe; "
                    "prints cross-validated party scores of the rules alone and of the model.")
    train.add_argument("--pair", nargs=2, action="append", type=Path, default=[], metavar=("REPORTS", "GOLD"),
                       help="a folder of reports and the folder of their reference briefs (repeatable)")
    train.add_argument("--reference", nargs=2, action="append", type=Path, default=[], metavar=("REPORTS", "GOLD"),
                       help="like --pair, for reference briefs of your house convention: they count "
                            "--reference-weight times (repeatable)")
    train.add_argument("--reference-weight", type=float, default=5.0, metavar="N",
                       help="weight of --reference briefs (default: 5)")
    train.add_argument("--data", type=Path, default=Path("data"), metavar="DIR",
                       help="folder of knowledge files (default: data/)")
    train.add_argument("--out", type=Path, default=None, metavar="FILE",
                       help="where to write the model (default: DATA/party_model.yaml)")
    train.add_argument("--jobs", type=int, default=0, metavar="N", help="processes (default: all usable cores)")
    return parser


def _generate(args: argparse.Namespace) -> int:
    from generator.generate import run_generate

    result = run_generate(args.seeds, args.briefings, load_knowledge(args.data), max_bytes=args.max_bytes,
                          max_sentences=args.max_sentences, jobs=args.jobs)
    return EXIT_FAILED if result.failed else EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from generator.validate import check_briefings

    problems = check_briefings(args.briefings, args.seeds, load_knowledge(args.data))
    for problem in problems:
        print(problem)
    count = len(list(args.briefings.glob("*.yaml")))
    print(f"{count} briefs checked, {len(problems)} problems")
    return EXIT_FAILED if problems else EXIT_OK


def _build(args: argparse.Namespace) -> int:
    from generator.mkdocs_plugin import build_site

    status = _generate(args)
    ok = build_site(args.config, args.site_dir, args.briefings, args.seeds, args.data)
    return EXIT_FAILED if status or not ok else EXIT_OK


def _evaluate(args: argparse.Namespace) -> int:
    from generator.evaluate import evaluate_dir

    if not args.gold.is_dir():
        print(f"briefing evaluate: error: --gold {args.gold}: no such folder", file=sys.stderr)
        return EXIT_USAGE
    result = evaluate_dir(args.gold, args.briefings, load_knowledge(args.data), seeds_dir=args.seeds)
    print(result.to_json() if args.json else result.to_table())
    return EXIT_FAILED if result.missing else EXIT_OK


def _train_parties(args: argparse.Namespace) -> int:
    from generator.knowledge import PARTY_MODEL_FILE
    from generator.train_parties import run_training

    pairs = [(reports, gold, 1.0) for reports, gold in args.pair]
    pairs += [(reports, gold, args.reference_weight) for reports, gold in args.reference]
    if not pairs or args.reference_weight <= 0:
        print("briefing train-parties: error: give at least one --pair or --reference, and a weight above 0",
              file=sys.stderr)
        return EXIT_USAGE
    for reports, gold, _ in pairs:
        for folder in (reports, gold):
            if not folder.is_dir():
                print(f"briefing train-parties: error: {reports} {gold}: {folder}: no such folder", file=sys.stderr)
                return EXIT_USAGE
    load_knowledge(args.data)  # a broken data folder is reported before any work
    out = args.out or args.data / PARTY_MODEL_FILE
    return run_training(pairs, args.data, out, args.jobs)


COMMANDS = {"generate": _generate, "check": _check, "build": _build, "evaluate": _evaluate,
            "train-parties": _train_parties}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    for name in ("seeds", "briefings"):
        folder = getattr(args, name, None)
        if folder is not None and name == "seeds" and args.command in ("generate", "build") and not folder.is_dir():
            print(f"briefing {args.command}: error: --seeds {folder}: no such folder", file=sys.stderr)
            return EXIT_USAGE
    try:
        code = COMMANDS[args.command](args)
        sys.stdout.flush()  # a reader that left shows here, where it is handled, not at exit
        return code
    except KnowledgeError as exc:
        print(f"briefing {args.command}: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except PipelineError as exc:
        print(f"briefing {args.command}: error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:
        # "briefing evaluate … | head": the reader left; say nothing more, not even at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
