"""Split a change-log page into its header and one raw section per operation.

A page is line-oriented text in the boto3 documentation format. This module
only finds the parts (header, Changes blocks, Request Syntax, ``type``/``param``
blocks, Response Syntax, Response Structure); interpreting them is the job of
:mod:`codegen.stages.parse.literal` and :mod:`codegen.stages.parse.doctree`.

Markers are recognised at column 0, the way the renderer writes them; both page
styles (``type X`` and ``type X:``) and non-breaking spaces around
``(updated)`` and ``Link ¶`` are accepted.
"""

from __future__ import annotations

import bisect
import re
from pathlib import Path

from codegen.core.artifacts import Block, ChangesBlock, Page, ParamBlock, Section
from codegen.core.diagnostics import Report, SpecError

NBSP = "\u00a0"

_DATE_LINE = re.compile(
    r"^(?P<date>\d{4}/\d{2}/\d{2}) - (?P<title>.+?) - "
    r"(?:(?P<new>\d+) new)?\s*(?:(?P<updated>\d+) updated)?\s*api methods?\s*$"
)
_OP_HEADER = re.compile(r"^(?P<name>[A-Za-z][A-Za-z0-9_]*) +\((?P<status>new|updated)\) +Link +¶\s*$")
_CHANGES = re.compile(r"^Changes \((?P<kinds>[a-z, ]+)\)\s*$")
_TYPE = re.compile(r"^type (?P<name>\S+?):?\s*$")
_PARAM = re.compile(r"^param (?P<name>\S+?):?\s*$")
_RTYPE = re.compile(r"^rtype:?\s*$")
_RETURNS = re.compile(r"^returns:?\s*$")
_REQ_SYNTAX = re.compile(r"^(\*\*)?Request Syntax(\*\*)?\s*$")
_RESP_SYNTAX = re.compile(r"^(\*\*)?Response Syntax(\*\*)?\s*$")
_RESP_STRUCT = re.compile(r"^(\*\*)?Response Structure(\*\*)?\s*$")
_PARAMETERS = re.compile(r"^\s*\*\*Parameters\*\*\s*$")

# Whole-text scans find the few lines worth a closer look (a page has ~4,000 lines, a handful
# of them markers): one regex pass in C instead of up to seven matches per line in Python.
# Each scan pattern starts at a line's "\n" (~4x faster than ``^`` under re.M, which is tried
# at every character), and ``[^\S\n]`` is ``\s`` within one line: a scan finds exactly the
# lines the patterns above match one by one.
_OP_HEADER_LINES = re.compile("\n" + _OP_HEADER.pattern[1:].replace(r"\s*$", r"[^\S\n]*$"), re.M)
#: a superset of the section markers' lines; each is then checked with its own pattern
_MARKER_LINES = re.compile(
    r"\n(?:(?:\*\*)?(?:Request Syntax|Response Syntax|Response Structure)|type |rtype|returns|[^\S\n]*\*\*Parameters)"
)


def _norm(line: str) -> str:
    return line.replace(NBSP, " ")


def read_page(path: str | Path, report: Report | None = None) -> Page:
    """Read and split the page at ``path``."""
    p = Path(path)
    try:
        # utf-8-sig: a page saved by an editor that writes a byte-order mark reads the same
        text = p.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SpecError(str(p), None, f"page is not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise SpecError(str(p), None, f"cannot read page: {exc.strerror}") from None
    return split_page(text, str(p), report)


def split_page(text: str, file: str, report: Report | None = None) -> Page:
    """Split page text into header and sections. Raises :class:`SpecError` on malformed input."""
    report = report if report is not None else Report()
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if not lines or not lines[0].strip():
        raise SpecError(file, 1, "expected the service title on the first line")
    title = _norm(lines[0]).strip()
    date_idx = next((i for i, ln in enumerate(lines[:10]) if _DATE_LINE.match(_norm(ln).strip())), None)
    if date_idx is None:
        raise SpecError(file, 3, "expected a header line 'YYYY/MM/DD - <service> - N new M updated api methods'")
    m = _DATE_LINE.match(_norm(lines[date_idx]).strip())
    assert m is not None
    if m["title"].strip() != title:
        report.warn(file, date_idx + 1, f"header names service {m['title']!r}, title line says {title!r}")
    date = m["date"].replace("/", "-")
    declared_new = int(m["new"] or 0)
    declared_updated = int(m["updated"] or 0)

    headers = _lines_matching(_norm(text), _OP_HEADER_LINES)
    markers = _lines_matching(text, _MARKER_LINES)
    summary_lines = lines[date_idx + 1 : headers[0] if headers else len(lines)]
    summary = " ".join(_norm(ln).strip() for ln in summary_lines if ln.strip())
    if summary.startswith("Changes "):
        summary = summary[len("Changes ") :].strip()

    sections: list[Section] = []
    seen: dict[str, int] = {}
    for n, start in enumerate(headers):
        end = headers[n + 1] if n + 1 < len(headers) else len(lines)
        sec = _split_section(lines, start, end, file, markers)
        if sec.name in seen:
            raise SpecError(file, start + 1, f"operation {sec.name} is listed twice (first on line {seen[sec.name]})")
        seen[sec.name] = start + 1
        sections.append(sec)

    if not sections:
        if declared_new or declared_updated:
            raise SpecError(
                file,
                date_idx + 1,
                f"header announces {declared_new + declared_updated} operations and the page holds no operation "
                "section ('Name (new|updated) Link ¶'): the page may be truncated",
            )
        # a real release whose change the change log shows as no new or updated operation
        report.warn(file, date_idx + 1, "page holds no operation section (a release with no API change shown)")
    found_new = sum(s.status == "new" for s in sections)
    found_updated = len(sections) - found_new
    if (found_new, found_updated) != (declared_new, declared_updated):
        report.attention(
            file,
            date_idx + 1,
            f"header announces {declared_new} new and {declared_updated} updated operations, "
            f"the page holds {found_new} new and {found_updated} updated",
        )
    return Page(file, title, date, declared_new, declared_updated, summary, tuple(sections))


def _lines_matching(text: str, pattern: re.Pattern[str]) -> list[int]:
    """The 0-based numbers of the lines of ``text`` that ``pattern`` matches from the newline
    before them (the first line too: it is read after a newline put in front)."""
    padded = "\n" + text
    out: list[int] = []
    line, pos = -1, 0
    for m in pattern.finditer(padded):
        line += padded.count("\n", pos, m.start() + 1)
        pos = m.start() + 1
        out.append(line)
    return out


def _split_section(lines: list[str], start: int, end: int, file: str, markers: list[int]) -> Section:
    m = _OP_HEADER.match(_norm(lines[start]))
    assert m is not None
    name, status = m["name"], m["status"]
    i = start + 1

    changes: list[ChangesBlock] = []
    cm = _CHANGES.match(_norm(lines[i])) if i < end else None
    if cm:
        kinds = [k.strip() for k in cm["kinds"].split(",")]
        i += 1
        j = i
        while j < end and lines[j].strip():
            j += 1
        body = lines[i:j]
        if kinds == ["both"]:
            blk = Block(i + 1, tuple(body))
            changes = [ChangesBlock("request", blk), ChangesBlock("response", blk)]
        elif len(kinds) == 1 and kinds[0] in ("request", "response"):
            changes = [ChangesBlock(kinds[0], Block(i + 1, tuple(body)))]  # type: ignore[arg-type]
        elif sorted(kinds) == ["request", "response"]:
            changes = _split_request_response(body, i, file)
        else:
            raise SpecError(file, start + 2, f"unknown Changes kind {cm['kinds']!r} in {name}")
        i = j

    # Find the markers of this section.
    req_at = resp_at = struct_at = rtype_at = returns_at = None
    params_start = None
    params_too_large = False
    type_marks: list[int] = []
    for k in markers[bisect.bisect_left(markers, i) : bisect.bisect_left(markers, end)]:
        ln = lines[k]
        if req_at is None and _REQ_SYNTAX.match(ln):
            req_at = k
        elif req_at is not None and returns_at is None and _TYPE.match(ln):
            type_marks.append(k)
            params_start = k if params_start is None else params_start
        elif req_at is not None and _PARAMETERS.match(ln):
            params_too_large = True
            params_start = k if params_start is None else params_start
        elif rtype_at is None and returns_at is None and _RTYPE.match(ln):
            rtype_at = k
        elif returns_at is None and _RETURNS.match(ln):
            returns_at = k
        elif returns_at is not None and resp_at is None and _RESP_SYNTAX.match(ln):
            resp_at = k
        elif resp_at is not None and struct_at is None and _RESP_STRUCT.match(ln):
            struct_at = k
    if req_at is None:
        raise SpecError(file, start + 1, f"{name}: expected a 'Request Syntax' block")
    if returns_at is None:
        raise SpecError(file, start + 1, f"{name}: expected a 'returns' line (the page may be truncated)")

    doc_lines = [ln.rstrip() for ln in lines[i:req_at]]
    # the renderer's link line is not part of the operation's documentation
    doc = "\n".join(ln for ln in doc_lines if ln.strip() != "See also: AWS API Documentation").strip()
    request_end = min(x for x in (params_start, rtype_at, returns_at) if x is not None)
    request = Block(req_at + 2, tuple(lines[req_at + 1 : request_end])).stripped()

    param_end = rtype_at if rtype_at is not None else returns_at
    params = _params(lines, type_marks, param_end, file, name)

    returns_none = False
    response = structure = None
    if resp_at is None:
        after = [ln.strip() for ln in lines[returns_at + 1 : end] if ln.strip()]
        if after[:1] == ["None"]:
            returns_none = True
        else:
            raise SpecError(
                file, returns_at + 1, f"{name}: expected 'None' or a 'Response Syntax' block after 'returns'"
            )
    else:
        resp_end = struct_at if struct_at is not None else end
        response = Block(resp_at + 2, tuple(lines[resp_at + 1 : resp_end])).stripped()
        if struct_at is not None:
            structure = Block(struct_at + 2, tuple(lines[struct_at + 1 : end]))
    return Section(
        name=name,
        status=status,  # type: ignore[arg-type]
        line=start + 1,
        changes=tuple(changes),
        doc=doc,
        request=request,
        params=params,
        params_too_large=params_too_large,
        returns_none=returns_none,
        response=response,
        structure=structure,
    )


def _split_request_response(body: list[str], first: int, file: str) -> list[ChangesBlock]:
    out: list[ChangesBlock] = []
    current: str | None = None
    buf: list[str] = []
    buf_start = first
    for k, ln in enumerate(body):
        word = ln.strip()
        if word in ("Request", "Response") and not ln.startswith(" "):
            if current is not None:
                out.append(ChangesBlock(current, Block(buf_start + 1, tuple(buf))))  # type: ignore[arg-type]
            current = word.lower()
            buf = []
            buf_start = first + k + 1
        elif current is None:
            raise SpecError(
                file, first + k + 1, "expected 'Request' or 'Response' inside 'Changes (request, response)'"
            )
        else:
            buf.append(ln)
    if current is not None:
        out.append(ChangesBlock(current, Block(buf_start + 1, tuple(buf))))  # type: ignore[arg-type]
    return out


def _params(lines: list[str], type_marks: list[int], end: int, file: str, op: str) -> tuple[ParamBlock, ...]:
    out: list[ParamBlock] = []
    for n, t in enumerate(type_marks):
        stop = type_marks[n + 1] if n + 1 < len(type_marks) else end
        tm = _TYPE.match(lines[t])
        assert tm is not None
        pname = tm["name"]
        param_at = next((k for k in range(t + 1, stop) if _PARAM.match(lines[k])), None)
        if param_at is None:
            raise SpecError(file, t + 1, f"{op}: expected 'param {pname}' after 'type {pname}'")
        pm = _PARAM.match(lines[param_at])
        assert pm is not None
        if pm["name"] != pname:
            raise SpecError(file, param_at + 1, f"{op}: 'param {pm['name']}' follows 'type {pname}'")
        type_text = " ".join(ln.strip() for ln in lines[t + 1 : param_at] if ln.strip())
        out.append(ParamBlock(pname, t + 1, type_text, Block(param_at + 2, tuple(lines[param_at + 1 : stop]))))
    return tuple(out)
