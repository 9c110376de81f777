// An error made in a setImmediate callback whose stack is first read after the callback
// returned names the callback's frame as V8 does once node's processImmediate cleared
// `_onImmediate`: `Immediate.<anonymous>`, a named callback without `[as _onImmediate]`.
// Read inside the callback, it keeps `Immediate._onImmediate`.
const at = (e) => e.stack.split('\n')[1].split(__dirname).join('.');
let saved, savedNamed, inside;
setImmediate(() => { saved = new Error('later'); inside = at(new Error('inside')); });
setImmediate(function named() { savedNamed = new Error('named'); });
setTimeout(() => {
  console.log(at(saved));
  console.log(at(savedNamed));
  console.log(inside);
  // node:test style: an error handed to a callback that reads it on the next tick.
  setImmediate(() => {
    const err = new Error('handed on');
    process.nextTick(() => console.log(at(err)));
  });
}, 50);
