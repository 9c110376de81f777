// Stack frames of ES modules name the module's URL (file:///…, percent-encoded); CommonJS
// frames keep plain paths. Only the user's frames are shown (the dir is made relative).
import { createRequire } from 'node:module';
import { fromLib } from './sub dir/lib.mjs';

const dir = new URL('.', import.meta.url).href;
const show = (stack) => stack.split('\n').filter((l) => !l.includes('node:')).join('\n').replaceAll(dir, '<dir>/').replaceAll(dir.slice(7), '<path>/');

function inner() { return new Error('inner').stack; }
console.log(show(new Error('top').stack));
console.log(show(inner()));
console.log(show(fromLib()));
console.log(show([1].map(() => new Error('arrow').stack)[0]));
class K { constructor() { this.stack = new Error('ctor').stack; } }
console.log(show(new K().stack));
const require = createRequire(import.meta.url);
console.log(show(require('./helper.cjs')(() => new Error('via cjs').stack)));
const sites = [];
Error.prepareStackTrace = (e, cs) => { for (const c of cs) sites.push(c.getFileName()); return ''; };
void inner();
Error.prepareStackTrace = undefined;
console.log(sites.filter((f) => !f.startsWith('node:')).map((f) => f.replace(dir, '<dir>/')));
await null;
console.log(show(inner()));
