/**
 * How much of the machine other work took while a measurement ran (Linux /proc; elsewhere null):
 * the CPU time of every process minus that of the benchmark itself and of the server's process group
 * (launcher, `next start`, the publisher), as a share of all cores. Two runs compared side by side
 * are comparable only when this stays small in both.
 */
import fs from 'node:fs'

type Snapshot = { total: number; busy: number; ours: number }

/** utime + stime + cutime + cstime (clock ticks) and the process group of /proc/<pid>/stat. */
function processTicks(pid: string): { ticks: number; pgrp: number } | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name is in parentheses and may contain spaces: the fields start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    // fields[0] is field 3 (state): field n is fields[n - 3].
    return { pgrp: Number(fields[5 - 3]), ticks: [14, 15, 16, 17].reduce((a, n) => a + Number(fields[n - 3]), 0) }
  } catch {
    return null
  }
}

function snapshot(serverGroup: number | undefined): Snapshot | null {
  try {
    const cpu = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number)
    const [user, nice, system, idle, iowait, irq, softirq, steal] = cpu
    const busy = user + nice + system + irq + softirq + (steal ?? 0)
    let ours = processTicks('self')?.ticks ?? 0
    if (serverGroup !== undefined) {
      for (const pid of fs.readdirSync('/proc')) {
        if (!/^\d+$/.test(pid)) continue
        const p = processTicks(pid)
        if (p && p.pgrp === serverGroup) ours += p.ticks
      }
    }
    return { total: busy + idle + iowait, busy, ours }
  } catch {
    return null
  }
}

/** Start watching; `stop()` returns the share (0–1) of the machine other work used meanwhile. */
export function watchOtherWork(serverGroup: number | undefined): { stop: () => number | null } {
  const start = snapshot(serverGroup)
  return {
    stop: () => {
      const end = snapshot(serverGroup)
      if (!start || !end || end.total <= start.total) return null
      const others = end.busy - start.busy - (end.ours - start.ours)
      return Math.max(0, others) / (end.total - start.total)
    },
  }
}
