"""The stored format's version and words (standard library only, for the light readers)."""

SCHEMA_VERSION = 2  # 2: records may carry version stamps (`_sync`) and be tombstones
KINDS = ("vraag", "script", "gesprek", "check")
STATUSES = ("open", "gedaan", "afgezien")
OUTCOMES = ("ja", "deels", "nee", "geen-reactie")
COMPARISONS = ("beter", "zoals-verwacht", "slechter")
