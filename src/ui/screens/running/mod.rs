//! The screens for running the programme: participants, the session log
//! and progress. They come as a part of their own, fetched the first time
//! one of them is shown, so designing a programme never waits for them.

mod documents;
mod logs;
mod participants;
mod progress;
mod sessions;

use leptos::prelude::*;

use crate::ui::parts::part;
use crate::ui::route::Screen;

part! { running:
    /// A screen of the part `running`; a design screen is not one of its
    /// screens, and shows nothing here.
    pub fn fetched(screen: Screen) -> AnyView {
        match screen {
            Screen::Participants => view! { <participants::ParticipantsScreen /> }.into_any(),
            Screen::Sessions => view! { <sessions::SessionsScreen /> }.into_any(),
            Screen::Progress => view! { <progress::ProgressScreen /> }.into_any(),
            _ => ().into_any(),
        }
    }
}
