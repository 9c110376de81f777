console.log('first.mjs evaluated'); export const first = 1;
