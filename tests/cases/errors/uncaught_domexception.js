// An uncaught DOMException (an object with a stack, not a native error) is reported with its
// stack as node does, not as a thrown non-error value.
AbortSignal.abort().throwIfAborted();
