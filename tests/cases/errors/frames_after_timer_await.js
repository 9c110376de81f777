// A promise job run after a timer or immediate callback has no frames below it in node (V8's
// microtask checkpoint): an error thrown after `await sleep()` shows only the async function.
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const frames = (e) => e.stack.split('\n').slice(1).map((l) => l.replace(/\(.*[\\/]/, '(').replace(/at \/.*[\\/]/, 'at '));
async function main() {
  await sleep(1);
  try { throw new Error('after timer'); } catch (e) { console.log(frames(e)); }
  await new Promise((r) => setImmediate(r));
  try { throw new Error('after immediate'); } catch (e) { console.log(frames(e)); }
  await require('timers/promises').setTimeout(1);
  console.log(frames(new Error('after timers/promises')));
  // (Chained after the rest, so the output order does not depend on timing.)
  await new Promise((r) => setTimeout(async () => { await null; console.log(frames(new Error('in timer'))); r(); }, 1));
}
main();
