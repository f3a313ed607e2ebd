from peewee import BooleanField, DatabaseProxy, Model

# Bound to the real database by store.database.open_database().
database_proxy = DatabaseProxy()


class BaseModel(Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


class IntBooleanField(BooleanField):
    """A flag stored as 0/1 on both backends (the schema's INTEGER CHECK IN (0, 1)):
    psycopg would send a Python bool as a PostgreSQL boolean."""

    field_type = "INTEGER"

    def db_value(self, value):
        value = super().db_value(value)
        return None if value is None else int(value)
