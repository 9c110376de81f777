// The main module using import: a warning written at once, then the report.
const before = 1;
import fs from "fs";
