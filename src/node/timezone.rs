//! Time zones (Boa is built without ICU), from the tz database that the `jiff` crate bundles
//! (the sandbox has no /usr/share/zoneinfo):
//! - the process's local zone, which node takes from `TZ` (re-read when a script assigns
//!   `process.env.TZ`): the engine's host hooks ask it for Date's offsets and toString's names;
//! - IANA zone names and their UTC offsets at an instant for `Intl.DateTimeFormat`'s `timeZone`
//!   option. The formatting is `node/js/intl.js`.

use boa_engine::{
    object::{builtins::JsArray, JsObject},
    Context, JsResult, JsString, JsValue,
};
use jiff::tz::TimeZone;
use jiff::Timestamp;
use std::cell::RefCell;

/// The `internalBinding('timezone')` object.
pub fn binding(ctx: &mut Context) -> JsObject {
    crate::node::binding_object(
        ctx,
        &[
            ("canonical", canonical, 1),
            ("offset", offset, 2),
            ("longName", long_name, 2),
            ("localZone", local_zone, 0),
            ("setLocal", set_local, 1),
            ("zones", zones, 0),
        ],
    )
}

/// The zone named by argument 0 (any letter case), or None.
fn zone(args: &[JsValue]) -> Option<TimeZone> {
    let name = args.first()?.as_string()?.to_std_string().ok()?;
    jiff::tz::db().get(&name).ok()
}

/// `canonical(name)`: the zone's primary IANA name (links resolved as CLDR does, letter case
/// from the tz database), or undefined when there is no such zone.
fn canonical(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(zone(args)
        .and_then(|tz| tz.primary_iana_name().map(JsString::from))
        .map(JsValue::from)
        .unwrap_or_default())
}

/// `zones()`: the tz database's primary zone names (links left out), for
/// `Intl.supportedValuesOf('timeZone')`.
fn zones(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let db = jiff::tz::db();
    let names = db.available().filter_map(|name| {
        let tz = db.get(name.as_str()).ok()?;
        (tz.primary_iana_name() == Some(name.as_str()))
            .then(|| JsValue::from(JsString::from(name.as_str())))
    });
    Ok(JsArray::from_iter(names, ctx).into())
}

/// The instant of a time value in milliseconds, or None when not finite or out of range.
fn instant(ms: Option<&JsValue>) -> Option<Timestamp> {
    let ms = ms
        .and_then(JsValue::as_number)
        .filter(|ms| ms.is_finite())?;
    Timestamp::from_millisecond(ms.floor() as i64).ok()
}

/// `offset(name, epochMs)`: the zone's offset from UTC in minutes at that instant, or undefined
/// when there is no such zone or the instant is out of range.
fn offset(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let (Some(tz), Some(ts)) = (zone(args), instant(args.get(1))) else {
        return Ok(JsValue::undefined());
    };
    Ok(JsValue::from(tz.to_offset(ts).seconds() / 60))
}

/// `longName(name, epochMs, generic)`: the zone's long name at that instant (`timeZoneName:
/// 'long'`, or with `generic` 'longGeneric'), or undefined when there is no such zone or name
/// or the instant is out of range.
fn long_name(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let (Some(tz), Some(ts)) = (zone(args), instant(args.get(1))) else {
        return Ok(JsValue::undefined());
    };
    let names = Names::of(&tz);
    let name = if args.get(2).is_some_and(JsValue::to_boolean) {
        names.generic(&tz, ts)
    } else {
        Some(names.at(&tz, ts))
    };
    Ok(name
        .map(|n| JsString::from(n.as_str()).into())
        .unwrap_or_default())
}

// ---- Names ----

/// The table of long names (ICU's, as node prints them in `Date.prototype.toString`).
const NAME_TABLE: &str = include_str!("timezone_names.txt");

/// A zone's long names: standard and daylight (None: `GMT+hh:mm` of the offset).
#[derive(Clone, Copy, Default)]
struct Names {
    standard: Option<&'static str>,
    daylight: Option<&'static str>,
}

impl Names {
    /// The names of a tz database zone: listed under its own name, else under the zone it
    /// links to.
    fn of(tz: &TimeZone) -> Names {
        let own = tz.iana_name().and_then(Names::listed);
        own.or_else(|| tz.primary_iana_name().and_then(Names::listed))
            .unwrap_or_default()
    }

    /// The names the table lists for exactly this zone name.
    fn listed(zone: &str) -> Option<Names> {
        NAME_TABLE
            .lines()
            .filter(|line| !line.starts_with('#'))
            .find_map(|line| {
                let (names, zones) = line.split_once(':')?;
                zones.split(' ').any(|z| z == zone).then(|| {
                    let (standard, daylight) = names.split_once('|').unwrap_or((names, names));
                    let name = |n: &'static str| (n != "*").then_some(n);
                    Names {
                        standard: name(standard),
                        daylight: name(daylight),
                    }
                })
            })
    }

    /// The name at an instant: standard or daylight as the zone observes daylight saving time
    /// then.
    fn at(self, tz: &TimeZone, ts: Timestamp) -> String {
        let info = tz.to_offset_info(ts);
        let name = if info.dst().is_dst() {
            self.daylight
        } else {
            self.standard
        };
        name.map_or_else(|| gmt_offset(info.offset().seconds()), String::from)
    }
}

impl Names {
    /// The generic name (ICU's `longGeneric`): `Eastern Time` for a zone observing daylight
    /// saving time within half a year of the instant, else its standard name; None for UTC
    /// and zones without names (ICU shows the offset).
    fn generic(self, tz: &TimeZone, ts: Timestamp) -> Option<String> {
        const HALF_YEAR: i64 = 182 * 86_400;
        let offset_at = |s: i64| {
            Timestamp::from_second(ts.as_second().saturating_add(s))
                .map(|t| tz.to_offset(t))
                .ok()
        };
        let now = offset_at(0);
        let observes = offset_at(HALF_YEAR) != now || offset_at(-HALF_YEAR) != now;
        let standard = self.standard.filter(|_| tz.iana_name() != Some("UTC"))?;
        if !observes {
            return Some(standard.to_string());
        }
        standard
            .strip_suffix(" Standard Time")
            .map(|area| format!("{area} Time"))
    }
}

/// ICU's localized GMT format of an offset: `GMT+05:30`, `GMT-03:00`, `GMT+00:00`.
fn gmt_offset(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let minutes = seconds.unsigned_abs() / 60;
    format!("GMT{sign}{:02}:{:02}", minutes / 60, minutes % 60)
}

// ---- The local time zone ----

/// The process's local time zone, as node (ICU) picks it from `TZ`.
struct Local {
    tz: TimeZone,
    /// What `Intl.DateTimeFormat().resolvedOptions().timeZone` starts from: the zone's database
    /// name, `Etc/Unknown` (TZ set but empty) or None (TZ names no zone).
    id: Option<String>,
    names: Names,
}

thread_local! {
    /// Computed at first use (never while the start-up snapshot is taken) and when a script
    /// assigns or deletes `process.env.TZ`.
    static LOCAL: RefCell<Option<Local>> = const { RefCell::new(None) };
}

impl Local {
    /// The zone `TZ` names, as ICU reads it: unset, or not a zone id (POSIX rules such as
    /// `CET-1CEST,M3.5.0`), means the host's zone (UTC in WASI); a leading `:` and a `posix/` or
    /// `right/` prefix are dropped; an id the tz database lacks (its letter case matters) is an
    /// unknown zone at offset zero.
    fn from_tz(value: Option<&str>) -> Local {
        let Some(id) = value.filter(|v| is_zone_id(v)) else {
            return Local::named(TimeZone::UTC, "UTC");
        };
        let id = id.strip_prefix(':').unwrap_or(id);
        let id = ["posix/", "right/"]
            .iter()
            .find_map(|p| id.strip_prefix(p))
            .unwrap_or(id);
        match jiff::tz::db().get(id) {
            Ok(tz) if tz.iana_name() == Some(id) => Local::named(tz, id),
            _ => Local {
                tz: TimeZone::UTC,
                id: id.is_empty().then(|| String::from("Etc/Unknown")),
                names: Names::default(),
            },
        }
    }

    fn named(tz: TimeZone, id: &str) -> Local {
        Local {
            names: Names::of(&tz),
            tz,
            id: Some(id.to_string()),
        }
    }
}

/// ICU's `isValidOlsonID`: letters (no digits or commas), then at most two digits, or one of
/// the four POSIX-style names the tz database has.
fn is_zone_id(id: &str) -> bool {
    let b = id.as_bytes();
    let letters = b
        .iter()
        .take_while(|c| !c.is_ascii_digit() && **c != b',')
        .count();
    let digits = b[letters..]
        .iter()
        .take(2)
        .take_while(|c| c.is_ascii_digit())
        .count();
    letters + digits == b.len() || matches!(id, "PST8PDT" | "MST7MDT" | "CST6CDT" | "EST5EDT")
}

/// Runs `f` with the local zone, computing it from the environment's `TZ` at first use.
fn with_local<R>(f: impl FnOnce(&Local) -> R) -> R {
    LOCAL.with(|cell| {
        let mut local = cell.borrow_mut();
        let local =
            local.get_or_insert_with(|| Local::from_tz(std::env::var("TZ").ok().as_deref()));
        f(local)
    })
}

/// `setLocal(tz)`: `process.env.TZ` was assigned (a string) or deleted (undefined).
fn set_local(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let value = args
        .first()
        .and_then(JsValue::as_string)
        .map(|s| s.to_std_string_escaped());
    let local = Local::from_tz(value.as_deref());
    LOCAL.with(|cell| *cell.borrow_mut() = Some(local));
    Ok(JsValue::undefined())
}

/// `localZone()`: the local zone's id (see [`Local::id`]), or undefined.
fn local_zone(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(with_local(|l| l.id.as_deref().map(JsString::from))
        .map(JsValue::from)
        .unwrap_or_default())
}

/// The range of instants jiff handles (years -9999..=9999); JS dates reach ±275,760.
fn clamp_instant(seconds: i64) -> Timestamp {
    if seconds > Timestamp::MAX.as_second() {
        // Far future: the zone's last rule, at a year with the same calendar.
        return Timestamp::from_second(equivalent_time(seconds)).unwrap_or(Timestamp::MAX);
    }
    Timestamp::from_second(seconds).unwrap_or(Timestamp::MIN)
}

/// The local zone's offset from UTC in seconds at an instant (the engine's host hook).
pub fn local_offset_seconds(unix_seconds: i64) -> i32 {
    with_local(|l| l.tz.to_offset(clamp_instant(unix_seconds)).seconds())
}

/// The local zone's long name at an instant, as V8 picks it for `Date.prototype.toString`:
/// standard or daylight as the zone observes daylight saving time then, judged for a time
/// outside 1970..2038 at the same date of an equivalent year in 2008..2035 (V8's
/// `LocalTimezone`; 1900's summers in New York are named daylight time).
pub fn local_name(unix_seconds: i64) -> JsString {
    let seconds = if (0..=i64::from(i32::MAX)).contains(&unix_seconds) {
        unix_seconds
    } else {
        equivalent_time(unix_seconds)
    };
    let name = with_local(|l| {
        l.names.at(
            &l.tz,
            Timestamp::from_second(seconds).unwrap_or(Timestamp::UNIX_EPOCH),
        )
    });
    JsString::from(name.as_str())
}

// ---- V8's equivalent year ----

const SECONDS_PER_DAY: i64 = 86_400;

fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// Days since 1970-01-01 of a proleptic Gregorian date (month 1..=12).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The proleptic Gregorian date (year, month 1..=12, day) of days since 1970-01-01.
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// V8's `EquivalentTime`: the same date and time of day in the year of 2008..2035 that is a
/// leap year when this one is and starts on the same weekday.
fn equivalent_time(seconds: i64) -> i64 {
    let days = seconds.div_euclid(SECONDS_PER_DAY);
    let (year, month, day) = civil_from_days(days);
    let week_day = (days_from_civil(year, 1, 1) + 4).rem_euclid(7);
    let recent = if is_leap(year) { 1956 } else { 1967 } + (week_day * 12) % 28;
    let equivalent = 2008 + (recent + 3 * 28 - 2008) % 28;
    let new_days = days_from_civil(equivalent, month, day);
    new_days * SECONDS_PER_DAY + seconds.rem_euclid(SECONDS_PER_DAY)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_round_trip() {
        for days in [-1_000_000, -719_468, -1, 0, 59, 60, 11_016, 2_932_896] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
    }

    #[test]
    fn zone_ids() {
        assert!(is_zone_id("America/New_York"));
        assert!(is_zone_id("Etc/GMT+10"));
        assert!(is_zone_id("EST5EDT"));
        assert!(!is_zone_id("CET-1CEST,M3.5.0,M10.5.0/3"));
        assert!(!is_zone_id("<+0330>-3:30"));
    }
}
