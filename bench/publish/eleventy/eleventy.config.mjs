// Eleventy configuration of the publish benchmark: Nunjucks templates rendering the exported
// content (bench/publish/export.ts) into pages equivalent to the publisher's.
const BOLD = 1, ITALIC = 2, STRIKE = 4, UNDERLINE = 8, CODE = 16, SUB = 32, SUP = 64
const escapeHTML = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c])

export default function (eleventyConfig) {
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false })
  // A Lexical text node with its format bits (bit tests are not expressible in Nunjucks).
  eleventyConfig.addFilter('textleaf', (node) => {
    let out = escapeHTML(node.text ?? '')
    const f = typeof node.format === 'number' ? node.format : 0
    if (f & CODE) out = `<code>${out}</code>`
    if (f & BOLD) out = `<strong>${out}</strong>`
    if (f & ITALIC) out = `<em>${out}</em>`
    if (f & STRIKE) out = `<s>${out}</s>`
    if (f & UNDERLINE) out = `<u>${out}</u>`
    if (f & SUB) out = `<sub>${out}</sub>`
    if (f & SUP) out = `<sup>${out}</sup>`
    return out
  })
  // JSON for a <script> element ("<" escaped).
  eleventyConfig.addFilter('jsonld', (value) => JSON.stringify(value).replace(/</g, '\\u003c'))
  eleventyConfig.setQuietMode(true)
  return {
    dir: { includes: '_includes', data: '_data' },
    templateFormats: ['njk'],
    htmlTemplateEngine: 'njk',
  }
}
