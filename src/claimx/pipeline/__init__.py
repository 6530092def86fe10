"""The spaCy pipeline: sentence boundaries, components, record building and chunking."""
