"""Qt widgets, grouped by feature (accounts, products, influencers, history), with the shell around them
and common below them. This layer only calls services; it never queries the database."""
