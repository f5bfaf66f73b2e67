/**
 * The database side of the newspaper import: one parsed piece → one draft in `articles` or
 * `yearly-reviews`, with its honours and model workers. Uses the Local API only, so it works on
 * every database adapter.
 *
 * One file is all or nothing. Where the adapter offers transactions (MongoDB on a replica set, or
 * an adapter configured with `transactionOptions`) the file's writes run in one; otherwise — the
 * project's SQLite adapter has transactions off — every document created for the file is deleted
 * again when a later write fails. See https://payloadcms.com/docs/database/transactions
 *
 * The photos of a Word file or saved page are uploaded first, through the media pipeline and
 * outside any transaction (its files are never rolled back), and deleted again when the draft
 * fails; a photo already in the library (same file) is used instead of a second copy.
 *
 * Re-importing the same text updates the draft it made before: drafts carry the text's content hash
 * in `importHash`.
 */
import { createHash } from 'node:crypto'

import {
  commitTransaction,
  createLocalReq,
  Forbidden,
  initTransaction,
  killTransaction,
  type CollectionSlug,
  type Payload,
  type PayloadRequest,
  type TypedUser,
  type Where,
} from 'payload'

import { ARTICLES, HONORS, MEDIA, MODEL_WORKERS, ORGANIZATIONS, YEARLY_REVIEWS } from '../../collections/slugs'
import { findBySourceHash } from '../media/uploadHooks'
import { ImportError } from './errors'
import type { ImportedPiece, LeftOutImage, PlacedImage } from './formats/types'
import { guessHonorLevel, guessRecipientType, looksCollective } from './people'
import { toDocument, type DocumentContext } from './toDocument'
import type { ParsedPiece, TargetCollection } from './types'
import { WARN, type Warning } from './warnings'

type ID = number | string

export type ImportStep = 'photos' | 'honors' | 'workers' | 'draft'

export type SaveOptions = {
  /**
   * Act as this user, with access control (for an import started from the admin). Without it the
   * import runs as the system — the CLI — and overrides access.
   */
  user?: TypedUser
  /** Called before each step; the CLI shows progress with it. An error thrown here aborts the file. */
  onStep?: (step: ImportStep) => void | Promise<void>
  /** Replace the content of a previous import even when it is in review or published. */
  force?: boolean
}

export type SaveResult = {
  collection: TargetCollection
  id: ID
  action: 'created' | 'updated'
  workers: { id: ID; name: string; action: 'created' | 'matched' }[]
  honorsCreated: string[]
  organization: ID | null
  /** The file's photos in the media library: uploaded now, or the same photo found there. */
  photos: { file: string; id: ID; action: 'created' | 'matched' }[]
  /** Photos of the file not imported (by the format's limits, or refused by the media pipeline). */
  photosLeftOut: LeftOutImage[]
  /** Things an editor should know about the draft (English, for the CLI log). */
  notes: Warning[]
}

type Created = { collection: CollectionSlug; id: ID }

const fieldNames = (payload: Payload, slug: CollectionSlug): Set<string> =>
  new Set(payload.collections[slug]!.config.flattenedFields.map((f) => f.name))

/** The draft a previous import of the same text made, in either collection. */
async function findPrevious(
  payload: Payload,
  piece: ParsedPiece,
  req: PayloadRequest,
  access: { overrideAccess: boolean },
): Promise<{ collection: TargetCollection; doc: Record<string, unknown> } | null> {
  for (const collection of [piece.collection, piece.collection === ARTICLES ? YEARLY_REVIEWS : ARTICLES] as TargetCollection[]) {
    const fields = fieldNames(payload, collection)
    // Without the hash field (older schema), the same title and subtitle stand in for it.
    const where: Where = fields.has('importHash')
      ? { importHash: { equals: piece.hash } }
      : { and: [{ title: { equals: piece.title } }, piece.subtitle ? { subtitle: { equals: piece.subtitle } } : { subtitle: { exists: false } }] }
    const { docs } = await payload.find({ collection, where, draft: true, limit: 1, depth: 0, pagination: false, req, ...access })
    if (docs[0]) return { collection, doc: docs[0] as unknown as Record<string, unknown> }
  }
  return null
}

const sameText = (a: unknown, b: string | null) => ((a as string | null | undefined) ?? '').trim() === (b ?? '').trim()

/** The status of a refusal by the media pipeline or a validation (4xx), else undefined. */
const refusalStatus = (err: unknown): number | undefined => {
  const status = (err as { status?: number } | null)?.status
  return typeof status === 'number' && status >= 400 && status < 500 && !(err instanceof Forbidden) ? status : undefined
}

/**
 * One photo of the file into the media library through its upload pipeline (type check, metadata
 * removed, sizes), or the library's copy of the same file when there is one the user may see.
 * Each upload gets a request of its own: the pipeline keeps per-upload state in `req.context`.
 */
async function savePhoto(payload: Payload, image: PlacedImage, options: SaveOptions): Promise<{ id: ID; action: 'created' | 'matched' }> {
  const hash = createHash('sha256').update(image.data).digest('hex')
  const photoReq = await createLocalReq({ context: { importing: true }, user: options.user }, payload)
  for (const doc of await findBySourceHash(payload, hash)) {
    if (!options.user) return { id: doc.id, action: 'matched' }
    const visible = await payload.findByID({ collection: MEDIA, id: doc.id, depth: 0, req: photoReq, overrideAccess: false, disableErrors: true })
    if (visible) return { id: doc.id, action: 'matched' }
  }
  const doc = await payload.create({
    collection: MEDIA,
    data: { ...(image.caption ? { caption: image.caption } : {}), ...(image.credit ? { credit: image.credit } : {}) },
    file: { data: image.data, mimetype: image.mimetype, name: image.file, size: image.data.length },
    req: photoReq,
    overrideAccess: !options.user,
  })
  return { id: doc.id, action: 'created' }
}

/** Editors' work in review is not overwritten by a re-import unless asked to. */
function refuseInReview(previous: Awaited<ReturnType<typeof findPrevious>>, options: SaveOptions): void {
  const stage = previous?.doc.reviewStage as string | undefined
  if (previous && !options.force && (previous.doc._status === 'published' || (stage && stage !== 'draft' && stage !== 'returned'))) {
    throw new ImportError('IN_REVIEW', `${previous.collection} #${String(previous.doc.id)} (${stage ?? previous.doc._status})`)
  }
}

/**
 * Save one parsed piece as a draft. Throws `ImportError('SAVE_FAILED')` after undoing the file's
 * writes when any write fails.
 */
export async function saveDraft(
  payload: Payload,
  piece: ParsedPiece & Partial<Pick<ImportedPiece, 'images' | 'leftOut'>>,
  options: SaveOptions = {},
): Promise<SaveResult> {
  // The CLI runs as the system (no user) and overrides access; an admin-started import passes its
  // user and goes through access control like any request.
  const access = { overrideAccess: !options.user }
  const step = async (name: ImportStep) => options.onStep?.(name)

  // The file's photos (Word, saved pages) go in first, outside the transaction: the pipeline writes
  // files, which no rollback takes back, so photos uploaded here are deleted again (like the writes
  // of an adapter without transactions) when anything later fails. A photo the pipeline refuses is
  // left out and named; any other failure aborts the file.
  const images = piece.images ?? []
  const photos: SaveResult['photos'] = []
  const photosLeftOut: LeftOutImage[] = [...(piece.leftOut ?? [])]
  const placed: NonNullable<DocumentContext['photos']> = []
  const uploaded: Created[] = []
  if (images.length > 0) {
    // No uploads for a draft the import will not touch.
    const readReq = await createLocalReq({ context: { importing: true }, user: options.user }, payload)
    refuseInReview(await findPrevious(payload, piece, readReq, access), options)
    await step('photos')
    try {
      for (const image of images) {
        try {
          const saved = await savePhoto(payload, image, options)
          if (saved.action === 'created') uploaded.push({ collection: MEDIA, id: saved.id })
          photos.push({ file: image.file, ...saved })
          placed.push({ block: image.block, id: saved.id, caption: image.caption, credit: image.credit })
        } catch (err) {
          if (refusalStatus(err) === undefined) throw err
          const message = err instanceof Error ? err.message : String(err)
          photosLeftOut.push({ file: image.file, reason: `refused by the media library: ${message}`, reasonZh: `图片库拒收：${message}` })
        }
      }
    } catch (err) {
      await undo(payload, uploaded, readReq)
      throw new ImportError('SAVE_FAILED', err instanceof Error ? err.message : String(err), { cause: err })
    }
  }

  const req = await createLocalReq({ context: { importing: true }, user: options.user }, payload)
  const inTransaction = await initTransaction(req)
  const created: Created[] = []

  try {
    const previous = await findPrevious(payload, piece, req, access)
    const collection = previous?.collection ?? piece.collection
    refuseInReview(previous, options)

    // Honours named for the workers, created in the catalog when missing.
    await step('honors')
    const honorIds = new Map<string, ID>()
    const honorsCreated: string[] = []
    const honorsRefused: string[] = []
    for (const name of new Set(piece.workers.flatMap((w) => w.honors))) {
      const { docs } = await payload.find({ collection: HONORS, where: { name: { equals: name } }, limit: 1, depth: 0, pagination: false, req, ...access })
      if (docs[0]) {
        honorIds.set(name, docs[0].id)
        continue
      }
      try {
        const honor = await payload.create({
          collection: HONORS,
          data: { name, level: guessHonorLevel(name), recipientType: guessRecipientType(name) },
          req,
          ...access,
        })
        created.push({ collection: HONORS, id: honor.id })
        honorsCreated.push(name)
        honorIds.set(name, honor.id)
      } catch (err) {
        // A reporter importing from the admin may not add to the catalog: the worker keeps the
        // other honours and the editor is told.
        if (!(err instanceof Forbidden)) throw err
        honorsRefused.push(name)
      }
    }

    // Model workers: matched by name and employer, created as drafts otherwise.
    await step('workers')
    const workers: SaveResult['workers'] = []
    const workerIds: ID[] = []
    for (const w of piece.workers) {
      const { docs } = await payload.find({
        collection: MODEL_WORKERS,
        where: { name: { equals: w.name } },
        draft: true,
        limit: 20,
        depth: 0,
        pagination: false,
        req,
        ...access,
      })
      const match =
        docs.find((d) => sameText(d.employer, w.employer)) ?? (docs.length === 1 && (!w.employer || !docs[0]!.employer) ? docs[0] : undefined)
      if (match) {
        workers.push({ id: match.id, name: w.name, action: 'matched' })
        workerIds.push(match.id)
        continue
      }
      const doc = await payload.create({
        collection: MODEL_WORKERS,
        data: {
          name: w.name,
          kind: w.kind === 'collective' || looksCollective(w.name) ? 'collective' : 'individual',
          employer: w.employer ?? undefined,
          position: w.position ?? undefined,
          // Ids are numbers on SQLite (what payload-types.ts was generated for), strings on MongoDB.
          honors: w.honors.filter((h) => honorIds.has(h)).map((h) => ({ honor: honorIds.get(h)! as number })),
          publicationConsent: false,
          _status: 'draft',
        },
        draft: true,
        req,
        ...access,
      })
      created.push({ collection: MODEL_WORKERS, id: doc.id })
      workers.push({ id: doc.id, name: w.name, action: 'created' })
      workerIds.push(doc.id)
    }

    // The organisation the piece is about, when the catalog has it (never created here).
    let organization: ID | null = null
    for (const name of piece.organizations) {
      const { docs } = await payload.find({
        collection: ORGANIZATIONS,
        where: { or: [{ name: { equals: name } }, { shortName: { equals: name } }] },
        limit: 1,
        depth: 0,
        pagination: false,
        req,
        ...access,
      })
      if (docs[0]) {
        organization = docs[0].id
        break
      }
    }

    const notes: Warning[] = []
    if (organization === null && piece.organizations.length > 0 && fieldNames(payload, collection).has('organization')) {
      notes.push(WARN.organisationUnknown({ names: piece.organizations.map((o) => `「${o}」`).join(' / ') }))
    }
    if (honorsCreated.length > 0) notes.push(WARN.honoursCreated({ names: honorsCreated.map((h) => `「${h}」`).join(' ') }))
    const withoutAlt = photos.filter((p) => p.action === 'created').length
    if (withoutAlt > 0) notes.push(WARN.photosWithoutAlt({ count: withoutAlt }))
    if (honorsRefused.length > 0) notes.push(WARN.honoursRefused({ names: honorsRefused.map((h) => `「${h}」`).join(' ') }))

    await step('draft')
    const fields = fieldNames(payload, collection)
    const data = toDocument(piece, collection, { fields, workerIds, organization, photos: placed })
    let id: ID
    let action: SaveResult['action']
    if (previous) {
      // Keep what editors added: an organisation picked by hand, more related workers.
      if (previous.doc.organization) delete data.organization
      const before = (previous.doc.relatedWorkers as ID[] | undefined) ?? []
      if (Array.isArray(data.relatedWorkers) || before.length > 0) {
        data.relatedWorkers = [...new Set([...before, ...((data.relatedWorkers as ID[] | undefined) ?? [])])]
      }
      const doc = await payload.update({ collection, id: previous.doc.id as ID, data, draft: true, depth: 0, req, ...access })
      id = doc.id
      action = 'updated'
    } else {
      const doc = await payload.create({ collection, data: data as never, draft: true, depth: 0, req, ...access })
      created.push({ collection, id: doc.id })
      id = doc.id
      action = 'created'
    }

    if (inTransaction) await commitTransaction(req)
    return { collection, id, action, workers, honorsCreated, organization, photos, photosLeftOut, notes }
  } catch (err) {
    if (inTransaction) await killTransaction(req)
    else await undo(payload, created, req)
    if (uploaded.length > 0) await undo(payload, uploaded, await createLocalReq({ context: { importing: true } }, payload))
    if (err instanceof ImportError) throw err
    throw new ImportError('SAVE_FAILED', err instanceof Error ? err.message : String(err), { cause: err })
  }
}

/** Delete what this file created, newest first; keep going if one delete fails. */
async function undo(payload: Payload, created: Created[], req: PayloadRequest): Promise<void> {
  for (const { collection, id } of [...created].reverse()) {
    try {
      await payload.delete({ collection, id, req, overrideAccess: true })
    } catch (err) {
      payload.logger.error({ err, msg: `import clean-up: could not delete ${collection} ${id}` })
    }
  }
}
