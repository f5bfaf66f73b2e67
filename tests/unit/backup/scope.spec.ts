// Which collections a backup holds: all of them but edit locks and migration bookkeeping.
import { describe, expect, it } from 'vitest'

import { backupScope, NOT_BACKED_UP } from '../../../src/backup/scope'

const collection = (slug: string, extra: Record<string, unknown> = {}) => ({ slug, timestamps: true, ...extra }) as never

describe('backupScope', () => {
  it('keeps every collection, Payload’s jobs and preferences included, but locks and migrations', () => {
    const scope = backupScope({
      collections: [
        collection('articles', { versions: { drafts: true } }),
        collection('media', { upload: { staticDir: 'media' } }),
        collection('payload-jobs'),
        collection('payload-preferences'),
        collection('payload-locked-documents'),
        collection('payload-migrations'),
      ],
      localization: false,
    })
    expect(scope).toEqual([
      { slug: 'articles', versions: true, timestamps: true, upload: false },
      { slug: 'media', versions: false, timestamps: true, upload: true },
      { slug: 'payload-jobs', versions: false, timestamps: true, upload: false },
      { slug: 'payload-preferences', versions: false, timestamps: true, upload: false },
    ])
    expect(Object.keys(NOT_BACKED_UP).sort()).toEqual(['payload-locked-documents', 'payload-migrations'])
  })

  it('refuses a config with localization rather than lose locales', () => {
    expect(() => backupScope({ collections: [], localization: { locales: [], defaultLocale: 'zh' } as never })).toThrow(/localized/)
  })
})
