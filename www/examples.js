// The examples menu: each is a set of files; main.js runs.
export const examples = {
  hello: {
    title: 'Hello world',
    files: {
      'main.js': `const { greet } = require('./lib');

console.log(greet('world'));
console.log('node %s on %s, cwd %s', process.version, process.platform, process.cwd());
console.log({ argv: process.argv.slice(1), answer: 42, list: [1, 'two', { three: 3 }] });
console.error('\\x1b[33mwarnings go to stderr\\x1b[0m');
`,
      'lib.js': `exports.greet = (name) => \`Hello, \${name}!\`;
`,
    },
  },
  modules: {
    title: 'ES modules (import/export)',
    files: {
      'main.js': `// "type": "module" in package.json makes .js files ES modules: import/export,
// top-level await, import.meta. require() is not defined in them.
import { readFile } from 'node:fs/promises';
import { mean, median } from './stats.js';
import describe from './describe.js';

const text = await readFile(new URL('scores.txt', import.meta.url), 'utf8');
const scores = text.trim().split('\\n').map(Number);
console.log(describe('scores', scores));
console.log({ mean: mean(scores), median: median(scores) });

// Loaded only when needed: import() returns a promise of the module.
const { max } = await import('./stats.js');
console.log('best score:', max(scores), 'in', import.meta.url.split('/').pop());
`,
      'stats.js': `export const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export const max = (xs) => Math.max(...xs);
`,
      'describe.js': `// A default export, next to named ones in stats.js.
export default function describe(name, xs) {
  return \`\${name}: \${xs.length} values, from \${Math.min(...xs)} to \${Math.max(...xs)}\`;
}
`,
      'scores.txt': '72\n88\n95\n61\n80\n',
      'package.json': '{ "type": "module" }\n',
    },
  },
  events: {
    title: 'Events',
    files: {
      'main.js': `const EventEmitter = require('events');

class Oven extends EventEmitter {
  bake(item, ms) {
    this.emit('start', item);
    setTimeout(() => this.emit('done', item), ms);
  }
}

const oven = new Oven();
oven.on('start', (item) => console.log('baking', item));
oven.on('done', (item) => console.log('\\x1b[32mready:\\x1b[0m', item));
oven.once('done', () => console.log('(first one out)'));
oven.bake('bread', 200);
oven.bake('cookies', 100);
`,
    },
  },
  fs: {
    title: 'File system',
    files: {
      'main.js': `const fs = require('fs');
const path = require('path');

fs.mkdirSync('notes', { recursive: true });
fs.writeFileSync(path.join('notes', 'a.txt'), 'first note\\n');
fs.appendFileSync('notes/a.txt', 'more text\\n');
console.log(fs.readFileSync('notes/a.txt', 'utf8'));
console.log(fs.readdirSync('.'));
const st = fs.statSync('notes/a.txt');
console.log('size', st.size, 'file?', st.isFile(), 'dir?', fs.statSync('notes').isDirectory());
try {
  fs.readFileSync('missing.txt');
} catch (e) {
  console.log(e.code, '-', e.message);
}
fs.promises.readFile('lib.txt', 'utf8').then((t) => console.log('async read:', t.trim()));
`,
      'lib.txt': 'files in the editor are files on disk\n',
    },
  },
  timers: {
    title: 'Timers and promises',
    files: {
      'main.js': `const { setTimeout: sleep } = require('timers/promises');

setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('microtask'));
console.log('sync');

let n = 0;
const t = setInterval(() => {
  console.log('tick', ++n);
  if (n === 3) clearInterval(t);
}, 100);

(async () => {
  await sleep(500);
  console.log('slept 500 ms');
})();
`,
    },
  },
  server: {
    title: 'HTTP server (preview)',
    files: {
      'main.js': `const http = require('http');

let visits = 0;
const server = http.createServer((req, res) => {
  console.log(req.method, req.url);
  if (req.url === '/style.css') {
    res.setHeader('Content-Type', 'text/css');
    return res.end('body { font-family: sans-serif; margin: 2em; } h1 { color: teal; }');
  }
  if (req.url === '/api/visits') {
    res.setHeader('Content-Type', 'application/json');
    return res.end(JSON.stringify({ visits }));
  }
  visits++;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.end(\`<!doctype html><link rel="stylesheet" href="/style.css">
<h1>Hello from rjs!</h1>
<p>This page is served by main.js, running in your browser. Visit \${visits}.</p>
<p><a href="/api/visits">/api/visits</a></p>\`);
});

server.listen(3000, async () => {
  console.log('Server running on http://localhost:3000/');
  // The script can call its own server too.
  const res = await fetch('http://localhost:3000/api/visits');
  console.log('self-check:', res.status, await res.text());
});
`,
    },
  },
  input: {
    title: 'Reading input (readline)',
    files: {
      'main.js': `// Type in the terminal below: Enter sends a line, Ctrl+D ends the input.
const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin, output: process.stdout });

rl.question('What is your name? ', (name) => {
  console.log(\`Hello, \${name || 'stranger'}!\`);
  console.log('Now type some numbers, one per line (Ctrl+D when done):');
  let sum = 0;
  rl.on('line', (line) => {
    const n = Number(line);
    if (Number.isNaN(n)) console.log(\`  "\${line}" is not a number\`);
    else console.log(\`  running total: \${(sum += n)}\`);
  });
  rl.on('close', () => console.log(\`Total: \${sum}\`));
});
`,
    },
  },
  error: {
    title: 'Uncaught error',
    files: {
      'main.js': `function parse(text) {
  return JSON.parse(text);
}
console.log(parse('{"ok": true}'));
parse('{oops');
`,
    },
  },
};
