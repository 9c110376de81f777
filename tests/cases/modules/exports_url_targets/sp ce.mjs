export default 'rel sp';
