"""The command line: `python main.py import|list|show|search|export|bookmarks|print …`."""
