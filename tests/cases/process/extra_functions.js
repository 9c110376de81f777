// Smaller process functions: memory limits, source-map switch, loadEnvFile (keeps variables
// already set), getActiveResourcesInfo (timers and immediates), _rawDebug.
console.log(typeof process.constrainedMemory(), typeof process.availableMemory(), process.sourceMapsEnabled, process.domain, process._getActiveHandles(), process._getActiveRequests());
setTimeout(() => {}, 10); setImmediate(() => {}); setTimeout(() => {}, 10).unref();
console.log(process.getActiveResourcesInfo().filter((x) => x !== 'PipeWrap' && x !== 'TTYWrap'));
try { process.setSourceMapsEnabled(1); } catch (e) { console.log(e.code, e.message); }
process.setSourceMapsEnabled(true); console.log(process.sourceMapsEnabled);
require('fs').writeFileSync('.env.extra_functions', 'A_NEW=1\nHOME=overridden\n# c\nQ="quoted value"\n');
process.env.HOME = 'kept';
process.loadEnvFile('.env.extra_functions');
console.log(process.env.A_NEW, process.env.HOME, process.env.Q);
try { process.loadEnvFile('nonexistent.env'); } catch (e) { console.log(e.code, e.message, e.syscall, e.errno); }
try { process.loadEnvFile(); } catch (e) { console.log(e.code, e.message); }
process._rawDebug('raw %d', 5);
require('fs').unlinkSync('.env.extra_functions');
