"""Persistence: engine and sessions, mapped tables, read-model queries, migrations, bulk loading."""
