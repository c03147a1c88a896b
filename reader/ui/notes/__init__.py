"""Notes on screen: the notes controller, the panel, the editor, tags, export and import."""
