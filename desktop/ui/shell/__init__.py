"""The window around the features: application start, main window, shop switcher, first start, about,
and the page registry. Only the shell imports feature packages; it is where features meet."""
