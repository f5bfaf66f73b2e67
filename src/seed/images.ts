/**
 * Demo pictures, drawn locally: each is an SVG composition of gradients and shapes (no text, so
 * no fonts are needed) rendered to JPEG with sharp. Nothing is downloaded. The same name always
 * gives the same picture (a seeded random generator places the details).
 */
import sharp from 'sharp'
import { seededRandom } from '../lib/random'

export const WIDTH = 1600
export const HEIGHT = 1067

export type Scene =
  | { kind: 'welding' }
  | { kind: 'port' }
  | { kind: 'metro' }
  | { kind: 'ceremony' }
  | { kind: 'training' }
  | { kind: 'station' }
  | { kind: 'machining' }
  | { kind: 'factory' }
  | { kind: 'farm' }
  | { kind: 'summer' }
  | { kind: 'hospital' }
  | { kind: 'chart'; hue: number; rising: number[] }
  | { kind: 'poster'; hue: number }
  | { kind: 'portrait'; background: [string, string]; uniform: string; helmet?: string; hair?: 'short' | 'long' | 'bun'; cap?: boolean }
  | { kind: 'team'; uniform: string; helmet: string }

type Rand = () => number

function random(seed: string): Rand {
  let h = 1779033703 ^ seed.length
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353)
    h = (h << 13) | (h >>> 19)
  }
  return seededRandom(h)
}

const between = (r: Rand, lo: number, hi: number) => lo + r() * (hi - lo)
const pick = <T,>(r: Rand, items: readonly T[]): T => items[Math.floor(r() * items.length)]
const f = (n: number) => n.toFixed(1)

function linear(id: string, stops: [string, string][] | string[], vertical = true): string {
  const list = (stops as (string | [string, string])[]).map((s, i, all) =>
    Array.isArray(s) ? `<stop offset="${s[0]}" stop-color="${s[1]}"/>` : `<stop offset="${(i / (all.length - 1)).toFixed(3)}" stop-color="${s}"/>`,
  )
  return `<linearGradient id="${id}" x1="0" y1="0" x2="${vertical ? 0 : 1}" y2="${vertical ? 1 : 0}">${list.join('')}</linearGradient>`
}

function radial(id: string, inner: string, outer: string, innerOpacity = 1, outerOpacity = 0): string {
  return `<radialGradient id="${id}"><stop offset="0" stop-color="${inner}" stop-opacity="${innerOpacity}"/><stop offset="1" stop-color="${outer}" stop-opacity="${outerOpacity}"/></radialGradient>`
}

/** Soft round lights, for depth. */
function bokeh(r: Rand, count: number, colors: string[], yMax = HEIGHT): string {
  let out = ''
  for (let i = 0; i < count; i++) {
    out += `<circle cx="${f(between(r, 0, WIDTH))}" cy="${f(between(r, 0, yMax))}" r="${f(between(r, 12, 70))}" fill="${pick(r, colors)}" opacity="${between(r, 0.08, 0.3).toFixed(2)}"/>`
  }
  return out
}

/** A standing figure seen from the front, feet at (x, y), `s` = scale (1 ≈ 360 px tall). */
function figure(x: number, y: number, s: number, body: string, opts: { helmet?: string; skin?: string; hair?: string; arm?: 'up' } = {}): string {
  const skin = opts.skin ?? '#e8b896'
  const hair = opts.hair ?? '#2b2522'
  const g = (d: string) => `<g transform="translate(${f(x)} ${f(y)}) scale(${s})">${d}</g>`
  const arms =
    opts.arm === 'up'
      ? `<path d="M -58 -245 L -95 -330 L -78 -338 L -40 -255 Z" fill="${body}"/><circle cx="-88" cy="-338" r="13" fill="${skin}"/>`
      : `<path d="M -62 -250 L -78 -120 L -60 -118 L -44 -240 Z" fill="${body}"/>`
  const head = opts.helmet
    ? `<path d="M -34 -300 A 34 34 0 0 1 34 -300 L 42 -296 L -42 -296 Z" fill="${opts.helmet}"/>`
    : `<path d="M -30 -300 A 30 26 0 0 1 30 -300 L 30 -292 L -30 -292 Z" fill="${hair}"/>`
  return g(
    `<rect x="-40" y="-140" width="34" height="140" rx="8" fill="#2c3440"/><rect x="6" y="-140" width="34" height="140" rx="8" fill="#2c3440"/>` +
      `<path d="M -60 -250 Q 0 -275 60 -250 L 52 -125 L -52 -125 Z" fill="${body}"/>` +
      arms +
      `<path d="M 62 -250 L 78 -120 L 60 -118 L 44 -240 Z" fill="${body}"/>` +
      `<rect x="-10" y="-272" width="20" height="20" fill="${skin}"/>` +
      `<ellipse cx="0" cy="-292" rx="28" ry="32" fill="${skin}"/>` +
      head,
  )
}

function welding(r: Rand) {
  const defs =
    radial('glow', '#fffbe6', '#ff8a00', 1, 0) + radial('floorGlow', '#ff9a2e', '#000', 0.55, 0) + linear('bg', ['#0b1426', '#1b2742', '#0d1220'])
  let sparks = ''
  const cx = 930
  const cy = 610
  for (let i = 0; i < 170; i++) {
    const a = between(r, -Math.PI * 0.95, Math.PI * 0.1)
    const d0 = between(r, 20, 90)
    const d1 = d0 + between(r, 40, 380)
    const color = pick(r, ['#ffd35c', '#ffb02e', '#fff1b8', '#ff7a1a'])
    sparks += `<line x1="${f(cx + Math.cos(a) * d0)}" y1="${f(cy + Math.sin(a) * d0)}" x2="${f(cx + Math.cos(a) * d1)}" y2="${f(cy + Math.sin(a) * d1 + d1 * d1 * 0.0012)}" stroke="${color}" stroke-width="${between(r, 1.5, 4).toFixed(1)}" stroke-linecap="round" opacity="${between(r, 0.5, 1).toFixed(2)}"/>`
  }
  const body =
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="url(#bg)"/>` +
    bokeh(r, 18, ['#3a5a9a', '#ff9a2e'], 500) +
    `<rect x="0" y="700" width="${WIDTH}" height="367" fill="#10151f"/>` +
    `<ellipse cx="${cx}" cy="760" rx="700" ry="140" fill="url(#floorGlow)"/>` +
    `<rect x="640" y="640" width="700" height="60" fill="#2e3646"/><rect x="700" y="560" width="520" height="80" fill="#3b4557"/>` +
    `<rect x="680" y="700" width="40" height="220" fill="#222936"/><rect x="1260" y="700" width="40" height="220" fill="#222936"/>` +
    figure(560, 930, 1.35, '#1f4e8c', { helmet: '#29313d', arm: undefined }) +
    `<rect x="520" y="520" width="120" height="34" rx="6" fill="#0f1a2a" opacity="0.9"/>` +
    `<path d="M 650 610 L 900 605 L 905 615 L 650 630 Z" fill="#1a1f29"/>` +
    `<circle cx="${cx}" cy="${cy}" r="260" fill="url(#glow)"/>` +
    sparks
  return { defs, body }
}

function port(r: Rand) {
  const defs = linear('sky', ['#f6c2a0', '#f7d9b5', '#a9c6e3', '#5f8fc4']) + linear('sea', ['#3d6f9e', '#1d3f66'])
  let containers = ''
  const colors = ['#c0392b', '#2e86c1', '#d4ac0d', '#1e8449', '#7d3c98', '#ca6f1e', '#5d6d7e']
  for (let row = 0; row < 4; row++) {
    for (let x = 60; x < WIDTH - 80; x += 128) {
      if (r() < 0.2) continue
      containers += `<rect x="${x + row * 6}" y="${760 - row * 46}" width="120" height="44" fill="${pick(r, colors)}" stroke="#00000033" stroke-width="2"/>`
    }
  }
  const crane = (x: number, h: number, color: string) =>
    `<g fill="none" stroke="${color}" stroke-width="14" stroke-linejoin="round">` +
    `<path d="M ${x} 820 L ${x + 30} ${820 - h} L ${x + 170} ${820 - h} L ${x + 200} 820"/>` +
    `<path d="M ${x + 30} ${820 - h * 0.55} L ${x + 170} ${820 - h * 0.55}"/>` +
    `<path d="M ${x - 260} ${820 - h + 40} L ${x + 330} ${820 - h + 40}"/>` +
    `<path d="M ${x + 100} ${820 - h - 120} L ${x - 240} ${820 - h + 40} M ${x + 100} ${820 - h - 120} L ${x + 320} ${820 - h + 40}" stroke-width="6"/>` +
    `<path d="M ${x + 100} ${820 - h + 40} L ${x + 100} ${820 - h - 120}"/>` +
    `</g><rect x="${x - 150}" y="${820 - h + 48}" width="60" height="40" fill="${color}"/><line x1="${x - 120}" y1="${820 - h + 88}" x2="${x - 120}" y2="${820 - h + 230}" stroke="#333" stroke-width="3"/>`
  let shimmer = ''
  for (let i = 0; i < 40; i++) {
    const y = between(r, 870, 1060)
    const x = between(r, 0, WIDTH)
    shimmer += `<line x1="${f(x)}" y1="${f(y)}" x2="${f(x + between(r, 40, 160))}" y2="${f(y)}" stroke="#ffe3c4" stroke-width="3" opacity="0.35"/>`
  }
  const body =
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="url(#sky)"/>` +
    `<circle cx="1250" cy="300" r="90" fill="#fff3dc" opacity="0.9"/>` +
    `<rect x="0" y="840" width="${WIDTH}" height="227" fill="url(#sea)"/>` +
    shimmer +
    `<rect x="0" y="805" width="${WIDTH}" height="40" fill="#4a4f57"/>` +
    containers +
    crane(330, 430, '#b03a2e') +
    crane(900, 470, '#1f618d') +
    crane(1380, 400, '#b03a2e') +
    `<path d="M 1020 900 L 1600 900 L 1600 990 L 1070 990 Z" fill="#263238"/><rect x="1450" y="840" width="100" height="60" fill="#eceff1"/>`
  return { defs, body }
}

function metro(r: Rand) {
  const defs = radial('tunnel', '#f4d9a6', '#0c0f14', 0.9, 1) + linear('train', ['#e9eef3', '#b9c4cf'])
  let rings = ''
  for (let i = 0; i < 9; i++) {
    const k = 1 - i * 0.1
    rings += `<rect x="${f(800 - 760 * k)}" y="${f(520 - 500 * k)}" width="${f(1520 * k)}" height="${f(1000 * k)}" rx="${f(420 * k)}" fill="none" stroke="#2a3140" stroke-width="${f(18 * k)}" opacity="0.8"/>`
    rings += `<circle cx="${f(800 - 700 * k)}" cy="${f(520 - 380 * k)}" r="${f(9 * k + 2)}" fill="#ffe8b0"/><circle cx="${f(800 + 700 * k)}" cy="${f(520 - 380 * k)}" r="${f(9 * k + 2)}" fill="#ffe8b0"/>`
  }
  const body =
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="url(#tunnel)"/>` +
    rings +
    `<path d="M 420 1067 L 760 560 L 840 560 L 1180 1067 Z" fill="#1b1f27"/>` +
    `<path d="M 560 1067 L 785 560 L 795 560 L 640 1067 Z M 960 1067 L 805 560 L 815 560 L 1040 1067 Z" fill="#9aa4b1"/>` +
    `<rect x="560" y="330" width="480" height="420" rx="70" fill="url(#train)"/>` +
    `<rect x="600" y="370" width="400" height="170" rx="30" fill="#1e2a38"/>` +
    `<rect x="560" y="580" width="480" height="26" fill="#c0392b"/>` +
    `<circle cx="640" cy="680" r="26" fill="#fff7d6"/><circle cx="960" cy="680" r="26" fill="#fff7d6"/>` +
    `<rect x="760" y="640" width="80" height="60" rx="10" fill="#6b7785"/>` +
    `<ellipse cx="800" cy="455" rx="40" ry="46" fill="#e8b896" opacity="0.85"/><path d="M 740 540 Q 800 480 860 540 Z" fill="#2f4f7f"/>` +
    `<path d="M 758 430 A 42 30 0 0 1 842 430 L 850 436 L 750 436 Z" fill="#1f3b66"/>` +
    bokeh(r, 10, ['#ffe8b0'], 300)
  return { defs, body }
}

function ceremony(r: Rand) {
  const defs = linear('wall', ['#7b0d0d', '#b3191e', '#8c1010']) + linear('stage', ['#3a1010', '#1a0707']) + linear('beam', [['0', '#fff6d8'], ['1', '#fff6d800']])
  let arcs = ''
  for (let i = 0; i < 7; i++) arcs += `<circle cx="800" cy="-200" r="${500 + i * 90}" fill="none" stroke="#f4c542" stroke-width="6" opacity="${(0.35 - i * 0.04).toFixed(2)}"/>`
  let people = ''
  const suits = ['#1e2b3c', '#27364a', '#1b2432', '#3b2f2f']
  for (let i = 0; i < 9; i++) {
    const x = 260 + i * 135
    people += figure(x, 790, 0.72, pick(r, suits), { hair: '#1d1917' })
    people += `<rect x="${x - 34}" y="${790 - 0.72 * 215}" width="68" height="48" fill="#d81e1e" stroke="#f4c542" stroke-width="4"/>`
    people += `<circle cx="${x}" cy="${790 - 0.72 * 235}" r="14" fill="#e02424"/>`
  }
  let audience = ''
  for (let row = 0; row < 3; row++)
    for (let x = 20; x < WIDTH; x += 70) audience += `<ellipse cx="${x + (row % 2) * 35}" cy="${930 + row * 55}" rx="28" ry="34" fill="#120606" opacity="0.95"/>`
  const body =
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="url(#wall)"/>` +
    arcs +
    `<rect x="200" y="120" width="1200" height="130" fill="#c2171d" stroke="#f4c542" stroke-width="6"/>` +
    `<path d="M 300 0 L 420 0 L 700 820 L 420 820 Z" fill="url(#beam)" opacity="0.25"/><path d="M 1300 0 L 1180 0 L 900 820 L 1180 820 Z" fill="url(#beam)" opacity="0.25"/>` +
    `<rect x="0" y="790" width="${WIDTH}" height="277" fill="url(#stage)"/>` +
    people +
    bokeh(r, 20, ['#f4c542', '#ffffff'], 400) +
    audience
  return { defs, body }
}

function training(r: Rand) {
  const defs = linear('wall', ['#eef3f8', '#d9e3ee']) + linear('floor', ['#c9b89a', '#a8946f'])
  let desks = ''
  for (let row = 0; row < 4; row++) {
    const y = 560 + row * 120
    const w = 1000 + row * 160
    desks += `<path d="M ${800 - w / 2} ${y} L ${800 + w / 2} ${y} L ${800 + w / 2 + 30} ${y + 40} L ${800 - w / 2 - 30} ${y + 40} Z" fill="#f7f7f2" stroke="#b0a58f"/>`
    const n = 5 + row
    for (let i = 0; i < n; i++) {
      const x = 800 - w / 2 + (w / n) * (i + 0.5)
      const s = 0.45 + row * 0.08
      desks += `<ellipse cx="${f(x)}" cy="${f(y - 60 * s)}" rx="${f(26 * s)}" ry="${f(30 * s)}" fill="${pick(r, ['#2b2522', '#3b2f2a', '#1d1917'])}"/>`
      desks += `<path d="M ${f(x - 60 * s)} ${y} Q ${f(x)} ${f(y - 70 * s)} ${f(x + 60 * s)} ${y} Z" fill="${pick(r, ['#2e86c1', '#1f618d', '#e67e22', '#566573'])}"/>`
    }
  }
  const body =
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="url(#wall)"/>` +
    `<rect x="0" y="520" width="${WIDTH}" height="547" fill="url(#floor)"/>` +
    `<rect x="460" y="110" width="680" height="360" rx="8" fill="#1b4f72"/><rect x="490" y="140" width="620" height="300" fill="#2e86c1"/>` +
    `<path d="M 560 380 L 700 280 L 820 330 L 1040 200" stroke="#f9e79f" stroke-width="12" fill="none" stroke-linecap="round"/>` +
    `<g fill="#f9e79f">${[560, 700, 820, 1040].map((x, i) => `<circle cx="${x}" cy="${[380, 280, 330, 200][i]}" r="14"/>`).join('')}</g>` +
    figure(1260, 600, 0.8, '#c0392b', { hair: '#2b2522', arm: 'up' }) +
    desks
  return { defs, body }
}

function station(r: Rand) {
  const defs = linear('sky', ['#8fd3f4', '#d6f0fb']) + linear('road', ['#6d7175', '#4b4f53'])
  let trees = ''
  for (let i = 0; i < 6; i++) {
    const x = between(r, 40, 1560)
    if (x > 420 && x < 1100) continue
    trees += `<rect x="${f(x - 10)}" y="560" width="20" height="180" fill="#6e4b2a"/><circle cx="${f(x)}" cy="540" r="${f(between(r, 70, 110))}" fill="${pick(r, ['#2e8b57', '#3aa36a', '#24754a'])}"/>`
  }
  const body =
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="url(#sky)"/>` +
    `<circle cx="1380" cy="170" r="80" fill="#fff6c9"/>` +
    trees +
    `<rect x="0" y="740" width="${WIDTH}" height="327" fill="url(#road)"/>` +
    `<rect x="0" y="730" width="${WIDTH}" height="30" fill="#b9bdc1"/>` +
    `<g stroke="#f4f4f4" stroke-width="10">${[0, 260, 520, 780, 1040, 1300].map((x) => `<line x1="${x + 40}" y1="930" x2="${x + 180}" y2="930"/>`).join('')}</g>` +
    `<rect x="460" y="420" width="640" height="320" fill="#fdf2e0"/>` +
    `<path d="M 430 430 L 780 300 L 1130 430 Z" fill="#e2572b"/>` +
    `<rect x="520" y="500" width="200" height="240" fill="#8d6e63"/><rect x="780" y="500" width="260" height="150" fill="#aed6f1" stroke="#fff" stroke-width="8"/>` +
    `<path d="M 780 340 C 760 320 730 330 740 360 L 780 395 L 820 360 C 830 330 800 320 780 340 Z" fill="#fff"/>` +
    `<rect x="1050" y="600" width="40" height="140" fill="#5dade2"/><rect x="1046" y="580" width="48" height="24" fill="#2e86c1"/>` +
    `<rect x="200" y="690" width="180" height="14" fill="#8d6e63"/><rect x="210" y="704" width="10" height="36" fill="#5d4037"/><rect x="360" y="704" width="10" height="36" fill="#5d4037"/>` +
    `<circle cx="1240" cy="860" r="40" fill="#222" stroke="#555" stroke-width="10"/><circle cx="1440" cy="860" r="40" fill="#222" stroke="#555" stroke-width="10"/>` +
    `<path d="M 1240 860 L 1300 790 L 1420 790 L 1440 860" fill="none" stroke="#f1c40f" stroke-width="18"/><rect x="1370" y="720" width="110" height="80" rx="8" fill="#f1c40f"/>` +
    figure(1320, 800, 0.62, '#f1c40f', { helmet: '#f1c40f' }) +
    figure(900, 800, 0.78, '#1f618d', { hair: '#2b2522' })
  return { defs, body }
}

function machining(r: Rand) {
  const defs = linear('bg', ['#dfe6ec', '#b6c3cf']) + linear('machine', ['#eef2f5', '#aab7c3'])
  let chips = ''
  for (let i = 0; i < 50; i++) {
    const x = between(r, 720, 980)
    const y = between(r, 560, 700)
    chips += `<path d="M ${f(x)} ${f(y)} q 8 -10 16 0 t 16 0" stroke="${pick(r, ['#c9a227', '#9aa5b1', '#d5b35a'])}" stroke-width="3" fill="none"/>`
  }
  const body =
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="url(#bg)"/>` +
    `<rect x="0" y="820" width="${WIDTH}" height="247" fill="#7f8c8d"/>` +
    `<g stroke="#f1c40f" stroke-width="14">${[0, 400, 800, 1200].map((x) => `<line x1="${x}" y1="830" x2="${x + 300}" y2="830"/>`).join('')}</g>` +
    `<rect x="420" y="260" width="760" height="560" rx="24" fill="url(#machine)" stroke="#7b8a97" stroke-width="4"/>` +
    `<rect x="480" y="320" width="520" height="360" rx="14" fill="#2c3e50"/><rect x="500" y="340" width="480" height="320" fill="#34495e" opacity="0.6"/>` +
    `<rect x="700" y="380" width="60" height="150" fill="#95a5a6"/><path d="M 710 530 L 750 530 L 730 580 Z" fill="#bdc3c7"/>` +
    `<rect x="620" y="590" width="260" height="50" rx="25" fill="#7f8c8d"/>` +
    chips +
    `<rect x="1030" y="330" width="120" height="200" rx="10" fill="#22313f"/><rect x="1045" y="345" width="90" height="70" fill="#48c9b0"/>` +
    `${[0, 1, 2].map((i) => `<circle cx="${1060 + i * 30}" cy="460" r="10" fill="${['#e74c3c', '#f1c40f', '#2ecc71'][i]}"/>`).join('')}` +
    `<rect x="1180" y="120" width="16" height="140" fill="#7b8a97"/><circle cx="1188" cy="110" r="18" fill="#2ecc71"/>` +
    figure(1330, 830, 1.05, '#1a5276', { helmet: undefined, hair: '#1d1917' })
  return { defs, body }
}

function factory(r: Rand) {
  const defs = linear('sky', ['#2c2a5a', '#7b4a8b', '#f08a5d', '#f9c784'])
  let windows = ''
  for (let i = 0; i < 60; i++) {
    const x = between(r, 80, 1500)
    const y = between(r, 700, 880)
    windows += `<rect x="${f(x)}" y="${f(y)}" width="26" height="18" fill="#ffd27a" opacity="${between(r, 0.5, 1).toFixed(2)}"/>`
  }
  let saw = 'M 0 700'
  for (let x = 0; x <= WIDTH; x += 160) saw += ` L ${x} 700 L ${x + 120} 620 L ${x + 120} 700`
  saw += ` L ${WIDTH} 700 L ${WIDTH} ${HEIGHT} L 0 ${HEIGHT} Z`
  const body =
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="url(#sky)"/>` +
    `<circle cx="1150" cy="640" r="120" fill="#ffd59e" opacity="0.9"/>` +
    `<rect x="240" y="360" width="60" height="300" fill="#1d1b33"/><rect x="380" y="300" width="70" height="360" fill="#1d1b33"/><rect x="1320" y="420" width="50" height="240" fill="#1d1b33"/>` +
    `<ellipse cx="300" cy="320" rx="90" ry="40" fill="#c9b6d9" opacity="0.4"/><ellipse cx="440" cy="250" rx="110" ry="46" fill="#c9b6d9" opacity="0.35"/>` +
    `<path d="${saw}" fill="#1d1b33"/>` +
    windows +
    `<rect x="0" y="950" width="${WIDTH}" height="117" fill="#14122a"/>`
  return { defs, body }
}

function farm(r: Rand) {
  const defs = linear('sky', ['#7ec8e3', '#e9f6fb'])
  let rows = ''
  for (let i = 0; i < 16; i++) {
    const y = 560 + i * i * 2.2 + i * 10
    rows += `<path d="M 0 ${f(y)} Q 800 ${f(y - 30)} ${WIDTH} ${f(y)} L ${WIDTH} ${f(y + 24 + i * 2)} Q 800 ${f(y - 6 + i * 2)} 0 ${f(y + 24 + i * 2)} Z" fill="${i % 2 ? '#d9b44a' : '#c49a2c'}"/>`
  }
  let clouds = ''
  for (let i = 0; i < 5; i++) {
    const x = between(r, 100, 1500)
    const y = between(r, 80, 300)
    clouds += `<ellipse cx="${f(x)}" cy="${f(y)}" rx="120" ry="36" fill="#fff" opacity="0.85"/><ellipse cx="${f(x + 60)}" cy="${f(y - 20)}" rx="70" ry="34" fill="#fff" opacity="0.85"/>`
  }
  const body =
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="url(#sky)"/>` +
    clouds +
    `<path d="M 0 560 Q 400 480 800 540 T 1600 520 L 1600 600 L 0 600 Z" fill="#5a8f3e"/>` +
    rows +
    `<rect x="620" y="520" width="360" height="170" rx="20" fill="#2e7d32"/><rect x="860" y="430" width="150" height="140" rx="12" fill="#a5d6a7" stroke="#2e7d32" stroke-width="14"/>` +
    `<rect x="520" y="600" width="120" height="60" fill="#1b5e20"/><rect x="440" y="580" width="90" height="110" fill="#f9a825"/>` +
    `<circle cx="700" cy="720" r="70" fill="#263238" stroke="#455a64" stroke-width="14"/><circle cx="930" cy="700" r="90" fill="#263238" stroke="#455a64" stroke-width="16"/>` +
    `<circle cx="700" cy="720" r="20" fill="#f9a825"/><circle cx="930" cy="700" r="26" fill="#f9a825"/>` +
    `<ellipse cx="935" cy="492" rx="24" ry="28" fill="#e8b896"/><path d="M 905 560 Q 935 510 965 560 Z" fill="#1565c0"/>`
  return { defs, body }
}

function summer(r: Rand) {
  const defs = linear('sky', ['#ffb347', '#ffe29a', '#bfe6ff']) + radial('sun', '#fffbe0', '#ffcc33', 1, 0)
  let bottles = ''
  for (let row = 0; row < 3; row++)
    for (let i = 0; i < 9; i++)
      bottles += `<rect x="${560 + i * 34 + row * 10}" y="${690 - row * 50}" width="26" height="48" rx="6" fill="#5dade2" stroke="#2e86c1" stroke-width="2"/>`
  let rays = ''
  for (let i = 0; i < 16; i++) {
    const a = (i / 16) * Math.PI * 2
    rays += `<line x1="${f(1300 + Math.cos(a) * 130)}" y1="${f(200 + Math.sin(a) * 130)}" x2="${f(1300 + Math.cos(a) * 200)}" y2="${f(200 + Math.sin(a) * 200)}" stroke="#fff3b0" stroke-width="10" stroke-linecap="round"/>`
  }
  const body =
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="url(#sky)"/>` +
    `<circle cx="1300" cy="200" r="200" fill="url(#sun)"/><circle cx="1300" cy="200" r="100" fill="#fff3b0"/>` +
    rays +
    `<rect x="0" y="780" width="${WIDTH}" height="287" fill="#9e9e9e"/><rect x="0" y="770" width="${WIDTH}" height="20" fill="#bdbdbd"/>` +
    `<path d="M 380 360 L 800 260 L 1220 360 L 1220 400 L 380 400 Z" fill="#d32f2f"/>` +
    `<g fill="#fff">${[0, 1, 2, 3, 4, 5, 6].map((i) => `<path d="M ${380 + i * 120} 400 q 60 40 120 0 Z"/>`).join('')}</g>` +
    `<rect x="392" y="400" width="16" height="380" fill="#eeeeee"/><rect x="1192" y="400" width="16" height="380" fill="#eeeeee"/>` +
    `<rect x="520" y="740" width="420" height="40" fill="#8d6e63"/>` +
    bottles +
    `<rect x="1000" y="640" width="120" height="140" fill="#fafafa" stroke="#90a4ae" stroke-width="4"/><rect x="1020" y="660" width="80" height="30" fill="#ef5350"/>` +
    figure(470, 900, 0.8, '#ef6c00', { helmet: '#ffca28' }) +
    figure(1290, 900, 0.8, '#00897b', { helmet: '#eceff1', arm: 'up' }) +
    figure(820, 760, 0.62, '#c62828', { hair: '#2b2522' }) +
    bokeh(r, 12, ['#ffffff'], 500)
  return { defs, body }
}

function hospital(r: Rand) {
  const defs = linear('wall', ['#e8f6f3', '#cfe9e4'])
  let tiles = ''
  for (let x = 0; x < WIDTH; x += 100) tiles += `<line x1="${x}" y1="760" x2="${x - 200 + between(r, 0, 10)}" y2="1067" stroke="#b8d8d2" stroke-width="3"/>`
  const body =
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="url(#wall)"/>` +
    `<rect x="0" y="760" width="${WIDTH}" height="307" fill="#dcefeb"/>` +
    tiles +
    `<rect x="120" y="220" width="420" height="300" rx="12" fill="#ffffff" stroke="#9fd3c7" stroke-width="8"/><rect x="150" y="250" width="360" height="240" fill="#bfe3f2"/>` +
    `<rect x="1080" y="200" width="120" height="40" fill="#e53935"/><rect x="1120" y="160" width="40" height="120" fill="#e53935"/>` +
    `<rect x="820" y="540" width="560" height="120" rx="20" fill="#ffffff" stroke="#9fd3c7" stroke-width="6"/><rect x="850" y="500" width="180" height="60" rx="24" fill="#e3f2fd"/>` +
    `<rect x="860" y="660" width="20" height="110" fill="#90a4ae"/><rect x="1320" y="660" width="20" height="110" fill="#90a4ae"/>` +
    `<rect x="700" y="300" width="10" height="460" fill="#90a4ae"/><rect x="660" y="300" width="90" height="120" rx="12" fill="#bbdefb" opacity="0.9"/>` +
    figure(560, 900, 1.0, '#f8bbd0', { hair: '#2b2522' }) +
    `<path d="M ${560 - 30} ${900 - 330} L ${560 + 30} ${900 - 330} L ${560 + 22} ${900 - 305} L ${560 - 22} ${900 - 305} Z" fill="#ffffff"/>` +
    figure(1200, 900, 0.95, '#ffffff', { hair: '#3b2f2a' }) +
    `<circle cx="1200" cy="${900 - 0.95 * 220}" r="10" fill="#26a69a"/>`
  return { defs, body }
}

function chart(r: Rand, hue: number, rising: number[]) {
  const defs = linear('bg', [`hsl(${hue} 70% 38%)`, `hsl(${hue + 18} 80% 52%)`], false)
  const n = rising.length
  const max = Math.max(...rising)
  let bars = ''
  let line = ''
  rising.forEach((v, i) => {
    const x = 260 + i * (1080 / n)
    const h = (v / max) * 560
    bars += `<rect x="${f(x)}" y="${f(900 - h)}" width="${f(1080 / n - 40)}" height="${f(h)}" rx="10" fill="#ffffff" opacity="${(0.35 + (i / n) * 0.55).toFixed(2)}"/>`
    line += `${i === 0 ? 'M' : 'L'} ${f(x + (1080 / n - 40) / 2)} ${f(900 - h - 60)} `
  })
  const dots = rising
    .map((v, i) => `<circle cx="${f(260 + i * (1080 / n) + (1080 / n - 40) / 2)}" cy="${f(900 - (v / max) * 560 - 60)}" r="16" fill="#ffd54f"/>`)
    .join('')
  const body =
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="url(#bg)"/>` +
    `<circle cx="1350" cy="200" r="260" fill="#ffffff" opacity="0.08"/><circle cx="180" cy="950" r="300" fill="#000000" opacity="0.08"/>` +
    bokeh(r, 14, ['#ffffff', '#ffd54f'], 400) +
    `<line x1="220" y1="900" x2="1400" y2="900" stroke="#ffffff" stroke-width="6" opacity="0.8"/>` +
    bars +
    `<path d="${line}" stroke="#ffd54f" stroke-width="10" fill="none" stroke-linejoin="round"/>` +
    dots
  return { defs, body }
}

function poster(r: Rand, hue: number) {
  const defs = linear('bg', [`hsl(${hue} 55% 18%)`, `hsl(${hue + 30} 65% 34%)`], false) + radial('spot', '#ffffff', '#ffffff', 0.25, 0)
  let holes = ''
  for (let x = 20; x < WIDTH; x += 70) holes += `<rect x="${x}" y="30" width="40" height="28" rx="6" fill="#0d0d0d"/><rect x="${x}" y="1009" width="40" height="28" rx="6" fill="#0d0d0d"/>`
  const body =
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="url(#bg)"/>` +
    `<rect x="0" y="0" width="${WIDTH}" height="88" fill="#1a1a1a"/><rect x="0" y="979" width="${WIDTH}" height="88" fill="#1a1a1a"/>` +
    holes +
    bokeh(r, 24, [`hsl(${hue + 40} 90% 70%)`, '#ffffff'], HEIGHT) +
    `<circle cx="800" cy="533" r="330" fill="url(#spot)"/>` +
    figure(430, 900, 1.1, `hsl(${hue + 190} 50% 35%)`, { helmet: '#f5b041' }) +
    `<circle cx="800" cy="533" r="150" fill="#ffffff" opacity="0.92"/><path d="M 760 460 L 760 606 L 880 533 Z" fill="hsl(${hue} 55% 25%)"/>`
  return { defs, body }
}

function portrait(r: Rand, scene: Extract<Scene, { kind: 'portrait' }>) {
  const defs = radial('bg', scene.background[0], scene.background[1], 1, 1) + linear('shade', [['0', '#00000000'], ['1', '#00000055']])
  const skin = pick(r, ['#e8b896', '#dba883', '#eec3a3'])
  const hairColor = '#1f1a17'
  const hair =
    scene.hair === 'long'
      ? `<path d="M 660 330 Q 800 190 940 330 L 960 620 L 900 620 L 880 400 L 720 400 L 700 620 L 640 620 Z" fill="${hairColor}"/>`
      : scene.hair === 'bun'
        ? `<circle cx="800" cy="235" r="46" fill="${hairColor}"/><path d="M 680 360 Q 800 220 920 360 Q 800 300 680 360 Z" fill="${hairColor}"/>`
        : `<path d="M 680 370 Q 690 250 800 250 Q 910 250 920 370 Q 860 310 800 318 Q 730 318 680 370 Z" fill="${hairColor}"/>`
  const helmet = scene.helmet
    ? `<path d="M 670 340 Q 680 215 800 212 Q 920 215 930 340 Z" fill="${scene.helmet}"/><rect x="640" y="330" width="320" height="26" rx="13" fill="${scene.helmet}"/><rect x="790" y="215" width="20" height="120" fill="#ffffff" opacity="0.35"/>`
    : ''
  const cap = scene.cap ? `<path d="M 700 300 L 900 300 L 880 240 L 720 240 Z" fill="#ffffff"/><rect x="785" y="252" width="30" height="10" fill="#e53935"/><rect x="795" y="242" width="10" height="30" fill="#e53935"/>` : ''
  const body =
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="url(#bg)"/>` +
    bokeh(r, 26, ['#ffffff', scene.background[0]], HEIGHT) +
    (scene.hair === 'long' && !scene.helmet ? hair : '') +
    `<path d="M 430 1067 Q 450 720 800 680 Q 1150 720 1170 1067 Z" fill="${scene.uniform}"/>` +
    `<path d="M 740 690 L 800 800 L 860 690 Z" fill="#ffffff" opacity="0.9"/>` +
    `<path d="M 700 700 L 800 830 L 900 700 L 880 690 L 800 790 L 720 690 Z" fill="#00000033"/>` +
    `<rect x="760" y="560" width="80" height="140" fill="${skin}"/>` +
    `<ellipse cx="800" cy="430" rx="118" ry="150" fill="${skin}"/>` +
    `<ellipse cx="682" cy="440" rx="18" ry="34" fill="${skin}"/><ellipse cx="918" cy="440" rx="18" ry="34" fill="${skin}"/>` +
    `<ellipse cx="755" cy="430" rx="11" ry="8" fill="#2b2220"/><ellipse cx="845" cy="430" rx="11" ry="8" fill="#2b2220"/>` +
    `<path d="M 730 400 Q 755 390 780 400 M 820 400 Q 845 390 870 400" stroke="#3a2a22" stroke-width="6" fill="none" stroke-linecap="round"/>` +
    `<path d="M 800 445 L 792 490 L 806 492" stroke="#00000022" stroke-width="5" fill="none"/>` +
    `<path d="M 765 520 Q 800 545 835 520" stroke="#a0524a" stroke-width="7" fill="none" stroke-linecap="round"/>` +
    (scene.helmet ? helmet : scene.hair === 'long' ? `<path d="M 690 380 Q 800 250 910 380 Q 850 320 800 330 Q 740 320 690 380 Z" fill="${hairColor}"/>` : hair) +
    cap +
    `<rect x="980" y="800" width="70" height="16" rx="4" fill="#f4d03f" opacity="0.9"/>` +
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="url(#shade)"/>`
  return { defs, body }
}

function team(r: Rand, uniform: string, helmet: string) {
  const defs = linear('bg', ['#cfd8dc', '#90a4ae']) + linear('floor', ['#78909c', '#546e7a'])
  let people = ''
  for (let row = 0; row < 2; row++) {
    const n = row === 0 ? 7 : 6
    for (let i = 0; i < n; i++) {
      const x = 800 + (i - (n - 1) / 2) * (row === 0 ? 175 : 195)
      people += figure(x, row === 0 ? 760 : 1000, row === 0 ? 0.95 : 1.1, uniform, { helmet, skin: pick(r, ['#e8b896', '#dba883', '#eec3a3']) })
    }
  }
  const body =
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="url(#bg)"/>` +
    `<rect x="0" y="700" width="${WIDTH}" height="367" fill="url(#floor)"/>` +
    `<rect x="120" y="140" width="260" height="560" fill="#607d8b"/><rect x="1220" y="140" width="260" height="560" fill="#607d8b"/>` +
    `<path d="M 80 140 L 1520 140 L 1520 110 L 80 110 Z" fill="#455a64"/>` +
    `<rect x="360" y="170" width="880" height="90" fill="#c62828"/><rect x="380" y="186" width="840" height="58" fill="none" stroke="#ffd54f" stroke-width="4"/>` +
    people
  return { defs, body }
}

function compose(name: string, scene: Scene): string {
  const r = random(name)
  const parts = (() => {
    switch (scene.kind) {
      case 'welding':
        return welding(r)
      case 'port':
        return port(r)
      case 'metro':
        return metro(r)
      case 'ceremony':
        return ceremony(r)
      case 'training':
        return training(r)
      case 'station':
        return station(r)
      case 'machining':
        return machining(r)
      case 'factory':
        return factory(r)
      case 'farm':
        return farm(r)
      case 'summer':
        return summer(r)
      case 'hospital':
        return hospital(r)
      case 'chart':
        return chart(r, scene.hue, scene.rising)
      case 'poster':
        return poster(r, scene.hue)
      case 'portrait':
        return portrait(r, scene)
      case 'team':
        return team(r, scene.uniform, scene.helmet)
    }
  })()
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}"><defs>${parts.defs}</defs>${parts.body}</svg>`
}

/** The scene as an SVG document (useful for looking at one picture on its own). */
export const sceneSVG = compose

/** The scene rendered as a 1600×1067 JPEG. */
export async function renderJPEG(name: string, scene: Scene): Promise<Buffer> {
  return sharp(Buffer.from(compose(name, scene)))
    .jpeg({ quality: 80, mozjpeg: true })
    .toBuffer()
}
