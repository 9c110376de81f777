// DOMException(message, options): an options object's name is read as is (missing -> 'undefined'),
// and its own keys are stack then cause, as node 20's.
for (const [m, o] of [['no cause', 'abc'], ['u', { name: 'abc', cause: undefined }], ['s', { name: 'abc', cause: 'foo' }],
  ['o', { name: 'DataCloneError', cause: { reason: 'foo' } }], ['n', undefined], ['x', {}], ['nul', null], ['num', 7]]) {
  const d = new DOMException(m, o);
  console.log(JSON.stringify(d.name), d.code, 'cause' in d, d.cause, Object.getOwnPropertyNames(d), Object.keys(d), d.stack.split('\n')[0]);
}
