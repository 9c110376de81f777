// Blob options as node 20 (a dictionary or nullish, endings transparent/native), File's
// lastModified coercion, well-formed name and inspect output.
const {Blob,File}=require('buffer'); const util=require('util');
const out = [];
(async () => {
for (const o of [null, 5, 'x', {endings:'bad'}, {endings:'native'}, ()=>{}, {type:'A\u00e9'}, {type:'Text/HTML'}, undefined]) { try { const b=new Blob(['a\r\nb\nc\r'], o); console.log(JSON.stringify(await b.text()), JSON.stringify(b.type)) } catch(e) { console.log(e.code, e.message) } }
console.log(util.inspect(new File(['x'],'n',{lastModified:'abc'})), new File(['x'], 'a\ud800b').name === 'a\ufffdb', new File(['x'], 'n', null).size);
console.log(util.inspect({f: new File(['x'],'n',{lastModified:1})}, {depth: 0}), util.inspect(new File([], 'q', {lastModified:2}), {depth: -1}), util.inspect(new File(['abc'], 'z', { lastModified: 7, type: 'X/Y' })));
})();
