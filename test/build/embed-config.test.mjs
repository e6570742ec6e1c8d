// build/embed-config.mjs applies the elements' own rules (src/core/url.ts,
// src/core/config.ts) to the clinic's embed.config.json. Its other behaviour
// (data blocks, connect-src, messages) is tested in test/node/embed.test.mjs.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import {checkClinicConfig, CLINIC_KEYS, URL_SCHEMES} from '../../build/embed-config.mjs';
import {importSource} from '../../build/source-module.mjs';
import {ROOT} from './rollup-fixture.mjs';

const check = (config) => checkClinicConfig(config, {});

describe('embed-config: the rules are the elements’', () => {
  it('takes the clinic keys from the page config: all but locale and debug', async () => {
    const {KEYS} = await importSource('src/core/config.ts');
    assert.deepEqual(
      CLINIC_KEYS,
      KEYS.filter((key) => !['locale', 'debug'].includes(key))
    );
    assert.ok(CLINIC_KEYS.includes('inquiryUrl') && !CLINIC_KEYS.includes('locale'));
  });

  it('accepts exactly the URLs <inquiry-cta> accepts (src/core/url.ts allowedUrl)', async () => {
    const {allowedUrl} = await importSource('src/core/url.ts');
    const values = [
      'https://clinic.example/in',
      '/api/inquiry',
      'http://localhost:8080/in',
      'http://127.0.0.1/in',
      'http://[::1]/in',
      'http://clinic.example/in',
      'https://user:pw@clinic.example/in',
      'mailto:info@clinic.example',
      'tel:+100200300',
      'javascript:alert(1)',
      'data:text/html,x',
      'https://exa mple.com/',
    ];
    for (const [key, schemes] of Object.entries(URL_SCHEMES)) {
      for (const value of values) {
        const allowed = allowedUrl(value, schemes, 'https://embed.invalid/') !== null;
        let accepted = true;
        try {
          check({[key]: value});
        } catch {
          accepted = false;
        }
        assert.equal(accepted, allowed, `${key}: ${value}`);
      }
    }
  });

  it('says why a URL is refused', () => {
    assert.throws(() => check({inquiryUrl: 'https://exa mple.com/'}), /"inquiryUrl" is not a URL/);
    assert.throws(() => check({privacyUrl: 'https://u:p@clinic.example/'}), /user name or password/);
    assert.throws(
      () => check({contactUrl: 'tel:1'}),
      /"contactUrl" must be an https: or mailto: URL \(http: only on localhost\)/
    );
  });

  it('has the schemes <inquiry-cta> reads each URL setting with (its url() calls)', () => {
    const source = readFileSync(join(ROOT, 'src/elements/inquiry-cta/inquiry-cta.ts'), 'utf8');
    const calls = [...source.matchAll(/this\.url\(\s*'[^']+',\s*'(\w+)',\s*\[([^\]]*)\]\s*\)/g)];
    const read = Object.fromEntries(calls.map(([, key, list]) => [key, list.match(/\w+/g)]));
    assert.deepEqual(read, URL_SCHEMES);
  });
});
