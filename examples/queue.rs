//! A day's queue at a personal reception, ordered by п. 12: everyone in a
//! priority category first, then everyone else, each group in the order of
//! the requests. Each person's line names their category in the singular
//! ("pregnant woman"), as a per-person queue screen shows it.
//!
//! Run with `cargo run --example queue`.

use chrono::NaiveDate;
use kz_appeals::law::Citation;
use kz_appeals::priority::PriorityCategory;
use kz_appeals::queue::{RequestOrder, Waiting, order_queue};
use kz_appeals::{Lang, Named};

fn main() {
    let Some(day) = NaiveDate::from_ymd_opt(2025, 6, 4) else {
        return;
    };
    let Some(before) = NaiveDate::from_ymd_opt(2025, 6, 3) else {
        return;
    };
    let w = |who: &'static str, registered_on, number, categories: Vec<PriorityCategory>| Waiting {
        who,
        order: RequestOrder::new(registered_on, number),
        categories,
    };
    let waiting = vec![
        w("Асқаров Бауыржан", day, 1, vec![]),
        w(
            "Петрова Ольга",
            day,
            2,
            vec![PriorityCategory::PregnantWoman],
        ),
        w("Сейітов Марат", before, 14, vec![]),
        w(
            "Жұмабаев Ерлан",
            day,
            3,
            vec![
                PriorityCategory::LabourVeteran,
                PriorityCategory::PersonWithDisability,
            ],
        ),
        w("Ким Виктор", day, 4, vec![]),
        w("Тоқтарова Әсел", day, 5, vec![PriorityCategory::AltynKyran]),
    ];

    for lang in Lang::ALL {
        println!("{} — {}", Citation::regulation(12).render(lang), day);
        for (place, person) in order_queue(waiting.clone()).iter().enumerate() {
            let why: Vec<&str> = person.categories.iter().map(|c| c.person(lang)).collect();
            println!(
                "{:>2}. {:<18} {} №{:<3} {:<18} {}",
                place + 1,
                person.who,
                person.order.registered_on,
                person.order.number,
                person.turn().name(lang),
                why.join("; "),
            );
        }
        println!();
    }
}
