"""Command line: ``python -m codegen {ir,history,drift,generate} ...``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from codegen.core import botocore_model
from codegen.core.diagnostics import Report, SpecError
from codegen.core.serialize import service_json
from codegen.pipeline import load_service

DEFAULT_SPECS = "specs/sagemaker"


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m codegen", description="smtyped's code generator")
    sub = ap.add_subparsers(dest="command", required=True)

    ir = sub.add_parser(
        "ir", help="print the IR of change-log pages", description="Parse pages (merged oldest first) and print the IR."
    )
    ir.add_argument("pages", nargs="+", help="page files or folders of pages")
    ir.add_argument("--json", action="store_true", help="print the IR as JSON (the documented form)")
    ir.add_argument("--quiet", "-q", action="store_true", help="print no warnings")

    hist = sub.add_parser("history", help="what changed when for a shape, enum or operation")
    hist.add_argument(
        "name", help="e.g. TargetDevice, UserContext.IamIdentity, DescribeModelPackage, describe_model_package"
    )
    _service_arguments(hist)

    drift = sub.add_parser("drift", help="compare the specs with the installed botocore's model")
    _service_arguments(drift)
    drift.add_argument("--json", action="store_true", help="machine-readable output")

    gen = sub.add_parser(
        "generate",
        help="regenerate each service's package from the specs",
        description="Regenerate every service folder under specs/ (one IR and one package per service: "
        "specs/sagemaker -> src/smtyped/_generated, specs/sagemaker-runtime -> src/smtyped/runtime/_generated).",
    )
    gen.add_argument(
        "--specs", default="specs", help="a service's folder of pages, or a folder of them (default specs)"
    )
    gen.add_argument("--out", default=None, help="output package folder (one service only; default: the service's)")
    gen.add_argument("--check", action="store_true", help="fail if the committed output is stale; write nothing")
    gen.add_argument("--quiet", "-q", action="store_true", help="print only problems and the summary")
    gen.add_argument(
        "--allow-removed-operations",
        action="store_true",
        help="write even if operations of the earlier output disappear (no page removes operations)",
    )

    docs = sub.add_parser("docs", help="write the docs site's reference and What-changed pages from the IR")
    docs.add_argument(
        "--specs", default="specs", help="a service's folder of pages, or a folder of them (default specs)"
    )
    docs.add_argument("--out", default="docs", help="docs folder (default docs)")

    api = sub.add_parser("api", help="write tests/data/public_api.txt from the generated package")
    api.add_argument("--check", action="store_true", help="fail if the snapshot differs; write nothing")

    sub.add_parser("titles", help="rewrite codegen/data/service_titles.json from the installed botocore")

    log = sub.add_parser("changelog", help="print the API changes of the pages after a date (CHANGELOG.md)")
    log.add_argument("--since", required=True, help="the date of the previous release's newest page (YYYY-MM-DD)")
    log.add_argument("--specs", default="specs", help="a service's folder of pages, or a folder of them")

    snap = sub.add_parser(
        "snapshot",
        help="copy the installed botocore's models into codegen/data/models",
        description="Rewrite codegen/data/models from the installed botocore. Install the botocore release "
        "of the newest page in specs/ first: generation reads these models, never the installed ones.",
    )
    snap.add_argument("services", nargs="*", help="botocore service names (default: every service in specs/)")
    return ap


def _service_arguments(cmd: argparse.ArgumentParser) -> None:
    which = cmd.add_mutually_exclusive_group()
    which.add_argument("--service", help="a service folder under specs/: sagemaker (default) or sagemaker-runtime")
    which.add_argument("--specs", help=f"a folder of one service's pages (default {DEFAULT_SPECS})")


def _specs_of(args: argparse.Namespace) -> str:
    if args.service:
        return f"specs/{args.service}"
    return str(args.specs or DEFAULT_SPECS)


def _print_report(report: Report, quiet: bool = False) -> None:
    for d in report.items:
        if d.level == "info" or (quiet and d.level == "warning"):
            continue
        print(d, file=sys.stderr)


#: what each command needs beyond the runtime dependencies (the dev requirements have them)
NEEDS = {"generate": ("jinja2", "ruff"), "docs": ("jinja2",)}
INSTALL = "pip install -r requirements/dev.txt (or run it through nox: nox -s codegen)"


def missing_tools(command: str) -> list[str]:
    """The generator's own dependencies that this environment lacks for ``command``."""
    import importlib.util

    def available(name: str) -> bool:
        try:
            return importlib.util.find_spec(name) is not None
        except (ImportError, ValueError):
            return False

    return [name for name in NEEDS.get(command, ()) if not available(name)]


def _snapshot(services: list[str], report: Report) -> int:
    """Refresh the committed models from the installed botocore and say which classes that renames."""
    from codegen import cache, renames
    from codegen.core.targets import service_folders, target_of
    from codegen.pipeline import expand

    folders = {target_of(expand([f])).service: f for f in service_folders(Path("specs"))}
    services = services or sorted(folders)
    wanted = [s for s in services if s in folders]
    old_release = botocore_model.snapshot_version()
    before = {s: service_json(load_service([folders[s]], Report())) for s in wanted}
    folder = botocore_model.write_snapshot(services)
    cache.generator_digest.cache_clear()  # the models are part of what a page parses to
    botocore_model.service_name.cache_clear()
    new_release = botocore_model.snapshot_version()
    print(f"wrote botocore {new_release}'s models to {folder}")
    by_service = {}
    for s in wanted:
        after = service_json(load_service([folders[s]], report))
        by_service[s] = renames.renamed(before[s], after)
        derived = sum(1 for x in after["shapes"].values() if x.get("derived_from"))
        print(
            f"{s}: {len(by_service[s])} classes renamed by the refresh from {old_release} to {new_release} "
            f"(review them in the public-API diff of `nox -s codegen`); {derived} names still derived"
        )
        for old, new in by_service[s].items():
            print(f"  {old} -> {new}")
    renames.write(botocore_model.renames_file(), old_release, new_release, by_service)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    report = Report()
    missing = missing_tools(args.command)
    if missing:
        print(f"codegen {args.command} needs {' and '.join(missing)}, not installed here: {INSTALL}", file=sys.stderr)
        return 2
    try:
        if args.command == "ir":
            svc = load_service(args.pages, report)
            _print_report(report, args.quiet)
            if args.json:
                bc = {"version": botocore_model.botocore_version()}
                json.dump(service_json(svc, bc), sys.stdout, indent=1, ensure_ascii=False)
                sys.stdout.write("\n")
            else:
                for p in svc.pages:
                    print(f"{p.file}: {p.date}, {p.found} operations ({p.declared} announced)")
                for name, op in svc.operations.items():
                    print(f"  {name} ({op.status} {op.page}) -> {op.method}")
                print(f"{len(svc.operations)} operations, {len(svc.shapes)} named shapes")
            return 1 if report.errors else 0
        if args.command == "history":
            from codegen.report import history_lines

            specs = _specs_of(args)
            svc = load_service([specs], report)
            lines = history_lines(svc, args.name)
            if not lines:
                from codegen.report import near_names

                near = near_names(svc, args.name)
                hint = f"; did you mean {', '.join(near)}?" if near else ""
                print(f"no shape, enum, operation or member named {args.name!r} in {specs}{hint}", file=sys.stderr)
                return 1
            print("\n".join(lines))
            return 0
        if args.command == "drift":
            from codegen.report import drift, drift_text

            specs = _specs_of(args)
            svc = load_service([specs], report)
            result = drift(svc, specs)
            if args.json:
                json.dump(result, sys.stdout, indent=1)
                sys.stdout.write("\n")
            else:
                print(drift_text(result))
            return 0
        if args.command == "generate":
            from codegen.generate import generate

            return generate(
                Path(args.specs),
                None if args.out is None else Path(args.out),
                check=args.check,
                quiet=args.quiet,
                allow_lost_operations=args.allow_removed_operations,
            )
        if args.command == "docs":
            from codegen.pipeline import write_docs

            return write_docs(Path(args.specs), Path(args.out))
        if args.command == "changelog":
            from codegen.changelog import changelog

            print(changelog(Path(args.specs), args.since))
            return 0
        if args.command == "snapshot":
            return _snapshot(args.services, report)
        if args.command == "api":
            from codegen import public_api

            if args.check:
                old, new = public_api.read_snapshot(), public_api.public_api()
                if old != new:
                    print(public_api.diff_text(old, new), end="")
                    print(f"{public_api.SNAPSHOT} is stale: run `nox -s codegen`", file=sys.stderr)
                    return 1
                return 0
            from codegen import renames

            changes = public_api.write(renames=renames.read(botocore_model.renames_file()))
            for line in changes.report():
                print(line, file=sys.stderr)
            print(
                f"public API: {len(changes.added)} names added, {len(changes.removed)} removed, "
                f"{len(changes.renamed)} classes renamed, {len(changes.changed)} changed, "
                f"{len(changes.relaxed)} relaxed -> {public_api.SNAPSHOT}",
                file=sys.stderr,
            )
            return 0
        if args.command == "titles":
            print(botocore_model.write_titles_table())
            return 0
    except SpecError as exc:
        _print_report(report)
        print(exc, file=sys.stderr)
        return 1
    return 2
