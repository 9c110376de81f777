// fs.existsSync for each kind of path: files, directories, links (followed: a dangling one does
// not exist), a path through a file, missing entries, '.' and '..' steps, the directories above
// this one, Buffer and URL paths, and arguments that are no path at all (false, no throw).
'use strict';
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');
const d = path.join(__dirname, '_tmp_exists_kinds');
fs.rmSync(d, { recursive: true, force: true });
fs.mkdirSync(path.join(d, 'sub'), { recursive: true });
fs.writeFileSync(path.join(d, 'file.txt'), 'x');
fs.symlinkSync('file.txt', path.join(d, 'link'));
fs.symlinkSync('missing.txt', path.join(d, 'dangling'));
fs.symlinkSync('sub', path.join(d, 'dirlink'));
const rel = path.relative(process.cwd(), d);
const cases = {
  file: path.join(d, 'file.txt'),
  dir: path.join(d, 'sub'),
  'dir with slash': path.join(d, 'sub') + '/',
  'file with slash': path.join(d, 'file.txt') + '/',
  link: path.join(d, 'link'),
  dangling: path.join(d, 'dangling'),
  'through dir link': path.join(d, 'dirlink', '..', 'file.txt'),
  'through file': path.join(d, 'file.txt', 'x'),
  missing: path.join(d, 'nope'),
  'missing dir': path.join(d, 'nope', 'x'),
  relative: path.join(rel, 'file.txt'),
  'relative missing': path.join(rel, 'nope'),
  dots: `${d}/./sub/../file.txt`,
  'dot after file': `${d}/file.txt/.`,
  'dotdot after file': `${d}/file.txt/../sub`,
  'relative dots': `./${rel}/sub/..`,
  parent: path.dirname(process.cwd()),
  root: '/',
  buffer: Buffer.from(path.join(d, 'file.txt')),
  url: pathToFileURL(path.join(d, 'file.txt')),
  'url missing': pathToFileURL(path.join(d, 'nope')),
  empty: '',
  nul: path.join(d, 'file.txt\0'),
  number: 42,
  undefined,
  object: {},
};
for (const [name, p] of Object.entries(cases)) console.log(name, fs.existsSync(p));
console.log('no argument', fs.existsSync());
fs.rmSync(d, { recursive: true, force: true });
