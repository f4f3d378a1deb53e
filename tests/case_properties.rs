//! The case file's invariants (issue 8), over random histories: every
//! candidate event is offered to the file, and only those it accepts are
//! kept.

use chrono::{Days, NaiveDate};
use kz_appeals::calendar::Calendar;
use kz_appeals::case::{
    CaseFile, DeadlineState, Event, EventKind, HeldForm, InstructionGiven, Period, evaluate, report,
};
use kz_appeals::intake::NoAppointmentGround;
use kz_appeals::official::OfficialRole;
use kz_appeals::reading::Policy;
use proptest::prelude::*;

fn cal() -> &'static Calendar {
    static CAL: std::sync::OnceLock<Calendar> = std::sync::OnceLock::new();
    CAL.get_or_init(Calendar::kazakhstan)
}

fn plus(d: NaiveDate, n: u64) -> NaiveDate {
    d.checked_add_days(Days::new(n)).unwrap()
}

/// A candidate step: which event, days after the last one, a parameter.
type Step = (u8, u8, u8);

fn candidate(
    kind: u8,
    on: NaiveDate,
    p: u8,
    reception: Option<NaiveDate>,
) -> (NaiveDate, EventKind) {
    let p64 = u64::from(p);
    let k = match kind % 23 {
        0 => EventKind::Answered,
        1 => EventKind::DateNotified {
            reception: plus(on, 3 + p64 % 20),
            at: None,
        },
        2 => EventKind::BriefingPrepared,
        3 => {
            let form = [
                HeldForm::InPerson,
                HeldForm::VideoconferenceWithConsent,
                HeldForm::UnderRestrictiveMeasures,
            ][usize::from(p % 3)];
            // Now and then a head of a unit (п. 2(4)), who may not receive by
            // videoconference with consent (п. 13).
            let official = (p / 3 % 2 == 1).then_some(OfficialRole::UnitHead { deputy: false });
            return (
                reception.unwrap_or(on).max(on),
                EventKind::ReceptionHeld { form, official },
            );
        }
        4 => EventKind::Protocol {
            instructions: (0..p % 3)
                .map(|i| InstructionGiven::new(i.to_string(), plus(on, 5 + p64 % 15), "unit"))
                .collect(),
        },
        5 => EventKind::InstructionExecuted {
            instruction: (p % 3).to_string(),
        },
        6 => EventKind::FinalAnswer,
        7 => EventKind::Closed,
        8 => EventKind::ExtendedByLetter {
            until: plus(on, p64 % 25),
        },
        9 => EventKind::ExtendedByDecision { until: None },
        10 => EventKind::ExtensionNoticeSent,
        11 => EventKind::DraftRefusalSent,
        12 => EventKind::DraftRefusalReceived,
        13 => EventKind::ObjectionsReceived,
        14 => EventKind::Refused,
        15 => EventKind::AbsenceNotified {
            cause_arose: on.checked_sub_days(Days::new(p64 % 4)).unwrap(),
        },
        16 => EventKind::Reassigned {
            worker: format!("w-{}", p % 4),
        },
        17 => EventKind::CorrectionPeriodSet {
            until: plus(on, 1 + p64 % 10),
        },
        18 => EventKind::Corrected,
        19 => EventKind::Returned,
        20 => EventKind::Forwarded,
        21 => EventKind::NoAppointment {
            ground: NoAppointmentGround::ALL[usize::from(p % 4)],
        },
        _ => EventKind::LeftWithoutConsideration,
    };
    (on, k)
}

/// A case file from `steps`, each offered through `offer`.
fn walk(
    start: u16,
    steps: &[Step],
    mut offer: impl FnMut(&mut CaseFile, Event) -> bool,
) -> CaseFile {
    let cal = cal();
    let base = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
    let registered = cal
        .working_day_on_or_after(plus(base, u64::from(start % 900)))
        .unwrap()
        .value;
    let mut f = CaseFile::new(format!("C-{start}"));
    assert!(offer(
        &mut f,
        Event::new(
            registered,
            EventKind::Registered {
                worker: Some("w-9".into()),
                external_due: None,
            }
        )
    ));
    let mut last = registered;
    let mut reception = None;
    for &(kind, gap, p) in steps {
        let (on, k) = candidate(kind, plus(last, u64::from(gap % 7)), p, reception);
        let is_notice = matches!(k, EventKind::DateNotified { .. });
        let is_absence = matches!(k, EventKind::AbsenceNotified { .. });
        let set = match &k {
            EventKind::DateNotified { reception, .. } => Some(*reception),
            _ => None,
        };
        if offer(&mut f, Event::new(on, k)) {
            last = on;
            if is_notice {
                reception = set;
            }
            if is_absence {
                reception = None;
            }
        }
    }
    f
}

fn recorded(start: u16, steps: &[Step]) -> CaseFile {
    walk(start, steps, |f, e| f.record(cal(), e).is_ok())
}

fn guarded(start: u16, steps: &[Step]) -> CaseFile {
    walk(start, steps, |f, e| {
        f.record_guarded(cal(), e, Policy::default()).is_ok()
    })
}

fn steps() -> impl Strategy<Value = Vec<Step>> {
    prop::collection::vec((any::<u8>(), any::<u8>(), any::<u8>()), 0..30)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Evaluation is a pure function of the events and the date: the same
    /// twice, and the same on the events known that day alone.
    #[test]
    fn evaluation_is_pure(start in any::<u16>(), steps in steps(), back in 0u64..60) {
        let f = recorded(start, &steps);
        let last = f.events().last().unwrap().on;
        let as_of = last.checked_sub_days(Days::new(back)).unwrap();
        let once = evaluate(cal(), &f, as_of).unwrap();
        prop_assert_eq!(&once, &evaluate(cal(), &f.clone(), as_of).unwrap());
        let known: Vec<Event> = f.events().iter().filter(|e| e.on <= as_of).cloned().collect();
        let then = CaseFile::from_events(cal(), f.id(), known).unwrap();
        prop_assert_eq!(&once, &evaluate(cal(), &then, as_of).unwrap());
    }


    /// A case file built only through the guarded transitions has no act
    /// recorded late.
    #[test]
    fn guarded_files_record_nothing_late(start in any::<u16>(), steps in steps()) {
        // The guard refuses every act that would be late, and every event
        // that would leave a step overdue at once; what time alone makes
        // overdue (a step not taken while days pass) is the only violation
        // a guarded file can have.
        let f = guarded(start, &steps);
        let last = f.events().last().unwrap().on;
        let e = evaluate(cal(), &f, last).unwrap();
        prop_assert!(e.violations.iter().all(|v| v.on.is_none()), "{:?}\n{:?}", f.events(), e.violations);
    }

    /// Appending an event never changes what was said about a deadline
    /// already past: its violation keeps its rule, due date and count, and a
    /// deadline done keeps its state.
    #[test]
    fn appending_keeps_the_past(start in any::<u16>(), steps in steps()) {
        let f = recorded(start, &steps);
        for k in 1..f.events().len() {
            let t = f.events()[k].on;
            let before = CaseFile::from_events(cal(), "p", f.events()[..k].to_vec()).unwrap();
            let after = CaseFile::from_events(cal(), "p", f.events()[..=k].to_vec()).unwrap();
            let (b, a) = (evaluate(cal(), &before, t).unwrap(), evaluate(cal(), &after, t).unwrap());
            for v in b.violations.iter().filter(|v| v.due < t) {
                prop_assert!(
                    a.violations.iter().any(|w| (w.deadline, w.rule, w.due, w.late_by_working_days)
                        == (v.deadline, v.rule, v.due, v.late_by_working_days)),
                    "{:?} lost after {:?}", v, f.events()[k]
                );
            }
            for d in b.deadlines.iter().filter(|d| d.due < t) {
                if matches!(d.state, DeadlineState::DoneOnTime { .. } | DeadlineState::DoneLate { .. }) {
                    // The worker may change (п. 35); the deadline, its due
                    // date and its state may not.
                    let same = |x: &kz_appeals::case::DeadlineStatus| {
                        (x.kind, &x.instruction, x.due, x.state)
                            == (d.kind, &d.instruction, d.due, d.state)
                    };
                    prop_assert!(a.deadlines.iter().any(same), "{:?} changed after {:?}", d, f.events()[k]);
                }
            }
        }
    }

    /// Every violation's due date is before its act (or, for a step not
    /// taken, before the date of the evaluation); a rule broken by an act on
    /// a day (п. 13–14, 35; APPC art. 76(3)) is that day, late by nothing.
    #[test]
    fn violations_are_due_before_the_act(start in any::<u16>(), steps in steps(), ahead in 0u64..90) {
        let f = recorded(start, &steps);
        let as_of = plus(f.events().last().unwrap().on, ahead);
        for v in evaluate(cal(), &f, as_of).unwrap().violations {
            if v.deadline.is_requirement() || v.on == Some(v.due) {
                prop_assert_eq!((Some(v.due), v.late_by_working_days), (v.on, 0), "{:?}", v);
            } else {
                prop_assert!(v.due < v.on.unwrap_or(as_of), "{:?}", v);
            }
        }
    }

    /// The report's totals add up: every request registered in the period
    /// is in exactly one outcome, or open.
    #[test]
    fn report_totals_add_up(files in prop::collection::vec((any::<u16>(), steps()), 0..12), q in 1u32..=4, year in 2024i32..=2026) {
        let files: Vec<CaseFile> = files.iter().map(|(s, st)| recorded(*s, st)).collect();
        let period = Period::quarter(year, q).unwrap();
        let r = report(cal(), &files, period, Policy::default()).0;
        let registered = files
            .iter()
            .filter(|f| period.contains(f.events()[0].on))
            .count();
        prop_assert_eq!(r.outcomes.total() as usize, registered);
        prop_assert_eq!(r.registered as usize, registered);
    }
}

/// The walks are not vacuous: recorded and guarded ones reach the stages
/// the properties are about.
#[test]
fn the_walks_reach_every_stage() {
    use kz_appeals::case::Stage;
    let mut seed: u32 = 12345;
    let mut next = || {
        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
        (seed >> 16) as u8
    };
    let (mut recorded_stages, mut guarded_stages) = (Vec::new(), Vec::new());
    let mut longest_guarded = 0;
    for start in 0..3000u16 {
        let steps: Vec<Step> = (0..30).map(|_| (next(), next() % 4, next())).collect();
        let f = recorded(start, &steps);
        let last = f.events().last().unwrap().on;
        recorded_stages.push(evaluate(cal(), &f, last).unwrap().stage);
        let g = guarded(start, &steps);
        longest_guarded = longest_guarded.max(g.events().len());
        guarded_stages.push(
            evaluate(cal(), &g, g.events().last().unwrap().on)
                .unwrap()
                .stage,
        );
    }
    for stage in [
        Stage::Closed,
        Stage::Refused,
        Stage::Protocolled,
        Stage::Returned,
        Stage::Forwarded,
        Stage::DateNotified,
    ] {
        assert!(recorded_stages.contains(&Some(stage)), "recorded: {stage}");
    }
    for stage in [Stage::Included, Stage::DateNotified, Stage::Forwarded] {
        assert!(guarded_stages.contains(&Some(stage)), "guarded: {stage}");
    }
    assert!(longest_guarded >= 6, "{longest_guarded}");
}
