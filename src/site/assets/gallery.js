// Full-screen gallery viewer: progressive enhancement of the photo links in [data-gallery].
// Keyboard: ← → to move, Esc to close; touch: swipe left/right; focus returns to the photo.
(function () {
  document.querySelectorAll('[data-gallery]').forEach(function (gallery) {
    var links = Array.prototype.slice.call(gallery.querySelectorAll('a[data-caption]'))
    if (!links.length) return
    var viewer, img, text, index = 0, opener = null, startX = null
    function show(i) {
      index = (i + links.length) % links.length
      var a = links[index]
      var thumb = a.querySelector('img')
      img.src = a.getAttribute('href')
      img.alt = thumb ? thumb.alt : ''
      var caption = a.getAttribute('data-caption') || ''
      var credit = a.getAttribute('data-credit') || ''
      text.textContent = (index + 1) + ' / ' + links.length + '　' + caption + (credit ? '（' + credit + '）' : '')
    }
    function close() {
      viewer.hidden = true
      document.removeEventListener('keydown', onKey)
      if (opener) opener.focus()
    }
    function onKey(e) {
      if (e.key === 'Escape') close()
      else if (e.key === 'ArrowRight') show(index + 1)
      else if (e.key === 'ArrowLeft') show(index - 1)
      else if (e.key === 'Tab') {
        var buttons = viewer.querySelectorAll('button')
        var first = buttons[0], last = buttons[buttons.length - 1]
        if (e.shiftKey && document.activeElement === first) { e.preventDefault(); last.focus() }
        else if (!e.shiftKey && document.activeElement === last) { e.preventDefault(); first.focus() }
      }
    }
    function button(cls, label, symbol, fn) {
      var b = document.createElement('button')
      b.type = 'button'; b.className = cls; b.setAttribute('aria-label', label); b.textContent = symbol
      b.addEventListener('click', fn)
      return b
    }
    function build() {
      viewer = document.createElement('div')
      viewer.className = 'viewer'
      viewer.setAttribute('role', 'dialog')
      viewer.setAttribute('aria-modal', 'true')
      viewer.setAttribute('aria-label', '图片浏览')
      img = document.createElement('img')
      text = document.createElement('p')
      text.setAttribute('aria-live', 'polite')
      viewer.appendChild(button('close', '关闭', '×', close))
      viewer.appendChild(button('prev', '上一张', '‹', function () { show(index - 1) }))
      viewer.appendChild(img)
      viewer.appendChild(text)
      viewer.appendChild(button('next', '下一张', '›', function () { show(index + 1) }))
      viewer.addEventListener('touchstart', function (e) { startX = e.touches[0].clientX }, { passive: true })
      viewer.addEventListener('touchend', function (e) {
        if (startX === null) return
        var dx = e.changedTouches[0].clientX - startX
        if (Math.abs(dx) > 40) show(index + (dx < 0 ? 1 : -1))
        startX = null
      })
      document.body.appendChild(viewer)
    }
    links.forEach(function (a, i) {
      a.addEventListener('click', function (e) {
        e.preventDefault()
        if (!viewer) build()
        opener = a
        viewer.hidden = false
        show(i)
        document.addEventListener('keydown', onKey)
        viewer.querySelector('.next').focus()
      })
    })
  })
})()
