// Site search with Pagefind's index (built with Chinese segmentation). Reads ?q= so results have
// a shareable URL and the form works as a plain GET form.
const input = document.getElementById('q')
const results = document.getElementById('search-results')
const params = new URLSearchParams(location.search)
let pagefind

async function run(query) {
  if (!query.trim()) {
    results.textContent = ''
    return
  }
  pagefind = pagefind || (await import('/pagefind/pagefind.js'))
  const search = await pagefind.search(query)
  const data = await Promise.all(search.results.slice(0, 10).map((r) => r.data()))
  results.textContent = ''
  const summary = document.createElement('p')
  summary.textContent = data.length ? `找到 ${search.results.length} 个结果` : `没有找到与“${query}”相关的内容，请换个关键词试试。`
  results.appendChild(summary)
  const list = document.createElement('ol')
  for (const item of data) {
    const li = document.createElement('li')
    const a = document.createElement('a')
    a.href = item.url
    a.textContent = item.meta && item.meta.title ? item.meta.title : item.url
    const p = document.createElement('p')
    // Pagefind's excerpt is our own page text, escaped, with <mark> around the match.
    p.innerHTML = item.excerpt
    li.append(a, p)
    list.appendChild(li)
  }
  results.appendChild(list)
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
