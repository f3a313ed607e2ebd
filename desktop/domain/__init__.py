"""Domain rules: plain Python, no Qt and no peewee. The clock is always an argument."""
