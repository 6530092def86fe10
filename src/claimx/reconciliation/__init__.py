"""Reconciliation: which figures of several articles state the same fact, and the verdict."""
