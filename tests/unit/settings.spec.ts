// Whole-number settings from the environment (src/lib/settings.ts): a typo is refused with the
// setting's name and what to do, never silently turned into another value.
import { afterEach, describe, expect, it } from 'vitest'

import { envInteger, publisherIdleMinutes } from '../../src/lib/settings'

const saved = { ...process.env }
afterEach(() => {
  for (const name of ['UNION_TEST_SETTING', 'PUBLISHER_IDLE_MINUTES']) {
    if (saved[name] === undefined) delete process.env[name]
    else process.env[name] = saved[name]
  }
})

describe('envInteger', () => {
  it('gives the default when unset or empty and the number when it is one', () => {
    delete process.env.UNION_TEST_SETTING
    expect(envInteger('UNION_TEST_SETTING', 7)).toBe(7)
    process.env.UNION_TEST_SETTING = ' '
    expect(envInteger('UNION_TEST_SETTING', 7)).toBe(7)
    process.env.UNION_TEST_SETTING = '42'
    expect(envInteger('UNION_TEST_SETTING', 7)).toBe(42)
  })

  it('refuses what is not a whole number at least the minimum, naming the setting and the default', () => {
    for (const bad of ['abc', '0', '-3', '2.5', '10分钟']) {
      process.env.UNION_TEST_SETTING = bad
      expect(() => envInteger('UNION_TEST_SETTING', 7), bad).toThrow(`UNION_TEST_SETTING must be a whole number, 1 or more (it is "${bad}"); unset it for the default, 7`)
    }
  })

  it('refuses a publisher idle time that is not a number of minutes (it used to make the publisher quit at once)', () => {
    process.env.PUBLISHER_IDLE_MINUTES = 'abc'
    expect(() => publisherIdleMinutes()).toThrow(/PUBLISHER_IDLE_MINUTES/)
    process.env.PUBLISHER_IDLE_MINUTES = '30'
    expect(publisherIdleMinutes()).toBe(30)
  })
})
