export default "dir-index";
