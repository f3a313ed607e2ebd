"""The pages the navigation shows. Each is built the first time it is opened."""
