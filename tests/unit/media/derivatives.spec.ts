// Where each derivative size is cut from a photo (src/media/derivatives.ts): the largest region of
// the size's shape, centred on the focal point as far as the edges allow, never enlarged.
import { describe, expect, it } from 'vitest'

import { fallbackFilename, IMAGE_SIZES, planSize, sizeFilename } from '../../../src/media/derivatives'

const thumbnail = { name: 'thumbnail', width: 320, height: 240 }
const feature = { name: 'feature', width: 1024 }

describe('planSize', () => {
  it('keeps the sizes and names the public site uses', () => {
    expect(IMAGE_SIZES.map((s) => s.name)).toEqual(['thumbnail', 'card', 'feature', 'hero', 'social'])
    expect(IMAGE_SIZES.find((s) => s.name === 'social')).toEqual({ name: 'social', width: 1200, height: 630 })
  })

  it('cuts the centre of a wide photo for a 4:3 size by default', () => {
    expect(planSize(thumbnail, 2400, 1200)).toEqual({ name: 'thumbnail', crop: { left: 400, top: 0, width: 1600, height: 1200 }, width: 320, height: 240 })
  })

  it('moves the cut towards the focal point and stops at the edges', () => {
    expect(planSize(thumbnail, 2400, 1200, { x: 25, y: 50 }).crop.left).toBe(0)
    expect(planSize(thumbnail, 2400, 1200, { x: 60, y: 50 }).crop.left).toBeCloseTo(640)
    expect(planSize(thumbnail, 2400, 1200, { x: 100, y: 0 }).crop).toEqual({ left: 800, top: 0, width: 1600, height: 1200 })
  })

  it('moves a cut vertically in a tall photo', () => {
    const plan = planSize({ name: 'social', width: 1200, height: 630 }, 1200, 2400, { x: 50, y: 10 })
    expect(plan.crop).toEqual({ left: 0, top: 0, width: 1200, height: 630 })
    expect(planSize({ name: 'social', width: 1200, height: 630 }, 1200, 2400, { x: 50, y: 90 }).crop.top).toBe(2400 - 630)
  })

  it('keeps the photo’s own shape for a size without a height', () => {
    expect(planSize(feature, 2000, 1200)).toMatchObject({ width: 1024, height: 614 })
    expect(planSize(feature, 600, 900)).toMatchObject({ width: 600, height: 900 })
  })

  it('never enlarges a small photo, but still gives each size its shape', () => {
    expect(planSize({ name: 'hero', width: 1920, height: 1080 }, 400, 300)).toMatchObject({ width: 400, height: 225 })
    expect(planSize(thumbnail, 400, 300)).toMatchObject({ width: 320, height: 240 })
  })

  it('treats a focal point outside 0–100 or missing as the nearest edge or the centre', () => {
    expect(planSize(thumbnail, 2400, 1200, { x: -40, y: 50 }).crop.left).toBe(0)
    expect(planSize(thumbnail, 2400, 1200, { x: Number.NaN, y: 50 }).crop.left).toBe(400)
  })
})

describe('file names', () => {
  it('names sizes like Payload does, with the JPEG fallback beside the WebP', () => {
    expect(sizeFilename('photo-3f2a9c1be07d', 320, 240, 'webp')).toBe('photo-3f2a9c1be07d-320x240.webp')
    expect(fallbackFilename('photo-3f2a9c1be07d-320x240.webp')).toBe('photo-3f2a9c1be07d-320x240.jpg')
  })
})
