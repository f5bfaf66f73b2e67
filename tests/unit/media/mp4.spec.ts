// MP4 codec checks (src/media/mp4.ts): the tracks' sample descriptions are read from `moov`
// without touching the media data; only H.264 video with AAC audio passes.
import { describe, expect, it } from 'vitest'

import { bufferReader, mp4CodecProblem, readMp4Tracks } from '../../../src/media/mp4'
import { mp4File } from '../../fixtures/media/make'

describe('readMp4Tracks', () => {
  it('names the handler and codec of each track', async () => {
    expect(await readMp4Tracks(bufferReader(mp4File().data))).toEqual([
      { handler: 'vide', codec: 'avc1' },
      { handler: 'soun', codec: 'mp4a' },
    ])
  })

  it('returns null for a file cut short or without moov', async () => {
    expect(await readMp4Tracks(bufferReader(mp4File({ cut: true }).data))).toBeNull()
    expect(await readMp4Tracks(bufferReader(Buffer.from('not an mp4 at all, just text')))).toBeNull()
  })
})

describe('mp4CodecProblem', () => {
  it('accepts H.264 with AAC, and H.264 without sound', () => {
    expect(mp4CodecProblem([{ handler: 'vide', codec: 'avc1' }, { handler: 'soun', codec: 'mp4a' }])).toBeNull()
    expect(mp4CodecProblem([{ handler: 'vide', codec: 'avc3' }])).toBeNull()
  })

  it.each([
    [[{ handler: 'vide', codec: 'hvc1' }], 'H.265/HEVC'],
    [[{ handler: 'vide', codec: 'av01' }], 'AV1'],
    [[{ handler: 'vide', codec: 'avc1' }, { handler: 'soun', codec: 'ac-3' }], 'AC-3'],
    [[{ handler: 'soun', codec: 'mp4a' }], '没有视频画面'],
    [[{ handler: 'vide', codec: 'encv' }], '加密视频'],
  ])('refuses %j, naming %s', (tracks, name) => {
    expect(mp4CodecProblem(tracks)).toContain(name)
  })
})
