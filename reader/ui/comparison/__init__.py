"""The pair compared on screen: topics dock, aligned passages, sync points, aliases."""
