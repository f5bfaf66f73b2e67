/**
 * Which collections a backup holds: every collection of the config, the project's and Payload's
 * own (`payload-jobs` keeps scheduled publishing, `payload-preferences` the editors' admin
 * settings, `payload-kv` Payload's key-value store), except the two in NOT_BACKED_UP.
 */
import type { CollectionSlug, SanitizedConfig } from 'payload'

import { BackupError } from './errors'

export const NOT_BACKED_UP: Record<string, string> = {
  // Edit locks belong to admin sessions that are open while the backup runs; restored, they would
  // lock documents for sessions that no longer exist.
  'payload-locked-documents': 'edit locks of open admin sessions',
  // The schema belongs to the code that opens the database: a restored SQLite database gets its
  // tables from this checkout's migrations. Their names are kept in the manifest instead
  // (`database.migrations`), so a restore can tell when a backup comes from a newer schema.
  'payload-migrations': 'schema bookkeeping, recorded in the manifest instead',
}

export type ScopedCollection = { slug: CollectionSlug; versions: boolean; timestamps: boolean; upload: boolean }

export function backupScope(config: Pick<SanitizedConfig, 'collections' | 'localization'>): ScopedCollection[] {
  // The dump reads and writes one locale; localized fields would silently lose the others.
  if (config.localization) throw new BackupError('backups do not support localized content yet; the config enables localization.')
  return config.collections
    .filter((collection) => !(collection.slug in NOT_BACKED_UP))
    .map((collection) => ({
      slug: collection.slug as CollectionSlug,
      versions: Boolean(collection.versions),
      timestamps: collection.timestamps !== false,
      upload: Boolean(collection.upload),
    }))
}
