"""团队模式: connecting to the team's PostgreSQL server, moving up, live changes."""
