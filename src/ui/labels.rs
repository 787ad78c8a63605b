//! Words the screens show for the draft's fixed choices.

use crate::model::{Goal, OrganiserRole, Profiles};

pub fn goal(g: Goal) -> &'static str {
    match g {
        Goal::ExploratoryTrip => "Exploratory trip",
        Goal::CoCreation => "Co-creation",
        Goal::FairOrShowcase => "Fair or showcase",
        Goal::InternationalDistribution => "International distribution",
        Goal::Networking => "Networking",
        Goal::Other => "Other",
    }
}

pub fn profiles(p: Profiles) -> &'static str {
    match p {
        Profiles::Artists => "Artists",
        Profiles::CulturalProfessionals => "Cultural professionals",
        Profiles::Both => "Artists and cultural professionals",
    }
}

pub fn organiser_role(r: OrganiserRole) -> &'static str {
    match r {
        OrganiserRole::Lead => "Lead organiser",
        OrganiserRole::Partner => "Partner",
    }
}

/// Currencies offered first; any other ISO 4217 code in a file is kept.
pub const CURRENCIES: [&str; 24] = [
    "EUR", "GBP", "CHF", "USD", "CAD", "AUD", "NOK", "SEK", "DKK", "ISK", "PLN", "CZK", "HUF",
    "RON", "BGN", "RSD", "TRY", "UAH", "MAD", "TND", "ZAR", "BRL", "MXN", "JPY",
];
