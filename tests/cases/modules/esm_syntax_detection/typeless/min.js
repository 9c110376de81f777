"use strict";import {sep} from "path";export const s=sep;
