'use strict';
// assert.ok's generated message for a source with CRLF line ends: node splits on '\n' only,
// so the lines keep their '\r'.
const assert = require('assert');
try {
  assert.ok(
    1 ===
    2
  );
} catch (e) {
  console.log(JSON.stringify(e.message));
}
