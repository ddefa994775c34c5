"""KPI queries for the supervisor's PDCA review (F2 conversion, continuation, LTV, RFM, Pareto).

The layer sits beside ``services`` and under it; the first queries arrive with the review issue.
"""
