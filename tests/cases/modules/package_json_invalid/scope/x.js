export default 'x';
