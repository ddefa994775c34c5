"""Entities and pure business rules: no Qt, no SQLAlchemy, no I/O beyond read-only reference data."""
