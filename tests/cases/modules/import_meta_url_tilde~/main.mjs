// import.meta.url percent-encodes the path as node's pathToFileURL does ('~' becomes %7E).
import { pathToFileURL } from 'node:url';
const url = import.meta.url;
console.log(url.slice(url.indexOf('/modules/')));
console.log(url === pathToFileURL(import.meta.filename).href);
