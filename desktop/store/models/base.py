from peewee import DatabaseProxy, Model

# Bound to the real database by store.database.open_database().
database_proxy = DatabaseProxy()


class BaseModel(Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False
