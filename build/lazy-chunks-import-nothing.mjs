// Fails the build if a lazily imported chunk of src/ (the inquiry form's
// code, the debug panel) imports anything. Such a chunk would import the
// bundle back by its plain URL, so a bundle loaded as
// `dystonia-widgets.js?ver=…` would run twice; the lazy modules import types
// only and get Lit and the core through their init() instead. Rewrites
// nothing. Locale chunks are checked by build/self-contained-locales.mjs.

export function lazyChunksImportNothing() {
  return {
    name: 'lazy-chunks-import-nothing',
    generateBundle(options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isDynamicEntry || chunk.isEntry) continue;
        if (chunk.imports.length || chunk.dynamicImports.length)
          this.error(
            `${chunk.fileName} is loaded lazily but imports ${[...chunk.imports, ...chunk.dynamicImports].join(', ')}`
          );
      }
    },
  };
}
