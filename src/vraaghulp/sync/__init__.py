"""Many devices, one journal: version stamps, conflict copies, device identity, merging."""
