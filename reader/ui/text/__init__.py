"""The reading panes: a document shown in a script, its highlights, Find, the vocabulary."""
