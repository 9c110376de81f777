// Blob.stream() yields one chunk per non-empty source part (nested Blobs flattened, slices cut per part)
// as node 20.
const {Blob}=require('buffer');
(async()=>{ for (const b of [new Blob(['ab', new Uint8Array([99]), new Blob(['d','e'])]), new Blob(['ab', 'cd', 'ef']).slice(1,5), new Blob([]), new Blob(['x'.repeat(70000)]), new Blob(['', 'a', new Uint8Array(0), 'b']), new Blob(['abc']).slice(1), new Blob(['ab','cd']).slice(1,1), new Blob(['ab','cd']).slice(2,4), new Blob(['ab','cd']).slice(-3), new Blob(['abc','de']).slice(1, -1).slice(1)]) {
  const chunks=[]; for await (const c of b.stream()) chunks.push(c.length + ':' + c.constructor.name + ':' + Buffer.from(c).toString().slice(0, 5)); console.log(chunks.join(',') || '-', JSON.stringify((await b.text()).slice(0, 6)), b.size); } })()
