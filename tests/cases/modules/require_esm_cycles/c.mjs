import result from './d.cjs';
export default 'c';
console.log('c.mjs imported d.cjs:', result);
