/**
 * Peak memory while something runs: this process's RSS (sampled every 100 ms, and the kernel's
 * high-water mark VmHWM after resetting it) and the RSS of its child processes (Pagefind's indexer
 * runs as one), sampled every 100 ms.
 */
import fs from 'node:fs'

const MB = 1024 * 1024

function statusKB(pid: number | 'self', field: 'VmHWM' | 'VmRSS'): number | null {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))
    return m ? Number(m[1]) : null
  } catch {
    return null
  }
}

/** RSS of every descendant of this process, in bytes. */
function childrenRSS(): number {
  let total = 0
  const seen = new Set<number>()
  const visit = (pid: number | 'self') => {
    let tasks: string[] = []
    try {
      tasks = fs.readdirSync(`/proc/${pid}/task`)
    } catch {
      return
    }
    for (const tid of tasks) {
      let kids: number[] = []
      try {
        kids = fs.readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number)
      } catch {
        continue
      }
      for (const kid of kids) {
        if (seen.has(kid)) continue
        seen.add(kid)
        total += (statusKB(kid, 'VmRSS') ?? 0) * 1024
        visit(kid)
      }
    }
  }
  visit('self')
  return total
}

export type PeakMemory = { startMB: number; peakMB: number; peakWithChildrenMB: number; childrenPeakMB: number }

export async function withPeakMemory<T>(f: () => Promise<T>): Promise<{ value: T } & PeakMemory> {
  // Collect what earlier phases left behind first (the benchmark runs with --expose-gc).
  ;(globalThis as { gc?: () => void }).gc?.()
  let reset = false
  try {
    fs.writeFileSync('/proc/self/clear_refs', '5')
    reset = true
  } catch {
    // not Linux, or not permitted: the sampler alone
  }
  const startMB = process.memoryUsage().rss / MB
  let peak = process.memoryUsage().rss
  let peakTotal = peak
  let peakChildren = 0
  const sample = () => {
    const own = process.memoryUsage().rss
    const kids = childrenRSS()
    peak = Math.max(peak, own)
    peakChildren = Math.max(peakChildren, kids)
    peakTotal = Math.max(peakTotal, own + kids)
  }
  const timer = setInterval(sample, 100)
  try {
    const value = await f()
    sample()
    const hwm = reset ? statusKB('self', 'VmHWM') : null
    if (hwm) peak = Math.max(peak, hwm * 1024)
    return { value, startMB, peakMB: peak / MB, peakWithChildrenMB: Math.max(peakTotal, peak) / MB, childrenPeakMB: peakChildren / MB }
  } finally {
    clearInterval(timer)
  }
}

/**
 * CPU time (user + system, ms) of this process's running descendants whose name contains `name`,
 * plus that of every child already ended and reaped (the kernel adds it to this process's
 * cutime/cstime; the publisher closes each shard's Pagefind process). Take differences around a
 * step in which only such children run.
 */
export function childrenCpuMs(name: string): number {
  const tick = 100 // USER_HZ on Linux
  let total = 0
  try {
    const own = fs.readFileSync('/proc/self/stat', 'utf8')
    const fields = own.slice(own.lastIndexOf(')') + 2).split(' ')
    // fields[13], fields[14]: cutime, cstime (fields 16 and 17 of /proc/PID/stat)
    total += ((Number(fields[13]) + Number(fields[14])) * 1000) / tick
  } catch {
    // not Linux
  }
  const visit = (pid: number | 'self') => {
    let tasks: string[] = []
    try {
      tasks = fs.readdirSync(`/proc/${pid}/task`)
    } catch {
      return
    }
    for (const tid of tasks) {
      let kids: number[] = []
      try {
        kids = fs.readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number)
      } catch {
        continue
      }
      for (const kid of kids) {
        try {
          const stat = fs.readFileSync(`/proc/${kid}/stat`, 'utf8')
          const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
          const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
          // fields[11], fields[12]: utime, stime (fields 14 and 15 of /proc/PID/stat)
          if (comm.includes(name)) total += ((Number(fields[11]) + Number(fields[12])) * 1000) / tick
        } catch {
          // gone
        }
        visit(kid)
      }
    }
  }
  visit('self')
  return total
}
