throw new Error('boom from cjs');
