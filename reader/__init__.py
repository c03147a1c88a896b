"""Duidu (对读): read two Chinese articles side by side, in the script you prefer."""

__version__ = "0.1.0"
APP_NAME = "Duidu"
APP_ID = "io.github.duidu.Duidu"
