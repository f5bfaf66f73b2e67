// Site search with Pagefind's index (built with Chinese segmentation). Reads ?q= so results have
// a shareable URL and the form works as a plain GET form. /pagefind/shards.json names the index
// folder (one merged index; several shards only when the publisher could not merge them: the first
// is loaded, the others merged into it).
const input = document.getElementById('q')
const results = document.getElementById('search-results')
const params = new URLSearchParams(location.search)
let pagefind
const WIDE = '[\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u3000-\\u303f\\u201c\\u201d]'
const CJK_SPACE = new RegExp(`(${WIDE})((?:</?mark>)*)[ \\u200b]+((?:</?mark>)*)(?=${WIDE})`, 'g')

async function run(query) {
  if (!query.trim()) {
    results.textContent = ''
    return
  }
  pagefind = pagefind || (await load())
  if (!pagefind) {
    results.textContent = '站内搜索暂时不可用（索引正在生成），请稍后再试。'
    return
  }
  const search = await pagefind.search(query)
  const summary = document.createElement('p')
  summary.textContent = search.results.length ? `找到 ${search.results.length} 个结果` : `没有找到与“${query}”相关的内容，请换个关键词试试。`
  const list = document.createElement('ol')
  const more = document.createElement('button')
  more.type = 'button'
  more.className = 'more-results'
  let shown = 0
  // The next PAGE results, appended to the list; focus moves to the first new one when asked.
  const showMore = async (focus) => {
    more.disabled = true
    const data = await Promise.all(search.results.slice(shown, shown + PAGE).map((r) => r.data()))
    const first = shown
    for (const item of data) list.appendChild(resultItem(item))
    shown += data.length
    if (focus) list.children[first]?.querySelector('a')?.focus()
    more.disabled = false
    more.textContent = `显示更多结果（还有 ${search.results.length - shown} 个）`
    if (shown >= search.results.length) more.remove()
  }
  more.addEventListener('click', () => showMore(true))
  // The summary and the first results appear together, once their data has arrived.
  if (search.results.length) await showMore(false)
  results.replaceChildren(summary, ...(search.results.length ? [list] : []), ...(shown < search.results.length ? [more] : []))
}

const PAGE = 10

function resultItem(item) {
  const li = document.createElement('li')
  const a = document.createElement('a')
  a.href = item.url
  a.textContent = item.meta && item.meta.title ? item.meta.title : item.url
  const p = document.createElement('p')
  // Pagefind's excerpt is our own page text, escaped, with <mark> around the match.
  // The indexer saw the text with a space between Chinese words; readers do not need them.
  p.innerHTML = item.excerpt.replace(CJK_SPACE, '$1$2$3')
  li.append(a, p)
  return li
}

async function load() {
  const response = await fetch('/pagefind/shards.json', { cache: 'no-cache' })
  if (!response.ok) return null
  const { shards } = await response.json()
  if (!shards.length) return null
  const module = await import(`/pagefind/${shards[0]}/pagefind.js`)
  await Promise.all(shards.slice(1).map((shard) => module.mergeIndex(`/pagefind/${shard}/`)))
  return module
}

if (input) {
  input.value = params.get('q') || ''
  if (input.value) run(input.value)
  input.form.addEventListener('submit', (e) => {
    e.preventDefault()
    history.replaceState(null, '', `?q=${encodeURIComponent(input.value)}`)
    run(input.value)
  })
}
