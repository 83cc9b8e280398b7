"""The committed public-API snapshot matches the package: renames and removals are reviewed diffs."""

from __future__ import annotations

from codegen import public_api


def test_package_matches_the_committed_snapshot() -> None:
    old, new = public_api.read_snapshot(), public_api.public_api()
    removed, added = public_api.compare(old, new)
    assert not removed and not added, (
        f"{len(removed)} public names removed or renamed (breaking), {len(added)} added; "
        "run `nox -s codegen`, review and commit tests/data/public_api.txt:\n" + public_api.diff_text(old, new)
    )


def test_snapshot_names_methods_keywords_fields_and_members() -> None:
    lines = set(public_api.read_snapshot())
    assert "SageMakerClient.describe_model_package: model_package_name: str (required)" in lines
    assert "SageMakerClient.describe_model_package: included_data: IncludedData | IncludedDataLiteral | None" in lines
    assert "shape UserContext.iam_identity: IamIdentity | None" in lines
    assert "shape StoppingCondition" in lines
    assert "enum TargetDevice.AMBA_CV2 = 'amba_cv2'" in lines
    assert "enum EndpointStatus.IN_SERVICE = 'InService'" in lines
    assert "SageMakerClient.paginate_list_training_jobs: starting_token: str | None" in lines


def test_a_rename_shows_as_a_removal() -> None:
    old = ["shape A.x", "shape A.y"]
    new = ["shape A.x", "shape A.y2"]
    assert public_api.compare(old, new) == (["shape A.y"], ["shape A.y2"])
    assert "-shape A.y\n" in public_api.diff_text(old, new)
