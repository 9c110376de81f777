// module.findSourceMap(path): a CommonJS module compiled while source maps are enabled has the map
// its last sourceMappingURL comment names (a data: URL or a file), sources made absolute URLs, the
// generated lines' lengths; the same SourceMap each call; none for a module without a comment
// or loaded before enabling.
const { findSourceMap } = require('module');
const path = require('path');
const show = (f) => {
  const sm = findSourceMap(path.join(__dirname, f));
  console.log(f, sm === undefined ? 'undefined' : JSON.stringify([sm.payload.sources.map((s) => s.replace(require('url').pathToFileURL(__dirname).href, '<D>')), sm.payload.sourceRoot, sm.lineLengths, sm.findEntry(0, 0).originalLine]), sm !== undefined && sm === findSourceMap(path.join(__dirname, f)));
};
console.log(process.sourceMapsEnabled);
require('./c.js');
process.setSourceMapsEnabled(true);
require('./a.js');
require('./b.js');
for (const f of ['a.js', 'b.js', 'c.js', 'nope.js']) show(f);
