// In a "type": "module" scope a file of an unknown extension cannot be imported: node's report
// starts at get_format's throw of ERR_UNKNOWN_FILE_EXTENSION.
import './pkg/extension.unknown';
