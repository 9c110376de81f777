//! Native half of time zones for `Intl.DateTimeFormat`'s `timeZone` option (Boa is built
//! without ICU): IANA zone names and their UTC offsets at an instant, from the tz database that
//! the `jiff` crate bundles (the sandbox has no /usr/share/zoneinfo). The formatting is
//! `node/js/intl.js`.

use boa_engine::{object::JsObject, Context, JsResult, JsValue};

/// The `internalBinding('timezone')` object.
pub fn binding(ctx: &mut Context) -> JsObject {
    crate::node::binding_object(ctx, &[("canonical", canonical, 1), ("offset", offset, 2)])
}

/// The zone named by argument 0 (any letter case), or None.
fn zone(args: &[JsValue]) -> Option<jiff::tz::TimeZone> {
    let name = args.first()?.as_string()?.to_std_string().ok()?;
    jiff::tz::db().get(&name).ok()
}

/// `canonical(name)`: the zone's IANA name as the database spells it, or undefined when there
/// is no such zone.
fn canonical(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(zone(args)
        .and_then(|tz| {
            tz.iana_name()
                .map(|n| JsValue::from(boa_engine::JsString::from(n)))
        })
        .unwrap_or_default())
}

/// `offset(name, epochMs)`: the zone's offset from UTC in minutes at that instant, or undefined
/// when there is no such zone or the instant is out of range.
fn offset(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let Some(tz) = zone(args) else {
        return Ok(JsValue::undefined());
    };
    let ms = args.get(1).and_then(JsValue::as_number).unwrap_or(f64::NAN);
    if !ms.is_finite() {
        return Ok(JsValue::undefined());
    }
    let Ok(ts) = jiff::Timestamp::from_millisecond(ms.floor() as i64) else {
        return Ok(JsValue::undefined());
    };
    Ok(JsValue::from(tz.to_offset(ts).seconds() / 60))
}
