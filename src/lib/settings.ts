/**
 * Moved to src/settings (every setting declared once). These re-exports stay only until
 * src/publish/search.ts and src/publish/worker.ts import from src/settings (the engineer moving the
 * publisher does that); then delete this file.
 */
export { envInteger, publisherIdleMinutes, searchShardPages } from '../settings'
