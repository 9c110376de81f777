// Buffer read/write number methods: names and lengths as node (Uint aliases are the UInt functions).
const names = Object.getOwnPropertyNames(Buffer.prototype).filter((k) => /^(read|write)/.test(k)).sort();
console.log(names.map((k) => `${k}:${Buffer.prototype[k].name}:${Buffer.prototype[k].length}`).join('\n'));
