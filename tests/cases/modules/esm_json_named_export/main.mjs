// A named import from a JSON module fails with V8's plain missing-export message.
import { j } from './data.json' with { type: 'json' };
console.log(j);
