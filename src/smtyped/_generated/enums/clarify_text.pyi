# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ClarifyTextGranularity(OpenEnum):
    TOKEN = "token"
    SENTENCE = "sentence"
    PARAGRAPH = "paragraph"

ClarifyTextGranularityLiteral = Literal[
    "token",
    "sentence",
    "paragraph",
]

def as_ClarifyTextGranularity(
    value: ClarifyTextGranularity | ClarifyTextGranularityLiteral,
) -> ClarifyTextGranularity: ...
def as_ClarifyTextGranularity_opt(
    value: ClarifyTextGranularity | ClarifyTextGranularityLiteral | None,
) -> ClarifyTextGranularity | None: ...

class ClarifyTextLanguage(OpenEnum):
    AF = "af"
    SQ = "sq"
    AR = "ar"
    HY = "hy"
    EU = "eu"
    BN = "bn"
    BG = "bg"
    CA = "ca"
    ZH = "zh"
    HR = "hr"
    CS = "cs"
    DA = "da"
    NL = "nl"
    EN = "en"
    ET = "et"
    FI = "fi"
    FR = "fr"
    DE = "de"
    EL = "el"
    GU = "gu"
    HE = "he"
    HI = "hi"
    HU = "hu"
    IS = "is"
    ID = "id"
    GA = "ga"
    IT = "it"
    KN = "kn"
    KY = "ky"
    LV = "lv"
    LT = "lt"
    LB = "lb"
    MK = "mk"
    ML = "ml"
    MR = "mr"
    NE = "ne"
    NB = "nb"
    FA = "fa"
    PL = "pl"
    PT = "pt"
    RO = "ro"
    RU = "ru"
    SA = "sa"
    SR = "sr"
    TN = "tn"
    SI = "si"
    SK = "sk"
    SL = "sl"
    ES = "es"
    SV = "sv"
    TL = "tl"
    TA = "ta"
    TT = "tt"
    TE = "te"
    TR = "tr"
    UK = "uk"
    UR = "ur"
    YO = "yo"
    LIJ = "lij"
    XX = "xx"

ClarifyTextLanguageLiteral = Literal[
    "af",
    "sq",
    "ar",
    "hy",
    "eu",
    "bn",
    "bg",
    "ca",
    "zh",
    "hr",
    "cs",
    "da",
    "nl",
    "en",
    "et",
    "fi",
    "fr",
    "de",
    "el",
    "gu",
    "he",
    "hi",
    "hu",
    "is",
    "id",
    "ga",
    "it",
    "kn",
    "ky",
    "lv",
    "lt",
    "lb",
    "mk",
    "ml",
    "mr",
    "ne",
    "nb",
    "fa",
    "pl",
    "pt",
    "ro",
    "ru",
    "sa",
    "sr",
    "tn",
    "si",
    "sk",
    "sl",
    "es",
    "sv",
    "tl",
    "ta",
    "tt",
    "te",
    "tr",
    "uk",
    "ur",
    "yo",
    "lij",
    "xx",
]

def as_ClarifyTextLanguage(value: ClarifyTextLanguage | ClarifyTextLanguageLiteral) -> ClarifyTextLanguage: ...
def as_ClarifyTextLanguage_opt(
    value: ClarifyTextLanguage | ClarifyTextLanguageLiteral | None,
) -> ClarifyTextLanguage | None: ...
