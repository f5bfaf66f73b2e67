/**
 * Which paths a backup archive may hold. An archive is opened only when every entry is a plain file
 * or folder under `data/` or `media/`, or the top-level `manifest.json`: an absolute path, a `..`
 * step, a link or a device would let a crafted archive write outside the folder it is unpacked
 * into ("zip slip"), so the whole archive is refused instead.
 */
export const MANIFEST_FILE = 'manifest.json'
export const DATA_DIR = 'data'
export const MEDIA_DIR = 'media'

const FILE_TYPES = new Set(['File', 'OldFile', 'ContiguousFile'])

/** Why an archive entry is unsafe or unexpected, or null when it may be unpacked. */
export function entryProblem(entryPath: string, type: string): string | null {
  const name = entryPath.replace(/\/+$/, '')
  if (name === '' || name === '.') return type === 'Directory' ? null : `an entry without a name`
  if (name.includes('\0')) return `"${printable(name)}" has a NUL character in its name`
  if (name.includes('\\')) return `"${name}" uses backslashes in its path`
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return `"${name}" is an absolute path`
  const segments = name.split('/')
  if (segments.includes('..')) return `"${name}" steps out of the archive with ".."`
  if (type !== 'Directory' && !FILE_TYPES.has(type)) return `"${name}" is a ${describeType(type)}, not a plain file`
  const top = segments[0] === '.' ? segments.slice(1) : segments
  if (top.length === 1 && top[0] === MANIFEST_FILE && type !== 'Directory') return null
  if (top[0] === DATA_DIR || top[0] === MEDIA_DIR) return null
  return `"${name}" is not part of a union-cms backup (expected manifest.json, data/ and media/)`
}

/** The path of an entry as the manifest names it: POSIX, no leading "./", no trailing "/". */
export function normalEntryPath(entryPath: string): string {
  return entryPath.replace(/^(\.\/)+/, '').replace(/\/+$/, '')
}

function describeType(type: string): string {
  if (type === 'SymbolicLink') return 'symbolic link'
  if (type === 'Link') return 'hard link'
  if (type === 'CharacterDevice' || type === 'BlockDevice') return 'device'
  if (type === 'FIFO') return 'named pipe'
  return `"${type}" entry`
}

function printable(name: string): string {
  return name.replace(/\0/g, '\\0')
}
