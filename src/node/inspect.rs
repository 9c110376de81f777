//! Native half of `util.inspect` (placeholder: filled in by the work in progress).

use boa_engine::{object::JsObject, Context};

/// The `internalBinding('inspect')` object.
pub fn binding(ctx: &mut Context) -> JsObject {
    crate::node::binding_object(ctx, &[])
}
