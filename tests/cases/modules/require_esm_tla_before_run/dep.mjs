console.log('dep.mjs runs');
export const x = 1;
