"""The reader's notes: the annotation model, its store on disk, re-anchoring, export and import."""
