/** How the import benchmarks compare the parser's text with an annotation. */

/** Compare text the way an editor would: width, quotes and spaces do not matter. */
export const norm = (s: string) =>
  s
    // A mirror's readings in pinyin (`報(bào)`): debris the importer drops; annotations keep the page as printed.
    .replace(/(?<=[\u3400-\u9fff])[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]/g, '')
    .normalize('NFKC')
    .replace(/[“”„‟"「」『』]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/[\s\u3000]+/g, '')
/** Looser: punctuation ignored too (headings wrapped over lines lose or gain a colon). */
export const loose = (s: string) => norm(s).replace(/[\p{P}\p{S}]/gu, '')

/** A caption is found when its words are, give or take a fifth (a credit or a place left on). */
export function sameCaption(expected: string, produced: string): boolean {
  const [x, y] = [loose(expected), loose(produced)]
  return x === y || ((x.includes(y) || y.includes(x)) && Math.min(x.length, y.length) >= 0.8 * Math.max(x.length, y.length))
}
