// for await over a value with no async or sync iterator: V8 names the iterable expression.
const cases = { num: 1, nul: null, undef: undefined, obj: {}, member: { s: 5 } };
(async () => {
  for (const k of ['num', 'nul', 'undef', 'obj']) {
    const stream = cases[k];
    try { for await (const x of stream); } catch (e) { console.log(k, e.name, e.message); }
  }
  try { for await (const x of cases.member.s); } catch (e) { console.log('member', e.message); }
  for await (const x of [1, Promise.resolve(2)]) console.log('sync iterable', x);
})();
