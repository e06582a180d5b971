//! The stage readiness's content checks, the rungs model's properties on
//! the real definition, and its worked example (also in
//! `docs/instruments.md`).

use super::model::{questions_for, read, Answers, Toward, FOOTING_FROM, READY_FROM};
use super::{ItemOf, RungsDefinition, StatementKind, STAGE};

const D: &RungsDefinition = &STAGE;
const FINDING_FOOTING: usize = 0;
const GROWING: usize = 1;
const READY: usize = 2;

/// Every question a person on `rung` sees, answered by `position(item)`.
fn answers(rung: usize, position: impl Fn(&ItemOf) -> u8) -> Answers {
    let mut answers = Answers::new();
    for index in questions_for(D, rung) {
        let item = &D.items[index];
        answers.insert(item.id.to_string(), position(&item.of));
    }
    answers
}

fn kind(of: &ItemOf) -> Option<StatementKind> {
    match of {
        ItemOf::Rung { kind, .. } => Some(*kind),
        ItemOf::Ladder { .. } => None,
    }
}

/// The answers of someone doing as well as the statements allow.
fn best(of: &ItemOf) -> u8 {
    match kind(of) {
        Some(StatementKind::Pitfall) => 1,
        _ => D.points,
    }
}

fn worst(of: &ItemOf) -> u8 {
    D.points + 1 - best(of)
}

#[test]
fn ids_are_unique_and_every_stage_area_and_level_is_covered() {
    let mut ids: Vec<&str> = D.items.iter().map(|i| i.id).collect();
    let count = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), count, "an item id is used twice");
    assert_eq!(
        D.rungs.len(),
        5,
        "the IC thinking of leading, then four rungs"
    );
    for rung in 0..D.rungs.len() {
        for want in [
            StatementKind::Footing,
            StatementKind::Pitfall,
            StatementKind::Ready,
        ] {
            for area in 0..D.areas.len() {
                let has = |k: StatementKind| {
                    D.items.iter().any(|i| {
                        matches!(i.of, ItemOf::Rung { rung: r, kind, area: a } if r == rung && kind == k && a == area)
                    })
                };
                if want != StatementKind::Pitfall {
                    assert!(
                        has(want),
                        "{}: no {want:?} statement in {}",
                        D.rungs[rung].id,
                        D.areas[area].id
                    );
                }
            }
        }
        assert!(D.rungs[rung].questions.len() == D.areas.len());
        assert!(D.rungs[rung].habits.len() == D.areas.len());
    }
    assert_eq!(D.ladders.len(), 2, "management and leadership");
    for (ladder, definition) in D.ladders.iter().enumerate() {
        assert_eq!(definition.levels.len(), 5, "{}", definition.id);
        for level in 0..definition.levels.len() {
            assert!(D
                .items
                .iter()
                .any(|i| i.of == ItemOf::Ladder { ladder, level }));
        }
    }
}

#[test]
fn every_statement_rung_and_ladder_names_its_seed_idea() {
    let sources = D
        .items
        .iter()
        .map(|i| (i.id, i.source))
        .chain(D.rungs.iter().map(|r| (r.id, r.source)))
        .chain(D.ladders.iter().map(|l| (l.id, l.source)));
    for (id, source) in sources {
        source.assert_named(id);
    }
}

#[test]
fn every_rung_asks_as_many_questions_its_own_and_the_ladders() {
    let lengths: Vec<usize> = (0..D.rungs.len())
        .map(|r| questions_for(D, r).len())
        .collect();
    assert!(lengths.windows(2).all(|w| w[0] == w[1]), "{lengths:?}");
    for rung in 0..D.rungs.len() {
        for index in questions_for(D, rung) {
            match D.items[index].of {
                ItemOf::Rung { rung: r, .. } => assert_eq!(r, rung),
                ItemOf::Ladder { .. } => {}
            }
        }
    }
}

#[test]
fn the_best_answers_read_ready_and_the_worst_finding_ones_footing() {
    for rung in 0..D.rungs.len() {
        let reading = read(D, rung, &answers(rung, best));
        assert_eq!((reading.footing, reading.readiness), (Some(100), Some(100)));
        assert_eq!(reading.band, READY);
        assert!(reading.pitfalls.is_empty());
        assert!(reading.ladders.iter().all(|l| l.reached == 5));

        let reading = read(D, rung, &answers(rung, worst));
        assert_eq!((reading.footing, reading.readiness), (Some(0), Some(0)));
        assert_eq!(reading.band, FINDING_FOOTING);
        let own_pitfalls = D
            .pitfalls
            .iter()
            .filter(|p| matches!(D.items[p.item].of, ItemOf::Rung { rung: r, .. } if r == rung))
            .count();
        assert_eq!(reading.pitfalls.len(), own_pitfalls);
        assert!(reading.ladders.iter().all(|l| l.reached == 0));
        assert_eq!(reading.grow.len(), 2);
    }
}

#[test]
fn each_pitfall_lowers_footing_only_and_shows_only_itself() {
    for rung in 0..D.rungs.len() {
        let calm = read(D, rung, &answers(rung, best));
        for (pitfall, definition) in D.pitfalls.iter().enumerate() {
            let item = &D.items[definition.item];
            if !matches!(item.of, ItemOf::Rung { rung: r, .. } if r == rung) {
                continue;
            }
            let mut shown = answers(rung, best);
            shown.insert(item.id.to_string(), D.points);
            let reading = read(D, rung, &shown);
            assert!(reading.footing < calm.footing, "{}", item.id);
            assert_eq!(reading.readiness, calm.readiness, "{}", item.id);
            assert_eq!(reading.pitfalls, vec![pitfall]);
        }
    }
}

#[test]
fn readiness_statements_move_readiness_only() {
    for rung in 0..D.rungs.len() {
        let calm = read(D, rung, &answers(rung, best));
        let doubtful = read(
            D,
            rung,
            &answers(rung, |of| {
                if kind(of) == Some(StatementKind::Ready) {
                    1
                } else {
                    best(of)
                }
            }),
        );
        assert_eq!(doubtful.footing, calm.footing);
        assert_eq!(doubtful.readiness, Some(0));
        assert_eq!(
            doubtful.band, GROWING,
            "footing without readiness is growing"
        );
    }
}

#[test]
fn the_last_rung_is_deepened_and_every_other_leads_to_the_next() {
    let last = D.rungs.len() - 1;
    for rung in 0..D.rungs.len() {
        let reading = read(D, rung, &Answers::new());
        let want = if rung == last {
            Toward::Deepen
        } else {
            Toward::Rung(rung + 1)
        };
        assert_eq!(reading.toward, want);
        assert_eq!((reading.footing, reading.readiness), (None, None));
        assert_eq!(reading.band, GROWING);
    }
}

#[test]
fn a_ladder_level_is_held_only_with_every_level_below_it() {
    let rung = 0;
    // Agree with levels 1, 2 and 4 of every ladder.
    let reading = read(
        D,
        rung,
        &answers(rung, |of| match of {
            ItemOf::Ladder { level, .. } => {
                if [0, 1, 3].contains(level) {
                    4
                } else {
                    2
                }
            }
            other => best(other),
        }),
    );
    for ladder in &reading.ladders {
        assert_eq!(ladder.reached, 2);
        assert_eq!(ladder.levels[3], Some(75));
        assert_eq!(ladder.levels[2], Some(25));
    }
}

#[test]
fn the_weakest_areas_pick_what_to_grow() {
    for rung in 0..D.rungs.len() {
        for weak in 0..D.areas.len() {
            let reading = read(
                D,
                rung,
                &answers(rung, |of| match of {
                    ItemOf::Rung { area, .. } if *area == weak => worst(of),
                    other => best(other),
                }),
            );
            assert_eq!(reading.grow[0], weak);
        }
    }
}

#[test]
fn other_rungs_answers_unknown_ids_and_off_scale_positions_count_for_nothing() {
    let mut stray = answers(1, worst);
    stray.insert("no-such-item".into(), 3);
    let own = questions_for(D, 0);
    stray.insert(D.items[own[0]].id.into(), 0);
    stray.insert(D.items[own[1]].id.into(), 6);
    let reading = read(D, 0, &stray);
    // Rung 1's answers said nothing about rung 0, and the two stray ones
    // are off the scale; only the ladders (which everyone answers) count.
    assert_eq!((reading.footing, reading.readiness), (None, None));
    assert!(reading.pitfalls.is_empty());
    assert!(reading.ladders.iter().all(|l| l.reached == 0));
}

#[test]
fn the_bands_follow_their_thresholds() {
    assert_eq!(D.bands.len(), 3);
    let rung = 1;
    // Every statement answered in one place: footing and readiness there.
    let at = |position: u8| {
        read(
            D,
            rung,
            &answers(rung, |of| match kind(of) {
                Some(StatementKind::Pitfall) => D.points + 1 - position,
                _ => position,
            }),
        )
    };
    // Disagree: 25; neither: 50; agree: 75.
    assert_eq!(at(2).footing, Some(25));
    assert_eq!(at(2).band, FINDING_FOOTING);
    assert_eq!(at(3).footing, Some(FOOTING_FROM));
    assert_eq!(at(3).band, GROWING);
    assert!(at(4).readiness >= Some(READY_FROM));
    assert_eq!(at(4).band, READY);
}

/// The worked example (`docs/instruments.md`): Alex has led a team of five
/// for fourteen months. The team delivers and Alex listens well, but still
/// rescues stalled work, has not yet held a hard conversation about
/// someone's work, and the team's dates are not yet trusted outside it.
#[test]
fn worked_example_alex_is_growing_as_a_team_lead() {
    let rung = D.rungs.iter().position(|r| r.id == "team-lead").unwrap();
    let alex: [(&str, u8); 21] = [
        // 1 strongly disagree … 5 strongly agree
        ("team-lead-footing-self", 4),
        ("team-lead-ready-delivery", 2),
        ("team-lead-pitfall-1", 4), // picks up stalled work and finishes it
        ("team-lead-footing-delivery", 4),
        ("team-lead-ready-people", 2),
        ("team-lead-pitfall-2", 3),
        ("team-lead-footing-people", 5),
        ("team-lead-ready-direction", 4),
        ("team-lead-pitfall-3", 2),
        ("team-lead-footing-direction", 4),
        ("team-lead-ready-self", 2),
        ("management-self-management", 5),
        ("management-projects", 4),
        ("management-processes", 3),
        ("management-people", 2),
        ("management-at-scale", 1),
        ("leadership-self-leadership", 4),
        ("leadership-influence", 4),
        ("leadership-developing-others", 4),
        ("leadership-change", 2),
        ("leadership-organisation", 1),
    ];
    let mut answers = Answers::new();
    for (id, position) in alex {
        answers.insert(id.to_string(), position);
    }
    let asked: Vec<&str> = questions_for(D, rung)
        .iter()
        .map(|i| D.items[*i].id)
        .collect();
    let mut given: Vec<&str> = alex.iter().map(|(id, _)| *id).collect();
    let mut sorted = asked.clone();
    sorted.sort_unstable();
    given.sort_unstable();
    assert_eq!(
        sorted, given,
        "Alex answers exactly what a team lead is asked"
    );

    let reading = read(D, rung, &answers);
    // Footing: four footing statements (3+3+4+3) and three pitfalls turned
    // round (1+2+3) make 19 of 28 points; readiness: 1+1+3+1 of 16.
    assert_eq!(reading.footing, Some(68));
    assert_eq!(reading.readiness, Some(38));
    assert_eq!(D.bands[reading.band].id, "growing");
    assert_eq!(reading.toward, Toward::Rung(rung + 1));
    let pitfalls: Vec<&str> = reading
        .pitfalls
        .iter()
        .map(|p| D.items[D.pitfalls[*p].item].id)
        .collect();
    assert_eq!(pitfalls, ["team-lead-pitfall-1"]);
    // Self 5 of 12, delivery 6 of 12, people 5 of 8, direction 9 of 12.
    let grow: Vec<&str> = reading.grow.iter().map(|a| D.areas[*a].id).collect();
    assert_eq!(grow, ["self", "delivery"]);
    let reached: Vec<(&str, usize)> = reading
        .ladders
        .iter()
        .map(|l| (D.ladders[l.ladder].id, l.reached))
        .collect();
    assert_eq!(reached, [("management", 2), ("leadership", 3)]);
}

/// Every rung asks as many questions, so a link has one length.
#[test]
fn every_rung_asks_as_many_questions_as_a_link_has_slots() {
    use super::run::STAGE_RUN;
    for rung in 0..D.rungs.len() {
        assert_eq!(
            questions_for(D, rung).len() + 1,
            STAGE_RUN.slots,
            "{}",
            D.rungs[rung].id
        );
    }
}

/// Alex's answers as a share link: the payload is pinned, so every link
/// ever issued keeps opening on the same reading.
#[test]
fn alexs_link_is_pinned_and_reads_as_the_worked_example() {
    use super::run::{rung_of, STAGE_RUN};
    const ALEX: &str = "s1.2424423542425444342211.htn0";
    assert_eq!(STAGE_RUN.model_version, super::MODEL_VERSION);
    let answers = STAGE_RUN.read_link(ALEX).unwrap();
    let rung = rung_of(&answers).unwrap();
    assert_eq!(D.rungs[rung].id, "team-lead");
    assert_eq!(answers.get("team-lead-pitfall-1"), Some(&4));
    assert_eq!(answers.get("leadership-organisation"), Some(&1));
    let reading = read(D, rung, &answers);
    assert_eq!((reading.footing, reading.readiness), (Some(68), Some(38)));
    assert_eq!(D.bands[reading.band].id, "growing");
    assert_eq!(STAGE_RUN.share(&answers), ALEX);
}
