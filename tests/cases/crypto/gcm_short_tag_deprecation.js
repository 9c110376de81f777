// @cli: --pending-deprecation --no-warnings gcm_short_tag_deprecation.js
// A GCM decipher made without authTagLength given a tag shorter than 16 bytes is DEP0182 under
// --pending-deprecation, once per process, as node 20's C++ emits it.
const { createDecipheriv } = require('crypto');
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
const key = Buffer.alloc(32), iv = Buffer.alloc(12);
createDecipheriv('aes-256-gcm', key, iv).setAuthTag(Buffer.alloc(16));
createDecipheriv('aes-256-gcm', key, iv, { authTagLength: 12 }).setAuthTag(Buffer.alloc(12));
createDecipheriv('aes-256-gcm', key, iv).setAuthTag(Buffer.alloc(12));
createDecipheriv('aes-256-gcm', key, iv).setAuthTag(Buffer.alloc(8));
createDecipheriv('chacha20-poly1305', Buffer.alloc(32), iv, { authTagLength: 8 }).setAuthTag(Buffer.alloc(8));
console.log('done');
