"""The whole history merged: equal to botocore 1.44.18's SageMaker model (the newest page's
release), removals applied, flags and dates where the pages put them; and the same IR when the
committed models are older than the pages (1.43.67, the users' situation every release)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest

from codegen.core.botocore_model import MODELS_ENV
from codegen.core.diagnostics import Diagnostic, Report, SpecError
from codegen.core.ir import Structure
from codegen.core.serialize import service_json
from codegen.pipeline import load_service
from codegen.stages.emit.layout import chunk_modules
from smtyped import SageMakerClient, history
from smtyped.enums import AppType
from smtyped.shapes import ActionSource, CreateModelInput
from tests.helpers import OLDER_MODELS, ORACLE, ROOT, SPECS, run_cli
from tests.ir_equivalence import differences
from tests.model_compare import compare_all, load_model

#: Differences no page can show, each checked by hand against botocore's models of the
#: releases named (see tests/data/README.md). A removal after the last page that renders a
#: shape, or a flag relaxed by a release that added nothing, leaves no page behind. (Of the
#: releases after 2026-08-07, 1.43.72 relaxed ProcessingClusterConfig's two flags on a page that
#: shows no operation using them, but later pages render them relaxed; 1.43.105 moved
#: DescribeTrainingPlanRequest.TrainingPlanName to another string shape, which no page can show
#: and this comparison does not see: both are strings.)
UNSHOWABLE = {
    # [REQUIRED] on the last page that renders HumanTaskConfig (and in every model until then);
    # relaxed later by releases whose pages do not show CreateLabelingJob
    "CreateLabelingJob.input.HumanTaskConfig.AnnotationConsolidationConfig: required True, model False",
    "CreateLabelingJob.input.HumanTaskConfig.PreHumanTaskLambdaArn: required True, model False",
}
#: enum values dropped after the last page that renders their enum (2023-12-15: botocore 1.34.2
#: and 1.34.6 still have them; 1.43.67 and 1.44.18 do not, and no later page renders these enums)
UNSHOWABLE_VALUES = {
    "AwsManagedHumanLoopRequestSource": {
        "AWS/Bedrock/ModelEvaluation",
        "AWS/Handshake/VerifyIdentity",
        "AWS/Textract/AnalyzeExpense",
    },
    "StudioLifecycleConfigAppType": {"Savitur", "VSCode"},
}


@pytest.fixture(scope="module")
def ir() -> dict[str, object]:
    report = Report()
    svc = load_service([SPECS], report)
    assert not report.errors
    return service_json(svc)


def _unshowable_value_diff(line: str) -> bool:
    """An ``enum ... extra [...]`` line whose extras are all values listed in UNSHOWABLE_VALUES."""
    if "enum missing [] extra" not in line:
        return False
    extra = set(json.loads(line.split(" extra ", 1)[1].replace("'", '"')))
    return any(extra <= values for values in UNSHOWABLE_VALUES.values())


def test_every_operation_equals_botocore_1_44_18(ir: dict[str, object]) -> None:
    model = load_model(ORACLE)
    diffs = compare_all(model, ir)
    assert len(diffs) == 453
    assert set(ir["operations"]) == set(model["operations"])  # type: ignore[call-overload]
    bad = {
        op: kept
        for op, found in diffs.items()
        if (kept := [ln for ln in found if ln not in UNSHOWABLE and not _unshowable_value_diff(ln)])
    }
    assert not bad, "\n".join(ln for lines in bad.values() for ln in lines[:5])


def test_the_unshowable_differences_are_still_there(ir: dict[str, object]) -> None:
    """If a newer page ever shows them, the exception list must shrink, not linger."""
    diffs = [ln for lines in compare_all(load_model(ORACLE), ir).values() for ln in lines]
    assert UNSHOWABLE <= set(diffs)
    shapes = ir["shapes"]
    assert isinstance(shapes, dict)
    for name, values in UNSHOWABLE_VALUES.items():
        assert values <= set(shapes[name]["enum"]), name


def test_removed_member_is_recorded_in_the_ir_and_gone_from_the_sdk(ir: dict[str, object]) -> None:
    member = ir["shapes"]["CreateModelInput"]["members"]["SupplementalContainers"]  # type: ignore[index]
    assert member["removed"] == "2018-04-30"
    assert "supplemental_containers" not in attrs.fields_dict(CreateModelInput)
    import inspect

    assert "supplemental_containers" not in inspect.signature(SageMakerClient.create_model).parameters
    dates = history.fields(CreateModelInput)["supplemental_containers"]
    assert dates.removed == "2018-04-30"
    # an old document that still carries it round-trips through `extra`
    wire = {"ModelName": "m", "ExecutionRoleArn": "arn:r", "SupplementalContainers": [{"Image": "i"}]}
    obj = CreateModelInput.from_dict(wire)
    assert obj.extra == {"SupplementalContainers": [{"Image": "i"}]}
    assert obj.to_dict() == wire


def test_removed_enum_value_leaves_the_enum(ir: dict[str, object]) -> None:
    app = ir["shapes"]["AppType"]  # type: ignore[index]
    assert "VSCode" not in app["enum"]
    assert app["enum_removed"]["VSCode"] == "2024-03-25"
    assert "VSCode" in app["enum_since"]
    assert not hasattr(AppType, "VS_CODE")
    assert "JupyterServer" in [m.value for m in AppType]
    old = AppType("VSCode")  # still loads, as any value the SDK does not know
    assert old.value == "VSCode" and not old.is_known
    assert history.values(AppType)["VSCode"].removed == "2024-03-25"


def test_required_flag_from_the_newest_request_rendering() -> None:
    # every page that shows ActionSource marks SourceUri [REQUIRED] where it is a request
    assert attrs.fields_dict(ActionSource)["source_uri"].default is attrs.NOTHING
    with pytest.raises(TypeError):
        ActionSource()  # type: ignore[call-arg]


def test_an_updated_page_does_not_hide_when_an_operation_was_introduced() -> None:
    out = run_cli("history", "UpdateClusterSoftware")
    assert out.returncode == 0, out.stderr
    first = out.stdout.splitlines()[0]
    assert first.startswith("UpdateClusterSoftware: operation since 2024-02-15,") and "no page" not in first
    assert "2024-02-15" < first.rsplit("the ", 1)[1]  # defined by a later (updated) page


def test_history_takes_methods_member_paths_and_suggests() -> None:
    by_method = run_cli("history", "describe_model_package")
    assert by_method.returncode == 0 and by_method.stdout.startswith("DescribeModelPackage: operation")
    member = run_cli("history", "UserContext.iam_identity")
    assert member.stdout.strip() == "UserContext.IamIdentity: since 2023-03-08"
    typo = run_cli("history", "UserContxt")
    assert typo.returncode == 1 and "did you mean UserContext" in typo.stderr


def test_map_key_enum_read_off_a_changes_block(ir: dict[str, object]) -> None:
    # pages print every map key as 'string'; the 2023-03-23 Changes block spells 'CPU | GPU'
    key = ir["shapes"]["AutoMLCandidate"]["members"]["InferenceContainerDefinitions"]["shape"]["key"]  # type: ignore[index]
    assert ir["shapes"][key["$ref"]]["enum"] == ["CPU", "GPU"]  # type: ignore[index]


def test_a_member_no_page_shows_is_marked_as_taken_from_the_model(ir: dict[str, object]) -> None:
    shapes = ir["shapes"]
    # no page renders Search's output since 2019; the 2025-03-28 Changes block names TotalHits
    total_hits = shapes["SearchResponse"]["members"]["TotalHits"]  # type: ignore[index]
    assert total_hits["from_model"] is True and total_hits["since"] == "2025-03-28"
    # ... and no page names Endpoint.ShadowProductionVariants at all: its date is unknown
    shadow = shapes["Endpoint"]["members"]["ShadowProductionVariants"]  # type: ignore[index]
    assert shadow["from_model"] is True and shadow["since"] is None


def test_adding_a_page_moves_no_class(tmp_path: Path) -> None:
    pages = sorted(SPECS.glob("*.txt"))
    older = load_service(pages[:-40], Report())
    newer = load_service(pages, Report())
    assert len(newer.shapes) > len(older.shapes)
    before = chunk_modules(n for n, s in older.shapes.items() if isinstance(s, Structure))
    after = chunk_modules(n for n, s in newer.shapes.items() if isinstance(s, Structure))
    assert {n: after[n] for n in before if n in after} == {n: m for n, m in before.items() if n in after}
    assert CreateModelInput.__module__ == "smtyped._generated.shapes.create_model"


def test_a_page_with_no_operation_section_is_accepted_with_a_warning() -> None:
    report = Report()
    svc = load_service([SPECS / "2017-12-11.txt"], report)
    assert not svc.operations and not report.errors
    assert any("no operation section" in d.message for d in report.warnings)


def test_an_elided_structure_is_not_a_parse_error(tmp_path: Path) -> None:
    src = (Path(__file__).parent / "data" / "runtime-2023-08-31-elided.txt").read_text(encoding="utf-8")
    assert "'PayloadPart': {...}," in src
    folder = tmp_path / "sagemaker-runtime"
    folder.mkdir()
    (folder / "2023-08-31.txt").write_text(src, encoding="utf-8")
    report = Report()
    svc = load_service([folder], report, cache=False)
    assert not report.errors
    stream = svc.shapes["ResponseStream"]
    assert isinstance(stream, Structure) and "PayloadPart" in stream.members


def test_folding_the_newest_page_into_the_older_pages_fold_equals_a_whole_merge() -> None:
    """Adding a release folds its page into the fold of the pages before it (the pipeline keeps
    that fold in its cache): the fold, the Service and the warnings are those of merging everything."""
    from codegen.pipeline import load_pages
    from codegen.stages.merge.history import finish, fold_page, fold_pages, merge
    from codegen.stages.name import name_fills
    from codegen.stages.parse.backfill import fill_pending

    named = load_pages(sorted(SPECS.glob("*.txt")), Report())
    pending = [p for page in named for p in page.pending]
    fills = name_fills(fill_pending(pending, Report()), Report()) if pending else {}

    whole_report = Report()
    whole = merge(named, whole_report, fills)
    older = fold_pages(named[:-1])
    folded = fold_page(older, named[-1])
    assert folded == fold_pages(named)
    resumed_report = Report()
    assert finish(folded, resumed_report, fills) == whole
    assert resumed_report.items == whole_report.items
    # finishing really starts from the fold: what it holds for a shape the newest page does not
    # show is taken as it is (here, a warning planted in it is reported)
    name = next(n for n in older.shapes if n not in named[-1].shapes)
    planted = Diagnostic("warning", "planted.txt", 1, "from the kept fold")
    kept = dict(older.shapes)
    kept[name] = attrs.evolve(kept[name], warnings=(*kept[name].warnings, planted))
    replayed = Report()
    finish(fold_page(attrs.evolve(older, shapes=kept), named[-1]), replayed, fills)
    assert planted in replayed.items and planted not in whole_report.items


def test_a_fold_takes_pages_oldest_first_and_of_one_service() -> None:
    from codegen.pipeline import load_pages
    from codegen.stages.merge.history import fold_page, fold_pages

    named = load_pages(sorted(SPECS.glob("*.txt"))[-3:], Report())
    with pytest.raises(ValueError, match="is not newer than"):
        fold_page(fold_pages(named[1:]), named[0])
    other = attrs.evolve(named[2], page=attrs.evolve(named[2].page, service="Amazon Elsewhere"))
    with pytest.raises(SpecError, match="merge one service at a time"):
        fold_page(fold_pages(named[:2]), other)


# -- the users' situation: pages newer than the committed models ----------------------------


def _ir_with_older_models(cache: Path, *pages: Path) -> dict[str, Any]:
    env = {**os.environ, MODELS_ENV: str(OLDER_MODELS), "SMTYPED_CODEGEN_CACHE": str(cache)}
    out = subprocess.run(
        [sys.executable, "-m", "codegen", "ir", *map(str, pages), "--json", "--quiet"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    data: dict[str, Any] = json.loads(out.stdout)
    return data


@pytest.fixture(scope="module")
def older_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A page cache of its own: the models are part of a page's cache key."""
    return tmp_path_factory.mktemp("older-models-cache")


@pytest.fixture(scope="module")
def ir_older_models(older_cache: Path) -> dict[str, Any]:
    """The same specs merged with the committed models pinned to 1.43.67, which the newest
    eighteen pages postdate."""
    return _ir_with_older_models(older_cache, SPECS)


#: Where the IR merged with the 1.43.67 models differs from the 1.44.18 one, reviewed line by line.
#: The eight newest pages (2026-11-05 .. 2026-12-02) add shapes 1.43.67 has no names for: their
#: derived names share or split enums differently (enum_since, since), and the flags of members
#: every response has come only from botocore's model (required on outputs). None is a member,
#: type or request flag the pages give differently; the 1.44.18 side is the one generated.
OLDER_MODEL_NAMING = {
    "CreateLeaderboard.output.Arn: required False != True",
    "CreateMlflowApp.input.AccessControlConfiguration.Status: enum_since {'ENABLED': '2026-12-02', 'DISABLED': '2026-12-02'} != {'ENABLED': '2025-12-02', 'DISABLED': '2025-12-02'}",
    "DescribeInferenceRouter.output.RoutingTargets[].Destinations: required True != False",
    "DescribeInferenceRouter.output.RoutingTargets[].Destinations[].ResourceArn: required True != False",
    "DescribeInferenceRouter.output.RoutingTargets[].Name: required True != False",
    "DescribeInferenceRouter.output.Status: enum_since {'InService': '2026-11-16', 'Creating': '2026-11-16', 'Updating': '2026-11-16', 'Failed': '2026-11-16', 'Deleting': '2026-11-16'} != {'InService': '2023-11-29', 'Creating': '2023-11-29', 'Updating': '2023-11-29', 'Failed': '2023-11-29', 'Deleting': '2023-11-29'}",
    "DescribeMlflowApp.output.AccessControlConfiguration.Status: enum_since {'ENABLED': '2026-12-02', 'DISABLED': '2026-12-02'} != {'ENABLED': '2025-12-02', 'DISABLED': '2025-12-02'}",
    "GetCandidate.output.EvaluationResults[].CriterionName: required True != False",
    "GetCandidate.output.EvaluationResults[].Metrics: required True != False",
    "GetCandidate.output.EvaluationResults[].RecordedAt: required True != False",
    "ListCapacityReservations.input.Filters[].Name: enum_since {'Status': '2026-11-27'} != {'Status': '2024-12-04'}",
    "ListClusterOperations.input.SortOrder: enum_since {'Ascending': '2017-11-29', 'Descending': '2017-11-29'} != {'Ascending': '2026-11-13', 'Descending': '2026-11-13'}",
    "ListGlobalInferenceGateways.input.Filters[].Name: enum_since {'Status': '2026-11-20'} != {'Status': '2024-12-04'}",
    "PutEndpointPolicy.output.EndpointArn: since '2026-11-16' != '2017-11-29'",
    "Search.output.Results[].HubContent: since None != '2026-09-18'",
    "Search.output.Results[].HubContent: introduced None != True",
    "Search.output.Results[].PipelineVersion: since None != '2025-07-15'",
    "Search.output.Results[].PipelineVersion: introduced None != True",
    "Search.output.Results[].Project.ProjectConfigDetails.RepositoryConfig.CodeCommitConfig.RepositoryName: required True != False",
    "UpdateMlflowApp.input.AccessControlConfiguration.Status: enum_since {'ENABLED': '2026-12-02', 'DISABLED': '2026-12-02'} != {'ENABLED': '2025-12-02', 'DISABLED': '2025-12-02'}",
}


def test_older_models_give_the_same_api_and_history(ir: dict[str, Any], ir_older_models: dict[str, Any]) -> None:
    """Members, types, required flags, enum values and every date are the same whichever
    models are committed; only the names of shapes the older models lack differ (and what
    those names decide, listed in OLDER_MODEL_NAMING)."""
    assert set(differences(ir, ir_older_models)) == OLDER_MODEL_NAMING


def test_older_models_miss_no_api_the_pages_added(ir_older_models: dict[str, Any]) -> None:
    """Exact against the newest release even though the models predate eighteen pages (the
    lost-API bug: a part filled from the older model read as the page removing members)."""
    diffs = compare_all(load_model(ORACLE), ir_older_models)
    bad = [ln for found in diffs.values() for ln in found if ln not in UNSHOWABLE and not _unshowable_value_diff(ln)]
    assert bad == []
    resource = ir_older_models["shapes"]["ResourceConfig"]["members"]
    for member in ("InstancePreferences", "SelectedInstanceType", "SelectedInstanceCount"):
        assert resource[member]["since"] == "2026-09-08" and "removed" not in resource[member]
    # Search's response is elided on 2026-10-13; HubContent, which 1.43.67 lacks, comes from the
    # 2026-09-18 Changes block that spells it out
    record = ir_older_models["shapes"]["SearchRecord"]["members"]
    assert record["HubContent"]["since"] == "2026-09-18" and not record["HubContent"].get("from_model")


def test_names_the_older_models_lack_are_derived_marked_and_renamed_by_a_refresh(
    ir: dict[str, Any], ir_older_models: dict[str, Any]
) -> None:
    from codegen.renames import renamed

    shapes = ir_older_models["shapes"]
    hub = shapes["SearchRecordHubContent"]
    assert hub["derived_from"] == "Search.output.Results[].HubContent"
    moved = renamed(ir_older_models, ir)
    assert moved["SearchRecordHubContent"] == "HubContent"
    assert moved["ResourceConfigInstancePreferencesItem"] == "InstancePreference"
    assert all(shapes[old].get("derived_from") for old in moved)  # only derived names move
    assert len(moved) == 168  # the eight newest pages add 137 shapes 1.43.67 lacks
    # one AWS shape is one class: a new operation's Tags are Tag, the new instance-type members
    # are the enum their sibling InstanceType already is (not path-named copies)
    inp = ir_older_models["operations"]["CreateTrainingSession"]["input"]["$ref"]
    assert shapes[inp]["members"]["Tags"]["shape"]["member"] == {"$ref": "Tag"}
    item = shapes["ResourceConfigInstancePreferencesItem"]["members"]["InstanceType"]["shape"]
    assert item == {"$ref": "TrainingInstanceType"}
    assert shapes["ProcessingClusterConfig"]["members"]["SelectedInstanceType"]["shape"] == {
        "$ref": "ProcessingInstanceType"
    }
    assert not any(s.get("derived_from") for s in ir["shapes"].values() if "InstanceType" in str(s.get("name")))


def test_a_derived_name_stays_when_newer_pages_land(older_cache: Path, ir_older_models: dict[str, Any]) -> None:
    """Users add pages every week; a class named after its place must not be renamed by them."""
    pages = sorted(SPECS.glob("*.txt"))
    earlier = _ir_with_older_models(older_cache, *(p for p in pages if p.stem <= "2026-09-30"))
    derived = {n for n, s in earlier["shapes"].items() if s.get("derived_from")}
    assert "ResourceConfigInstancePreferencesItem" in derived
    assert derived <= set(ir_older_models["shapes"])
