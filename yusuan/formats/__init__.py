"""File layouts shared by a reader and a writer of the same format (neither owns them)."""
