"""Embedded demo news site: three fictional outlets served on loopback for `make dataset`."""
