//! A small ordered map kept as a sorted vector. The maps here hold a few dozen
//! entries at most, and `BTreeMap` costs about 16 KB of wasm per key/value
//! pair of types; this costs a fraction of that and iterates in key order
//! the same way, so stored and shared data come out identical.

use std::borrow::Borrow;
use std::cmp::Ordering;
use std::fmt;

#[derive(Clone, PartialEq, Eq, Hash)]
pub struct VecMap<K, V> {
    entries: Vec<(K, V)>,
}

impl<K, V> Default for VecMap<K, V> {
    fn default() -> Self {
        VecMap {
            entries: Vec::new(),
        }
    }
}

impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for VecMap<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map()
            .entries(self.entries.iter().map(|(k, v)| (k, v)))
            .finish()
    }
}

impl<K: Ord, V> VecMap<K, V> {
    pub fn new() -> Self {
        Self::default()
    }

    fn find<Q: Ord + ?Sized>(&self, key: &Q) -> Result<usize, usize>
    where
        K: Borrow<Q>,
    {
        self.entries.binary_search_by(|(k, _)| k.borrow().cmp(key))
    }

    /// Inserts or replaces; returns the value that was there before.
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.find(&key) {
            Ok(at) => self
                .entries
                .get_mut(at)
                .map(|slot| std::mem::replace(&mut slot.1, value)),
            Err(at) => {
                self.entries.insert(at, (key, value));
                None
            }
        }
    }

    pub fn get<Q: Ord + ?Sized>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        self.find(key)
            .ok()
            .and_then(|at| self.entries.get(at))
            .map(|(_, v)| v)
    }

    pub fn get_mut<Q: Ord + ?Sized>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
    {
        let at = self.find(key).ok()?;
        self.entries.get_mut(at).map(|(_, v)| v)
    }

    pub fn contains_key<Q: Ord + ?Sized>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.find(key).is_ok()
    }

    pub fn remove<Q: Ord + ?Sized>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
    {
        let at = self.find(key).ok()?;
        Some(self.entries.remove(at).1)
    }

    /// The value under `key`, inserting `make()` first when there is none.
    pub fn get_or_insert_with(&mut self, key: K, make: impl FnOnce() -> V) -> &mut V {
        let at = match self.find(&key) {
            Ok(at) => at,
            Err(at) => {
                self.entries.insert(at, (key, make()));
                at
            }
        };
        // `at` is in range: it was just found or just filled.
        &mut self.entries[at].1
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Entries in key order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&K, &V)> + ExactSizeIterator {
        self.entries.iter().map(|(k, v)| (k, v))
    }

    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &K> + ExactSizeIterator {
        self.entries.iter().map(|(k, _)| k)
    }

    pub fn values(&self) -> impl DoubleEndedIterator<Item = &V> + ExactSizeIterator {
        self.entries.iter().map(|(_, v)| v)
    }

    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.entries.iter_mut().map(|(_, v)| v)
    }

    /// Entries in key order, each value changeable.
    pub fn iter_mut(&mut self) -> impl Iterator<Item = (&K, &mut V)> {
        self.entries.iter_mut().map(|(k, v)| (&*k, v))
    }

    pub fn retain(&mut self, mut keep: impl FnMut(&K, &mut V) -> bool) {
        self.entries.retain_mut(|(k, v)| keep(k, v));
    }
}

impl<K: Ord, V> FromIterator<(K, V)> for VecMap<K, V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        let mut map = VecMap::new();
        map.extend(iter);
        map
    }
}

impl<K: Ord, V> Extend<(K, V)> for VecMap<K, V> {
    fn extend<I: IntoIterator<Item = (K, V)>>(&mut self, iter: I) {
        for (k, v) in iter {
            self.insert(k, v);
        }
    }
}

impl<K: Ord, V, const N: usize> From<[(K, V); N]> for VecMap<K, V> {
    fn from(entries: [(K, V); N]) -> Self {
        entries.into_iter().collect()
    }
}

impl<'a, K, V> IntoIterator for &'a VecMap<K, V> {
    type Item = (&'a K, &'a V);
    type IntoIter = std::iter::Map<std::slice::Iter<'a, (K, V)>, fn(&'a (K, V)) -> (&'a K, &'a V)>;

    fn into_iter(self) -> Self::IntoIter {
        fn split<K, V>(entry: &(K, V)) -> (&K, &V) {
            (&entry.0, &entry.1)
        }
        self.entries.iter().map(split)
    }
}

impl<K, V> IntoIterator for VecMap<K, V> {
    type Item = (K, V);
    type IntoIter = std::vec::IntoIter<(K, V)>;

    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter()
    }
}

/// The positions `0..len` in the order `compare` puts them, ties kept in
/// position order. A plain merge sort behind a `dyn` comparison: n log n for
/// long (even hostile) inputs, and one copy in the wasm for every caller,
/// where each `sort_by` would bring its own (about 1.5 KiB each).
pub fn sorted_positions(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    let mut spare = order.clone();
    let mut width = 1;
    while width < len {
        let mut start = 0;
        while start < len {
            let middle = (start + width).min(len);
            let end = (start + 2 * width).min(len);
            let (mut left, mut right) = (start, middle);
            for slot in spare.iter_mut().take(end).skip(start) {
                let take_left = match (order.get(left), order.get(right)) {
                    (Some(&a), Some(&b)) if left < middle && right < end => {
                        compare(a, b) != Ordering::Greater
                    }
                    _ => left < middle,
                };
                let source = if take_left { &mut left } else { &mut right };
                *slot = order.get(*source).copied().unwrap_or_default();
                *source += 1;
            }
            start = end;
        }
        std::mem::swap(&mut order, &mut spare);
        width *= 2;
    }
    order
}

/// For each key, whether it is the first with that value: `[a, b, a]` gives
/// `[true, true, false]`. Sorting once keeps this n log n for long (even
/// hostile) inputs.
pub fn first_occurrences(keys: &[&str]) -> Vec<bool> {
    let key = |at: usize| keys.get(at).copied().unwrap_or_default();
    let order = sorted_positions(keys.len(), &|a, b| key(a).cmp(key(b)));
    let mut first = vec![true; keys.len()];
    for pair in order.windows(2) {
        if let [previous, at] = pair {
            if key(*previous) == key(*at) {
                if let Some(slot) = first.get_mut(*at) {
                    *slot = false;
                }
            }
        }
    }
    first
}

#[cfg(test)]
mod tests {
    use super::{first_occurrences, sorted_positions, VecMap};
    use crate::test_rng::TestRng;

    #[test]
    fn sorted_positions_matches_a_stable_sort() {
        let mut rng = TestRng::new(7);
        for len in 0..70 {
            let values: Vec<u32> = (0..len).map(|_| rng.below(5) as u32).collect();
            let order = sorted_positions(values.len(), &|a, b| values[a].cmp(&values[b]));
            let mut expected: Vec<usize> = (0..values.len()).collect();
            expected.sort_by_key(|&at| values[at]);
            assert_eq!(order, expected, "{values:?}");
        }
    }

    #[test]
    fn first_occurrences_marks_repeats_after_the_first() {
        assert_eq!(
            first_occurrences(&["a", "b", "a", "c", "b", "a"]),
            vec![true, true, false, true, false, false]
        );
        assert_eq!(first_occurrences(&[]), Vec::<bool>::new());
    }
    use std::collections::BTreeMap;

    #[test]
    fn behaves_like_a_btree_map_for_any_sequence_of_changes() {
        let mut ours: VecMap<String, u32> = VecMap::new();
        let mut model: BTreeMap<String, u32> = BTreeMap::new();
        let mut seed = 0x9e37_79b9_u32;
        for step in 0..5_000u32 {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            let key = format!("k{}", seed % 40);
            match seed % 3 {
                0 => assert_eq!(ours.remove(key.as_str()), model.remove(&key)),
                _ => assert_eq!(ours.insert(key.clone(), step), model.insert(key, step)),
            }
            assert_eq!(ours.len(), model.len());
        }
        let ours_entries: Vec<_> = ours.iter().collect();
        let model_entries: Vec<_> = model.iter().collect();
        assert_eq!(
            ours_entries, model_entries,
            "same entries in the same order"
        );
        assert!(model
            .keys()
            .all(|k| ours.contains_key(k.as_str()) && ours.get(k.as_str()) == model.get(k)));
    }
}
