// What a data: URL module may import: URLs and built-ins resolve; relative, absolute-path, bare
// and '#' specifiers fail with ERR_UNSUPPORTED_RESOLVE_REQUEST, for import and
// import.meta.resolve alike (node 20).
const sources = ['import "./x.mjs"', 'import "some-package"', 'import "#internal"', 'import "/abs.mjs"',
  'import "fs"; export default 1', 'import "node:path"; export default 2', 'import "data:text/javascript,export default 3"; export default 4',
  'export default import.meta.resolve("data:text/javascript,1")', 'export default import.meta.resolve("os")',
  'export default import.meta.resolve("./relative")', 'export default import.meta.resolve("bare")',
  'export default import.meta.resolve("#a")', 'export default import.meta.resolve("/abs.js")', 'export default import.meta.resolve("https://example.com/x.js")'];
for (const src of sources) {
  try {
    console.log(src, '->', { ...await import(`data:text/javascript,${encodeURIComponent(src)}`) });
  } catch (e) {
    console.log(src, '->', e.code, e.message);
  }
}
