"""The product editor and its dialogs (SPEC §4)."""
