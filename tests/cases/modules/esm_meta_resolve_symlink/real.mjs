export default 'real';
