// The importing module and line are reported (a multi-line import: the name's line).
import {
  present,
  absent
} from './lib.cjs';
console.log(present, absent);
