/**
 * What went wrong in a backup or a restore, said so that the person at the terminal knows what to
 * do next. The command-line tools print the message as it is, on one line.
 */
export class BackupError extends Error {
  override name = 'BackupError'
}

/** Errors whose message is meant for the user: the config's own and the file system's (EACCES, ENOSPC…). */
const USER_FACING = new Set(['BackupError', 'DatabaseConfigError', 'MissingSecretError'])

/** One line for the terminal: the message of an expected error, the stack of anything else. */
export function errorLine(err: unknown): string {
  if (!(err instanceof Error)) return String(err)
  const systemError = typeof (err as NodeJS.ErrnoException).code === 'string' && typeof (err as NodeJS.ErrnoException).syscall === 'string'
  if (USER_FACING.has(err.name) || systemError) return err.message
  return err.stack ?? err.message
}
