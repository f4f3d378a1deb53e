//! A per-person queue screen names each person's category in the singular
//! (issue 10): "pregnant woman", not the category's "pregnant women".

use kz_appeals::priority::PriorityCategory;
use kz_appeals::{Lang, Named};

#[test]
fn one_person_of_each_category_in_three_languages() {
    // The singular of the Kazakh and Russian terms of п. 12 (RULES.md §4).
    let expected = [
        (
            PriorityCategory::LabourVeteran,
            ["еңбек ардагері", "ветеран труда", "labour veteran"],
        ),
        (
            PriorityCategory::PregnantWoman,
            ["жүкті әйел", "беременная женщина", "pregnant woman"],
        ),
        (
            PriorityCategory::PersonWithDisability,
            [
                "мүгедектігі бар адам",
                "лицо с инвалидностью",
                "person with a disability",
            ],
        ),
    ];
    for (category, names) in expected {
        for (lang, name) in Lang::ALL.into_iter().zip(names) {
            assert_eq!(category.person(lang), name);
        }
    }
    for category in PriorityCategory::ALL {
        for lang in Lang::ALL {
            let one = category.person(lang);
            assert!(!one.is_empty());
            // Never the plural category name, except for the award titles,
            // which stay the title in every language.
            let award = one.contains('«');
            assert!(award || one != category.name(lang), "{category}: {one}");
            if matches!(
                category,
                PriorityCategory::HalykKaharmany | PriorityCategory::KazakhstannynEnbekEri
            ) {
                assert!(category.name(lang).contains(one), "{category}: {one}");
            }
        }
    }
}
