use super::*;

#[test]
fn l3_embedded_messages_parse_in_every_locale() {
    let messages = Messages::load().expect("messages parse");
    for locale in Locale::ALL {
        assert!(messages.has(locale, "error-not-signed-in"), "{locale}");
    }
}

#[test]
fn l1_messages_follow_the_locale() {
    let m = Messages::load().unwrap();
    let en = m.text(Locale::EnGb, "error-permission-denied");
    let pl = m.text(Locale::Pl, "error-permission-denied");
    let ro = m.text(Locale::Ro, "error-permission-denied");
    assert_ne!(en, pl);
    assert_ne!(en, ro);
    assert_ne!(pl, ro);
}

#[test]
fn l1_polish_plurals_use_one_few_many() {
    let m = Messages::load().unwrap();
    let say = |n: i64| m.format(Locale::Pl, "error-wrong-pin", &[("attempts", n.into())]);
    let one = say(1);
    let few = say(3);
    let many = say(5);
    assert!(one.contains("1 próba"), "{one}");
    assert!(few.contains("3 próby"), "{few}");
    assert!(many.contains("5 prób"), "{many}");
}

#[test]
fn locale_tags_round_trip() {
    for l in Locale::ALL {
        assert_eq!(Locale::from_tag(l.tag()), Some(l));
    }
    assert_eq!(Locale::from_tag("de"), None);
}
