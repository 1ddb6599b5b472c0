"""Hospital-side agent: local data, training and the federation client."""
