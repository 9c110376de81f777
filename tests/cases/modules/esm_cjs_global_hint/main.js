// An ES module using a CommonJS global: node's ModuleJob adds "in ES module scope" and, for a
// '.js' file made an ES module by "type": "module", which package.json did it.
process.on('uncaughtException', (e) => console.log(e.message.replace(process.cwd(), '<dir>')));
console.log(__filename);
