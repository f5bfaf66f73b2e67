// Child process of the publish benchmark: one Eleventy build, timed from inside (write() only,
// after Node and Eleventy have loaded). Prints JSON: { ms, results, hwmKB }.
import fs from 'node:fs'
import path from 'node:path'

import Eleventy from '@11ty/eleventy'

const [input, output] = process.argv.slice(2)
const elev = new Eleventy(input, output, { configPath: path.join(input, 'eleventy.config.mjs'), quietMode: true })
const started = performance.now()
const cpu = process.cpuUsage()
const results = await elev.write()
const ms = performance.now() - started
const used = process.cpuUsage(cpu)
const hwm = /^VmHWM:\s+(\d+) kB/m.exec(fs.readFileSync('/proc/self/status', 'utf8'))
const count = Array.isArray(results) ? results.flat(Infinity).length : null
process.stdout.write('\n@@RESULT@@' + JSON.stringify({ ms, cpuMs: (used.user + used.system) / 1000, results: count, hwmKB: hwm ? Number(hwm[1]) : null }) + '\n')
