/**
 * The caption and credit the public site shows for one use of a photo (a gallery item, a photo
 * block): the text given for that use where there is some, else the photo's own.
 */
type Text = string | null | undefined
export type PhotoText = { caption?: Text; credit?: Text }

const given = (value: Text): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined)

export function captionFor(use: PhotoText | null | undefined, photo: PhotoText | number | string | null | undefined): { caption?: string; credit?: string } {
  const own = photo && typeof photo === 'object' ? photo : {}
  return {
    caption: given(use?.caption) ?? given(own.caption),
    credit: given(use?.credit) ?? given(own.credit),
  }
}
