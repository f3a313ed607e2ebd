"""账号: the official, channel and self-operated account panels and their dialogs."""
