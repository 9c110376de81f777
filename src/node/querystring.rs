//! Native half of `querystring` (placeholder: filled in by the work in progress).

use boa_engine::{object::JsObject, Context};

/// The `internalBinding('querystring')` object.
pub fn binding(ctx: &mut Context) -> JsObject {
    crate::node::binding_object(ctx, &[])
}
