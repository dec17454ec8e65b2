"""The PySide6 desktop app: thin widgets and item models over model/."""
