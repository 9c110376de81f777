const { test } = require('node:test');
test('b', () => {
  console.log('b cwd:', require('path').basename(process.cwd()));
  console.log('b listeners:', process.listenerCount('warning'), process.listenerCount('uncaughtException'));
  console.log('b error:', Error.stackTraceLimit, new Error('x').stack.split('\n').length > 2, '.txt' in require.extensions);
  console.log('b console.error replaced:', console.error.toString().includes('{}'));
  try { require('fake-dep'); console.log('b: require hook still there'); } catch (e) { console.log('b: require hook gone', e.code); }
  console.log('b title changed:', process.title === 'changed by a', 'defaultMaxListeners:', require('events').defaultMaxListeners);
});
