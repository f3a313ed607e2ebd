"""Qt widgets. This layer only calls services; it never queries the database."""
