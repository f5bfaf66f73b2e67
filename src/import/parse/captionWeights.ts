/**
 * Weights of the unmarked-caption model (captionModel.ts), written by `npm run train:captions -- --write`
 * from 501 annotated paragraphs and captions of the corpus's tuning part. Do not edit by hand.
 */
export const CAPTION_WEIGHTS = {
  bias: -1.544,
  length: -2.585,
  upTo40: 0.790,
  upTo80: 0.258,
  sentences: -0.767,
  endsWithStop: 1.140,
  credit: -1.046,
  dateLed: 1.839,
  captionWords: 0.165,
  speech: -0.068,
  connective: -1.025,
  firstPerson: -1.090,
  commas: -1.991,
  relativeLength: -0.142,
  shortBefore: -0.529,
  shortAfter: -0.717,
  photoSigns: 3.285,
  position: 0.234,
  last: -0.630,
  run: 0.213,
  place: 0.324,
  people: -0.284,
  doing: 0.472,
  digits: -0.041,
  first: -0.420,
  unstopped: 0.301,
  shows: 1.583,
}
