/**
 * `npm run docs:settings`: rewrite the README's configuration tables (between
 * `<!-- settings:start -->` and `<!-- settings:end -->`) from the declarations in src/settings.
 * tests/unit/settings-readme.spec.ts fails until this has been run after a declaration changed.
 *
 * A plain script, not a runCommand (src/lib/command.ts): it boots nothing, and must work while the local
 * environment holds a setting the runner would refuse.
 */
import fs from 'node:fs'
import path from 'node:path'

import { sourceRoot } from '../lib/paths'
import { withSettingsTables } from '../settings'

const file = path.join(sourceRoot, 'README.md')
const before = fs.readFileSync(file, 'utf8')
const after = withSettingsTables(before)
if (after === before) {
  console.log('✔ README.md: the configuration tables are up to date')
} else {
  fs.writeFileSync(file, after)
  console.log('✔ README.md: the configuration tables were rewritten from src/settings')
}
