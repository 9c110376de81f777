//! Native half of `vm` (placeholder: filled in by the work in progress).

use boa_engine::{object::JsObject, Context};

/// The `internalBinding('vm')` object.
pub fn binding(ctx: &mut Context) -> JsObject {
    crate::node::binding_object(ctx, &[])
}
