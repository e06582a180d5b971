//! Scoring a rungs instrument: footing in the person's rung and readiness
//! for the next (0–100 each), the band they make, the pitfalls shown, the
//! two weakest areas (which pick the questions and habits to grow) and the
//! level reached on each capability ladder.

use crate::vec_map::VecMap;

use super::definition::{ItemOf, RungsDefinition, StatementKind};

/// Item id → the answer's position, 1 (strongly disagree) to `points`.
pub type Answers = VecMap<String, u8>;

/// Below this footing the band is "finding your footing".
pub const FOOTING_FROM: u8 = 50;
/// From this readiness on (with footing) the band is "ready".
pub const READY_FROM: u8 = 70;
/// How many of the weakest areas pick what to grow.
pub const GROWTH_AREAS: usize = 2;

/// Where the rung leads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Toward {
    /// The next rung (an index into the definition's `rungs`).
    Rung(usize),
    /// The last rung has none above it: it is deepened.
    Deepen,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LadderReading {
    pub ladder: usize,
    /// How many levels, from the first, the person holds (0 to 5).
    pub reached: usize,
    /// Each level's answer as 0–100, `None` if unanswered.
    pub levels: Vec<Option<u8>>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RungsReading {
    pub rung: usize,
    /// Footing in the rung: its footing statements and its pitfalls turned
    /// round; `None` when none is answered.
    pub footing: Option<u8>,
    /// Readiness for what comes next; `None` when none is answered.
    pub readiness: Option<u8>,
    pub toward: Toward,
    /// Index into the definition's `bands`: 0 finding one's footing,
    /// 1 growing, 2 ready.
    pub band: usize,
    /// Indices into the definition's `pitfalls`: those agreed with, the
    /// most strongly first.
    pub pitfalls: Vec<usize>,
    /// Indices into the definition's `areas`, the weakest first.
    pub grow: Vec<usize>,
    pub ladders: Vec<LadderReading>,
}

/// The items a person on `rung` answers, in order: the rung's, then the
/// ladders'. Indices into the definition's `items`.
pub fn questions_for(definition: &RungsDefinition, rung: usize) -> Vec<usize> {
    let of_rung = |of: &ItemOf| matches!(of, ItemOf::Rung { rung: r, .. } if *r == rung);
    let of_ladder = |of: &ItemOf| matches!(of, ItemOf::Ladder { .. });
    let indices = |keep: &dyn Fn(&ItemOf) -> bool| -> Vec<usize> {
        definition
            .items
            .iter()
            .enumerate()
            .filter(|(_, item)| keep(&item.of))
            .map(|(index, _)| index)
            .collect()
    };
    let mut questions = indices(&of_rung);
    questions.extend(indices(&of_ladder));
    questions
}

/// An answer's value, 0 to `points - 1`; `None` if off the scale.
fn value(definition: &RungsDefinition, position: u8) -> Option<u32> {
    (1..=definition.points)
        .contains(&position)
        .then(|| u32::from(position - 1))
}

/// A running mean of values out of `top`, as a whole percentage.
#[derive(Clone, Copy, Default)]
struct Mean {
    sum: u32,
    count: u32,
}

impl Mean {
    fn add(&mut self, value: u32) {
        self.sum += value;
        self.count += 1;
    }
    fn percent(self, top: u32) -> Option<u8> {
        let whole = self.count * top;
        (whole > 0).then(|| ((self.sum * 200 + whole) / (whole * 2)).min(100) as u8)
    }
}

/// The reading of a person on `rung` (an index into `rungs`) with these
/// (possibly partial) answers. Answers to other rungs' statements, unknown
/// ids and positions off the scale count for nothing.
pub fn read(definition: &RungsDefinition, rung: usize, answers: &Answers) -> RungsReading {
    let top = u32::from(definition.points.saturating_sub(1));
    let mut footing = Mean::default();
    let mut readiness = Mean::default();
    let mut areas = vec![Mean::default(); definition.areas.len()];
    let mut pitfalls: Vec<(usize, u32)> = Vec::new();
    let mut ladders: Vec<LadderReading> = definition
        .ladders
        .iter()
        .enumerate()
        .map(|(ladder, definition)| LadderReading {
            ladder,
            reached: 0,
            levels: vec![None; definition.levels.len()],
        })
        .collect();
    for (index, item) in definition.items.iter().enumerate() {
        let Some(value) = answers
            .get(item.id)
            .and_then(|position| value(definition, *position))
        else {
            continue;
        };
        match item.of {
            ItemOf::Rung {
                rung: r,
                kind,
                area,
            } if r == rung => {
                // What the answer says for the rung: a pitfall agreed with
                // is footing missing.
                let toward_footing = match kind {
                    StatementKind::Pitfall => top - value,
                    _ => value,
                };
                match kind {
                    StatementKind::Ready => readiness.add(value),
                    _ => footing.add(toward_footing),
                }
                if let Some(mean) = areas.get_mut(area) {
                    mean.add(toward_footing);
                }
                if kind == StatementKind::Pitfall && value * 4 >= top * 3 {
                    if let Some(pitfall) = definition.pitfalls.iter().position(|p| p.item == index)
                    {
                        pitfalls.push((pitfall, value));
                    }
                }
            }
            ItemOf::Ladder { ladder, level } => {
                if let Some(slot) = ladders
                    .get_mut(ladder)
                    .and_then(|reading| reading.levels.get_mut(level))
                {
                    *slot = Mean {
                        sum: value,
                        count: 1,
                    }
                    .percent(top);
                }
            }
            ItemOf::Rung { .. } => {}
        }
    }
    for reading in &mut ladders {
        // A level is held when agreed with ("agree" or more), counting up
        // from the first until one is not.
        reading.reached = reading
            .levels
            .iter()
            .take_while(|level| level.is_some_and(|score| score >= 75))
            .count();
    }
    pitfalls.sort_by_key(|(_, value)| std::cmp::Reverse(*value));
    let (footing, readiness) = (footing.percent(top), readiness.percent(top));
    let band = match (footing, readiness) {
        (Some(f), _) if f < FOOTING_FROM => 0,
        (_, Some(r)) if r >= READY_FROM => 2,
        _ => 1,
    };
    let mut grow: Vec<(usize, u8)> = areas
        .iter()
        .enumerate()
        .filter_map(|(area, mean)| mean.percent(top).map(|score| (area, score)))
        .collect();
    // Stable: equal scores keep the definition's order.
    grow.sort_by_key(|(_, score)| *score);
    RungsReading {
        rung,
        footing,
        readiness,
        toward: if rung + 1 < definition.rungs.len() {
            Toward::Rung(rung + 1)
        } else {
            Toward::Deepen
        },
        band,
        pitfalls: pitfalls.into_iter().map(|(pitfall, _)| pitfall).collect(),
        grow: grow
            .into_iter()
            .take(GROWTH_AREAS)
            .map(|(area, _)| area)
            .collect(),
        ladders,
    }
}
