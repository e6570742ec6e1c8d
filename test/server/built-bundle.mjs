// Serves the real rollup build (rollup.config.mjs, in memory) to the tests:
//   /built/current/…  the bundle as shipped
//   /built/copy/…     the same bundle again under another URL: a second copy on the page
//   /built/other/…    the bundle with another version number, as if two releases were pasted
//   /built/…/elements/<tag>.js  the per-element entries (the second build), next to the bundle as in dist/
import {rollup} from 'rollup';
import configs from '../../rollup.config.mjs';

const OTHER_VERSION = '9.9.9';
const builds = new Map();

function withVersion(version) {
  return {
    name: 'test-version',
    transform(code, id) {
      if (!version || !id.endsWith('/src/core/version.ts')) return null;
      return {code: code.replace(/VERSION = (['"])[^'"]*\1/, `VERSION = '${version}'`), map: null};
    },
  };
}

async function buildOne(config, version, prefix) {
  const bundle = await rollup({
    ...config,
    plugins: [...config.plugins.filter((p) => p.name !== 'import-graph'), withVersion(version)],
  });
  const {output} = await bundle.generate({...config.output, sourcemap: false});
  await bundle.close();
  return output.filter((o) => o.type === 'chunk').map((o) => [prefix + o.fileName, o.code]);
}

// The CDN bundle (the one a pasted <script> tag loads) and the per-element entries.
async function build(version) {
  const [bundle, elements] = await Promise.all([
    buildOne(configs[0], version, ''),
    buildOne(configs[1], version, 'elements/'),
  ]);
  return new Map([...bundle, ...elements]);
}

function files(variant) {
  const version = variant === 'other' ? OTHER_VERSION : undefined;
  const key = version ?? 'current';
  if (!builds.has(key)) builds.set(key, build(version));
  return builds.get(key);
}

export function builtBundlePlugin() {
  return {
    name: 'built-bundle',
    serverStart() {
      // Build both variants up front so no test waits on rollup. A failed
      // build is reported here and again, as an error, by the requests for it.
      for (const variant of ['current', 'other']) {
        files(variant).catch((error) =>
          console.error(`[built-bundle] ${variant} build failed: ${error.message}`)
        );
      }
    },
    async serve(context) {
      const match = context.path.match(/^\/built\/(current|copy|other)\/(.+)$/);
      if (!match) return undefined;
      let built;
      try {
        built = await files(match[1]);
      } catch (error) {
        return {
          body: `throw new Error(${JSON.stringify(`bundle build failed: ${error.message}`)});`,
          type: 'js',
        };
      }
      const code = built.get(match[2]);
      return code === undefined ? undefined : {body: code, type: 'js'};
    },
  };
}
