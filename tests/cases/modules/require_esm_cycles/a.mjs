import result from './b.cjs';
export default 'hello';
console.log('a.mjs imported b.cjs:', result);
