import type { Field } from 'payload'

import { PUBLISHABLE } from '../../collections/slugs'

/** Set on `req.context` by the 改编采用 action (service.ts): the only save that may write `adaptedFrom`. */
export const ADAPT_ACTION = 'federationAdaptAction'

/**
 * 改编采用 (issue 17): the piece of a unit below this copy was adapted from. The copy is the upper
 * unit's own piece and goes through its review chain; the link stays, so the site can name the
 * source and the original's log and the copy's log point at each other. Written once, by the
 * adopt-edited action (src/federation/service.ts); no form or request sets or changes it.
 */
export const adaptedFromField = (): Field => ({
  name: 'adaptedFrom',
  type: 'relationship',
  relationTo: [...PUBLISHABLE],
  label: { zh: '改编自（来稿原稿）', en: 'Adapted from' },
  index: true,
  access: {
    create: ({ req }) => req.context[ADAPT_ACTION] === true,
    update: () => false,
  },
  admin: {
    position: 'sidebar',
    readOnly: true,
    condition: (data) => Boolean(data?.adaptedFrom),
    description: { zh: '本稿由下级单位报送的来稿改编而来（改编采用），原稿不受影响。', en: 'Adapted from a piece a unit below submitted.' },
  },
})
