// The screenshots in the README and docs/ (docs/images/), made by the same
// run as the references and compared like them: `npm run screenshots`
// rewrites them, and a look that changed without them fails here. Made in
// Chromium only: one picture per screenshot.
import {emulateMedia} from '../media.js';
import {engine, hostShot, setWindow, shoot, WIDTHS} from './shots.js';

/** The README's width: the column and a little of the page around it, readable when scaled down. */
const DOCS = {width: 1000, screen: 720};

describe("the docs' screenshots (docs/images/, made in Chromium)", function () {
  this.timeout(90000);

  before(async function () {
    if ((await engine()) !== 'chromium') this.skip();
    await emulateMedia({reducedMotion: 'reduce'});
  });
  after(async () => {
    if ((await engine()) !== 'chromium') return;
    await emulateMedia({reducedMotion: null});
    await setWindow(null);
  });

  for (const locale of ['en', 'es', 'ar']) {
    const file = locale === 'en' ? 'guide' : `guide-${locale}`;
    it(`${file}.png: the top of the guide in ${locale}`, () =>
      shoot(
        hostShot({
          tag: 'dystonia-guide',
          locale,
          host: 'light',
          width: DOCS,
          screens: 1,
          name: `docs/${file}`,
        })
      ));
  }

  it('guide-mobile.png: the top of the guide on a phone', () =>
    shoot(
      hostShot({
        tag: 'dystonia-guide',
        locale: 'en',
        host: 'light',
        width: 'mobile',
        screens: 1,
        name: 'docs/guide-mobile',
      })
    ));

  it('symptom-areas.png: the body map with the neck selected', () =>
    shoot(
      hostShot({
        tag: 'symptom-areas',
        locale: 'en',
        host: 'light',
        width: DOCS,
        attributes: {selected: 'neck'},
        name: 'docs/symptom-areas',
      })
    ));

  it('inquiry-cta.png: the call to action with the demo clinic', () =>
    shoot(
      hostShot({tag: 'inquiry-cta', locale: 'en', host: 'light', width: DOCS, name: 'docs/inquiry-cta'})
    ));

  it('embed-builder.png: the top of the embed builder (dist/builder/, built in memory)', () =>
    shoot({
      name: 'docs/embed-builder',
      src: '/embed-dist/builder/index.html',
      width: WIDTHS.desktop.width,
      screen: WIDTHS.desktop.screen,
      maxHeight: WIDTHS.desktop.screen,
    }));
});
