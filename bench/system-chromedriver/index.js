// tachometer 0.7 imports the npm `chromedriver` package before it starts
// Chrome and runs `npm install chromedriver` when that import does not
// resolve (a download, and a failure offline). This stand-in resolves,
// downloads nothing and installs with no script. It only says where the
// system driver is; bench/run.mjs starts that driver and hands
// tachometer its URL (`remoteUrl`), so selenium never looks for one.
import fs from 'node:fs';
import {delimiter, join} from 'node:path';

function find() {
  const candidates = [process.env.CHROMEDRIVER_FILEPATH, '/usr/bin/chromedriver'];
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir) candidates.push(join(dir, 'chromedriver'));
  }
  return candidates.find((file) => {
    if (!file) return false;
    try {
      fs.accessSync(file, fs.constants.X_OK);
      return fs.statSync(file).isFile();
    } catch {
      return false;
    }
  });
}

/** The system chromedriver's path, or undefined when none is installed. */
export const path = find();
