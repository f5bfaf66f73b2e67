// Unpacking a backup archive: a crafted archive with a ".." entry, an absolute path or a symbolic
// link is refused as a whole and writes nothing outside the scratch folder; a damaged file is not
// taken for an archive.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import * as tar from 'tar'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { checksumArchive, extractArchive, packArchive } from '../../../src/backup/archive'
import { checksumFile } from '../../../src/backup/files'

let dir: string

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'union-cms-archive-'))
})
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true })
})

const mk = (rel: string, content = rel) => {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
  fs.writeFileSync(path.join(dir, rel), content)
}

describe('extractArchive', () => {
  it('unpacks a backup-shaped archive, and checksumArchive reads the same sums as the files', async () => {
    mk('src/manifest.json', '{}')
    mk('src/data/topics.jsonl', '{"id":1}\n')
    mk('src/media/a.jpg', 'jpeg')
    const file = path.join(dir, 'ok.tar.gz')
    await packArchive(path.join(dir, 'src'), ['manifest.json', 'data/topics.jsonl', 'media/a.jpg'], file)
    const out = fs.mkdtempSync(path.join(dir, 'out-'))
    await extractArchive(file, out)
    expect(fs.readFileSync(path.join(out, 'media/a.jpg'), 'utf8')).toBe('jpeg')
    const sums = await checksumArchive(file)
    expect(sums.get('media/a.jpg')).toEqual(await checksumFile(path.join(dir, 'src/media/a.jpg')))
    expect([...sums.keys()].sort()).toEqual(['data/topics.jsonl', 'manifest.json', 'media/a.jpg'])
  })

  it('refuses an entry that steps out with .. and writes nothing outside the folder', async () => {
    mk('work/inner/placeholder')
    mk('work/evil.txt', 'pwned')
    const file = path.join(dir, 'slip.tar.gz')
    // preservePaths keeps "../evil.txt" in the archive as written, the way a crafted archive would.
    await tar.create({ gzip: true, file, cwd: path.join(dir, 'work/inner'), preservePaths: true }, ['../evil.txt'])
    const out = fs.mkdtempSync(path.join(dir, 'out-'))
    fs.rmSync(path.join(dir, 'work/evil.txt'))
    await expect(extractArchive(file, out)).rejects.toThrow(/steps out of the archive/)
    expect(fs.existsSync(path.join(dir, 'evil.txt'))).toBe(false)
    expect(fs.existsSync(path.join(dir, 'work/evil.txt'))).toBe(false)
  })

  it('refuses an absolute path', async () => {
    const target = path.join(dir, 'absolute-target.txt')
    fs.writeFileSync(target, 'x')
    const file = path.join(dir, 'abs.tar.gz')
    await tar.create({ gzip: true, file, cwd: dir, preservePaths: true }, [target])
    fs.rmSync(target)
    await expect(extractArchive(file, fs.mkdtempSync(path.join(dir, 'out-')))).rejects.toThrow(/absolute path/)
    expect(fs.existsSync(target)).toBe(false)
  })

  it('refuses a symbolic link', async () => {
    mk('src/manifest.json', '{}')
    fs.mkdirSync(path.join(dir, 'src/media'))
    fs.symlinkSync('/etc/passwd', path.join(dir, 'src/media/link.jpg'))
    const file = path.join(dir, 'link.tar.gz')
    await tar.create({ gzip: true, file, cwd: path.join(dir, 'src') }, ['manifest.json', 'media/link.jpg'])
    const out = fs.mkdtempSync(path.join(dir, 'out-'))
    await expect(extractArchive(file, out)).rejects.toThrow(/symbolic link/)
    expect(fs.existsSync(path.join(out, 'media/link.jpg'))).toBe(false)
  })

  it('refuses a file that is not a .tar.gz archive, and a missing one', async () => {
    const file = path.join(dir, 'garbage.tar.gz')
    fs.writeFileSync(file, 'this is not an archive')
    await expect(extractArchive(file, fs.mkdtempSync(path.join(dir, 'out-')))).rejects.toThrow(/not a readable \.tar\.gz archive/)
    await expect(extractArchive(path.join(dir, 'none.tar.gz'), dir)).rejects.toThrow(/no archive at/)
  })
})
