// The visual tests' server side (test/visual/, docs/contributors.md "Visual tests"):
//
//   visual-diff       @web/test-runner-visual-regression's command: a screenshot of one
//                     element, compared with its reference by pixelmatch. Wrapped here to
//                     keep the references per engine in test/visual/references/<engine>/
//                     (the docs' screenshots, names starting with "docs/", in docs/images/),
//                     to write a failure's pictures under test-results/visual/, and to
//                     say in the failure which files to look at and how to update.
//   dw-visual-window  sizes the page's viewport to a shot, and puts it back
//   dw-visual-engine  chromium, firefox or webkit
//   dw-network-idle   resolves once the server has answered every request and none came
//                     for a moment: lazy chunks (the inquiry form, a locale) have arrived
//
// Update mode (DW_VISUAL_UPDATE=1, set by `npm run screenshots`) writes the references
// instead of comparing; a reference the new shot still passes is left as it is, so
// only real changes show in git. Refused when CI is set: in CI a missing or different
// reference fails.
import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {crc32, deflateSync} from 'node:zlib';
import pixelmatch from 'pixelmatch';
import {PNG} from 'pngjs';
import {visualRegressionPlugin} from '@web/test-runner-visual-regression/plugin';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const REFERENCES = join(ROOT, 'test', 'visual', 'references');
export const DOCS_IMAGES = join(ROOT, 'docs', 'images');
export const RESULTS = join(ROOT, 'test-results', 'visual');
/** In update mode: the references this run wrote or confirmed, for scripts/screenshots.mjs. */
export const WRITTEN_FILE = join(RESULTS, 'written.json');

/**
 * The tolerance. pixelmatch compares each pixel's colour (YIQ distance, 0–1;
 * `threshold`) and leaves out pixels it recognises as anti-aliasing; a shot
 * fails when more than FAILURE_PIXELS pixels differ. Same engine, same
 * machine image: the pictures are identical from run to run (0 pixels);
 * the margin absorbs anti-aliasing that shifts by a pixel. A missing word,
 * a changed colour or a moved margin changes hundreds of pixels or more.
 */
export const DIFF_OPTIONS = {threshold: 0.05, includeAA: false};
export const FAILURE_PIXELS = 40;

/** chromium, firefox or webkit, from the launcher's name ("Chrome", "Firefox", "WebKit"). */
export function engineOf(browserName) {
  const name = browserName.toLowerCase();
  if (name.includes('firefox')) return 'firefox';
  if (name.includes('webkit')) return 'webkit';
  if (name.includes('chrom')) return 'chromium';
  throw new Error(`visual tests: unknown browser "${browserName}"`);
}

/** The reference of a shot: docs/images/<file> for "docs/<file>", else references/<engine>/<name>. */
export function referencePath(engine, name) {
  if (name.startsWith('docs/')) return join(DOCS_IMAGES, `${name.slice('docs/'.length)}.png`);
  return join(REFERENCES, engine, `${name}.png`);
}

/** Where a failed comparison writes what the browser showed, and the difference. */
export function failurePaths(engine, name) {
  const base = join(RESULTS, engine, name);
  return {actual: `${base}.actual.png`, diff: `${base}.diff.png`};
}

const rel = (file) => relative(ROOT, file);

/**
 * True when the new shot passes the comparison with the old reference: same
 * size, and at most FAILURE_PIXELS pixels differ (what a test run accepts).
 */
export function withinTolerance(reference, shot) {
  const [a, b] = [PNG.sync.read(reference), PNG.sync.read(shot)];
  if (a.width !== b.width || a.height !== b.height) return false;
  return pixelmatch(a.data, b.data, null, a.width, a.height, DIFF_OPTIONS) <= FAILURE_PIXELS;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit palette PNG of the picture, or undefined when it has more than 256 colours. */
function palettePng({width, height, data}) {
  const palette = new Map();
  // One filter byte (0, none: the best for palette pictures) before each row.
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const rgb = data.readUInt32BE((y * width + x) * 4) >>> 8;
      let index = palette.get(rgb);
      if (index === undefined) {
        if (palette.size === 256) return undefined;
        index = palette.size;
        palette.set(rgb, index);
      }
      raw[y * (width + 1) + 1 + x] = index;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per index
  header[9] = 3; // colour type: palette
  const colours = Buffer.alloc(palette.size * 3);
  for (const [rgb, index] of palette) colours.writeUIntBE(rgb, index * 3, 3);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', colours),
    chunk('IDAT', deflateSync(raw, {level: 9, memLevel: 9})),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * The PNG as the references keep it, the same pixels in fewer bytes: a
 * palette PNG when the shot has at most 256 colours (text on a plain page
 * has about 200; a quarter of the browser's PNG), else RGB at deflate level 9.
 * Screenshots are opaque: no alpha.
 */
export function compact(content) {
  const png = PNG.sync.read(content);
  return palettePng(png) ?? PNG.sync.write(png, {colorType: 2, inputHasAlpha: true, deflateLevel: 9});
}

function write(filePath, content) {
  mkdirSync(dirname(filePath), {recursive: true});
  writeFileSync(filePath, content);
}

/**
 * @param {object} [options]
 * @param {boolean} [options.update] write the references instead of comparing
 */
export function visualPlugins({update = process.env.DW_VISUAL_UPDATE === '1'} = {}) {
  if (update && process.env.CI && process.env.CI !== 'false') {
    throw new Error(
      'DW_VISUAL_UPDATE=1 with CI set: CI compares with the committed references and never writes them.'
    );
  }
  /** In update mode: reference path → 'new' | 'changed' | 'same'. */
  const written = new Map();
  // The plugin's names are paths under baseDir; ours are absolute, so baseDir is unused.
  const key = ({browser, name}) => JSON.stringify([engineOf(browser), name]);
  const parse = (name) => JSON.parse(name);
  const plugin = visualRegressionPlugin({
    update,
    baseDir: RESULTS,
    diffOptions: DIFF_OPTIONS,
    failureThresholdType: 'pixel',
    failureThreshold: FAILURE_PIXELS,
    getBaselineName: key,
    getFailedName: key,
    getDiffName: key,
    getBaseline: ({name}) => {
      const file = referencePath(...parse(name));
      return existsSync(file) ? readFileSync(file) : undefined;
    },
    saveBaseline: ({name, content}) => {
      const file = referencePath(...parse(name));
      const old = existsSync(file) ? readFileSync(file) : undefined;
      // A reference the new shot still passes stays as it is: git shows real changes only.
      if (old && withinTolerance(old, content)) {
        written.set(file, 'same');
        return;
      }
      write(file, compact(content));
      written.set(file, old ? 'changed' : 'new');
    },
    saveFailed: ({name, content}) => write(failurePaths(...parse(name)).actual, content),
    saveDiff: ({name, content}) => write(failurePaths(...parse(name)).diff, content),
  });

  const originals = new Map();

  return [
    {
      name: 'dw-visual-diff',
      async executeCommand(args) {
        if (args.command !== 'visual-diff') return undefined;
        const result = await plugin.executeCommand(args);
        if (!result || result.passed) return result;
        const engine = engineOf(args.session.browser.name);
        const {name} = args.payload;
        const reference = rel(referencePath(engine, name));
        const {actual, diff} = failurePaths(engine, name);
        const error = result.errorMessage ?? 'the comparison failed';
        let message = error;
        if (/no baseline/.test(error)) {
          message = `no reference ${reference}: run \`npm run screenshots\` to make it, look at it, commit it`;
        } else if (/^Visual diff failed|not the same width and height/.test(error)) {
          message =
            `${error.split('\n')[0].replace(/^Visual diff failed\. /, '')}` +
            `\n  reference ${reference}\n  actual    ${rel(actual)}` +
            `\n  diff      ${rel(diff)} (differing pixels in red)` +
            `\n  if the change is meant, \`npm run screenshots\` updates the references`;
        }
        return {...result, errorMessage: `${name} (${engine}): ${message}`};
      },
      serverStart() {
        // A failure's pictures are of the last run only.
        rmSync(RESULTS, {recursive: true, force: true});
      },
      serverStop() {
        if (!update) return;
        const counts = {new: 0, changed: 0, same: 0};
        for (const state of written.values()) counts[state]++;
        const changed = [...written].filter(([, state]) => state === 'changed').map(([file]) => rel(file));
        mkdirSync(RESULTS, {recursive: true});
        writeFileSync(WRITTEN_FILE, `${JSON.stringify([...written.keys()].map(rel).sort(), null, 2)}\n`);
        console.log(
          `Visual references: ${counts.new} new, ${counts.changed} changed, ${counts.same} unchanged.` +
            changed.map((file) => `\n  changed: ${file}`).join('')
        );
      },
    },
    {
      name: 'dw-visual-window',
      async executeCommand({command, payload, session}) {
        if (command === 'dw-visual-engine') return engineOf(session.browser.name);
        if (command !== 'dw-visual-window') return undefined;
        if (session.browser.type === 'puppeteer') {
          const page = session.browser.getPage(session.id);
          // The page is reused by the next test file: its own viewport goes back at the end.
          if (!originals.has(page)) originals.set(page, page.viewport());
          if (payload) await page.setViewport({width: payload.width, height: payload.height});
          else if (originals.get(page)) await page.setViewport(originals.get(page));
          return true;
        }
        if (typeof session.browser.setViewport === 'function') {
          await session.browser.setViewport(session.id, payload);
          return true;
        }
        throw new Error(`dw-visual-window: ${session.browser.name} cannot size its viewport`);
      },
    },
  ];
}

/**
 * Counts the requests the server is answering: `dw-network-idle` resolves once
 * there has been none for `quiet` ms (default 150). With one browser at a time
 * (the config's concurrentBrowsers), that is the page's network going idle.
 */
export function networkIdle() {
  let inFlight = 0;
  let last = Date.now();
  return {
    middleware: async (context, next) => {
      inFlight++;
      try {
        await next();
      } finally {
        inFlight--;
        last = Date.now();
      }
    },
    plugin: {
      name: 'dw-network-idle',
      async executeCommand({command, payload}) {
        if (command !== 'dw-network-idle') return undefined;
        const quiet = payload?.quiet ?? 150;
        const deadline = Date.now() + (payload?.timeout ?? 15000);
        while (inFlight > 0 || Date.now() - last < quiet) {
          if (Date.now() > deadline)
            throw new Error(`the network was not idle within ${payload?.timeout ?? 15000} ms`);
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
        return true;
      },
    },
  };
}
