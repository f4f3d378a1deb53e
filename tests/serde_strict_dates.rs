//! Stored and exchanged dates read exactly `YYYY-MM-DD`, as the command
//! line does (issue 9): `2026-3-5`, ` 2026-03-05` and `+002026-03-05` are
//! errors, never a date chrono guessed. Each input type with a date is
//! tried with a good date and with each bad spelling.
#![cfg(feature = "serde")]

use kz_appeals::channel::OralProtocol;
use kz_appeals::queue::RequestOrder;
use kz_appeals::{Arrival, Facts};

const BAD: [&str; 4] = [
    "2026-3-5",
    " 2026-03-05",
    "+002026-03-05",
    "2026-03-05T00:00:00",
];

/// `template` with `{}` replaced by the date, parsed as `T`.
fn parses<T: serde::de::DeserializeOwned>(template: &str, date: &str) -> bool {
    serde_json::from_str::<T>(&template.replace("{}", date)).is_ok()
}

fn strict<T: serde::de::DeserializeOwned>(template: &str) {
    assert!(parses::<T>(template, "2026-03-05"), "{template}");
    for bad in BAD {
        assert!(!parses::<T>(template, bad), "{template} took {bad:?}");
    }
}

#[test]
fn facts() {
    strict::<Facts>(r#"{"registered": "{}"}"#);
    strict::<Facts>(r#"{"registered": "2026-03-02", "reception": "{}"}"#);
    strict::<Facts>(r#"{"registered": "2026-03-02", "answered_on": "{}"}"#);
    // null is still "not known".
    assert!(parses::<Facts>(
        r#"{"registered": "2026-03-02", "reception": null}"#,
        ""
    ));
}

#[test]
fn arrival_oral_protocol_and_queue_order() {
    strict::<Arrival>(r#"{"kind": "day", "date": "{}"}"#);
    strict::<OralProtocol>(r#"{"number": "7", "recorded_on": "{}", "by_telephone": true}"#);
    strict::<RequestOrder>(r#"{"registered_on": "{}", "number": 1}"#);
}

#[test]
fn year_orders() {
    use kz_appeals::calendar::YearOrders;
    strict::<YearOrders>(
        r#"{"year": 2026, "transfers": [{"from": "{}", "to": "2026-03-06", "act": "x"}]}"#,
    );
    strict::<YearOrders>(
        r#"{"year": 2026, "transfers": [{"from": "2026-03-07", "to": "{}", "act": "x"}]}"#,
    );
    strict::<YearOrders>(r#"{"year": 2026, "extra_days_off": [{"date": "{}", "act": "x"}]}"#);
    strict::<YearOrders>(r#"{"year": 2026, "kurban_ait": {"date": "{}", "source": "x"}}"#);
}
