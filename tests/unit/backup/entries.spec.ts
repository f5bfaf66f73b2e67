// Which archive entries a restore accepts: plain files under data/ and media/ and the manifest;
// anything that could write outside the scratch folder ("zip slip") refuses the archive.
import { describe, expect, it } from 'vitest'

import { entryProblem, normalEntryPath } from '../../../src/backup/entries'

describe('entryProblem', () => {
  it('accepts the manifest, data files, media files and their folders', () => {
    expect(entryProblem('manifest.json', 'File')).toBeNull()
    expect(entryProblem('./manifest.json', 'File')).toBeNull()
    expect(entryProblem('data/articles.jsonl', 'File')).toBeNull()
    expect(entryProblem('media/photo 1.jpg', 'File')).toBeNull()
    expect(entryProblem('media/', 'Directory')).toBeNull()
    expect(entryProblem('./', 'Directory')).toBeNull()
  })

  it('refuses absolute paths', () => {
    expect(entryProblem('/etc/passwd', 'File')).toMatch(/absolute/)
    expect(entryProblem('C:/Windows/win.ini', 'File')).toMatch(/absolute/)
  })

  it('refuses paths that step out with ..', () => {
    expect(entryProblem('../outside.txt', 'File')).toMatch(/\.\./)
    expect(entryProblem('media/../../outside.txt', 'File')).toMatch(/\.\./)
  })

  it('refuses backslashes and NUL characters in names', () => {
    expect(entryProblem('media\\..\\x', 'File')).toMatch(/backslash/)
    expect(entryProblem('media/a\0b', 'File')).toMatch(/NUL/)
  })

  it('refuses links, devices and pipes', () => {
    expect(entryProblem('media/photo.jpg', 'SymbolicLink')).toMatch(/symbolic link/)
    expect(entryProblem('media/photo.jpg', 'Link')).toMatch(/hard link/)
    expect(entryProblem('media/dev', 'CharacterDevice')).toMatch(/device/)
    expect(entryProblem('media/fifo', 'FIFO')).toMatch(/pipe/)
  })

  it('refuses files outside data/ and media/', () => {
    expect(entryProblem('payload.config.ts', 'File')).toMatch(/not part of a union-cms backup/)
    expect(entryProblem('manifest.json/x', 'File')).toMatch(/not part/)
  })
})

describe('normalEntryPath', () => {
  it('names entries the way the manifest does', () => {
    expect(normalEntryPath('./media/a.jpg')).toBe('media/a.jpg')
    expect(normalEntryPath('media/')).toBe('media')
  })
})
