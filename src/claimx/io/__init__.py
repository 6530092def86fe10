"""Inputs and outputs: reading files, writing records, reports and the command line."""
