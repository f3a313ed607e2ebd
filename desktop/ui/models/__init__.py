"""Table models. Rows come from services; no model queries the database."""
