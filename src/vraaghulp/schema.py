"""The stored format's version and kinds (standard library only, for the light readers)."""

SCHEMA_VERSION = 1
KINDS = ("vraag", "script", "gesprek", "check")
