//! The balance check's content checks, the signs model's properties on the
//! real definition, and its worked example (also in `docs/instruments.md`).

use super::model::{read, Answers, Quadrant, HIGH_FROM, MAX_CORRECTIONS};
use super::{Scale, SignsDefinition, BALANCE};

const D: &SignsDefinition = &BALANCE;

/// The position on the scale that gives an item this value (0 = the sign
/// not seen at all, `points - 1` = seen all the time).
fn position_for(reverse: bool, value: u8) -> u8 {
    let top = D.points - 1;
    if reverse {
        top - value + 1
    } else {
        value + 1
    }
}

/// Every item answered so each sign reads `value(sign index)`.
fn answers(value: impl Fn(usize) -> u8) -> Answers {
    let mut answers = Answers::new();
    for item in D.items {
        answers.insert(
            item.id.to_string(),
            position_for(item.reverse, value(item.sign)),
        );
    }
    answers
}

fn signs_of(scale: Scale) -> Vec<usize> {
    (0..D.signs.len())
        .filter(|s| D.signs[*s].scale == scale)
        .collect()
}

#[test]
fn ids_are_unique_and_every_sign_is_asked_about_twice_or_more() {
    let mut ids: Vec<&str> = D.items.iter().map(|i| i.id).collect();
    ids.extend(D.signs.iter().map(|s| s.id));
    ids.extend(D.corrections.iter().map(|c| c.id));
    let mut sorted = ids.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(sorted.len(), ids.len(), "an id is used twice");
    for (index, sign) in D.signs.iter().enumerate() {
        let items = D.items.iter().filter(|i| i.sign == index).count();
        assert!(items >= 2, "{} has {items} statements", sign.id);
        assert!(
            D.corrections.iter().any(|c| c.signs.contains(&index)),
            "no correction answers {}",
            sign.id
        );
    }
    assert_eq!(
        signs_of(Scale::First).len(),
        6,
        "six signs of over-managing"
    );
    assert_eq!(
        signs_of(Scale::Second).len(),
        6,
        "six signs of over-leading"
    );
}

#[test]
fn every_item_sign_and_correction_names_its_seed_idea() {
    let sources = D
        .items
        .iter()
        .map(|i| (i.id, i.source))
        .chain(D.signs.iter().map(|s| (s.id, s.source)))
        .chain(D.corrections.iter().map(|c| (c.id, c.source)));
    for (id, source) in sources {
        source.assert_named(id);
    }
}

#[test]
fn both_scales_are_asked_about_in_turn_not_in_a_block() {
    let scales: Vec<Scale> = D.items.iter().map(|i| D.signs[i.sign].scale).collect();
    let longest_run = scales
        .chunk_by(|a, b| a == b)
        .map(<[Scale]>::len)
        .max()
        .unwrap();
    assert!(
        longest_run <= 2,
        "{longest_run} statements of one scale in a row"
    );
    for scale in Scale::BOTH {
        let reversed = D
            .items
            .iter()
            .filter(|i| i.reverse && D.signs[i.sign].scale == scale)
            .count();
        assert!(
            reversed >= 4,
            "{scale:?} has {reversed} reversed statements"
        );
    }
}

#[test]
fn every_sign_absent_reads_low_on_both_scales() {
    let reading = read(D, &answers(|_| 0));
    assert_eq!(reading.scores, [Some(0), Some(0)]);
    assert_eq!(reading.quadrant, Quadrant::InBalance);
    assert!(reading.present.is_empty());
    assert!(reading.corrections.is_empty());
}

#[test]
fn every_sign_present_reads_high_on_both_scales() {
    let reading = read(D, &answers(|_| D.points - 1));
    assert_eq!(reading.scores, [Some(100), Some(100)]);
    assert_eq!(reading.quadrant, Quadrant::Both);
    assert_eq!(reading.present.len(), D.signs.len());
    assert_eq!(reading.corrections.len(), MAX_CORRECTIONS);
}

#[test]
fn each_sign_moves_only_its_own_scale() {
    let calm = read(D, &answers(|_| 0));
    for (index, sign) in D.signs.iter().enumerate() {
        let reading = read(D, &answers(|s| if s == index { D.points - 1 } else { 0 }));
        let own = sign.scale.index();
        let other = 1 - own;
        assert!(
            reading.scores[own] > calm.scores[own],
            "{} does not move its scale",
            sign.id
        );
        assert_eq!(
            reading.scores[other], calm.scores[other],
            "{} moves the other scale",
            sign.id
        );
        assert_eq!(reading.present.len(), 1);
        assert_eq!(reading.present[0].sign, index);
        assert!(
            reading
                .corrections
                .iter()
                .all(|c| D.corrections[*c].signs.contains(&index)),
            "{}: a correction that does not answer it",
            sign.id
        );
        assert!(!reading.corrections.is_empty());
    }
}

#[test]
fn mirrored_answers_give_mirrored_scores() {
    let first = signs_of(Scale::First);
    let second = signs_of(Scale::Second);
    // The sign in the same place on the other scale.
    let mirror_sign = |sign: usize| -> usize {
        match first.iter().position(|s| *s == sign) {
            Some(at) => second[at],
            None => first[second.iter().position(|s| *s == sign).unwrap()],
        }
    };
    let mut rng = crate::test_rng::TestRng::new(0xba1a);
    for _ in 0..200 {
        let values: Vec<u8> = (0..D.signs.len())
            .map(|_| rng.below(usize::from(D.points)) as u8)
            .collect();
        let reading = read(D, &answers(|s| values[s]));
        let mirrored = read(D, &answers(|s| values[mirror_sign(s)]));
        assert_eq!(mirrored.scores, [reading.scores[1], reading.scores[0]]);
        let expected = match reading.quadrant {
            Quadrant::First => Quadrant::Second,
            Quadrant::Second => Quadrant::First,
            same => same,
        };
        assert_eq!(mirrored.quadrant, expected);
        let mut present: Vec<usize> = reading
            .present
            .iter()
            .map(|r| mirror_sign(r.sign))
            .collect();
        let mut got: Vec<usize> = mirrored.present.iter().map(|r| r.sign).collect();
        present.sort_unstable();
        got.sort_unstable();
        assert_eq!(got, present);
    }
}

#[test]
fn a_scale_reads_high_from_sometimes_on_average() {
    // "Sometimes" on every statement is the middle of the scale.
    let middle = (D.points - 1) / 2;
    let reading = read(D, &answers(|_| middle));
    assert_eq!(reading.scores, [Some(HIGH_FROM), Some(HIGH_FROM)]);
    assert_eq!(reading.quadrant, Quadrant::Both);
    assert!(reading.present.is_empty(), "sometimes is not yet a sign");
}

#[test]
fn partial_unknown_and_off_scale_answers_count_for_nothing() {
    let mut answers = Answers::new();
    assert_eq!(read(D, &answers).scores, [None, None]);
    answers.insert("no-such-item".into(), 5);
    answers.insert(D.items[0].id.into(), 0);
    answers.insert(D.items[1].id.into(), 9);
    let reading = read(D, &answers);
    assert_eq!(reading.scores, [None, None]);
    assert_eq!(reading.quadrant, Quadrant::InBalance);
}

#[test]
fn every_present_sign_is_answered_by_a_chosen_correction_when_room_allows() {
    let mut rng = crate::test_rng::TestRng::new(0xc0de);
    for _ in 0..300 {
        let values: Vec<u8> = (0..D.signs.len())
            .map(|_| if rng.below(4) == 0 { D.points - 1 } else { 0 })
            .collect();
        let reading = read(D, &answers(|s| values[s]));
        let answered = |sign: usize| {
            reading
                .corrections
                .iter()
                .any(|c| D.corrections[*c].signs.contains(&sign))
        };
        if reading.corrections.len() < MAX_CORRECTIONS {
            assert!(reading.present.iter().all(|r| answered(r.sign)));
        }
        // The strongest sign is always answered.
        if let Some(first) = reading.present.first() {
            assert!(answered(first.sign));
        }
        // No correction is chosen for nothing.
        for c in &reading.corrections {
            assert!(D.corrections[*c]
                .signs
                .iter()
                .any(|s| reading.present.iter().any(|r| r.sign == *s)));
        }
    }
}

/// The worked example (`docs/instruments.md`): Sam leads seven engineers at
/// a company that has just doubled. Delivery is steady and measured, but
/// Sam signs off everything, meetings are all status, and people are tired.
#[test]
fn worked_example_sam_is_over_managing() {
    let sam: [(&str, u8); 24] = [
        // 1 never, 2 rarely, 3 sometimes, 4 often, 5 almost always
        ("micromanagement-1", 5), // I go over finished work and change details
        ("vision-without-delivery-1", 2), // exciting plans stall
        ("process-bureaucracy-1", 4), // a small change needs several sign-offs
        ("operational-chaos-1", 2), // redoing work after crossed wires
        ("numbers-over-people-1", 4), // healthy figures, tired people
        ("strategy-of-the-week-1", 1), // a new top priority before the last is done
        ("no-vision-1", 4),       // people wait to be told what to do next
        ("process-allergy-1", 1), // I brush off writing things down
        ("resisting-change-1", 3), // the unfamiliar stalls the team
        ("no-metrics-1", 1),      // answering from gut feeling
        ("how-not-why-1", 5),     // meetings are status, deadlines, who does what
        ("no-tactics-1", 2),      // unsure what to do first after goals
        ("resisting-change-2", 3), // finds its way without a full plan (reversed)
        ("operational-chaos-2", 4), // ready by the day it said (reversed)
        ("micromanagement-2", 2), // settles everyday decisions without me (reversed)
        ("no-tactics-2", 4),      // direction talks end in next steps (reversed)
        ("how-not-why-2", 1),     // time to talk about why the work matters (reversed)
        ("vision-without-delivery-2", 4), // hands over finished work (reversed)
        ("numbers-over-people-2", 2), // enjoys the work itself (reversed)
        ("process-allergy-2", 4), // others pick up work from what is written (reversed)
        ("no-vision-2", 2),       // brings new ideas unasked (reversed)
        ("strategy-of-the-week-2", 5), // work gets carried to the end (reversed)
        ("process-bureaucracy-2", 2), // a simple improvement the same day (reversed)
        ("no-metrics-2", 5),      // checks a few simple measures (reversed)
    ];
    let mut answers = Answers::new();
    for (id, position) in sam {
        assert!(D.items.iter().any(|i| i.id == id), "{id}");
        answers.insert(id.to_string(), position);
    }
    assert_eq!(answers.len(), D.items.len());
    let reading = read(D, &answers);
    // Over-managing: 37 of 48 points (77); over-leading: 7 of 48 (15).
    assert_eq!(reading.scores, [Some(77), Some(15)]);
    assert_eq!(reading.quadrant, Quadrant::First);
    let id = |sign: usize| D.signs[sign].id;
    let present: Vec<(&str, u8)> = reading
        .present
        .iter()
        .map(|r| (id(r.sign), r.strength))
        .collect();
    assert_eq!(
        present,
        [
            ("how-not-why", 100),
            ("micromanagement", 88),
            ("process-bureaucracy", 75),
            ("numbers-over-people", 75),
            ("no-vision", 75),
        ]
    );
    let corrections: Vec<&str> = reading
        .corrections
        .iter()
        .map(|c| D.corrections[*c].id)
        .collect();
    assert_eq!(
        corrections,
        [
            "put-purpose-on-the-agenda",
            "hand-over-decisions",
            "prune-the-process",
            "share-the-why"
        ]
    );
}

/// Sam's answers as a share link: the payload is pinned, so every link
/// ever issued keeps opening on the same reading.
#[test]
fn sams_link_is_pinned_and_reads_as_the_worked_example() {
    use super::run::BALANCE_RUN;
    const SAM: &str = "b1.524241413152342414242525.exyv";
    assert_eq!(BALANCE_RUN.slots, D.items.len());
    assert_eq!((BALANCE_RUN.asked)(&Answers::new()).len(), D.items.len());
    assert_eq!(BALANCE_RUN.model_version, super::MODEL_VERSION);
    let answers = BALANCE_RUN.read_link(SAM).unwrap();
    assert_eq!(answers.get("micromanagement-1"), Some(&5));
    assert_eq!(answers.get("no-metrics-2"), Some(&5));
    let reading = read(D, &answers);
    assert_eq!(reading.scores, [Some(77), Some(15)]);
    assert_eq!(reading.quadrant, Quadrant::First);
    assert_eq!(BALANCE_RUN.share(&answers), SAM);
}
