//! Outgoing HTTP(S) through the host (`internalBinding('host_http')`). Placeholder: see
//! /tmp/host_http_spec.md for the interface both hosts implement.

use boa_engine::{Context, JsObject};

/// The `host_http` binding (empty until implemented).
pub fn binding(ctx: &mut Context) -> JsObject {
    crate::node::binding_object(ctx, &[])
}
