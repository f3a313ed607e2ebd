"""Persistence: peewee models, database setup, migrations. No Qt here."""
