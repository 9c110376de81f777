// A rest property leaves out every property the pattern names, also those bound by a nested
// pattern ({ b: { c }, ...rest }), in declarations, parameters and assignments.
const { a, b: { c } = {}, ...r1 } = { a: 1, b: { c: 2 }, d: 3 }; console.log(r1);
const { x: { y }, ...r2 } = { x: { y: 1 }, z: 2 }; console.log(r2);
const { p: [q], ...r3 } = { p: [1], s: 2 }; console.log(r3);
const { m = 5, ...r4 } = { m: 1, n: 2 }; console.log(r4);
const { k: kk = 5, ...r5 } = { k: 1, n: 2 }; console.log(r5);
function f({ t: { u } = {}, ...r6 }) { return r6; } console.log(f({ t: {}, v: 1 }));
let r7; ({ w: { z: zz } = {}, ...r7 } = { w: {}, o: 1 }); console.log(r7);
const key = 'k2';
const { [key]: { deep } = {}, ...r8 } = { k2: { deep: 1 }, keep: 2 }; console.log(deep, r8);
const { [`${key}x`]: [first] = [], other: { o1 } = {}, ...r9 } = { k2x: [5], other: { o1: 1 }, last: 3 }; console.log(first, o1, r9);
for (const { meta: { id }, ...fields } of [{ meta: { id: 1 }, name: 'a', size: 2 }]) console.log(id, fields);
const [{ inner: { v } = {}, ...r10 } = {}] = [{ inner: { v: 1 }, w: 2 }]; console.log(v, r10);
const { a: { b: { c: cc } } = { b: { c: 0 } }, ...r11 } = { a: undefined, z: 26 }; console.log(cc, r11);
