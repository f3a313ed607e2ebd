"""Operations the UI calls. Each is one transaction and returns what changed."""
