// The CLI's dry-run contract: `--dry-run --json` prints one JSON array on stdout — one object per
// file, failures included with their reason — and nothing else; bad files do not stop the others.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { FIXTURES, runImport } from './helpers'



describe('npm run import -- --dry-run --json', () => {
  let dir: string
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-cli-'))
    fs.writeFileSync(path.join(dir, 'empty.txt'), '')
    fs.writeFileSync(path.join(dir, 'scan.pdf'), Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n'))
    fs.writeFileSync(path.join(dir, 'huge.txt'), Buffer.alloc(10 * 1024 * 1024, '全市工会开展宣讲。\n'))
  })
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('prints one JSON array with one record per file, in the contract shape, and nothing else', () => {
    const { code, stdout } = runImport(['--dry-run', '--json', path.join(FIXTURES, 'captions.txt'), path.join(FIXTURES, 'masthead-credits.txt')])
    expect(code).toBe(0)
    const records = JSON.parse(stdout)
    expect(records).toHaveLength(2)
    expect(Object.keys(records[0])).toEqual([
      'file', 'collection', 'title', 'subtitle', 'bylines', 'source', 'credits', 'sections', 'captions', 'figures', 'workers', 'paragraphs', 'images',
    ])
    expect(records[1]).toMatchObject({
      collection: 'articles',
      title: '暖心送岗 稳就业促增收',
      source: { publication: '江岸工人报', page: '05', date: '2025-01-07' },
      figures: [{ label: '举办招聘会', value: 18, unit: '场', qualifier: null }, {}, {}],
    })
  })

  it('reports empty, damaged (a truncated PDF), oversized and wrongly encoded files with a reason while the others parse, a headline-less one included', () => {
    const files = [
      path.join(dir, 'empty.txt'),
      path.join(dir, 'scan.pdf'),
      path.join(dir, 'huge.txt'),
      path.join(FIXTURES, 'big5.txt'),
      path.join(FIXTURES, 'no-headline.txt'),
      path.join(FIXTURES, 'workers.txt'),
    ]
    const { code, stdout, stderr } = runImport(['--dry-run', '--json', ...files])
    expect(code).toBe(1)
    const records = JSON.parse(stdout) as { file: string; code?: string; title?: string }[]
    expect(records.map((r) => r.code ?? r.title)).toEqual(['EMPTY_FILE', 'CORRUPT', 'TOO_LARGE', 'UNKNOWN_ENCODING', '全市工会组织开展了形式多样的职工文化活动', '向劳模学习 向工匠致敬'])
    // Each refusal says what happened and what to do in Chinese, then the English reason for logs.
    expect(stderr).toMatch(/huge\.txt：文件过大，不像一个版面的文字。请把每篇文章分别导入，或用 --max-size 放宽上限。（the file is too large for one newspaper page: 10\.0 MB > 2\.0 MB）/)
    expect(stderr).toMatch(/big5\.txt：无法识别文件编码.*。请.*--encoding/)
    expect(stderr).toMatch(/scan\.pdf：文件已损坏，或与扩展名不符。请先在电脑上打开检查/)
    // What to check in a parsed file, in Chinese first too (with the table, not with --json).
    expect(runImport(['--dry-run', path.join(FIXTURES, 'no-headline.txt')]).stderr).toMatch(/no-headline\.txt：原文没有标出标题，已取「.+」作标题，请核对。（no headline marked: took 「.+」 as the headline; check it）/)
    const refused = (records as Record<string, string>[]).find((r) => r.code === 'EMPTY_FILE')
    expect(refused).toEqual({ file: path.join(dir, 'empty.txt'), error: 'the file is empty', code: 'EMPTY_FILE', hint: expect.any(String), errorZh: '文件是空的', hintZh: '请把版面文字重新复制进来。' })
  })

  it('reads the text files of a folder', () => {
    const { stdout } = runImport(['--dry-run', '--json', FIXTURES])
    const records = JSON.parse(stdout) as { file: string }[]
    expect(records.map((r) => path.basename(r.file))).toContain('split-headings.txt')
    expect(records.length).toBe(fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).length)
  })

  it('refuses bad usage with exit code 2, saying in Chinese what to write', () => {
    const none = runImport([])
    expect(none.code).toBe(2)
    expect(none.stderr).toMatch(/✖ 请至少写一个要导入的文件或文件夹[\s\S]*用法 usage: npm run import --/)
    expect(runImport(['--json', 'x.txt']).stderr).toMatch(/--json 只能和 --dry-run 一起用/)
    const kind = runImport(['--dry-run', '--as', 'galleries', 'x.txt'])
    expect(kind.code).toBe(2)
    expect(kind.stderr).toMatch(/--as 只接受 articles 或 yearly-reviews/)
    expect(runImport(['--dry-run', '--max-size', 'big', 'x.txt']).stderr).toMatch(/--max-size「big」不是文件大小/)
  })
})
