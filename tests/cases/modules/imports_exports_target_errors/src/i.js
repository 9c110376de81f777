export default 'i';
