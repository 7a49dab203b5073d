"""Forms that create and edit records, with messages next to the fields."""
