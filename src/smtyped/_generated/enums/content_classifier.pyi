# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ContentClassifier(OpenEnum):
    FREEOFPERSONALLYIDENTIFIABLEINFORMATION = "FreeOfPersonallyIdentifiableInformation"
    FREEOFADULTCONTENT = "FreeOfAdultContent"

ContentClassifierLiteral = Literal[
    "FreeOfPersonallyIdentifiableInformation",
    "FreeOfAdultContent",
]

def as_ContentClassifier(value: ContentClassifier | ContentClassifierLiteral) -> ContentClassifier: ...
def as_ContentClassifier_opt(
    value: ContentClassifier | ContentClassifierLiteral | None,
) -> ContentClassifier | None: ...
