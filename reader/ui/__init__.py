"""The Qt layer: shows documents and edits settings; all logic lives in ``reader.core``."""
