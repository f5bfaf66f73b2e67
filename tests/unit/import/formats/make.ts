// Fixture writers for the format extractors: a .docx built from minimal WordprocessingML with JSZip
// (mammoth's own dependency), and a PDF written by hand with positioned text — Latin in Helvetica,
// Chinese in a Type0 font with Identity-H encoding and a ToUnicode map (no font file embedded: the
// text layer is all the importer reads). Every text here is our own.
import JSZip from 'jszip'

export type DocxPart =
  | { title: string }
  | { heading: string; level?: 1 | 2 }
  | { p: string; bold?: boolean; style?: string }
  | { image: Buffer; ext?: 'jpeg' | 'png' | 'gif' | 'emf' }
  | { list: string[] }
  | { table: string[][] }

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const run = (text: string, bold = false) => `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`
const para = (text: string, style?: string, bold = false) =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${run(text, bold)}</w:p>`

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"'

const drawing = (rId: string, n: number) =>
  `<w:p><w:r><w:drawing><wp:inline><wp:extent cx="3000000" cy="2000000"/><wp:docPr id="${n}" name="图片 ${n}"/>` +
  `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>` +
  `<pic:nvPicPr><pic:cNvPr id="${n}" name="image${n}"/><pic:cNvPicPr/></pic:nvPicPr>` +
  `<pic:blipFill><a:blip r:embed="${rId}"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>
<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/></w:style>
</w:styles>`

const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>`

const MIME: Record<string, string> = { jpeg: 'image/jpeg', png: 'image/png', gif: 'image/gif', emf: 'image/x-emf' }

/** A .docx of these parts, in order. */
export async function makeDocx(parts: DocxPart[], options: { compression?: 'DEFLATE' | 'STORE' } = {}): Promise<Buffer> {
  const zip = new JSZip()
  const rels: string[] = []
  const body: string[] = []
  let images = 0
  for (const part of parts) {
    if ('title' in part) body.push(para(part.title, 'Title'))
    else if ('heading' in part) body.push(para(part.heading, `Heading${part.level ?? 1}`))
    else if ('p' in part) body.push(para(part.p, part.style, part.bold))
    else if ('list' in part) {
      for (const item of part.list) body.push(`<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>${run(item)}</w:p>`)
    } else if ('table' in part) {
      body.push(`<w:tbl>${part.table.map((row) => `<w:tr>${row.map((cell) => `<w:tc>${para(cell)}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`)
    } else {
      images++
      const ext = part.ext ?? 'jpeg'
      zip.file(`word/media/image${images}.${ext}`, part.image)
      rels.push(`<Relationship Id="rIdImg${images}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image${images}.${ext}"/>`)
      body.push(drawing(`rIdImg${images}`, images))
    }
  }
  const exts = [...new Set(parts.flatMap((p) => ('image' in p ? [p.ext ?? 'jpeg'] : [])))]
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      exts.map((e) => `<Default Extension="${e}" ContentType="${MIME[e]}"/>`).join('') +
      `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  )
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  )
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
      `<Relationship Id="rIdNum" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>` +
      rels.join('') +
      `</Relationships>`,
  )
  zip.file('word/styles.xml', STYLES)
  zip.file('word/numbering.xml', NUMBERING)
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body.join('')}</w:body></w:document>`)
  return zip.generateAsync({ type: 'nodebuffer', compression: options.compression ?? 'DEFLATE' })
}

/** A zip whose directory claims `word/document.xml` is small while it inflates to `size` bytes of zeros. */
export async function zipBomb(size = 200 * 1024 * 1024, lie = true): Promise<Buffer> {
  const { deflateRawSync, crc32 } = await import('node:zlib')
  const data = Buffer.alloc(size)
  const compressed = deflateRawSync(data, { level: 9 })
  const name = Buffer.from('word/document.xml')
  const declared = lie ? 1000 : size
  const crc = typeof crc32 === 'function' ? crc32(data) : 0
  const local = Buffer.alloc(30)
  local.writeUInt32LE(0x04034b50, 0)
  local.writeUInt16LE(20, 4)
  local.writeUInt16LE(8, 8)
  local.writeUInt32LE(crc, 14)
  local.writeUInt32LE(compressed.length, 18)
  local.writeUInt32LE(declared, 22)
  local.writeUInt16LE(name.length, 26)
  const central = Buffer.alloc(46)
  central.writeUInt32LE(0x02014b50, 0)
  central.writeUInt16LE(20, 4)
  central.writeUInt16LE(20, 6)
  central.writeUInt16LE(8, 10)
  central.writeUInt32LE(crc, 16)
  central.writeUInt32LE(compressed.length, 20)
  central.writeUInt32LE(declared, 24)
  central.writeUInt16LE(name.length, 28)
  central.writeUInt32LE(0, 42)
  const dirStart = 30 + name.length + compressed.length
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(1, 8)
  end.writeUInt16LE(1, 10)
  end.writeUInt32LE(46 + name.length, 12)
  end.writeUInt32LE(dirStart, 16)
  return Buffer.concat([local, name, compressed, central, name, end])
}

// --- PDF ----------------------------------------------------------------------------------------

/** A run of text at (x, y); `width` spreads its characters to end there (a justified column line). */
export type PdfText = { x: number; y: number; size: number; text: string; width?: number }

/**
 * A PDF whose pages show these texts at these positions (points, origin bottom left). Characters
 * outside Latin-1 are written with the CJK font (each character its own CID, mapped back to
 * Unicode by the ToUnicode CMap); a text item is all Latin or all CJK.
 */
export function makePdf(pages: PdfText[][], options: { spaced?: boolean; encrypted?: boolean } = {}): Buffer {
  const isCjk = (t: PdfText) => [...t.text].some((c) => c.charCodeAt(0) > 0xff)
  // Every character of a CJK item (its digits too) is a CID of the CJK font.
  const cjkChars = [...new Set(pages.flat().filter(isCjk).flatMap((t) => [...t.text]))]
  const cid = new Map(cjkChars.map((c, i) => [c, i + 1]))
  const hex4 = (n: number) => n.toString(16).padStart(4, '0')
  const objects: string[] = []
  const add = (body: string) => {
    objects.push(body)
    return objects.length
  }
  const catalog = add('') // filled below
  const pagesObj = add('')
  const helv = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
  const cmapBody =
    `/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def ` +
    `/CMapName /Adobe-Identity-UCS def /CMapType 2 def 1 begincodespacerange <0000> <FFFF> endcodespacerange\n` +
    (cjkChars.length
      ? `${cjkChars.length} beginbfchar\n${cjkChars.map((c) => `<${hex4(cid.get(c)!)}> <${hex4(c.charCodeAt(0))}>`).join('\n')}\nendbfchar\n`
      : '') +
    `endcmap CMapName currentdict /CMap defineresource pop end end`
  const toUnicode = add(`<< /Length ${Buffer.byteLength(cmapBody)} >>\nstream\n${cmapBody}\nendstream`)
  const descriptor = add('<< /Type /FontDescriptor /FontName /STSong-Light /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 80 >>')
  const cidFont = add(`<< /Type /Font /Subtype /CIDFontType2 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor} 0 R /DW 1000 /CIDToGIDMap /Identity >>`)
  const cjk = add(`<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H /DescendantFonts [${cidFont} 0 R] /ToUnicode ${toUnicode} 0 R >>`)
  const pageIds: number[] = []
  for (const texts of pages) {
    const ops = texts
      .map((t) => {
        if (!isCjk(t)) return `BT /F1 ${t.size} Tf ${t.x} ${t.y} Td (${t.text.replace(/[\\()]/g, (m) => `\\${m}`)}) Tj ET`
        // Each character placed on its own, as typesetting systems write Chinese (spaced: a gap as wide as a space).
        const chars = [...t.text].length
        const step = t.width && chars > 1 ? (t.width - t.size) / (chars - 1) : t.size * (options.spaced ? 1.25 : 1)
        return [...t.text].map((c, i) => (c === ' ' ? '' : `BT /F2 ${t.size} Tf ${(t.x + i * step).toFixed(2)} ${t.y} Td <${hex4(cid.get(c) ?? 0)}> Tj ET`)).join('\n')
      })
      .join('\n')
    const content = add(`<< /Length ${Buffer.byteLength(ops)} >>\nstream\n${ops}\nendstream`)
    pageIds.push(add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${helv} 0 R /F2 ${cjk} 0 R >> >> /Contents ${content} 0 R >>`))
  }
  // A password the empty string does not open: the standard security handler with an arbitrary
  // /U entry (what opening needs is the user password the /U was made from).
  const encrypt = options.encrypted ? add(`<< /Filter /Standard /V 1 /R 2 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> /P -4 >>`) : 0
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'))
    out += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = Buffer.byteLength(out, 'latin1')
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  const security = encrypt ? ` /Encrypt ${encrypt} 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>]` : ''
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${security} >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(out, 'latin1')
}

/**
 * A newspaper page setting stories one under another: the masthead line, then each story's
 * headline (the first at 22 pt, the others at `size`, 18 pt unless given) over its one-line lead.
 */
export function storiesPdf(masthead: string, stories: { head: string; lead: string; size?: number }[]): Buffer {
  const items: PdfText[] = [{ x: 50, y: 815, size: 9, text: masthead }]
  stories.forEach(({ head, lead, size }, k) => {
    const y = 790 - k * 70
    items.push({ x: 50, y, size: k === 0 ? 22 : (size ?? 18), text: head }, { x: 70, y: y - 30, size: 10, text: lead })
  })
  return makePdf([items])
}
