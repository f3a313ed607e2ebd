"""What every feature shares: error and decision rendering, base table models, the page base class.
Nothing here imports a feature package."""
