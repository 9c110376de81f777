// constants: the deprecated merge of os/fs/crypto constants, frozen, in node's key order.
const constants = require('constants');
const os = require('os');
console.log(Object.isFrozen(constants), Object.keys(constants).length);
console.log(JSON.stringify(constants));
console.log(constants.ENOENT, constants.SIGTERM, constants.O_CREAT, constants.S_IFDIR, constants.RSA_PKCS1_PADDING);
console.log(constants === require('node:constants'), constants.ENOENT === os.constants.errno.ENOENT);
console.log(require('module').builtinModules.filter((m) => ['constants', 'vm', 'v8', 'diagnostics_channel'].includes(m)));
