// FileHandle results are null-prototype objects as node's, and every operation on a closed handle
// rejects with EBADF "file closed" naming node's syscall.
const fsp=require('fs').promises; const util=require('util'); const fs = require('fs'); const path = require('path');
const d = path.join(__dirname, '_fh_tmp'); fs.rmSync(d, { recursive: true, force: true }); fs.mkdirSync(d); process.chdir(d); fs.writeFileSync('f', 'hello');
(async()=>{ const fh=await fsp.open('f','r+'); console.log(util.inspect(await fh.read(Buffer.alloc(2),0,2,0)), util.inspect(await fh.readv([Buffer.alloc(1)],0)), util.inspect(await fh.writev([Buffer.from('z')],0)), util.inspect(await fh.write('ab', 1)), util.inspect(await fh.write(Buffer.from('c'), 0, 1, 4)));
const r = await fh.read(); console.log(Object.getPrototypeOf(r), r.bytesRead, r.buffer.length);
await fh.close(); for (const m of ['read','readv','write','writev','readFile','writeFile','appendFile','stat','truncate','sync','datasync','chmod','chown','utimes']) { try { await fh[m](Buffer.alloc(1)); console.log(m,'ok') } catch(e) { console.log(m, e.code, e.syscall, e.message) } }
console.log(fs.readFileSync('f', 'utf8')); process.chdir(__dirname); fs.rmSync(d, { recursive: true, force: true });
})()
