// StringDecoder's errors start at node's frames: normalizeEncoding + `new StringDecoder` (plain
// `Object.StringDecoder` when called on an object), `<Type>.write` for a non-buffer argument or receiver.
const { StringDecoder } = require('string_decoder');
const frames = (e) => e.stack.split('\n').slice(1).filter((l) => l.includes('(node:string_decoder')).map((l) => l.trim());
const cases = {
  badEncoding: () => new StringDecoder('bogus'),
  callNoNew: () => StringDecoder.call({}, 'bogus2'),
  writeNumber: () => new StringDecoder().write(5),
  writeWrongThis: () => StringDecoder.prototype.write.call({}, Buffer.alloc(1)),
};
for (const [name, f] of Object.entries(cases)) {
  try { f(); console.log(name, 'no throw'); } catch (e) { console.log(name, e.code, frames(e), e.stack.split('\n').length); }
}
