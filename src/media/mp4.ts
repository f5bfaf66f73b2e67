/**
 * Just enough of the ISO base media format (MP4) to name the codecs of a file's tracks, so an
 * upload can be held to what every browser plays: H.264 video with AAC audio. Reads box headers
 * and the `moov` box only, never the media data, so a 1 GB file costs a few small reads.
 */

/** Reads `length` bytes at `offset` (fewer at the end of the file). */
export type ByteReader = { size: number; read: (offset: number, length: number) => Promise<Buffer> }

export type Mp4Track = { handler: string; codec: string }

/** Largest `moov` box we are willing to read into memory. */
const MAX_MOOV_BYTES = 64 * 1024 * 1024

export function bufferReader(buffer: Buffer): ByteReader {
  return { size: buffer.length, read: async (offset, length) => buffer.subarray(offset, Math.min(buffer.length, offset + length)) }
}

type Box = { type: string; start: number; headerSize: number; size: number }

function parseHeader(head: Buffer, start: number, limit: number): Box | null {
  if (head.length < 8) return null
  let size = head.readUInt32BE(0)
  const type = head.toString('latin1', 4, 8)
  let headerSize = 8
  if (size === 1) {
    if (head.length < 16) return null
    size = Number(head.readBigUInt64BE(8))
    headerSize = 16
  } else if (size === 0) {
    size = limit - start
  }
  if (size < headerSize || start + size > limit) return null
  return { type, start, headerSize, size }
}

function children(buffer: Buffer, from: number, to: number): Box[] {
  const boxes: Box[] = []
  let at = from
  while (at + 8 <= to) {
    const box = parseHeader(buffer.subarray(at, Math.min(to, at + 16)), at, to)
    if (!box) break
    boxes.push(box)
    at += box.size
  }
  return boxes
}

const body = (box: Box) => ({ from: box.start + box.headerSize, to: box.start + box.size })

/**
 * The tracks of an MP4 file with their handler (`vide`, `soun`, …) and the four-character code of
 * their first sample description (`avc1`, `hvc1`, `mp4a`, …). Null when the file is not a whole
 * MP4: a top-level box runs past the end (cut short) or there is no `moov` box.
 */
export async function readMp4Tracks(reader: ByteReader): Promise<Mp4Track[] | null> {
  // Every top-level box must be whole and the last must end with the file: a file cut short fails here.
  let at = 0
  let moov: Buffer | null = null
  while (at < reader.size) {
    const box = parseHeader(await reader.read(at, 16), at, reader.size)
    if (!box) return null
    if (box.type === 'moov' && !moov) {
      if (box.size > MAX_MOOV_BYTES) return null
      moov = await reader.read(at, box.size)
      if (moov.length < box.size) return null
    }
    at += box.size
  }
  if (!moov || at !== reader.size) return null

  const tracks: Mp4Track[] = []
  const root = body({ type: 'moov', start: 0, headerSize: moov.readUInt32BE(0) === 1 ? 16 : 8, size: moov.length })
  for (const trak of children(moov, root.from, root.to).filter((b) => b.type === 'trak')) {
    const mdia = children(moov, body(trak).from, body(trak).to).find((b) => b.type === 'mdia')
    if (!mdia) continue
    const inMdia = children(moov, body(mdia).from, body(mdia).to)
    const hdlr = inMdia.find((b) => b.type === 'hdlr')
    // hdlr: version/flags (4), pre_defined (4), handler_type (4)
    const handler = hdlr ? moov.toString('latin1', body(hdlr).from + 8, body(hdlr).from + 12) : ''
    const minf = inMdia.find((b) => b.type === 'minf')
    const stbl = minf && children(moov, body(minf).from, body(minf).to).find((b) => b.type === 'stbl')
    const stsd = stbl && children(moov, body(stbl).from, body(stbl).to).find((b) => b.type === 'stsd')
    // stsd: version/flags (4), entry_count (4), then sample entries (size, type, …)
    const entry = stsd && children(moov, body(stsd).from + 8, body(stsd).to)[0]
    tracks.push({ handler, codec: entry?.type ?? '' })
  }
  return tracks
}

const H264 = new Set(['avc1', 'avc3'])
const AAC = new Set(['mp4a'])
const CODEC_NAMES: Record<string, string> = {
  hvc1: 'H.265/HEVC',
  hev1: 'H.265/HEVC',
  av01: 'AV1',
  vp09: 'VP9',
  mp4v: 'MPEG-4 Part 2',
  'ac-3': 'AC-3',
  'ec-3': 'E-AC-3',
  Opus: 'Opus',
  fLaC: 'FLAC',
  '.mp3': 'MP3',
  encv: '加密视频',
  enca: '加密音频',
}

/**
 * Why the tracks are not the H.264 + AAC an MP4 upload must carry (a Chinese sentence), or null
 * when they are.
 */
export function mp4CodecProblem(tracks: Mp4Track[]): string | null {
  const video = tracks.filter((t) => t.handler === 'vide')
  const audio = tracks.filter((t) => t.handler === 'soun')
  if (video.length === 0) return 'MP4 文件中没有视频画面'
  const name = (codec: string) => CODEC_NAMES[codec] ?? (codec || '未知编码')
  const badVideo = video.find((t) => !H264.has(t.codec))
  if (badVideo) return `视频编码为 ${name(badVideo.codec)}，不是 H.264`
  const badAudio = audio.find((t) => !AAC.has(t.codec))
  if (badAudio) return `音频编码为 ${name(badAudio.codec)}，不是 AAC`
  return null
}
