"""Pipeline configuration and pattern files that claimx loads: data, not code."""
