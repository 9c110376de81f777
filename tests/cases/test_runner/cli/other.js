throw new Error('does not match the test file patterns');
