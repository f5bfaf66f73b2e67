// Which caption and credit a use of a photo shows (src/media/captions.ts): the per-use text where
// given, else the photo's own; blank overrides count as not given.
import { describe, expect, it } from 'vitest'

import { captionFor } from '../../../src/media/captions'

const photo = { caption: '劳模张建国在车间', credit: '摄影 王某' }

describe('captionFor', () => {
  it('shows the photo’s own text when the use gives none', () => {
    expect(captionFor({}, photo)).toEqual({ caption: '劳模张建国在车间', credit: '摄影 王某' })
    expect(captionFor({ caption: '  ', credit: null }, photo)).toEqual({ caption: '劳模张建国在车间', credit: '摄影 王某' })
  })

  it('shows the per-use caption and credit where given, each on its own', () => {
    expect(captionFor({ caption: '图集里的说明' }, photo)).toEqual({ caption: '图集里的说明', credit: '摄影 王某' })
    expect(captionFor({ credit: '摄影 李四' }, photo)).toEqual({ caption: '劳模张建国在车间', credit: '摄影 李四' })
  })

  it('copes with a photo that is not populated', () => {
    expect(captionFor({ caption: '说明' }, 12)).toEqual({ caption: '说明', credit: undefined })
  })
})
