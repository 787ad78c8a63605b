//! How much of `localStorage` is used, counted the way browsers count it.

/// What `localStorage` keeps per site, in characters: UTF-16 code units of
/// every key plus its value. Measured in Chromium 156 on this project's
/// machines by growing one value until `setItem` threw `QuotaExceededError`:
/// 5,242,880 (5 × 1024 × 1024) in all, keys included, with `x`, `é` and `€`
/// counting 1 and `🎭` 2. Firefox and Safari keep about as much (5 MB per
/// site). This is not the figure of `navigator.storage.estimate()`, which is
/// the quota of the other kinds of site storage (IndexedDB, caches) and runs
/// to gigabytes.
pub const LOCAL_STORAGE_LIMIT: usize = 5 * 1024 * 1024;

/// From this share of the limit (in percent) the home screen warns.
pub const WARN_FROM_PERCENT: usize = 80;

/// What a site's `localStorage` holds, in characters as counted against
/// [`LOCAL_STORAGE_LIMIT`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StorageUse {
    /// Every key and value this app wrote (its keys all share one prefix).
    pub app: usize,
    /// Everything else stored by pages of the same site: it counts against
    /// the same limit.
    pub other: usize,
}

impl StorageUse {
    pub fn total(&self) -> usize {
        self.app + self.other
    }

    /// Share of [`LOCAL_STORAGE_LIMIT`] in use, in percent (may pass 100
    /// where a browser allows more).
    pub fn percent(&self) -> f64 {
        self.total() as f64 * 100.0 / LOCAL_STORAGE_LIMIT as f64
    }

    /// Whether so little room is left that the next saves may be refused.
    pub fn nearly_full(&self) -> bool {
        self.total() * 100 >= LOCAL_STORAGE_LIMIT * WARN_FROM_PERCENT
    }
}

#[cfg(test)]
mod tests;
