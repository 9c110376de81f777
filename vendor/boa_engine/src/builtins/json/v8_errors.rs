//! V8's (node's) JSON.parse error messages. Placeholder: see the helper task.

/// The message V8 gives for the first error in `text` (which failed to parse as JSON).
pub(crate) fn parse_error_message(_text: &str) -> Option<String> {
    None
}
