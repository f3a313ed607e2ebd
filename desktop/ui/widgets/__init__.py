"""Reusable widgets (category picker, image list)."""
