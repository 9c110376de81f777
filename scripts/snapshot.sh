#!/usr/bin/env bash
# Pre-initializes a built rjs component with `wasmtime wizer`: runs its `wizer-initialize`
# export (src/snapshot.rs: Boa context, node's bootstrap, the common built-ins) and writes the
# initialized memory into OUT, so each start skips that work.
#   scripts/snapshot.sh IN.wasm OUT.wasm [http]    (http: the component imports wasi:http)
# RJS_WARM=all (or a comma-separated list) loads more built-ins into it than the default.
set -euo pipefail
in=$1 out=$2
flags=(-S cli=y)
if [ -n "${RJS_WARM:-}" ]; then flags+=(--env "RJS_WARM=$RJS_WARM"); fi
if [ "${3:-}" = http ]; then flags+=(-S http=y); fi
tmp="$out.tmp.$$"
# The init function stays exported (wizer 48 would otherwise leave the component's lift of it
# dangling); nothing calls it after the snapshot.
wasmtime wizer "${flags[@]}" --keep-init-func=true --init-func wizer-initialize -o "$tmp" "$in" >/dev/null
# The long zero runs inside wizer's merged segments (free heap) are left out of the file.
node "$(dirname "$0")/strip-zero-runs.mjs" "$tmp" 2>/dev/null
mv "$tmp" "$out"
