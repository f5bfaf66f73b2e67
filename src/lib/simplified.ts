/**
 * Traditional characters read as simplified ones, character by character (`勞動模範` → `劳动模范`),
 * with OpenCC's character table (opencc-js, maintained, no dependencies). Only that 29 kB table is
 * loaded: the full converter's phrase dictionaries made the heap so large that garbage collection
 * tripled the slowest sensitive-word checks (bench:words p99). Used by the word check
 * (src/workflow/textSegments.ts) and the importer (src/import/text.ts).
 */
import TRADITIONAL_TO_SIMPLIFIED from 'opencc-js/dict/TSCharacters'

const SIMPLIFIED = new Map<string, string>(
  TRADITIONAL_TO_SIMPLIFIED.split('|').map((pair) => {
    const [from, to] = pair.split(' ')
    return [from!, to!] as [string, string]
  }),
)

/** `s` with each traditional character replaced by its simplified one. */
export function toSimplified(s: string): string {
  let out = ''
  for (const ch of s) out += SIMPLIFIED.get(ch) ?? ch
  return out
}

/** The simplified form of one character, or the character itself. */
export const simplifiedChar = (ch: string): string => SIMPLIFIED.get(ch) ?? ch
