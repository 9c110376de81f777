// util.inspect with colors marks error stack frames as node 20 does (node's own modules grey,
// package names underlined, the working directory grey); deep nesting stops with node's marker;
// colour aliases; constructor names of arrays whose prototype has no constructor.
const util = require('util');
const err = new TypeError('W');
const cwd = process.cwd();
err.stack = ['TypeError: W',
  `    at A (${cwd}/x/node_modules/foo/a.js:1:2)`,
  `    at ${cwd}/b.js:1:2`,
  '    at C (node:events:1:1)',
  '    at D (node:internal/modules/cjs/loader:1:1)',
  '    at new Promise (<anonymous>)',
  '    at x (/a/node_modules/@s/p/node_modules/q/i.js:1:1)',
  '    at y (/a/node_modules/x/',
].join('\n');
console.log(JSON.stringify(util.inspect(err, { colors: true }).split(cwd).join('<cwd>')));
console.log(JSON.stringify(util.inspect(err, { colors: false }).split(cwd).join('<cwd>')));

const list = {};
let head = list;
for (let i = 0; i < 1500; i++) head = head.next = {};
const s = util.inspect(list, { depth: Infinity });
console.log(s.includes('[Object: Inspection interrupted prematurely. Maximum call stack size exceeded.]'));

const shallow = {};
head = shallow;
for (let i = 0; i < 300; i++) head = head.next = {};
console.log(util.inspect(shallow, { depth: Infinity }).includes('interrupted'));

const names = Object.getOwnPropertyNames(util.inspect.colors);
console.log(names.filter((n) => !Object.keys(util.inspect.colors).includes(n)).join());
console.log(util.inspect.colors.bgGrey, util.inspect.colors.bgBlackBright, util.inspect.colors.conceal);

const arr = [1, 2, 3];
Object.setPrototypeOf(arr, Object.create(null));
console.log(util.inspect(arr));
