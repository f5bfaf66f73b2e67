// Video links (src/lib/videoEmbed.ts): the allow-listed platforms' share and player URLs become
// canonical player URLs; every other host, lookalike host and script scheme is refused.
import { describe, expect, it } from 'vitest'

import { checkVideoURL, parseVideoURL } from '../../src/lib/videoEmbed'

const BVID = 'BV1GJ411x7h7'
const BILIBILI = {
  platform: 'bilibili',
  id: BVID,
  embedURL: `https://player.bilibili.com/player.html?bvid=${BVID}&autoplay=0`,
  pageURL: `https://www.bilibili.com/video/${BVID}/`,
}
const TENCENT = {
  platform: 'tencent',
  id: 'k0045abcdef',
  embedURL: 'https://v.qq.com/txp/iframe/player.html?vid=k0045abcdef',
  pageURL: 'https://v.qq.com/x/page/k0045abcdef.html',
}
const YOUKU_ID = 'XNTk2MjY1NjQ4MA=='
const YOUKU = {
  platform: 'youku',
  id: YOUKU_ID,
  embedURL: `https://player.youku.com/embed/${YOUKU_ID}`,
  pageURL: `https://v.youku.com/v_show/id_${YOUKU_ID}.html`,
}

describe('parseVideoURL', () => {
  it.each([
    `https://www.bilibili.com/video/${BVID}`,
    `https://www.bilibili.com/video/${BVID}/?spm_id_from=333.1007&vd_source=abc`,
    `http://www.bilibili.com/video/${BVID}`,
    `https://m.bilibili.com/video/${BVID}`,
    `https://bilibili.com/video/${BVID}`,
    `www.bilibili.com/video/${BVID}`,
    `bilibili.com/video/${BVID}`,
    `  https://www.bilibili.com/video/${BVID}  `,
    `https://player.bilibili.com/player.html?bvid=${BVID}&page=1`,
    `//player.bilibili.com/player.html?isOutside=true&bvid=${BVID}&p=1`,
    `https://www.bilibili.com/s/video/${BVID}`,
    `https://b23.tv/${BVID}`,
    `【焊花里的青春-哔哩哔哩】 https://b23.tv/${BVID}`,
    `【焊花里的青春-哔哩哔哩】 https://www.bilibili.com/video/${BVID}/?share_source=copy_web&vd_source=abc`,
  ])('reads the Bilibili BV id from %j', (url) => {
    expect(parseVideoURL(url)).toEqual(BILIBILI)
  })

  it('keeps the part (分P) of a multi-part Bilibili video', () => {
    expect(parseVideoURL(`https://www.bilibili.com/video/${BVID}?p=3&share_source=copy`)).toEqual({
      ...BILIBILI,
      embedURL: `https://player.bilibili.com/player.html?bvid=${BVID}&p=3&autoplay=0`,
      pageURL: `https://www.bilibili.com/video/${BVID}/?p=3`,
    })
  })

  it.each(['https://www.bilibili.com/video/av170001', 'https://m.bilibili.com/video/av170001/', 'https://player.bilibili.com/player.html?aid=170001&page=1'])(
    'reads an old-style Bilibili av number from %j',
    (url) => {
      expect(parseVideoURL(url)).toEqual({
        platform: 'bilibili',
        id: 'av170001',
        embedURL: 'https://player.bilibili.com/player.html?aid=170001&autoplay=0',
        pageURL: 'https://www.bilibili.com/video/av170001/',
      })
    },
  )

  it.each([
    'https://v.qq.com/x/cover/mzc00200abcdefg/k0045abcdef.html',
    'https://v.qq.com/x/page/k0045abcdef.html',
    'https://v.qq.com/txp/iframe/player.html?vid=k0045abcdef',
    'https://m.v.qq.com/x/page/k0045abcdef.html',
    'v.qq.com/x/page/k0045abcdef.html',
    'https://v.qq.com/x/cover/mzc00200abcdefg.html?vid=k0045abcdef',
    'https://m.v.qq.com/x/m/play?cid=mzc00200abcdefg&vid=k0045abcdef&ptag=share',
    '【腾讯视频】大国工匠 https://v.qq.com/x/cover/mzc00200abcdefg/k0045abcdef.html',
  ])('reads the Tencent Video vid from %j', (url) => {
    expect(parseVideoURL(url)).toEqual(TENCENT)
  })

  it.each([
    `https://v.youku.com/v_show/id_${YOUKU_ID}.html`,
    `https://v.youku.com/v_show/id_${YOUKU_ID}.html?spm=a2h0c`,
    `https://player.youku.com/embed/${YOUKU_ID}`,
    `https://m.youku.com/video/id_${YOUKU_ID}.html`,
    `https://m.youku.com/alipay_video/id_${YOUKU_ID}.html?spm=share`,
    `https://player.youku.com/player.php/sid/${YOUKU_ID}/v.swf`,
  ])(
    'reads the Youku id from %j',
    (url) => {
      expect(parseVideoURL(url)).toEqual(YOUKU)
    },
  )

  it('links to a WeChat Channels video without embedding it', () => {
    const url = 'https://channels.weixin.qq.com/web/pages/feed?id=export_ABC-123_x'
    expect(parseVideoURL(url)).toEqual({ platform: 'wechat-channels', id: 'export_ABC-123_x', embedURL: null, pageURL: url })
  })

  it('reads a WeChat Channels share link from the app', () => {
    expect(parseVideoURL('https://weixin.qq.com/sph/AbCd1234x')).toEqual({
      platform: 'wechat-channels',
      id: 'AbCd1234x',
      embedURL: null,
      pageURL: 'https://weixin.qq.com/sph/AbCd1234x',
    })
  })

  it.each([
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    'https://youtu.be/dQw4w9WgXcQ',
    'https://vimeo.com/76979871',
    'https://www.douyin.com/video/7300000000000000000',
    'https://b23.tv/aBcDeF',
    'https://example.org/video/BV1GJ411x7h7',
  ])('refuses a link from another platform: %j', (url) => {
    expect(parseVideoURL(url)).toBeNull()
  })

  it.each([
    `https://bilibili.com.evil.cn/video/${BVID}`,
    `https://www.bilibili.com.evil.cn/video/${BVID}`,
    `https://evilbilibili.com/video/${BVID}`,
    `https://www.bilibili.com@evil.cn/video/${BVID}`,
    `https://evil.cn/www.bilibili.com/video/${BVID}`,
    `https://evil.cn/?u=https://www.bilibili.com/video/${BVID}`,
    'https://v.qq.com.evil.cn/x/page/k0045abcdef.html',
    'https://fakev.qq.com/x/page/k0045abcdef.html',
    `https://youku.com.evil.cn/v_show/id_${YOUKU_ID}.html`,
    'https://channels.weixin.qq.com.evil.cn/web/pages/feed?id=abc',
  ])('refuses the lookalike host in %j', (url) => {
    expect(parseVideoURL(url)).toBeNull()
  })

  it.each([
    `javascript:alert(1)//www.bilibili.com/video/${BVID}`,
    `JavaScript:alert(1)//www.bilibili.com/video/${BVID}`,
    `java\tscript:alert(1)//www.bilibili.com/video/${BVID}`,
    `data:text/html,<a href="https://www.bilibili.com/video/${BVID}">`,
    `vbscript:msgbox(1)//www.bilibili.com/video/${BVID}`,
    `ftp://www.bilibili.com/video/${BVID}`,
    `file:///www.bilibili.com/video/${BVID}`,
    `javascript:alert(1) https://www.bilibili.com/video/${BVID}`,
    `看这个 javascript:alert(1)//https://www.bilibili.com/video/${BVID}`,
    `data:text/html;base64,PHNjcmlwdD4= https://www.bilibili.com/video/${BVID}`,
  ])('refuses the non-web scheme in %j', (url) => {
    expect(parseVideoURL(url)).toBeNull()
  })

  it.each([
    'https://www.bilibili.com/video/BV1GJ411x7h',
    'https://www.bilibili.com/',
    'https://player.bilibili.com/player.html?bvid=<script>',
    'https://v.qq.com/x/page/short.html',
    'https://v.qq.com/',
    'https://v.youku.com/v_show/id_"onload=alert(1).html',
    'https://channels.weixin.qq.com/web/pages/feed?id=<script>',
    'https://v.qq.com/x/cover/mzc00200abcdefg.html',
    `https://b23.tv/aBcDeF`,
    `https://user:pass@www.bilibili.com/video/${BVID}`,
    'https://weixin.qq.com/sph/',
    'https://weixin.qq.com/cgi-bin/readtemplate?t=x',
    '',
    '   ',
  ])('refuses %j, which names no video', (url) => {
    expect(parseVideoURL(url)).toBeNull()
  })

  it('builds the player URL itself instead of passing on anything from the link', () => {
    const parsed = parseVideoURL(`https://player.bilibili.com/player.html?bvid=${BVID}&autoplay=1&danmaku=1&src=https://evil.cn`)
    expect(parsed?.embedURL).toBe(BILIBILI.embedURL)
  })
})

describe('checkVideoURL', () => {
  it('accepts an empty value and an allow-listed link', () => {
    for (const value of [undefined, null, '', `https://www.bilibili.com/video/${BVID}`]) {
      expect(checkVideoURL(value)).toBe(true)
    }
  })

  it('refuses any other link with a message naming the accepted platforms', () => {
    for (const value of ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'javascript:alert(1)', 42]) {
      const message = checkVideoURL(value)
      expect(message).toEqual(expect.stringContaining('哔哩哔哩、腾讯视频、优酷或微信视频号'))
    }
  })
})
