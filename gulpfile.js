'use strict';

const build = require('@microsoft/sp-build-web');

build.addSuppression(`Warning - [sass] The local CSS class 'ms-Grid' is not camelCase and will not be type-safe.`);

// The gulp toolchain's own Jest is too old for PMO Hub's tests; `npm test` runs Jest 30 directly.
build.tslintCmd.enabled = false;

const getTasks = build.rig.getTasks;
build.rig.getTasks = function () {
  const result = getTasks.call(build.rig);
  result.set('serve', result.get('serve-deprecated'));
  return result;
};

build.configureWebpack.mergeConfig({
  additionalConfiguration: config => {
    // PMO Hub's light controls (src/components/controls) have no side effects at import: a web part
    // that imports one control from their barrel carries only the controls it uses (with their
    // styles, which keep their side effect: they load the stylesheet), not the others.
    config.module.rules.push({ test: /[\\/]lib[\\/]components[\\/]controls[\\/][^\\/]+\.js$/, exclude: /\.scss\.js$/, sideEffects: false });
    // The domain (src/domain) is pure functions and constants, without side effects at import by design:
    // a web part that imports one rule from a domain index (domain/portfolio, domain/scoring…) carries
    // that rule and what it needs, not the whole area.
    config.module.rules.push({ test: /[\\/]lib[\\/]domain[\\/].+\.js$/, sideEffects: false });
    // The optimizer's HiGHS loader (highs.mjs, in the lazy `optimizer` chunk) imports `node:module` only
    // when it runs in Node; that branch never runs in the browser, so the bundle leaves it out. Its
    // `new URL('highs.wasm', import.meta.url)` makes webpack emit the WebAssembly binary as an asset.
    // pptxgenjs (the lazy `report-pptx` chunk) likewise imports `node:fs` and `node:https` only in Node;
    // without this, webpack stops at them (UnhandledSchemeError).
    config.plugins.push(new (require('webpack').IgnorePlugin)({ resourceRegExp: /^node:(module|fs|https)$/ }));
    // `npm run bench -- bundles` asks for webpack's stats (PMO_BUNDLE_STATS=<file>): which chunks each web
    // part loads and which modules they hold. Off otherwise (stats cost build time).
    if (process.env.PMO_BUNDLE_STATS) {
      config.plugins.push({
        apply: compiler => compiler.hooks.done.tap('pmo-bundle-stats', stats => {
          const json = stats.toJson({
            all: false, assets: true, chunks: true, chunkModules: true, chunkRelations: true, chunkGroups: true, entrypoints: true, ids: true,
            nestedModules: true, dependentModules: true, chunkModulesSpace: Infinity, nestedModulesSpace: Infinity
          });
          require('fs').writeFileSync(process.env.PMO_BUNDLE_STATS, JSON.stringify(json));
        })
      });
    }
    return config;
  }
});

build.initialize(require('gulp'));
