"""The product editor and its dialogs (R-P-*)."""
