// fs.read/fs.write with plain (fd, buffer, offset, length, position, callback) arguments and the
// other forms next to them: positions, ranges, argument counts (an options object, a callback
// in 2nd/3rd/4th place), other views, a missing or non-function callback, node's results.
const fs=require('fs');const path=require('path');
const f=path.join(__dirname,`_rw_async_plain_tmp${process.pid}.txt`);
fs.writeFileSync(f,'abcdefghij');
const fd=fs.openSync(f,'r+');
const b=Buffer.alloc(8);
console.log(fs.read.length, fs.write.length, fs.read.name, fs.write.name);
const steps=[
  ['read 3@0', (cb)=>fs.read(fd,b,0,3,0,cb)],
  ['read 2@cur', (cb)=>fs.read(fd,b,1,2,-1,cb)],
  ['read null', (cb)=>fs.read(fd,b,0,4,null,cb)],
  ['read undefined', (cb)=>fs.read(fd,b,0,4,undefined,cb)],
  ['read -0', (cb)=>fs.read(fd,b,0,4,-0,cb)],
  ['read bigint', (cb)=>fs.read(fd,b,0,2,8n,cb)],
  ['read (fd,cb)', (cb)=>fs.read(fd,cb)],
  ['read (fd,buf,cb)', (cb)=>fs.read(fd,b,cb)],
  ['read (fd,opts,cb)', (cb)=>fs.read(fd,{buffer:b,offset:1,length:2,position:0},cb)],
  ['read (fd,buf,opts,cb)', (cb)=>fs.read(fd,b,{offset:1,length:2,position:3},cb)],
  ['read len0', (cb)=>fs.read(fd,b,0,0,0,cb)],
  ['read too long', (cb)=>fs.read(fd,b,0,9,0,cb)],
  ['read bad pos', (cb)=>fs.read(fd,b,0,2,-2,cb)],
  ['read frac offset', (cb)=>fs.read(fd,b,0.5,2,0,cb)],
  ['read bad fd', (cb)=>fs.read(9999,b,0,2,0,cb)],
  ['read u16', (cb)=>fs.read(fd,new Uint16Array(4),0,2,0,cb)],
  ['read no cb', (cb)=>{fs.read(fd,b,0,2,0);cb()}],
  ['read cb not fn', (cb)=>{fs.read(fd,b,0,2,0,'x');cb()}],
  ['read extra arg', (cb)=>{fs.read(fd,b,0,2,0,cb,'extra')}],
  ['write 2@1', (cb)=>fs.write(fd,Buffer.from('XY'),0,2,1,cb)],
  ['write NaN pos', (cb)=>fs.write(fd,Buffer.from('QRS'),1,2,NaN,cb)],
  ['write len0', (cb)=>fs.write(fd,Buffer.from('QRS'),1,0,0,cb)],
  ['write str pos', (cb)=>fs.write(fd,Buffer.from('QRS'),0,2,'5',cb)],
  ['write too long', (cb)=>fs.write(fd,Buffer.from('QRS'),2,2,0,cb)],
  ['write frac len', (cb)=>fs.write(fd,Buffer.from('QRS'),0,1.5,0,cb)],
  ['write (fd,buf,cb)', (cb)=>fs.write(fd,Buffer.from('end'),cb)],
  ['write (fd,buf,off,cb)', (cb)=>fs.write(fd,Buffer.from('end'),1,cb)],
  ['write (fd,buf,off,len,cb)', (cb)=>fs.write(fd,Buffer.from('end'),1,1,cb)],
  ['write bad fd', (cb)=>fs.write(9999,Buffer.from('QRS'),0,1,0,cb)],
  ['write string', (cb)=>fs.write(fd,'str',0,'utf8',cb)],
];
const show=(label,e,n,buf)=>console.log(label, e?`${e.code} ${e.message.split('\n')[0]}`:'ok', n, buf===b?'same buffer '+b.toString('latin1'):Buffer.isBuffer(buf)?buf.toString('latin1').slice(0,8):typeof buf);
(function next(i){
  if(i===steps.length){console.log(fs.readFileSync(f,'latin1'));fs.closeSync(fd);fs.unlinkSync(f);return;}
  const [label,run]=steps[i];
  let called=false;
  try{run((e,n,buf)=>{if(called)return;called=true;show(label,e,n,buf);next(i+1)});}catch(e){console.log(label,'throws',e.code,e.message.split('\n')[0]);if(!called)next(i+1);}
})(0);
