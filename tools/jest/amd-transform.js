'use strict';
// SPFx localized resources are AMD modules: `define([], function () { return { ... }; });`.
// Under Jest they become CommonJS modules exporting the same object.
module.exports = {
  process(sourceText) {
    return { code: `var define = function (deps, factory) { module.exports = factory(); };\n${sourceText}` };
  }
};
