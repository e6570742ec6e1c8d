// `npm test` starts here: one clear line, and a non-zero exit, when no browser can run the tests.
import {findChromium, INSTALL_HINT} from './browsers.mjs';

if (!findChromium()) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
