"""Entities and pure business rules.

No Qt, no SQLAlchemy, no I/O beyond read-only reference data (postal codes).
"""
