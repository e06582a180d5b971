//! Scoring a signs instrument: each sign's strength from its statements,
//! each scale's reading from its signs, the quadrant they name, the signs
//! present (strongest first) and the corrections that answer them.

use crate::vec_map::VecMap;

use super::definition::{Scale, SignsDefinition};

/// Item id → the answer's position on the scale, 1 (never) to `points`.
pub type Answers = VecMap<String, u8>;

/// A scale reads high from this score (0–100) on: on average, each of its
/// signs is seen "sometimes" or more.
pub const HIGH_FROM: u8 = 50;

/// A sign is present from this strength on (in eighths of the scale): its
/// statements average at least halfway between "sometimes" and "often".
const PRESENT_FROM_EIGHTHS: u32 = 5;

/// How many corrections a result offers at most.
pub const MAX_CORRECTIONS: usize = 4;

/// The four readings of two scales; the band ids in the definition's
/// order (`in-balance`, `over-managing`, `over-leading`, `stretched`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quadrant {
    InBalance,
    /// High on the first scale only.
    First,
    /// High on the second scale only.
    Second,
    /// High on both.
    Both,
}

impl Quadrant {
    /// Its position among the definition's bands.
    pub fn index(self) -> usize {
        match self {
            Quadrant::InBalance => 0,
            Quadrant::First => 1,
            Quadrant::Second => 2,
            Quadrant::Both => 3,
        }
    }
}

/// A sign as the answers show it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SignReading {
    /// Index into the definition's `signs`.
    pub sign: usize,
    /// 0 (never seen) to 100 (seen all the time).
    pub strength: u8,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignsReading {
    /// Each scale's reading, 0–100, by `Scale::index`; `None` when none of
    /// its statements is answered.
    pub scores: [Option<u8>; 2],
    pub quadrant: Quadrant,
    /// The signs present, strongest first (ties in the definition's order).
    pub present: Vec<SignReading>,
    /// Indices into the definition's `corrections` that answer the present
    /// signs, the strongest first, at most `MAX_CORRECTIONS`.
    pub corrections: Vec<usize>,
}

impl SignsReading {
    pub fn score(&self, scale: Scale) -> Option<u8> {
        self.scores[scale.index()]
    }
}

/// A sign's answered statements: the sum of their values (0 to
/// `points - 1` each, reversed ones turned round) and how many there are.
fn sign_totals(definition: &SignsDefinition, answers: &Answers) -> Vec<(u32, u32)> {
    let top = u32::from(definition.points.saturating_sub(1));
    let mut totals = vec![(0u32, 0u32); definition.signs.len()];
    for item in definition.items {
        let Some(&position) = answers.get(item.id) else {
            continue;
        };
        if position == 0 || position > definition.points {
            continue;
        }
        let value = u32::from(position - 1);
        let value = if item.reverse { top - value } else { value };
        if let Some(total) = totals.get_mut(item.sign) {
            total.0 += value;
            total.1 += 1;
        }
    }
    totals
}

/// `sum` of `count` values out of `top` each, as a whole percentage.
fn percent(sum: u32, count: u32, top: u32) -> u8 {
    let whole = count * top;
    if whole == 0 {
        return 0;
    }
    ((sum * 200 + whole) / (whole * 2)).min(100) as u8
}

/// The reading of a (possibly partial) set of answers; answers to unknown
/// statements and positions off the scale count for nothing.
pub fn read(definition: &SignsDefinition, answers: &Answers) -> SignsReading {
    let top = u32::from(definition.points.saturating_sub(1));
    let totals = sign_totals(definition, answers);
    let scores = Scale::BOTH.map(|scale| {
        let (sum, count) = definition
            .signs
            .iter()
            .zip(&totals)
            .filter(|(sign, (_, count))| sign.scale == scale && *count > 0)
            .fold((0, 0), |(sum, count), (_, (s, c))| (sum + s, count + c));
        (count > 0).then(|| percent(sum, count, top))
    });
    let high = scores.map(|score| score.is_some_and(|s| s >= HIGH_FROM));
    let quadrant = match high {
        [false, false] => Quadrant::InBalance,
        [true, false] => Quadrant::First,
        [false, true] => Quadrant::Second,
        [true, true] => Quadrant::Both,
    };
    let mut present: Vec<SignReading> = totals
        .iter()
        .enumerate()
        .filter(|(_, (sum, count))| *count > 0 && sum * 8 >= PRESENT_FROM_EIGHTHS * count * top)
        .map(|(sign, (sum, count))| SignReading {
            sign,
            strength: percent(*sum, *count, top),
        })
        .collect();
    // Stable: equal strengths keep the definition's order.
    present.sort_by_key(|reading| std::cmp::Reverse(reading.strength));
    let corrections = corrections_for(definition, &present);
    SignsReading {
        scores,
        quadrant,
        present,
        corrections,
    }
}

/// The corrections that fit: each next one answers the strongest present
/// signs no correction chosen so far answers (ties in the definition's
/// order), until every present sign is answered or `MAX_CORRECTIONS`.
fn corrections_for(definition: &SignsDefinition, present: &[SignReading]) -> Vec<usize> {
    let mut chosen: Vec<usize> = Vec::new();
    let mut answered: Vec<usize> = Vec::new();
    while chosen.len() < MAX_CORRECTIONS {
        let weight = |signs: &[usize]| -> u32 {
            present
                .iter()
                .filter(|r| signs.contains(&r.sign) && !answered.contains(&r.sign))
                .map(|r| u32::from(r.strength))
                .sum()
        };
        let best = definition
            .corrections
            .iter()
            .enumerate()
            .map(|(index, correction)| (index, weight(correction.signs)))
            .filter(|(_, weight)| *weight > 0)
            // The first of the heaviest: `max_by_key` would keep the last.
            .fold(None, |best: Option<(usize, u32)>, next| match best {
                Some(b) if b.1 >= next.1 => Some(b),
                _ => Some(next),
            });
        let Some((index, _)) = best else { break };
        chosen.push(index);
        answered.extend(definition.corrections[index].signs.iter().copied());
    }
    chosen
}
