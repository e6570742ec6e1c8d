// test/runner/visual.mjs, the visual tests' server side: where each picture is
// kept, the smaller PNG the references are written as, and the tolerance an
// update keeps a reference within. The shots themselves are browser tests
// (test/visual/).
import assert from 'node:assert/strict';
import {join, relative, resolve} from 'node:path';
import {describe, it} from 'node:test';
import {PNG} from 'pngjs';
import {
  compact,
  engineOf,
  failurePaths,
  FAILURE_PIXELS,
  referencePath,
  withinTolerance,
} from '../runner/visual.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const rel = (file) => relative(ROOT, file);

/** A PNG of `width` × `height` from a function (x, y) → [r, g, b, a]. */
function png(width, height, colour) {
  const image = new PNG({width, height});
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) image.data.set(colour(x, y), (y * width + x) * 4);
  }
  return PNG.sync.write(image);
}

const pixels = (buffer) => PNG.sync.read(buffer);
const white = () => [255, 255, 255, 255];

describe('where the pictures are', () => {
  it('names the engine from the launcher', () => {
    assert.equal(engineOf('Chrome'), 'chromium');
    assert.equal(engineOf('Chromium'), 'chromium');
    assert.equal(engineOf('Firefox'), 'firefox');
    assert.equal(engineOf('WebKit'), 'webkit');
    assert.throws(() => engineOf('Opera'), /unknown browser/);
  });

  it('keeps references per engine, the docs’ screenshots in docs/images/, failures in test-results/', () => {
    assert.equal(
      rel(referencePath('webkit', 'inquiry-cta/ar-mobile-dark')),
      join('test', 'visual', 'references', 'webkit', 'inquiry-cta', 'ar-mobile-dark.png')
    );
    assert.equal(rel(referencePath('chromium', 'docs/guide')), join('docs', 'images', 'guide.png'));
    const {actual, diff} = failurePaths('firefox', 'dystonia-types/en-desktop-light');
    assert.equal(
      rel(actual),
      join('test-results', 'visual', 'firefox', 'dystonia-types', 'en-desktop-light.actual.png')
    );
    assert.equal(
      rel(diff),
      join('test-results', 'visual', 'firefox', 'dystonia-types', 'en-desktop-light.diff.png')
    );
  });
});

describe('compact(): the PNG a reference is written as', () => {
  it('keeps every pixel of a picture of few colours, as a palette PNG', () => {
    // Grey text-like stripes on white: 17 colours.
    const original = png(64, 32, (x, y) => (y % 4 ? white() : [x * 4, x * 4, x * 4, 255]));
    const small = compact(original);
    assert.deepEqual(pixels(small).data, pixels(original).data);
    assert.equal(small[25], 3, 'colour type 3: palette');
  });

  it('keeps every pixel of a picture of more than 256 colours, as RGB', () => {
    const original = png(64, 64, (x, y) => [x * 4, y * 4, (x + y) * 2, 255]);
    const small = compact(original);
    assert.deepEqual(pixels(small).data, pixels(original).data);
    assert.equal(small[25], 2, 'colour type 2: RGB');
  });
});

describe('withinTolerance(): what an update leaves as it is', () => {
  const reference = png(100, 50, white);

  it('accepts the same picture, and a few different pixels', () => {
    assert.equal(withinTolerance(reference, reference), true);
    const few = png(100, 50, (x, y) => (y === 10 && x < FAILURE_PIXELS ? [0, 0, 0, 255] : white()));
    assert.equal(withinTolerance(reference, few), true);
  });

  it('refuses more than FAILURE_PIXELS different pixels, a changed colour, another size', () => {
    const one = png(100, 50, (x, y) => (y === 10 && x <= FAILURE_PIXELS ? [0, 0, 0, 255] : white()));
    assert.equal(withinTolerance(reference, one), false, 'one pixel more than the tolerance');
    const block = png(100, 50, (x, y) => (x < 10 && y < 10 ? [0, 0, 0, 255] : white()));
    assert.equal(withinTolerance(reference, block), false);
    assert.equal(
      withinTolerance(
        reference,
        png(100, 50, () => [235, 235, 235, 255])
      ),
      false
    );
    assert.equal(withinTolerance(reference, png(100, 51, white)), false);
  });
});
