// Serves the real rollup build (rollup.config.mjs, in memory) to the tests:
//   /built/current/…  the bundle as shipped
//   /built/copy/…     the same bundle again under another URL: a second copy on the page
//   /built/other/…    the bundle with another version number, as if two releases were pasted
import {rollup} from 'rollup';
import configs from '../../rollup.config.mjs';

// The CDN bundle, the one a pasted <script> tag loads.
const config = configs[0];

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

async function build(version) {
  const bundle = await rollup({
    ...config,
    plugins: [...config.plugins.filter((p) => p.name !== 'import-graph'), withVersion(version)],
  });
  const {output} = await bundle.generate({...config.output, sourcemap: false});
  await bundle.close();
  return new Map(output.filter((o) => o.type === 'chunk').map((o) => [o.fileName, o.code]));
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
