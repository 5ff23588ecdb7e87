//! Time as ecrctl reads and prints it, in one place: "now", RFC 3339 times (`--now`, JSON
//! `pushedAt`, …), moments and durations as flags take them (`--before 90d`, `--since 12h`),
//! and ages as tables print them ("3 days ago"). Times are whole seconds since the epoch
//! (`i64`); the calendar is the `time` crate's (already built in through the AWS SDK). Pure: no
//! AWS types (the SDK's `DateTime` is converted in `registry::model`).

use ::time::error::{Parse, TryFromParsed};
use ::time::format_description::well_known::Rfc3339;
use ::time::{Month, OffsetDateTime};

use crate::error::cut;

/// Seconds since the epoch, now.
pub fn now() -> i64 {
    now_ms() / 1000
}

/// Milliseconds since the epoch, now.
pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

/// Seconds since the epoch of an RFC 3339 time (`2026-01-31T00:00:00Z`, fractions and offsets
/// allowed; `T`, `t` or a space between date and time). Fractions are dropped.
pub fn parse(s: &str) -> Result<i64, String> {
    let err = || {
        format!(
            "'{}' is not an RFC 3339 time such as 2026-01-31T00:00:00Z",
            cut(s)
        )
    };
    // RFC 3339 lets an application pick its separator; the crate takes any byte, ecrctl these.
    if !matches!(s.as_bytes().get(10), Some(b'T' | b't' | b' ')) {
        return Err(err());
    }
    match OffsetDateTime::parse(s, &Rfc3339) {
        Ok(t) => Ok(t.unix_timestamp()),
        // A day the month does not have is refused by name, not carried into the next month: a
        // typed 2026-02-30 must not move what a prune selects.
        Err(Parse::TryFromParsed(TryFromParsed::ComponentRange(e))) if e.name() == "day" => {
            Err(impossible_day(s).unwrap_or_else(err))
        }
        Err(_) => Err(err()),
    }
}

/// "'2026-02-30' is not a date: February 2026 has 28 days", for a day 1–31 the month lacks.
fn impossible_day(s: &str) -> Option<String> {
    let num = |r: std::ops::Range<usize>| s.get(r)?.parse::<u8>().ok();
    let year: i32 = s.get(0..4)?.parse().ok()?;
    let month = Month::try_from(num(5..7)?).ok()?;
    let day = num(8..10)?;
    if !(1..=31).contains(&day) {
        return None;
    }
    Some(format!(
        "'{}' is not a date: {month} {year} has {} days",
        cut(&s[..10]),
        month.length(year)
    ))
}

/// RFC 3339 in UTC with whole seconds (`2026-11-28T05:00:07Z`), the one timestamp form of every
/// JSON and text output; a time beyond year 9999 (never an answer ECR gives) prints as seconds.
pub fn format(t: i64) -> String {
    match OffsetDateTime::from_unix_timestamp(t) {
        Ok(d) if (0..=9999).contains(&d.year()) => format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
            d.year(),
            u8::from(d.month()),
            d.day(),
            d.hour(),
            d.minute(),
            d.second()
        ),
        _ => t.to_string(),
    }
}

/// A moment as `--before` takes it: an RFC 3339 time (`2026-01-31T00:00:00Z`), a date
/// (`2026-01-31`, midnight UTC), or an age as `--since` and `--min-age` take it (`30d`: that
/// long before `now`).
pub fn parse_moment(s: &str, now: i64) -> Result<i64, String> {
    let date_only = s.len() == 10 && s.as_bytes().get(4) == Some(&b'-');
    let time = if date_only {
        format!("{s}T00:00:00Z")
    } else {
        s.to_string()
    };
    match parse(&time) {
        Ok(t) => return Ok(t),
        // 2026-02-30: a date, impossible; say so rather than "not an age".
        Err(e) if e.ends_with(" days") => return Err(e),
        Err(_) => {}
    }
    match parse_duration(s) {
        Ok(age) => Ok(now - age),
        Err(_) => Err(format!(
            "'{}' is neither a date (2026-01-31, 2026-01-31T12:00:00Z) nor an age (30m, 12h, 7d, 2w)",
            cut(s)
        )),
    }
}

/// `30s`, `15m`, `12h`, `7d`, `2w` → seconds.
pub fn parse_duration(s: &str) -> Result<i64, String> {
    let err = || {
        format!(
            "'{}' is not a duration: use a number and s, m, h, d or w (e.g. 7d)",
            cut(s)
        )
    };
    let unit = s.chars().last().ok_or_else(err)?;
    let n: i64 = s[..s.len() - unit.len_utf8()].parse().map_err(|_| err())?;
    // Any case, as size units; but `M` could be months: only `m` is minutes.
    let factor = match unit {
        's' | 'S' => 1,
        'm' => 60,
        'h' | 'H' => 3600,
        'd' | 'D' => 86_400,
        'w' | 'W' => 604_800,
        'M' => {
            return Err(format!(
                "'{}' is ambiguous: use m for minutes, or days (30d) for a month",
                cut(s)
            ))
        }
        _ => return Err(err()),
    };
    if n < 0 {
        return Err(err());
    }
    n.checked_mul(factor).ok_or_else(err)
}

/// A "3 days ago" style age from seconds, for tables.
pub fn age(seconds: i64) -> String {
    let s = seconds.max(0);
    let (n, unit) = match s {
        0..=59 => return "just now".to_string(),
        60..=3599 => (s / 60, "minute"),
        3600..=86_399 => (s / 3600, "hour"),
        86_400..=2_591_999 => (s / 86_400, "day"),
        2_592_000..=31_535_999 => (s / 2_592_000, "month"),
        _ => (s / 31_536_000, "year"),
    };
    format!("{n} {unit}{} ago", if n == 1 { "" } else { "s" })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_round_trip() {
        for s in [
            "1970-01-01T00:00:00Z",
            "2026-11-28T07:29:57Z",
            "2000-02-29T23:59:59Z",
            "2100-03-01T00:00:00Z",
            "0000-01-01T00:00:00Z",
            "9999-12-31T23:59:59Z",
            "1969-12-31T23:59:59Z",
        ] {
            assert_eq!(format(parse(s).unwrap()), s);
        }
        assert_eq!(parse("1970-01-01T00:00:00Z"), Ok(0));
        assert_eq!(parse("1969-12-31T23:59:59Z"), Ok(-1));
        assert_eq!(parse("2026-01-31T00:00:00Z"), Ok(1_769_817_600));
    }

    #[test]
    fn offsets_separators_and_fractions() {
        let midnight = parse("2026-01-01T00:00:00Z").unwrap();
        assert_eq!(parse("2026-01-01T01:00:00+01:00"), Ok(midnight));
        assert_eq!(parse("2025-12-31T19:30:00-04:30"), Ok(midnight));
        assert_eq!(parse("2026-01-01T00:00:00+00:00"), Ok(midnight));
        assert_eq!(parse("2026-01-01T00:00:00-00:00"), Ok(midnight));
        // Fractions are dropped, never rounded up into the next second.
        assert_eq!(parse("2026-01-01T00:00:00.5Z"), Ok(midnight));
        assert_eq!(parse("2026-01-01T00:00:00.999999999Z"), Ok(midnight));
        assert_eq!(parse("2026-01-01T00:00:00.546999123456Z"), Ok(midnight));
        assert_eq!(parse("2026-01-01t00:00:00z"), Ok(midnight));
        assert_eq!(parse("2026-01-01 00:00:00Z"), Ok(midnight));
    }

    #[test]
    fn leap_years_and_impossible_days() {
        assert!(parse("2028-02-29T00:00:00Z").is_ok());
        assert!(parse("2000-02-29T00:00:00Z").is_ok());
        assert!(parse("2026-12-31T23:59:59Z").is_ok());
        assert_eq!(
            parse("2028-03-01T00:00:00Z").unwrap() - parse("2028-02-28T00:00:00Z").unwrap(),
            2 * 86_400
        );
        assert_eq!(
            parse("2026-02-30T00:00:00Z").unwrap_err(),
            "'2026-02-30' is not a date: February 2026 has 28 days"
        );
        assert_eq!(
            parse("2100-02-29T00:00:00Z").unwrap_err(),
            "'2100-02-29' is not a date: February 2100 has 28 days"
        );
        assert_eq!(
            parse("2026-04-31T00:00:00Z").unwrap_err(),
            "'2026-04-31' is not a date: April 2026 has 30 days"
        );
    }

    #[test]
    fn garbage_and_out_of_range_are_refused() {
        for bad in [
            "",
            "2026-01-01",
            "yesterday",
            "2026-13-01T00:00:00Z",
            "2026-00-01T00:00:00Z",
            "2026-01-00T00:00:00Z",
            "2026-01-32T00:00:00Z",
            "2026-01-01T24:00:00Z",
            "2026-01-01T00:60:00Z",
            "2026-01-01T00:00:61Z",
            "2026-01-01T00:00:00",
            "2026-01-01T00:00:00.Z",
            "2026-01-01T00:00:00+1:00",
            "2026-01-01T00:00:00+24:00",
            "2026-01-01T00:00:00+01:60",
            "2026-01-01T00:00:00Z ",
            "2026-01-01X00:00:00Z",
            "2026-01-01é00:00:00Z",
            "+2026-01-01T00:00:00Z",
            "12026-01-01T00:00:00Z",
            "２０２６-01-01T00:00:00Z",
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
        assert_eq!(
            parse("yesterday").unwrap_err(),
            "'yesterday' is not an RFC 3339 time such as 2026-01-31T00:00:00Z"
        );
        // A day past 31 is not "a day the month lacks": the plain message.
        assert!(parse("2026-01-32T00:00:00Z")
            .unwrap_err()
            .contains("not an RFC 3339 time"));
        // A hostile input is cut in the message.
        let long = format!("2026-01-01T00:00:00Z{}", "x".repeat(5000));
        assert!(parse(&long).unwrap_err().len() < 600);
        // Beyond what RFC 3339 can write: the seconds, never a wrapped date.
        assert_eq!(format(i64::MAX), i64::MAX.to_string());
        assert_eq!(format(-62_167_219_201), "-62167219201");
    }

    #[test]
    fn moments() {
        let now = 1_800_000_000;
        assert_eq!(parse_moment("2026-01-31T00:00:00Z", now), Ok(1_769_817_600));
        assert_eq!(parse_moment("2026-01-31", now), Ok(1_769_817_600));
        assert_eq!(parse_moment("30d", now), Ok(now - 30 * 86_400));
        assert_eq!(parse_moment("12h", now), Ok(now - 12 * 3600));
        for bad in [
            "",
            "yesterday",
            "2026-13-01",
            "31/01/2026",
            "-3d",
            "2026-02-30",
            "2026-04-31",
        ] {
            assert!(parse_moment(bad, now).is_err(), "{bad}");
        }
        assert_eq!(
            parse_moment("2026-02-29", now).unwrap_err(),
            "'2026-02-29' is not a date: February 2026 has 28 days"
        );
        assert_eq!(parse_moment("2W", now), Ok(now - 2 * 604_800));
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("7d"), Ok(604_800));
        assert_eq!(parse_duration("90m"), Ok(5400));
        assert_eq!(parse_duration("2w"), Ok(1_209_600));
        assert_eq!(parse_duration("30s"), Ok(30));
        // Units in any case, as sizes; `M` is refused (minutes or months?).
        assert_eq!(parse_duration("2W"), Ok(1_209_600));
        assert_eq!(parse_duration("2D"), Ok(172_800));
        assert_eq!(parse_duration("12H"), Ok(43_200));
        assert!(parse_duration("1M").unwrap_err().contains("ambiguous"));
        for bad in [
            "",
            "d",
            "7",
            "7y",
            "-1d",
            "x7d",
            "99999999999999999999d",
            "é",
        ] {
            assert!(parse_duration(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn ages() {
        assert_eq!(age(5), "just now");
        assert_eq!(age(-5), "just now");
        assert_eq!(age(60), "1 minute ago");
        assert_eq!(age(3 * 86_400 + 5), "3 days ago");
        assert_eq!(age(400 * 86_400), "1 year ago");
    }

    #[test]
    fn now_is_after_2026() {
        assert!(now() > parse("2026-01-01T00:00:00Z").unwrap());
        assert!(now_ms() / 1000 >= now() - 1);
    }
}
