import type { Block } from 'payload'

import { GALLERIES, MEDIA, MODEL_WORKERS } from '../../collections/slugs'
import { QUALIFIER_OPTIONS } from '../fields/options'
import { withoutLayoutMarks } from '../media/embeddedText'
import { checkVideoURL } from '../lib/videoEmbed'

/** Caption and credit that override the photo's own for one use. */
const captionOverrides = [
  {
    name: 'caption',
    type: 'textarea',
    label: { zh: '图片说明（本处使用）', en: 'Caption (this use)' },
    admin: { description: { zh: '留空则使用图片库中的说明。', en: 'Empty uses the photo’s own caption.' } },
    hooks: { beforeChange: [withoutLayoutMarks] },
  },
  {
    name: 'credit',
    type: 'text',
    label: { zh: '署名（本处使用）', en: 'Credit (this use)' },
    hooks: { beforeChange: [withoutLayoutMarks] },
  },
] as const satisfies Block['fields']

export const PhotoBlock: Block = {
  slug: 'photo',
  interfaceName: 'PhotoBlock',
  labels: { singular: { zh: '图片', en: 'Photo' }, plural: { zh: '图片', en: 'Photos' } },
  fields: [
    { name: 'photo', type: 'upload', relationTo: MEDIA, required: true, label: { zh: '图片', en: 'Photo' } },
    ...captionOverrides,
  ],
}

export const GalleryBlock: Block = {
  slug: 'gallery',
  interfaceName: 'GalleryBlock',
  labels: { singular: { zh: '图集', en: 'Gallery' }, plural: { zh: '图集', en: 'Galleries' } },
  fields: [
    {
      name: 'gallery',
      type: 'relationship',
      relationTo: GALLERIES,
      label: { zh: '引用图集', en: 'Gallery' },
      admin: { description: { zh: '选择已有图集，或在下方逐张添加图片。', en: 'Pick a gallery, or add photos below.' } },
    },
    {
      name: 'photos',
      type: 'array',
      label: { zh: '图片', en: 'Photos' },
      labels: { singular: { zh: '图片', en: 'Photo' }, plural: { zh: '图片', en: 'Photos' } },
      fields: [
        { name: 'photo', type: 'upload', relationTo: MEDIA, required: true, label: { zh: '图片', en: 'Photo' } },
        ...captionOverrides,
      ],
      validate: (value, { siblingData }) => {
        const hasGallery = Boolean((siblingData as { gallery?: unknown }).gallery)
        const count = Array.isArray(value) ? value.length : typeof value === 'number' ? value : 0
        return hasGallery || count > 0 ? true : '请选择一个图集，或至少添加一张图片。'
      },
    },
  ],
}

export const VideoBlock: Block = {
  slug: 'video',
  interfaceName: 'VideoBlock',
  labels: { singular: { zh: '视频', en: 'Video' }, plural: { zh: '视频', en: 'Videos' } },
  fields: [
    { name: 'title', type: 'text', label: { zh: '视频标题', en: 'Title' } },
    {
      name: 'file',
      type: 'upload',
      relationTo: MEDIA,
      label: { zh: '上传的视频文件', en: 'Uploaded video file' },
    },
    {
      name: 'url',
      type: 'text',
      label: { zh: '视频平台链接', en: 'Platform URL' },
      admin: {
        description: { zh: '哔哩哔哩、腾讯视频、优酷或微信视频号的分享链接。', en: 'Bilibili, Tencent Video, Youku or WeChat Channels link.' },
      },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
        if (!value && !siblingData.file) return '请上传视频文件，或填写视频平台链接。'
        return checkVideoURL(value)
      },
    },
    { name: 'poster', type: 'upload', relationTo: MEDIA, label: { zh: '封面图', en: 'Poster' } },
    { name: 'caption', type: 'textarea', label: { zh: '说明', en: 'Caption' } },
  ],
}

export const FiguresBlock: Block = {
  slug: 'figures',
  interfaceName: 'FiguresBlock',
  labels: { singular: { zh: '数据条', en: 'Figures' }, plural: { zh: '数据条', en: 'Figures' } },
  fields: [
    { name: 'heading', type: 'text', label: { zh: '标题', en: 'Heading' } },
    {
      name: 'items',
      type: 'array',
      minRows: 1,
      required: true,
      label: { zh: '数字', en: 'Figures' },
      labels: { singular: { zh: '数字', en: 'Figure' }, plural: { zh: '数字', en: 'Figures' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'label', type: 'text', required: true, label: { zh: '名称', en: 'Label' } },
            { name: 'value', type: 'number', required: true, label: { zh: '数值', en: 'Value' } },
            { name: 'unit', type: 'text', label: { zh: '单位', en: 'Unit' } },
            { name: 'qualifier', type: 'select', options: QUALIFIER_OPTIONS, label: { zh: '修饰', en: 'Qualifier' } },
          ],
        },
      ],
    },
  ],
}

export const WorkerCardBlock: Block = {
  slug: 'workerCard',
  interfaceName: 'WorkerCardBlock',
  labels: { singular: { zh: '劳模卡片', en: 'Model-worker card' }, plural: { zh: '劳模卡片', en: 'Model-worker cards' } },
  fields: [
    { name: 'worker', type: 'relationship', relationTo: MODEL_WORKERS, required: true, label: { zh: '劳模/工匠', en: 'Model worker' } },
    { name: 'note', type: 'textarea', label: { zh: '推荐语', en: 'Note' } },
  ],
}

export const PullQuoteBlock: Block = {
  slug: 'pullQuote',
  interfaceName: 'PullQuoteBlock',
  labels: { singular: { zh: '引语', en: 'Pull quote' }, plural: { zh: '引语', en: 'Pull quotes' } },
  fields: [
    { name: 'quote', type: 'textarea', required: true, label: { zh: '引语', en: 'Quote' } },
    { name: 'attribution', type: 'text', label: { zh: '出处/讲述人', en: 'Attribution' } },
  ],
}

export const RICH_TEXT_BLOCKS: Block[] = [PhotoBlock, GalleryBlock, VideoBlock, FiguresBlock, WorkerCardBlock, PullQuoteBlock]
