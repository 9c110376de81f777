// @cli: --import ./_import_frames.mjs -e "console.log(new Error('eval after import').stack)"
// An --import module's first run shows node's frames of the ESM entry point (run_main:112), and -e code after it runs from that entry point's async function.
