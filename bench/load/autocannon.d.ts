// The parts of autocannon (https://github.com/mcollina/autocannon) the load benchmark uses; the
// package ships no type declarations.
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events'

  export type Histogram = {
    average: number
    mean: number
    stddev: number
    min: number
    max: number
    total: number
    p2_5: number
    p50: number
    p90: number
    p97_5: number
    p99: number
  }

  export type Request = {
    method?: string
    path?: string
    headers?: Record<string, string>
    body?: string | Buffer
    setupRequest?: (request: Request, context: Record<string, unknown>) => Request | null | undefined
    onResponse?: (status: number, body: string, context: Record<string, unknown>, headers: Record<string, string>) => void
  }

  export type Options = {
    url: string
    connections?: number
    duration?: number
    amount?: number
    timeout?: number
    pipelining?: number
    connectionRate?: number
    overallRate?: number
    method?: string
    headers?: Record<string, string>
    body?: string
    requests?: Request[]
    ignoreCoordinatedOmission?: boolean
  }

  export type Result = {
    requests: Histogram & { sent: number }
    latency: Histogram
    throughput: Histogram
    errors: number
    timeouts: number
    mismatches: number
    non2xx: number
    resets: number
    duration: number
    start: Date
    finish: Date
    statusCodeStats: Record<string, { count: number }>
    '1xx': number
    '2xx': number
    '3xx': number
    '4xx': number
    '5xx': number
  }

  export type Instance = EventEmitter & PromiseLike<Result> & { stop: () => void }

  function autocannon(options: Options): Instance
  export default autocannon
}
