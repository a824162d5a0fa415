"""The stored format's version and words (standard library only, for the light readers)."""

SCHEMA_VERSION = 2  # 2: records may carry version stamps (`_sync`) and be tombstones
SAME_LAYOUT_SINCE = 1  # records of this version and later read as SCHEMA_VERSION with only `v` changed (models.MIGRATIONS)
MAX_LEVEL = 5  # the ladder has five steps (content/nl/ladder.toml); --niveau and the stored "niveau" stay within it
KINDS = ("vraag", "script", "gesprek", "check")
STATUSES = ("open", "gedaan", "afgezien")
OUTCOMES = ("ja", "deels", "nee", "geen-reactie")
COMPARISONS = ("beter", "zoals-verwacht", "slechter")
