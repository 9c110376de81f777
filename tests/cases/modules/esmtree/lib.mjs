export default 'default export';
export const named = 'named export';
