"""Hostile XLSX and CSV files, built with zipfile in the test (issue 11, finding 5)."""
from __future__ import annotations

import struct
import zipfile
from pathlib import Path

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
HEADER_ROW = ('<row r="1"><c r="A1" t="inlineStr"><is><t>达人抖音号</t></is></c>'
              '<c r="B1" t="inlineStr"><is><t>日期</t></is></c>'
              '<c r="C1" t="inlineStr"><is><t>本店GMV</t></is></c>'
              '<c r="D1" t="inlineStr"><is><t>总GMV</t></is></c></row>')
GOOD_ROW = ('<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>acc{m}</t></is></c>'
            '<c r="B{n}" t="inlineStr"><is><t>2026-11-01</t></is></c>'
            '<c r="C{n}"><v>5</v></c><c r="D{n}"><v>10</v></c></row>')


def _skeleton(zf: zipfile.ZipFile) -> None:
    zf.writestr("[Content_Types].xml",
                '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                '<Default Extension="xml" ContentType="application/xml"/></Types>')
    zf.writestr("xl/workbook.xml",
                f'<?xml version="1.0"?><workbook {NS} xmlns:r="http://schemas.openxmlformats.org/'
                'officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets>'
                '</workbook>')
    zf.writestr("xl/_rels/workbook.xml.rels",
                '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                'relationships"><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/>'
                '</Relationships>')


def xlsx(path: Path, rows_xml, shared=None, dimension: str | None = None) -> Path:
    """A workbook whose sheet holds ``rows_xml`` (a str or an iterable of str chunks)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        _skeleton(zf)
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            dim = f'<dimension ref="{dimension}"/>' if dimension else ""
            f.write(f'<?xml version="1.0"?><worksheet {NS}>{dim}<sheetData>'.encode())
            for chunk in ([rows_xml] if isinstance(rows_xml, str) else rows_xml):
                f.write(chunk.encode())
            f.write(b"</sheetData></worksheet>")
        if shared is not None:
            with zf.open("xl/sharedStrings.xml", "w", force_zip64=True) as f:
                for chunk in ([shared] if isinstance(shared, str) else shared):
                    f.write(chunk.encode())
    return path


def good_rows(count: int, chunk: int = 50_000):
    yield HEADER_ROW
    for start in range(2, count + 2, chunk):
        yield "".join(GOOD_ROW.format(n=n, m=n % 997) for n in range(start, min(start + chunk, count + 2)))


def declare_size(path: Path, member: str, size: int) -> None:
    """Rewrite the central directory's uncompressed size of ``member`` (a lying zip header)."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    at = data.find(b"PK\x01\x02" + b"")
    while at != -1:
        name_len = struct.unpack_from("<H", data, at + 28)[0]
        if bytes(data[at + 46:at + 46 + name_len]) == name:
            struct.pack_into("<I", data, at + 24, size)
            break
        at = data.find(b"PK\x01\x02", at + 4)
    path.write_bytes(bytes(data))


def shared_strings_many(count: int, declare: bool):
    head = f' uniqueCount="{count}"' if declare else ""
    yield f'<?xml version="1.0"?><sst {NS}{head}>'
    block = "<si><t>a</t></si>" * 10_000
    for _ in range(count // 10_000):
        yield block
    yield "</sst>"


def shared_strings_huge(chars: int):
    yield f'<?xml version="1.0"?><sst {NS}><si><t>'
    block = "a" * 1_000_000
    for _ in range(chars // 1_000_000):
        yield block
    yield "</t></si></sst>"


LAUGHS = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
          '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
          '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
          f'<sst {NS}><si><t>&lol3;</t></si></sst>')
