# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._t import TrialComponent as TrialComponent
from smtyped._generated.shapes._t import TrialComponentArtifact as TrialComponentArtifact
from smtyped._generated.shapes._t import TrialComponentMetricSummary as TrialComponentMetricSummary
from smtyped._generated.shapes._t import TrialComponentParameterValue as TrialComponentParameterValue
from smtyped._generated.shapes._t import TrialComponentSimpleSummary as TrialComponentSimpleSummary
from smtyped._generated.shapes._t import TrialComponentSource as TrialComponentSource
from smtyped._generated.shapes._t import TrialComponentSourceDetail as TrialComponentSourceDetail
from smtyped._generated.shapes._t import TrialComponentStatus as TrialComponentStatus
from smtyped._generated.shapes._t import TrialComponentSummary as TrialComponentSummary

__all__ = [
    "TrialComponent",
    "TrialComponentArtifact",
    "TrialComponentMetricSummary",
    "TrialComponentParameterValue",
    "TrialComponentSimpleSummary",
    "TrialComponentSource",
    "TrialComponentSourceDetail",
    "TrialComponentStatus",
    "TrialComponentSummary",
]
