use super::*;

#[test]
fn the_first_organiser_leads_and_the_others_are_partners() {
    let mut d = Draft::default();
    let lead = d.add_organiser();
    let partner = d.add_organiser();
    let roles: Vec<_> = d
        .overview
        .organisers
        .iter()
        .map(|o| (o.id, o.role))
        .collect();
    assert_eq!(
        roles,
        [
            (lead, OrganiserRole::Lead),
            (partner, OrganiserRole::Partner)
        ]
    );
    assert!(d.remove_organiser(lead));
    assert!(!d.remove_organiser(lead));
    // The remaining partner stays a partner; a new one after it too.
    d.add_organiser();
    assert_eq!(d.overview.organisers[1].role, OrganiserRole::Partner);
}
