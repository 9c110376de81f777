const a = 1;
import fs from "fs";
