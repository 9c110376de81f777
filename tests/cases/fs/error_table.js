// Every fs operation's failure in its three forms (sync, callback, promise): name, code, errno,
// syscall, path, dest and message as node 20's (statfs names its syscall; async cp's EISDIR errno).
const fs = require('fs');
const path = require('path');
const d = path.join(__dirname, '_tmp_error_table');
fs.rmSync(d, { recursive: true, force: true });
fs.mkdirSync(d);
const P = (s) => (typeof s === 'string' ? s.split(d).join('<d>').replace(/(non-existent\/x-?)[A-Za-z0-9]{6}/g, '$1XXXXXX') : s);
const ne = path.join(d, 'non-existent');
const ef = path.join(d, 'existingFile.js');
const ef2 = path.join(d, 'existingFile2.js');
const ed = path.join(d, 'dir');
const ed2 = path.join(d, 'dir2');
fs.mkdirSync(ed); fs.mkdirSync(ed2); fs.writeFileSync(path.join(ed2, 'x'), '');
fs.writeFileSync(ef, 'test'); fs.writeFileSync(ef2, 'test');
const badFd = 9999;
const show = (label, e) => console.log(label, e ? [e.name, e.code, e.errno, e.syscall, P(e.path), P(e.dest), P(e.message)].join(' | ') : 'no error');
const ops = [
  ['stat', (cb) => fs.stat(ne, cb), () => fs.statSync(ne)],
  ['lstat', (cb) => fs.lstat(ne, cb), () => fs.lstatSync(ne)],
  ['fstat', (cb) => fs.fstat(badFd, cb), () => fs.fstatSync(badFd)],
  ['realpath', (cb) => fs.realpath(ne, cb), () => fs.realpathSync(ne)],
  ['realpath.native', (cb) => fs.realpath.native(ne, cb), () => fs.realpathSync.native(ne)],
  ['readlink', (cb) => fs.readlink(ne, cb), () => fs.readlinkSync(ne)],
  ['readlink file', (cb) => fs.readlink(ef, cb), () => fs.readlinkSync(ef)],
  ['link ne', (cb) => fs.link(ne, path.join(d, 'foo'), cb), () => fs.linkSync(ne, path.join(d, 'foo'))],
  ['link exists', (cb) => fs.link(ef, ef2, cb), () => fs.linkSync(ef, ef2)],
  ['symlink exists', (cb) => fs.symlink(ef, ef2, cb), () => fs.symlinkSync(ef, ef2)],
  ['unlink', (cb) => fs.unlink(ne, cb), () => fs.unlinkSync(ne)],
  ['unlink dir', (cb) => fs.unlink(ed, cb), () => fs.unlinkSync(ed)],
  ['rename', (cb) => fs.rename(ne, path.join(d, 'foo'), cb), () => fs.renameSync(ne, path.join(d, 'foo'))],
  ['rename nonempty', (cb) => fs.rename(ed, ed2, cb), () => fs.renameSync(ed, ed2)],
  ['rename dir over file', (cb) => fs.rename(ed, ef, cb), () => fs.renameSync(ed, ef)],
  ['rmdir', (cb) => fs.rmdir(ne, cb), () => fs.rmdirSync(ne)],
  ['rmdir file', (cb) => fs.rmdir(ef, cb), () => fs.rmdirSync(ef)],
  ['rmdir nonempty', (cb) => fs.rmdir(ed2, cb), () => fs.rmdirSync(ed2)],
  ['mkdir', (cb) => fs.mkdir(ef, 0o666, cb), () => fs.mkdirSync(ef, 0o666)],
  ['mkdir ne parent', (cb) => fs.mkdir(path.join(ne, 'a'), cb), () => fs.mkdirSync(path.join(ne, 'a'))],
  ['chmod', (cb) => fs.chmod(ne, 0o666, cb), () => fs.chmodSync(ne, 0o666)],
  ['open', (cb) => fs.open(ne, 'r', 0o666, cb), () => fs.openSync(ne, 'r', 0o666)],
  ['open wx', (cb) => fs.open(ef, 'wx', cb), () => fs.openSync(ef, 'wx')],
  ['open dir w', (cb) => fs.open(ed, 'w', cb), () => fs.openSync(ed, 'w')],
  ['open file/x', (cb) => fs.open(path.join(ef, 'x'), 'r', cb), () => fs.openSync(path.join(ef, 'x'), 'r')],
  ['close', (cb) => fs.close(badFd, cb), () => fs.closeSync(badFd)],
  ['readFile', (cb) => fs.readFile(ne, cb), () => fs.readFileSync(ne)],
  ['readFile dir', (cb) => fs.readFile(ed, cb), () => fs.readFileSync(ed)],
  ['readdir', (cb) => fs.readdir(ne, cb), () => fs.readdirSync(ne)],
  ['readdir file', (cb) => fs.readdir(ef, cb), () => fs.readdirSync(ef)],
  ['ftruncate', (cb) => fs.ftruncate(badFd, 4, cb), () => fs.ftruncateSync(badFd, 4)],
  ['fdatasync', (cb) => fs.fdatasync(badFd, cb), () => fs.fdatasyncSync(badFd)],
  ['fsync', (cb) => fs.fsync(badFd, cb), () => fs.fsyncSync(badFd)],
  ['chown', (cb) => fs.chown(ne, 1, 1, cb), () => fs.chownSync(ne, 1, 1)],
  ['lchown', (cb) => fs.lchown(ne, 1, 1, cb), () => fs.lchownSync(ne, 1, 1)],
  ['fchown', (cb) => fs.fchown(badFd, 1, 1, cb), () => fs.fchownSync(badFd, 1, 1)],
  ['fchmod', (cb) => fs.fchmod(badFd, 0o666, cb), () => fs.fchmodSync(badFd, 0o666)],
  ['utimes', (cb) => fs.utimes(ne, 1, 1, cb), () => fs.utimesSync(ne, 1, 1)],
  ['lutimes', (cb) => fs.lutimes(ne, 1, 1, cb), () => fs.lutimesSync(ne, 1, 1)],
  ['futimes', (cb) => fs.futimes(badFd, 1, 1, cb), () => fs.futimesSync(badFd, 1, 1)],
  ['access', (cb) => fs.access(ne, cb), () => fs.accessSync(ne)],
  ['copyFile excl', (cb) => fs.copyFile(ef, ef2, fs.constants.COPYFILE_EXCL, cb), () => fs.copyFileSync(ef, ef2, fs.constants.COPYFILE_EXCL)],
  ['copyFile ne', (cb) => fs.copyFile(ne, ef2, cb), () => fs.copyFileSync(ne, ef2)],
  ['copyFile dir', (cb) => fs.copyFile(ed, path.join(d, 'c'), cb), () => fs.copyFileSync(ed, path.join(d, 'c'))],
  ['truncate', (cb) => fs.truncate(ne, 0, cb), () => fs.truncateSync(ne, 0)],
  ['truncate dir', (cb) => fs.truncate(ed, 0, cb), () => fs.truncateSync(ed, 0)],
  ['writeFile dir', (cb) => fs.writeFile(ed, 'x', cb), () => fs.writeFileSync(ed, 'x')],
  ['appendFile ne dir', (cb) => fs.appendFile(path.join(ne, 'x'), 'x', cb), () => fs.appendFileSync(path.join(ne, 'x'), 'x')],
  ['mkdtemp', (cb) => fs.mkdtemp(path.join(ne, 'x-'), cb), () => fs.mkdtempSync(path.join(ne, 'x-'))],
  ['opendir', (cb) => fs.opendir(ne, cb), () => fs.opendirSync(ne)],
  ['rm', (cb) => fs.rm(ne, cb), () => fs.rmSync(ne)],
  ['rm dir', (cb) => fs.rm(ed, cb), () => fs.rmSync(ed)],
  ['read', (cb) => fs.read(badFd, Buffer.alloc(1), 0, 1, 0, cb), () => fs.readSync(badFd, Buffer.alloc(1), 0, 1, 0)],
  ['write', (cb) => fs.write(badFd, 'x', cb), () => fs.writeSync(badFd, 'x')],
  ['statfs', (cb) => fs.statfs(ne, cb), () => fs.statfsSync(ne)],
  ['cp', (cb) => fs.cp(ne, path.join(d, 'cpd'), cb), () => fs.cpSync(ne, path.join(d, 'cpd'))],
  ['cp dir', (cb) => fs.cp(ed, path.join(d, 'cpd'), cb), () => fs.cpSync(ed, path.join(d, 'cpd'))],
];
const pfs = fs.promises;
const pops = [
  ['p stat', () => pfs.stat(ne)], ['p readFile', () => pfs.readFile(ne)], ['p readFile dir', () => pfs.readFile(ed)],
  ['p writeFile dir', () => pfs.writeFile(ed, 'x')], ['p open', () => pfs.open(ne)], ['p readdir', () => pfs.readdir(ef)],
  ['p mkdir', () => pfs.mkdir(ef)], ['p rm', () => pfs.rm(ed)], ['p rmdir', () => pfs.rmdir(ed2)], ['p unlink', () => pfs.unlink(ne)],
  ['p rename', () => pfs.rename(ne, ef)], ['p copyFile', () => pfs.copyFile(ne, ef)], ['p access', () => pfs.access(ne)],
  ['p realpath', () => pfs.realpath(ne)], ['p readlink', () => pfs.readlink(ef)], ['p lstat', () => pfs.lstat(ne)],
  ['p truncate', () => pfs.truncate(ne)], ['p utimes', () => pfs.utimes(ne, 1, 1)], ['p chmod', () => pfs.chmod(ne, 1)],
  ['p opendir', () => pfs.opendir(ne)], ['p cp', () => pfs.cp(ne, ef)], ['p mkdtemp', () => pfs.mkdtemp(path.join(ne, 'x'))],
  ['p appendFile', () => pfs.appendFile(path.join(ne, 'x'), 'x')], ['p link', () => pfs.link(ne, ef)], ['p symlink', () => pfs.symlink(ef, ef2)],
];
for (const [label, , sync] of ops) { try { sync(); show(`${label} sync`, null); } catch (e) { show(`${label} sync`, e); } }
let i = 0;
const next = () => {
  if (i < ops.length) { const [label, cbf] = ops[i++]; try { cbf((e) => { show(`${label} cb`, e); next(); }); } catch (e) { show(`${label} cb threw`, e); next(); } return; }
  const pi = i++ - ops.length;
  if (pi < pops.length) { const [label, f] = pops[pi]; f().then(() => { show(label, null); next(); }, (e) => { show(label, e); next(); }); return; }
  fs.rmSync(d, { recursive: true, force: true });
};
next();
