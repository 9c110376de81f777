export const x = 1;
throw new Error('thrown while evaluating');
