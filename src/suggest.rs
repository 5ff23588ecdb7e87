//! "Did you mean …?" for values from a fixed set. Pure.

/// The candidate closest to `input` by edit distance, when it is close enough to be a typo
/// (a third of the input's length in edits, at least 1 and at most 3).
pub fn closest<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (input.chars().count() / 3).clamp(1, 3);
    candidates
        .into_iter()
        .map(|c| (distance(input, c), c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Levenshtein distance over characters (strsim's, the one clap's own suggestions use).
pub fn distance(a: &str, b: &str) -> usize {
    strsim::levenshtein(a, b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typos_find_their_word() {
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(distance("", "ab"), 2);
        let codes = ["mutable-tags", "mostly-mutable", "unreadable"];
        assert_eq!(closest("mutable-tag", codes), Some("mutable-tags"));
        assert_eq!(closest("unredable", codes), Some("unreadable"));
        assert_eq!(closest("zzz", codes), None);
    }
}
