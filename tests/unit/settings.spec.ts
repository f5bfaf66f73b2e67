// Settings from the environment (src/settings): read when asked (tests change process.env between
// cases), typed, and a typo is refused with the setting's name and what to do, never silently
// turned into another value; validateSettings() reports every bad one at once.
import { afterEach, describe, expect, it } from 'vitest'

import { pageSettings, publisherIdleMinutes, setting, SettingError, SettingsError, validateSettings } from '../../src/settings'
import { formatDate } from '../../src/site/format'
import { renderSignoffSheet } from '../../src/workflow/signoff'

const saved = { ...process.env }
const TOUCHED = ['PUBLISHER_IDLE_MINUTES', 'SITE_TIMEZONE', 'SITE_URL', 'PORT', 'SITE_NAME', 'TZ']
afterEach(() => {
  for (const name of TOUCHED) {
    if (saved[name] === undefined) delete process.env[name]
    else process.env[name] = saved[name]
  }
})

describe('a whole-number setting', () => {
  it('gives the default when unset or blank and the number when it is one', () => {
    expect(setting('SITE_SEARCH_SHARD_PAGES', {})).toBe(1000)
    expect(setting('SITE_SEARCH_SHARD_PAGES', { SITE_SEARCH_SHARD_PAGES: ' ' })).toBe(1000)
    expect(setting('SITE_SEARCH_SHARD_PAGES', { SITE_SEARCH_SHARD_PAGES: '42' })).toBe(42)
  })

  it('refuses what is not a whole number at least the minimum, naming the setting and the default', () => {
    for (const bad of ['abc', '1.5', '0', '-3', '一千']) {
      expect(() => setting('SITE_SEARCH_SHARD_PAGES', { SITE_SEARCH_SHARD_PAGES: bad }), bad).toThrow(
        `SITE_SEARCH_SHARD_PAGES must be a whole number, 1 or more (it is "${bad}"); unset it for the default, 1000`,
      )
    }
  })

  it('refuses a publisher idle time that is not a number of minutes (it used to make the publisher quit at once)', () => {
    process.env.PUBLISHER_IDLE_MINUTES = 'abc'
    expect(() => publisherIdleMinutes()).toThrow(/PUBLISHER_IDLE_MINUTES/)
    process.env.PUBLISHER_IDLE_MINUTES = '30'
    expect(publisherIdleMinutes()).toBe(30)
  })
})

describe('setting()', () => {
  it('reads the environment on every call, typed from the declaration', () => {
    delete process.env.PORT
    expect(setting('PORT')).toBe(3000)
    process.env.PORT = '8080'
    expect(setting('PORT')).toBe(8080)
    expect(setting('SITE_SEARCH', { SITE_SEARCH: '0' })).toBe(false)
    expect(setting('SITE_SEARCH', {})).toBe(true)
    expect(setting('LOGIN_LOCK_MINUTES', { LOGIN_LOCK_MINUTES: '0.05' })).toBe(0.05)
  })

  it('takes a blank value for unset', () => {
    expect(setting('SITE_NAME', { SITE_NAME: '  ' })).toBe('江澄职工之家')
    expect(setting('JOBS_CRON', { JOBS_CRON: '' })).toBe('*/10 * * * * *')
  })

  it('refuses a value it cannot use instead of falling back to the default', () => {
    const cases: [Parameters<typeof setting>[0], string, RegExp][] = [
      ['PORT', '80a', /PORT "80a" is not a port number/],
      ['SITE_AUTOPUBLISH', 'false', /SITE_AUTOPUBLISH must be 1 \(on\) or 0 \(off\)/],
      ['LOGIN_MAX_ATTEMPTS', 'five', /LOGIN_MAX_ATTEMPTS must be a whole number/],
      ['API_CACHE_SECONDS', '-1', /API_CACHE_SECONDS must be a number, 0 or more/],
      ['MEDIA_MAX_PHOTO_MB', '0', /MEDIA_MAX_PHOTO_MB must be a number above 0/],
      ['SITE_URL', 'ftp://example.org', /SITE_URL must start with http:\/\/ or https:\/\//],
      ['SERVER_URL', 'cms.example.org', /SERVER_URL "cms.example.org" is not a URL/],
      ['SITE_TIMEZONE', 'China/Beijing', /SITE_TIMEZONE "China\/Beijing" is not a time zone/],
      ['DATABASE_URI', 'mysql://db/cms', /DATABASE_URI .* is not supported/],
      ['UNION_CMS_DB_TRANSACTIONS', 'no', /UNION_CMS_DB_TRANSACTIONS must be one of on, off/],
      ['JOBS_CRON', 'every minute', /JOBS_CRON "every minute" is not a cron pattern/],
    ]
    for (const [name, value, message] of cases) {
      let thrown: unknown
      try {
        setting(name, { [name]: value })
      } catch (err) {
        thrown = err
      }
      // DATABASE_URI's problem is src/db's DatabaseConfigError, as opening the database gives.
      expect(thrown, `${name}=${value}`).toBeInstanceOf(name === 'DATABASE_URI' ? Error : SettingError)
      expect((thrown as SettingError).message, `${name}=${value}`).toMatch(message)
    }
  })
})

describe('validateSettings', () => {
  it('accepts an empty environment (every setting has a default or may be unset)', () => {
    expect(() => validateSettings({})).not.toThrow()
  })

  it('lists every invalid setting in one error, each with what to do', () => {
    let thrown: unknown
    try {
      validateSettings({ PORT: 'http', SITE_SEARCH_SHARD_PAGES: '一千', SITE_TIMEZONE: 'Beijing', SITE_NAME: 'fine' })
    } catch (err) {
      thrown = err
    }
    expect(thrown).toBeInstanceOf(SettingsError)
    const error = thrown as SettingsError
    expect(error.problems.map((p) => p.setting)).toEqual(['PORT', 'SITE_TIMEZONE', 'SITE_SEARCH_SHARD_PAGES'])
    expect(error.message).toMatch(/^3 项设置有误 \/ 3 settings are invalid:/)
    expect(error.message).toContain('SITE_SEARCH_SHARD_PAGES must be a whole number, 1 or more (it is "一千"); unset it for the default, 1000')
    expect(error.message).toMatch(/\.env/)
  })
})

describe('pageSettings', () => {
  it('gives the resolved values of exactly the settings the rendered pages depend on', () => {
    expect(pageSettings({ PORT: '4000', SITE_NAME: '职工之家' })).toEqual({
      SITE_URL: 'http://localhost:4000',
      SITE_NAME: '职工之家',
      SITE_DESCRIPTION: '工会新闻、劳模工匠风采、图片视频与年度工作回眸。',
      SITE_TIMEZONE: 'Asia/Shanghai',
      // Where photos are linked (src/media/s3Settings.ts mediaPublicBase): unset here.
      MEDIA_S3_BUCKET: '',
      MEDIA_S3_PREFIX: '',
      MEDIA_S3_PUBLIC_URL: '',
    })
    expect(pageSettings({ SITE_URL: 'https://www.example.org/' }).SITE_URL).toBe('https://www.example.org')
    expect(pageSettings({ MEDIA_S3_BUCKET: 'b', MEDIA_S3_PUBLIC_URL: 'https://img.example.org' })).toMatchObject({ MEDIA_S3_BUCKET: 'b', MEDIA_S3_PUBLIC_URL: 'https://img.example.org' })
  })
})

describe('SITE_TIMEZONE, the one time zone', () => {
  const late = '2024-12-31T20:00:00.000Z' // 1 January in Shanghai, still 31 December in London

  it('dates the site in it, and follows a change', () => {
    delete process.env.SITE_TIMEZONE
    expect(formatDate(late)).toBe('2025年1月1日')
    process.env.SITE_TIMEZONE = 'Europe/London'
    expect(formatDate(late)).toBe('2024年12月31日')
  })

  it('dates the sign-off sheet in it, whatever TZ says', () => {
    const doc = { title: '稿件', reviewLog: [{ action: '提交', from: 'draft', to: 'submitted', userName: '记者', at: late }] }
    process.env.TZ = 'Europe/London'
    delete process.env.SITE_TIMEZONE
    expect(renderSignoffSheet('文章', doc)).toContain('2025/1/1 04:00:00')
    process.env.SITE_TIMEZONE = 'Europe/London'
    expect(renderSignoffSheet('文章', doc)).toContain('2024/12/31 20:00:00')
  })
})
