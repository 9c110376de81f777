import a from './data.json' assert { type: 'json' };
import b from "./data.json"assert{type:"json"};
export { default as c } from './other.json'   assert
  { type: 'json' };
const text = 'import x from "y" assert { type: "json" }';
export default { a, text: text.length };
export { b };
