// Circular references in a tree nested deeper than the native formatter goes (inspect.js formats
// the top levels, the native formatter the subtrees): the <ref *N> / [Circular *N] numbers stay
// node's (one numbering across both), in long and small graphs.
const util = require('util');
const crypto = require('crypto');

function chain(depth, shape) {
  const top = { name: 'top' };
  const side = { name: 'side' };
  let node = top;
  for (let i = 0; i < depth; i++) {
    const next = { i };
    if (shape === 'refs' && i % 50 === 10) next.toTop = top;
    if (shape === 'refs' && i % 70 === 5) next.toSide = side;
    if (i === depth - 1) { next.toTop = top; next.toPrev = node; }
    node.next = next;
    node = next;
  }
  top.side = side;
  side.back = top;
  side.deep = node;
  return top;
}

for (const [depth, shape] of [[20, 'refs'], [250, 'refs'], [450, 'plain'], [450, 'refs']]) {
  const s = util.inspect(chain(depth, shape), { depth: Infinity, breakLength: Infinity });
  const marks = s.match(/<ref \*\d+>|\[Circular \*\d+\]/g);
  console.log(depth, shape, s.length, crypto.createHash('sha1').update(s).digest('hex').slice(0, 12));
  console.log(' ', marks.join(' '));
}

// The same objects again after a native pass already numbered some of them.
const top = chain(300, 'refs');
const both = util.inspect({ a: top, b: top.side, c: [top.next.next] }, { depth: Infinity, breakLength: Infinity });
console.log(both.length, both.match(/<ref \*\d+>|\[Circular \*\d+\]/g).join(' '));
