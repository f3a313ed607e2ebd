"""Pieces every page shares."""
