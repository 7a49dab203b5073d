"""CMCC Desktop: the offline field desk of Civil-Military Coordination Center officers."""

__version__ = "0.1.0"
APP_NAME = "cmcc-desktop"
APP_DISPLAY_NAME = "CMCC Desktop"
