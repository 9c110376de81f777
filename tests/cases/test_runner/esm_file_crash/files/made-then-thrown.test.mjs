const err = new Error('made on line 1');
await Promise.resolve();
throw err;
