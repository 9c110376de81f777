'use strict';
// assert.ok quotes its call only when node's search for the line finds it: the newline before
// it must lie within the file's first 512 KiB (UTF-8); past that the message is 'false == true'.
const fs = require('fs');
const path = require('path');
const dir = path.join(__dirname, '_tmp_assert_far');
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
const call = "try { assert.ok(1 === 2); } catch (e) { console.log(JSON.stringify(e.message)); }\n";
const files = {
  near: `// ${'x'.repeat(524200)}\n`, // newline within the first 512 KiB
  far: `// ${'x'.repeat(524300)}\n`,
  farUtf8: `// ${'é'.repeat(270000)}\n`, // fewer characters, more bytes than 512 KiB
};
for (const [name, pad] of Object.entries(files)) {
  const file = path.join(dir, `${name}.js`);
  fs.writeFileSync(file, `const assert = require('assert');${pad}${call}`);
  require(file);
}
fs.rmSync(dir, { recursive: true, force: true });
