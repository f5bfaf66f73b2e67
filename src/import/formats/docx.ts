/**
 * Word (.docx) → text and photos, with mammoth (the maintained .docx → HTML converter; it keeps
 * headings, bold, lists, tables and where each image stood). The package is checked first
 * (zip.ts: encryption, sizes, zip bombs); an old binary .doc and a password-protected .docx — both
 * OLE compound files, not zips — are told apart and refused with what to do.
 *
 * mammoth is run with external file access off (a document may link an image by path, e.g.
 * file:///etc/passwd) and without any style map embedded in the document.
 */
import path from 'node:path'

import mammoth from 'mammoth'

import { FormatError } from './errors'
import { flowToText, readFlow } from './flow'
import { admitImages, type RawImage } from './images'
import type { IntakeLimits } from './limits'
import type { Intake } from './types'
import { checkZip } from './zip'

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04])

/** Word's own style names (the same in Chinese Word: styles.xml stores them in English). */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => p:fresh",
  "p[style-name='caption'] => p.caption:fresh",
  "p[style-name='Caption'] => p.caption:fresh",
]

const startsWith = (bytes: Uint8Array, magic: Buffer) => Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, magic.length)).equals(magic)

/** An OLE file is an old .doc, or a .docx encrypted by Word (its package sits in `EncryptedPackage`). */
export function isOleFile(bytes: Uint8Array): boolean {
  return startsWith(bytes, OLE)
}

function refuseOle(bytes: Uint8Array): never {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (buf.includes(Buffer.from('EncryptedPackage', 'utf16le'))) throw new FormatError('ENCRYPTED')
  throw new FormatError('LEGACY_DOC')
}

const EXTENSION: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/gif': 'gif', 'image/tiff': 'tif', 'image/bmp': 'bmp', 'image/webp': 'webp', 'image/x-emf': 'emf', 'image/x-wmf': 'wmf' }

export async function readDocx(bytes: Uint8Array, name: string, limits: IntakeLimits): Promise<Intake> {
  if (isOleFile(bytes)) refuseOle(bytes)
  if (!startsWith(bytes, ZIP)) throw new FormatError('CORRUPT', 'not a zip package')
  const entries = checkZip(bytes, limits)
  if (!entries.some((e) => e.name === 'word/document.xml')) throw new FormatError('CORRUPT', 'no word/document.xml: not a Word document')

  const pictures: { data: Buffer; contentType: string }[] = []
  let html: string
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: STYLE_MAP,
        includeEmbeddedStyleMap: false,
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(async (image) => {
          pictures.push({ data: await image.readAsBuffer(), contentType: image.contentType })
          return { src: `docx-image:${pictures.length - 1}` }
        }),
      },
    )
    html = result.value
  } catch (err) {
    throw new FormatError('CORRUPT', err instanceof Error ? err.message : String(err), { cause: err })
  }

  const flow = flowToText(readFlow(html))
  const stem = path.basename(name, path.extname(name)) || 'word'
  const raw: RawImage[] = []
  for (const image of flow.images) {
    const n = /^docx-image:(\d+)$/.exec(image.src)?.[1]
    const picture = n === undefined ? undefined : pictures[Number(n)]
    if (!picture) continue // a linked picture outside the package: never fetched
    raw.push({
      file: `${stem}-图${raw.length + 1}.${EXTENSION[picture.contentType] ?? picture.contentType.split('/')[1] ?? 'bin'}`,
      data: picture.data,
      caption: image.caption,
      credit: image.credit,
      after: image.after,
    })
  }
  const { images, leftOut } = await admitImages(raw, limits)
  return { format: 'docx', text: flow.text, images, leftOut }
}
