// Model-worker directory filters: the lists work without JavaScript; this hides entries that do
// not match the chosen honour, region and trade, and hides groups left empty.
(function () {
  var form = document.querySelector('[data-filters]')
  if (!form) return
  form.hidden = false
  var items = Array.prototype.slice.call(document.querySelectorAll('.worker-list li'))
  var count = form.querySelector('[data-count]')
  function apply() {
    var honor = form.elements.honor.value, region = form.elements.region.value, trade = form.elements.trade.value
    var shown = 0
    items.forEach(function (li) {
      var ok = (!honor || (li.getAttribute('data-honor') || '').split('|').indexOf(honor) >= 0) &&
        (!region || li.getAttribute('data-region') === region) &&
        (!trade || li.getAttribute('data-trade') === trade)
      li.hidden = !ok
      if (ok) shown++
    })
    document.querySelectorAll('[data-group]').forEach(function (g) {
      g.hidden = !g.querySelector('.worker-list li:not([hidden])')
    })
    count.textContent = '共 ' + shown + ' 位'
  }
  form.addEventListener('change', apply)
  apply()
})()
