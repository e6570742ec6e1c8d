// Runs `lit-localize <command>` without the configuration dump it prints
// first, so warnings (like a missing translation) stay visible.
import {spawnSync} from 'node:child_process';
import {createRequire} from 'node:module';

const bin = createRequire(import.meta.url).resolve('@lit/localize-tools/bin/lit-localize.js');
const result = spawnSync(process.execPath, [bin, ...process.argv.slice(2)], {encoding: 'utf8'});
if (result.error) {
  console.error(`lit-localize could not start: ${result.error.message} (run npm install first)`);
  process.exit(1);
}
const output = `${result.stdout}${result.stderr}`.replace(/^Config: \{[\s\S]*?\n\}\n/, '');
process.stdout.write(output);
process.exit(result.status ?? 1);
