//! Trajectory Studio: design a learning trajectory for artists and cultural
//! professionals, and write its call for participation.

pub mod call;
pub mod format;
pub mod model;
pub mod review;
pub mod store;
pub mod templates;
pub mod ui;
