// docs/apps.md ("Use it in your app") quotes the apps CI runs (test/apps/):
// each quote is its file's region as it is (scripts/apps-docs.mjs), and
// every app has a section that quotes it.
import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import {APPS_PAGE, quotedFiles, renderAppsPage, ROOT} from '../../scripts/apps-docs.mjs';

const page = readFileSync(APPS_PAGE, 'utf8');
const apps = readdirSync(join(ROOT, 'test/apps'), {withFileTypes: true})
  .filter((d) => d.isDirectory() && existsSync(join(ROOT, 'test/apps', d.name, 'check.mjs')))
  .map((d) => d.name);

describe('docs/apps.md', () => {
  it("quotes each app's regions as they are (npm run docs writes them)", () => {
    assert.equal(page, renderAppsPage(page));
  });

  it('quotes every app of test/apps/', () => {
    assert.ok(apps.length >= 6, `apps: ${apps.join(', ')}`);
    const quoted = new Set(quotedFiles(page).map((file) => file.split('/')[2]));
    for (const app of apps) assert.ok(quoted.has(app), `docs/apps.md quotes no file of test/apps/${app}`);
  });

  it('fails on a region that is not there', () => {
    assert.throws(() => renderAppsPage('<!-- test/apps/node/server.mjs#9 -->\n'), /has no region #9/);
  });
});
