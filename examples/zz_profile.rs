use chrono::NaiveDate;
use kz_appeals::calendar::{ActRef, Calendar, KurbanAit, Transfer, YearOrders};
fn main() {
    let cal = Calendar::kazakhstan();
    let d = |m, day| NaiveDate::from_ymd_opt(2027, m, day).unwrap();
    let update = YearOrders {
        year: 2027,
        kurban_ait: Some(KurbanAit::fixed(d(5, 17), ActRef::new("announcement"))),
        transfers: vec![Transfer {
            from: d(1, 9),
            to: d(1, 8),
            act: ActRef::new("order"),
        }],
        ..Default::default()
    };
    let mut n = 0;
    let mut best = f64::MAX;
    for _ in 0..50 {
        let t = std::time::Instant::now();
        for _ in 0..200 {
            let c = std::hint::black_box(&cal).with_update(&update).unwrap();
            n += c.years().count();
        }
        best = best.min(t.elapsed().as_secs_f64() / 200.0);
    }
    println!("with_update best {:.2} us ({n})", best * 1e6);
}
