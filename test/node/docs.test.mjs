// README.md and docs/: every code block a reader copies is checked against
// the code, and every other one says it is not for copying
// (docs/contributors.md, "The docs' code blocks"). The line before a fenced
// block (blank lines aside) is its marker:
//   <!-- check: <kind> [options] -->   copied by readers; checked below by kind
//   <!-- test/types/<file> -->         a quote of a type-tested file (readme-frameworks.test.mjs)
//   <!-- test/apps/<file>[#n] -->      a quote of an app CI runs (apps-docs.test.mjs)
//   <!-- illustration -->              not for copying (also: info string `text` and no marker)
// Besides the blocks: every `npm run` names a script, every repository path
// exists (a dist/ path is one the build writes), every relative link and
// #anchor resolves, each page for a reader starts with what that reader wants
// to do, and the README stays short.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {builtinModules} from 'node:module';
import {dirname, join, normalize, resolve} from 'node:path';
import {before, describe, it} from 'node:test';
import {iframeSnippet, PLACEHOLDER_BASE, snippet} from '../../scripts/snippet.mjs';
import {clinicAttributes, elementOptions} from '../../build/element-options.mjs';
import {checkClinicConfig} from '../../build/embed-config.mjs';
import {distTree} from '../server/embed.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (file) => readFileSync(join(ROOT, file), 'utf8');
const pkg = JSON.parse(read('package.json'));

/** The pages checked: the README, every page in docs/, and the pointer left in locales/. */
const PAGES = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((file) => file.endsWith('.md'))
    .map((file) => `docs/${file}`),
  'locales/README.md',
];
/** The pages for one kind of reader, each starting with "You want to…". */
const READER_PAGES = [
  'editors',
  'developers',
  'apps',
  'elements',
  'hosting',
  'translators',
  'contributors',
].map((name) => `docs/${name}.md`);

const TAGS = readdirSync(join(ROOT, 'src/elements')).filter((tag) =>
  existsSync(join(ROOT, 'src/elements', tag, `${tag}.ts`))
);

// ------------------------------------------------------------------ markdown

/** Fenced blocks of a page: {page, line, info, code, marker}. */
function blocksOf(page) {
  const lines = read(page).split('\n');
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(.*)$/.exec(lines[i]);
    if (!open) continue;
    let end = i + 1;
    while (end < lines.length && lines[end] !== '```') end++;
    assert.ok(end < lines.length, `${page}:${i + 1}: a code block that is never closed`);
    let before = i - 1;
    while (before >= 0 && !lines[before].trim()) before--;
    const marker = /^<!-- (.*) -->$/.exec(lines[before] ?? '')?.[1];
    blocks.push({page, line: i + 1, info: open[1].trim(), code: lines.slice(i + 1, end).join('\n'), marker});
    i = end;
  }
  return blocks;
}

/** The page without its fenced blocks (lines kept, blocks blanked). */
function prose(page) {
  let inside = false;
  return read(page)
    .split('\n')
    .map((line) => {
      if (line.startsWith('```')) {
        inside = !inside;
        return '';
      }
      return inside ? '' : line;
    })
    .join('\n');
}

/** GitHub's anchor for a heading's text. */
function slug(text) {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The anchors of a page's headings, numbered as GitHub numbers repeated ones. */
function anchorsOf(page) {
  const seen = new Map();
  const anchors = new Set();
  for (const [, text] of prose(page).matchAll(/^#{1,6} (.+)$/gm)) {
    const base = slug(text);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count ? `${base}-${count}` : base);
  }
  return anchors;
}

/** The part of a page from the heading `heading` to the next heading of its level or above. */
function section(page, heading) {
  const text = prose(page);
  const level = /^#+/.exec(heading)[0].length;
  const start = text.split('\n').findIndex((line) => line === heading);
  assert.ok(start >= 0, `${page} has the heading "${heading}"`);
  const rest = text.split('\n').slice(start + 1);
  const end = rest.findIndex((line) => new RegExp(`^#{1,${level}} `).test(line));
  return rest.slice(0, end < 0 ? undefined : end).join('\n');
}

// --------------------------------------------------------------- the code

/** Hashes and rollup's chunk-name hashes, elided as the docs show them. */
const elide = (text) =>
  text
    .replace(/sha384-[A-Za-z0-9+/=]+/g, 'sha384-…')
    .replace(/(chunks\/[a-z0-9]+(?:-[a-z0-9]+)*?)-[A-Za-z0-9_-]{8}\.js/g, '$1-….js');

/** The page config keys src/core/config.ts accepts. */
const CONFIG_KEYS = [
  ...read('src/core/config.ts')
    .match(/export const KEYS[^=]*= \[([^\]]*)\]/)[1]
    .matchAll(/'(\w+)'/g),
].map(([, key]) => key);

/** Every event declared on GlobalEventHandlersEventMap. */
const EVENTS = new Set(
  TAGS.flatMap((tag) =>
    [...read(`src/elements/${tag}/${tag}.ts`).matchAll(/'(dw-[a-z-]+)': CustomEvent</g)].map(
      ([, name]) => name
    )
  )
);

/** tag → its parts (JSDoc @csspart). */
const PARTS = Object.fromEntries(
  TAGS.map((tag) => [
    tag,
    new Set([...read(`src/elements/${tag}/${tag}.ts`).matchAll(/@csspart ([a-z-]+)/g)].map(([, p]) => p)),
  ])
);

/** The public --dw-* tokens: the mapping in src/core/styles.ts. */
const TOKENS = new Set([...read('src/core/styles.ts').matchAll(/var\((--dw-[a-z-]+)/g)].map(([, t]) => t));

/** The HTML elements of the HTML standard (custom elements are checked against src/elements/). */
const HTML_ELEMENTS = new Set(
  `a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption cite code col
  colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure footer form h1 h2
  h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link main map mark menu meta
  meter nav noscript object ol optgroup option output p picture pre progress q rp rt ruby s samp script search
  section select slot small source span strong style sub summary sup table tbody td template textarea tfoot th
  thead time title tr track u ul var video wbr svg math`.split(/\s+/)
);

/** Names exported by an entry's source: `export {A, type B} from`, `export const/function/class`. */
function exportedNames(file) {
  const text = read(file);
  const names = new Set();
  for (const [, list] of text.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}/g)) {
    for (const item of list.split(',')) {
      const name = item
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)
        .pop();
      if (name) names.add(name);
    }
  }
  for (const [, name] of text.matchAll(/export\s+(?:async\s+)?(?:const|let|function|class)\s+(\w+)/g))
    names.add(name);
  if (/export \* from '\.\/define\.js'/.test(text))
    for (const n of exportedNames('src/define.ts')) names.add(n);
  return names;
}

/** The package's own entries: export subpath → the source that defines its names. */
const ENTRY_SOURCES = {'.': 'src/define.ts', './server': 'src/server.ts'};

/** The export map key a subpath matches (`./elements/*.js` with a real tag), or undefined. */
function exportKey(subpath) {
  return Object.keys(pkg.exports).find((key) => {
    if (!key.includes('*')) return key === subpath;
    const [head, tail] = key.split('*');
    if (!subpath.startsWith(head) || !subpath.endsWith(tail)) return false;
    const star = subpath.slice(head.length, subpath.length - tail.length);
    return key === './elements/*.js' ? TAGS.includes(star) : star.length > 0;
  });
}

/** The headers test/server/second-origin.mjs sends: name → value patterns; and those of its script answers. */
function testServerHeaders() {
  const source = read('test/server/second-origin.mjs');
  const values = new Map();
  const add = (name, expression) => {
    const literals = [
      ...[...expression.matchAll(/'([^']*)'/g)].map(([, v]) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
      ...[...expression.matchAll(/`([^`]*)`/g)].map(([, v]) =>
        v
          .split(/\$\{[^}]*\}/)
          .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('.+')
      ),
    ];
    values.set(name, [...(values.get(name) ?? []), ...literals.map((p) => new RegExp(`^${p}$`))]);
  };
  for (const [, name, expression] of source.matchAll(/^\s*'([A-Z][A-Za-z-]+)': (.+?),?$/gm))
    add(name, expression);
  for (const [, name, expression] of source.matchAll(/headers\['([A-Z][A-Za-z-]+)'\] = (.+?);$/gm))
    add(name, expression);
  const answer = source.slice(source.indexOf('async function answer('));
  const scripts = answer.slice(0, answer.indexOf('\n}\n'));
  const scriptHeaders = [...scripts.matchAll(/'([A-Z][A-Za-z-]+)'(?=:|\] =)/g)].map(([, name]) => name);
  return {values, scriptHeaders: [...new Set(scriptHeaders)]};
}

// ---------------------------------------------------------------- the checks

let tree;
let integrity;
let options;
before(async () => {
  // dist/ as `npm run build` writes it, in memory (the bundle, the embed, the
  // versioned copy and integrity.json, the prerendered fragments).
  tree = await distTree();
  integrity = JSON.parse(tree.get('integrity.json'));
  options = await elementOptions();
});

/** Each html block's elements exist; a page config in it is valid; an import map parses. */
function checkHtml(code, where) {
  const bare = code.replace(/"[^"]*"/g, '""');
  for (const [, tag] of bare.matchAll(/<([a-zA-Z][\w-]*)/g)) {
    const name = tag.toLowerCase();
    assert.ok(
      name.includes('-') ? TAGS.includes(name) : HTML_ELEMENTS.has(name),
      `${where}: <${name}> is neither an element of this package nor an HTML element`
    );
  }
  for (const [, json] of code.matchAll(
    /<script type="application\/json" data-dystonia-widgets>([\s\S]*?)<\/script>/g
  )) {
    checkPageConfig(JSON.parse(json), where);
  }
  for (const [, json] of code.matchAll(/<script type="importmap">([\s\S]*?)<\/script>/g)) JSON.parse(json);
}

function checkPageConfig(config, where) {
  assert.equal(typeof config, 'object', `${where}: the page config is a JSON object`);
  for (const [key, value] of Object.entries(config)) {
    assert.ok(
      CONFIG_KEYS.includes(key),
      `${where}: "${key}" is not a page config key (${CONFIG_KEYS.join(', ')})`
    );
    assert.equal(typeof value, key === 'debug' ? 'boolean' : 'string', `${where}: the type of "${key}"`);
  }
}

/** `npm run x`, `npm start`, `npm test` and `node <file>` in a command line or in prose. */
function checkCommands(text, where) {
  for (const [, script] of text.matchAll(/\bnpm run ([a-z][\w:-]*)/g)) {
    assert.ok(
      Object.hasOwn(pkg.scripts, script),
      `${where}: "npm run ${script}" is not a script of package.json`
    );
  }
  for (const [, script] of text.matchAll(/\bnpm (start|test)\b/g)) {
    assert.ok(
      Object.hasOwn(pkg.scripts, script),
      `${where}: "npm ${script}" is not a script of package.json`
    );
  }
}

const checks = {
  async snippet(block, args) {
    const locale = args.find((a) => a.startsWith('locale='))?.slice('locale='.length);
    const withImportMap = !args.includes('no-import-map');
    const expected = elide(snippet(integrity, {base: PLACEHOLDER_BASE, locale, withImportMap}));
    const shown = `${block.code}\n`;
    assert.ok(
      shown.startsWith(expected),
      `${block.page}:${block.line} should start with what \`npm run snippet${locale ? ` -- --locale ${locale}` : ''}${withImportMap ? '' : ' --no-import-map'}\` prints (hashes elided):\n${expected}`
    );
    assert.equal(
      shown
        .slice(expected.length)
        .replace(/<(\/?)([a-z-]+)>/g, '')
        .trim(),
      '',
      `${block.page}:${block.line}: after the tags, only elements`
    );
  },

  async iframe(block) {
    const where = `${block.page}:${block.line}`;
    const src = /<iframe src="([^"]*)"/.exec(block.code)?.[1].replaceAll('&amp;', '&');
    assert.ok(src, `${where}: an <iframe src>`);
    const url = new URL(src.replace('<your host>', 'your-host.invalid'));
    const tag = url.searchParams.get('tag');
    const locale = url.searchParams.get('locale') ?? undefined;
    const attributes = Object.fromEntries(
      [...url.searchParams].filter(([name]) => !['tag', 'locale'].includes(name))
    );
    // The embed accepts them: a tag of this package, a shipped locale, presentation attributes with allowed values.
    assert.ok(Object.hasOwn(options.tags, tag), `${where}: tag=${tag}`);
    if (locale) assert.ok(options.locales.includes(locale), `${where}: locale=${locale} is shipped`);
    for (const [name, value] of Object.entries(attributes)) {
      const spec = options.tags[tag].attributes.find((a) => a.name === name);
      assert.ok(spec, `${where}: <${tag}> has no attribute ${name}`);
      assert.equal(
        spec.clinic,
        false,
        `${where}: ${name} is a clinic setting, which the embed refuses in its address`
      );
      if (spec.type === 'enum') assert.ok(spec.values.includes(value), `${where}: ${name}=${value}`);
      if (spec.type === 'boolean') assert.equal(value, '', `${where}: ${name} is a switch`);
      if (spec.type === 'number') {
        const n = Number(value);
        assert.ok(
          n >= (spec.min ?? -Infinity) && n <= (spec.max ?? Infinity),
          `${where}: ${name}=${value} in range`
        );
      }
    }
    const title = /title="([^"]*)"/.exec(block.code)[1];
    const height = Number(/height="(\d+)"/.exec(block.code)[1]);
    // The placeholder host stands for a real one (iframeSnippet() escapes the src, which a real host never needs).
    const host = 'your-host.invalid';
    const expected = iframeSnippet(integrity, {
      base: PLACEHOLDER_BASE.replace('<your host>', host),
      tag,
      locale,
      attributes,
      title,
      height,
      withResize: block.code.includes('resize.js'),
    });
    assert.equal(
      `${block.code}\n`,
      elide(expected).replaceAll(host, '<your host>'),
      `${where}: what the builder's iframeSnippet() writes`
    );
  },

  async 'page-config'(block) {
    const where = `${block.page}:${block.line}`;
    if (block.info === 'json') checkPageConfig(JSON.parse(block.code), where);
    else assert.match(block.code, /data-dystonia-widgets/, `${where}: a page config block`);
  },

  async 'embed-config'(block) {
    const where = `${block.page}:${block.line}`;
    const config = JSON.parse(block.code);
    const example = JSON.parse(read('embed/embed.config.example.json'));
    for (const key of Object.keys(config)) {
      assert.ok(Object.hasOwn(example, key), `${where}: "${key}" is not in embed/embed.config.example.json`);
    }
    for (const [tag, values] of Object.entries(config.elements ?? {})) {
      assert.ok(Object.hasOwn(example.elements, tag), `${where}: elements."${tag}" is not in the example`);
      for (const key of Object.keys(values)) {
        assert.ok(Object.hasOwn(example.elements[tag], key), `${where}: elements."${tag}"."${key}"`);
      }
    }
    // And the build accepts it.
    checkClinicConfig(config, clinicAttributes(options));
  },

  async module(block) {
    const where = `${block.page}:${block.line}`;
    const imports = [
      ...block.code.matchAll(/^import\s+(type\s+)?(?:([\w\s{},*]+?)\s+from\s+)?'([^']+)';/gm),
    ].map(([, type, names, specifier]) => ({
      type: Boolean(type),
      names:
        /\{([^}]*)\}/
          .exec(names ?? '')?.[1]
          .split(',')
          .map((n) => n.trim().replace(/^type\s+/, ''))
          .filter(Boolean) ?? [],
      specifier,
    }));
    for (const {type, names, specifier} of imports) {
      if (specifier === pkg.name || specifier.startsWith(`${pkg.name}/`)) {
        const key = exportKey(`.${specifier.slice(pkg.name.length)}`);
        assert.ok(key, `${where}: ${specifier} is not in package.json's exports`);
        if (names.length && !type) {
          const exported = exportedNames(ENTRY_SOURCES[key]);
          for (const name of names)
            assert.ok(exported.has(name), `${where}: ${specifier} exports no ${name}`);
        }
        continue;
      }
      assert.ok(!specifier.startsWith('.'), `${where}: a reader has no file ${specifier}`);
      const name = specifier.startsWith('@')
        ? specifier.split('/').slice(0, 2).join('/')
        : specifier.split('/')[0];
      if (builtinModules.includes(name.replace(/^node:/, ''))) continue;
      assert.ok(
        Object.hasOwn(pkg.dependencies, name) || Object.hasOwn(pkg.devDependencies, name),
        `${where}: ${name} is not a dependency`
      );
      const module = await import(specifier);
      for (const n of names) assert.ok(n in module, `${where}: ${specifier} exports no ${n}`);
    }
    for (const [, event] of block.code.matchAll(/'(dw-[a-z-]+)'/g)) {
      assert.ok(EVENTS.has(event), `${where}: no element fires ${event}`);
    }
  },

  async css(block) {
    const where = `${block.page}:${block.line}`;
    for (const [token] of block.code.matchAll(/--dw-[a-z-]+/g)) {
      assert.ok(TOKENS.has(token), `${where}: ${token} is not a token of src/core/styles.ts`);
    }
    for (const [, tag] of block.code.matchAll(/(?:^|[\s,}])([a-z]+-[a-z-]+)(?=[\s:{,])/gm)) {
      assert.ok(TAGS.includes(tag), `${where}: <${tag}> is not an element of this package`);
    }
    for (const [, tag, part] of block.code.matchAll(/([a-z]+-[a-z-]+)::part\(([a-z-]+)\)/g)) {
      assert.ok(PARTS[tag].has(part), `${where}: <${tag}> has no part "${part}"`);
    }
  },

  async nginx(block) {
    const where = `${block.page}:${block.line}`;
    const {values, scriptHeaders} = testServerHeaders();
    const sent = [...block.code.matchAll(/^\s*add_header ([\w-]+) "?([^"\n]*?)"? always;$/gm)];
    checkHeaderValues(sent, values, where);
    const names = new Set(sent.map(([, name]) => name));
    for (const name of [...scriptHeaders, 'Content-Security-Policy'].filter((n) => n !== 'Content-Type')) {
      assert.ok(names.has(name), `${where}: the test server sends ${name}; the example does not`);
    }
    for (const value of ['public, max-age=300', 'public, max-age=31536000, immutable']) {
      assert.ok(
        values.get('Cache-Control').some((re) => re.test(value)),
        `the test server sends ${value}`
      );
      assert.ok(
        sent.some(([, n, v]) => n === 'Cache-Control' && v === value),
        `${where}: Cache-Control ${value}`
      );
    }
    // Content-Type: the server's text/javascript; charset=utf-8.
    assert.ok(values.get('Content-Type').some((re) => re.test('text/javascript; charset=utf-8')));
    assert.match(block.code, /types \{ text\/javascript js;/, `${where}: .js as text/javascript`);
    assert.match(block.code, /^\s*charset utf-8;$/m, `${where}: charset utf-8`);
    assert.match(block.code, /charset_types text\/javascript/, `${where}: the charset on .js`);
    // Compression (docs/hosting.md, Compression).
    assert.match(block.code, /^gzip on;$/m, `${where}: gzip on`);
    assert.match(
      block.code,
      /^gzip_types .*text\/javascript/m,
      `${where}: gzip_types includes text/javascript`
    );
    assert.match(block.code, /^gzip_vary on;$/m, `${where}: Vary: Accept-Encoding`);
    assert.match(block.code, /brotli/, `${where}: Brotli`);
  },

  async headers(block) {
    const where = `${block.page}:${block.line}`;
    const {values} = testServerHeaders();
    const sent = [...block.code.matchAll(/^ {2}([\w-]+): (.+)$/gm)];
    checkHeaderValues(sent, values, where);
    const names = new Set(sent.map(([, name]) => name));
    for (const name of ['Access-Control-Allow-Origin', 'X-Content-Type-Options', 'Content-Security-Policy']) {
      assert.ok(names.has(name), `${where}: ${name}`);
    }
    assert.ok(
      sent.some(([, n, v]) => n === 'Cache-Control' && v === 'public, max-age=31536000, immutable'),
      `${where}: the versioned files' Cache-Control`
    );
    for (const [, path] of block.code.matchAll(/^(\S+)$/gm)) {
      assert.match(path, /^\/dystonia-widgets\//, `${where}: a rule for the files' base path`);
    }
  },

  async sh(block) {
    for (const [, file] of block.code.matchAll(/\bnode ([\w./-]+\.m?js)/g)) {
      assert.ok(existsSync(join(ROOT, file)), `${block.page}:${block.line}: ${file}`);
    }
    assert.match(block.code, /\bnpm\b/, `${block.page}:${block.line}: a command line`);
  },

  async xliff(block) {
    const where = `${block.page}:${block.line}`;
    const files = readdirSync(join(ROOT, 'locales'))
      .filter((f) => f.endsWith('.xlf'))
      .map((f) => read(`locales/${f}`));
    const units = [...block.code.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
    assert.ok(units.length, `${where}: a trans-unit`);
    for (const [, id, body] of units) {
      const source = /<source>([\s\S]*?)<\/source>/.exec(body)[1];
      // The target with its opening tag, state included.
      const target = /<target(?: [^>]*)?>[\s\S]*?<\/target>/.exec(body)?.[0];
      assert.ok(
        files.some((xlf) => {
          const unit = new RegExp(
            `<trans-unit id="${id.replace(/\./g, '\\.')}">([\\s\\S]*?)</trans-unit>`
          ).exec(xlf);
          return (
            unit && unit[1].includes(`<source>${source}</source>`) && (!target || unit[1].includes(target))
          );
        }),
        `${where}: a unit ${id} with this source and target in locales/*.xlf`
      );
    }
  },

  async 'i18n-status'(block) {
    const run = spawnSync(process.execPath, ['scripts/i18n-status.mjs'], {cwd: ROOT, encoding: 'utf8'});
    const lines = run.stdout.split('\n');
    const start = lines.findIndex((line) => /^locale\s+total/.test(line));
    assert.ok(start >= 0, `npm run i18n:status prints its table:\n${run.stdout}${run.stderr}`);
    const end = lines.findIndex((line, i) => i > start && !line.trim());
    assert.equal(
      block.code,
      lines.slice(start, end).join('\n'),
      `${block.page}:${block.line}: the table \`npm run i18n:status\` prints today`
    );
  },
};

function checkHeaderValues(sent, values, where) {
  assert.ok(sent.length, `${where}: some headers`);
  for (const [, name, value] of sent) {
    assert.ok(values.has(name), `${where}: test/server/second-origin.mjs sends no ${name}`);
    if (name === 'Content-Security-Policy') {
      const [directive, ...sources] = value.split(/\s+/);
      assert.equal(directive, 'frame-ancestors', `${where}: ${name} sets frame-ancestors`);
      assert.ok(sources.length && !sources.includes('*'), `${where}: frame-ancestors lists sites, never *`);
      assert.ok(
        values.get(name).some((re) => re.test(value)),
        `${where}: ${name}: ${value}`
      );
    } else {
      assert.ok(
        values.get(name).some((re) => re.test(value)),
        `${where}: the test server never sends ${name}: ${value}`
      );
    }
  }
}

describe('the code blocks of README.md and docs/', () => {
  const blocks = PAGES.flatMap(blocksOf);

  it('finds blocks to check, and each has an info string and a marker (or is text)', () => {
    assert.ok(blocks.length > 10);
    for (const block of blocks) {
      const where = `${block.page}:${block.line}`;
      assert.ok(block.info, `${where}: a code block without a language`);
      assert.ok(
        block.marker || block.info === 'text',
        `${where}: mark the block: <!-- check: <kind> -->, <!-- test/types/<file> --> or <!-- illustration -->`
      );
      if (block.marker?.startsWith('check: ')) {
        const kind = block.marker.slice('check: '.length).split(' ')[0];
        assert.ok(
          Object.hasOwn(checks, kind),
          `${where}: unknown check "${kind}" (${Object.keys(checks).join(', ')})`
        );
      } else if (block.marker) {
        assert.ok(
          block.marker === 'illustration' || existsSync(join(ROOT, block.marker.replace(/#\d+$/, ''))),
          `${where}: unknown marker "${block.marker}"`
        );
      }
    }
  });

  for (const block of blocks) {
    const kind = block.marker?.startsWith('check: ') && block.marker.slice('check: '.length).split(' ');
    if (!kind || !Object.hasOwn(checks, kind[0])) continue;
    it(`${block.page}:${block.line} (${block.marker.slice('check: '.length)})`, async () => {
      await checks[kind[0]](block, kind.slice(1));
      if (block.info === 'html') checkHtml(block.code, `${block.page}:${block.line}`);
      if (block.info === 'sh' || block.info === 'html')
        checkCommands(block.code, `${block.page}:${block.line}`);
      if (block.info === 'json') JSON.parse(block.code);
    });
  }

  it('covers the kinds a reader copies: the snippets, the configs, the servers, the modules', () => {
    const kinds = new Set(blocks.map((b) => b.marker?.startsWith('check: ') && b.marker.split(' ')[1]));
    for (const kind of [
      'snippet',
      'iframe',
      'page-config',
      'embed-config',
      'module',
      'css',
      'nginx',
      'headers',
    ]) {
      assert.ok(kinds.has(kind), `some block is checked as ${kind}`);
    }
  });
});

// ------------------------------------------------------------------ prose

/** Repository files and directories (relative, with a trailing / for directories). */
function repoEntries() {
  const entries = new Set();
  const walk = (dir) => {
    for (const entry of readdirSync(join(ROOT, dir), {withFileTypes: true})) {
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      if (!dir && ['node_modules', 'dist', '.git', 'test-results'].includes(entry.name)) continue;
      if (entry.isDirectory()) {
        entries.add(`${path}/`);
        walk(path);
      } else entries.add(path);
    }
  };
  walk('');
  return entries;
}

/** A path with <placeholders> and * as a pattern over whole paths. */
function pattern(path) {
  const parts = path.split(/(<[^>]+>|\*)/).map((part) => {
    if (part === '*') return '[^/]*';
    if (/^<[^>]+>$/.test(part)) return '[^/]+';
    return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  });
  // A directory names itself and what is in it.
  return new RegExp(`^${parts.join('')}${path.endsWith('/') ? '' : '(/|$)'}`);
}

/** What the build writes under dist/: the in-memory build, and what package.json and size-budgets.json name. */
function distEntries() {
  const targets = [];
  const collect = (value) => {
    if (typeof value === 'string') targets.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect([pkg.main, pkg.module, pkg.types, pkg.customElements, pkg.exports, pkg.files]);
  const budgets = JSON.parse(read('size-budgets.json'));
  return [
    ...tree.keys(),
    ...targets
      .map((t) => t.replace(/^!?\.?\/?/, ''))
      .filter((t) => t.startsWith('dist/'))
      .map((t) => t.slice('dist/'.length)),
    ...Object.keys(budgets.entries),
  ].map((path) => path.replace(/\*/g, '<any>'));
}

describe('the prose of README.md and docs/', () => {
  it('names only npm scripts that exist', () => {
    for (const page of PAGES) checkCommands(read(page), page);
  });

  it('names only repository paths that exist, and dist/ paths the build writes', () => {
    const repo = [...repoEntries()];
    const dist = distEntries();
    const TOP = '(?:src|test|scripts|build|bench|embed|demo|docs|locales|dist|\\.ci)';
    const missing = [];
    for (const page of PAGES) {
      const text = read(page).replace(/https?:\/\/\S+/g, '');
      for (const [, raw] of text.matchAll(
        new RegExp(`(?<![\\w./<>@-])(${TOP}/(?:[\\w.*/-]|<[\\w -]+>)*)`, 'g')
      )) {
        const path = raw.replace(/[.,:;]+$/, '');
        const built = (rest) => {
          const re = pattern(rest);
          return rest === '' || dist.some((file) => re.test(file) || pattern(file).test(rest));
        };
        if (path.startsWith('dist/')) {
          if (!built(path.slice('dist/'.length))) missing.push(`${page}: ${path} (not written by the build)`);
        } else {
          // A path next to the bundle (`locales/es.js`) is one under dist/.
          const re = pattern(path);
          if (!repo.some((entry) => re.test(entry)) && !built(path)) missing.push(`${page}: ${path}`);
        }
      }
    }
    assert.deepEqual(missing, []);
  });

  it('links only to files and #anchors that exist', () => {
    const broken = [];
    for (const page of PAGES) {
      const text = prose(page).replace(/`[^`]*`/g, '');
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(target)) continue;
        const [file, anchor] = target.split('#');
        const path = file ? normalize(join(dirname(page), file)) : page;
        if (!existsSync(join(ROOT, path))) {
          broken.push(`${page}: ${target} (no ${path})`);
          continue;
        }
        if (anchor !== undefined && !(path.endsWith('.md') && anchorsOf(path).has(anchor))) {
          broken.push(`${page}: ${target} (no heading #${anchor} in ${path})`);
        }
      }
    }
    assert.deepEqual(broken, []);
  });

  it('names only events the elements fire', () => {
    for (const page of PAGES) {
      for (const [, event] of read(page).matchAll(/`(dw-[a-z]+(?:-[a-z]+)+)`/g)) {
        assert.ok(EVENTS.has(event), `${page}: ${event}`);
      }
    }
  });
});

describe('the pages', () => {
  it('README.md is the front door: at most 150 lines, linking every page in docs/', () => {
    const readme = read('README.md');
    assert.ok(readme.split('\n').length <= 150, `README.md has ${readme.split('\n').length} lines`);
    for (const page of PAGES.filter((p) => p.startsWith('docs/'))) {
      assert.ok(readme.includes(`](${page})`), `README.md links ${page}`);
    }
    assert.match(readme, /!\[[^\]]+\]\(docs\/images\/guide\.png\)/, 'the screenshot, with a description');
  });

  for (const page of READER_PAGES) {
    it(`${page} starts with what its reader wants to do`, () => {
      const lines = prose(page)
        .split('\n')
        .filter((line) => line.trim());
      assert.match(lines[0], /^# /);
      assert.equal(lines[1], 'You want to…');
      const list = [];
      for (const line of lines.slice(2)) {
        if (/^- /.test(line)) list.push(line);
        else if (/^ {2}\S/.test(line) && list.length) list[list.length - 1] += line;
        else break;
      }
      assert.ok(list.length >= 3, `${page}: a list of what the reader wants to do`);
      for (const item of list)
        assert.match(item, /\]\([^)]*#[^)]+\)/, `${page}: "${item}" links to a section`);
    });
  }

  it('docs/elements.md: one section per element, each with its attribute table markers', () => {
    const text = read('docs/elements.md');
    const markers = [...text.matchAll(/<!-- (\/?)attributes(?:: ([a-z-]+))? -->/g)].map(([, close, name]) =>
      close ? '/' : name
    );
    // Pairs: a name, then its closing marker.
    for (let i = 0; i < markers.length; i += 2) {
      assert.notEqual(markers[i], '/', 'an opening marker first');
      assert.equal(markers[i + 1], '/', `<!-- attributes: ${markers[i]} --> is closed before the next`);
    }
    const named = markers.filter((m) => m !== '/');
    assert.deepEqual(
      [...named].sort(),
      [...TAGS, 'common'].sort(),
      'one marker pair per element, and common'
    );
    for (const tag of TAGS) {
      assert.match(section('docs/elements.md', `## \`<${tag}>\``), new RegExp(`<!-- attributes: ${tag} -->`));
    }
  });

  it('docs/contributors.md has the section the lead fills with the dependencies we reach into', () => {
    assert.match(section('docs/contributors.md', '## Dependencies we reach into'), /<!-- reach-into -->/);
  });
});
