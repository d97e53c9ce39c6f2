"""Renderers: each takes the batch results and returns text. None of them changes the exit code."""
