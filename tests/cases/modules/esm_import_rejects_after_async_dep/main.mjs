// import() of a module that throws after a dependency with top-level await rejects with its
// error (it never settled in Boa), and a second import() sees the same error.
const show = (label) => [() => console.log(label, 'resolved'), (e) => console.log(label, 'rejected:', e.name, e.message)];
import('./failing.mjs').then(...show('first')).then(() => import('./failing.mjs')).then(...show('second'));
