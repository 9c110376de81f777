export const greet = (n) => `hi ${n}`;
export default 'real default';
