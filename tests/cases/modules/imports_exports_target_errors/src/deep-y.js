export default 'deep-y';
