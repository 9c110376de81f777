globalThis.setupRuns = (globalThis.setupRuns ?? 0) + 1;
console.log('setup.mjs ran for', process.argv.slice(1).map((a) => a.split('/').pop()));
