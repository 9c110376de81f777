export const d = 1; console.log(new Error('dep').stack);
