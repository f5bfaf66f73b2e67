/**
 * Decide what an uploaded file is from its bytes, and hold the file name and the MIME type the
 * browser claimed to the same answer. Only photos (JPEG, PNG, WebP, AVIF; HEIC where this
 * server's sharp can decode it) and H.264/AAC MP4 or WebM video pass; everything else is refused
 * with 415 and a sentence in Chinese naming what was found.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'
import sharp from 'sharp'

import { ACCEPTED_FORMATS_ZH, MediaRefusal } from './errors'
import { type MediaLimits, formatBytes, mediaLimits } from './limits'
import { type ByteReader, bufferReader, mp4CodecProblem, readMp4Tracks } from './mp4'

export type MediaKind = 'photo' | 'video'

type Format = { kind: MediaKind; label: string; extensions: string[]; mimeTypes: string[] }

/** Accepted formats by detected MIME type. */
const FORMATS: Record<string, Format> = {
  'image/jpeg': { kind: 'photo', label: 'JPEG 图片', extensions: ['jpg', 'jpeg', 'jpe', 'jfif'], mimeTypes: ['image/jpeg', 'image/jpg', 'image/pjpeg'] },
  'image/png': { kind: 'photo', label: 'PNG 图片', extensions: ['png'], mimeTypes: ['image/png', 'image/x-png'] },
  'image/webp': { kind: 'photo', label: 'WebP 图片', extensions: ['webp'], mimeTypes: ['image/webp'] },
  'image/avif': { kind: 'photo', label: 'AVIF 图片', extensions: ['avif'], mimeTypes: ['image/avif'] },
  'image/heic': { kind: 'photo', label: 'HEIC 图片', extensions: ['heic', 'heif'], mimeTypes: ['image/heic', 'image/heif'] },
  'image/heif': { kind: 'photo', label: 'HEIF 图片', extensions: ['heic', 'heif'], mimeTypes: ['image/heic', 'image/heif'] },
  'video/mp4': { kind: 'video', label: 'MP4 视频', extensions: ['mp4', 'm4v'], mimeTypes: ['video/mp4'] },
  'video/webm': { kind: 'video', label: 'WebM 视频', extensions: ['webm'], mimeTypes: ['video/webm'] },
}

/** MIME types the media collection accepts (for `upload.mimeTypes`, which the admin's picker uses). */
export function acceptedMimeTypes(): string[] {
  return Object.keys(FORMATS).filter((mime) => !isHeic(mime) || canReadHeic())
}

const isHeic = (mime: string) => mime === 'image/heic' || mime === 'image/heif'

/**
 * Whether the sharp build here decodes HEIC. The prebuilt libvips that ships with sharp reads AVIF
 * only (HEVC is patent-encumbered), so HEIC is normally refused with advice to convert.
 */
export function canReadHeic(): boolean {
  const suffixes = (sharp.format.heif?.input as { fileSuffix?: string[] } | undefined)?.fileSuffix ?? []
  return suffixes.includes('.heic')
}

/** Claims that say nothing about the type: browsers send them for unknown extensions. */
const NO_CLAIM = new Set(['', 'application/octet-stream', 'binary/octet-stream'])

/** The uploaded file as Payload hands it to hooks (`req.file`). */
export type IncomingFile = { name: string; mimetype: string; size: number; data?: Buffer; tempFilePath?: string }

export type Identified = {
  kind: MediaKind
  /** MIME type decided from the content. */
  mime: string
  /** Canonical extension (`jpg`, `png`, `mp4`, …). */
  ext: string
}

const extensionOf = (name: string) => path.extname(name).slice(1).toLowerCase()
const essence = (mime: string) => mime.split(';')[0].trim().toLowerCase()

/** A short Chinese name for a file type we refuse, from its first bytes when file-type has none. */
function describeUnknown(head: Buffer): { label: string; mime: string } {
  const text = head.toString('utf8').replace(/^\uFEFF/, '').trimStart().toLowerCase()
  if (/^(<!doctype html|<html|<head|<body|<script|<iframe|<meta)/.test(text)) return { label: 'HTML 网页', mime: 'text/html' }
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!doctype svg[^>]*>\s*)?<svg[\s>]/.test(text) || text.includes('<svg')) {
    return { label: 'SVG 矢量图', mime: 'image/svg+xml' }
  }
  if (text.startsWith('<?xml')) return { label: 'XML 文件', mime: 'application/xml' }
  if (text.startsWith('#!')) return { label: '脚本文件', mime: 'text/x-script' }
  if (text.startsWith('%pdf')) return { label: 'PDF 文档', mime: 'application/pdf' }
  // Text: no NUL bytes and valid UTF-8 in the first bytes.
  if (!head.includes(0) && !head.toString('utf8').includes('\uFFFD')) return { label: '文本文件', mime: 'text/plain' }
  return { label: '无法识别的文件', mime: 'application/octet-stream' }
}

const KNOWN_REFUSED: Record<string, string> = {
  'application/zip': '压缩包',
  'application/x-rar-compressed': '压缩包',
  'application/x-7z-compressed': '压缩包',
  'application/gzip': '压缩包',
  'application/x-tar': '压缩包',
  'application/pdf': 'PDF 文档',
  'image/gif': 'GIF 动图',
  'image/tiff': 'TIFF 图片',
  'image/bmp': 'BMP 图片',
  'image/x-icon': '图标文件',
  'video/quicktime': 'QuickTime（MOV）视频',
  'video/x-msvideo': 'AVI 视频',
  'video/x-matroska': 'MKV 视频',
  'video/x-flv': 'FLV 视频',
  'video/x-m4v': 'M4V 视频',
  'application/x-msdownload': '可执行程序',
  'application/x-elf': '可执行程序',
  'application/x-sh': '脚本文件',
}

async function readHead(file: IncomingFile, bytes = 4096): Promise<Buffer> {
  if (file.data && file.data.length > 0) return file.data.subarray(0, bytes)
  if (!file.tempFilePath) return Buffer.alloc(0)
  const handle = await fs.open(file.tempFilePath, 'r')
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(bytes), 0, bytes, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

async function fileReader(file: IncomingFile): Promise<{ reader: ByteReader; close: () => Promise<void> }> {
  if (file.data && file.data.length > 0) return { reader: bufferReader(file.data), close: async () => {} }
  const handle = await fs.open(file.tempFilePath as string, 'r')
  const { size } = await handle.stat()
  return {
    reader: {
      size,
      read: async (offset, length) => {
        const { buffer, bytesRead } = await handle.read(Buffer.alloc(length), 0, length, offset)
        return buffer.subarray(0, bytesRead)
      },
    },
    close: () => handle.close(),
  }
}

/** Bytes of the upload, whether held in memory or in a temporary file. */
export async function fileSize(file: IncomingFile): Promise<number> {
  if (file.data && file.data.length > 0) return file.data.length
  if (file.tempFilePath) return (await fs.stat(file.tempFilePath)).size
  return file.size ?? 0
}

/**
 * Identify an upload from its content and check that its name and claimed MIME type agree and
 * that it is within the byte limit of its kind. Throws a `MediaRefusal` (415 or 413) otherwise.
 * Pixel limits and decodability are checked when the photo is cleaned (see `cleanPhoto`).
 */
export async function identifyUpload(file: IncomingFile, limits: MediaLimits = mediaLimits()): Promise<Identified> {
  const hasBytes = (file.data && file.data.length > 0) || Boolean(file.tempFilePath)
  if (!hasBytes) throw new MediaRefusal('unsupported-type', '上传的文件是空的，请重新选择文件。')

  const detected = file.data && file.data.length > 0 ? await fileTypeFromBuffer(file.data) : await fileTypeFromFile(file.tempFilePath as string)
  const format = detected && FORMATS[detected.mime]
  if (!detected || !format) {
    const what = detected ? { label: KNOWN_REFUSED[detected.mime] ?? `${detected.ext.toUpperCase()} 文件`, mime: detected.mime } : describeUnknown(await readHead(file))
    throw new MediaRefusal('unsupported-type', `不接受此类文件：${what.label}（${what.mime}）。${ACCEPTED_FORMATS_ZH}。`)
  }
  if (isHeic(detected.mime) && !canReadHeic()) {
    throw new MediaRefusal(
      'unsupported-type',
      `暂不支持 HEIC/HEIF 照片（${detected.mime}）：服务器的图像库无法读取这种格式。请在手机相机设置中选择“兼容性最佳”，或先转换为 JPEG 后再上传。`,
    )
  }

  const ext = extensionOf(file.name)
  if (ext && !format.extensions.includes(ext)) {
    throw new MediaRefusal(
      'unsupported-type',
      `文件内容是${format.label}（${detected.mime}），但文件名后缀是 .${ext}，两者不一致。请确认文件无误并改正后缀后再上传。`,
    )
  }
  const claimed = essence(file.mimetype ?? '')
  if (!NO_CLAIM.has(claimed) && !format.mimeTypes.includes(claimed)) {
    throw new MediaRefusal(
      'unsupported-type',
      `文件内容是${format.label}（${detected.mime}），但上传时声明的类型是 ${claimed}，两者不一致，已拒收。`,
    )
  }

  const size = await fileSize(file)
  const maxBytes = format.kind === 'photo' ? limits.photoBytes : limits.videoBytes
  if (size > maxBytes) {
    const noun = format.kind === 'photo' ? '图片' : '视频'
    throw new MediaRefusal('too-large', `${noun}文件过大（${formatBytes(size)}），上限为 ${formatBytes(maxBytes)}。请压缩后再上传。`)
  }

  if (detected.mime === 'video/mp4') {
    const { reader, close } = await fileReader(file)
    try {
      const tracks = await readMp4Tracks(reader)
      if (!tracks) throw new MediaRefusal('corrupt', 'MP4 文件不完整或已损坏（可能没有传完），请重新导出后再上传。')
      const problem = mp4CodecProblem(tracks)
      if (problem) {
        throw new MediaRefusal('unsupported-type', `${problem}。网页播放器只能可靠播放 H.264 视频 + AAC 音频的 MP4，请转码后再上传（或改用 WebM）。`)
      }
    } finally {
      await close()
    }
  }

  return { kind: format.kind, mime: detected.mime, ext: format.extensions[0] }
}
