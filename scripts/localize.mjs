// Runs `lit-localize <command>` without the configuration dump it prints
// first, so warnings (like a missing translation) stay visible.
import {spawnSync} from 'node:child_process';

const result = spawnSync('lit-localize', process.argv.slice(2), {encoding: 'utf8', shell: false});
if (result.error) {
  console.error(`lit-localize could not start: ${result.error.message} (run npm install first)`);
  process.exit(1);
}
const output = `${result.stdout}${result.stderr}`.replace(/^Config: \{[\s\S]*?\n\}\n/, '');
process.stdout.write(output);
process.exit(result.status ?? 1);
