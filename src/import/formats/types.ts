/**
 * What a format extractor hands the importer: the text for the newspaper parser and the photos that
 * stood in the document, each with its caption and the line it followed, so the draft gets a photo
 * block where the photo was.
 */
import type { ParsedPiece } from '../types'

export type SourceFormat = 'text' | 'docx' | 'pdf' | 'html'

/** A photo found in a submission, admitted (a photo format, within the limits), not yet in the library. */
export type SubmittedImage = {
  /** Where it came from, for reports: `word/media/image2.jpeg`, `page_files/a.jpg`. */
  file: string
  data: Buffer
  mimetype: 'image/jpeg' | 'image/png' | 'image/webp' | 'image/avif'
  caption: string | null
  credit: string | null
  /** The text (heading or paragraph) the photo came after, as extracted; null above the body. */
  after: string | null
}

/**
 * A photo that was in the file and is not imported, with the reason; its caption, when it had one,
 * stays in the draft where the photo stood (an empty photo block the editor fills).
 */
export type LeftOutImage = { file: string; reason: string; reasonZh: string; caption?: string | null; credit?: string | null; after?: string | null }

/** A submission read into text and photos. */
export type Intake = {
  format: SourceFormat
  /** Bytes for plain text (the parser detects the encoding), a string otherwise. */
  text: Uint8Array | string
  images: SubmittedImage[]
  leftOut: LeftOutImage[]
  /** Further stories set on the same page after the first (a PDF page of a paper), each a draft of its own. */
  more?: Intake[]
}

/** A photo of the piece with its place: after `blocks[block]`, or above the body at -1. */
export type PlacedImage = SubmittedImage & { block: number }

/** A parsed piece with the photos of its file. */
export type ImportedPiece = ParsedPiece & { format: SourceFormat; images: PlacedImage[]; leftOut: LeftOutImage[] }
