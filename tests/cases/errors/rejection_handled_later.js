// A rejection reported to an 'unhandledRejection' listener and handled later: without a
// 'rejectionHandled' listener, a PromiseRejectionHandledWarning.
process.on('warning', (w) => console.log('warning', w.name, w.message, w.id));
process.on('unhandledRejection', (reason, p) => {
  console.log('unhandledRejection', reason);
  setTimeout(() => p.catch(() => console.log('caught late')), 1);
});
Promise.reject('late');
