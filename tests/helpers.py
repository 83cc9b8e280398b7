"""Shared paths and helpers for the tests."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from codegen.core.diagnostics import Report
from codegen.core.ir import Ref, Service, Shape
from codegen.pipeline import load_service

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs" / "sagemaker"
SEEDS = [SPECS / "2021-12-08.txt", SPECS / "2023-03-08.txt"]
#: 30 change-log pages with their ground truth (a copy of the project's shared corpus): the
#: tests run from a clone alone
CORPUS = ROOT / "tests" / "data" / "corpus"
#: botocore's SageMaker model of the newest page's release (1.44.18), the oracle of the merged history
ORACLE = ROOT / "tests" / "data" / "models-1.44.18" / "sagemaker" / "service-2.json.gz"
#: the models of the release before the newest eighteen pages: generation pinned to them must
#: give the same IR (the users' situation: pages newer than the committed models)
OLDER_MODELS = ROOT / "tests" / "data" / "models-1.43.67"


def corpus_pages() -> list[Path]:
    return sorted(CORPUS.rglob("*.txt"))


def load(*paths: Path) -> tuple[Service, Report]:
    report = Report()
    return load_service(list(paths), report), report


def resolve(svc: Service, shape: Shape) -> Shape:
    while isinstance(shape, Ref):
        shape = svc.shapes[shape.name]
    return shape


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "codegen", *args], cwd=cwd, capture_output=True, text=True, timeout=300
    )


def truth_of(page: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(page.with_suffix(".truth.json").read_text())
    return data
