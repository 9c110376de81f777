// Compress a file with gzip streams and pipeline, decompress it back, compare; a corrupt
// gzip file's error in the pipeline callback; stream/promises pipeline over fs streams.
const fs = require('fs');
const zlib = require('zlib');
const { pipeline } = require('stream');
const { pipeline: pipelineP } = require('stream/promises');
const dir = '_tmp-zlib';
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
const text = Array.from({ length: 5000 }, (_, i) => `line ${i} ${'abc'.repeat(i % 7)}`).join('\n');
fs.writeFileSync(`${dir}/in.txt`, text);
pipeline(fs.createReadStream(`${dir}/in.txt`), zlib.createGzip(), fs.createWriteStream(`${dir}/in.txt.gz`), (err) => {
  console.log('gzip done', err, fs.statSync(`${dir}/in.txt.gz`).size < text.length);
  const gz = fs.readFileSync(`${dir}/in.txt.gz`);
  console.log(gz[0], gz[1], zlib.gunzipSync(gz).toString() === text);
  (async () => {
    await pipelineP(fs.createReadStream(`${dir}/in.txt.gz`), zlib.createGunzip(), fs.createWriteStream(`${dir}/out.txt`));
    console.log('round trip', fs.readFileSync(`${dir}/out.txt`, 'utf8') === text);
    fs.writeFileSync(`${dir}/bad.gz`, Buffer.concat([gz.subarray(0, 10), Buffer.from('not deflate data at all')]));
    try {
      await pipelineP(fs.createReadStream(`${dir}/bad.gz`), zlib.createGunzip(), fs.createWriteStream(`${dir}/bad.txt`));
    } catch (e) {
      console.log('bad gzip:', e.code, e.errno, e.message);
    }
    zlib.deflate('hello hello hello', (err, buf) => {
      console.log(err, buf.toString('base64'));
      zlib.inflate(buf, (err, out) => {
        console.log(err, out.toString());
        zlib.unzip(Buffer.from('garbage'), (err) => {
          console.log(err.code, err.message);
          fs.rmSync(dir, { recursive: true });
        });
      });
    });
  })();
});
