"""Article content of the demo outlets, one YAML file per outlet (package data)."""
