//! Why a file cannot be imported: problems, each at a place.

use crate::model::Problem;

/// Why a file cannot be imported: one or more problems, each at a place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportError(pub Vec<Problem>);

impl ImportError {
    pub(super) fn at(path: impl Into<String>, message: impl Into<String>) -> Self {
        ImportError(vec![Problem {
            path: path.into(),
            message: message.into(),
        }])
    }

    pub(super) fn whole(message: impl Into<String>) -> Self {
        ImportError::at("", message)
    }

    /// The first problem, which names the place to look.
    pub fn first(&self) -> &Problem {
        &self.0[0]
    }
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let p = self.first();
        if p.path.is_empty() {
            write!(f, "{}", p.message)?;
        } else {
            write!(f, "{}: {}", p.path, p.message)?;
        }
        match self.0.len() {
            1 => Ok(()),
            2 => write!(f, " (and 1 more problem)"),
            n => write!(f, " (and {} more problems)", n - 1),
        }
    }
}

impl std::error::Error for ImportError {}
