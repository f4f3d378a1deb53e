//! Property tests of the regulation's invariants for intake, the queue and
//! the identification numbers (kept from the former appeal properties when
//! the reception moved to the case file).

use chrono::{Days, NaiveDate};
use kz_appeals::applicant::{Applicant, Citizenship, LegalEntity, Person, ProofOfAuthority};
use kz_appeals::calendar::Calendar;
use kz_appeals::channel::{Channel, Origin, ReceptionLanguage};
use kz_appeals::identity::{Bin, Iin};
use kz_appeals::intake::{
    Arrival, IntakeOutcome, NoAppointmentGround, Request, Screening, Signature, intake,
    invalid_numbers, missing_requisites,
};
use kz_appeals::priority::PriorityCategory;
use kz_appeals::queue::{RequestOrder, Turn, Waiting, order_queue};
use proptest::prelude::*;

/// A day from 1 January 2024 on.
fn day(offset: u64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, 1, 1)
        .unwrap()
        .checked_add_days(Days::new(offset))
        .unwrap()
}

/// The first-pass remainder of the weighted sum (weights 1..11), the only
/// part of the algorithm these properties need to know.
fn first_pass(s: &str) -> u32 {
    s.bytes()
        .take(11)
        .zip(1u32..)
        .map(|(b, w)| u32::from(b - b'0') * w)
        .sum::<u32>()
        % 11
}

prop_compose! {
    /// Eleven leading digits of an IIN with a real birth date.
    fn iin_prefix()(date in 0u64..(200 * 365), female in any::<bool>(), serial in 0u32..10_000) -> String {
        let born = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap().checked_add_days(Days::new(date)).unwrap();
        let century = if born.format("%Y").to_string().starts_with("19") { 3 } else { 5 };
        let g = century + u32::from(female);
        format!("{}{g}{serial:04}", born.format("%y%m%d"))
    }
}

prop_compose! {
    fn bin_prefix()(yy in 0u32..100, mm in 1u32..=12, t in 4u32..=6, a in 0u32..=3, serial in 0u32..100_000) -> String {
        format!("{yy:02}{mm:02}{t}{a}{serial:05}")
    }
}

/// The valid completions of an 11-digit prefix.
fn completions<T: std::str::FromStr>(prefix: &str) -> Vec<String> {
    (0..10)
        .map(|c| format!("{prefix}{c}"))
        .filter(|s| s.parse::<T>().is_ok())
        .collect()
}

fn corruption_detected<T: std::str::FromStr>(valid: &str, pos: usize, digit: u8) -> bool {
    let mut bytes = valid.as_bytes().to_vec();
    bytes[pos] = b'0' + digit;
    let corrupted = String::from_utf8(bytes).unwrap();
    if corrupted.parse::<T>().is_err() {
        return true;
    }
    // Undetected only where the algorithm gives no guarantee:
    // - the 11th digit has weight 11 = 0 (mod 11) in the first pass, so the
    //   first pass cannot see it;
    // - one of the two numbers needed the second pass (first pass 10), whose
    //   result may match the other's first pass.
    // The 12th digit (the check digit itself) is always checked.
    pos == 10 || (pos < 10 && (first_pass(valid) == 10 || first_pass(&corrupted) == 10))
}

proptest! {
    #[test]
    fn parsing_never_panics(s in ".{0,20}") {
        let _ = s.parse::<Iin>();
        let _ = s.parse::<Bin>();
    }

    #[test]
    fn iin_has_at_most_one_check_digit_and_catches_single_digit_errors(
        prefix in iin_prefix(), pos in 0usize..12, digit in 0u8..10
    ) {
        let valid = completions::<Iin>(&prefix);
        prop_assert!(valid.len() <= 1);
        if let Some(v) = valid.first() {
            prop_assume!(v.as_bytes()[pos] != b'0' + digit);
            prop_assert!(corruption_detected::<Iin>(v, pos, digit));
            // Round trip through Display.
            prop_assert_eq!(&v.parse::<Iin>().unwrap().to_string(), v);
        }
    }

    #[test]
    fn bin_has_at_most_one_check_digit_and_catches_single_digit_errors(
        prefix in bin_prefix(), pos in 0usize..12, digit in 0u8..10
    ) {
        let valid = completions::<Bin>(&prefix);
        prop_assert!(valid.len() <= 1);
        if let Some(v) = valid.first() {
            prop_assume!(v.as_bytes()[pos] != b'0' + digit);
            prop_assert!(corruption_detected::<Bin>(v, pos, digit));
        }
    }

    /// п. 12: every priority applicant before every other; request order within
    /// each group; ties keep the given order; nobody lost or added.
    #[test]
    fn queue_priority_first_then_request_order(
        people in prop::collection::vec((any::<bool>(), 0u64..3, 0u32..4), 0..30)
    ) {
        let waiting: Vec<Waiting<usize>> = people.iter().enumerate().map(|(i, &(p, d, n))| Waiting {
            who: i,
            order: RequestOrder::new(day(d), n),
            categories: if p { vec![PriorityCategory::ALL[i % 9]] } else { vec![] },
        }).collect();
        let out = order_queue(waiting.clone());
        let mut seen: Vec<usize> = out.iter().map(|w| w.who).collect();
        seen.sort_unstable();
        prop_assert_eq!(seen, (0..people.len()).collect::<Vec<_>>());
        let first_in_turn = out.iter().position(|w| w.turn() == Turn::InTurn).unwrap_or(out.len());
        prop_assert!(out[first_in_turn..].iter().all(|w| w.turn() == Turn::InTurn));
        for pair in out.windows(2) {
            if pair[0].turn() == pair[1].turn() {
                prop_assert!(pair[0].order <= pair[1].order);
                if pair[0].order == pair[1].order {
                    prop_assert!(pair[0].who < pair[1].who, "stable");
                }
            }
        }
    }
}

prop_compose! {
    fn request()(
        arrived in 0u64..700, late in any::<bool>(), oral in any::<bool>(),
        individual in any::<bool>(), name in prop::option::of("[a-z]{0,3}"),
        substance in "[ a-z]{0,4}", dated in any::<bool>(), signed in any::<bool>(),
        foreign in any::<bool>(), iin in prop::option::of("[0-9]{11,12}"),
    ) -> Request {
        let person = Person {
            name: name.clone().unwrap_or_default(),
            // Mostly mistyped numbers: stated, so never missing (issue 10).
            iin: iin.map(|typed| typed.parse().unwrap()),
            citizenship: if foreign { Citizenship::Foreign { interpreter: true } } else { Citizenship::Kazakhstan },
        };
        Request {
            arrival: Arrival::Day { date: day(arrived), after_working_hours: late },
            channel: if oral { Channel::Oral(kz_appeals::channel::OralProtocol { number: "1".into(), recorded_on: day(arrived), by_telephone: false }) } else { Channel::Paper },
            origin: Origin::Direct,
            language: ReceptionLanguage::State,
            applicant: if individual {
                Applicant::Individual { person, postal_address: name.unwrap_or_default() }
            } else {
                Applicant::Representative {
                    person,
                    entity: LegalEntity { name: "ТОО".into(), bin: None, address: "".into(), registered_in_kazakhstan: foreign },
                    authority: ProofOfAuthority::Charter,
                }
            },
            addressee: "аким".into(),
            substance,
            dated: dated.then(|| day(arrived)),
            signature: signed.then_some(Signature::Handwritten),
        }
    }
}

proptest! {
    /// п. 6: every request gets one of the four outcomes, registered on a
    /// working day no earlier than its arrival; never a refusal to accept.
    #[test]
    fn intake_always_decides(r in request(), grounds in prop::collection::vec(0usize..4, 0..3)) {
        let cal = Calendar::kazakhstan();
        let screening = Screening {
            grounds: grounds.iter().map(|&g| NoAppointmentGround::ALL[g]).collect(),
            correction_period_ends: Some(r.arrival.date().checked_add_days(Days::new(20)).unwrap()),
        };
        let out = intake(&cal, &r, &screening).unwrap();
        // Issue 10: the outcome starts a case file, which accepts it: the
        // arrival, the registration and the decision made at intake.
        let file = out.start_case(&cal, &r, "P-1").map_err(|(i, e)| format!("{i}: {e}")).unwrap();
        let decided = !matches!(out.outcome, IntakeOutcome::Registered);
        prop_assert_eq!(file.events().len(), 2 + usize::from(decided));
        prop_assert_eq!(file.events()[1].on, out.registered_on.date);
        prop_assert!(out.registered_on.date >= r.arrival.date());
        prop_assert!(cal.is_working_day(out.registered_on.date).unwrap().value);
        let substance = !r.substance.trim().is_empty();
        match out.outcome {
            IntakeOutcome::LeftWithoutConsideration => prop_assert!(!substance),
            IntakeOutcome::NoAppointment { grounds: g } => prop_assert!(substance && !g.is_empty()),
            IntakeOutcome::CorrectionNeeded(c) => {
                prop_assert!(substance && screening.grounds.is_empty());
                prop_assert_eq!(&c.missing, &missing_requisites(&r));
                prop_assert_eq!(&c.invalid, &invalid_numbers(&r));
                prop_assert!(!c.missing.is_empty() || !c.invalid.is_empty());
                // An invalid number is reported as invalid, never as missing.
                for bad in &c.invalid {
                    prop_assert!(!c.missing.contains(&bad.requisite));
                    prop_assert!(bad.error().is_some());
                }
                let period = c.period.unwrap();
                prop_assert!(cal.is_working_day(period.return_by.date).unwrap().value);
                // A period ending on a day off ends on the next working day
                // (APPC art. 76(5), Civil Code art. 175); 3 working days follow it.
                let ends = cal.working_day_on_or_after(period.ends).unwrap().value;
                prop_assert_eq!(cal.working_days_between(ends, period.return_by.date).unwrap().value, 3);
            }
            IntakeOutcome::Registered => {
                prop_assert!(substance && screening.grounds.is_empty() && missing_requisites(&r).is_empty());
                prop_assert!(invalid_numbers(&r).is_empty());
            }
        }
    }
}

/// Issue 10: the registered outcome starts a case file that the case
/// evaluation agrees with: an arrival after hours is registered on the next
/// working day by intake, and the case file, evaluated with the same end of
/// the working day, finds the registration on time (no violation).
#[test]
fn an_intake_after_hours_starts_a_case_the_evaluation_agrees_with() {
    use chrono::NaiveTime;
    use kz_appeals::case::{EventName, evaluate_with};
    use kz_appeals::reading::Policy;
    let cal = Calendar::kazakhstan();
    let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    let ends = NaiveTime::from_hms_opt(18, 30, 0).unwrap();
    // Friday 20 March 2026 at 19:00, after 18:30: the next working day.
    // 21–22 March are Saturday and Sunday (Nauryz), 23 March Nauryz, 24 and
    // 25 March its carry-overs: Thursday 26 March.
    let arrival = Arrival::at(d(3, 20).and_hms_opt(19, 0, 0).unwrap(), ends);
    let person = Person::new("Иванова Мария", Citizenship::Kazakhstan).with_iin("850808301235");
    let r = Request::new(
        arrival,
        Channel::EAppeals,
        ReceptionLanguage::Russian,
        Applicant::Individual {
            person,
            postal_address: "г. Қонаев".into(),
        },
    )
    .addressed_to("аким области")
    .about("ремонт дороги")
    .dated(d(3, 20))
    .signed(Signature::Digital);
    let out = intake(&cal, &r, &Screening::default()).unwrap();
    assert_eq!(out.registered_on.date, d(3, 26));
    let file = out.start_case(&cal, &r, "A-1").unwrap();
    assert_eq!(
        file.events()
            .iter()
            .map(|e| e.kind.name())
            .collect::<Vec<_>>(),
        [EventName::Arrived, EventName::Registered]
    );
    assert_eq!(
        (file.events()[0].on, file.events()[1].on),
        (d(3, 20), d(3, 26))
    );
    let policy = Policy::default().with_working_day_ends(ends);
    let eval = evaluate_with(&cal, &file, d(3, 27), policy).unwrap();
    assert!(eval.violations.is_empty(), "{:?}", eval.violations);
}
