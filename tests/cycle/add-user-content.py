"""Adds a user's own formula, hyperlink and comment to the 台账 of a ledger, outside its table.

usage: add-user-content.py LEDGER.xlsx

Done by editing the package's XML directly (as Excel would save these), so every other part stays
exactly as the product wrote it: tests/cycle then checks that collect keeps them byte for byte.
O2 = SUM(A2:A5) (cached 0), O3 = "链接" linking to https://example.org/user, O4 = "批注" with a
comment by 张三.
"""
import posixpath
import re
import shutil
import sys
import tempfile
import zipfile

MAIN = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def resolve(source, target):
    if target.startswith("/"):
        return target[1:]
    return posixpath.normpath(posixpath.join(posixpath.dirname(source), target))


def main():
    path = sys.argv[1]
    with zipfile.ZipFile(path) as z:
        parts = {i.filename: z.read(i.filename) for i in z.infolist()}
        order = [i.filename for i in z.infolist()]
    workbook = parts["xl/workbook.xml"].decode()
    rels = parts["xl/_rels/workbook.xml.rels"].decode()
    rid = re.search(r'<sheet name="台账"[^>]*r:id="([^"]+)"', workbook).group(1)
    target = re.search(r'<Relationship Id="%s"[^>]*Target="([^"]+)"' % rid, rels)
    if target is None:
        target = re.search(r'<Relationship[^>]*Target="([^"]+)"[^>]*Id="%s"' % rid, rels)
    sheet = resolve("xl/workbook.xml", target.group(1))
    sheet_rels = posixpath.join(posixpath.dirname(sheet), "_rels", posixpath.basename(sheet) + ".rels")

    xml = parts[sheet].decode()
    cells = {
        2: '<c r="O2"><f>SUM(A2:A5)</f><v>0</v></c>',
        3: '<c r="O3" t="inlineStr"><is><t>链接</t></is></c>',
        4: '<c r="O4" t="inlineStr"><is><t>批注</t></is></c>',
    }
    for row, cell in cells.items():
        m = re.search(r'<row r="%d"[^>]*>.*?</row>' % row, xml, re.S)
        end = m.end() - len("</row>")
        xml = xml[:end] + cell + xml[end:]
    xml = xml.replace('<dimension ref="A1:M', '<dimension ref="A1:O', 1)
    r = parts[sheet_rels].decode() if sheet_rels in parts else (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>'
    )
    add = (
        '<Relationship Id="rIdUser1" Type="%s/hyperlink" Target="https://example.org/user" TargetMode="External"/>'
        '<Relationship Id="rIdUser2" Type="%s/comments" Target="../comments9.xml"/>'
        '<Relationship Id="rIdUser3" Type="%s/vmlDrawing" Target="../drawings/vmlDrawing9.vml"/>'
    ) % (MAIN, MAIN, MAIN)
    r = r.replace("</Relationships>", add + "</Relationships>")
    xml = xml.replace("<pageMargins", '<hyperlinks><hyperlink ref="O3" r:id="rIdUser1"/></hyperlinks><pageMargins', 1)
    xml = xml.replace("<tableParts", '<legacyDrawing r:id="rIdUser3"/><tableParts', 1)
    parts[sheet] = xml.encode()
    parts[sheet_rels] = r.encode()
    if sheet_rels not in order:
        order.append(sheet_rels)
    parts["xl/comments9.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        "<authors><author>张三</author></authors><commentList>"
        '<comment ref="O4" authorId="0"><text><r><t>一条批注</t></r></text></comment>'
        "</commentList></comments>"
    ).encode()
    parts["xl/drawings/vmlDrawing9.vml"] = (
        '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
        ' xmlns:x="urn:schemas-microsoft-com:office:excel">'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;visibility:hidden"'
        ' fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/>'
        '<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>'
        "<x:Anchor>15, 15, 3, 10, 17, 15, 7, 4</x:Anchor><x:AutoFill>False</x:AutoFill>"
        "<x:Row>3</x:Row><x:Column>14</x:Column></x:ClientData></v:shape></xml>"
    ).encode()
    order += ["xl/comments9.xml", "xl/drawings/vmlDrawing9.vml"]
    types = parts["[Content_Types].xml"].decode()
    types = types.replace(
        "</Types>",
        '<Override PartName="/xl/comments9.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>'
        + ("" if 'Extension="vml"' in types else '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>')
        + "</Types>",
    )
    parts["[Content_Types].xml"] = types.encode()

    with tempfile.NamedTemporaryFile(delete=False, suffix=".xlsx") as tmp:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as out:
            for name in order:
                out.writestr(name, parts[name])
    shutil.move(tmp.name, path)


main()
