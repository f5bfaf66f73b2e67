// Bytes → text: UTF-8 with and without BOM, GB18030/GBK, and the files that must be refused
// (empty, binary, unknown encoding) with a reason.
import { describe, expect, it } from 'vitest'

import { decodeBytes } from '../../../src/import/decode'
import { ImportError } from '../../../src/import/errors'
import { parseNewspaperText } from '../../../src/import/index'
import { fixtureBytes, parseFixture } from './helpers'

function refusal(fn: () => unknown): ImportError {
  try {
    fn()
  } catch (err) {
    expect(err).toBeInstanceOf(ImportError)
    return err as ImportError
  }
  throw new Error('expected the input to be refused')
}

describe('decodeBytes', () => {
  it('reads UTF-8 without a BOM', () => {
    const { text, encoding } = decodeBytes(Buffer.from('工会 news', 'utf8'))
    expect(text).toBe('工会 news')
    expect(encoding).toBe('utf-8')
  })

  it('drops the UTF-8 byte-order mark', () => {
    const { text, encoding } = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('职工之家', 'utf8')]))
    expect(text).toBe('职工之家')
    expect(encoding).toBe('utf-8')
  })

  it('reads GB18030/GBK text', () => {
    const { text, encoding } = decodeBytes(fixtureBytes('gb18030.txt'))
    expect(encoding).toBe('gb18030')
    expect(text).toContain('北湖区总工会2024年度工作综述')
  })

  it('reads UTF-16 with a byte-order mark', () => {
    const body = Buffer.from('劳模风采', 'utf16le')
    expect(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), body])).text).toBe('劳模风采')
  })

  it('repairs a few broken sequences in otherwise UTF-8 text and says so', () => {
    const good = Buffer.from('全市工会开展宣讲活动，服务职工群众。'.repeat(5), 'utf8')
    const { text, warnings } = decodeBytes(Buffer.concat([good, Buffer.from([0xe5, 0xb7])]))
    expect(text.startsWith('全市工会')).toBe(true)
    expect(warnings[0]?.en).toMatch(/broken UTF-8/)
  })

  it('refuses an empty file', () => {
    expect(refusal(() => decodeBytes(new Uint8Array())).code).toBe('EMPTY_FILE')
    expect(refusal(() => decodeBytes(Buffer.from(' \n\r\n\t '))).code).toBe('EMPTY_FILE')
  })

  it('refuses a PDF, an image and bytes with NULs as binary files', () => {
    expect(refusal(() => decodeBytes(Buffer.from('%PDF-1.7\n…'))).detail).toMatch(/PDF/)
    expect(refusal(() => decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).code).toBe('BINARY_FILE')
    expect(refusal(() => decodeBytes(Buffer.from([0x41, 0x00, 0x42, 0x43, 0x00, 0x00, 0x01, 0x02]))).code).toBe('BINARY_FILE')
  })

  it('refuses Big5 text as an unknown encoding instead of importing mojibake', () => {
    const err = refusal(() => decodeBytes(fixtureBytes('big5.txt')))
    expect(err.code).toBe('UNKNOWN_ENCODING')
    expect(err.hint).toMatch(/UTF-8/)
  })

  it('decodes with a forced encoding and refuses bytes that are not in it', () => {
    expect(decodeBytes(fixtureBytes('gb18030.txt'), 'gb18030').encoding).toBe('gb18030')
    expect(refusal(() => decodeBytes(fixtureBytes('gb18030.txt'), 'utf-8')).code).toBe('UNKNOWN_ENCODING')
  })
})

describe('GB18030 input', () => {
  it('parses exactly like the same text in UTF-8, with the same content hash', () => {
    const gb = parseFixture('gb18030.txt')
    const utf8 = parseFixture('subtitle-no-dash.txt')
    expect(gb.encoding).toBe('gb18030')
    expect({ ...gb, file: '', encoding: '' }).toEqual({ ...utf8, file: '', encoding: '' })
    expect(gb.hash).toBe(utf8.hash)
  })

  it('gives a UTF-8 file with a BOM the same hash as without', () => {
    const plain = fixtureBytes('captions.txt')
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), plain])
    expect(parseNewspaperText(bom).hash).toBe(parseNewspaperText(plain).hash)
  })
})
