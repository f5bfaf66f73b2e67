/**
 * The `sizes` field of the media collection. Payload adds the same group itself when
 * `upload.imageSizes` is set; the project renders the sizes with its own single-decode engine
 * (`derivatives.ts`) instead of Payload's one-decode-per-size resizer, so the group is declared
 * here with the same columns Payload would create (url, width, height, mimeType, filesize,
 * filename), plus a computed `fallbackURL` for the JPEG beside each WebP file (not stored).
 */
import type { Field, FieldHook, PayloadRequest } from 'payload'
import { formatAdminURL } from 'payload/shared'

import type { Media } from '../../payload-types'
import { fallbackFilename, IMAGE_SIZES, type SizeName } from './derivatives'
import { mediaPublicBase } from './s3Settings'

/** A hook on one of a size's fields: the document is a media document, the value a URL. */
type SizeURLHook = FieldHook<Media, string | null | undefined>

function fileURL(req: PayloadRequest, slug: string, filename: string | null | undefined, relative: boolean): string | null {
  if (!filename) return null
  // Files the object store serves readers itself (MEDIA_S3_PUBLIC_URL) are linked there, as the original is (storage.ts).
  const publicBase = relative ? null : mediaPublicBase()
  if (publicBase) return `${publicBase}/${encodeURIComponent(filename)}`
  const { config } = req.payload
  return formatAdminURL({ apiRoute: config.routes?.api || '', path: `/${slug}/file/${encodeURIComponent(filename)}`, relative, serverURL: config.serverURL })
}

const storedFilename = (name: SizeName, data: Partial<Media> | undefined, originalDoc: Media | undefined): string | null | undefined =>
  data?.sizes?.[name]?.filename ?? originalDoc?.sizes?.[name]?.filename

const hidden = { hidden: true, readOnly: true, disableListColumn: true, disableListFilter: true, disableGroupBy: true }

function sizeGroup(name: SizeName, slug: string): Field {
  const urlHook =
    (relative: boolean): SizeURLHook =>
    ({ data, originalDoc, req, value }) => {
      // A URL set by a storage adapter (S3 and the like) is kept as it is.
      if (typeof value === 'string' && value && !value.startsWith('/') && !value.startsWith(req.payload.config.serverURL || '/')) return value
      return fileURL(req, slug, storedFilename(name, data, originalDoc), relative)
    }
  return {
    name,
    type: 'group',
    label: name,
    admin: { hidden: true },
    fields: [
      { name: 'url', type: 'text', label: 'URL', admin: hidden, hooks: { afterRead: [urlHook(false)], beforeChange: [urlHook(true)] } },
      { name: 'width', type: 'number', admin: hidden },
      { name: 'height', type: 'number', admin: hidden },
      { name: 'mimeType', type: 'text', label: 'MIME Type', admin: hidden },
      { name: 'filesize', type: 'number', admin: hidden },
      { name: 'filename', type: 'text', index: true, admin: hidden },
      {
        name: 'fallbackURL',
        type: 'text',
        virtual: true,
        label: { zh: 'JPEG 备用图地址', en: 'JPEG fallback URL' },
        admin: hidden,
        hooks: {
          afterRead: [
            (({ data, originalDoc, req }) => {
              const webp = storedFilename(name, data, originalDoc)
              return webp ? fileURL(req, slug, fallbackFilename(webp), false) : null
            }) satisfies SizeURLHook,
          ],
        },
      },
    ],
  }
}

/** `sizes.<name>` for every derivative size: `{ url, width, height, mimeType, filesize, filename, fallbackURL }`. */
export function sizesField(slug: string): Field {
  return {
    name: 'sizes',
    type: 'group',
    label: { zh: '派生尺寸', en: 'Sizes' },
    admin: { hidden: true },
    fields: IMAGE_SIZES.map(({ name }) => sizeGroup(name, slug)),
  }
}
