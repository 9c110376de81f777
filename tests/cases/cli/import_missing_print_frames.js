// @cli: -r ./_preload_report_frames.js --import ./_no_such_import.mjs -p 1
// A failed --import under -p code: node's loader is started by a method call (Object.runEntryPointWithESMLoader).
