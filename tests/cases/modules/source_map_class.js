// module.SourceMap as node's: a v3 payload (or an index map's sections) decoded from its base64 VLQ
// mappings; payload/lineLengths copies, findEntry (0-based) and findOrigin (1-based), payload validation.
const { SourceMap } = require('module');
const util = require('util');
const sm = new SourceMap({ version: 3, file: 'min.js', sources: ['a.ts', 'b.ts'], names: ['foo', 'bar'], mappings: 'AAAA,IAAIA;AACA,CCAAC,EAAE;;IAAI,K', sourcesContent: ['x'] });
console.log(Object.getOwnPropertyNames(SourceMap.prototype), SourceMap.length, SourceMap.name);
console.log(util.inspect(sm.payload), sm.payload === sm.payload, sm.lineLengths);
for (const [l, c] of [[0, 0], [0, 3], [0, 4], [1, 0], [1, 1], [1, 2], [1, 10], [3, 4], [3, 5], [9, 9]]) console.log(l, c, JSON.stringify(sm.findEntry(l, c)));
for (const [l, c] of [[1, 1], [1, 5], [2, 2], [4, 6], [0, 0]]) console.log('origin', l, c, JSON.stringify(sm.findOrigin(l, c)));
const idx = new SourceMap({ version: 3, sections: [{ offset: { line: 0, column: 0 }, map: { version: 3, sources: ['s1.js'], names: [], mappings: 'AAAA' } }, { offset: { line: 5, column: 2 }, map: { version: 3, sources: ['s2.js'], names: [], mappings: 'AACA' } }] });
console.log(JSON.stringify(idx.findEntry(5, 3)), JSON.stringify(idx.findEntry(0, 1)));
console.log(new SourceMap({ version: 3, sources: [], names: [], mappings: '' }, { lineLengths: [1, 2] }).lineLengths);
for (const bad of [undefined, null, 1, 'x']) { try { new SourceMap(bad); } catch (e) { console.log(e.code, e.message); } }
try { SourceMap({}); } catch (e) { console.log(e.name); }
console.log(util.inspect(sm));
